from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import orjson
import pytest
from starlette.requests import ClientDisconnect

from local_models.errors import BackendUnavailable
from router.streaming import DONE, FIRST_TEXT_WAIT_S, FRAMES_AHEAD, EventStreamResponse, sse_event, sse_stream


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
        yield TEXT
        raise BackendUnavailable("down")

    frames = asyncio.run(_run(chunks()))
    assert frames[0] == sse_event(TEXT) and frames[-1] == DONE
    error = orjson.loads(frames[1].removeprefix(b"data: "))
    assert error["error"]["code"] == "backend_unavailable"


# --- a first chunk without text waits briefly for the next --------------------------------------

ROLE = {"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
TEXT = {"choices": [{"index": 0, "delta": {"content": "Paris"}, "finish_reason": None}]}


def test_the_role_chunk_waits_for_the_first_token_that_follows_at_once() -> None:
    async def scenario() -> tuple[int, list[bytes]]:
        read = 0

        async def chunks() -> AsyncIterator[dict]:
            nonlocal read
            for chunk in (ROLE, TEXT, TEXT):
                read += 1
                yield chunk

        frames = await sse_stream(chunks())
        read_before_start = read
        return read_before_start, await _collect(frames)

    read_before_start, frames = asyncio.run(scenario())
    assert read_before_start == 2  # the role chunk and the first token, before the response starts
    assert frames == [sse_event(ROLE), sse_event(TEXT), sse_event(TEXT), DONE]


def test_a_chunk_with_text_first_starts_the_response_at_once() -> None:
    async def scenario() -> int:
        read = 0

        async def chunks() -> AsyncIterator[dict]:
            nonlocal read
            for chunk in (TEXT, TEXT):
                read += 1
                yield chunk

        await sse_stream(chunks())
        return read

    assert asyncio.run(scenario()) == 1


def test_a_first_token_that_comes_late_does_not_hold_the_response_back() -> None:
    async def scenario() -> tuple[float, list[bytes]]:
        token = asyncio.Event()

        async def chunks() -> AsyncIterator[dict]:
            yield ROLE
            await token.wait()  # a model still thinking
            yield TEXT

        loop = asyncio.get_running_loop()
        started = loop.time()
        frames = await sse_stream(chunks())
        waited = loop.time() - started
        first = await anext(frames)  # the response starts with the role chunk alone
        token.set()
        return waited, [first] + await _collect(frames)

    waited, frames = asyncio.run(scenario())
    assert waited < 10 * FIRST_TEXT_WAIT_S
    assert frames == [sse_event(ROLE), sse_event(TEXT), DONE]


def test_a_backend_that_fails_right_after_the_role_chunk_fails_before_the_response() -> None:
    async def chunks() -> AsyncIterator[dict]:
        yield ROLE
        raise BackendUnavailable("down")

    with pytest.raises(BackendUnavailable):  # a proper status code, not a 200 with an error event
        asyncio.run(_run(chunks()))


def test_a_stream_that_ends_after_the_role_chunk() -> None:
    async def chunks() -> AsyncIterator[dict]:
        yield ROLE

    assert asyncio.run(_run(chunks())) == [sse_event(ROLE), DONE]


def test_leaving_while_the_first_token_is_awaited_closes_the_backend() -> None:
    async def scenario() -> bool:
        closed = asyncio.Event()

        async def chunks() -> AsyncIterator[dict]:
            try:
                yield ROLE
                await asyncio.Event().wait()  # never a token
                yield TEXT  # pragma: no cover
            finally:
                closed.set()

        backend = chunks()  # held: only an explicit close, not the GC, can close it
        frames = await sse_stream(backend)
        await anext(frames)
        await frames.aclose()  # type: ignore[attr-defined]
        return closed.is_set()

    assert asyncio.run(scenario())


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


# --- EventStreamResponse: frames that are ready go out in one send ---------------------------


class _Wire:
    """An ASGI server's `send`, recording each message; a body's send may wait on a gate."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.gate: asyncio.Event | None = None

    async def send(self, message: dict) -> None:
        self.messages.append(message)
        if self.gate is not None and message["type"] == "http.response.body":
            await self.gate.wait()

    def bodies(self) -> list[tuple[bytes, bool]]:
        return [(m["body"], m["more_body"]) for m in self.messages if m["type"] == "http.response.body"]


async def _respond(frames: AsyncIterator[bytes], wire: _Wire) -> None:
    async def receive() -> dict:  # pragma: no cover - the response never listens
        raise AssertionError("EventStreamResponse must not wait on receive")

    await EventStreamResponse(frames)({"type": "http"}, receive, wire.send)


def test_frames_ready_together_leave_in_one_send_and_the_last_ends_the_body() -> None:
    async def frames() -> AsyncIterator[bytes]:
        for i in range(5):
            yield b"f%d" % i

    wire = _Wire()
    asyncio.run(_respond(frames(), wire))
    assert wire.messages[0]["type"] == "http.response.start"
    assert wire.bodies() == [(b"f0f1f2f3f4", False)]


def test_a_frame_is_never_held_back_to_wait_for_the_next() -> None:
    async def scenario() -> list[tuple[bytes, bool]]:
        wire = _Wire()
        second = asyncio.Event()

        async def frames() -> AsyncIterator[bytes]:
            yield b"role"
            yield b"first"
            await second.wait()  # the next token has not been generated yet
            yield b"second"

        response = asyncio.create_task(_respond(frames(), wire))
        while not wire.bodies():
            await asyncio.sleep(0)
        sent_before_second = list(wire.bodies())
        second.set()
        await response
        return sent_before_second + wire.bodies()[1:]

    assert asyncio.run(scenario()) == [(b"rolefirst", True), (b"second", False)]


def test_an_error_from_the_frames_reaches_the_server() -> None:
    async def frames() -> AsyncIterator[bytes]:
        yield b"f0"
        raise RuntimeError("framing bug")

    with pytest.raises(RuntimeError, match="framing bug"):
        asyncio.run(_respond(frames(), _Wire()))


def test_a_failed_write_closes_the_backend_and_reads_as_a_disconnect() -> None:
    closed = asyncio.Event()

    async def frames() -> AsyncIterator[bytes]:
        try:
            while True:
                yield b"x"
                await asyncio.sleep(0)
        finally:
            closed.set()

    class Gone(_Wire):
        async def send(self, message: dict) -> None:
            await super().send(message)
            if len(self.bodies()) == 2:
                raise ConnectionResetError("client went away")

    async def scenario() -> bool:
        with pytest.raises(ClientDisconnect):
            await _respond(frames(), Gone())
        return closed.is_set()

    assert asyncio.run(scenario())


def test_a_cancelled_request_closes_the_backend() -> None:
    async def scenario() -> bool:
        closed = asyncio.Event()

        async def frames() -> AsyncIterator[bytes]:
            try:
                yield b"first"
                await asyncio.Event().wait()  # a backend that never sends again
                yield b"never"  # pragma: no cover
            finally:
                closed.set()

        wire = _Wire()
        response = asyncio.create_task(_respond(frames(), wire))
        while not wire.bodies():
            await asyncio.sleep(0)
        response.cancel()  # what Serve does when the client leaves
        with pytest.raises(asyncio.CancelledError):
            await response
        return closed.is_set()

    assert asyncio.run(scenario())


def test_a_slow_client_holds_the_backend_back_and_leaving_closes_it() -> None:
    async def scenario() -> int:
        made = 0
        closed = False

        async def frames() -> AsyncIterator[bytes]:
            nonlocal made, closed
            try:
                for _ in range(10 * FRAMES_AHEAD):
                    made += 1
                    yield b"x"
            finally:
                closed = True

        wire = _Wire()
        wire.gate = asyncio.Event()  # the client reads nothing: the first body send never returns
        backend = frames()  # held here, so that only an explicit close (not the GC) can close it
        response = asyncio.create_task(_respond(backend, wire))
        for _ in range(100):
            await asyncio.sleep(0)
        response.cancel()
        await asyncio.gather(response, return_exceptions=True)
        assert closed  # cancelled while waiting for room, not inside the frames
        return made

    assert FRAMES_AHEAD <= asyncio.run(scenario()) <= 2 * FRAMES_AHEAD + 2


def test_an_error_after_frames_that_were_ready_sends_those_frames_first() -> None:
    class Stop(BaseException):  # not an Exception: the reader must still be told, not left waiting
        pass

    async def frames() -> AsyncIterator[bytes]:
        yield b"f0"
        yield b"f1"
        raise Stop

    wire = _Wire()
    with pytest.raises(Stop):
        asyncio.run(asyncio.wait_for(_respond(frames(), wire), timeout=10))
    assert wire.bodies() == [(b"f0f1", True)]
