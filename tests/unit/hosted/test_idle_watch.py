"""IdleWatch: each read limited as `asyncio.timeout(idle_s)` would limit it, with one timer per idle period."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from hosted.idle_watch import IdleWatch

pytestmark = pytest.mark.anyio

IDLE_S = 0.2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def _after(delay_s: float, value: str = "line") -> str:
    await asyncio.sleep(delay_s)
    return value


async def test_reads_within_the_limit_pass_however_long_the_stream() -> None:
    watch = IdleWatch(IDLE_S)
    try:
        # Reads of half the limit, with pauses longer than the limit between them (the consumer's
        # time, which the limit does not count): the stream lasts several limits and never times out.
        for _ in range(4):
            assert await watch.read(_after(IDLE_S / 2)) == "line"
            await asyncio.sleep(IDLE_S * 1.5)
    finally:
        watch.close()


async def test_a_read_that_waits_the_limit_is_a_timeout() -> None:
    watch = IdleWatch(IDLE_S)
    try:
        assert await watch.read(_after(0.01)) == "line"
        await asyncio.sleep(IDLE_S * 0.9)  # the timer armed by the first read fires during the next one
        with pytest.raises(TimeoutError):
            await watch.read(_after(IDLE_S * 20))
    finally:
        watch.close()


async def test_a_stalled_first_read_is_a_timeout_and_the_watch_can_go_on() -> None:
    watch = IdleWatch(IDLE_S)
    try:
        with pytest.raises(TimeoutError):
            await watch.read(_after(IDLE_S * 20))
        assert await watch.read(_after(0.01, "next")) == "next"
    finally:
        watch.close()


async def test_an_outside_cancellation_stays_a_cancellation() -> None:
    watch = IdleWatch(IDLE_S * 50)
    reader = asyncio.create_task(watch.read(_after(IDLE_S * 20)))
    await asyncio.sleep(0.01)
    reader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await reader
    watch.close()


async def test_end_of_stream_passes_through() -> None:
    async def lines() -> Any:
        yield "only"

    watch = IdleWatch(IDLE_S)
    iterator = lines()
    try:
        assert await watch.read(anext(iterator)) == "only"
        with pytest.raises(StopAsyncIteration):
            await watch.read(anext(iterator))
    finally:
        watch.close()


async def test_many_quick_reads_set_one_timer_not_one_each(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = asyncio.get_running_loop()
    timers: list[float] = []
    call_at = loop.call_at

    def counting(when: float, callback: Any, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        timers.append(when)
        return call_at(when, callback, *args, **kwargs)

    monkeypatch.setattr(loop, "call_at", counting)
    watch = IdleWatch(60.0)
    try:
        for _ in range(200):
            await watch.read(_after(0))
    finally:
        watch.close()
    # asyncio.timeout(60) around each read: 200 timers (and 200 cancellations).
    assert len(timers) == 1
