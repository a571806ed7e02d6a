"""The local leg's readiness (what /readyz reports) against in-boundary servers on real loopback sockets."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

from local_models.settings import LocalModelSettings, LocalSettings
from router import local_leg
from router.local_leg import LocalLeg

pytestmark = pytest.mark.anyio

Answer = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def _reply(content_type: str, payload: bytes) -> Answer:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")  # GET /v1/models: no body
        writer.write(f"HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\nconnection: close\r\n"
                     f"content-length: {len(payload)}\r\n\r\n".encode() + payload)
        await writer.drain()
        writer.close()
    return answer


async def _hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readuntil(b"\r\n\r\n")
    await asyncio.sleep(3600)  # accepts the request, never answers


def _lists(name: str) -> Answer:
    listing = {"object": "list", "data": [{"id": name, "object": "model"}]}
    return _reply("application/json", json.dumps(listing).encode())


@asynccontextmanager
async def _server(answer: Answer) -> AsyncIterator[str]:
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    finally:
        server.close()


def _model(model_id: str, url: str) -> dict[str, Any]:
    # request_timeout_s far beyond the ingress's 5 s: the probe's own deadline must apply.
    return {"engine": "openai", "model_id": model_id, "url": url, "in_boundary": True, "request_timeout_s": 600}


async def _status_as_readyz_would(leg: LocalLeg) -> dict[str, object]:
    try:
        return await asyncio.wait_for(leg.status(), timeout=5.0)  # the ingress's deadline (router/ingress.py)
    finally:
        await leg.aclose()


@pytest.fixture
def short_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_leg, "STATUS_TIMEOUT_S", 0.5)


async def test_hanging_servers_of_other_models_are_only_in_the_detail(monkeypatch: pytest.MonkeyPatch) -> None:
    # Three probes of 2 s each: one after another they would pass the ingress's 5 s; together they do not.
    monkeypatch.setattr(local_leg, "STATUS_TIMEOUT_S", 2.0)
    async with _server(_lists("dept")) as good, _server(_hang) as hung:
        others = tuple(LocalModelSettings(**_model(name, hung)) for name in ("a", "b", "c"))
        local = LocalSettings(**_model("dept", good), models=others)
        status = await _status_as_readyz_would(LocalLeg(local, {}))
    assert status["ready"] is True
    assert str(status["detail"]).startswith("ok; ")
    for name in ("a", "b", "c"):
        assert f"{name}: did not answer within 2 s" in str(status["detail"])


@pytest.mark.usefixtures("short_probe")
async def test_a_hanging_default_model_is_not_ready_within_the_ingress_deadline() -> None:
    async with _server(_hang) as hung:
        status = await _status_as_readyz_would(LocalLeg(LocalSettings(**_model("dept", hung)), {}))
    assert status == {"ready": False, "detail": "did not answer within 0.5 s"}


@pytest.mark.parametrize(
    ("content_type", "payload"),
    [
        ("text/html", b"<html><body>502 Bad Gateway</body></html>"),  # a proxy's page
        ("application/json", b"{not json"),
        ("application/json", b"[1, 2]"),
        ("application/json", b'{"data": 5}'),
    ],
)
async def test_a_models_page_that_is_no_model_list_is_not_ready_not_an_error(content_type: str, payload: bytes) -> None:
    async with _server(_reply(content_type, payload)) as broken, _server(_lists("dept")) as good:
        default_broken = LocalLeg(LocalSettings(**_model("dept", broken)), {})
        status = await _status_as_readyz_would(default_broken)
        other_broken = LocalLeg(LocalSettings(**_model("dept", good), models=(
            LocalModelSettings(**_model("other", broken)),),), {})
        other = await _status_as_readyz_would(other_broken)
    assert status["ready"] is False and "dept" in str(status["detail"])
    assert other["ready"] is True and "other: " in str(other["detail"])
