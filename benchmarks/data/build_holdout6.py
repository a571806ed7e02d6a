"""Build held-out set 6 (``classify_holdout6.jsonl``) for issue 9.

Written without sight of the classifier, earlier evaluation rows or earlier builders
(see PROVENANCE.md). Deterministic: one seeded ``random.Random`` drives every
section in a fixed order, Faker instances are seeded per locale, and no value
depends on the date. ``--check`` builds twice in one process and compares bytes.

    python -m benchmarks.data.build_holdout6 [--check] [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

from benchmarks.data import holdout6_hard as hard
from benchmarks.data.holdout6_codes import build_codes
from benchmarks.data.holdout6_common import Row, pub
from benchmarks.data.holdout6_dept import build_dept
from benchmarks.data.holdout6_gaps import build_gaps
from benchmarks.data.holdout6_intl import build_intl
from benchmarks.data.holdout6_letters import build_letters
from benchmarks.data.holdout6_names import build_names
from benchmarks.data.holdout6_public import build_public
from benchmarks.data.holdout6_special import build_special
from benchmarks.data.holdout6_struct import build_encoded, build_long, build_long_public, build_struct
from benchmarks.data.holdout6_values import reset_fakers

SEED = 20261209
OUT = Path(__file__).with_name("classify_holdout6.jsonl")


def _hand_hard() -> list[Row]:
    groups = (("public_figure", hard.PUBLIC_FIGURES), ("historical_figure", hard.HISTORICAL),
              ("clinical_vignette", hard.VIGNETTES), ("maths_problem", hard.MATHS),
              ("fictional_character", hard.FICTION), ("public_dept_traffic", hard.PUBLIC_TRAFFIC))
    return [pub(t, f"hard:{g}", f"handwritten:holdout6_hard.{g}") for g, texts in groups for t in texts]


def _sections(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    rows += build_dept(rng, SEED)
    rows += build_intl(rng, SEED)
    rows += build_names(rng, SEED)
    rows += build_gaps(rng, SEED)
    rows += build_special(rng, SEED)
    rows += build_struct(rng, SEED)
    rows += build_encoded(rng, SEED)
    rows += build_long(rng, SEED)
    filled, unfilled = build_letters(rng, SEED)
    rows += filled
    rows += _hand_hard()
    rows += build_codes(rng)
    rows += build_long_public(rng)
    rows += unfilled
    rows += build_public(rng)
    return rows


def _clean_values(rows: list[Row]) -> None:
    """Values must be in their text; short ones go when a longer one remains, and so do
    values that also occur in a public row (a recording searched for them must not match
    public traffic)."""
    public_text = "\n".join(r.text for r in rows if r.level == "public")
    for r in rows:
        vals = [v for v in dict.fromkeys(r.values) if v and v in r.text]
        assert len(vals) == len(set(r.values)), (r.category, r.values)
        if any(len(v) >= 5 for v in vals):
            vals = [v for v in vals if len(v) >= 4]
        vals = [v for v in vals if v not in public_text]
        r.values = vals
        if r.level != "public" and not r.category.startswith("marking:"):
            assert r.values, (r.category, r.text[:120])


def build() -> str:
    """The whole set as JSONL text."""
    reset_fakers()
    rng = random.Random(SEED)
    rows = _sections(rng)
    _clean_values(rows)
    lines = []
    for i, r in enumerate(rows, 1):
        lines.append(json.dumps({
            "id": f"h6-{i:04d}", "text": r.text, "sensitive": r.level != "public", "level": r.level,
            "kinds": r.kinds, "optional_kinds": [k for k in r.optional_kinds if k not in r.kinds],
            "category": r.category, "source": r.source, "values": r.values,
        }, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="build twice and compare the bytes")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = build()
    if args.check:
        again = build()
        if again != text:
            print("two builds differ", file=sys.stderr)
            return 1
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {text.count(chr(10))} rows, md5 {hashlib.md5(text.encode()).hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
