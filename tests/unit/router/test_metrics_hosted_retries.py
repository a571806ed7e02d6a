"""Hosted retries: the SDK's own retries of one call reach `sovereign_hosted_retries_total`."""

from __future__ import annotations

import asyncio

from benchmarks.upstream_sim import UpstreamSim
from hosted import HostedClient, HostedSettings
from router import metrics

CHAT = {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "What is the capital of France?"}]}


def _retries(upstream: str) -> float:
    return metrics.REGISTRY.get_sample_value("sovereign_hosted_retries_total", {"upstream": upstream}) or 0.0


def test_each_sdk_retry_is_counted_for_its_upstream() -> None:
    with UpstreamSim() as sim:
        settings = HostedSettings(api_key="sk-test", base_url=sim.base_url, timeout_s=5.0, max_retries=2)
        name = settings.resolved_upstreams()[0].name

        async def run() -> None:
            client = HostedClient(settings, on_retries=metrics.record_hosted_retries)
            try:
                before = _retries(name)
                assert (await client.create("chat.completions", CHAT))["object"] == "chat.completion"
                assert _retries(name) == before  # first attempt answered: no retry
                sim.set_fault(500, count=2, retry_after_s=0.001)
                assert (await client.create("chat.completions", CHAT))["object"] == "chat.completion"
                assert _retries(name) == before + 2
            finally:
                await client.aclose()

        asyncio.run(run())
        assert len(sim.records) == 4  # 1 + (2 failed + 1 answered)
