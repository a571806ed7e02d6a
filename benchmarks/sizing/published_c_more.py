"""Held-out C, further rows from posts, pull requests and issues (see published_c.py).

Every row is `role="held-out"`, by the rule stated in `published_c.py`.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def more_rows() -> list[PublishedFigure]:
    """The rows from posts, pull requests and issues."""
    return []


__all__ = ["more_rows"]
