"""HTTPS on the router's own endpoint, and what each Ray Serve proxy mode can do about it.

Found in Ray 2.60's sources (and checked by tests/integration/test_tls.py):

- `python` proxy mode: Serve's HTTP options carry `ssl_certfile` / `ssl_keyfile`, which its
  proxy hands to uvicorn, so the endpoint itself speaks HTTPS.
- `haproxy` mode: Ray renders HAProxy's configuration from a fixed template whose frontend
  `bind` line has no `ssl crt`, and ignores the HTTP options' TLS fields. There is no
  supported way to turn TLS on, so a configuration asking for it is refused rather than
  served in clear text. The same template binds HAProxy's stats (`bind *:<stats_port>`) and
  Prometheus (`bind :<metrics_port>`) frontends on every interface, with no setting to bind
  them to loopback or turn them off: `haproxy_exposure` says so, for `/readyz` and the logs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TLS_NEEDS_PYTHON_PROXY = (
    "server.tls_certfile needs server.proxy_mode 'python': Ray 2.60's HAProxy ingress cannot serve HTTPS "
    "(its frontend template has no TLS), so the router will not start in clear text when HTTPS was asked for; "
    "set proxy_mode: python, or terminate TLS in front of HAProxy and leave the tls_* fields unset"
)


def check_tls_settings(proxy_mode: str, certfile: Path | None, keyfile: Path | None) -> None:
    """Raises ValueError for half a TLS configuration or TLS in a mode that cannot serve it."""
    if (certfile is None) != (keyfile is None):
        raise ValueError("server.tls_certfile and server.tls_keyfile go together: set both or neither")
    if certfile is not None and proxy_mode != "python":
        raise ValueError(TLS_NEEDS_PYTHON_PROXY)


def serve_http_options(host: str, port: int, certfile: Path | None, keyfile: Path | None) -> dict[str, Any]:
    """`serve.start(http_options=...)` for the configured address, with Ray's SSL fields when TLS is on.

    Raises:
        ValueError: a configured certificate or key file cannot be read (said before Ray's
            proxy fails on it with a less clear message).
    """
    options: dict[str, Any] = {"host": host, "port": port}
    if certfile is None or keyfile is None:
        return options
    for name, path in (("server.tls_certfile", certfile), ("server.tls_keyfile", keyfile)):
        try:
            path.read_bytes()
        except OSError as exc:
            raise ValueError(f"{name}: cannot read {path}: {exc.strerror or exc}") from exc
    options.update(ssl_certfile=str(certfile), ssl_keyfile=str(keyfile))
    return options


def haproxy_exposure(proxy_mode: str, stats_port: int, metrics_port: int) -> str | None:
    """In haproxy mode, the ports Ray opens on every interface that the router cannot close."""
    if proxy_mode != "haproxy":
        return None
    return (
        f"HAProxy stats (:{stats_port}) and metrics (:{metrics_port}) listen on all interfaces; "
        "Ray 2.60 cannot bind them to loopback or turn them off: firewall them"
    )
