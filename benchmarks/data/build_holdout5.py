"""Build held-out set 5 (issue 9): ``classify_holdout5.jsonl``.

Assembled by a helper session that had not seen the classifier, its tests,
earlier sets or their builders (see PROVENANCE.md). Deterministic: one seed,
pinned faker/python-stdnum/phonenumbers versions, no dependence on the date.

    python -m benchmarks.data.build_holdout5            # write the file
    python -m benchmarks.data.build_holdout5 --check    # build twice, compare
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path
from typing import Any

from .holdout5_codes import code_rows, ref_rows
from .holdout5_dept import dept_rows
from .holdout5_gaps import age_rows, card_rows, digit_rows, dob_rows, mistyped_rows, name_rows, plate_rows
from .holdout5_gaps2 import intl_rows, special_rows
from .holdout5_hard import hard_people_rows
from .holdout5_public import public_dept_rows
from .holdout5_struct import encoded_rows, long_public_rows, long_rows, struct_rows
from .holdout5_text import Row
from .holdout5_values import Values

SEED = 20261208
OUT = Path(__file__).with_name("classify_holdout5.jsonl")
LEVELS = {"public", "personal", "special", "secret"}


def build(seed: int = SEED) -> list[dict[str, Any]]:
    """All rows, checked, in a shuffled but seed-fixed order."""
    v = Values(seed)
    rows: list[Row] = []
    rows += dept_rows(v)
    rows += name_rows(v) + card_rows(v) + plate_rows(v) + dob_rows(v) + age_rows(v)
    rows += mistyped_rows(v) + digit_rows(v)
    rows += intl_rows(v) + special_rows(v)
    rows += struct_rows(v) + encoded_rows(v) + long_rows(v)
    rows += public_dept_rows(v) + hard_people_rows(v) + code_rows(v) + ref_rows(v)
    rows += long_public_rows(v)
    _check(rows)
    random.Random(seed).shuffle(rows)
    return [r.as_dict(f"h5-{i + 1:04d}") for i, r in enumerate(rows)]


def _check(rows: list[Row]) -> None:
    """Fail the build on a row the egress test or the scorer could not use."""
    seen: set[str] = set()
    public_text = "\n".join(r.text for r in rows if r.level == "public")
    for r in rows:
        assert r.level in LEVELS, r
        assert r.text not in seen, f"duplicate text: {r.text[:60]}"
        seen.add(r.text)
        for val in r.values:
            assert val in r.text, (val, r.text[:80])
        if r.level == "public":
            assert not r.values and not r.kinds, r.text[:80]
        else:
            r.values = [x for x in r.values if x not in public_text]
            longer = [x for x in r.values if len(x) >= 5]
            if longer:  # a 3-4 letter name part could match unrelated traffic
                r.values = longer
            if not r.category.startswith("marking:"):
                assert r.values, f"sensitive row without values: {r.text[:80]}"


def summary(rows: list[dict[str, Any]]) -> str:
    levels = collections.Counter(r["level"] for r in rows)
    groups = collections.Counter(r["category"].split(":")[0] for r in rows)
    hard = sum(r["category"].startswith("hard:") for r in rows)
    return (f"{len(rows)} rows: {dict(sorted(levels.items()))}; sensitive "
            f"{sum(r['sensitive'] for r in rows)}; hard negatives {hard}; groups {dict(sorted(groups.items()))}")


def dumps(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="build twice and compare")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = dumps(build())
    if args.check:
        again = dumps(build())
        if again != text:
            print("builds differ", file=sys.stderr)
            return 1
        print("two builds identical")
    args.out.write_text(text, encoding="utf-8")
    print(summary([json.loads(line) for line in text.splitlines()]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
