"""Build held-out set 4 (issue 9): ``python -m benchmarks.data.build_holdout4``.

Assembles the rows from the ``holdout4_*`` modules in a fixed order with one seeded
RNG and writes ``classify_holdout4.jsonl``. Written without sight of the classifier,
its tests, earlier sets' rows, frames or generators, or any report of earlier misses,
so that scores on it say how the classifier does on text its developers did not
anticipate. Deterministic: two runs give byte-identical files (checked by ``--check``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from benchmarks.data import holdout4_codes as codes
from benchmarks.data import holdout4_public as pub
from benchmarks.data import holdout4_struct as struct
from benchmarks.data.holdout4_dept import DEPT_FRAMES
from benchmarks.data.holdout4_fill import Filler, Row, fields_in
from benchmarks.data.holdout4_gaps import (
    CARD_FRAMES,
    DIGITS_FRAMES,
    DOB_AGE_FRAMES,
    INTL_FRAMES,
    MISTYPED_FRAMES,
    NAME_FRAMES,
    PLATE_FRAMES,
    SPECIAL_FRAMES,
)
from benchmarks.data.holdout4_gen import Gen

SEED = 20261206
OUT = Path(__file__).with_name("classify_holdout4.jsonl")
LEVELS = ("public", "personal", "special", "secret")


def _frames(fl: Filler, frames: Iterable[tuple[str, str, str, str]], repeat: int,
            module: str) -> list[Row]:
    rows = []
    for cat, level, flags, text in frames:
        # a frame without values, or with fixed (specimen) values, is used once
        n = repeat if fields_in(text) and "1" not in flags else 1
        rows += [fl.render(cat, level, flags, text, module) for _ in range(n)]
    return rows


def sensitive_rows(fl: Filler) -> list[Row]:
    rows = _frames(fl, DEPT_FRAMES, 2, "holdout4_dept")
    rows += _frames(fl, INTL_FRAMES, 3, "holdout4_gaps")
    rows += _frames(fl, NAME_FRAMES, 2, "holdout4_gaps")
    rows += _frames(fl, CARD_FRAMES, 3, "holdout4_gaps")
    rows += _frames(fl, PLATE_FRAMES, 3, "holdout4_gaps")
    rows += _frames(fl, [f for f in DOB_AGE_FRAMES if f[0].startswith("dob")], 2,
                    "holdout4_gaps")
    rows += _frames(fl, [f for f in DOB_AGE_FRAMES if f[0].startswith("age")], 3,
                    "holdout4_gaps")
    rows += _frames(fl, MISTYPED_FRAMES, 2, "holdout4_gaps")
    rows += _frames(fl, DIGITS_FRAMES, 2, "holdout4_gaps")
    rows += _frames(fl, SPECIAL_FRAMES, 2, "holdout4_gaps")
    rows += struct.structured_rows(fl, 2)
    rows += struct.encoded_rows(fl, 8)
    rows += struct.long_rows(fl, 20)
    return rows


def public_rows(fl: Filler) -> list[Row]:
    g = fl.g
    rows = codes.list_rows(pub.PUBLIC_FIGURES, "hard:public_figure")
    rows += codes.list_rows(pub.HISTORICAL, "hard:historical_figure")
    rows += codes.list_rows(pub.HISTORIC_DATES, "hard:historic_date")
    rows += codes.vignette_rows(g, 30)
    rows += codes.maths_rows(g, 25)
    rows += codes.list_rows(pub.IDENTIFIER_HOWTO, "hard:identifier_words_no_value")
    rows += codes.list_rows(pub.FICTIONAL, "hard:fictional_character")
    rows += codes.list_rows(pub.ORDER_REFS, "hard:org_reference")
    rows += codes.list_rows(pub.PUBLIC_STRUCT, "hard:public_structured")
    rows += codes.list_rows(pub.CODE_SNIPPETS, "hard:code")
    rows += codes.list_rows(pub.MARKING_WORDS, "hard:marking_words")
    rows += codes.code_rows(g)
    rows += struct.public_encoded_rows(fl, codes.PUBLIC_ENCODED)
    rows += struct.long_public_rows(fl, 10)
    rows += codes.list_rows(pub.GENERAL, "public:general")
    rows += codes.topic_rows(g, 160)
    return rows


def build(seed: int = SEED) -> list[Row]:
    fl = Filler(Gen(seed))
    rows = sensitive_rows(fl) + public_rows(fl)
    drop_common_name_tokens(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"h4-{i:04d}", **r})
    validate(out)
    return out


def drop_common_name_tokens(rows: list[Row]) -> None:
    """Leave out of ``values`` a one-word value (a first name or surname alone) that also
    occurs in a public row ("Jane" of Jane Austen), so that a leak test which searches
    one recording for every value cannot fire on public traffic. The text is unchanged."""
    public = "\n".join(r["text"] for r in rows if not r["sensitive"])
    for r in rows:
        kept = [v for v in r["values"] if " " in v.strip() or v not in public]
        if kept:
            r["values"] = kept


def validate(rows: list[Row]) -> None:
    """Fail the build on a label that contradicts its row."""
    seen: set[str] = set()
    for r in rows:
        assert r["level"] in LEVELS, r["id"]
        assert r["sensitive"] == (r["level"] != "public"), r["id"]
        assert r["text"] not in seen, f"duplicate text {r['id']}"
        seen.add(r["text"])
        for v in r["values"]:
            assert v in r["text"], f"{r['id']}: value not in text"
        if not r["sensitive"]:
            assert not r["values"] and not r["kinds"], r["id"]
        elif r["level"] == "personal":
            assert r["values"], f"{r['id']}: personal row without values"


def dumps(rows: list[Row]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="build twice and compare")
    args = ap.parse_args(argv)
    text = dumps(build())
    if args.check and dumps(build()) != text:
        print("non-deterministic build", file=sys.stderr)
        return 1
    args.out.write_text(text, encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    levels = Counter(r["level"] for r in rows)
    groups = Counter(r["category"].split(":")[0] for r in rows)
    print(f"{len(rows)} rows -> {args.out}: {dict(levels)}; groups {dict(sorted(groups.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
