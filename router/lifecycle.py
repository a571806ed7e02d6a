"""Clean start and stop of `sovereign-router serve`.

Start:

1. If `<data_dir>/run/serve.json` names a `serve` that is still running, refuse (two
   routers on one data directory would share the audit journal and the ports).
2. If it names one that is gone (killed with SIGKILL, OOM, power cut), stop what it
   left behind: the processes it recorded (matched by pid *and* start time, so a reused
   pid is never hit), any process whose command line names its Ray session directory or
   its HAProxy directory, and their children. SIGTERM, then SIGKILL after 10 s.
3. If a port the router needs (the HTTP port; in HAProxy mode also the stats and
   metrics ports, and the fallback proxy's port when configured) is still taken, refuse
   with a message naming the port and the process holding it, rather than fail later
   inside Ray.
4. Point Ray Serve's HAProxy at a directory of this data directory's own
   (`<tmp>/sr-haproxy-<hash>`, see `haproxy_dir`) instead of the machine-wide
   `/tmp/haproxy-serve/`, so its process is recognisably ours (its command line names
   the directory) and is found after a crash even if it was never recorded.
5. Start Ray, the drain coordinator (router/drain.py) and the app; record the run in
   `serve.json` and refresh the list of processes every few seconds while serving.
   Ray 2.60 turns token authentication on for a local cluster and writes the token to
   `~/.ray/auth_token` with the process's umask (0644 here): any local user could read
   it and run code in the router's cluster, beside the personal data. `keep_ray_token_private`
   makes it 0600 once Ray has written it (an operator's `RAY_AUTH_TOKEN` or
   `RAY_AUTH_TOKEN_PATH` is theirs: left alone).

Two routers on one host: each keeps to ports of its own (router/own_ports.py).

Run and stop: router/serve_loop.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import psutil

from router.config import Settings
from router.own_ports import StartRefused, port_free

logger = logging.getLogger(__name__)

RUN_DIR = Path("run")
STATE_FILE = RUN_DIR / "serve.json"
_TERM_WAIT_S = 10.0
_HAPROXY_PATH_MAX = 97  # longest socket path HAProxy accepts


# --- the record of a run -------------------------------------------------------------


def _key(process: psutil.Process) -> list[float]:
    return [process.pid, process.create_time()]


def _same(pid: int, create_time: float) -> psutil.Process | None:
    """The process `pid` if it is the one that started at `create_time` (not a reused pid)."""
    try:
        process = psutil.Process(pid)
        if abs(process.create_time() - create_time) < 0.05 and process.status() != psutil.STATUS_ZOMBIE:
            return process
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        pass
    return None


class RunState:
    """`<data_dir>/run/serve.json`: who is serving, its Ray session, the processes it started."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STATE_FILE
        self.haproxy_dir = haproxy_dir(data_dir)

    def read(self) -> dict[str, Any] | None:
        try:
            state: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return state

    def write(self, *, session_dir: str | None, ports: list[int]) -> None:
        me = psutil.Process()
        state = {
            "pid": me.pid,
            "create_time": me.create_time(),
            "session_dir": session_dir,
            "haproxy_dir": str(self.haproxy_dir),
            "ports": ports,
            "processes": [_key(child) for child in _children(me)],
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, self.path)

    def refresh(self) -> None:
        """Add the processes started since the last write (Ray starts workers on demand)."""
        state = self.read()
        if state is None:
            return
        known = {tuple(entry) for entry in state.get("processes", [])}
        for child in _children(psutil.Process()):
            with contextlib.suppress(psutil.Error):
                known.add(tuple(_key(child)))
        state["processes"] = [list(entry) for entry in sorted(known)]
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, self.path)

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def _children(process: psutil.Process) -> list[psutil.Process]:
    try:
        return list(process.children(recursive=True))
    except psutil.Error:
        return []


def processes_of(state: dict[str, Any]) -> list[psutil.Process]:
    """Every live process of the run `state` describes (not the current process)."""
    found: dict[int, psutil.Process] = {}
    for pid, create_time in state.get("processes", []):
        process = _same(int(pid), float(create_time))
        if process is not None:
            found[process.pid] = process
    session, haproxy = state.get("session_dir"), state.get("haproxy_dir")
    for process in psutil.process_iter(["cmdline"]):
        if _started_for(process.info.get("cmdline") or [], session, haproxy):
            found[process.pid] = process
    for process in list(found.values()):
        for child in _children(process):
            found[child.pid] = child
    found.pop(os.getpid(), None)
    return list(found.values())


def _started_for(cmdline: list[str], session: str | None, haproxy: str | None) -> bool:
    """A Ray component of `session`, or an HAProxy reading its config from `haproxy`.

    Only Ray's own programs and HAProxy count: an operator's `tail -f` of a log in the
    session directory names it too, and must be left alone.
    """
    if not cmdline:
        return False
    program = cmdline[0]
    rest = " ".join(cmdline[1:])
    if haproxy and Path(program).name == "haproxy":
        return f"{haproxy}/" in rest
    if session and "/ray/" in " ".join(cmdline[:2]):
        return session in rest
    return False


def _name(process: psutil.Process) -> str:
    try:
        return str(process.name())
    except psutil.Error:
        return "?"


