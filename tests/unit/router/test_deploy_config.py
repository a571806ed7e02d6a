"""deploy-config: the Serve config and the KubeRay RayService rendered from the project's YAML."""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from router.cli import app
from router.config import ConfigError, Settings, load_settings
from router.deploy_config import dump_yaml, render_rayservice, render_serve_config, secret_paths

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"
GPU_MODEL = {"model_id": "gov-8b", "model_path": "/data/models/8b", "num_gpus": 1, "num_replicas": 3}


def test_the_serve_config_points_at_the_app_builder_with_every_deployment() -> None:
    config = {"local": {"aliases": ["gov-general"], "models": [GPU_MODEL]}, "server": {"num_replicas": 2}}
    [application] = render_serve_config(config)["applications"]

    module, name = application["import_path"].split(":")
    assert callable(getattr(importlib.import_module(module), name))
    assert application["args"]["config"]["local"]["aliases"] == ["gov-general"]
    deployments = {d["name"]: d for d in application["deployments"]}
    assert set(deployments) == {"Ingress", "LocalBackend", "LocalBackend-gov-8b"}
    assert deployments["Ingress"]["num_replicas"] == 2
    assert deployments["LocalBackend-gov-8b"]["ray_actor_options"]["num_gpus"] == 1
    assert deployments["LocalBackend-gov-8b"]["num_replicas"] == 3


def test_secrets_never_enter_the_rendered_files() -> None:
    config = {"hosted": {"api_key": "sk-very-secret", "upstreams": [{"name": "a", "api_key": "sk-also-secret"}]}}
    text = dump_yaml(render_rayservice(config, image="img"))
    assert "sk-very-secret" not in text and "sk-also-secret" not in text
    assert "secretKeyRef" in text  # OPENAI_API_KEY comes from the Kubernetes Secret


def test_gpu_workers_are_sized_from_the_local_models() -> None:
    scaled = {**GPU_MODEL, "autoscaling": {"min_replicas": 1, "max_replicas": 10}}
    manifest = render_rayservice({"local": {"models": [scaled]}}, image="img", gpus_per_node=4)
    groups = {g["groupName"]: g for g in manifest["spec"]["rayClusterConfig"]["workerGroupSpecs"]}

    assert groups["gpu"]["replicas"] == 3  # 10 replicas x 1 GPU on 4-GPU nodes
    container = groups["gpu"]["template"]["spec"]["containers"][0]
    assert container["resources"]["limits"]["nvidia.com/gpu"] == "4"
    cpu_only = render_rayservice({}, image="img")
    assert [g["groupName"] for g in cpu_only["spec"]["rayClusterConfig"]["workerGroupSpecs"]] == ["cpu"]


def test_the_manifest_embeds_the_serve_config_and_keeps_the_head_free_of_replicas() -> None:
    config: dict[str, Any] = {"local": {"models": [GPU_MODEL]}}
    manifest = render_rayservice(config, image="img")
    assert manifest["apiVersion"] == "ray.io/v1" and manifest["kind"] == "RayService"
    assert yaml.safe_load(manifest["spec"]["serveConfigV2"]) == render_serve_config(config)
    head = manifest["spec"]["rayClusterConfig"]["headGroupSpec"]
    assert head["rayStartParams"]["num-cpus"] == "0"


def test_an_invalid_config_is_refused_naming_the_field() -> None:
    with pytest.raises(ConfigError, match="local"):
        render_serve_config({"local": {"model_id": "no-such-builtin"}})


