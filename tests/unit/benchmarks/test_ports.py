"""Ports for the suite's servers come from a band nothing else on the machine hands out."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from benchmarks import ports
from benchmarks.ports import BAND, free_port


def test_ports_lie_outside_the_kernel_ephemeral_range_and_are_never_handed_out_twice() -> None:
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    given = [free_port() for _ in range(50)]
    assert len(set(given)) == 50
    assert all(BAND.start <= port < BAND.stop and port < low for port in given)
    with socket.socket() as server:
        server.bind(("0.0.0.0", given[0]))  # a port handed out is bindable on every interface


def test_a_port_held_on_one_address_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    held, other = free_port(), free_port()
    ports._given.difference_update({held, other})
    draws = iter([held, other])
    monkeypatch.setattr(ports.random, "choice", lambda band: next(draws))
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", held))
        assert free_port() == other
