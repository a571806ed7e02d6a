"""A stream's usage chunk is required only when the client asked for it.

Under a tokens/min quota the router asks the hosted API for usage itself
(`Limiter.ask_usage`); an upstream that ignores `stream_options` must not turn such a
stream into an error the client never asked for. The real HostedClient, the real
upstream simulator (told to leave the usage chunk out) and the real Limiter.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from benchmarks.upstream_sim import UpstreamSim
from hosted import HostedClient, HostedUnavailable
from router.access.principal import Principal
from router.access.settings import Quota
from router.limits import Limiter, TokenEstimate, local_lease_fn

pytestmark = pytest.mark.anyio

CHAT = {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "What is the capital of France?"}],
        "stream": True, "max_tokens": 3}
HMRC = Principal("HMRC", ("caseworker",), "k1", "key")


async def _chunks(client: HostedClient, body: dict[str, Any]) -> list[dict[str, Any]]:
    return [chunk async for chunk in client.stream("chat.completions", body)]


async def test_usage_the_router_asked_for_is_not_required(client: HostedClient, sim: UpstreamSim) -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, local_lease_fn())
    ticket = await limiter.admit(HMRC)
    body = dict(CHAT)
    limiter.ask_usage(ticket, body)
    assert body["stream_options"] == {"include_usage": True} and ticket.strip_usage
    sim.set_fault(stream_omit="usage")  # an upstream that ignores stream_options
    chunks = await _chunks(client, body)  # before the fix: HostedUnavailable("... without the usage ...")
    assert chunks and not any(chunk.get("usage") for chunk in chunks)


async def test_usage_the_client_asked_for_is_still_required(client: HostedClient, sim: UpstreamSim) -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, local_lease_fn())
    # A router-asked stream first, in the same context: its setting must not carry over.
    limiter.ask_usage(await limiter.admit(HMRC), dict(CHAT))
    ticket = await limiter.admit(HMRC)
    body = {**CHAT, "stream_options": {"include_usage": True}}
    limiter.ask_usage(ticket, body)
    assert not ticket.strip_usage
    sim.set_fault(stream_omit="usage")
    with pytest.raises(HostedUnavailable, match="without the usage"):
        await _chunks(client, body)


async def test_a_metered_stream_without_the_usage_it_asked_for_is_logged_and_estimated(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, local_lease_fn())
    ticket = await limiter.admit(HMRC, TokenEstimate(prompt=5, completion=50))
    limiter.ask_usage(ticket, dict(CHAT))
    [share] = ticket.token_shares
    before = share.balance  # the 55 reserved already spent

    async def frames() -> AsyncIterator[bytes]:
        yield b"data: " + orjson.dumps({"choices": [{"index": 0, "delta": {"content": "Paris"}}]}) + b"\n\n"
        yield b"data: [DONE]\n\n"

    with caplog.at_level(logging.WARNING, logger="router.limits.quotas"):
        passed = [frame async for frame in limiter.metered(ticket, frames())]
    # Estimated: the prompt's 5 and one token per content chunk relayed; the other 49 reserved come back.
    assert len(passed) == 2 and share.balance == before + 49
    assert any("no usage" in record.getMessage() for record in caplog.records), caplog.records