def test_the_committed_example_is_what_the_command_renders(tmp_path: Path) -> None:
    out = tmp_path / "rayservice.yaml"
    result = CliRunner().invoke(
        app,
        ["deploy-config", "--config", str(DEPLOY / "config.example.yaml"),
         "--image", "registry.example.gov.uk/sovereign-router:0.1.0", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert out.read_text() == (DEPLOY / "rayservice.yaml").read_text()


VLLM_MODEL = {"engine": "vllm", "model_id": "gov-70b", "model_path": "/data/models/70b", "tensor_parallel_size": 4,
              "num_replicas": 2}


def _groups(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {g["groupName"]: g for g in manifest["spec"]["rayClusterConfig"]["workerGroupSpecs"]}


def test_a_vllm_model_gets_gpu_workers_for_its_tensor_parallel_replicas_and_no_local_backend() -> None:
    config = {"local": {"models": [VLLM_MODEL]}}
    gpu = _groups(render_rayservice(config, image="img", gpus_per_node=8))["gpu"]
    per_node = int(gpu["template"]["spec"]["containers"][0]["resources"]["limits"]["nvidia.com/gpu"])
    assert gpu["replicas"] * per_node == 8  # TP 4 x 2 replicas, on one 8-GPU node
    assert _groups(render_rayservice(config, image="img", gpus_per_node=4))["gpu"]["replicas"] == 2

    [application] = render_serve_config(config)["applications"]
    names = [d["name"] for d in application["deployments"]]
    assert names == ["Ingress", "LocalBackend"]  # Ray Serve LLM builds the vLLM deployments itself
    as_default = render_serve_config({"local": {"engine": "vllm", "model_path": "/data/models/70b",
                                                "model_id": "gov-70b"}})
    assert [d["name"] for d in as_default["applications"][0]["deployments"]] == ["Ingress"]


def test_gpu_nodes_hold_whole_replicas() -> None:
    # A replica's tensor-parallel ranks share one node (STRICT_PACK): 3 replicas of TP 5 need
    # three 8-GPU nodes, though 15 GPUs would fit in two.
    config = {"local": {"models": [{**VLLM_MODEL, "tensor_parallel_size": 5, "num_replicas": 3}]}}
    assert _groups(render_rayservice(config, image="img", gpus_per_node=8))["gpu"]["replicas"] == 3


def test_a_replica_larger_than_a_gpu_node_is_refused() -> None:
    config = {"local": {"models": [{**VLLM_MODEL, "tensor_parallel_size": 8}]}}
    with pytest.raises(ConfigError, match=r"gov-70b.*tensor_parallel_size 8.*--gpus-per-node 4"):
        render_rayservice(config, image="img", gpus_per_node=4)
    result = CliRunner().invoke(app, ["deploy-config", "--gpus-per-node", "0"])
    assert result.exit_code == 2 and "gpus-per-node" in result.output


def test_the_example_config_has_a_vllm_model() -> None:
    example = yaml.safe_load((DEPLOY / "config.example.yaml").read_text())
    assert any(model.get("engine") == "vllm" for model in example["local"]["models"])
    assert (DEPLOY / "rayservice.yaml").read_text().startswith("# Rendered by sovereign-router deploy-config")


IN_BOUNDARY = {"engine": "openai", "model_id": "gov-nim", "url": "http://nim.gov.internal:8000/v1", "in_boundary": True}


def test_secrets_are_dropped_by_path_and_settings_that_share_their_names_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A department's `secret` action and access.dev_key are settings, not secrets: the embedded
    # config must load on the cluster to the same settings, with only the SecretStr fields gone.
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    actions = {"public": "hosted", "personal": "local", "special": "local", "secret": "reject"}
    plain: dict[str, Any] = {
        "policy": {"departments": {"*": {"actions": actions}, "hmrc": {"actions": {**actions, "special": "reject"}}}},
        "access": {"dev_key": False},
        "local": {"models": [IN_BOUNDARY]},
        "hosted": {"upstreams": [{"name": "a", "region": "uk"}]},
    }
    secret: dict[str, Any] = {
        **plain,
        "access": {"dev_key": False, "secret": "s" * 40},
        "local": {"api_key": "sk-local-secret", "models": [{**IN_BOUNDARY, "api_key": "sk-nim-secret"}]},
        "hosted": {"api_key": "sk-very-secret", "upstreams": [{"name": "a", "region": "uk", "api_key": "sk-up"}]},
    }
    text = dump_yaml(render_rayservice(secret, image="img"))
    for value in ("sk-local-secret", "sk-nim-secret", "sk-very-secret", "sk-up", "s" * 40):
        assert value not in text
    [application] = render_serve_config(secret)["applications"]
    embedded = application["args"]["config"]
    assert embedded["policy"]["departments"]["hmrc"]["actions"]["secret"] == "reject"
    assert embedded["access"]["dev_key"] is False
    assert load_settings(None, **embedded) == load_settings(None, **{**plain, "data_dir": "/data"})


def test_every_secret_field_of_the_settings_is_found_by_path() -> None:
    assert set(secret_paths(Settings)) == {
        ("local", "api_key"), ("local", "models", "[]", "api_key"), ("hosted", "api_key"),
        ("hosted", "upstreams", "[]", "api_key"), ("audit", "dsn"), ("access", "dsn"), ("access", "secret"),
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "cannot read config file"),  # no such file
        ("local: [unclosed\n", "cannot read config file"),
        ("- local\n- hosted\n", "must hold a mapping of sections, not list"),
        (b"\xff\xfe\x00binary", "cannot read config file"),
    ],
)
def test_a_config_file_that_cannot_be_used_is_a_clean_error(tmp_path: Path, text: str | bytes | None,
                                                              message: str) -> None:
    path = tmp_path / "router.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    elif text is not None:
        path.write_text(text)
    result = CliRunner().invoke(app, ["deploy-config", "--config", str(path)])
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_keys_of_in_boundary_servers_and_upstreams_reach_the_cluster_through_api_key_env(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hosted.upstream import _api_key
    from local_models import OpenAICompatibleEngine

    for name in ("NIM_KEY", "UK_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    config = {
        "local": {"models": [{**IN_BOUNDARY, "api_key_env": "NIM_KEY"}]},
        "hosted": {"upstreams": [{"name": "uk", "region": "uk", "api_key_env": "UK_KEY"}]},
    }
    # Rendered on the operator's machine, where the variables are not set; kept, not dropped.
    [application] = render_serve_config(config)["applications"]
    embedded = application["args"]["config"]
    assert embedded["local"]["models"][0]["api_key_env"] == "NIM_KEY"
    assert embedded["hosted"]["upstreams"][0]["api_key_env"] == "UK_KEY"
    # On the cluster, where the Secret did not set them: refused at load, naming the variable.
    with pytest.raises(ConfigError, match=r"\$NIM_KEY, which is not set"):
        load_settings(None, **embedded)
    monkeypatch.setenv("NIM_KEY", "sk-nim")
    with pytest.raises(ConfigError, match=r"upstream 'uk': api_key_env names \$UK_KEY, which is not set"):
        load_settings(None, **embedded)
    # Set by the Secret: the keys are used where they are read.
    monkeypatch.setenv("UK_KEY", "sk-uk")
    settings = load_settings(None, **embedded)
    [upstream] = settings.hosted.upstreams
    assert settings.hosted.enabled and _api_key(upstream, settings.hosted) == "sk-uk"
    engine = OpenAICompatibleEngine(settings.local.models[0])
    assert engine._client.api_key == "sk-nim"
    asyncio.run(engine.aclose())


def test_at_least_one_cpu_worker_is_rendered_where_the_ingress_runs() -> None:
    result = CliRunner().invoke(app, ["deploy-config", "--cpu-workers", "0"])
    assert result.exit_code == 2 and "cpu-workers" in result.output
    with pytest.raises(ConfigError, match="cpu_workers"):
        render_rayservice({}, image="img", cpu_workers=0)
    cpu = _groups(render_rayservice({}, image="img", cpu_workers=1))["cpu"]
    assert cpu["minReplicas"] <= cpu["replicas"] <= cpu["maxReplicas"]


@pytest.mark.parametrize("image", ["", "  ", "bad image:tag with space"])
def test_an_image_that_is_no_image_reference_is_refused(image: str) -> None:
    result = CliRunner().invoke(app, ["deploy-config", "--image", image])
    assert result.exit_code == 2 and "--image must name a container image" in result.output
