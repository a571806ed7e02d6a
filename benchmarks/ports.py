"""Ports for servers that bind a moment after the port is chosen (benchmarks and tests).

Asking the kernel for port 0 hands out a port from its ephemeral range, the range every
outgoing connection and every other port-0 bind draws from; Ray starts dozens of
processes that do both. Between choosing such a port and the server binding it, another
process can take it: a CI run lost its whole integration suite when HAProxy's metrics
port (34897) was taken while Ray started. So ports are drawn at random from a band that
nothing else here hands out: above Ray's worker ports (10002-19999), below Serve's
direct-ingress ports (30000-31000) and the kernel's ephemeral range (32768 and up on Linux).
"""

from __future__ import annotations

import random
import socket

BAND = range(20000, 30000)
_given: set[int] = set()


def free_port(host: str = "0.0.0.0") -> int:
    """A port in `BAND` that is free now and was not handed out before by this process.

    The probe binds `host` (all interfaces by default), so a port held on any one
    address is skipped; HAProxy binds its side ports on all interfaces.
    """
    for _ in range(500):
        port = random.choice(BAND)
        if port in _given:
            continue
        with socket.socket() as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
        _given.add(port)
        return port
    raise RuntimeError(f"no free port found in {BAND.start}-{BAND.stop - 1} after 500 tries")
