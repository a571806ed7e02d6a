"""`sovereign-router serve`: start (router/lifecycle.py prepares), serve until signalled, stop cleanly.

Stop (SIGTERM from systemd or Kubernetes, SIGINT from Ctrl-C):

1. Drain: the ingress replicas refuse new requests (503, Retry-After) and report when
   their requests in flight have finished, or `server.shutdown_grace_s` runs out.
2. `serve.shutdown()`: replicas stop; the ingress flushes its audit records and the
   writer commits them and closes the store (their `__del__`); HAProxy stops.
3. `ray.shutdown()`, then whatever process of this run is still alive a few seconds
   later (Ray's agents linger for about a minute otherwise) is stopped as a crashed run's leftovers are
   (router/lifecycle.py, start step 2).
4. `serve.json` and the HAProxy directory are removed. A second signal skips the rest
   of the drain; a signal while starting abandons the start and stops what was started.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from router.config import Settings
from router.lifecycle import (
    RunState,
    haproxy_dir,
    keep_ray_token_private,
    needed_ports,
    prepare,
    processes_of,
    terminate,
    use_own_haproxy_dir,
)
from router.own_ports import StartRefused

logger = logging.getLogger(__name__)

_REFRESH_S = 5.0  # how often the recorded list of processes is refreshed while serving


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


def run_serve(
    settings: Settings,
    start: Callable[[Settings], None],
    stop: Callable[[], None],
    on_ready: Callable[[], None],
    say: Callable[[str], None],
) -> int:
    """`sovereign-router serve`: prepare, serve until SIGTERM/SIGINT, stop cleanly; the exit status.

    `say` prints a line for the operator (stderr); `on_ready` announces the address.
    """
    from router.access.admin import check_key_store
    from router.access.errors import StoreUnavailable
    from router.audit.retention import RetentionError, retainer_for

    try:
        check_key_store(settings.access, settings.data_dir)
    except StoreUnavailable as exc:
        say(f"sovereign-router: key store unreachable, not starting: {exc}")
        return 2
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
    from router.app import configure_proxy_mode

    try:
        # Before Ray starts: its processes inherit the environment.
        configure_proxy_mode(settings.server, haproxy_dir(settings.data_dir))
    except FileNotFoundError as exc:  # no HAProxy, or no launcher for it (router/haproxy_front.py)
        say(f"sovereign-router: not starting: {exc}")
        return 2
    serve_until_signalled(settings, start, stop, on_ready, say)
    return 0


def serve_until_signalled(
    settings: Settings,
    start: Callable[[Settings], None],
    stop: Callable[[], None],
    on_ready: Callable[[], None],
    say: Callable[[str], None],
) -> None:
    """Start the router, serve until SIGTERM or SIGINT, then stop it cleanly (module docstring)."""
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
    keep_ray_token_private()
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
