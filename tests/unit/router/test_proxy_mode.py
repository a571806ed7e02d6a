"""The environment `configure_proxy_mode` hands Ray: proxy mode, HAProxy's ports and threads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from router.app import configure_proxy_mode, haproxy_threads
from router.config import ServerSettings
from router.haproxy_launch import SETTINGS_ENV


def test_haproxy_threads_default_to_the_cores_at_most_four(monkeypatch: pytest.MonkeyPatch) -> None:
    for cores, expected in ((1, 1), (2, 2), (3, 3), (16, 4)):
        monkeypatch.setattr(os, "cpu_count", lambda cores=cores: cores)
        assert haproxy_threads(ServerSettings()) == expected
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert haproxy_threads(ServerSettings()) == 1
    assert haproxy_threads(ServerSettings(haproxy_threads=8)) == 8  # configured: as configured


_SET = (
    "RAY_SERVE_HAPROXY_NBTHREAD",
    "RAY_SERVE_HAPROXY_BINARY_PATH",
    *SETTINGS_ENV,
    "RAY_SERVE_HAPROXY_TIMEOUT_CLIENT_S",
    "RAY_SERVE_HAPROXY_STATS_PORT",
    "RAY_SERVE_HAPROXY_METRICS_PORT",
    "RAY_SERVE_ENABLE_HA_PROXY",
    "RAY_SERVE_THROUGHPUT_OPTIMIZED",
    "RAY_USAGE_STATS_ENABLED",
    "RAY_SERVE_METRICS_EXPORT_INTERVAL_MS",
)


def test_configure_proxy_mode_sets_what_ray_reads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in _SET:
        monkeypatch.delenv(name, raising=False)
    settings = ServerSettings(haproxy_stats_port=21001, haproxy_metrics_port=21002, haproxy_threads=3)
    configure_proxy_mode(settings, tmp_path)
    assert os.environ["RAY_SERVE_HAPROXY_NBTHREAD"] == "3"
    assert (os.environ["RAY_SERVE_HAPROXY_STATS_PORT"], os.environ["RAY_SERVE_HAPROXY_METRICS_PORT"]) == (
        "21001",
        "21002",
    )
    assert os.environ["RAY_SERVE_ENABLE_HA_PROXY"] == "1"
    assert os.environ["RAY_SERVE_METRICS_EXPORT_INTERVAL_MS"] == "1000"  # Serve's metric cache: once a second
    assert os.environ["RAY_SERVE_HAPROXY_TIMEOUT_CLIENT_S"] == "60"  # not Ray's 3,600 s


def test_the_client_timeout_is_handed_to_haproxy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in _SET:
        monkeypatch.delenv(name, raising=False)
    configure_proxy_mode(ServerSettings(client_timeout_s=7), tmp_path)
    assert os.environ["RAY_SERVE_HAPROXY_TIMEOUT_CLIENT_S"] == "7"
    with pytest.raises(ValueError, match="client_timeout_s"):
        ServerSettings(client_timeout_s=0)


def test_an_operators_metrics_export_interval_is_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in _SET:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RAY_SERVE_METRICS_EXPORT_INTERVAL_MS", "250")
    configure_proxy_mode(ServerSettings(), tmp_path)
    assert os.environ["RAY_SERVE_METRICS_EXPORT_INTERVAL_MS"] == "250"


def test_thread_count_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="haproxy_threads"):
        ServerSettings(haproxy_threads=0)
