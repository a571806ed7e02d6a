"""Clean start and stop of `sovereign-router serve`.

Start:

1. If `<data_dir>/run/serve.json` names a `serve` that is still running, refuse (two
   routers on one data directory would share the audit journal and the ports).
2. If it names one that is gone (killed with SIGKILL, OOM, power cut), stop what it
   left behind: the processes it recorded (matched by pid *and* start time, so a reused
   pid is never hit), any process whose command line names its Ray session directory or
   its HAProxy directory, and their children. SIGTERM, then SIGKILL after 10 s.
3. If a port the router needs (the HTTP port; in HAProxy mode also the stats and
   metrics ports) is still taken, refuse with a message naming the port and the process
   holding it, rather than fail later inside Ray.
4. Point Ray Serve's HAProxy at a directory of this data directory's own
   (`<tmp>/sr-haproxy-<hash>`, see `haproxy_dir`) instead of the machine-wide
   `/tmp/haproxy-serve/`, so its process is recognisably ours (its command line names
   the directory) and is found after a crash even if it was never recorded.
5. Start Ray, the drain coordinator (router/drain.py) and the app; record the run in
   `serve.json` and refresh the list of processes every few seconds while serving.

Stop (SIGTERM from systemd or Kubernetes, SIGINT from Ctrl-C):

1. Drain: the ingress replicas refuse new requests (503, Retry-After) and report when
   their requests in flight have finished, or `server.shutdown_grace_s` runs out.
2. `serve.shutdown()`: replicas stop; the ingress flushes its audit records and the
   writer commits them and closes the store (their `__del__`); HAProxy stops.
3. `ray.shutdown()`, then whatever process of this run is still alive a few seconds
   later (Ray's agents linger for about a minute otherwise) is stopped as in start, 2.
4. `serve.json` and the HAProxy directory are removed. A second signal skips the rest
   of the drain; a signal while starting abandons the start and stops what was started.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import psutil

from router.config import Settings

logger = logging.getLogger(__name__)

RUN_DIR = Path("run")
STATE_FILE = RUN_DIR / "serve.json"
_REFRESH_S = 5.0
_TERM_WAIT_S = 10.0
_HAPROXY_PATH_MAX = 97  # longest socket path HAProxy accepts


class StartRefused(Exception):
    """`serve` cannot start safely; the message says what to do."""


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
    """(interface, port) pairs the router binds: HAProxy's own ports are on all interfaces."""
    server = settings.server
    ports = [(server.host, server.port)]
    if server.proxy_mode == "haproxy":
        ports += [("0.0.0.0", server.haproxy_stats_port), ("0.0.0.0", server.haproxy_metrics_port)]
    return ports


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT is not "taken"
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


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
            if not _port_free(host, port)]
    if busy:
        raise StartRefused(
            "cannot start: " + "; ".join(busy) + ". Stop that process, or choose other ports "
            "(--port, server.haproxy_stats_port, server.haproxy_metrics_port)"
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


# --- run and stop --------------------------------------------------------------------


def _session_dir() -> str | None:
    try:
        import ray

        node = ray._private.worker._global_node
        return str(node.get_session_dir_path()) if node is not None else None
    except Exception:  # noqa: BLE001 - private API: without it, recorded pids still apply
        return None


def _wait_drained(coordinator: Any, replicas: int, grace_s: float, interrupted: threading.Event) -> int:
    """Ask the replicas to drain; wait until all are idle, the grace is over, or a second signal."""
    import ray

    ray.get(coordinator.drain.remote(), timeout=10)
    deadline = time.monotonic() + grace_s
    idle = 0
    while time.monotonic() < deadline and not interrupted.is_set():
        idle = int(ray.get(coordinator.idle_count.remote(), timeout=10))
        if idle >= replicas:
            break
        time.sleep(0.1)
    return idle


def run_serve(settings: Settings, start: Callable[[Settings], None], stop: Callable[[], None],
              on_ready: Callable[[], None], say: Callable[[str], None]) -> int:
    """`sovereign-router serve`: prepare, serve until SIGTERM/SIGINT, stop cleanly; the exit status.

    `say` prints a line for the operator (stderr); `on_ready` announces the address.
    """
    from router.audit.retention import RetentionError, retainer_for

    try:
        note = prepare(settings)
        retainer_for(settings)  # retention on without a readable key: refuse now, not in a replica
    except (StartRefused, RetentionError) as exc:
        say(f"sovereign-router: {exc}")
        return 2
    if note is not None:
        say(f"sovereign-router: {note}")
    if settings.server.proxy_mode == "haproxy":
        use_own_haproxy_dir(settings.data_dir)
    serve_until_signalled(settings, start, stop, on_ready, say)
    return 0


def serve_until_signalled(settings: Settings, start: Callable[[Settings], None], stop: Callable[[], None],
                          on_ready: Callable[[], None], say: Callable[[str], None]) -> None:
    """Start the router, serve until SIGTERM or SIGINT, then stop it cleanly (module docstring)."""
    from router.app import configure_proxy_mode

    configure_proxy_mode(settings.server)  # before Ray starts: its processes inherit the environment
    # Serve keeps a stopping direct-ingress replica reachable for 30 s so that external load
    # balancers can deregister it. Here HAProxy is Ray's own, on this node, and the replicas
    # have already refused new work (503, /readyz 503) and finished the old: 2 s is enough.
    os.environ.setdefault("RAY_SERVE_DIRECT_INGRESS_MIN_DRAINING_PERIOD_S", "2")
    import ray

    from router.drain import COORDINATOR_NAME, COORDINATOR_NAMESPACE, DrainCoordinator

    run = RunState(settings.data_dir)
    ports = [port for _, port in needed_ports(settings)]
    run.write(session_dir=None, ports=ports)  # a kill during ray.init still leaves the HAProxy dir named
    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
    run.write(session_dir=_session_dir(), ports=ports)
    actor = ray.remote(num_cpus=0)(DrainCoordinator)
    coordinator = actor.options(name=COORDINATOR_NAME, namespace=COORDINATOR_NAMESPACE).remote()
    signalled, again, starting = threading.Event(), threading.Event(), threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        (again if signalled.is_set() else signalled).set()
        if starting.is_set():  # nothing is in flight yet: abandon the start, then stop as below
            starting.clear()
            raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        starting.set()
        try:
            start(settings)
            starting.clear()
        except KeyboardInterrupt:
            say("sovereign-router: stopped while starting")
            return
        run.refresh()
        on_ready()
        while not signalled.wait(_REFRESH_S):
            run.refresh()
        run.refresh()
        grace = settings.server.shutdown_grace_s
        say(f"sovereign-router: draining: new requests get 503; up to {grace:g} s for requests in flight")
        try:
            idle = _wait_drained(coordinator, settings.server.num_replicas, grace, again)
            say(f"sovereign-router: {idle}/{settings.server.num_replicas} ingress replica(s) drained; stopping")
        except Exception as exc:  # noqa: BLE001 - a drain that fails must not keep the process up
            say(f"sovereign-router: drain failed ({type(exc).__name__}); stopping")
    finally:
        state = run.read()
        try:
            stop()
        finally:
            if state is not None:
                time.sleep(1.0)
                left = processes_of(state)
                if left:
                    logger.warning("stopping %d process(es) Ray left behind", len(left))
                    terminate(left, wait_s=5.0)
            run.remove()
            # HAProxy's config, sockets and logs: kept after a crash (diagnosis), not after a stop.
            shutil.rmtree(run.haproxy_dir, ignore_errors=True)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    say("sovereign-router: stopped")
