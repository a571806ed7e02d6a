"""Row shape, template filling and value-preserving noise for held-out set 7.

Every sensitive row records the exact personal substrings it carries (`values`), so
the noise applied to make the text look like real traffic (letter swaps, lower case,
doubled spaces, OCR-like line breaks) must never touch those substrings: it is applied
only to the text between them.
"""

from __future__ import annotations

import random
import string
from typing import Any

LEVELS = ("public", "personal", "special", "secret")


def row(
    text: str,
    level: str,
    category: str,
    source: str,
    kinds: list[str] | None = None,
    optional: list[str] | None = None,
    values: list[str] | None = None,
) -> dict[str, Any]:
    """One row in the set's format; the id is given at assembly time."""
    if level not in LEVELS:
        raise ValueError(f"bad level {level!r}")
    return {
        "id": "",
        "text": text,
        "sensitive": level != "public",
        "level": level,
        "kinds": list(kinds or []),
        "optional_kinds": list(optional or []),
        "category": category,
        "source": source,
        "values": list(values or []) if level != "public" else [],
    }


def fields_of(template: str) -> list[str]:
    """The replacement-field names a template uses, in order, without repeats."""
    seen: list[str] = []
    for _, name, _, _ in string.Formatter().parse(template):
        if name and name not in seen:
            seen.append(name)
    return seen


def fill(template: str, vals: dict[str, str], personal: set[str]) -> tuple[str, list[str]]:
    """Fill a template; return the text and the personal values it now contains."""
    text = template.format_map(vals)
    found = [vals[k] for k in fields_of(template) if k in personal]
    return text, found


def _protected(text: str, values: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for v in values:
        start = 0
        while v and (i := text.find(v, start)) >= 0:
            spans.append((i, i + len(v)))
            start = i + 1
    return sorted(spans)


def _segments(text: str, values: list[str]) -> list[tuple[str, bool]]:
    """Split text into (segment, is_value) pieces."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for a, b in _protected(text, values):
        if a < pos:
            if b > pos:
                out[-1] = (out[-1][0] + text[pos:b], True)
                pos = b
            continue
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def _swap_letters(rng: random.Random, seg: str) -> str:
    words = seg.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not idx:
        return seg
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _ocr_breaks(rng: random.Random, seg: str) -> str:
    chars = list(seg)
    spaces = [i for i, c in enumerate(chars) if c == " "]
    for i in spaces:
        if rng.random() < 0.08:
            chars[i] = "\n"
    return "".join(chars)


def noise(rng: random.Random, text: str, values: list[str], kind: str) -> str:
    """Apply one kind of noise to the text outside the values.

    kinds: "swap" (one letter swap per segment with a long word), "lower" (lower case),
    "spaces" (doubled spaces), "ocr" (hard line breaks), "none".
    """
    if kind == "none":
        return text
    parts = []
    for seg, is_value in _segments(text, values):
        if is_value:
            parts.append(seg)
        elif kind == "swap":
            parts.append(_swap_letters(rng, seg) if rng.random() < 0.6 else seg)
        elif kind == "lower":
            parts.append(seg.lower())
        elif kind == "spaces":
            parts.append("".join(c + " " if c == " " and rng.random() < 0.3 else c for c in seg))
        elif kind == "ocr":
            parts.append(_ocr_breaks(rng, seg))
        else:
            raise ValueError(kind)
    return "".join(parts)


def pick_noise(rng: random.Random, share: float = 0.45) -> str:
    """Draw a noise kind: none for about (1 - share) of draws."""
    if rng.random() >= share:
        return "none"
    return rng.choice(["swap", "lower", "spaces", "ocr"])


# The harness's kind names (as set 5 and 6 list them in PROVENANCE.md).
KIND_OF = {
    "nhs": "UK_NHS_NUMBER", "nino": "UK_NINO", "utr": "UK_UTR", "passport": "UK_PASSPORT",
    "licence": "UK_DRIVING_LICENCE", "plate": "UK_VEHICLE_REG", "card": "PAYMENT_CARD",
    "iban": "IBAN", "postcode": "UK_POSTCODE", "address": "UK_POSTCODE", "phone": "UK_PHONE",
    "caphone": "UK_PHONE", "email": "EMAIL", "dob": "DATE_OF_BIRTH", "cdob": "DATE_OF_BIRTH",
    "postcode2": "UK_POSTCODE",
}


def frame_row(
    template: str,
    vals: dict[str, str],
    personal: set[str],
    level: str,
    category: str,
    source: str,
    rng: random.Random | None = None,
    noise_kind: str = "none",
    person_required: bool = False,
) -> dict[str, Any]:
    """Fill a frame from a person's fields and derive kinds and values from the fields used."""
    text, values = fill(template, vals, personal)
    used = fields_of(template)
    kinds = sorted({KIND_OF[f] for f in used if f in KIND_OF})
    optional: set[str] = set()
    if {"address", "street", "town", "street2"} & set(used):
        optional.add("LOCATION")
    if {"name", "first", "last", "first2"} & set(used):
        (kinds.append("PERSON") if person_required else optional.add("PERSON"))
    if level == "special":
        optional.add("SPECIAL_CATEGORY")
    if "my" in used:
        optional.add("DATE_OF_BIRTH")
    if rng is not None and noise_kind != "none":
        text = noise(rng, text, values, noise_kind)
    return row(text, level, category, source, sorted(set(kinds)), sorted(optional - set(kinds)), values)
