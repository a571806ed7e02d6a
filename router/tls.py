"""HTTPS on the router's own endpoint, in each Ray Serve proxy mode.

Found in Ray 2.60's sources (and checked by tests/integration/test_tls.py):

- `python` proxy mode: Serve's HTTP options carry `ssl_certfile` / `ssl_keyfile`, which its
  proxy hands to uvicorn, so the endpoint itself speaks HTTPS.
- `haproxy` mode: Ray renders HAProxy's configuration from a fixed template whose frontend
  `bind` line has no `ssl crt`, and ignores the HTTP options' TLS fields. The router's
  HAProxy launcher (router/haproxy_front.py) adds `ssl crt` to that line, so HAProxy
  terminates TLS; Serve itself (its fallback proxy and the replicas, which HAProxy reaches
  over loopback) is started without TLS.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def check_tls_settings(certfile: Path | None, keyfile: Path | None) -> None:
    """Raises ValueError for half a TLS configuration."""
    if (certfile is None) != (keyfile is None):
        raise ValueError("server.tls_certfile and server.tls_keyfile go together: set both or neither")


def _check_readable(certfile: Path | None, keyfile: Path | None) -> None:
    """Raises ValueError when a configured certificate or key file cannot be read.

    Said at start, before HAProxy or Serve's proxy fails on it with a less clear message.
    """
    for name, path in (("server.tls_certfile", certfile), ("server.tls_keyfile", keyfile)):
        if path is None:
            continue
        try:
            path.read_bytes()
        except OSError as exc:
            raise ValueError(f"{name}: cannot read {path}: {exc.strerror or exc}") from exc


def serve_http_options(
    proxy_mode: str, host: str, port: int, certfile: Path | None, keyfile: Path | None
) -> dict[str, Any]:
    """`serve.start(http_options=...)` for the configured address, with Ray's SSL fields in python mode.

    Raises:
        ValueError: a configured certificate or key file cannot be read.
    """
    _check_readable(certfile, keyfile)
    options: dict[str, Any] = {"host": host, "port": port}
    if proxy_mode == "python" and certfile is not None and keyfile is not None:
        options.update(ssl_certfile=str(certfile), ssl_keyfile=str(keyfile))
    return options
