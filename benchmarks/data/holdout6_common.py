"""Row shape and text noise shared by the held-out set 6 section modules.

Every section module returns a list of ``Row``; the builder numbers them, checks
that each value occurs in its text and writes the JSONL. Noise functions are
seeded by the caller's ``random.Random`` and never touch the listed values, so a
value stays an exact substring of the text after noise is applied.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

LEVELS = ("public", "personal", "special", "secret")


@dataclass
class Row:
    """One labelled text; ``values`` are the exact personal substrings."""

    text: str
    level: str
    category: str
    source: str
    kinds: list[str] = field(default_factory=list)
    optional_kinds: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        assert self.level in LEVELS, self.level
        if self.level == "public":
            assert not self.kinds and not self.values, self.text[:80]


def pub(text: str, category: str, source: str) -> Row:
    """A public row (no kinds, no values)."""
    return Row(text, "public", category, source)


def _protect(text: str, values: list[str]) -> list[tuple[int, int]]:
    spans = []
    for v in values:
        start = text.find(v)
        while start >= 0:
            spans.append((start, start + len(v)))
            start = text.find(v, start + 1)
    return spans


def _free(i: int, spans: list[tuple[int, int]]) -> bool:
    return all(not (a <= i < b) for a, b in spans)


def typo(rng: random.Random, text: str, values: list[str], n: int = 2) -> str:
    """Swap or drop letters in ordinary words (never inside a value)."""
    chars = list(text)
    spans = _protect(text, values)
    for _ in range(n):
        for _try in range(20):
            i = rng.randrange(1, max(2, len(chars) - 2))
            if (_free(i, spans) and _free(i + 1, spans) and chars[i].isalpha()
                    and chars[i + 1].isalpha()):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
                break
    return "".join(chars)


def lower_outside(text: str, values: list[str]) -> str:
    """Lower-case everything except the values (which keep their written form)."""
    spans = _protect(text, values)
    return "".join(c if not _free(i, spans) else c.lower() for i, c in enumerate(text))


def odd_spacing(rng: random.Random, text: str, values: list[str]) -> str:
    """Double a few spaces outside values, as pasted text often has."""
    spans = _protect(text, values)
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if c == " " and _free(i, spans) and rng.random() < 0.15:
            out.append(" ")
    return "".join(out)


def ocr_breaks(rng: random.Random, text: str, values: list[str], width: int = 48) -> str:
    """Hard line breaks roughly every ``width`` characters, as OCR or e-mail wrapping gives."""
    spans = _protect(text, values)
    out, col = [], 0
    for i, c in enumerate(text):
        if c == " " and col >= width and _free(i, spans):
            out.append("\n" if rng.random() < 0.8 else " \n")
            col = 0
            continue
        out.append(c)
        col += 1
    return "".join(out)


def noisy(rng: random.Random, text: str, values: list[str]) -> str:
    """Apply zero to two kinds of noise, chosen by the seeded generator."""
    roll = rng.random()
    if roll < 0.25:
        text = typo(rng, text, values)
    elif roll < 0.4:
        text = lower_outside(text, values)
    elif roll < 0.5:
        text = odd_spacing(rng, text, values)
    elif roll < 0.58:
        text = ocr_breaks(rng, text, values)
    if rng.random() < 0.15:
        text = typo(rng, text, values, 1)
    return text
