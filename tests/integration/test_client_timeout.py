"""HAProxy's `timeout client` is the router's `server.client_timeout_s`, not Ray's 3,600 s.

Ray 2.60 writes `timeout client 3600s` into HAProxy's configuration and no `timeout
http-request`, so HAProxy waited an hour for a client's request headers: a client that
opened connections and never finished them held each one that long. A real `serve`
process with `client_timeout_s: 3`: a request whose headers stop half-way gets HAProxy's
408 after about 3 s, while a client that is only waiting (a hosted answer that takes 5 s,
a stream whose chunks come 4 s apart) is answered in full: waiting is not silence.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from typing import Any

import httpx

from tests.integration.routers import BODY, Router

_TIMEOUT_S = 3


def _started(start_router: Callable[..., Router]) -> Router:
    router = start_router("timeouts", SOVEREIGN_ROUTER_SERVER__CLIENT_TIMEOUT_S=str(_TIMEOUT_S))
    router.wait_ready()
    return router


def _unfinished_headers(port: int) -> tuple[float, bytes]:
    """Send half a request's headers, then nothing: how long until the answer, and its first bytes."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bear")
        began = time.monotonic()
        answer = sock.recv(256)
        return time.monotonic() - began, answer


def test_a_client_that_never_finishes_its_headers_is_let_go_and_a_waiting_one_is_answered(
    start_router: Callable[..., Router], upstream: Any
) -> None:
    router = _started(start_router)
    config = next(router.haproxy_configs()).read_text(encoding="utf-8")
    assert f"timeout client {_TIMEOUT_S}s" in config and "timeout client 3600s" not in config

    waited, answer = _unfinished_headers(router.port)
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert _TIMEOUT_S - 0.5 <= waited < _TIMEOUT_S + 10

    headers = {"Authorization": f"Bearer {router.key}"}
    with httpx.Client(timeout=60.0) as client:
        upstream.set_fault(delay_ms=5_000, count=1)  # the hosted answer takes longer than the client timeout
        began = time.monotonic()
        response = client.post(f"{router.url}/v1/chat/completions", json=BODY, headers=headers)
        assert response.status_code == 200, response.text
        assert time.monotonic() - began >= 5.0
        assert response.json()["choices"][0]["message"]["content"]

        upstream.set_tokens_per_s(0.25)  # one chunk every 4 s
        stream_body = {**BODY, "stream": True, "max_tokens": 3}
        with client.stream("POST", f"{router.url}/v1/chat/completions", json=stream_body, headers=headers) as stream:
            assert stream.status_code == 200
            chunks = [line for line in stream.iter_lines() if line.startswith("data: ")]
        assert chunks[-1] == "data: [DONE]"
        assert not any('"error"' in line for line in chunks), chunks
