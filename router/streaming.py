"""SSE framing for streamed answers.

The first chunk is awaited before the response starts, so that a backend that
fails at once still gets a proper status code (and a hosted outage can still fall
back inward). A first chunk with no text in it (the role chunk OpenAI and vLLM send
before the first token) waits up to FIRST_TEXT_WAIT_S for the chunk after it, which
usually follows at once: a backend that breaks between the two still gets a status
(503, or the local fallback for public work) instead of a 200 and an error event, and
the two leave in one write. (Time to first token did not change with it: on the local
path's hop trace the head's own write, 1.1 ms p50 where HAProxy and the client share
the router's core, still comes first; benchmarks/results/local/router-overhead.)
After the response has started a failure becomes an OpenAI error event,
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


FIRST_TEXT_WAIT_S = 0.05
"""How long a first chunk without text waits for the next before the response starts
alone: longer than a role chunk and the first token lie apart, short enough that a
model that thinks before it writes does not hold the response's head back."""

_ENDED = object()


async def sse_stream(
    chunks: AsyncIterator[dict[str, Any]], on_first: Callable[[dict[str, Any]], None] | None = None
) -> AsyncIterator[bytes]:
    """Wait for the first chunk (errors raise here), and for the one after it when the first
    has no text (within FIRST_TEXT_WAIT_S); then return the framed stream.

    `on_first` sees the first chunk before the response starts (the hosted leg reads the
    service tier there); whatever it raises is raised here, with the stream closed.
    """
    try:
        first = await anext(chunks)
        if on_first is not None:
            on_first(first)
    except StopAsyncIteration:
        return _frames([], None, chunks)
    except BaseException:
        await _aclose(chunks)
        raise
    if _has_text(first):
        return _frames([first], None, chunks)
    following = asyncio.create_task(_next(chunks))
    try:
        await asyncio.wait((following,), timeout=FIRST_TEXT_WAIT_S)
        if not following.done():
            return _frames([first], following, chunks)  # the response starts; the frames await it
        second = following.result()  # a backend that failed here still gets a proper status
    except BaseException:
        await _stop(following)
        await _aclose(chunks)
        raise
    return _frames([first] if second is _ENDED else [first, second], None, chunks)


async def _next(chunks: AsyncIterator[dict[str, Any]]) -> Any:
    try:
        return await anext(chunks)
    except StopAsyncIteration:  # a task may not end with it
        return _ENDED


async def _stop(task: asyncio.Task[Any]) -> None:
    """Cancel a look-ahead and wait for it: the iterator must be idle before it is closed."""
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def _has_text(chunk: dict[str, Any]) -> bool:
    """Whether a chunk carries anything generated (or ends a choice): the look-ahead waits only
    behind a chunk that does not (a role chunk, a usage chunk)."""
    choices = chunk.get("choices")
    for choice in choices if isinstance(choices, list) else ():
        if not isinstance(choice, dict):
            continue
        if choice.get("text") or choice.get("finish_reason"):
            return True
        delta = choice.get("delta")
        if isinstance(delta, dict) and any(delta.get(key) for key in _GENERATED):
            return True
    return False


_GENERATED = ("content", "tool_calls", "refusal", "function_call", "reasoning_content")


async def _frames(
    head: list[dict[str, Any]], following: asyncio.Task[Any] | None, chunks: AsyncIterator[dict[str, Any]]
) -> AsyncIterator[bytes]:
    try:
        for chunk in head:
            yield sse_event(chunk)
        more = bool(head)  # a stream that sent nothing, or whose look-ahead found its end, is over
        if following is not None:
            chunk = await following
            more = chunk is not _ENDED
            if more:
                yield sse_event(chunk)
        if more:
            async for chunk in chunks:
                yield sse_event(chunk)
    except Exception as exc:  # noqa: BLE001 - after the first byte, errors travel in-band
        error = to_api_error(exc)
        logger.warning("stream failed after first chunk: %s", error.code)
        yield sse_event(error.body())
    finally:
        if following is not None and not following.done():
            await _stop(following)
        await _aclose(chunks)
    yield DONE


FRAMES_AHEAD = 64
"""How many frames the backend may run ahead of a slow client before it waits: the
stream keeps its backpressure (a client that reads slowly slows generation)."""

_END = object()


async def ready_batches(frames: AsyncIterator[bytes]) -> AsyncGenerator[tuple[bytes, bool], None]:
    """(frames joined, more to come): one batch per send, holding every frame made while
    the previous batch was being sent, so frames are never held back to wait for others.

    The frames are read by a task of their own, which always hands its end (or its
    error) over. Closing this iterator (client gone, request cancelled) stops that task and
    closes the frames, whose own clean-up closes the backend.
    """
    queue: asyncio.Queue[Any] = asyncio.Queue()  # unbounded, so that the end always gets in
    room = asyncio.Event()  # cleared while FRAMES_AHEAD frames wait for the client

    async def produce() -> None:
        end: object = _END
        try:
            async for frame in frames:
                queue.put_nowait(frame)
                if queue.qsize() >= FRAMES_AHEAD:
                    room.clear()
                    await room.wait()
        except BaseException as exc:
            end = exc  # raised again by the reader (when it is the reader that stopped us, it is gone)
            raise
        finally:
            queue.put_nowait(end)

    producer = asyncio.create_task(produce())
    try:
        while True:
            batch = [await queue.get()]
            while not queue.empty():
                batch.append(queue.get_nowait())
            room.set()
            last = batch[-1]
            if isinstance(last, BaseException):
                if len(batch) > 1:
                    yield b"".join(batch[:-1]), True
                raise last
            if last is _END:
                yield b"".join(batch[:-1]), False
                return
            yield b"".join(batch), True
    finally:
        producer.cancel()
        await asyncio.gather(producer, return_exceptions=True)
        await _aclose(frames)  # cancelled while waiting for room, or never let go: close the backend


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
