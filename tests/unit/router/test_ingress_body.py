"""Reading a request's body: bounded in size (413) and in time (408)."""

from __future__ import annotations

import asyncio

import pytest
from starlette.requests import Request

from router.errors import ApiError
from router.ingress import _read_body

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _request(chunks: list[bytes], then_wait: bool, declared: int) -> Request:
    """A request whose body arrives as `chunks`; with `then_wait`, the rest never comes (a stalled client)."""
    pending = list(chunks)

    async def receive() -> dict[str, object]:
        if pending:
            return {"type": "http.request", "body": pending.pop(0), "more_body": bool(pending) or then_wait}
        if then_wait:
            await asyncio.Event().wait()
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions",
             "headers": [(b"content-length", str(declared).encode())]}
    return Request(scope, receive)


async def test_a_body_that_never_finishes_is_refused_with_408() -> None:
    stalled = _request([b'{"model": "auto", '], then_wait=True, declared=500)
    with pytest.raises(ApiError) as caught:
        await _read_body(stalled, 1024 * 1024, timeout_s=0.05)
    assert (caught.value.status, caught.value.code) == (408, "request_timeout")


async def test_a_body_in_pieces_is_read_whole_and_a_large_one_refused() -> None:
    assert await _read_body(_request([b"ab", b"cd"], then_wait=False, declared=4), 1024, 5.0) == b"abcd"
    with pytest.raises(ApiError) as caught:
        await _read_body(_request([b"x" * 600, b"x" * 600], then_wait=False, declared=10), 1024, 5.0)
    assert caught.value.status == 413
