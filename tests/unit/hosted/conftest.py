"""One real upstream simulator per module; the real HostedClient talks to it on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from benchmarks.upstream_sim import UpstreamSim
from hosted import HostedClient, HostedSettings

API_KEY = "sk-test-hosted-egress"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def api_key() -> str:
    """The key the hosted client is configured with; the egress record must show exactly this."""
    return API_KEY


@pytest.fixture
def make_hosted_settings(sim: UpstreamSim) -> Callable[..., HostedSettings]:
    def factory(**overrides: Any) -> HostedSettings:
        values: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": sim.base_url,
            "timeout_s": 5.0,
            "max_retries": 0,
        }
        values.update(overrides)
        return HostedSettings(**values)

    return factory


@pytest.fixture
async def client(make_hosted_settings: Callable[..., HostedSettings]) -> AsyncIterator[HostedClient]:
    hosted = HostedClient(make_hosted_settings())
    yield hosted
    await hosted.aclose()
