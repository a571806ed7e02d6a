"""Real Ray Serve app + real loopback upstream simulator.

Ray and Serve start once per run (`serve_port`); each test module deploys the app
with its own settings (`deploy`), replacing the previous one, so the suite pays
one cluster start and one deploy per config variant. Clients are the official
`openai` SDK and plain httpx.

Authentication is on, as by default: every client carries the suite's API key (`sdk()`,
`auth_headers()` for httpx), registered in the deploy's key store by `deploy`; only the
health, readiness, metrics and OpenAPI endpoints are called without one.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import openai
import pytest

from benchmarks.ports import free_port
from local_models import DEMO_MODEL_ID
from router.access.keys import new_key
from router.app import APP_NAME, configure_proxy_mode
from router.config import ServerSettings, Settings, load_settings

if TYPE_CHECKING:
    from tests.integration.routers import Router

# Ray reads the proxy mode at import; the suite runs the default (HAProxy) mode, on
# HAProxy ports of its own so that a router running on the machine does not collide.
_HAPROXY_FILES = tempfile.mkdtemp(prefix="sr-haproxy-suite-")  # the router's HAProxy launcher and error answers
atexit.register(shutil.rmtree, _HAPROXY_FILES, True)
configure_proxy_mode(
    ServerSettings(haproxy_stats_port=free_port(), haproxy_metrics_port=free_port()), Path(_HAPROXY_FILES)
)
# Serve keeps a replaced direct-ingress replica reachable for 30 s so that an external load
# balancer can deregister it; the suite redeploys the app for most modules and has no such
# balancer (`sovereign-router serve` makes the same choice, router/serve_loop.py).
os.environ.setdefault("RAY_SERVE_DIRECT_INGRESS_MIN_DRAINING_PERIOD_S", "2")

UPSTREAM_KEY = "sk-upstream-test-key"
# The suite's API key (department `suite`, role `suite`): a real key, registered in each
# key store a deploy uses; its department has no policy of its own (the '*' policy applies).
CLIENT_KEY = new_key()[1]
SUITE_DEPARTMENT = "suite"


RAY_METRICS_PORT = free_port()
"""Where the suite's Ray cluster exports its own metrics (Ray Serve's among them)."""


@pytest.fixture(scope="session")
def serve_port() -> Iterator[int]:
    import ray
    from ray import serve

    port = free_port()
    ray.init(
        include_dashboard=False, log_to_driver=False, configure_logging=False, _metrics_export_port=RAY_METRICS_PORT
    )
    serve.start(http_options={"host": "127.0.0.1", "port": port})
    try:
        yield port
    finally:
        serve.shutdown()
        ray.shutdown()


@pytest.fixture(scope="session")
def upstream() -> Iterator[Any]:
    from benchmarks.upstream_sim import UpstreamSim

    with UpstreamSim() as sim:
        yield sim


@pytest.fixture(autouse=True)
def _fresh_upstream_record(request: pytest.FixtureRequest) -> None:
    if "upstream" in request.fixturenames:
        sim = request.getfixturevalue("upstream")
        sim.clear_records()
        sim.clear_fault()
        sim.set_tokens_per_s(0)


def wait_ready(base_url: str, timeout_s: float = 120.0, expect: int = 200) -> None:
    """HAProxy answers non-200 for a moment after a deploy: wait for /readyz."""
    deadline = time.monotonic() + timeout_s
    last: object = None
    while time.monotonic() < deadline:
        try:
            response = httpx.get(f"{base_url}/readyz", timeout=5.0)
            last = response.status_code
            if response.status_code == expect:
                return
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.25)
    raise AssertionError(f"router not ready at {base_url}: last answer {last!r}")


@pytest.fixture
def start_router(upstream: Any, tmp_path: Path) -> Iterator[Callable[..., Router]]:
    """Starts `serve` processes (tests/integration/routers.py), each in a folder of its own; stops them all at the end.

    `start(name, **settings_env)`: `settings_env` adds `SOVEREIGN_ROUTER_*` variables to its environment.
    """
    from tests.integration.routers import Router  # it imports this module's constants

    started: list[Router] = []

    def start(name: str, **settings_env: str) -> Router:
        started.append(Router(tmp_path / name, upstream.base_url, settings_env))
        return started[-1]

    try:
        yield start
    finally:
        for router in started:  # all stop at once: Ray takes a while to shut down
            router.terminate()
        for router in started:
            router.stop()


@pytest.fixture(scope="session")
def deploy(serve_port: int, data_dir: Path) -> Iterator[Callable[..., str]]:
    """Deploy the app with settings overrides; returns the base URL (no /v1)."""
    from ray import serve

    from router.app import build_app

    base_url = f"http://127.0.0.1:{serve_port}"
    deployed: list[Settings] = []
    provisioned: set[Path] = set()

    def _deploy(expect_ready: int = 200, **overrides: Any) -> str:
        overrides.setdefault("data_dir", data_dir)
        # The random-weight demo model keeps the suite fast; test_local_model.py asks the
        # real default model (SmolLM2) by naming it.
        overrides["local"] = {"model_id": DEMO_MODEL_ID, "max_context": 512, **overrides.get("local", {})}
        settings: Settings = load_settings(None, **overrides)
        if settings.access.sqlite_file(settings.data_dir) not in provisioned and settings.access.store == "sqlite":
            provision_suite_key(settings)
            provisioned.add(settings.access.sqlite_file(settings.data_dir))
        if deployed != [settings]:  # modules sharing a config variant share one deploy
            serve.run(build_app(settings), name=APP_NAME, route_prefix="/")
            deployed[:] = [settings]
        wait_ready(base_url, expect=expect_ready)
        return base_url

    yield _deploy
    serve.delete(APP_NAME)


def provision_suite_key(settings: Settings) -> None:
    """Register CLIENT_KEY in the settings' key store (once per store)."""
    from router.access import KeyAdmin

    admin = KeyAdmin(settings.access, settings.data_dir)
    try:
        if admin.store.get(CLIENT_KEY.split("_")[1]) is None:
            admin.create(SUITE_DEPARTMENT, ("suite",), key=CLIENT_KEY, description="integration suite")
    finally:
        admin.close()


def auth_headers(key: str = CLIENT_KEY) -> dict[str, str]:
    """Headers for plain-HTTP clients (httpx) carrying the suite's credential."""
    return {"Authorization": f"Bearer {key}"}


def hosted_overrides(base_url: str, **hosted: Any) -> dict[str, Any]:
    return {"hosted": {"api_key": UPSTREAM_KEY, "base_url": base_url, "max_retries": 0, **hosted}}


def sdk(base_url: str, key: str = CLIENT_KEY) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{base_url}/v1", api_key=key, max_retries=0, timeout=60.0)


def recorded_text(upstream: Any) -> str:
    """Everything the upstream received, as one string, for 'did X cross?' checks."""
    import orjson

    return "\n".join(orjson.dumps(record).decode() for record in upstream.records)
