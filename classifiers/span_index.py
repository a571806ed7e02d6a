"""Questions about one span against many, in O(log n) each.

The classifier asks, for each finding, name or encoded run, whether another span holds it or
overlaps it. Asked by scanning every other span, a text with thousands of each (a pasted
mailing list, a page of links) made those steps quadratic; the spans sorted by start with the
furthest end reached so far answer each question by bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate
from typing import Protocol

__all__ = ["SpanIndex"]


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class SpanIndex:
    """Spans `(start, end)`, end exclusive, for containment and overlap questions."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self._starts = [start for start, _ in pairs]
        self._reach = list(accumulate((end for _, end in pairs), max))  # furthest end of the spans so far
        self._furthest_from: dict[int, int] = {}
        for start, end in pairs:
            self._furthest_from[start] = max(end, self._furthest_from.get(start, end))

    @classmethod
    def of(cls, items: Iterable[_Span]) -> SpanIndex:
        """The spans of findings, names or encoded runs (anything with `start` and `end`)."""
        return cls((item.start, item.end) for item in items)

    def _furthest_before(self, position: int, *, inclusive: bool) -> int:
        """The furthest end of the spans that start before `position` (at it too, if `inclusive`)."""
        count = (bisect.bisect_right if inclusive else bisect.bisect_left)(self._starts, position)
        return self._reach[count - 1] if count else -1

    def holds(self, position: int) -> bool:
        """A span holds `position`: start <= position < end."""
        return self._furthest_before(position, inclusive=True) > position

    def covers(self, start: int, end: int) -> bool:
        """A span holds all of `[start, end)`."""
        return self._furthest_before(start, inclusive=True) >= end

    def covers_longer(self, start: int, end: int) -> bool:
        """A longer span holds all of `[start, end)` (one that starts earlier, or as early and ends later)."""
        return self._furthest_before(start, inclusive=False) >= end or self._furthest_from.get(start, -1) > end

    def overlaps(self, start: int, end: int) -> bool:
        """A span shares at least one position with `[start, end)`."""
        return self._furthest_before(end, inclusive=False) > start
