"""HTTPS settings: whole or refused, and turned into Serve's SSL options where Serve serves them."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.config import ConfigError, load_settings
from router.tls import serve_http_options


def test_half_a_tls_configuration_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="go together"):
        load_settings(None, server={"proxy_mode": "python", "tls_certfile": tmp_path / "c.pem"})
    with pytest.raises(ConfigError, match="go together"):
        load_settings(None, server={"tls_keyfile": tmp_path / "k.pem"})


def test_python_mode_passes_the_files_to_serve_and_checks_they_can_be_read(tmp_path: Path) -> None:
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    assert serve_http_options("python", "127.0.0.1", 8443, None, None) == {"host": "127.0.0.1", "port": 8443}
    with pytest.raises(ValueError, match="server.tls_certfile: cannot read"):
        serve_http_options("python", "127.0.0.1", 8443, cert, key)
    cert.write_text("cert")
    key.write_text("key")
    options = serve_http_options("python", "127.0.0.1", 8443, cert, key)
    assert options["ssl_certfile"] == str(cert) and options["ssl_keyfile"] == str(key)


def test_haproxy_mode_checks_the_files_but_leaves_serve_in_clear_text_behind_haproxy(tmp_path: Path) -> None:
    """HAProxy terminates TLS (router/haproxy_launch.py); Serve's fallback proxy, reached over loopback, stays plain."""
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    with pytest.raises(ValueError, match="server.tls_keyfile: cannot read"):
        cert.write_text("cert")
        serve_http_options("haproxy", "127.0.0.1", 8443, cert, key)
    key.write_text("key")
    assert serve_http_options("haproxy", "127.0.0.1", 8443, cert, key) == {"host": "127.0.0.1", "port": 8443}
    settings = load_settings(None, server={"tls_certfile": cert, "tls_keyfile": key})  # haproxy mode: accepted
    assert settings.server.proxy_mode == "haproxy" and settings.server.tls_certfile == cert
