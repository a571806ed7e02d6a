from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import orjson
import pytest

from local_models.errors import BackendUnavailable
from router.streaming import DONE, sse_stream


async def _collect(stream: AsyncIterator[bytes]) -> list[bytes]:
    return [frame async for frame in stream]


def test_frames_every_chunk_then_done() -> None:
    async def chunks() -> AsyncIterator[dict]:
        for i in range(3):
            yield {"i": i}

    frames = asyncio.run(_run(chunks()))
    assert frames == [b'data: {"i":0}\n\n', b'data: {"i":1}\n\n', b'data: {"i":2}\n\n', DONE]


async def _run(chunks: AsyncIterator[dict]) -> list[bytes]:
    return await _collect(await sse_stream(chunks))


def test_failure_before_first_chunk_raises_so_the_status_can_say_so() -> None:
    async def chunks() -> AsyncIterator[dict]:
        raise BackendUnavailable("down")
        yield {}  # pragma: no cover

    with pytest.raises(BackendUnavailable):
        asyncio.run(_run(chunks()))


def test_failure_after_first_chunk_sends_error_event_then_done() -> None:
    async def chunks() -> AsyncIterator[dict]:
        yield {"i": 0}
        raise BackendUnavailable("down")

    frames = asyncio.run(_run(chunks()))
    assert frames[0] == b'data: {"i":0}\n\n' and frames[-1] == DONE
    error = orjson.loads(frames[1].removeprefix(b"data: "))
    assert error["error"]["code"] == "backend_unavailable"


def test_closing_the_stream_closes_the_backend_iterator() -> None:
    closed = asyncio.Event()

    async def chunks() -> AsyncIterator[dict]:
        try:
            while True:
                yield {"x": 1}
        finally:
            closed.set()

    async def consume_one_and_leave() -> bool:
        stream = await sse_stream(chunks())
        await anext(stream)
        await stream.aclose()  # type: ignore[attr-defined]
        return closed.is_set()

    assert asyncio.run(consume_one_and_leave())
