"""A real `sovereign-router serve` process, for the tests that start the command itself.

Most integration tests deploy the app in-process (`conftest.py`); these start the
console script as an operator would (test_shutdown.py, test_audit_crash.py,
test_tls.py, test_retention.py, test_audit_postgres.py). What they share: where the
command is, how it is launched (its own session, so a test can signal its whole group),
and when it counts as serving: `/readyz` answers 200 and `serve` has printed its
listening line, that is, it has returned from starting (a signal before that is not a
graceful stop); and how a test clears away whatever of it is left (`kill_serve`).
"""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import httpx
import psutil

CLI = str(Path(sys.executable).parent / "sovereign-router")
LISTENING = b"sovereign-router listening on"


def listening_lines(log: Path) -> int:
    """How many times `serve` has said it is listening in `log` (0 if there is no log yet)."""
    return log.read_bytes().count(LISTENING) if log.exists() else 0


def serve_env(*dropped: str) -> dict[str, str]:
    """This process's environment for a `serve` of its own: not the suite's Ray cluster (`RAY_ADDRESS`)
    nor the Serve settings the suite set for its in-process app (`RAY_SERVE_*`, `SERVE_*`), nor `dropped`."""
    return {k: v for k, v in os.environ.items()
            if k != "RAY_ADDRESS" and k not in dropped and not k.startswith(("RAY_SERVE_", "SERVE_"))}


def launch_serve(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    """Start `sovereign-router serve --port PORT` in its own session, appending its output to `log`."""
    with log.open("ab") as sink:
        return subprocess.Popen(
            [CLI, "serve", "--port", str(port)], stdout=sink, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )


def wait_until_serving(
    proc: subprocess.Popen[bytes],
    log: Path,
    base_url: str,
    listened_before: int,
    *,
    verify: ssl.SSLContext | bool = True,
    timeout_s: float = 300.0,
) -> bool:
    """True once `base_url/readyz` answers 200 and `log` has a listening line beyond `listened_before`.

    False when `timeout_s` passes first (the caller cleans up and fails); raises
    AssertionError, with the end of the log, if `serve` exits while starting.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited with {proc.returncode}: {log.read_text()[-3000:]}")
        try:
            ready = httpx.get(f"{base_url}/readyz", verify=verify, timeout=5).status_code == 200
        except httpx.HTTPError:
            ready = False
        if ready and listening_lines(log) > listened_before:
            return True
        time.sleep(0.5)
    return False


def process_tree(pid: int) -> list[psutil.Process]:
    """The process and all its descendants as they are now ([] if it has gone)."""
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def kill_all(processes: Iterable[psutil.Process]) -> None:
    """SIGKILL each process, passing over those already gone."""
    for member in processes:
        try:
            member.kill()
        except psutil.NoSuchProcess:
            pass


def kill_serve(proc: subprocess.Popen[bytes], also: Sequence[psutil.Process] = ()) -> int:
    """Test clean-up only: SIGKILL `serve`, its descendants, its process group and `also`, and wait for them.

    Returns how many processes the `serve` tree held when it was killed.
    """
    tree = process_tree(proc.pid)
    kill_all([*tree, *also])
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)
    psutil.wait_procs([*tree, *also], timeout=30)
    return len(tree)
