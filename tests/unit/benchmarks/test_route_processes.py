"""Servers as subprocesses: the real upstream simulator started, checked and stopped; configs; imports."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
import yaml

from benchmarks.ports import free_port
from benchmarks.route.cpu import descendants, tree_cpu
from benchmarks.route.processes import BenchServers, ServerFailed, spawn_server
from benchmarks.route.server_config import router_config


def test_the_upstream_runs_in_its_own_process_group_and_stops(tmp_path):
    with BenchServers(tmp_path, upstream_latency_ms=0) as servers:
        upstream = servers.upstream()
        assert os.getpgid(upstream.pid) == upstream.pid != os.getpgid(os.getpid())
        assert upstream.pid in descendants(os.getpid())
        answer = httpx.post(
            f"{upstream.root_url}/v1/chat/completions",
            json={"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2},
        )
        assert answer.status_code == 200
        assert tree_cpu(upstream.pid).total_s > 0
        upstream.check_alive()
        servers.stop(upstream)
        assert upstream.process.returncode is not None
        with pytest.raises(ServerFailed, match="upstream exited"):
            upstream.check_alive()
    assert (tmp_path / "upstream.log").exists()


def test_a_server_that_dies_fails_with_its_log(tmp_path):
    process = spawn_server(
        "broken", [sys.executable, "-c", "import sys; print('no such model'); sys.exit(3)"], dict(os.environ),
        free_port(), tmp_path,
    )
    try:
        with pytest.raises(ServerFailed, match="broken exited with 3:\nno such model"):
            process.wait_ready("/readyz", timeout_s=30)
    finally:
        process.stop()


def _gone(pid: int) -> bool:
    """Exited: no /proc entry, or a zombie waiting for whoever adopted it to reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            state = stat.read().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def test_a_server_that_ignores_sigint_is_killed_with_its_descendants(tmp_path):
    code = (
        "import signal, subprocess, sys, time; signal.signal(signal.SIGINT, signal.SIG_IGN); "
        "subprocess.Popen([sys.executable, '-c', 'import signal, time; "
        "signal.signal(signal.SIGINT, signal.SIG_IGN); time.sleep(120)'], start_new_session=True); "
        "print('up', flush=True); time.sleep(120)"
    )
    process = spawn_server("stubborn", [sys.executable, "-c", code], dict(os.environ), free_port(), tmp_path)
    try:
        while "up" not in (tmp_path / "stubborn.log").read_text():
            process.check_alive()
        (child,) = descendants(process.pid)  # in a session of its own: the group kill would miss it
        process.stop(grace_s=0.5)
        assert process.process.returncode == -signal.SIGKILL
        for _ in range(1000):  # SIGKILL lands at once; only the bookkeeping may lag
            if _gone(child):
                break
            time.sleep(0.01)
        assert _gone(child)
    finally:
        process.stop(grace_s=0)


def test_the_temporary_directory_is_removed():
    servers = BenchServers()
    work_dir = servers.work_dir
    assert work_dir.is_dir()
    servers.close()
    assert not work_dir.exists()


def test_router_config_points_hosted_at_the_simulator_and_merges_overrides(tmp_path):
    config = router_config(
        port=8123, proxy_mode="python", upstream_base_url="http://127.0.0.1:9/v1", data_dir=tmp_path,
        overrides={"server": {"ner_batch_wait_ms": 0}, "classifier": {"ner_enabled": False}},
    )
    assert config["server"] == {"host": "127.0.0.1", "port": 8123, "proxy_mode": "python", "ner_batch_wait_ms": 0}
    assert config["hosted"]["base_url"] == "http://127.0.0.1:9/v1" and config["hosted"]["max_retries"] == 0
    assert config["hosted"]["api_key"].startswith("sk-")
    assert config["classifier"] == {"ner_enabled": False} and config["data_dir"] == str(tmp_path)
    assert yaml.safe_load(yaml.safe_dump(config)) == config


@pytest.mark.parametrize("module", ["benchmarks.route", "benchmarks.route.noop_app"])
def test_imports_load_neither_the_router_nor_ray(module):
    # Benchmarks reach the router only over HTTP; the no-op app must set the proxy mode before Ray loads.
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m in ('router', 'ray') or m.startswith(('router.', 'ray.'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
