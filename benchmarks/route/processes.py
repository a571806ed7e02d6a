"""The servers of a routing benchmark, each a subprocess in its own process group.

The benchmark reaches the router only over HTTP (DESIGN.md): it starts
`sovereign-router serve` through the console script with a generated YAML
config, never importing `router`. The upstream simulator and the no-op Serve
app run as `python -m ...` processes, so the client's event loop is the only
thing in the benchmark process and the CPU of each server can be read from its
own process tree.

Each server gets a free loopback port and its own session (process group): Ray
starts raylet, gcs_server and workers below `serve`, and a clean stop is SIGINT
to the leader (which tears Ray down), then SIGKILL to the group and to any
descendant still alive, by pid, if it hangs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import httpx
import yaml

from benchmarks.ports import free_port
from benchmarks.route.cpu import descendants, start_ticks
from benchmarks.route.server_config import ProxyMode, base_env, router_config, serve_env

_STOP_GRACE_S = 45.0
_POLL_S = 0.25


class ServerFailed(RuntimeError):
    """A server exited or did not become ready; the message ends with its log's tail."""


def _console_script(name: str) -> str:
    # The venv's script beside this interpreter, else whatever PATH finds.
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise ServerFailed(f"console script {name!r} not found beside {sys.executable} or on PATH")
    return found


