"""The load generator's one-connection clients: `ClientFreeList`, and how `run_load` uses them.

The clients are real `httpx.AsyncClient`s (a subclass that only notes its own use) sending
to the real upstream simulator on loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from benchmarks.load import ClientFactory, ClientFreeList, LoadConfig, LoadResult, run_load
from benchmarks.upstream_sim import UpstreamSim

MODEL = "gpt-4.1-mini"


@pytest.fixture(scope="module")
def sim_options():
    # Paced at 1000 tokens/s, so requests last long enough to overlap.
    return {"tokens_per_s": 1000}


class RecordingClient(httpx.AsyncClient):
    """An httpx client that notes its settings, who sent through it, and its requests in flight."""

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self.settings = settings
        self.requests = 0
        self.in_flight = 0
        self.peak_in_flight = 0
        self.tasks: set[asyncio.Task[Any] | None] = set()
        self.local_ports: set[int] = set()

    @contextlib.asynccontextmanager
    async def stream(self, *args: Any, **kwargs: Any) -> AsyncIterator[httpx.Response]:
        self.requests += 1
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        self.tasks.add(asyncio.current_task())
        try:
            async with super().stream(*args, **kwargs) as response:
                self.local_ports.add(response.extensions["network_stream"].get_extra_info("client_addr")[1])
                yield response
        finally:
            self.in_flight -= 1


def _recording(made: list[RecordingClient]) -> ClientFactory:
    def factory(**settings: Any) -> RecordingClient:
        client = RecordingClient(**settings)
        made.append(client)
        return client

    return factory


def _config(sim: UpstreamSim, **overrides: Any) -> LoadConfig:
    settings: dict[str, Any] = {
        "base_url": sim.base_url,
        "api_key": "sk-load-test",
        "model": MODEL,
        "prompt_words": 4,
        "output_tokens": 5,
        "output_tokens_max": 15,
        "num_requests": 24,
        "concurrency": 3,
        "seed": 3,
    }
    return LoadConfig(**{**settings, **overrides})


def _run(config: LoadConfig, made: list[RecordingClient]) -> LoadResult:
    return asyncio.run(run_load(config, progress=False, client_factory=_recording(made)))


def _assert_one_connection_each_and_closed(made: list[RecordingClient]) -> None:
    for client in made:
        assert client.settings["limits"].max_connections == 1
        assert client.settings["limits"].max_keepalive_connections == 1
        assert client.peak_in_flight == 1
        assert len(client.local_ports) == 1  # one connection, kept alive across its requests
        assert client.is_closed


def test_concurrency_mode_gives_each_worker_its_own_client(sim):
    made: list[RecordingClient] = []
    result = _run(_config(sim), made)
    assert result.summary.completed == 24 and result.summary.failed == 0
    assert len(made) == 3
    assert sum(client.requests for client in made) == 24
    # Each client served one worker only, and no two clients served the same worker.
    assert all(len(client.tasks) == 1 for client in made)
    assert len(set().union(*(client.tasks for client in made))) == 3
    _assert_one_connection_each_and_closed(made)
    assert sim.records[0]["headers"]["authorization"] == "Bearer sk-load-test"


@pytest.mark.parametrize(
    ("rate", "max_concurrency"),
    [(float("inf"), None), (float("inf"), 3), (150.0, None)],
    ids=["all-at-once", "capped", "poisson"],
)
def test_rate_mode_never_puts_two_requests_on_one_client(sim, rate, max_concurrency):
    made: list[RecordingClient] = []
    config = _config(sim, mode="rate", rate=rate, max_concurrency=max_concurrency)
    result = _run(config, made)
    assert result.summary.completed == 24 and result.summary.failed == 0
    assert sum(client.requests for client in made) == 24
    _assert_one_connection_each_and_closed(made)
    if max_concurrency is not None:
        # A finished request hands its client back before the next arrival may start.
        assert len(made) <= max_concurrency
    if rate == float("inf") and max_concurrency is None:
        assert len(made) == 24  # all in flight at once: one client each


def test_free_list_reuses_free_clients_and_closes_them_all():
    async def go() -> tuple[list[RecordingClient], bool]:
        made: list[RecordingClient] = []
        async with ClientFreeList({"x-test": "1"}, 5.0, factory=_recording(made)) as clients:
            async with clients.lease() as first, clients.lease() as second:
                assert first is not second  # both held: two clients
            async with clients.lease() as again:
                reused = again is first  # last handed back (`first`), first handed out
            assert not any(client.is_closed for client in made)
        return made, reused

    made, reused = asyncio.run(go())
    assert len(made) == 2 and reused
    assert all(client.is_closed for client in made)
    assert all(client.headers["x-test"] == "1" for client in made)
    assert made[0].settings["verify"] is made[1].settings["verify"]  # one TLS context for the run


def test_free_list_closes_its_clients_when_the_run_fails():
    made: list[RecordingClient] = []

    async def go() -> None:
        async with ClientFreeList({}, 5.0, factory=_recording(made)) as clients:
            async with clients.lease(), clients.lease():
                raise RuntimeError("the run failed")

    with pytest.raises(RuntimeError, match="the run failed"):
        asyncio.run(go())
    assert len(made) == 2 and all(client.is_closed for client in made)
