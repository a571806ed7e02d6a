"""SSE framing for streamed answers.

The first chunk is awaited before the response starts, so that a backend that
fails at once still gets a proper status code (and a hosted outage can still fall
back inward). After the first chunk a failure becomes an OpenAI error event,
followed, as always, by `data: [DONE]`. Closing the stream (client gone) closes the
backend's iterator, which stops generation.

`EventStreamResponse` sends the frames that are ready together: a backend that reads
several chunks from one network read (vLLM's role and first content chunk, a burst from
the hosted API) parses them in one go, and each frame sent alone cost a trip through
uvicorn, a socket write and, behind Ray's HAProxy, one more relay and client read.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any

import orjson
from starlette.requests import ClientDisconnect
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from router.errors import to_api_error

logger = logging.getLogger(__name__)

DONE = b"data: [DONE]\n\n"


def sse_event(payload: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


async def _aclose(chunks: AsyncIterator[Any]) -> None:
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


FRAMES_AHEAD = 64
"""How many frames the backend may run ahead of a slow client before it waits: the
stream keeps its backpressure (a client that reads slowly slows generation)."""

_END = object()


async def ready_batches(frames: AsyncIterator[bytes]) -> AsyncGenerator[tuple[bytes, bool], None]:
    """(frames joined, more to come): one batch per send, holding every frame made while
    the previous batch was being sent, so frames are never held back to wait for others.

    The frames are read by a task of their own; closing this iterator (client gone,
    request cancelled) cancels that task, which closes the backend's iterator.
    """
    queue: asyncio.Queue[Any] = asyncio.Queue(FRAMES_AHEAD)

    async def produce() -> None:
        try:
            async for frame in frames:
                await queue.put(frame)
        except Exception as exc:  # noqa: BLE001 - handed to the reader, which raises it
            await queue.put(exc)
        else:
            await queue.put(_END)
        finally:  # cancelled while waiting for room: the frames must still close the backend
            await _aclose(frames)

    producer = asyncio.create_task(produce())
    try:
        while True:
            batch = [await queue.get()]
            while not queue.empty():
                batch.append(queue.get_nowait())
            last = batch[-1]
            if isinstance(last, Exception):
                raise last
            if last is _END:
                yield b"".join(batch[:-1]), False
                return
            yield b"".join(batch), True
    finally:
        if not producer.done():
            producer.cancel()
            await asyncio.gather(producer, return_exceptions=True)


class EventStreamResponse(StreamingResponse):
    """An SSE answer sent in ready batches, without Starlette's disconnect listener.

    Under ASGI before 2.4 (uvicorn announces 2.3) Starlette runs the body in a task group
    beside a task that waits for `http.disconnect`: 0.15-0.19 ms before every stream's
    first byte on the local path's hop trace (benchmarks/results/local/router-overhead).
    The router does not need it: Serve cancels the request when its client goes, and a
    write to a closed connection raises, either of which ends the stream and closes the
    backend's (tests/integration/test_streaming.py: a client that leaves stops the
    upstream stream). This is Starlette's own ASGI 2.4 path.
    """

    def __init__(self, frames: AsyncIterator[bytes], headers: dict[str, str] | None = None) -> None:
        super().__init__(frames, media_type="text/event-stream", headers=headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.stream_response(send)
        except OSError as exc:
            raise ClientDisconnect() from exc

    async def stream_response(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        batches = ready_batches(self.body_iterator)  # type: ignore[arg-type]
        try:
            async for body, more in batches:
                await send({"type": "http.response.body", "body": body, "more_body": more})
        finally:
            await batches.aclose()
