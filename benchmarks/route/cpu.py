"""CPU seconds of a process tree, read from /proc (psutil is not a dependency).

`sovereign-router serve` is the root of a tree: Ray starts gcs_server, raylet,
the Serve controller, the proxy (or HAProxy) and one worker per replica below
it. The router's cost per request is the tree's utime + stime gained over a
measured point, divided by the requests of that point. A process that exits
between two samples takes its CPU time with it (its parent only gains it in
`cutime` once it reaps it), so the figure can only under-count; Ray's processes
live for the whole run, so in practice nothing is lost.

Linux only: elsewhere `/proc` is missing and the readers raise `CpuUnavailable`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

_PROC = Path("/proc")
# /proc/<pid>/stat fields after the `(comm)` field, counted from 3 (state) as in proc(5).
_UTIME_FIELD = 14
_STIME_FIELD = 15
_PPID_FIELD = 4
_STARTTIME_FIELD = 22


class CpuUnavailable(RuntimeError):
    """/proc cannot be read (not Linux, or the root process is gone)."""


def clock_ticks() -> int:
    """Kernel clock ticks per second, the unit of utime and stime."""
    return int(os.sysconf("SC_CLK_TCK"))


def _stat_fields(pid: int) -> list[str] | None:
    """Fields 3.. of /proc/<pid>/stat (after `comm`, which may hold spaces and parentheses)."""
    try:
        raw = (_PROC / str(pid) / "stat").read_bytes()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    _, _, rest = raw.rpartition(b")")
    return rest.decode("ascii", errors="replace").split()


def _field(fields: list[str], number: int) -> int:
    return int(fields[number - 3])


def _parents() -> dict[int, int]:
    """pid → ppid of every process visible now."""
    parents: dict[int, int] = {}
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(int(entry.name))
        if fields is not None:
            parents[int(entry.name)] = _field(fields, _PPID_FIELD)
    return parents


def descendants(pid: int) -> list[int]:
    """Every live descendant of `pid` (children, their children, ...), not `pid` itself."""
    children: dict[int, list[int]] = {}
    for child, parent in _parents().items():
        children.setdefault(parent, []).append(child)
    found: list[int] = []
    frontier = [pid]
    while frontier:
        for child in children.get(frontier.pop(), ()):
            found.append(child)
            frontier.append(child)
    return found


def start_ticks(pid: int) -> int | None:
    """When `pid` started, in clock ticks after boot; with the pid it names one process for good.

    A pid is reused once its process is reaped, so code that signals a pid it saw
    earlier compares this first and leaves a newcomer with the same pid alone.
    """
    fields = _stat_fields(pid)
    return None if fields is None else _field(fields, _STARTTIME_FIELD)


def process_cpu_s(pid: int) -> float | None:
    """utime + stime of one process in seconds; None when it is gone."""
    fields = _stat_fields(pid)
    if fields is None:
        return None
    return (_field(fields, _UTIME_FIELD) + _field(fields, _STIME_FIELD)) / clock_ticks()


# Which part of a Serve process tree a process is, by its title (Ray sets `ray::<actor>`),
# first match wins; the root process is always "driver".
_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("Ingress", "ingress replica"),
    ("LocalBackend", "local backend replica"),
    ("AuditWriter", "audit writer replica"),
    ("haproxy", "proxy"),
    ("ProxyActor", "proxy"),
    ("HAProxyManager", "proxy"),
    ("ServeController", "serve controller"),
)
OTHER_COMPONENT = "ray core and other"
COMPONENTS = (
    "ingress replica", "proxy", "local backend replica", "audit writer replica", "serve controller", "driver",
    OTHER_COMPONENT,
)
"""Every component a tree's CPU is split into (`component_of`, plus the root's "driver"), in report order."""


def _cmdline(pid: int) -> str:
    try:
        raw = (_PROC / str(pid) / "cmdline").read_bytes()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return ""
    return raw.replace(b"\0", b" ").decode("utf-8", errors="replace")


def component_of(title: str) -> str:
    """The part of a Serve tree a process title names (`ray::ServeReplica:app:Ingress` → ingress replica)."""
    head = title.split(" ", 1)[0]
    for needle, component in _COMPONENTS:
        if needle in head:
            return component
    return OTHER_COMPONENT


@dataclass(frozen=True)
class TreeSample:
    """The CPU seconds of a tree at one instant.

    Attributes:
        total_s: utime + stime of the root and every live descendant.
        processes: How many processes were summed.
        by_component: The same seconds split by `component_of` the process title
            (the root is "driver").
    """

    total_s: float
    processes: int
    by_component: dict[str, float]


def tree_cpu(pid: int) -> TreeSample:
    """CPU seconds of `pid` and all its live descendants.

    Raises:
        CpuUnavailable: /proc is missing or `pid` is not running.
    """
    if not _PROC.is_dir():
        raise CpuUnavailable("/proc is not available on this system")
    root = process_cpu_s(pid)
    if root is None:
        raise CpuUnavailable(f"process {pid} is not running")
    parts = {"driver": root}
    count = 1
    for child in descendants(pid):
        seconds = process_cpu_s(child)
        if seconds is not None:
            component = component_of(_cmdline(child))
            parts[component] = parts.get(component, 0.0) + seconds
            count += 1
    return TreeSample(sum(parts.values()), count, parts)


def cpu_delta(before: TreeSample, after: TreeSample) -> dict[str, float]:
    """CPU seconds gained per component between two samples (never negative: an exited process loses its time)."""
    names = set(before.by_component) | set(after.by_component)
    return {n: max(0.0, after.by_component.get(n, 0.0) - before.by_component.get(n, 0.0)) for n in sorted(names)}
