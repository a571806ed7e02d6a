"""SSE framing for streamed answers.

The first chunk is awaited before the response starts, so that a backend that
fails at once still gets a proper status code (and a hosted outage can still fall
back inward). After the first chunk a failure becomes an OpenAI error event,
followed, as always, by `data: [DONE]`. Closing the stream (client gone) closes the
backend's iterator, which stops generation.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson

from router.errors import to_api_error

logger = logging.getLogger(__name__)

DONE = b"data: [DONE]\n\n"


def sse_event(payload: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


async def _aclose(chunks: AsyncIterator[dict[str, Any]]) -> None:
    close = getattr(chunks, "aclose", None)
    if close is not None:
        await close()


async def sse_stream(
    chunks: AsyncIterator[dict[str, Any]], on_first: Callable[[dict[str, Any]], None] | None = None
) -> AsyncIterator[bytes]:
    """Wait for the first chunk (errors raise here), then return the framed stream.

    `on_first` sees the first chunk before the response starts (the hosted leg reads the
    service tier there); whatever it raises is raised here, with the stream closed.
    """
    try:
        first = await anext(chunks)
        if on_first is not None:
            on_first(first)
    except StopAsyncIteration:
        first = None
    except BaseException:
        await _aclose(chunks)
        raise
    return _frames(first, chunks)


async def _frames(first: dict[str, Any] | None, chunks: AsyncIterator[dict[str, Any]]) -> AsyncIterator[bytes]:
    try:
        if first is not None:
            yield sse_event(first)
            async for chunk in chunks:
                yield sse_event(chunk)
    except Exception as exc:  # noqa: BLE001 - after the first byte, errors travel in-band
        error = to_api_error(exc)
        logger.warning("stream failed after first chunk: %s", error.code)
        yield sse_event(error.body())
    finally:
        await _aclose(chunks)
    yield DONE
