"""Builds and starts the Ray Serve application.

Ray stays here: `Ingress` (router/ingress.py) and `LocalBackendServer`
(local_models) are plain classes until this module turns them into deployments.
Each local model (the default and every entry of `local.models`) is its own
deployment because it needs its own resources and scaling (a GPU in production);
classification and the hosted client run inside the ingress replica, where they
cost no extra hop. The ingress gets the local deployments' handles as one mapping
from model id to handle (Serve resolves handles nested in arguments).

Proxy modes: `haproxy` (default) replaces Serve's Python proxy with HAProxy and
direct ingress to replicas; `python` keeps Serve's proxy. Ray reads the mode from
the environment when it is imported, so `configure_proxy_mode` must run before the
first `import ray` in the process that starts Ray.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from local_models.settings import LocalModelSettings
from router.config import ConfigError, ProxyMode, ServerSettings, Settings
from router.haproxy_front import haproxy_exposure, haproxy_front_env
from router.lifecycle import haproxy_dir
from router.own_ports import own_ports_env
from router.tls import serve_http_options

if TYPE_CHECKING:
    from ray.serve import Application

logger = logging.getLogger(__name__)

APP_NAME = "sovereign-router"
_PROXY_ENV = {
    "haproxy": {"RAY_SERVE_ENABLE_HA_PROXY": "1", "RAY_SERVE_THROUGHPUT_OPTIMIZED": "1"},
    "python": {"RAY_SERVE_ENABLE_HA_PROXY": "0", "RAY_SERVE_THROUGHPUT_OPTIMIZED": "0"},
}


METRICS_EXPORT_INTERVAL_MS = "1000"


def haproxy_threads(server: ServerSettings) -> int:
    """HAProxy's thread count: as configured, else the cores, at most Ray's default of 4.

    Ray starts 4 threads whatever the machine; on 2 cores they compete with the replica
    for the CPU. `bench route` at concurrency 1, quiet 2-core machine, two runs each:
    2 threads added +2.5 / +3.0 ms p50 (non-streaming) against +3.3 / +4.0 ms with 4.
    """
    return server.haproxy_threads or min(4, os.cpu_count() or 1)


def proxy_env(server: ServerSettings, mode: ProxyMode, threads: int | None) -> dict[str, str]:
    """What Ray reads at import for the ingress proxy: the mode, HAProxy's ports, threads and client timeout.

    Args:
        server: the server settings.
        mode: the proxy mode (a cluster's is always haproxy: router/deploy_config.py).
        threads: HAProxy's threads; None leaves Ray's default (a cluster's nodes are not this machine).
    """
    env = {
        **_PROXY_ENV[mode],
        "RAY_SERVE_HAPROXY_STATS_PORT": str(server.haproxy_stats_port),
        "RAY_SERVE_HAPROXY_METRICS_PORT": str(server.haproxy_metrics_port),
        "RAY_SERVE_HAPROXY_TIMEOUT_CLIENT_S": str(server.client_timeout_s),
    }
    if threads is not None:
        env["RAY_SERVE_HAPROXY_NBTHREAD"] = str(threads)
    return env


def configure_proxy_mode(server: ServerSettings, haproxy_files: Path) -> None:
    """Set the environment Ray reads at import to select the ingress proxy and its ports.

    Args:
        server: the server settings.
        haproxy_files: haproxy mode: the folder for the router's HAProxy error answers and
            launcher (router/haproxy_front.py).
    """
    env = proxy_env(server, server.proxy_mode, haproxy_threads(server))
    if server.proxy_mode == "haproxy":
        env.update(haproxy_front_env(server, haproxy_files))
    if "ray" in sys.modules and any(os.environ.get(k) != v for k, v in env.items()):
        logger.warning("ray was imported before the proxy mode was set; %r may not apply", server.proxy_mode)
    os.environ.update(env)
    # Ports of this router's own, never shared with another Serve on the host (router/own_ports.py).
    os.environ.update(own_ports_env(server))
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    # Serve's replicas and handles hand their cached request metrics to Ray's metric API every
    # 100 ms by default: ~10 wake-ups a second per replica and per handle, in every ingress
    # replica even when idle. Ray exports them on at most once a second (its emitter's floor,
    # ray/_private/telemetry), so a second loses nothing an operator sees. Autoscaling's
    # metrics are a separate push, unchanged.
    os.environ.setdefault("RAY_SERVE_METRICS_EXPORT_INTERVAL_MS", METRICS_EXPORT_INTERVAL_MS)


def build_app(settings: Settings) -> Application:
    """The Serve application: an ingress deployment bound to a local-backend deployment."""
    from ray import serve

    from local_models import LocalBackendServer
    from router.audit import AuditWriterDeployment
    from router.ingress import Ingress
    from router.telemetry.logs import serve_logging_config

    logging_config = serve_logging_config(settings.observability)  # JSON replica logs (router/telemetry/logs.py)
    # Model id and each alias → the model's deployment; the default model comes first.
    local: dict[str, Any] = {}
    for index, model in enumerate(settings.local.all_models):
        if model.engine == "openai":  # called from the ingress itself (router/local_leg.py)
            continue
        if model.engine == "vllm":
            bound = vllm_deployment(model, settings.data_dir)
        else:
            name = local_deployment_name(index, model.model_id)
            bound = serve.deployment(name=name, logging_config=logging_config, **model.serve_options())(
                LocalBackendServer
            ).bind(model, settings.data_dir)
        local.update(dict.fromkeys(model.names, bound))
    # One writer for the whole deployment, however many ingress replicas: one chain.
    writer = serve.deployment(
        name="AuditWriter",
        num_replicas=1,
        ray_actor_options={"num_cpus": 0},
        max_ongoing_requests=1024,
        logging_config=logging_config,
    )(AuditWriterDeployment).bind(settings.audit, settings.data_dir)
    ingress = serve.deployment(
        name="Ingress",
        num_replicas=settings.server.num_replicas,
        ray_actor_options={"num_cpus": settings.server.num_cpus},
        max_ongoing_requests=settings.server.max_ongoing_requests,
        graceful_shutdown_timeout_s=settings.server.shutdown_grace_s,  # in-flight requests finish (router/drain.py)
        logging_config=logging_config,
    )(Ingress)
    return ingress.bind(settings, local_backend=local, audit_writer=writer)


def vllm_deployment(model: LocalModelSettings, data_dir: Path) -> Application:
    """The Ray Serve LLM deployment of an `engine: vllm` model (weights from `model_path` or the data directory).

    Without `model_path` the model is SmolLM2 (the settings allow no other): vLLM cannot
    read its packaged GGUF, so it is converted into the data directory first (once).

    Raises:
        ConfigError: Ray Serve LLM (and with it vLLM) is not installed (the `gpu` extra), or
            the default model cannot be converted.
    """
    from local_models.errors import BackendUnavailable
    from local_models.smollm2 import ensure_smollm2
    from local_models.vllm_serve import build_vllm_deployment

    try:
        source = model.model_path if model.model_path is not None else ensure_smollm2(data_dir)
        return build_vllm_deployment(model, str(source))
    except BackendUnavailable as exc:
        raise ConfigError(str(exc)) from None


def check_engines(settings: Settings) -> None:
    """Refuse to start when a configured engine cannot run here (before Ray starts).

    Raises:
        ConfigError: An `engine: vllm` model and no Ray Serve LLM (the `gpu` extra) installed.
    """
    vllm = [model.model_id for model in settings.local.all_models if model.engine == "vllm"]
    if not vllm:
        return
    try:
        import ray.serve.llm  # noqa: F401 - the import is the check
    except ImportError as exc:
        raise ConfigError(
            f"local model(s) {', '.join(vllm)} use engine vllm, which runs on Ray Serve LLM and vLLM: "
            f"install the gpu extra (pip install 'sovereign-router[gpu]') on the GPU nodes ({exc})"
        ) from None


def app_builder(args: dict[str, Any]) -> Application:
    """The Serve config's entry point (`import_path: router.app:app_builder`, see router.deploy_config).

    `args["config"]` is the project's YAML as a mapping; the environment still overrides
    it (secrets arrive that way on a cluster).
    """
    from router.config import load_settings

    return build_app(load_settings(None, **dict(args.get("config") or {})))


def local_deployment_name(index: int, model_id: str) -> str:
    """`LocalBackend` for the default model, `LocalBackend-<id>` for the others (safe characters only)."""
    if index == 0:
        return "LocalBackend"
    return "LocalBackend-" + re.sub(r"[^A-Za-z0-9_.-]", "_", model_id)


def start(settings: Settings) -> None:
    """Start Ray (local, embedded), Serve on the configured address, and the app; returns when ready."""
    check_engines(settings)
    configure_proxy_mode(settings.server, haproxy_dir(settings.data_dir))
    import ray
    from ray import serve

    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
    from router.access.admin import announce_dev_key

    announce_dev_key(settings.access, settings.data_dir)  # before the replicas start: one process, printed once
    server = settings.server
    options = serve_http_options(server.proxy_mode, server.host, server.port, server.tls_certfile, server.tls_keyfile)
    serve.start(http_options=options)
    exposure = haproxy_exposure(server)
    if exposure is not None:
        logger.warning(exposure)
    serve.run(build_app(settings), name=APP_NAME, route_prefix="/")


def stop() -> None:
    """Tear down in the order that leaves no process behind (STACK.md)."""
    import ray
    from ray import serve

    serve.shutdown()  # type: ignore[no-untyped-call]
    ray.shutdown()
