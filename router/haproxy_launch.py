"""Starts Ray's HAProxy on a copy of Ray's configuration with the router's three changes.

Ray 2.60 renders HAProxy's configuration from a fixed template and has no setting for
what the router needs at its edge, but it runs whatever executable
`RAY_SERVE_HAPROXY_BINARY_PATH` names. `router.haproxy_front` points that at a two-line
script that runs this file, which copies the configuration Ray wrote, changes it and
`exec`s the real HAProxy on the copy with Ray's own arguments (so the process Ray
watches, signals and reloads is HAProxy itself):

1. HAProxy's own error answers (500, and 502/503/504 for a replica that failed or none up,
   which Ray maps to a plain-text 500) become the router's: OpenAI-shaped JSON bodies
   with their real status; so does any answer of those statuses that reaches HAProxy in
   another shape than JSON (Serve's fallback proxy answers a request whose replica died
   with a plain-text 500; so would Starlette, for an exception nothing caught);
2. the stats and Prometheus frontends, which the template binds on every interface,
   bind to `--status-host` (loopback by default);
3. with `--tls-cert` and `--tls-key`, the client-facing frontend serves HTTPS only: its
   `bind` line gets `ssl crt`, with the certificate and key joined into one PEM file
   (what HAProxy reads) at every start, so a reload picks up a renewed certificate.

Anything unexpected (no `-f`, no client-facing `bind` line to put TLS on) exits non-zero
before HAProxy starts: Ray reports a failed start, and the router never serves in clear
text when HTTPS was asked for. The standard library only: it runs as a script, in Ray's
HAProxy manager process, before any of the router's packages could be imported.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

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
    tls_binds = 0
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
                tls_binds += 1
            lines.append(line)
            lines += [f"    http-response return errorfile {path} if {{ status {code} }} {NOT_JSON}"
                      for code, path in sorted(error_files.items())]
            continue
        lines.append(line)
    if tls_pem is not None and tls_binds == 0:
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="haproxy_launch", description=__doc__.splitlines()[0])
    parser.add_argument("--real", required=True, help="the HAProxy executable to run")
    parser.add_argument("--errors", required=True, help="folder of <status>.http error answers")
    parser.add_argument("--status-host", required=True, help="address for the stats and metrics frontends")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("haproxy_args", nargs=argparse.REMAINDER, help="-- then Ray's arguments for HAProxy")
    return parser


def launch(argv: Sequence[str]) -> tuple[str, list[str]]:
    """Write the changed configuration; the executable and arguments to `exec`.

    Raises:
        LaunchError: no `-f CONFIG` among Ray's arguments, or `rewrite` refused.
        OSError: a file could not be read or written.
    """
    options = _parser().parse_args(argv)
    haproxy_args = list(options.haproxy_args)
    if haproxy_args[:1] == ["--"]:
        haproxy_args = haproxy_args[1:]
    if "-f" not in haproxy_args[:-1]:
        raise LaunchError(f"no `-f CONFIG` in HAProxy's arguments {haproxy_args}")
    at = haproxy_args.index("-f") + 1
    folder = os.path.dirname(haproxy_args[at])
    tls_pem = None
    if options.tls_cert and options.tls_key:
        tls_pem = os.path.join(folder, TLS_PEM)
        _write_private(tls_pem, _joined_pem(options.tls_cert, options.tls_key))
    error_files = {
        int(name.removesuffix(".http")): os.path.join(options.errors, name)
        for name in sorted(os.listdir(options.errors))
        if name.endswith(".http") and name.removesuffix(".http").isdigit()
    }
    with open(haproxy_args[at], encoding="utf-8") as file:
        served = rewrite(file.read(), error_files=error_files, status_host=options.status_host, tls_pem=tls_pem)
    haproxy_args[at] = os.path.join(folder, SERVED_CONFIG)
    _write_private(haproxy_args[at], served)
    return options.real, [options.real, *haproxy_args]


def main(argv: Sequence[str]) -> None:
    try:
        executable, args = launch(argv)
    except (LaunchError, OSError) as exc:
        sys.stderr.write(f"sovereign-router: not starting HAProxy: {exc}\n")
        raise SystemExit(1) from exc
    os.execv(executable, args)


if __name__ == "__main__":
    main(sys.argv[1:])
