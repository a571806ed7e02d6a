# ruff: noqa: E501  (data and frames: one row or passage per line reads best)
"""Build held-out set 7 (`classify_holdout7.jsonl`) for the personal-data classifier.

    python -m benchmarks.data.build_holdout7            # writes the JSONL
    python -m benchmarks.data.build_holdout7 --check    # builds twice, compares, writes nothing

Written without sight of the classifier, the harness, earlier rows or earlier builders
(see PROVENANCE.md, "Held-out set 7"). Deterministic: one seed, no dependence on the
date or on hash order. Faker, python-stdnum and phonenumbers are development tools only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from .holdout7_codes import code_rows
from .holdout7_common import frame_row, pick_noise
from .holdout7_dept import FRAMES
from .holdout7_gaps import card_rows, digit_rows, mistyped_rows
from .holdout7_hard import hard_rows
from .holdout7_intl import intl_rows
from .holdout7_letters import LETTERS, SRC
from .holdout7_long import long_rows
from .holdout7_names import age_rows, dob_rows, misc_contact_rows, name_rows, plate_rows
from .holdout7_public import public_rows
from .holdout7_special import marking_rows, special_rows
from .holdout7_struct import encoded_rows, struct_rows
from .holdout7_values import PERSONAL_FIELDS, Names, person

SEED = 20261210
OUT = Path(__file__).with_name("classify_holdout7.jsonl")


def dept_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    """Each department frame twice, with different people; noise on some uses."""
    rows = []
    for use in range(2):
        for dept, level, tmpl in FRAMES:
            vals, src = person(rng, names, "own" if rng.random() < 0.75 else "any")
            kind = pick_noise(rng, 0.3 if use == 0 else 0.6)
            rows.append(frame_row(tmpl, vals, PERSONAL_FIELDS, level, f"dept:{dept}",
                                  src + "+generator:h7_values+handwritten:holdout7_dept", rng, kind))
    return rows


def letter_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    """Filled letters to councils, one person each."""
    rows = []
    for site, level, tmpl in LETTERS:
        vals, src = person(rng, names, "own")
        rows.append(frame_row(tmpl, vals, PERSONAL_FIELDS, level, "letter:council",
                              f"{src}+generator:h7_values+{SRC[:-1]}: {site})"))
    return rows


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    names = Names(SEED)
    sensitive = (
        dept_rows(rng, names) + letter_rows(rng, names) + intl_rows(rng, SEED) + name_rows(rng, names) + misc_contact_rows(rng, names)
        + age_rows(rng, names) + plate_rows(rng, names) + dob_rows(rng, names) + card_rows(rng)
        + mistyped_rows(rng) + digit_rows(rng) + special_rows(rng, names) + marking_rows()
        + struct_rows(rng, names) + encoded_rows(rng, names)
    )
    longs = long_rows(rng, names)
    public = hard_rows(rng) + code_rows(rng) + public_rows(rng)
    rows = sensitive + [r for r in longs if r["sensitive"]] + [r for r in longs if not r["sensitive"]] + public
    public_text = "\n".join(r["text"] for r in rows if not r["sensitive"])
    for i, r in enumerate(rows, 1):
        r["id"] = f"h7-{i:04d}"
        _check_values(r, public_text)
    return rows


def _check_values(r: dict[str, Any], public_text: str) -> None:
    """Values must occur in the text; drop short ones beside longer ones and any that public rows share."""
    vals = []
    for v in r["values"]:
        if v not in r["text"]:
            raise ValueError(f"{r['id']}: value {v!r} not in text")
        if v not in vals:
            vals.append(v)
    if any(len(v) >= 4 for v in vals):
        vals = [v for v in vals if len(v) >= 4]
    vals = [v for v in vals if v not in public_text]
    r["values"] = vals
    if r["sensitive"] and not vals and not r["category"].startswith("marking:"):
        raise ValueError(f"{r['id']}: sensitive row left without values")
    if not r["sensitive"] and r["values"]:
        raise ValueError(f"{r['id']}: public row with values")
    if r["sensitive"] != (r["level"] != "public"):
        raise ValueError(f"{r['id']}: sensitive/level mismatch")


def render(rows: list[dict[str, Any]]) -> str:
    keys = ["id", "text", "sensitive", "level", "kinds", "optional_kinds", "category", "source", "values"]
    return "".join(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="build twice and compare; write nothing")
    args = ap.parse_args(argv)
    first = render(build())
    if args.check:
        same = first == render(build())
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    OUT.write_text(first, encoding="utf-8")
    rows = [json.loads(line) for line in first.splitlines()]
    sens = sum(r["sensitive"] for r in rows)
    print(f"{len(rows)} rows: {sens} sensitive, {len(rows) - sens} public -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
