"""Ray's HAProxy as the router changes it (router/haproxy_front.py), on a real `serve` process.

- `timeout client` is the router's `server.client_timeout_s`, not Ray's 3,600 s. Ray 2.60
  writes `timeout client 3600s` and no `timeout http-request`, so HAProxy waited an hour
  for a client's request headers. With `client_timeout_s: 3`, a request whose headers stop
  half-way gets HAProxy's 408 after about 3 s, while a client that is only waiting (a
  hosted answer that takes 5 s, a stream whose chunks come 4 s apart) is answered in full.
- HAProxy runs the launcher's copy of Ray's configuration: its stats and Prometheus ports
  listen on loopback only, and when no ingress replica can take a request, HAProxy's own
  503 is the router's, in the OpenAI error shape, which the `openai` SDK reads as such.
- An ingress replica killed mid-request leaves its client an answer the SDK can act on.
- The launcher's rule on the real HAProxy binary (no Ray): a plain-text 5xx from a server
  reaches the client as the router's JSON; a JSON one passes as it came.
"""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import psutil
import pytest

from benchmarks.ports import free_port
from router.haproxy_front import ERROR_ANSWERS, error_file
from router.haproxy_launch import REAL_ENV, rewrite
from router.lifecycle import haproxy_dir
from tests.integration.routers import BODY, Router
from tests.integration.serve_process import process_tree

_TIMEOUT_S = 3


@pytest.fixture(scope="module")
def router(upstream: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Router]:
    started = Router(tmp_path_factory.mktemp("edge"), upstream.base_url,
                     {"SOVEREIGN_ROUTER_SERVER__CLIENT_TIMEOUT_S": str(_TIMEOUT_S)})
    try:
        started.wait_ready()
        yield started
    finally:
        started.stop()


def _unfinished_headers(port: int) -> tuple[float, bytes]:
    """Send half a request's headers, then nothing: how long until the answer, and its first bytes."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bear")
        began = time.monotonic()
        answer = sock.recv(256)
        return time.monotonic() - began, answer


def test_a_client_that_never_finishes_its_headers_is_let_go_and_a_waiting_one_is_answered(
    router: Router, upstream: Any
) -> None:
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


def _haproxy_processes(router: Router) -> list[psutil.Process]:
    return [p for p in process_tree(router.proc.pid) if p.name() == "haproxy"]


def test_haproxy_runs_the_routers_copy_with_its_status_ports_on_loopback(router: Router) -> None:
    processes = _haproxy_processes(router)
    assert processes
    for process in processes:
        config = process.cmdline()[process.cmdline().index("-f") + 1]
        assert config.endswith("/haproxy-served.cfg"), process.cmdline()
    listening = {(c.laddr.ip, c.laddr.port) for c in psutil.net_connections(kind="tcp")
                 if c.status == psutil.CONN_LISTEN and c.pid in {p.pid for p in processes}}
    assert ("127.0.0.1", router.stats_port) in listening
    assert ("127.0.0.1", router.port) in listening
    assert all(ip == "127.0.0.1" for ip, _ in listening), listening
    ready = httpx.get(f"{router.url}/readyz")
    assert "haproxy_ports" not in ready.json()
    assert "server" not in ready.headers  # the replica's `server: uvicorn`, removed (`haproxy_launch`, change 4)


def test_rays_token_is_readable_by_this_user_only_once_serve_has_started(router: Router) -> None:
    """Ray's own ports take its token (on by default for a local cluster); Ray writes it 0644, serve makes it 0600."""
    token = Path.home() / ".ray" / "auth_token"
    assert token.stat().st_mode & 0o777 == 0o600


def _admin(router: Router, command: str) -> str:
    """One command on HAProxy's admin socket (the one Ray's manager uses)."""
    path = next(haproxy_dir(router.data_dir).glob("*/admin.sock"))
    with socket.socket(socket.AF_UNIX) as sock:
        sock.connect(str(path))
        sock.sendall(command.encode() + b"\n")
        return b"".join(iter(lambda: sock.recv(65536), b"")).decode()


def _servers(router: Router) -> list[str]:
    """`backend/server` of every server HAProxy sends the router's requests to, the fallback proxy included."""
    config = next(router.haproxy_configs()).with_name("haproxy-served.cfg").read_text(encoding="utf-8")
    found, backend = [], ""
    for line in config.splitlines():
        words = line.split()
        if line.startswith("backend "):
            backend = words[1]
        elif words[:1] == ["server"] and backend == "http-sovereign-router":
            found.append(f"{backend}/{words[1]}")
    return found


