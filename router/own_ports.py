"""Ports of this router's own, so that two routers on one host never share one.

In HAProxy mode Ray Serve also starts a Python "fallback" proxy, HAProxy's backup server
for the time no ingress replica is up (while starting, after a failed health check, while
draining), on port 8500 with SO_REUSEPORT. Every Serve on the host binds that same port,
and the kernel hands each new connection to any of them: a router's first requests after
`/readyz`, and its readiness check itself, were answered by another router's replica
(401: that router does not know the key; and the prompt had crossed to it). Each router
therefore gets a fallback port and a block of direct-ingress replica ports of its own, and
SO_REUSEPORT off, so a port that is taken is an error or skipped, never shared
(tests/integration/test_two_routers.py).

A free port is only free until someone binds it, and Serve binds these seconds after
they are chosen: two routers started in the same instant would probe the same ports
free and could pick the same block. So each choice is also *reserved* host-wide, with an
exclusive `flock` on a file under `<tmp>/sovereign-router-ports/` that this process holds
until it exits (the kernel drops the lock with the process, however it ends). A router
skips what another has reserved, bound or not. Where the directory cannot be written the
choice falls back to the probe alone, with a warning.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import logging
import os
import random
import socket
import tempfile
from pathlib import Path

from router.config import ServerSettings

logger = logging.getLogger(__name__)

# Above Serve's direct-ingress HTTP ports (30000-30999), below Linux's ephemeral ports (32768-):
# bands from which neither Ray nor the kernel hands out ports (see `free_port`), one for
# fallback proxies and one for blocks of direct-ingress replica ports.
OWN_PORT_BAND = range(31001, 31500)
REPLICA_BAND = range(31500, 32768)
# Serve quarantines a replica's port for 150 s after the replica stops (an old HAProxy may still
# send there), so redeploys need spare ports (the integration suite redeploys the app often).
_REPLICA_BLOCK = 64
# Replica ports are reserved in runs of this many ports from the band's start (a 64-port block
# holds four), so that blocks of different sizes (64, or 4 per replica) collide on the runs they share.
_RUN = 16
RESERVATIONS = Path(tempfile.gettempdir()) / "sovereign-router-ports"
_held: dict[str, int] = {}  # reservation name -> the open file holding its lock, for the process's life


class StartRefused(Exception):
    """`serve` cannot start safely; the message says what to do."""


def own_ports_env(server: ServerSettings) -> dict[str, str]:
    """Environment that keeps this router's Serve off every other Serve's ports (module docstring).

    SO_REUSEPORT off: Serve's Python proxy sets it by default, which lets two clusters'
    proxies listen on one port and split its connections between them. In HAProxy mode the
    fallback proxy moves from Ray's fixed 8500 to `server.fallback_proxy_port`, or to a free
    port when that is unset. The direct-ingress replicas get ports of this router's own too
    (`server.direct_ingress_ports`, or a free block): each Ray cluster hands out Ray's
    30000-30999 knowing nothing of the others, so a port one router's replica gave up (it
    stopped or moved) could be taken by another router's replica while the first router's
    HAProxy still lists it. (Replicas bind without SO_REUSEPORT, so a port another process
    holds is never shared: the replica takes the next one.)
    """
    env = {"SERVE_SOCKET_REUSE_PORT_ENABLED": "0"}
    if server.proxy_mode == "haproxy":
        free_fallback, block = _chosen_ports(server.host, max(_REPLICA_BLOCK, 4 * server.num_replicas))
        port = server.fallback_proxy_port or free_fallback
        env["RAY_SERVE_FALLBACK_PROXY_HTTP_PORT"] = str(port)
        first, last = server.direct_ingress_ports or (block.start, block.stop - 1)
        env["RAY_SERVE_DIRECT_INGRESS_MIN_HTTP_PORT"] = str(first)
        env["RAY_SERVE_DIRECT_INGRESS_MAX_HTTP_PORT"] = str(last + 1)  # Ray's maximum is exclusive
    return env


@functools.cache
def _chosen_ports(host: str, block_size: int) -> tuple[int, range]:
    """One choice per process: `app.start` sets the environment again after Ray has started with it."""
    return free_port(host), free_block(host, block_size)


def free_port(host: str) -> int:
    """A port of `OWN_PORT_BAND`, free at `host` now and reserved for this process.

    Not the kernel's port-0 choice: that comes from the ephemeral range, which the dozens
    of processes Ray starts draw from for their own connections and ports, so it could be
    taken before Serve binds it. Nothing hands out ports in the band.

    Raises:
        StartRefused: no port of the band is free.
    """
    for _ in range(200):
        port = random.choice(OWN_PORT_BAND)  # noqa: S311 - spreading ports, not security
        if port_free(host, port) and _reserve([f"port-{port}"]):
            return port
    raise StartRefused(
        f"no free port in {OWN_PORT_BAND.start}-{OWN_PORT_BAND.stop - 1} on {host} for Serve's fallback proxy; "
        "set server.fallback_proxy_port"
    )


def free_block(host: str, size: int) -> range:
    """`size` consecutive ports of `REPLICA_BAND`, free at `host` now and reserved, at a random place.

    Raises:
        StartRefused: no such block is free.
    """
    starts = list(range(REPLICA_BAND.start, REPLICA_BAND.stop - size + 1, size))
    random.shuffle(starts)
    for start in starts:
        block = range(start, start + size)
        runs = sorted({f"run-{REPLICA_BAND.start + (port - REPLICA_BAND.start) // _RUN * _RUN}" for port in block})
        if all(port_free(host, port) for port in block) and _reserve(runs):
            return block
    raise StartRefused(
        f"no {size} free ports in {REPLICA_BAND.start}-{REPLICA_BAND.stop - 1} on {host} for Serve's "
        "direct-ingress replicas; set server.direct_ingress_ports"
    )


def port_free(host: str, port: int) -> bool:
    """True when nothing listens on (or is bound to) `host:port`; a port in TIME_WAIT counts as free."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _reserve(names: list[str]) -> bool:
    """Hold every named reservation for the life of this process, or none of them.

    False when another process (or another choice of this one) holds one of them. True
    without a lock when the reservations directory cannot be used: the probe alone then
    decides, as before reservations existed.
    """
    taken: list[str] = []
    for name in names:
        fd = _open_reservation(name)
        if fd is None:
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            for held in taken:
                os.close(_held.pop(held))  # closing the file drops its lock
            return False
        _held[name] = fd
        taken.append(name)
    return True


def _open_reservation(name: str) -> int | None:
    try:
        if not RESERVATIONS.is_dir():
            RESERVATIONS.mkdir(exist_ok=True)
            with contextlib.suppress(OSError):
                RESERVATIONS.chmod(0o1777)  # every user's routers reserve here (sticky, as /tmp is)
        # Read-only is enough for flock, and opens another user's file too.
        return os.open(RESERVATIONS / f"{name}.lock", os.O_CREAT | os.O_RDONLY, 0o644)
    except OSError as exc:
        logger.warning("cannot reserve ports under %s (%s): choosing by probe alone", RESERVATIONS, exc)
        return None
