"""An identity provider's JWKS endpoint on loopback: a real HTTP server for the OIDC tests.

`GET /jwks.json` answers 200 with `body` (which a test may replace while the server runs,
as an IdP rotating its keys does); any other path 404. Every request's path is recorded,
so a test can count how often the router fetched.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["JwksServer", "jwks_server"]


@dataclass
class JwksServer:
    body: bytes
    content_type: str = "application/json"
    url: str = ""
    hits: list[str] = field(default_factory=list)


@contextmanager
def jwks_server(body: bytes, content_type: str = "application/json") -> Iterator[JwksServer]:
    state = JwksServer(body, content_type)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            state.hits.append(self.path)
            found = self.path == "/jwks.json"
            payload = state.body if found else b"{}"
            self.send_response(200 if found else 404)
            self.send_header("content-type", state.content_type if found else "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/jwks.json"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
