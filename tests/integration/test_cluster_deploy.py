"""deploy-config's output, run: the rendered Serve config on a Ray cluster started the way a pod starts it.

KubeRay starts Ray in each pod (`ray start`) with the container's environment, then submits
`serveConfigV2`. This module does the same on this machine, one node: `ray start --head`
with the head pod's rendered environment, then `serve deploy` of the rendered Serve config.
What a pod mounts lives in a temporary folder here (the ConfigMap's error answers, the data
volume), and the launcher is this environment's rather than the image's; ports are free ones
(this machine is shared with the suite's own Ray cluster), set through the project's config so
that they reach the pod's environment as an operator's would. Ray's token is the test's own.

The cluster is taken down by killing its processes' trees: `ray stop` would stop every Ray
cluster on the machine, the suite's among them.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openai
import psutil
import pytest
import yaml

from benchmarks.ports import free_port
from local_models import DEMO_MODEL_ID
from router.deploy_config import render_manifests
from router.haproxy_front import BINARY_ENV
from router.haproxy_launch import ERRORS_ENV, LAUNCHER, SERVED_CONFIG, SETTINGS_ENV
from router.own_ports import free_block
from router.own_ports import free_port as own_port
from tests.integration.serve_process import kill_all, process_tree

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
DATA = "/data"  # the data volume's mount path in the rendered files


@dataclass
class Cluster:
    url: str
    key: str
    stats_port: int
    metrics_port: int
    errors: Path
    temp_dir: Path

    def processes(self) -> list[psutil.Process]:
        """Every process of this cluster: Ray's daemons (named by its temporary folder) and their descendants."""
        roots = []
        for process in psutil.process_iter(["cmdline"]):
            if any(str(self.temp_dir) in part for part in process.info["cmdline"] or ()):
                roots.append(process)
        return list({p.pid: p for root in roots for p in process_tree(root.pid)}.values())


def _localised(serve_config: dict[str, Any], data: Path) -> dict[str, Any]:
    """The Serve config with the data volume's path replaced by this machine's folder."""
    [application] = serve_config["applications"]
    settings, env_vars = application["args"]["config"], application["runtime_env"]["env_vars"]
    assert settings["data_dir"] == env_vars["SOVEREIGN_ROUTER_DATA_DIR"] == DATA
    settings["data_dir"] = env_vars["SOVEREIGN_ROUTER_DATA_DIR"] = str(data)
    return serve_config


