"""Two routers on one host each answer only their own keys, from the first request after ready.

Ray Serve's HAProxy mode puts a Python "fallback" proxy behind HAProxy as its backup
server, used while no ingress replica is up. Ray binds it on port 8500 with SO_REUSEPORT
in every cluster, so a second router's fallback proxy shared the port with the first's and
the kernel handed connections to either: the second router's `/readyz` and first requests
were answered by the first router's replica, which did not know the second's key (401),
and the prompts had crossed to it. Each router now has a fallback port of its own and
SO_REUSEPORT off (router/lifecycle.py `own_ports_env`).

Two real `sovereign-router serve` processes, each with its own data directory and key;
B is started while A serves; each is asked at once after its `/readyz` says ready. At the
commit before the fix this failed on B's `/readyz` answered by A, or on 8500 held by both.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from benchmarks.ports import free_port
from router.access import KeyAdmin
from router.access.keys import new_key
from router.config import load_settings
from router.lifecycle import RunState, haproxy_dir, processes_of
from tests.integration.conftest import UPSTREAM_KEY
from tests.integration.serve_process import kill_serve, launch_serve, process_tree, wait_until_serving

_BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "What is the capital of France?"}]}


class Router:
    """One `serve` process with its own data directory, key and ports."""

    def __init__(self, root: Path, upstream_url: str) -> None:
        self.data_dir = root
        self.port, self.stats_port = free_port(), free_port()
        admin = KeyAdmin(load_settings(None, data_dir=root).access, root)
        try:
            self.key = admin.create("dept-" + root.name, ("caseworker",), description="two routers")[0]
        finally:
            admin.close()
        env = {k: v for k, v in os.environ.items()
               if k != "RAY_ADDRESS" and not k.startswith(("RAY_SERVE_", "SERVE_"))}
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
        return client.post(f"{self.url}/v1/chat/completions", json=_BODY, headers=headers).status_code

    def fallback_url(self) -> str:
        """HAProxy's backup server, from the configuration Ray wrote for this router's HAProxy."""
        for config in haproxy_dir(self.data_dir).glob("*/haproxy.cfg"):
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


@pytest.fixture
def start_router(upstream: Any, tmp_path: Path) -> Iterator[Callable[[str], Router]]:
    """Starts `serve` processes with their own data directories; stops them all at the end."""
    started: list[Router] = []

    def start(name: str) -> Router:
        started.append(Router(tmp_path / name, upstream.base_url))
        return started[-1]

    try:
        yield start
    finally:
        for router in started:  # all stop at once: Ray takes a while to shut down
            router.terminate()
        for router in started:
            router.stop()


def _first_answers(router: Router, own: str, other: str) -> tuple[str, list[int]]:
    """At once after `/readyz` says ready: who answered it, and own key x3 then the other's."""
    ready = router.wait_ready()  # asked at once, as the benchmark that saw the 401s did
    with httpx.Client(timeout=60.0) as client:
        statuses = [router.ask(client, own) for _ in range(3)] + [router.ask(client, other)]
    return ready.json()["haproxy_ports"], statuses


def test_a_router_beside_another_answers_its_own_key_and_refuses_the_others(
    start_router: Callable[[str], Router],
) -> None:
    first = start_router("a")
    first_ready, at_first = _first_answers(first, first.key, new_key()[1])  # a key no store holds
    assert wait_until_serving(first.proc, first.log, first.url, 0), first.log.read_text()[-3000:]
    second = start_router("b")
    second_ready, at_second = _first_answers(second, second.key, first.key)
    # Who answered each readiness check: the body names its own router's HAProxy stats port.
    assert f"(:{first.stats_port})" in first_ready
    assert f"(:{second.stats_port})" in second_ready
    assert at_first == [200, 200, 200, 401]
    assert at_second == [200, 200, 200, 401]
    assert wait_until_serving(second.proc, second.log, second.url, 0), second.log.read_text()[-3000:]
    with httpx.Client(timeout=60.0) as client:
        assert [first.ask(client, first.key), first.ask(client, second.key)] == [200, 401]
    # Where HAProxy sends the router's requests while its replica is not up: new connections
    # (the kernel spread them over every proxy sharing Ray's 8500) all reach this router.
    fallback = second.fallback_url()
    statuses = []
    for _ in range(8):
        with httpx.Client(timeout=60.0) as fresh:
            response = fresh.post(f"{fallback}/v1/chat/completions", json=_BODY,
                                  headers={"Authorization": f"Bearer {second.key}"})
            statuses.append(response.status_code)
    assert statuses == [200] * 8, fallback
    # No port is listened on by both routers' processes (Ray's 8500 was, by both fallback proxies).
    assert first.listening_ports() & second.listening_ports() == set()
