"""TLS both ways, with certificates made by the test (the `cryptography` package).

- Inbound: a real `sovereign-router serve` in each proxy mode (HAProxy terminating TLS
  through the router's launcher, router/haproxy_front.py; Serve's Python proxy) on a fresh
  data directory with a self-signed certificate: a client that trusts that certificate
  gets answers, one that does not is refused, plain HTTP gets nothing; authentication is
  on by default, and the development key printed at the first start is the credential
  that works.
- Outbound: the in-boundary OpenAI-compatible engine against a real HTTPS server that
  requires a client certificate (uvicorn with `ssl_cert_reqs=CERT_REQUIRED`, the upstream
  simulator's app): answered with the configured certificate, refused without it, and
  refused when the server's certificate is not signed by the configured CA.
"""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
import uvicorn

from benchmarks.ports import free_port
from benchmarks.upstream_sim import SimApp
from local_models import DEMO_MODEL_ID, BackendUnavailable, LocalModelSettings, OpenAICompatibleEngine
from tests.integration.serve_process import kill_all, launch_serve, process_tree, serve_env, wait_until_serving
from tests.pki import certificate

PERSONAL = "Summarise the referral for the patient with NHS number 943 476 5919."
_DEV_KEY = re.compile(rb"SOVEREIGN_ROUTER_KEY=(srk_\S+)")


# ---------------------------------------------------------------- inbound: the router over HTTPS


def _trusting(cert: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert))


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Ctrl-C (serve shuts Serve and Ray down), then SIGKILL whatever is left of its tree."""
    tree = process_tree(proc.pid)
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        pass
    kill_all(tree)
    proc.wait(timeout=30)
    psutil.wait_procs(tree, timeout=30)


@pytest.fixture(scope="module", params=["haproxy", "python"])
def https_router(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path, str, str]]:
    """(https base URL, its certificate, the printed development key, the serve log), in each proxy mode."""
    directory = tmp_path_factory.mktemp("tls")
    cert, key, _, _ = certificate(directory, "router")
    port = free_port()
    env = serve_env("OPENAI_API_KEY")
    env.update({
        "SOVEREIGN_ROUTER_DATA_DIR": str(directory / "data"),
        "SOVEREIGN_ROUTER_SERVER__PROXY_MODE": request.param,
        "SOVEREIGN_ROUTER_SERVER__HAPROXY_STATS_PORT": str(free_port()),
        "SOVEREIGN_ROUTER_SERVER__HAPROXY_METRICS_PORT": str(free_port()),
        "SOVEREIGN_ROUTER_SERVER__TLS_CERTFILE": str(cert),
        "SOVEREIGN_ROUTER_SERVER__TLS_KEYFILE": str(key),
        "SOVEREIGN_ROUTER_LOCAL__MODEL_ID": DEMO_MODEL_ID,
        "SOVEREIGN_ROUTER_LOCAL__MAX_CONTEXT": "512",
        "PYTHONUNBUFFERED": "1",
    })
    # Nothing about access is configured: authentication is on by default.
    log = directory / "serve.log"  # new: `serve` has printed no listening line in it yet
    proc = launch_serve(env, port, log)
    base_url = f"https://127.0.0.1:{port}"
    try:
        if not wait_until_serving(proc, log, base_url, 0, verify=_trusting(cert)):
            raise AssertionError(f"serve not ready over https: {log.read_text()[-3000:]}")
        found = _DEV_KEY.findall(log.read_bytes())
        assert len(found) == 1, log.read_text()[-3000:]
        yield base_url, cert, found[0].decode(), str(log)
    finally:
        _stop(proc)


def test_https_answers_a_client_that_trusts_the_certificate_with_the_dev_key(
    https_router: tuple[str, Path, str, str],
) -> None:
    base_url, cert, dev_key, _ = https_router
    body = {"model": "auto", "messages": [{"role": "user", "content": PERSONAL}], "max_tokens": 4}
    with httpx.Client(base_url=base_url, verify=_trusting(cert), timeout=60) as client:
        assert client.post("/v1/chat/completions", json=body).status_code == 401  # on by default
        answered = client.post("/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {dev_key}"})
        assert answered.status_code == 200, answered.text
        assert answered.headers["x-sovereign-route"] == "local"
        assert "haproxy_ports" not in client.get("/readyz").json()  # HAProxy's status ports are on loopback


def test_an_untrusting_client_and_plain_http_are_refused(https_router: tuple[str, Path, str, str]) -> None:
    base_url, _, _, _ = https_router
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{base_url}/healthz", timeout=10)  # the system trust store does not know it
    with pytest.raises(httpx.HTTPError):
        httpx.get(base_url.replace("https://", "http://") + "/healthz", timeout=10)


def test_the_dev_key_is_printed_once_and_the_log_says_https(https_router: tuple[str, Path, str, str]) -> None:
    base_url, _, dev_key, log = https_router
    text = Path(log).read_text()
    assert text.count("created a development key for department 'local-dev'") == 1
    assert f"listening on {base_url}" in text


# ---------------------------------------------------------------- outbound: mutual TLS to a local server


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("pki")
    ca_cert, _, ca, ca_key = certificate(directory, "in-boundary-ca")
    server_cert, server_key, _, _ = certificate(directory, "model-server", issuer=(ca, ca_key))
    client_cert, client_key, _, _ = certificate(directory, "router-client", issuer=(ca, ca_key), client=True)
    other_ca, _, _, _ = certificate(directory, "some-other-ca")
    return {"ca": ca_cert, "server_cert": server_cert, "server_key": server_key, "client_cert": client_cert,
            "client_key": client_key, "other_ca": other_ca}


@pytest.fixture(scope="module")
def mtls_server(pki: dict[str, Path]) -> Iterator[tuple[str, SimApp]]:
    """The upstream simulator's OpenAI app behind uvicorn, requiring a client certificate from the CA."""
    app = SimApp()
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, lifespan="off", ws="none", access_log=False, log_level="warning", log_config=None,
        ssl_certfile=str(pki["server_cert"]), ssl_keyfile=str(pki["server_key"]), ssl_ca_certs=str(pki["ca"]),
        ssl_cert_reqs=ssl.CERT_REQUIRED,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the mTLS server did not start"
        time.sleep(0.01)
    try:
        yield f"https://localhost:{port}/v1", app
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        app.recorder.close()