@dataclass
class ServerProcess:
    """One started server: its process, its base URL and where it logs.

    Attributes:
        name: Label for messages (`upstream`, `router-haproxy`, ...).
        process: The group leader.
        root_url: `http://127.0.0.1:PORT`.
        log_path: stdout and stderr together.
    """

    name: str
    process: subprocess.Popen[bytes]
    root_url: str
    log_path: Path
    _log: IO[bytes] | None = field(default=None, repr=False)
    _family: dict[int, int | None] | None = field(default=None, repr=False)

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def check_alive(self) -> None:
        """Raise `ServerFailed` (with the log's tail) when the process has exited."""
        if self.process.poll() is not None:
            raise ServerFailed(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")

    def wait_ready(self, path: str, timeout_s: float, method: str = "GET") -> None:
        """Poll `path` until it answers 200 (HAProxy answers non-200 for a moment after a deploy).

        Raises:
            ServerFailed: the process exited, or no 200 within `timeout_s`.
        """
        deadline = time.monotonic() + timeout_s
        last: object = "no answer"
        with httpx.Client(timeout=5.0) as client:
            while time.monotonic() < deadline:
                self.check_alive()
                try:
                    response = client.request(method, self.root_url + path, json={} if method == "POST" else None)
                    last = response.status_code
                    if response.status_code == 200:
                        return
                except httpx.HTTPError as exc:
                    last = type(exc).__name__
                time.sleep(_POLL_S)
        raise ServerFailed(f"{self.name} not ready after {timeout_s:g} s (last: {last}):\n{self.log_tail()}")

    def interrupt(self) -> None:
        """SIGINT the leader (once), remembering its descendants for `stop`.

        Only the leader gets SIGINT: it shuts Ray down in order, whereas Ray's own
        processes interrupted at the same moment would leave the shutdown waiting on them.
        """
        if self._family is not None or self.process.poll() is not None:
            return
        # Remembered with their start times: after the leader exits, a pid may name someone else.
        self._family = {pid: start_ticks(pid) for pid in descendants(self.pid)}
        try:
            os.kill(self.pid, signal.SIGINT)
        except ProcessLookupError:
            pass

    def stop(self, grace_s: float = _STOP_GRACE_S) -> None:
        """Interrupt, wait up to `grace_s`, then SIGKILL any straggler and the group; safe to call twice."""
        self.interrupt()
        try:
            self.process.wait(grace_s)
        except subprocess.TimeoutExpired:
            pass
        for pid, started in (self._family or {}).items():
            if started is not None and start_ticks(pid) == started:
                _kill(pid)
        if self.process.poll() is None:  # still ours (not reaped), so its pid and group are too
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.process.wait(10.0)
        if self._log is not None:
            self._log.close()
            self._log = None


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def spawn_server(name: str, argv: list[str], env: dict[str, str], port: int, log_dir: Path) -> ServerProcess:
    """Start `argv` in a new session (its own process group), logging to `<log_dir>/<name>.log`."""
    log_path = log_dir / f"{name}.log"
    log = log_path.open("wb")
    process = subprocess.Popen(
        argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True
    )
    return ServerProcess(name, process, f"http://127.0.0.1:{port}", log_path, log)


def create_key(config_path: Path, env: dict[str, str]) -> str:
    """A key for department `bench` in the store the config names, through the `keys` CLI (as an operator would).

    Raises:
        ServerFailed: the CLI failed (its output is in the message).
    """
    argv = [_console_script("sovereign-router"), "keys", "create", "--department", "bench", "--role", "bench",
            "--description", "bench route", "--json", "--config", str(config_path)]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise ServerFailed(f"keys create failed ({done.returncode}): {(done.stdout + done.stderr)[-2000:]}")
    key = json.loads(lines[-1])["key"]
    return str(key)


class BenchServers:
    """Starts and stops every server of one benchmark run; a context manager.

    Args:
        work_dir: Where configs, logs and the data dir go; a temporary directory when None.
        upstream_latency_ms: The simulator's delay before each answer.
        router_overrides: Config sections merged over the router's generated config.
        router_key: API key the router paths send; None: `router` creates one in the router's
            key store (`sovereign-router keys create`, department `bench`) before its first
            start, so the router runs with authentication on, as it does by default.
    """

    def __init__(
        self,
        work_dir: Path | None = None,
        *,
        upstream_latency_ms: float = 0.0,
        router_overrides: Mapping[str, Any] | None = None,
        router_key: str | None = None,
    ) -> None:
        self._tmp = None if work_dir is not None else tempfile.TemporaryDirectory(prefix="route-bench-")
        self.work_dir = work_dir if work_dir is not None else Path(self._tmp.name)  # type: ignore[union-attr]
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.upstream_latency_ms = upstream_latency_ms
        self.router_overrides = dict(router_overrides or {})
        self._running: list[ServerProcess] = []
        self.router_key: str | None = router_key  # sent by the router paths; None: created at the first start

    def upstream(self, timeout_s: float = 30.0) -> ServerProcess:
        """`python -m benchmarks.upstream_sim` on a free port, ready to answer."""
        port = free_port()
        argv = [sys.executable, "-m", "benchmarks.upstream_sim", "--port", str(port)]
        argv += ["--latency-ms", f"{self.upstream_latency_ms:g}"]
        server = self._track(spawn_server("upstream", argv, base_env(), port, self.work_dir))
        server.wait_ready("/v1/models", timeout_s)
        return server

    def router(self, proxy_mode: ProxyMode, upstream_base_url: str, timeout_s: float = 240.0) -> ServerProcess:
        """`sovereign-router serve --config FILE` (console script) on a free port, ready (/readyz 200)."""
        port = free_port()
        config = router_config(
            port=port,
            proxy_mode=proxy_mode,
            upstream_base_url=upstream_base_url,
            data_dir=self.work_dir / "data",
            overrides=self.router_overrides,
        )
        config_path = self.work_dir / f"router-{proxy_mode}.yaml"
        config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        env = base_env(serve_env(proxy_mode))
        if self.router_key is None:
            self.router_key = create_key(config_path, env)
        argv = [_console_script("sovereign-router"), "serve", "--config", str(config_path)]
        server = self._track(spawn_server(f"router-{proxy_mode}", argv, env, port, self.work_dir))
        server.wait_ready("/readyz", timeout_s)
        return server

    def noop(self, proxy_mode: ProxyMode, timeout_s: float = 180.0) -> ServerProcess:
        """The no-op Serve app (`python -m benchmarks.route.noop_app`) on a free port, ready."""
        port = free_port()
        argv = [sys.executable, "-m", "benchmarks.route.noop_app", "--port", str(port), "--proxy-mode", proxy_mode]
        env = base_env(serve_env(proxy_mode))
        server = self._track(spawn_server(f"noop-{proxy_mode}", argv, env, port, self.work_dir))
        server.wait_ready("/v1/chat/completions", timeout_s, method="POST")
        return server

    def _track(self, server: ServerProcess) -> ServerProcess:
        self._running.append(server)
        return server

    def stop(self, *servers: ServerProcess) -> None:
        """Stop these servers together (Ray takes ~30 s to shut down; they wait in parallel)."""
        for server in servers:
            server.interrupt()
        for server in servers:
            server.stop()
            if server in self._running:
                self._running.remove(server)

    def close(self) -> None:
        """Stop every server still running, then drop the temporary directory."""
        self.stop(*reversed(self._running))
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> BenchServers:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
