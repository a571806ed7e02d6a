"""A cluster's HAProxy as deploy-config renders it: every pod runs it through the launcher, as one machine does.

The last test does on this machine what a pod does when Ray starts HAProxy: the installed
launcher, with the pod's rendered environment and its ConfigMap and Secret in the folders
the pod mounts them at (here, temporary ones), finds the bundled HAProxy itself and hands it
a configuration that HAProxy accepts (`-c`).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from router.cli import app
from router.config import ConfigError
from router.deploy_config import render_manifests, render_serve_config
from router.haproxy_front import BINARY_ENV, error_files
from router.haproxy_launch import (
    ERRORS_ENV,
    IMAGE_LAUNCHER,
    LAUNCHER,
    REAL_ENV,
    SERVED_CONFIG,
    SETTINGS_ENV,
    STATUS_HOST_ENV,
    TLS_CERT_ENV,
    TLS_KEY_ENV,
)
from tests.pki import certificate

GPU_MODEL = {"model_id": "gov-8b", "model_path": "/data/models/8b", "num_gpus": 1}
RAY_CONFIG = (Path(__file__).parent / "data" / "ray_2_60_haproxy.cfg").read_text(encoding="utf-8")
RAY_FOLDER = "/tmp/sr-haproxy-0000/ray"  # where Ray wrote the fixture's files


def _pods(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    cluster = manifest["spec"]["rayClusterConfig"]
    groups = [cluster["headGroupSpec"], *cluster["workerGroupSpecs"]]
    return [group["template"]["spec"] for group in groups]


def _env(pod: dict[str, Any]) -> dict[str, str]:
    return {entry["name"]: entry["value"] for entry in pod["containers"][0]["env"] if "value" in entry}


def _mounts(pod: dict[str, Any]) -> dict[str, str]:
    return {mount["name"]: mount["mountPath"] for mount in pod["containers"][0]["volumeMounts"]}


def test_every_pod_names_the_launcher_its_error_answers_and_the_configs_edge() -> None:
    config = {"server": {"client_timeout_s": 45, "haproxy_status_host": "0.0.0.0", "haproxy_threads": 2},
              "local": {"models": [GPU_MODEL]}}
    configmap, manifest = render_manifests(config, image="img", name="hmrc-router")
    pods = _pods(manifest)
    assert len(pods) == 3  # head, cpu and gpu workers: Ray starts HAProxy on every node with a proxy
    for pod in pods:
        env, mounts = _env(pod), _mounts(pod)
        volumes = {volume["name"]: volume for volume in pod["volumes"]}
        assert env[BINARY_ENV] == IMAGE_LAUNCHER
        assert REAL_ENV not in env  # the launcher finds the image's own HAProxy
        assert (env[STATUS_HOST_ENV], env["RAY_SERVE_HAPROXY_TIMEOUT_CLIENT_S"]) == ("0.0.0.0", "45")
        assert env["RAY_SERVE_HAPROXY_NBTHREAD"] == "2" and env["RAY_SERVE_ENABLE_HA_PROXY"] == "1"
        assert env[TLS_CERT_ENV] == env[TLS_KEY_ENV] == ""  # no Secret named: plain HTTP, as asked
        assert mounts["haproxy-errors"] == env[ERRORS_ENV]
        assert volumes["haproxy-errors"]["configMap"]["name"] == configmap["metadata"]["name"]
    assert {name: base64.b64decode(data) for name, data in configmap["binaryData"].items()} == error_files()
    # Unset, HAProxy's threads are Ray's default on the nodes, not this machine's core count.
    _, default = render_manifests({}, image="img")
    assert all("RAY_SERVE_HAPROXY_NBTHREAD" not in _env(pod) for pod in _pods(default))
    assert all(_env(pod)[STATUS_HOST_ENV] == "127.0.0.1" for pod in _pods(default))


def test_a_tls_secret_is_mounted_on_every_pod_and_named_for_the_launcher() -> None:
    _, manifest = render_manifests({}, image="img", tls_secret="router-tls")
    for pod in _pods(manifest):
        env, mounts = _env(pod), _mounts(pod)
        volumes = {volume["name"]: volume for volume in pod["volumes"]}
        assert volumes["tls"]["secret"] == {"secretName": "router-tls"}  # not optional: no Secret, no pod
        assert (env[TLS_CERT_ENV], env[TLS_KEY_ENV]) == (f"{mounts['tls']}/tls.crt", f"{mounts['tls']}/tls.key")


@pytest.mark.parametrize("launcher", ["sovereign-router-haproxy", "bin/sovereign-router-haproxy", "/app/my bin/x"])
def test_a_launcher_path_ray_would_not_run_is_refused(launcher: str) -> None:
    with pytest.raises(ConfigError, match="absolute path"):
        render_manifests({}, image="img", haproxy_launcher=launcher)


def test_this_machines_tls_files_are_refused_for_a_cluster_which_names_a_secret() -> None:
    config = {"server": {"tls_certfile": "/etc/tls/router.crt", "tls_keyfile": "/etc/tls/router.key"}}
    with pytest.raises(ConfigError, match="--tls-secret"):
        render_serve_config(config)
    with pytest.raises(ConfigError, match="--tls-secret"):
        render_manifests(config, image="img")


def test_the_rendered_pod_starts_haproxy_through_the_launcher(tmp_path: Path) -> None:
    configmap, manifest = render_manifests({}, image="img", tls_secret="router-tls")
    pod = _pods(manifest)[1]  # a CPU worker: where the ingress runs
    mounts = _mounts(pod)
    # The pod's mounts, in folders of this machine: the ConfigMap's files, the Secret's two keys.
    here = {mounts["haproxy-errors"]: tmp_path / "errors", mounts["tls"]: tmp_path / "tls"}
    for folder in here.values():
        folder.mkdir()
    for name, data in configmap["binaryData"].items():
        (here[mounts["haproxy-errors"]] / name).write_bytes(base64.b64decode(data))
    cert, key, _, _ = certificate(tmp_path, "router")
    shutil.copy(cert, here[mounts["tls"]] / "tls.crt")
    shutil.copy(key, here[mounts["tls"]] / "tls.key")
    env = _env(pod)
    for name in (ERRORS_ENV, TLS_CERT_ENV, TLS_KEY_ENV):
        for mounted, local in here.items():
            env[name] = env[name].replace(mounted, str(local))
    launcher = Path(sys.executable).parent / LAUNCHER  # the image's is at IMAGE_LAUNCHER
    ray = tmp_path / "ray"
    ray.mkdir()
    (ray / "haproxy.cfg").write_text(RAY_CONFIG.replace(RAY_FOLDER, str(ray)), encoding="utf-8")
    inherited = {k: v for k, v in os.environ.items() if k not in (BINARY_ENV, *SETTINGS_ENV)}

    checked = subprocess.run([str(launcher), "-c", "-f", str(ray / "haproxy.cfg")], env={**inherited, **env},
                             capture_output=True, text=True, timeout=60, check=False)

    assert checked.returncode == 0, checked.stderr
    served = (ray / SERVED_CONFIG).read_text(encoding="utf-8")
    assert f"ssl crt {ray / 'tls.pem'}" in served
    assert f"errorfile 503 {here[mounts['haproxy-errors']] / '503.http'}" in served


def test_the_command_writes_both_documents_and_notes_its_options(tmp_path: Path) -> None:
    out = tmp_path / "rayservice.yaml"
    result = CliRunner().invoke(app, ["deploy-config", "--image", "img", "--tls-secret", "router-tls",
                                      "--haproxy-launcher", "/opt/router/bin/sovereign-router-haproxy",
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith(
        "# Rendered by sovereign-router deploy-config --haproxy-launcher /opt/router/bin/sovereign-router-haproxy "
        "--tls-secret router-tls --image img")
    configmap, rayservice = yaml.safe_load_all(text)
    assert (configmap["kind"], rayservice["kind"]) == ("ConfigMap", "RayService")
    assert _env(_pods(rayservice)[0])[BINARY_ENV] == "/opt/router/bin/sovereign-router-haproxy"