def _ask(url: str, **tls: Any) -> dict[str, Any]:
    settings = LocalModelSettings(engine="openai", model_id="dept-model", served_model_name="gpt-4.1-mini",
                                  url=url, in_boundary=True, request_timeout_s=10, **tls)

    async def run() -> dict[str, Any]:
        engine = OpenAICompatibleEngine(settings)
        try:
            body = {"model": "dept-model", "messages": [{"role": "user", "content": PERSONAL}], "max_tokens": 3}
            return await engine.create("chat.completions", body)
        finally:
            await engine.aclose()

    return asyncio.run(run())


def test_mtls_answered_with_the_client_certificate(mtls_server: tuple[str, SimApp], pki: dict[str, Path]) -> None:
    url, app = mtls_server
    answer = _ask(url, tls_ca_file=pki["ca"], tls_client_certfile=pki["client_cert"],
                  tls_client_keyfile=pki["client_key"])
    assert answer["model"] == "dept-model" and answer["choices"][0]["message"]["content"]
    assert app.recorder.snapshot()[-1]["body"]["model"] == "gpt-4.1-mini"


def test_mtls_refused_without_a_client_certificate_or_with_an_untrusted_server(
    mtls_server: tuple[str, SimApp], pki: dict[str, Path],
) -> None:
    url, app = mtls_server
    before = len(app.recorder.snapshot())
    with pytest.raises(BackendUnavailable):  # the server requires a client certificate
        _ask(url, tls_ca_file=pki["ca"])
    with pytest.raises(BackendUnavailable):  # the server's certificate is not from the configured CA
        _ask(url, tls_ca_file=pki["other_ca"], tls_client_certfile=pki["client_cert"],
             tls_client_keyfile=pki["client_key"])
    with pytest.raises(BackendUnavailable):  # nor from the system trust store: verification is never off
        _ask(url, tls_client_certfile=pki["client_cert"], tls_client_keyfile=pki["client_key"])
    assert len(app.recorder.snapshot()) == before


def test_tls_fields_need_https_and_go_together(pki: dict[str, Path]) -> None:
    with pytest.raises(ValueError, match="need an https url"):
        LocalModelSettings(engine="openai", model_id="m", url="http://127.0.0.1:9/v1", in_boundary=True,
                           tls_ca_file=pki["ca"])
    with pytest.raises(ValueError, match="go together"):
        LocalModelSettings(engine="openai", model_id="m", url="https://127.0.0.1:9/v1", in_boundary=True,
                           tls_client_certfile=pki["client_cert"])
