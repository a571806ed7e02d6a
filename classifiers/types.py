"""The vocabulary every stage shares: levels, findings and a classification.

Kept free of I/O and third-party imports so that `router`, the CLI and the
benchmarks can all use it without loading spaCy.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Sensitivity(enum.IntEnum):
    """Ordered sensitivity levels: `max(levels)` is the combined level."""

    PUBLIC = 0
    PERSONAL = 1
    SPECIAL = 2
    SECRET = 3

    @property
    def label(self) -> str:
        """The wire name (`public`, `personal`, `special`, `secret`)."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Sensitivity:
        """Parse a wire name; raises ValueError naming the accepted values."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            allowed = ", ".join(level.label for level in cls)
            raise ValueError(f"unknown sensitivity {value.strip()!r}; expected one of: {allowed}") from None


@dataclass(frozen=True, slots=True)
class Finding:
    """One recognised item: what it is, where (code-point offsets), how sure, who found it."""

    kind: str
    start: int
    end: int
    score: float
    recogniser: str
    level: Sensitivity = Sensitivity.PERSONAL

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "recogniser": self.recogniser,
        }


@dataclass(frozen=True, slots=True)
class Classification:
    """The result of classifying a text or a whole request."""

    level: Sensitivity
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def sensitive(self) -> bool:
        return self.level > Sensitivity.PUBLIC

    def as_dict(self) -> dict[str, object]:
        return {
            "level": self.level.label,
            "sensitive": self.sensitive,
            "findings": [f.as_dict() for f in self.findings],
        }
