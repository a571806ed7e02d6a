from __future__ import annotations

from pathlib import Path

import pytest

from router.config import ConfigError, load_settings


def test_embedded_defaults_bind_loopback_and_disable_hosted_without_key() -> None:
    settings = load_settings()
    assert settings.server.host == "127.0.0.1"
    assert settings.server.port == 8000
    assert settings.server.max_body_bytes == 1024 * 1024
    assert settings.local.model_id == "smollm2-135m-instruct"
    assert not settings.hosted.enabled


def test_openai_api_key_enables_hosted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    settings = load_settings()
    assert settings.hosted.enabled
    assert settings.hosted.api_key is not None and settings.hosted.api_key.get_secret_value() == "sk-test"


def test_yaml_file_is_loaded_and_environment_overrides_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "router.yaml"
    config.write_text("server:\n  port: 9000\nhosted:\n  base_url: http://file.invalid/v1\n")
    monkeypatch.setenv("SOVEREIGN_ROUTER_HOSTED__BASE_URL", "http://127.0.0.1:1/v1")
    settings = load_settings(config)
    assert settings.server.port == 9000
    assert settings.hosted.base_url == "http://127.0.0.1:1/v1"


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOVEREIGN_ROUTER_DATA_DIR", str(tmp_path))
    assert load_settings().data_dir == tmp_path


@pytest.mark.parametrize(
    ("yaml_text", "field"),
    [
        ("server:\n  port: 70000\n", "server.port"),
        ("server:\n  prot: 1\n", "server.prot"),
        ("policy:\n  departments:\n    '*':\n      actions: {public: hosted, personal: hosted, "
         "special: local, secret: reject}\n", "policy.departments.*.actions"),
        ("policy:\n  departments:\n    hmrc: {}\n", "policy.departments"),
        ("local:\n  max_tokens_policy: ignore\n", "local.max_tokens_policy"),
    ],
)
def test_invalid_config_names_the_field(tmp_path: Path, yaml_text: str, field: str) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text(yaml_text)
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert field in str(caught.value)


def test_unlisted_departments_get_the_star_policy_and_default_is_no_placeholder(tmp_path: Path) -> None:
    settings = load_settings(None, policy={"departments": {"*": {}, "HMRC": {"hosted_fallback_to_local": False}}})
    assert settings.policy.policy_for("HMRC").hosted_fallback_to_local is False
    assert settings.policy.policy_for("DWP") is settings.policy.departments["*"]
    with pytest.raises(ConfigError, match="'default' placeholder department is now '\\*'"):
        load_settings(None, policy={"departments": {"default": {}}})


def test_unreadable_or_non_mapping_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "missing.yaml")
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n- b\n")
    with pytest.raises(ConfigError, match="mapping"):
        load_settings(listing)


def test_a_department_whose_regions_match_no_upstream_is_refused_at_load() -> None:
    upstreams = [{"name": "uk", "base_url": "http://127.0.0.1:1/v1", "region": "uk-south"}]
    policy = {"departments": {"*": {}, "hmrc": {"hosted_regions": ["eu-west", "us-east"]}}}
    with pytest.raises(ConfigError) as caught:
        load_settings(hosted={"api_key": "sk-x", "upstreams": upstreams}, policy=policy)
    message = str(caught.value)
    assert "hmrc" in message and "eu-west, us-east" in message and "uk-south" in message
    policy["departments"]["hmrc"]["hosted_regions"] = ["uk-south"]
    assert load_settings(hosted={"api_key": "sk-x", "upstreams": upstreams}, policy=policy)


RESERVING = {"engine": "openai", "model_id": "dept-vllm", "url": "http://10.1.2.3:8000/v1", "in_boundary": True,
             "max_ongoing_requests": 4, "reserved_shares": {"sensitive": 0.25}}
SENSITIVE = {"departments": {"*": {}, "Care": {"priority_class": "sensitive"}}}


def test_reserved_shares_that_leave_no_shared_slot_per_ingress_replica_are_refused_at_load(tmp_path: Path) -> None:
    # 4 slots over 4 ingress replicas: one each, and the reservation takes it.
    with pytest.raises(ConfigError, match=r"dept-vllm.*take 1 of 1 slot\(s\) per ingress replica"):
        load_settings(None, data_dir=tmp_path, server={"num_replicas": 4}, policy=SENSITIVE,
                      local={"models": [RESERVING]})
    assert load_settings(None, data_dir=tmp_path, server={"num_replicas": 1}, policy=SENSITIVE,
                         local={"models": [RESERVING]})


def test_a_reservation_for_a_class_no_department_has_is_refused_at_load(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"dept-vllm.*priority class\(es\) sensitive.*their classes: standard"):
        load_settings(None, data_dir=tmp_path, local={"models": [RESERVING]})


def test_an_upstream_with_no_key_is_refused_at_load_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # Else HostedClient raises inside every ingress replica's __init__.
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    upstreams = [{"name": "keyed", "base_url": "http://127.0.0.1:1/v1", "api_key": "sk-a"},
                 {"name": "keyless", "base_url": "http://127.0.0.1:2/v1"}]
    with pytest.raises(ConfigError, match="hosted upstream 'keyless' has no API key"):
        load_settings(hosted={"upstreams": upstreams})
    assert load_settings(hosted={"api_key": "sk-shared", "upstreams": upstreams})  # the shared key serves it
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert load_settings(hosted={"upstreams": upstreams})


def test_hosted_regions_one_of_which_no_upstream_has_are_refused() -> None:
    upstreams = [{"name": "uk", "base_url": "http://127.0.0.1:1/v1", "region": "uk-south"},
                 {"name": "eu", "base_url": "http://127.0.0.1:2/v1", "region": "eu-west"}]
    policy = {"departments": {"*": {}, "hmrc": {"hosted_regions": ["uk-south", "eu-wset"]}}}
    with pytest.raises(ConfigError, match="hosted_regions eu-wset match no hosted upstream"):
        load_settings(hosted={"api_key": "sk-x", "upstreams": upstreams}, policy=policy)


@pytest.mark.parametrize("url", ["api.openai.com/v1", "ftp://127.0.0.1/v1", "https://", "127.0.0.1:8100"])
def test_a_hosted_base_url_that_is_not_an_http_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="hosted.base_url"):
        load_settings(hosted={"api_key": "sk-x", "base_url": url})
    with pytest.raises(ConfigError, match="must be an http:// or https:// URL"):
        load_settings(hosted={"api_key": "sk-x", "upstreams": [{"name": "a", "base_url": url}]})


def test_hosted_base_url_beside_upstreams_is_refused_not_ignored() -> None:
    upstreams = [{"name": "a", "base_url": "http://127.0.0.1:1/v1"}]
    with pytest.raises(ConfigError, match="not hosted.base_url"):
        load_settings(hosted={"api_key": "sk-x", "base_url": "http://127.0.0.1:2/v1", "upstreams": upstreams})


def test_hosted_max_retries_has_an_upper_bound() -> None:
    assert load_settings(hosted={"max_retries": 10}).hosted.max_retries == 10
    with pytest.raises(ConfigError, match="hosted.max_retries"):
        load_settings(hosted={"max_retries": 11})
