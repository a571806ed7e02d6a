"""Build held-out set 8 (``classify_holdout8.jsonl``) for the personal-data classifier.

Written for issue 9 without sight of the classifier, the harness, earlier sets or
their builders. Deterministic: one seed, no dependence on the date; ``--check``
builds twice in one process and compares the bytes.

    python -m benchmarks.data.build_holdout8 [--check] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from benchmarks.data import holdout8_hard as hard
from benchmarks.data.holdout8_codes import (
    DOC_REFS,
    HELPLINES,
    HISTORIC_DATES,
    ID_WORDS,
    MARKING_WORDS,
    PUBLIC_STRUCT,
    STATUTES,
    TEMPLATES,
    code_texts,
    encoded_public,
)
from benchmarks.data.holdout8_common import Row, make_row
from benchmarks.data.holdout8_dept import dept_rows
from benchmarks.data.holdout8_gaps import gap_rows, mistyped_rows
from benchmarks.data.holdout8_intl import intl_rows
from benchmarks.data.holdout8_long import long_rows
from benchmarks.data.holdout8_names import name_rows
from benchmarks.data.holdout8_public import dept_public, general_public
from benchmarks.data.holdout8_special import special_rows
from benchmarks.data.holdout8_struct import encoded_rows, struct_rows
from benchmarks.data.holdout8_values import Values

SEED = 20261211
OUT = Path(__file__).with_name("classify_holdout8.jsonl")


def _public(texts: list[str], category: str, source: str) -> list[Row]:
    return [make_row(t, "public", [], [], category, source, []) for t in texts]


def public_rows(v: Values) -> list[Row]:
    """Hard negatives, department questions and general requests."""
    hw = "handwritten:holdout8_hard"
    rows: list[Row] = []
    rows += _public(hard.PUBLIC_FIGURES, "hard:public_figure", hw)
    rows += _public(hard.HISTORICAL, "hard:historical_figure", hw)
    rows += _public(hard.VIGNETTES, "hard:clinical_vignette", hw)
    rows += _public(hard.MATHS, "hard:maths_names", hw + " + handwritten:holdout8_name_lists (first names)")
    rows += _public(hard.FICTIONAL, "hard:fictional", hw)
    rows += _public(hard.DEPT_PUBLIC_STYLED, "hard:dept_styled_public", hw)
    hc = "handwritten:holdout8_codes"
    rows += _public(TEMPLATES, "hard:unfilled_template", hc)
    rows += _public(ID_WORDS, "hard:identifier_words", hc)
    rows += _public(HELPLINES, "hard:helpline", hc + " (organisation numbers quoted from memory)")
    rows += _public(MARKING_WORDS, "hard:marking_words", hc)
    rows += _public(HISTORIC_DATES, "hard:historic_date", hc)
    rows += _public(PUBLIC_STRUCT, "hard:public_structured", hc)
    rows += _public(encoded_public(v), "hard:encoded_public", hc)
    for text, sub, src in code_texts(v):
        rows.append(make_row(text, "public", [], [], f"hard:code_{sub}", src, []))
    rows += _public(STATUTES, "hard:statute_citation", hc)
    rows += _public(DOC_REFS, "hard:public_document_ref", hc)
    for text, cat in dept_public(v):
        rows.append(make_row(text, "public", [], [], cat, "handwritten:holdout8_public", []))
    for text, cat in general_public(v):
        rows.append(make_row(text, "public", [], [], cat, "handwritten:holdout8_public", []))
    return rows


TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "mr", "mrs")


def _with_full_names(text: str, values: list[str]) -> list[str]:
    """Add "First Surname" and "Title Surname" where the text writes them together."""
    out = list(values)
    for a in values:
        for b in values:
            if a != b and " " not in a and " " not in b and f"{a} {b}" in text:
                out.append(f"{a} {b}")
        for t in TITLES:
            if " " not in a and f"{t} {a}" in text:
                out.append(f"{t} {a}")
    return out


def _tidy_values(rows: list[Row]) -> None:
    """Keep values that identify: drop very short ones and words also in public rows."""
    public_text = "\n".join(r["text"] for r in rows if not r["sensitive"])
    for r in rows:
        vals: list[str] = []
        for val in _with_full_names(r["text"], r["values"]):
            if val not in r["text"]:
                raise ValueError(f"value {val!r} not in text of {r['id']}")
            if " " not in val.strip() and re.search(rf"(?<!\w){re.escape(val)}(?!\w)", public_text):
                continue
            if val not in vals:
                vals.append(val)
        if any(len(x) >= 5 for x in vals):
            vals = [x for x in vals if len(x) >= 4]
        r["values"] = vals
        if r["sensitive"] and not vals and not r["category"].startswith("marking:"):
            raise ValueError(f"sensitive row {r['id']} left without values")
        if not r["sensitive"] and r["values"]:
            raise ValueError(f"public row {r['id']} has values")


def build() -> list[Row]:
    """All rows in a fixed order, ids assigned, values checked."""
    v = Values(SEED)
    sens: list[Row] = []
    sens += dept_rows(v)
    sens += intl_rows(v)
    sens += name_rows(v)
    sens += gap_rows(v)
    sens += mistyped_rows(v)
    sens += special_rows(v)
    sens += struct_rows(v)
    sens += encoded_rows(v)
    long = long_rows(v)
    sens += [r for r in long if r["sensitive"]]
    pub = [r for r in long if not r["sensitive"]] + public_rows(v)
    rows = sens + pub
    out: list[Row] = []
    seen: set[str] = set()
    for i, r in enumerate(rows, 1):
        if r["text"] in seen:
            raise ValueError(f"duplicate text at row {i}")
        seen.add(r["text"])
        out.append({"id": f"h8-{i:04d}", **r})
    _tidy_values(out)
    return out


def render(rows: list[Row]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="build twice and compare")
    args = ap.parse_args(argv)
    text = render(build())
    if args.check and render(build()) != text:
        print("two builds differ", file=sys.stderr)
        return 1
    args.out.write_text(text, encoding="utf-8")
    rows = [json.loads(x) for x in text.splitlines()]
    n_sens = sum(r["sensitive"] for r in rows)
    print(f"{len(rows)} rows: {n_sens} sensitive, {len(rows) - n_sens} public -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
