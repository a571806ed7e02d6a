# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Build `classify_dev6.jsonl`: issue 9's development set for the seventh (rules) pass.

Written by hand for this pass from the categories of held-out set 6's misses and false
positives, by category only (international identifiers, addresses and phone numbers;
special-category statements about a person; dates of birth without "born"; ages;
department case traffic; plates with separators; UK identifiers with a failed check or a
never-allocated prefix; long public documents; unfilled templates). No held-out set, its
builders or its results were read. Each category is covered by several countries,
spellings and sentence shapes, so that a rule written for one row fails the others if it
does not generalise; the public rows are look-alikes of the personal ones (the same cue
words with no value, general questions on the same topics, organisations' contact blocks).

Run `python -m benchmarks.data.dev6_rules` to rewrite the file, then
`sovereign-router bench classify --quality --eval-set benchmarks/data/classify_dev6.jsonl`.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.dev6_long import TEMPLATES, long_documents
from benchmarks.data.dev6_personal import EXTRA_PERSONAL, PERSONAL
from benchmarks.data.dev6_public import EXTRA_PUBLIC, PUBLIC
from benchmarks.data.formats import handwritten_row, write_jsonl

__all__ = ["DEV6_PATH", "build"]

DEV6_PATH = Path(__file__).with_name("classify_dev6.jsonl")
SEED = 6
SOURCE = "handwritten:issue9-dev6-rules"


def build(seed: int = SEED) -> list[dict[str, object]]:
    """Every row of the set, personal first, then public look-alikes, long documents and templates."""
    labelled: list[tuple[str, str, str]] = []
    personal = {key: list(texts) for key, texts in PERSONAL.items()}
    for key, texts in EXTRA_PERSONAL.items():
        personal.setdefault(key, []).extend(t for t in texts if t not in personal.get(key, []))
    for category, category_texts in personal.items():
        level = "special" if category == "special" else "personal"
        labelled += [(text, level, category) for text in category_texts]
    for category, texts in PUBLIC.items():
        labelled += [(text, "public", category) for text in texts]
    labelled += [(text, "public", "hard_negative:lookalike") for text in EXTRA_PUBLIC]
    labelled += [(text, "public", f"public:long_{genre}") for genre, text in long_documents(seed)]
    labelled += [(text, "public", "public:template") for text in TEMPLATES]
    return [
        handwritten_row(f"d6-{index:04d}", text, level, category, SOURCE)
        for index, (text, level, category) in enumerate(labelled)
    ]


def main() -> None:
    """Write the set next to this module."""
    write_jsonl(build(), DEV6_PATH)


if __name__ == "__main__":
    main()
