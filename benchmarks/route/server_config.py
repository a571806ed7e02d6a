"""What the benchmark's servers are started with: ports, environment, the router's config.

The router is configured as an operator would configure it (a YAML file), with
the hosted API pointed at the upstream simulator under a dummy key and no
retries, so a failure shows instead of being retried away. Serve processes get
the proxy-mode environment the router itself sets before `import ray`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from benchmarks.ports import free_port

ProxyMode = Literal["haproxy", "python"]
PROXY_MODES: tuple[ProxyMode, ...] = ("haproxy", "python")
# What router/app.py sets before `import ray`; the no-op app must match it exactly.
PROXY_ENV: dict[ProxyMode, dict[str, str]] = {
    "haproxy": {"RAY_SERVE_ENABLE_HA_PROXY": "1", "RAY_SERVE_THROUGHPUT_OPTIMIZED": "1"},
    "python": {"RAY_SERVE_ENABLE_HA_PROXY": "0", "RAY_SERVE_THROUGHPUT_OPTIMIZED": "0"},
}
UPSTREAM_KEY = "sk-route-bench-dummy"


def serve_env(proxy_mode: ProxyMode) -> dict[str, str]:
    """Environment for a Serve process: the proxy mode, and HAProxy's side ports made free ones.

    HAProxy binds a stats port (8404) and a metrics port (9101) on every interface
    by default, so a second HAProxy-mode Serve on the host (a test run, another
    benchmark) makes it crash at start; fresh free ports let them coexist. Serve's
    fallback proxy (HAProxy's backup server) binds 8500 with SO_REUSEPORT in every
    cluster, so another Serve on the host would answer some of this one's requests:
    it gets a free port too, with SO_REUSEPORT off, as the router does for itself
    (router/lifecycle.py `own_ports_env`, which overrides these for the router).
    """
    env = dict(PROXY_ENV[proxy_mode])
    env["SERVE_SOCKET_REUSE_PORT_ENABLED"] = "0"
    if proxy_mode == "haproxy":
        env["RAY_SERVE_HAPROXY_STATS_PORT"] = str(free_port())
        env["RAY_SERVE_HAPROXY_METRICS_PORT"] = str(free_port())
        env["RAY_SERVE_FALLBACK_PROXY_HTTP_PORT"] = str(free_port())
        # The router's default thread count (router/app.py `haproxy_threads`), so the no-op
        # app's HAProxy is the router's.
        env["RAY_SERVE_HAPROXY_NBTHREAD"] = str(min(4, os.cpu_count() or 1))
    return env


def base_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment without anything that would change which upstream or Ray is used."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOVEREIGN_ROUTER_")}
    env.pop("OPENAI_API_KEY", None)  # the config sets the dummy key; a real one must not be used
    env.pop("RAY_ADDRESS", None)  # each server starts its own local Ray, never joins another
    env.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra or {})
    return env


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def router_config(
    *,
    port: int,
    proxy_mode: ProxyMode,
    upstream_base_url: str,
    data_dir: Path,
    overrides: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The router's YAML config as data: hosted → the simulator, no retries, the chosen proxy mode.

    Args:
        overrides: Sections merged over the generated ones (e.g. `{"server": {"ner_batch_wait_ms": 0}}`),
            to measure a router setting against the defaults.
    """
    server: dict[str, Any] = {"host": "127.0.0.1", "port": port, "proxy_mode": proxy_mode}
    if proxy_mode == "haproxy":
        # The router sets Ray's HAProxy port variables from its own config (router.app), so
        # the free ports of `serve_env` must be in the config too, or its 8404/9101 collide.
        server.update(haproxy_stats_port=free_port(), haproxy_metrics_port=free_port())
    config: dict[str, Any] = {
        "data_dir": str(data_dir),
        "server": server,
        "hosted": {"api_key": UPSTREAM_KEY, "base_url": upstream_base_url, "max_retries": 0},
    }
    return _merge(config, overrides or {})
