"""`sovereign-router serve` processes of their own, each with its own data directory, key and ports.

For the tests that need a router as an operator starts it, beside the suite's in-process
Serve app: two routers on one host (test_two_routers.py), HAProxy's own settings
(test_haproxy_edge.py). The `start_router` fixture (conftest.py) stops them all at the end.
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil

from benchmarks.ports import free_port
from router.access import KeyAdmin
from router.config import load_settings
from router.lifecycle import RunState, haproxy_dir, processes_of
from tests.integration.conftest import UPSTREAM_KEY
from tests.integration.serve_process import kill_serve, launch_serve, process_tree, serve_env

BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "What is the capital of France?"}]}


class Router:
    """One `serve` process with its own data directory, key and ports."""

    def __init__(self, root: Path, upstream_url: str, settings_env: dict[str, str] | None = None) -> None:
        self.data_dir = root
        self.port, self.stats_port = free_port(), free_port()
        admin = KeyAdmin(load_settings(None, data_dir=root).access, root)
        try:
            self.key = admin.create("dept-" + root.name, ("caseworker",), description="two routers")[0]
        finally:
            admin.close()
        env = serve_env()
        env.update({
            "SOVEREIGN_ROUTER_DATA_DIR": str(root),
            "SOVEREIGN_ROUTER_SERVER__PROXY_MODE": "haproxy",
            "SOVEREIGN_ROUTER_SERVER__HAPROXY_STATS_PORT": str(self.stats_port),
            "SOVEREIGN_ROUTER_SERVER__HAPROXY_METRICS_PORT": str(free_port()),
            "SOVEREIGN_ROUTER_SERVER__SHUTDOWN_GRACE_S": "2",
            "SOVEREIGN_ROUTER_LOCAL__MODEL_ID": "local-demo-tiny",
            "SOVEREIGN_ROUTER_HOSTED__API_KEY": UPSTREAM_KEY,
            "SOVEREIGN_ROUTER_HOSTED__BASE_URL": upstream_url,
            "SOVEREIGN_ROUTER_HOSTED__MAX_RETRIES": "0",
            "PYTHONUNBUFFERED": "1",
            **(settings_env or {}),
        })
        self.log = root / "serve.log"
        self.proc: subprocess.Popen[bytes] = launch_serve(env, self.port, self.log)
        self.url = f"http://127.0.0.1:{self.port}"
        self._terminated = False

    def wait_ready(self, timeout_s: float = 300.0) -> httpx.Response:
        """The first `/readyz` 200, as a load balancer or a benchmark takes it."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited with {self.proc.returncode}: {self.log.read_text()[-3000:]}")
            try:
                response = httpx.get(f"{self.url}/readyz", timeout=5.0)
                if response.status_code == 200:
                    return response
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise AssertionError(f"not ready at {self.url}: {self.log.read_text()[-3000:]}")

    def ask(self, client: httpx.Client, key: str) -> int:
        headers = {"Authorization": f"Bearer {key}"}
        return client.post(f"{self.url}/v1/chat/completions", json=BODY, headers=headers).status_code

    def haproxy_configs(self) -> Iterator[Path]:
        """The configuration files Ray wrote for this router's HAProxy."""
        return haproxy_dir(self.data_dir).glob("*/haproxy.cfg")

    def fallback_url(self) -> str:
        """HAProxy's backup server, from the configuration Ray wrote for this router's HAProxy."""
        for config in self.haproxy_configs():
            for line in config.read_text(encoding="utf-8").splitlines():
                words = line.split()
                if words[:1] == ["server"] and "backup" in words and "fallback" in words[1]:
                    return f"http://{words[2]}"
        raise AssertionError(f"no fallback server in {haproxy_dir(self.data_dir)}")

    def listening_ports(self) -> set[int]:
        pids = {member.pid for member in process_tree(self.proc.pid)}
        return {conn.laddr.port for conn in psutil.net_connections(kind="tcp")
                if conn.status == psutil.CONN_LISTEN and conn.pid in pids and conn.laddr}

    def terminate(self) -> None:
        """SIGTERM, once: a clean stop (drain, Serve and Ray shut down)."""
        if self.proc.poll() is None and not self._terminated:
            self._terminated = True
            self.proc.send_signal(signal.SIGTERM)

    def stop(self) -> None:
        """`terminate`, wait for it, then SIGKILL whatever is left of it."""
        self.terminate()
        try:
            self.proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            pass
        state = RunState(self.data_dir).read()
        kill_serve(self.proc, also=processes_of(state) if state else [])
