"""HTTPS settings: refused where Ray cannot serve them, turned into Serve's SSL options where it can."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.config import ConfigError, load_settings
from router.tls import haproxy_exposure, serve_http_options


def test_tls_in_haproxy_mode_is_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs server.proxy_mode 'python'.*HAProxy ingress cannot serve HTTPS"):
        load_settings(None, server={"tls_certfile": tmp_path / "c.pem", "tls_keyfile": tmp_path / "k.pem"})


def test_half_a_tls_configuration_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="go together"):
        load_settings(None, server={"proxy_mode": "python", "tls_certfile": tmp_path / "c.pem"})


def test_python_mode_passes_the_files_to_serve_and_checks_they_can_be_read(tmp_path: Path) -> None:
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    assert serve_http_options("127.0.0.1", 8443, None, None) == {"host": "127.0.0.1", "port": 8443}
    with pytest.raises(ValueError, match="server.tls_certfile: cannot read"):
        serve_http_options("127.0.0.1", 8443, cert, key)
    cert.write_text("cert")
    key.write_text("key")
    options = serve_http_options("127.0.0.1", 8443, cert, key)
    assert options["ssl_certfile"] == str(cert) and options["ssl_keyfile"] == str(key)


def test_haproxy_mode_reports_the_ports_it_cannot_close() -> None:
    said = haproxy_exposure("haproxy", 8404, 9101)
    assert said is not None and ":8404" in said and ":9101" in said and "all interfaces" in said
    assert haproxy_exposure("python", 8404, 9101) is None