def terminate(processes: Iterable[psutil.Process], wait_s: float = _TERM_WAIT_S) -> int:
    """SIGTERM, then SIGKILL what is still alive after `wait_s`; returns how many were stopped."""
    targets = []
    for process in processes:
        with contextlib.suppress(psutil.Error):
            process.terminate()
            targets.append(process)
    _, alive = psutil.wait_procs(targets, timeout=wait_s)
    for process in alive:
        with contextlib.suppress(psutil.Error):
            process.kill()
    psutil.wait_procs(alive, timeout=5)
    return len(targets)


# --- start ---------------------------------------------------------------------------


def needed_ports(settings: Settings) -> list[tuple[str, int]]:
    """(interface, port) pairs the router binds."""
    server = settings.server
    ports = [(server.host, server.port)]
    if server.proxy_mode == "haproxy":
        ports += [(server.haproxy_status_host, server.haproxy_stats_port),
                  (server.haproxy_status_host, server.haproxy_metrics_port)]
        if server.fallback_proxy_port is not None:  # unset: a free one is chosen (own_ports_env)
            ports.append((server.host, server.fallback_proxy_port))
        if server.direct_ingress_ports is not None:  # unset: a free block is chosen (own_ports_env)
            first, last = server.direct_ingress_ports
            ports += [(server.host, port) for port in range(first, last + 1)]
    return ports


def _holder(port: int) -> str:
    with contextlib.suppress(psutil.Error, OSError):
        for conn in psutil.net_connections(kind="tcp"):
            if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port and conn.pid:
                with contextlib.suppress(psutil.Error):
                    return f"pid {conn.pid} ({psutil.Process(conn.pid).name()})"
                return f"pid {conn.pid}"
    return "another process"


def prepare(settings: Settings) -> str | None:
    """Clear what a previous run left behind, or refuse; returns a note of what was cleared.

    Raises:
        StartRefused: another `serve` runs on this data directory, or a port is taken.
    """
    run = RunState(settings.data_dir)
    note = None
    state = run.read()
    if state is not None:
        owner = _same(int(state.get("pid", 0)), float(state.get("create_time", 0)))
        if owner is not None and owner.pid != os.getpid():
            raise StartRefused(
                f"another sovereign-router serve (pid {owner.pid}) is running with data directory "
                f"{settings.data_dir}; stop it first (kill -TERM {owner.pid}) or use another data directory"
            )
        left = processes_of(state)
        names = sorted({_name(process) for process in left})
        stopped = terminate(left)
        run.remove()
        note = (f"cleared {stopped} process(es) ({', '.join(names) or 'none'}) left behind by a previous serve "
                f"(pid {state.get('pid')}) that did not stop cleanly")
        logger.warning(note)
    busy = [f"{host}:{port} is held by {_holder(port)}" for host, port in needed_ports(settings)
            if not port_free(host, port)]
    if busy:
        raise StartRefused(
            "cannot start: " + "; ".join(busy) + ". Stop that process, or choose other ports "
            "(--port, server.haproxy_stats_port, server.haproxy_metrics_port, server.fallback_proxy_port, "
            "server.direct_ingress_ports)"
        )
    return note


def haproxy_dir(data_dir: Path) -> Path:
    """This data directory's HAProxy directory: short, because HAProxy's socket paths must be.

    Ray adds a 56-character subdirectory, and HAProxy takes socket paths of at most 97
    bytes, so the directory is `<tmp>/sr-haproxy-<hash of the data directory>`, not a
    path inside the data directory.
    """
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:8]
    return Path(tempfile.gettempdir()) / f"sr-haproxy-{digest}"


def use_own_haproxy_dir(data_dir: Path) -> None:
    """Point Ray Serve's HAProxy at `haproxy_dir(data_dir)` (see the module docstring, start 4)."""
    directory = haproxy_dir(data_dir)
    if len(str(directory)) + len("/" + "x" * 56 + "/metrics.sock") > _HAPROXY_PATH_MAX:
        logger.warning("temporary directory path too long for HAProxy's sockets; HAProxy keeps /tmp/haproxy-serve")
        return
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ.update({
        "RAY_SERVE_HAPROXY_CONFIG_FILE_LOC": str(directory / "haproxy.cfg"),
        "RAY_SERVE_HAPROXY_SOCKET_PATH": str(directory / "admin.sock"),
        "RAY_SERVE_HAPROXY_SERVER_STATE_BASE": str(directory),
        "RAY_SERVE_HAPROXY_SERVER_STATE_FILE": str(directory / "server-state"),
        "RAY_SERVE_HAPROXY_METRICS_SOCKET_PATH": str(directory / "metrics.sock"),
    })


def keep_ray_token_private(token: Path | None = None) -> None:
    """Make Ray's default token file readable by this user only (module docstring, start 5)."""
    if os.environ.get("RAY_AUTH_TOKEN") or os.environ.get("RAY_AUTH_TOKEN_PATH"):
        return
    token = token or Path.home() / ".ray" / "auth_token"
    with contextlib.suppress(FileNotFoundError):
        mode = token.stat().st_mode & 0o777
        if mode & 0o077:
            token.chmod(0o600)
            logger.info("made %s readable by this user only (Ray wrote it with mode %o)", token, mode)
