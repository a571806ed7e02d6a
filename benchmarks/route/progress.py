"""The live progress bar of a routing benchmark, on stderr.

A full run takes minutes: two Ray starts per proxy mode and thousands of
requests. The bar counts every request the run will send (warm-ups included),
names the phase (starting a server, the point being measured) and counts
errors as they happen, so a broken path shows within seconds. Disabled, it
does nothing; rich is imported only when it is enabled.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class BenchProgress:
    """A rich progress bar over `total` requests; a no-op when `enabled` is false."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self._total = total
        self._enabled = enabled
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self.done = 0
        self.errors = 0

    def __enter__(self) -> BenchProgress:
        if not self._enabled:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("[bold]route[/bold] {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[errors]} errors[/red]"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._progress.start()
        self._task = self._progress.add_task("starting", total=self._total, errors=0)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def phase(self, description: str) -> None:
        """Show what the run is doing now."""
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, description=description)

    def advance(self, *, ok: bool) -> None:
        """Count one finished request."""
        self.done += 1
        if not ok:
            self.errors += 1
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, errors=self.errors)

    def log(self, message: str) -> None:
        """Print a line above the bar (or nowhere when disabled)."""
        if self._progress is not None:
            self._progress.console.print(message)
