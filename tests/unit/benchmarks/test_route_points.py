"""One measured point, for real: the direct path against an in-process upstream simulator."""

from __future__ import annotations

import asyncio
import os

import httpx
import pytest

from benchmarks.route.points import CLIENT, PointSample, Target, measure_point, summarise_point
from benchmarks.route.runner import HOSTED_MODEL, RouteConfig, build_targets
from benchmarks.upstream_sim import UpstreamSim


@pytest.fixture(scope="module")
def sim():
    with UpstreamSim() as server:
        yield server


def _measure(
    target: Target, *, stream: bool, concurrency: int, requests: int, roots: dict[str, int] | None = None
) -> PointSample:
    async def go() -> PointSample:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(limits=limits) as client:
            return await measure_point(
                client, target, stream=stream, concurrency=concurrency, requests=requests, cpu_roots=roots
            )

    return asyncio.run(go())


def _direct(sim: UpstreamSim, max_tokens: int = 4) -> Target:
    root = sim.base_url.removesuffix("/v1")
    (direct,) = build_targets(upstream_url=root, router_url=None, noop_url=None, max_tokens=max_tokens)
    return direct


@pytest.mark.parametrize("stream", [False, True])
def test_a_direct_point_sends_every_request_and_measures_it(sim, stream):
    sim.clear_records()
    target = _direct(sim)
    sample = _measure(target, stream=stream, concurrency=3, requests=10, roots={"me": os.getpid()})
    assert len(sample.results) == 10 and all(r.ok for r in sample.results)
    assert len(sim.records) == 10
    body = sim.records[0]["body"]
    assert body["model"] == HOSTED_MODEL and body["max_tokens"] == 4 and body.get("stream", False) is stream
    if stream:
        assert body["stream_options"] == {"include_usage": True}
    assert set(sample.cpu_s) == {"me", CLIENT} and sample.cpu_s[CLIENT]["benchmark client"] > 0
    point = summarise_point("haproxy", [sample, sample])  # two slices of one point
    assert point.completed == 20 and point.req_per_s > 0 and point.latency is not None
    assert (point.ttft is not None) is stream
    assert point.routes == {"-": 20}  # the simulator is not the router: no route header
    assert point.server_timing == {}


def test_each_worker_can_have_its_own_client(sim):
    sent: list[int] = []

    async def go() -> PointSample:
        clients = [
            httpx.AsyncClient(event_hooks={"request": [lambda _, i=i: _count(i)]}) for i in range(3)
        ]
        try:
            return await measure_point(clients, _direct(sim), stream=False, concurrency=3, requests=10)
        finally:
            for client in clients:
                await client.aclose()

    async def _count(index: int) -> None:
        sent.append(index)

    sample = asyncio.run(go())
    assert len(sample.results) == 10 and all(r.ok for r in sample.results)
    assert sorted(set(sent)) == [0, 1, 2] and len(sent) == 10


def test_requests_fewer_than_the_concurrency(sim):
    sim.clear_records()
    sample = _measure(_direct(sim), stream=False, concurrency=8, requests=3)
    assert len(sample.results) == 3 and len(sim.records) == 3


def test_failures_are_counted_not_raised(sim):
    sim.set_fault(503, count=2)
    try:
        sample = _measure(_direct(sim), stream=False, concurrency=1, requests=5)
    finally:
        sim.clear_fault()
    point = summarise_point("python", [sample])
    assert point.completed == 3 and point.errors == {"http_5xx": 2}


def test_targets_send_the_same_public_request_direct_and_through_the_router():
    targets = build_targets(upstream_url="http://u", router_url="http://r", noop_url="http://n", max_tokens=16)
    by_path = {t.path: t for t in targets}
    assert list(by_path) == ["direct", "hosted", "local", "noop"]
    assert by_path["direct"].body == by_path["hosted"].body == by_path["noop"].body
    assert by_path["hosted"].url == "http://r/v1/chat/completions" and by_path["hosted"].expect_route == "hosted"
    local = by_path["local"]
    assert local.body["max_tokens"] == 1 and local.body["model"] == "auto" and local.expect_route == "local"
    assert "NHS number" in local.body["messages"][0]["content"]
    assert not by_path["noop"].streams
    assert by_path["hosted"].body_for(True)["stream"] is True and "stream" not in by_path["hosted"].body


def test_router_paths_carry_the_key_and_the_others_nothing():
    targets = build_targets(upstream_url="http://u", router_url="http://r", noop_url="http://n", max_tokens=16,
                            redacted=True, router_key="srk_id_secret")
    for target in targets:
        expected = {"Authorization": "Bearer srk_id_secret"} if target.url.startswith("http://r") else {}
        assert dict(target.headers) == expected, target.path


@pytest.mark.parametrize(("requests", "concurrency", "sizes"), [
    (400, 1, [100, 100, 100, 100]),
    (400, 32, [134, 133, 133]),
    (400, 64, [400]),
    (10, 1, [5, 5]),  # at least four rounds of `concurrency` per slice
    (3, 8, [3]),
])
def test_slices_keep_rounds_of_requests_and_add_up(requests, concurrency, sizes):
    assert RouteConfig(requests=requests).slice_sizes(concurrency) == sizes


def test_the_progress_total_counts_every_request():
    config = RouteConfig(requests=10, concurrencies=(1, 8), proxy_modes=("haproxy",), warmup=5)
    # non-stream: 4 paths, stream: 3 paths; warm-up max(5, 2c) = 5 at c=1 and 16 at c=8
    assert config.total_requests() == 4 * (10 + 5) + 3 * (10 + 5) + 4 * (10 + 16) + 3 * (10 + 16)


@pytest.mark.parametrize("bad", [
    {"requests": 0}, {"concurrencies": ()}, {"concurrencies": (0,)}, {"proxy_modes": ()},
    {"streams": ()}, {"upstream_latency_ms": -1.0}, {"timeout_s": 0.0},
])
def test_invalid_configs(bad):
    with pytest.raises(ValueError):
        RouteConfig(**bad)


def test_the_redacted_comparison_sends_the_redacted_twin_on_the_hosted_path():
    from benchmarks.route.runner import PERSONAL_1KB, REDACTED_TWIN_1KB
    from classifiers import Classifier, ClassifierSettings
    from hosted import redact

    targets = {t.path: t for t in build_targets(upstream_url="http://u", router_url="http://r", noop_url=None,
                                                max_tokens=16, redacted=True)}
    assert targets["hosted"].body == targets["direct"].body
    assert targets["hosted"].body["messages"][0]["content"] == REDACTED_TWIN_1KB
    assert targets["redacted-hosted"].body["messages"][0]["content"] == PERSONAL_1KB
    # The twin is what the router's redaction of the personal prompt sends, and it classifies public.
    classifier = Classifier(ClassifierSettings(ner_enabled=False))
    found = classifier.classify(PERSONAL_1KB).findings
    body = {"messages": [{"role": "user", "content": PERSONAL_1KB}]}
    redaction = redact(body, [(f.kind, PERSONAL_1KB[f.start : f.end]) for f in found])
    assert redaction.body["messages"][0]["content"] == REDACTED_TWIN_1KB
    assert classifier.classify(REDACTED_TWIN_1KB).level.label == "public"
