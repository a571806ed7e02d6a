"""Row record, frame filling and the written-style noise of held-out set 5.

Frames are format strings with named slots. Noise (typos, lower case, doubled
spaces, OCR-like broken lines) is applied to the frame's own words only, never
inside a slot, so every personal value stays an exact substring of the text and
can be listed in the row's ``values`` for the egress test.
"""

from __future__ import annotations

import base64
import binascii
import random
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

SLOT = re.compile(r"(\{[a-z_0-9]+\})")

# The frames use the brief's kind names; the file is written in the scoring
# harness's vocabulary so that it loads as it is. Kinds the harness has no name
# for (foreign national IDs, SSNs, ages) are dropped: those rows are scored on
# the sensitive decision and level only.
KIND_NAMES = {"UK_NHS": "UK_NHS_NUMBER", "CREDIT_CARD": "PAYMENT_CARD", "EMAIL_ADDRESS": "EMAIL",
              "PHONE_NUMBER": "UK_PHONE", "PASSPORT": "UK_PASSPORT",
              "DRIVING_LICENCE": "UK_DRIVING_LICENCE", "UK_VEHICLE_REGISTRATION": "UK_VEHICLE_REG",
              "TAX_ID": "UK_UTR"}
NO_KIND = {"NATIONAL_ID", "US_SSN", "AGE"}


@dataclass
class Row:
    """One labelled text; ``sensitive`` is derived from ``level``."""

    text: str
    level: str
    category: str
    source: str
    kinds: list[str] = field(default_factory=list)
    optional_kinds: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    def as_dict(self, rid: str) -> dict[str, Any]:
        kinds = {KIND_NAMES.get(k, k) for k in self.kinds} - NO_KIND
        opt = {KIND_NAMES.get(k, k) for k in self.optional_kinds} - NO_KIND
        if self.level == "special" and not self.category.startswith("marking:"):
            opt.add("SPECIAL_CATEGORY")
        if self.category.startswith("marking:"):
            opt.add("PROTECTIVE_MARKING")
        return {"id": rid, "text": self.text, "sensitive": self.level != "public",
                "level": self.level, "kinds": sorted(kinds),
                "optional_kinds": sorted(opt - kinds),
                "category": self.category, "source": self.source,
                "values": list(dict.fromkeys(self.values))}


_NEIGHBOURS = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "y", "s": "d",
               "r": "t", "l": "k", "h": "j", "u": "y", "d": "f", "m": "n", "c": "v"}


def typo(rng: random.Random, text: str, n: int = 2) -> str:
    """Up to n keyboard slips in words of four letters or more."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and not w.isupper()]
    for i in rng.sample(idx, min(n, len(idx))):
        w = words[i]
        j = rng.randrange(1, len(w) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == 1:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + _NEIGHBOURS.get(w[j].lower(), w[j]) + w[j + 1:]
        words[i] = w
    return " ".join(words)


def ocr(rng: random.Random, text: str) -> str:
    """Broken line breaks and a few scanner confusions (l->1 in words, rn->m)."""
    out = []
    for w in text.split(" "):
        if w.isalpha() and len(w) > 5 and rng.random() < .08:
            w = w.replace("rn", "m").replace("l", "1", 1)
        out.append(w)
        out.append("\n" if rng.random() < .09 else " ")
    return "".join(out[:-1])


def noisy(rng: random.Random, frame: str, styles: str) -> str:
    """Apply the listed styles to the frame's words, leaving {slots} alone.

    styles: t = typos, l = lower case, s = doubled spaces, o = OCR breaks.
    """
    parts = SLOT.split(frame)
    for i in range(0, len(parts), 2):
        p = parts[i]
        if "t" in styles and len(p) > 25:
            p = typo(rng, p, 1 + len(p) // 120)
        if "l" in styles:
            p = p.lower()
        if "s" in styles:
            p = re.sub(r" (?=\w)", lambda m: "  " if rng.random() < .12 else " ", p)
        if "o" in styles:
            p = ocr(rng, p)
        parts[i] = p
    return "".join(parts)


def pick_styles(rng: random.Random) -> str:
    """Most texts are as typed; about half get one or two kinds of mess."""
    r = rng.random()
    if r < .45:
        return ""
    return rng.choice(["t", "l", "s", "tl", "ts", "o", "lt", "t", "l", "ls"])


def fill(rng: random.Random, frame: str, vals: dict[str, str], styles: str | None = None) -> str:
    """Noise the frame, then put the values in the slots."""
    st = pick_styles(rng) if styles is None else styles
    return noisy(rng, frame, st).format(**vals)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def urlenc(text: str, plus: bool = False) -> str:
    return urllib.parse.quote_plus(text) if plus else urllib.parse.quote(text)


def hexenc(text: str, spaced: bool = False) -> str:
    h = binascii.hexlify(text.encode()).decode()
    return " ".join(h[i:i + 2] for i in range(0, len(h), 2)) if spaced else h