def test_with_no_ingress_replica_up_haproxys_503_is_the_routers(router: Router) -> None:
    servers = _servers(router)
    assert len(servers) >= 2  # the ingress replica and Serve's fallback proxy
    client = openai.OpenAI(base_url=f"{router.url}/v1", api_key=router.key, max_retries=0, timeout=30)
    try:
        for server in servers:
            _admin(router, f"set server {server} state maint")
        with pytest.raises(openai.InternalServerError) as refused:
            client.chat.completions.create(**BODY)
        assert refused.value.status_code == 503
        assert refused.value.code == "ingress_unavailable"
        assert refused.value.response.headers["retry-after"] == "5"
        assert refused.value.response.headers["content-type"] == "application/json"
    finally:
        for server in servers:
            _admin(router, f"set server {server} state ready")
    assert client.chat.completions.create(**BODY).choices[0].message.content


def test_an_ingress_replica_that_dies_mid_request_leaves_the_client_an_answer_it_can_act_on(
    router: Router, upstream: Any
) -> None:
    """The request in flight is lost with its replica; the client is told so in a form the SDK handles.

    What HAProxy does depends on the moment: over a reused connection it closes the
    client's as the server closed its own (the SDK retries such a connection error);
    otherwise it answers its own 502, or hands the request to Serve's fallback proxy, which
    answers a plain-text 500 for the dead replica. The router's error files and rule
    (router/haproxy_launch.py) put each answer in the OpenAI error shape.
    """
    replica = next(p for p in process_tree(router.proc.pid)
                   if "ServeReplica:sovereign-router:Ingress" in " ".join(p.cmdline()))
    upstream.set_fault(delay_ms=20_000, count=1)  # the request waits in the replica
    client = openai.OpenAI(base_url=f"{router.url}/v1", api_key=router.key, max_retries=0, timeout=60)
    failures: list[openai.APIError] = []

    def ask() -> None:
        try:
            client.chat.completions.create(**BODY)
        except openai.APIError as exc:
            failures.append(exc)

    asking = threading.Thread(target=ask)
    asking.start()
    deadline = time.monotonic() + 30
    while not upstream.records and time.monotonic() < deadline:  # it reached the hosted hop
        time.sleep(0.05)
    replica.kill()
    asking.join(timeout=60)
    assert len(failures) == 1
    failure = failures[0]
    if isinstance(failure, openai.APIStatusError):
        assert failure.status_code in (500, 502, 503), failure
        assert failure.response.headers["content-type"] == "application/json"
        assert failure.code in ("internal_error", "ingress_unavailable")
    else:
        assert isinstance(failure, openai.APIConnectionError), failure
    router.wait_ready()  # Serve starts a new replica
    upstream.clear_fault()
    assert client.chat.completions.create(**BODY).choices[0].message.content


def test_a_plain_text_error_a_server_answers_reaches_the_client_as_the_routers_json(tmp_path: Path) -> None:
    """The launcher's rule on the real HAProxy: Serve's fallback proxy's plain-text 500 becomes the router's."""
    backend = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PlainErrors)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    port = free_port()
    ray_like = (
        "defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n"
        f"frontend http_frontend\n    bind 127.0.0.1:{port}\n    default_backend app\n"
        f"backend app\n    server fallback 127.0.0.1:{backend.server_address[1]}\n"
    )
    errors = tmp_path / "errors"
    errors.mkdir()
    files = {}
    for status, error in ERROR_ANSWERS.items():
        files[status] = str(errors / f"{status}.http")
        Path(files[status]).write_bytes(error_file(error))
    config = tmp_path / "haproxy.cfg"
    config.write_text(rewrite(ray_like, error_files=files, status_host="127.0.0.1", tls_pem=None))
    haproxy = subprocess.Popen([os.environ[REAL_ENV], "-db", "-f", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        answers = {}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    answers = {path: client.get(path) for path in ("/500", "/503", "/json-500", "/200")}
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
        assert answers["/500"].status_code == 500 and answers["/500"].json()["error"]["code"] == "internal_error"
        assert answers["/503"].status_code == 503 and answers["/503"].headers["retry-after"] == "5"
        assert answers["/json-500"].json() == {"error": {"message": "ours", "type": "server_error"}}  # passed on
        assert answers["/200"].text == "fine"
    finally:
        haproxy.kill()
        backend.shutdown()


class _PlainErrors(http.server.BaseHTTPRequestHandler):
    """Answers `/<status>` in plain text as Serve's proxy and Starlette do, `/json-500` as the router does."""

    def do_GET(self) -> None:
        if self.path == "/json-500":
            status, kind, body = 500, "application/json", b'{"error":{"message":"ours","type":"server_error"}}'
        else:
            status = int(self.path.strip("/"))
            kind, body = "text/plain; charset=utf-8", b"fine" if status == 200 else b"Internal Server Error"
        self.send_response(status)
        self.send_header("content-type", kind)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass
