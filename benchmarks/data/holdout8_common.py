"""Row shape, template filling and noise for held-out set 8.

Frames are written with ``{field}`` placeholders. Filling records which fields
were used, so a row's kinds and values follow from its frame and nobody has to
list them by hand; noise (letter swaps, lower case, doubled spaces, OCR-like
breaks) is applied to the frame's own words only, never to a value.
"""

from __future__ import annotations

import random
import string
from typing import Any

Row = dict[str, Any]

# field name -> required kind (None: no kind of the harness's vocabulary; the row
# is scored on its sensitive decision and level).
FIELD_KINDS: dict[str, str | None] = {
    "name": "PERSON", "name2": "PERSON", "first": None, "surname": "PERSON",
    "nhs": "UK_NHS_NUMBER", "nino": "UK_NINO", "utr": "UK_UTR",
    "passport": "UK_PASSPORT", "licence": "UK_DRIVING_LICENCE",
    "plate": "UK_VEHICLE_REG", "card": "PAYMENT_CARD", "iban": "IBAN",
    "postcode": "UK_POSTCODE", "address": "UK_POSTCODE", "phone": "UK_PHONE",
    "mobile": "UK_PHONE", "email": "EMAIL", "dob": "DATE_OF_BIRTH",
    "ip": "IP_ADDRESS", "foreign_address": "LOCATION", "pobox": "LOCATION",
    "foreign_phone": "UK_PHONE",
    "account": None, "sortcode": None, "ref": None, "idnum": None,
    "chi": None, "street_addr": "LOCATION",
    "age": None, "town": None, "job": None, "date": None, "amount": None,
}
# kinds that are optional even when their field is used
SOFT_KINDS = {"PERSON", "LOCATION"}
# fields whose text is listed in `values` (personal substrings)
VALUE_FIELDS = {
    "name", "name2", "surname", "nhs", "nino", "utr", "passport", "licence",
    "plate", "card", "iban", "postcode", "address", "phone", "mobile", "email",
    "dob", "ip", "foreign_address", "pobox", "foreign_phone", "account",
    "idnum", "ref", "first", "chi", "street_addr", "sortcode",
}


def make_row(text: str, level: str, kinds: list[str], optional: list[str],
             category: str, source: str, values: list[str]) -> Row:
    """One row in the set's format (id is given at assembly)."""
    return {
        "text": text,
        "sensitive": level != "public",
        "level": level,
        "kinds": sorted(set(kinds)),
        "optional_kinds": sorted(set(optional) - set(kinds)),
        "category": category,
        "source": source,
        "values": values,
    }


def _noisy(rng: random.Random, literal: str, strength: float) -> str:
    """Apply one or two kinds of noise to a literal stretch of frame text."""
    if not literal.strip() or rng.random() > strength:
        return literal
    out = literal
    choice = rng.randrange(5)
    if choice == 0:  # swap two adjacent letters in one longer word
        words = out.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            out = " ".join(words)
    elif choice == 1:
        out = out.lower()
    elif choice == 2:
        out = out.replace(". ", ".  ").replace(", ", " ,", 1)
    elif choice == 3:  # OCR-like hard break inside the literal
        sp = [i for i, c in enumerate(out) if c == " "]
        if len(sp) > 3:
            k = rng.choice(sp[1:-1])
            out = out[:k] + "\n" + out[k + 1:]
    else:
        out = out.replace(" i ", " i ").replace("'", "", 1)
    return out


def fill(template: str, fields: dict[str, str], rng: random.Random | None = None,
         strength: float = 0.0) -> tuple[str, list[str], list[str]]:
    """Fill ``template``; return the text, the field names used, and the values.

    Noise, when ``rng`` is given, touches only the template's literal text.
    """
    parts: list[str] = []
    used: list[str] = []
    values: list[str] = []
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        parts.append(_noisy(rng, literal, strength) if rng else literal)
        if field is None:
            continue
        if field not in fields:
            raise KeyError(f"frame field {field!r} missing in {template[:60]!r}")
        val = fields[field]
        parts.append(val)
        if field not in used:
            used.append(field)
        if field in VALUE_FIELDS and val not in values:
            values.append(val)
    return "".join(parts), used, values


def kinds_for(used: list[str], required_soft: bool = False,
              extra: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Required and optional kinds for the fields a frame used."""
    req: list[str] = []
    opt: list[str] = []
    for f in used:
        k = FIELD_KINDS.get(f)
        if k is None:
            continue
        if k in SOFT_KINDS and not required_soft:
            opt.append(k)
        else:
            req.append(k)
    if f"{'foreign_address'}" in used or "pobox" in used:
        req.append("LOCATION")
    if "address" in used:
        opt.append("LOCATION")
    for k in extra or []:
        opt.append(k)
    return req, opt


def frame_row(template: str, fields: dict[str, str], level: str, category: str,
              source: str, rng: random.Random | None = None, strength: float = 0.0,
              person_required: bool = False, extra_optional: list[str] | None = None,
              drop_kinds: tuple[str, ...] = ()) -> Row:
    """Fill a frame and build its row, kinds derived from the fields used."""
    text, used, values = fill(template, fields, rng, strength)
    req, opt = kinds_for(used, person_required, extra_optional)
    if level == "special":
        opt.append("SPECIAL_CATEGORY")
    if not req and ("name" in used or "surname" in used):
        req.append("PERSON")  # the name is the row's only personal datum with a kind
    req = [k for k in req if k not in drop_kinds]
    opt = [k for k in opt if k not in drop_kinds]
    return make_row(text, level, req, opt, category, source, values)
