"""Build `classify_dev7.jsonl`: issue 9's development set for the ninth (non-name rules) pass.

Written by hand for this pass from the mechanisms behind held-out set 7's non-name misses and
false positives (set 7 is a tuned set from this pass on): addresses after an address cue in
other countries' orders and scripts, plates with unusual separators, special-category
statements about a person named in another script, ages in record lines, mistyped postcodes,
markings applied with a handling instruction, case notes (`dev7_personal.py`); their public
look-alikes (`dev7_public.py`); long public documents of four genres at 4-12 KB
(`dev7_long.py`). No held-out set 8 material, builder or result was read.

Run `python -m benchmarks.data.dev7_rules` to rewrite the file, then
`sovereign-router bench classify --quality --eval-set benchmarks/data/classify_dev7.jsonl`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.dev7_long import long_documents
from benchmarks.data.dev7_personal import PERSONAL
from benchmarks.data.dev7_public import PUBLIC
from benchmarks.data.formats import handwritten_row, write_jsonl

__all__ = ["DEV7_PATH", "build"]

DEV7_PATH = Path(__file__).with_name("classify_dev7.jsonl")
SEED = 7
SOURCE = "handwritten:issue9-dev7-rules"


def _level(category: str) -> str:
    if category.startswith("marking:"):
        return "secret"
    return "special" if category.startswith("special:") else "personal"


def build(seed: int = SEED) -> list[dict[str, object]]:
    """Every row of the set: personal first, then public look-alikes and long public documents."""
    labelled: list[tuple[str, str, str]] = []
    for category, texts in PERSONAL.items():
        labelled += [(text, _level(category), category) for text in texts]
    for category, texts in PUBLIC.items():
        labelled += [(text, "public", category) for text in texts]
    labelled += [(text, "public", f"hard:long_{genre}") for genre, text in long_documents(seed)]
    return [
        handwritten_row(f"d7-{index:04d}", text, level, category, SOURCE)
        for index, (text, level, category) in enumerate(labelled)
    ]


def main() -> None:
    """Write the set next to this module."""
    write_jsonl(build(), DEV7_PATH)


if __name__ == "__main__":
    main()
