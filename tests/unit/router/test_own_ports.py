"""Each router's Serve keeps off other Serves' ports: its own fallback proxy port and replica ports.

Ray Serve's fallback proxy (HAProxy's backup server while no ingress replica is up) binds
8500 with SO_REUSEPORT in every cluster, so two routers on one host shared it and one
answered the other's requests (router/own_ports.py). Real sockets, no Ray:
tests/integration/test_two_routers.py starts two real routers side by side.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.ports import free_port
from router.app import configure_proxy_mode
from router.config import ServerSettings, load_settings
from router.haproxy_launch import SETTINGS_ENV
from router.lifecycle import needed_ports, prepare
from router.own_ports import OWN_PORT_BAND, REPLICA_BAND, StartRefused, free_block, own_ports_env
from router.own_ports import free_port as free_port_in_band

_VARS = ("SERVE_SOCKET_REUSE_PORT_ENABLED", "RAY_SERVE_FALLBACK_PROXY_HTTP_PORT",
         "RAY_SERVE_DIRECT_INGRESS_MIN_HTTP_PORT", "RAY_SERVE_DIRECT_INGRESS_MAX_HTTP_PORT",
         "RAY_SERVE_HAPROXY_BINARY_PATH", *SETTINGS_ENV)


def test_an_unset_fallback_port_is_a_free_one_of_the_band_not_rays_8500() -> None:
    env = own_ports_env(ServerSettings())
    assert int(env["RAY_SERVE_FALLBACK_PROXY_HTTP_PORT"]) in OWN_PORT_BAND
    assert env["SERVE_SOCKET_REUSE_PORT_ENABLED"] == "0"
    # (the process's choice may be in use by now, by this test run's own Serve: probe a fresh one)
    port = free_port_in_band("127.0.0.1")
    with socket.socket() as probe:  # free: this bind would fail if anything listened there
        probe.bind(("127.0.0.1", port))


def test_unset_replica_ports_are_a_free_block_of_the_band_not_rays_30000() -> None:
    env = own_ports_env(ServerSettings(num_replicas=20))
    first, end = int(env["RAY_SERVE_DIRECT_INGRESS_MIN_HTTP_PORT"]), int(env["RAY_SERVE_DIRECT_INGRESS_MAX_HTTP_PORT"])
    assert first in REPLICA_BAND and end - 1 in REPLICA_BAND  # Ray's maximum is exclusive
    assert end - first == 80  # four ports per replica (new ones start before old ones stop), at least 64
    assert int(env["RAY_SERVE_FALLBACK_PROXY_HTTP_PORT"]) not in range(first, end)


def test_configured_replica_ports_are_used_checked_at_start_and_validated() -> None:
    env = own_ports_env(ServerSettings(direct_ingress_ports=(31600, 31603)))
    assert (env["RAY_SERVE_DIRECT_INGRESS_MIN_HTTP_PORT"], env["RAY_SERVE_DIRECT_INGRESS_MAX_HTTP_PORT"]) == (
        "31600",
        "31604",
    )
    checked = needed_ports(load_settings(None, server={"direct_ingress_ports": [31600, 31603]}))
    assert [port for _, port in checked][-4:] == [31600, 31601, 31602, 31603]
    for bad in ((31603, 31600), (0, 10)):
        with pytest.raises(ValueError, match="direct_ingress_ports"):
            ServerSettings(direct_ingress_ports=bad)
    with pytest.raises(ValueError, match="one port per ingress replica"):
        ServerSettings(direct_ingress_ports=(31600, 31601), num_replicas=3)


def test_ports_are_chosen_once_per_process() -> None:
    """`serve` sets the environment before Ray starts and again in `app.start`: the same ports both times."""
    assert own_ports_env(ServerSettings()) == own_ports_env(ServerSettings())


def test_a_configured_fallback_port_is_used_and_checked_at_start() -> None:
    server = ServerSettings(fallback_proxy_port=31234)
    assert own_ports_env(server)["RAY_SERVE_FALLBACK_PROXY_HTTP_PORT"] == "31234"
    assert ("127.0.0.1", 31234) in needed_ports(load_settings(None, server={"fallback_proxy_port": 31234}))
    unset = needed_ports(load_settings(None))  # chosen free at start: nothing to check before
    assert len(unset) == 3


def test_python_mode_has_no_fallback_proxy_but_no_shared_ports_either() -> None:
    assert own_ports_env(ServerSettings(proxy_mode="python")) == {"SERVE_SOCKET_REUSE_PORT_ENABLED": "0"}


def test_configure_proxy_mode_hands_ray_the_own_ports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in _VARS:
        monkeypatch.delenv(name, raising=False)
    configure_proxy_mode(ServerSettings(fallback_proxy_port=31235, direct_ingress_ports=(31700, 31715)), tmp_path)
    assert os.environ["RAY_SERVE_FALLBACK_PROXY_HTTP_PORT"] == "31235"
    assert os.environ["RAY_SERVE_DIRECT_INGRESS_MIN_HTTP_PORT"] == "31700"
    assert os.environ["SERVE_SOCKET_REUSE_PORT_ENABLED"] == "0"


def test_a_fallback_port_another_serve_shares_is_refused(tmp_path: Path) -> None:
    """Another cluster's proxy listening with SO_REUSEPORT, as Serve's does: start is refused, not shared."""
    ports = {"port": free_port(), "haproxy_stats_port": free_port(), "haproxy_metrics_port": free_port()}
    settings = load_settings(None, data_dir=tmp_path, server={**ports, "fallback_proxy_port": free_port()})
    port = settings.server.fallback_proxy_port
    holder = socket.socket()
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    holder.bind(("127.0.0.1", port))
    holder.listen()
    try:
        with pytest.raises(StartRefused) as refused:
            prepare(settings)
    finally:
        holder.close()
    assert f"127.0.0.1:{port} is held by pid {os.getpid()}" in str(refused.value)
    assert "server.fallback_proxy_port" in str(refused.value)


def _in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks tried lowest first, so that two choices made alike would pick the same block."""
    monkeypatch.setattr("router.own_ports.random.shuffle", lambda starts: None)


def test_a_block_chosen_once_is_not_chosen_again_though_nothing_binds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two routers started in the same instant: both probe the same ports free; the reservation parts them."""
    _in_order(monkeypatch)
    first = free_block("127.0.0.1", 64)
    second = free_block("127.0.0.1", 64)
    assert all(port not in first for port in second)
    bigger = free_block("127.0.0.1", 80)  # blocks of other sizes keep off the reserved runs too
    assert not set(bigger) & (set(first) | set(second))


def test_a_block_another_process_reserved_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reservation is host-wide and lasts while its process lives; the kernel drops it when it exits."""
    _in_order(monkeypatch)
    code = (
        "import random, sys; random.shuffle = lambda starts: None; "
        "from router.own_ports import free_block; block = free_block('127.0.0.1', 64); "
        "print(block.start, flush=True); sys.stdin.read()"
    )
    other = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None
        theirs = int(other.stdout.readline())
        ours = free_block("127.0.0.1", 64)
        assert theirs not in ours and ours.start not in range(theirs, theirs + 64)
    finally:
        other.communicate("", timeout=30)
    # once it has exited, its block (still free: nobody bound it) can be chosen again
    again = subprocess.run([sys.executable, "-c", code], input="", capture_output=True, text=True, timeout=30)
    assert int(again.stdout) == theirs, again.stderr
