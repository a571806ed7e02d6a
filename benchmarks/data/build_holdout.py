"""Build `classify_holdout.jsonl`, a smaller held-out evaluation set (development time only).

    python -m benchmarks.data.build_holdout

Same row format, generators and labelling rules as `build_eval_set`, but a
different seed and entirely different frames (`templates_holdout`). The main set's
misses are shared with classifier work so they can be fixed; this set is not, so
its scores show how much of an improvement generalises beyond the main set's
wording.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.data import identifiers as ids
from benchmarks.data import templates_holdout as hold
from benchmarks.data import templates_sensitive as sen
from benchmarks.data.build_eval_set import EvalSetBuilder
from benchmarks.data.formats import write_jsonl

HOLDOUT_SEED = 7_340_211
HOLDOUT_PATH = Path(__file__).with_name("classify_holdout.jsonl")


class HoldoutBuilder(EvalSetBuilder):
    """The main builder's helpers with the held-out frames."""

    def person(self) -> dict[str, str]:
        p = super().person()
        p["issue"] = self.rng.choice(hold.ISSUES)
        p["dept"] = self.rng.choice(hold.DEPARTMENTS)
        return p

    def build(self) -> list[dict[str, object]]:
        rng = self.rng
        for kind, labels in sen.LABELS.items():
            for frame in hold.IDENTIFIER_FRAMES:
                p = self.person()
                value, source = self.value(kind, p)
                text = frame.format(value=value, label=rng.choice(labels), **p)
                self.add(f"identifier:{kind}", text, "personal", (kind,), source=source)
        for frame, kinds, optional in hold.NAMED_FRAMES * 4:
            self.add(
                "named_individual",
                frame.format(**self.person()),
                "personal",
                kinds,
                optional,
                source="faker:en_GB.name/postcode/date_of_birth",
            )
        for frame in hold.DOB_FRAMES * 2:
            self.add(
                "date_of_birth",
                frame.format(**self.person()),
                "personal",
                ("DATE_OF_BIRTH",),
                source="faker:en_GB.date_of_birth",
            )
        for i, statement in enumerate(hold.SPECIAL_STATEMENTS * 2):
            frame = hold.SPECIAL_FRAMES[i % len(hold.SPECIAL_FRAMES)]
            self.add(
                "special_category", frame.format(statement=statement, **self.person()), "special", ("SPECIAL_CATEGORY",)
            )
        for frame in hold.OFFICIAL_SENSITIVE_FRAMES * 2:
            self.add(
                "marking:official_sensitive",
                frame.format(topic=rng.choice(hold.MARKING_TOPICS)),
                "special",
                ("PROTECTIVE_MARKING",),
            )
        for frame in hold.SECRET_FRAMES * 2:
            self.add(
                "marking:secret", frame.format(topic=rng.choice(hold.MARKING_TOPICS)), "secret", ("PROTECTIVE_MARKING",)
            )
        self._public()
        return self.rows

    def _public(self) -> None:
        parts = (
            ("public:general", hold.GENERAL_QUESTIONS),
            ("public:public_figure", hold.PUBLIC_FIGURE_QUESTIONS),
            ("public:historic_date", hold.HISTORIC_DATES),
            ("public:price", hold.PRICE_TEXTS),
            ("public:order_number", hold.ORDER_TEXTS),
            ("public:marking_words", hold.MARKING_NEGATIVES),
        )
        for category, texts in parts:
            for text in texts:
                self.add(category, text, "public")
        for i in range(12):
            isbn = ids.isbn13(self.rng)
            self.add(
                "public:isbn",
                f"Is {isbn} the ISBN of the second edition?"
                if i % 2
                else f"Order two copies of ISBN {isbn.replace('-', '')} for the library.",
                "public",
                source="generator:isbn13_stdnum_check",
            )
        for i in range(12):
            slots = {"bad_nhs": ids.invalid_nhs_number(self.rng), "bad_card": ids.invalid_card(self.fake, self.rng)}
            self.add(
                "public:invalid_checksum",
                hold.INVALID_TEXTS[i % len(hold.INVALID_TEXTS)].format(**slots),
                "public",
                source="generator:broken_check_digit",
            )


def main(argv: list[str] | None = None) -> None:
    """Write the held-out set as JSON lines."""
    parser = argparse.ArgumentParser(description="Build the held-out classifier evaluation set.")
    parser.add_argument("--seed", type=int, default=HOLDOUT_SEED)
    parser.add_argument("--out", type=Path, default=HOLDOUT_PATH)
    args = parser.parse_args(argv)
    rows = HoldoutBuilder(args.seed).build()
    write_jsonl(rows, args.out)
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