def _run(command: list[str], env: dict[str, str]) -> str:
    """Run a command line to its end; its output, or a failure that shows why it failed."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, f"{' '.join(command[:3])} failed ({done.returncode}): {done.stderr[-2000:]}"
    return done.stdout


def _pod_env(pod: dict[str, Any], errors: Path) -> dict[str, str]:
    env = {item["name"]: item["value"] for item in pod["containers"][0]["env"] if "value" in item}
    env[ERRORS_ENV] = str(errors)  # where the ConfigMap is mounted, here
    env[BINARY_ENV] = str(BIN / LAUNCHER)  # the image has it at IMAGE_LAUNCHER
    return env


def _own_serve_ports() -> dict[str, str]:
    """Serve's fallback proxy and direct-ingress ports, apart from the suite's cluster's (router/own_ports.py).

    Not `own_ports_env`: it makes one choice per process, the suite's, and two clusters would then share it.
    """
    block = free_block("127.0.0.1", 16)
    return {"RAY_SERVE_FALLBACK_PROXY_HTTP_PORT": str(own_port("127.0.0.1")),
            "RAY_SERVE_DIRECT_INGRESS_MIN_HTTP_PORT": str(block.start),
            "RAY_SERVE_DIRECT_INGRESS_MAX_HTTP_PORT": str(block.stop), "SERVE_SOCKET_REUSE_PORT_ENABLED": "0"}


def _wait_ready(url: str, timeout_s: float = 240.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise AssertionError(f"the deployed router never became ready at {url}")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    root = tmp_path_factory.mktemp("cluster")
    data, errors = root / "data", root / "errors"
    for folder in (data, errors):
        folder.mkdir()
    port, stats_port, metrics_port = free_port(), free_port(), free_port()
    config = {"local": {"model_id": DEMO_MODEL_ID},
              "server": {"port": port, "haproxy_stats_port": stats_port, "haproxy_metrics_port": metrics_port}}
    configmap, manifest = render_manifests(config, image="registry.example/sovereign-router:test")
    for name, content in configmap["binaryData"].items():
        (errors / name).write_bytes(base64.b64decode(content))
    serve_yaml = root / "serve.yaml"
    serve_yaml.write_text(yaml.safe_dump(_localised(yaml.safe_load(manifest["spec"]["serveConfigV2"]), data)))
    head = manifest["spec"]["rayClusterConfig"]["headGroupSpec"]["template"]["spec"]
    inherited = {k: v for k, v in os.environ.items()
                 if not k.startswith(("RAY_", "SOVEREIGN_")) and k not in (BINARY_ENV, *SETTINGS_ENV)}
    env = {**inherited, **_pod_env(head, errors), **_own_serve_ports(),
           "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32), "RAY_USAGE_STATS_ENABLED": "0",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")])}
    created = _run([str(BIN / "sovereign-router"), "keys", "create", "--data-dir", str(data), "--department", "HMRC",
                    "--role", "caseworker", "--json"], env)
    key = json.loads(created.strip().splitlines()[-1])["key"]
    temp_dir = Path(tempfile.mkdtemp(prefix="sr-ray-", dir="/tmp"))  # short: Ray's socket paths have a limit
    dashboard = free_port()
    cluster = Cluster(f"http://127.0.0.1:{port}", key, stats_port, metrics_port, errors, temp_dir)
    try:
        _run([str(BIN / "ray"), "start", "--head", "--num-cpus", "2", "--temp-dir", str(temp_dir),
              "--port", str(free_port()), "--dashboard-host", "127.0.0.1", "--dashboard-port", str(dashboard),
              "--dashboard-agent-listen-port", str(free_port()), "--ray-client-server-port", str(free_port()),
              "--disable-usage-stats"], env)
        _run([str(BIN / "serve"), "deploy", str(serve_yaml), "--address", f"http://127.0.0.1:{dashboard}"], env)
        _wait_ready(cluster.url)
        yield cluster
    finally:
        processes = cluster.processes()
        kill_all(processes)
        psutil.wait_procs(processes, timeout=30)
        shutil.rmtree(temp_dir, ignore_errors=True)


def test_the_rendered_deployment_answers_with_the_official_sdk(cluster: Cluster) -> None:
    client = openai.OpenAI(base_url=f"{cluster.url}/v1", api_key=cluster.key, max_retries=0, timeout=60)
    personal = "Update the record for NHS number 943 476 5919."
    raw = client.chat.completions.with_raw_response.create(
        model="auto", max_tokens=4, messages=[{"role": "user", "content": personal}])
    assert raw.headers["x-sovereign-route"] == "local" and raw.headers["x-sovereign-sensitivity"] == "personal"
    assert raw.parse().choices[0].message.content is not None
    with pytest.raises(openai.AuthenticationError):  # authentication on, as on one machine
        openai.OpenAI(base_url=f"{cluster.url}/v1", api_key="srk_nope", max_retries=0).models.list()


def test_the_nodes_haproxy_runs_through_the_launcher_with_the_mounted_answers_and_status_ports_inside(
    cluster: Cluster,
) -> None:
    haproxies = [p for p in cluster.processes() if p.name() == "haproxy"]
    assert haproxies, "no HAProxy in the cluster's processes"
    for process in haproxies:
        served = Path(process.cmdline()[process.cmdline().index("-f") + 1])
        assert served.name == SERVED_CONFIG, process.cmdline()
        assert f"errorfile 503 {cluster.errors / '503.http'}" in served.read_text(encoding="utf-8")
    listening = {(c.laddr.ip, c.laddr.port) for c in psutil.net_connections(kind="tcp")
                 if c.status == psutil.CONN_LISTEN and c.pid in {p.pid for p in haproxies}}
    assert {("127.0.0.1", cluster.stats_port), ("127.0.0.1", cluster.metrics_port)} <= listening, listening
    assert not any(port in (cluster.stats_port, cluster.metrics_port) and ip != "127.0.0.1" for ip, port in listening)
