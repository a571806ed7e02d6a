"""The live progress bar of a load run, on stderr so stdout stays for results.

It counts requests when the run stops after `num_requests`, else seconds of
`duration_s`, and shows successes, errors and the achieved request rate as
they happen, so an operator sees a failing target within seconds rather than
at the end. Disabled, it does nothing (tests, scripts, CI logs); rich is
imported only when it is enabled.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TYPE_CHECKING

from benchmarks.load.config import LoadConfig

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class RunProgress:
    """A rich progress bar for one run; a no-op when `enabled` is false."""

    def __init__(self, config: LoadConfig, *, enabled: bool) -> None:
        self._by_time = config.num_requests is None
        self._total = float(config.duration_s or 0.0) if self._by_time else float(config.num_requests or 0)
        self._enabled = enabled
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._start = time.perf_counter()
        self.ok = 0
        self.errors = 0

    def __enter__(self) -> RunProgress:
        self._start = time.perf_counter()
        if not self._enabled:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        amount = (
            "{task.completed:.0f}/{task.total:.0f} s"
            if self._by_time
            else "{task.completed:.0f}/{task.total:.0f}"
        )
        self._progress = Progress(
            TextColumn("[bold]load[/bold]"),
            BarColumn(),
            TextColumn(amount),
            TextColumn("[green]{task.fields[ok]} ok[/green] [red]{task.fields[errors]} errors[/red]"),
            TextColumn("{task.fields[rate]:.1f} req/s"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._progress.start()
        self._task = self._progress.add_task("load", total=self._total, ok=0, errors=0, rate=0.0)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self.refresh()
            self._progress.stop()
            self._progress = None

    def advance(self, *, ok: bool) -> None:
        """Count one finished request."""
        if ok:
            self.ok += 1
        else:
            self.errors += 1
        self.refresh()

    def refresh(self) -> None:
        """Redraw with the current counts and elapsed time."""
        if self._progress is None or self._task is None:
            return
        elapsed = time.perf_counter() - self._start
        done = self.ok + self.errors
        completed = min(elapsed, self._total) if self._by_time else done
        rate = done / elapsed if elapsed > 0 else 0.0
        self._progress.update(self._task, completed=completed, ok=self.ok, errors=self.errors, rate=rate)
