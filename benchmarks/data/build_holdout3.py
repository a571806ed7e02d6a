"""Build held-out evaluation set 3: `python -m benchmarks.data.build_holdout3`.

Written without sight of the classifier, of the earlier templates or of any earlier
evaluation row (see PROVENANCE.md, "Held-out set 3"). Values are synthetic
(faker, our own generators with python-stdnum check digits) or published test
values (`holdout3_sources.py`); frames are in `holdout3_frames.py` and
`holdout3_public_texts.py`. Deterministic for a seed and the pinned faker /
python-stdnum versions.

`Builder` is assembled from `holdout3_values.py` (synthetic values),
`holdout3_identifier_rows.py` and `holdout3_text_rows.py` (the sections); `build()`
runs the sections in a fixed order, since that order fixes every random draw.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.data.holdout3_identifier_rows import IdentifierRows
from benchmarks.data.holdout3_text_rows import TextRows
from benchmarks.data.holdout3_values import SEED

__all__ = ["OUT", "SEED", "Builder", "main"]

OUT = Path(__file__).resolve().with_name("classify_holdout3.jsonl")


class Builder(IdentifierRows, TextRows):
    """The whole set: every section's rows, shuffled once and numbered."""

    def build(self) -> list[dict[str, Any]]:
        self.uk_identifiers()
        self.non_uk_identifiers()
        self.names()
        self.other_personal()
        self.structured()
        self.encoded()
        self.long_documents()
        self.special()
        self.markings()
        self.public()
        self.rng.shuffle(self.rows)
        for i, row in enumerate(self.rows, 1):
            row["id"] = f"h3-{i:04d}"
        return self.rows


def main() -> None:
    rows = Builder().build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    levels = Counter(r["level"] for r in rows)
    hard = sum(1 for r in rows if r["category"].startswith("hard_negative:"))
    print(f"{len(rows)} rows -> {OUT.name}: {dict(levels)}; hard negatives {hard}")


if __name__ == "__main__":
    main()
