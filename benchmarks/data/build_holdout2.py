"""Build `classify_holdout2.jsonl`, a second, independently written held-out set.

    python -m benchmarks.data.build_holdout2

Frames come from `templates_holdout2` (written without sight of the classifier or
of the earlier template files); identifier values come from the shared generators
in `identifiers` and `formats`, so every value is valid by construction. Fixed
seed, deterministic output. Development time only (needs faker, python-stdnum).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

from faker import Faker

from benchmarks.data import identifiers as ids
from benchmarks.data import templates_holdout2 as t
from benchmarks.data import templates_holdout2_public as tp
from benchmarks.data.formats import write_jsonl, written_value

SEED = 20_261_124
OUT_PATH = Path(__file__).with_name("classify_holdout2.jsonl")
IDENTIFIER_KINDS = tuple(t.KIND_FRAMES)


def _dob_text(born: dt.date, rng: random.Random) -> str:
    forms = (
        born.strftime("%d/%m/%Y"),
        f"{born.day} {born.strftime('%B %Y')}",
        born.strftime("%d.%m.%y"),
        born.isoformat(),
        f"{born.day} {born.strftime('%b')} {born.year}",
    )
    return rng.choice(forms)


class Builder:
    """Rows in a fixed order from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        Faker.seed(seed)
        self.fake = Faker("en_GB")
        self.locale_fakes = [Faker(loc) for loc in ("de_DE", "fr_FR", "en_IE", "nl_NL")]
        for i, f in enumerate(self.locale_fakes):
            f.seed_instance(seed + i + 1)
        self.fake.seed_instance(seed)
        self.rows: list[dict[str, object]] = []

    def person(self) -> dict[str, object]:
        female = self.rng.random() < 0.5
        first = self.fake.first_name_female() if female else self.fake.first_name_male()
        last = self.fake.last_name()
        born = self.fake.date_of_birth(minimum_age=5, maximum_age=90)
        title = self.rng.choice(["Ms", "Mrs", "Miss"] if female else ["Mr", "Mr"])
        name = self.rng.choice([f"{first} {last}", f"{title} {last}", f"{title} {first} {last}"])
        return {
            "first": first,
            "last": last,
            "name": name,
            "initials": first[0] + self.rng.choice("ABCDEFGHJKLMNPRSTW"),
            "female": female,
            "born": born.isoformat(),
            "dob": _dob_text(born, self.rng),
            "postcode": self.fake.postcode(),
            "town": self.rng.choice(tp.TOWNS),
        }

    def add(
        self,
        category: str,
        text: str,
        level: str,
        kinds: tuple[str, ...] = (),
        optional: tuple[str, ...] = (),
        source: str = "handwritten",
    ) -> None:
        self.rows.append(
            {
                "id": f"h2-{len(self.rows) + 1:04d}",
                "text": text,
                "sensitive": level != "public",
                "level": level,
                "kinds": list(kinds),
                "optional_kinds": [k for k in optional if k not in kinds],
                "category": category,
                "source": source,
            }
        )

    def value(self, kind: str, p: dict[str, object]) -> tuple[str, str]:
        return written_value(kind, p, self.rng, self.fake, self.locale_fakes)  # type: ignore[arg-type]

    def _identifier_row(self, kind: str, frame: str) -> None:
        p = self.person()
        value, source = self.value(kind, p)
        label = self.rng.choice(t.LABELS[kind])
        text = frame.format(value=value, label=label, **p)
        named = str(p["last"]) in text or str(p["first"]) in text
        optional: tuple[str, ...] = ("PERSON",) if named else ()
        if kind != "UK_POSTCODE":
            optional += ("LOCATION",)
        if frame in t.SPECIAL_KIND_FRAMES:
            self.add(f"identifier:{kind}", text, "special", (kind, "SPECIAL_CATEGORY"), optional, source=source)
        else:
            self.add(f"identifier:{kind}", text, "personal", (kind,), optional, source=source)

    def build(self) -> list[dict[str, object]]:
        rng = self.rng
        # Kind-specific frames: 16 kinds x 3.
        for kind, frames in t.KIND_FRAMES.items():
            for frame in frames:
                self._identifier_row(kind, frame)
        # Generic frames: 24 rows cycling through kinds and frames.
        kinds = list(IDENTIFIER_KINDS)
        rng.shuffle(kinds)
        for i in range(24):
            kind = kinds[i % len(kinds)]
            if kind == "UK_POSTCODE":
                kind = "UK_PHONE"
            self._identifier_row(kind, t.GENERIC_IDENTIFIER_FRAMES[i % len(t.GENERIC_IDENTIFIER_FRAMES)])
        self._evasions()
        for frame, kinds_, optional in t.NAMED_FRAMES:
            self.add("named_individual", frame.format(**self.person()), "personal", kinds_, optional,
                     source="faker:en_GB.name")
        for frame in t.DOB_FRAMES:
            self.add("date_of_birth", frame.format(**self.person()), "personal", ("DATE_OF_BIRTH",), ("PERSON",),
                     source="faker:en_GB.date_of_birth")
        for i, statement in enumerate(t.SPECIAL_STATEMENTS):
            frame = t.SPECIAL_FRAMES[i % len(t.SPECIAL_FRAMES)]
            self.add("special_category", frame.format(statement=statement, **self.person()), "special",
                     ("SPECIAL_CATEGORY",), ("PERSON",))
        for frame in t.OFFICIAL_SENSITIVE_FRAMES:
            self.add("marking:official_sensitive", frame.format(topic=rng.choice(t.MARKING_TOPICS)), "special",
                     ("PROTECTIVE_MARKING",))
        for frame in t.SECRET_FRAMES * 2:
            self.add("marking:secret", frame.format(topic=rng.choice(t.MARKING_TOPICS)), "secret",
                     ("PROTECTIVE_MARKING",))
        self._public()
        return self.rows

    def _evasions(self) -> None:
        tricks = (
            ("UK_NHS_NUMBER", "spaced"),
            ("UK_NHS_NUMBER", "fullwidth"),
            ("UK_NINO", "fullwidth"),
            ("UK_NINO", "spaced"),
            ("UK_PHONE", "hyphenated"),
            ("UK_PHONE", "fullwidth"),
            ("EMAIL", "spelt"),
            ("EMAIL", "spelt"),
            ("PAYMENT_CARD", "spaced"),
            ("PAYMENT_CARD", "hyphenated"),
        )
        for i, (kind, trick) in enumerate(tricks):
            p = self.person()
            value, source = self.value(kind, p)
            if trick == "spaced":
                value = ids.spaced(value)
            elif trick == "fullwidth":
                value = ids.fullwidth(value)
            elif trick == "hyphenated":
                value = "-".join(c for c in value if c.isdigit() or c == "+")
            else:
                value = ids.spelt_out_email(value, self.rng)
            frame = t.EVASION_FRAMES[i % len(t.EVASION_FRAMES)]
            self.add(f"evasion:{trick}", frame.format(value=value), "personal", (kind,),
                     source=f"{source}+evasion:{trick}")

    def _public(self) -> None:
        parts = (
            ("public:general", tp.GENERAL_QUESTIONS),
            ("public:public_figure", tp.PUBLIC_FIGURE_QUESTIONS),
            ("public:historic_date", tp.HISTORIC_DATES),
            ("public:price", tp.PRICE_TEXTS),
            ("public:order_number", tp.ORDER_TEXTS),
            ("public:marking_words", tp.MARKING_NEGATIVES),
        )
        for category, texts in parts:
            for text in texts:
                self.add(category, text, "public")
        for i in range(12):
            isbn = ids.isbn13(self.rng)
            if i % 3 == 0:
                isbn = isbn.replace("-", "")
            self.add("public:isbn", tp.ISBN_FRAMES[i % len(tp.ISBN_FRAMES)].format(isbn=isbn), "public",
                     source="generator:isbn13_stdnum_check")
        for i in range(10):
            slots = {"bad_nhs": ids.invalid_nhs_number(self.rng), "bad_card": ids.invalid_card(self.fake, self.rng)}
            self.add("public:invalid_checksum", tp.INVALID_TEXTS[i % len(tp.INVALID_TEXTS)].format(**slots), "public",
                     source="generator:broken_check_digit")


def main(argv: list[str] | None = None) -> None:
    """Write the second held-out set as JSON lines."""
    parser = argparse.ArgumentParser(description="Build the second held-out classifier evaluation set.")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    args = parser.parse_args(argv)
    rows = Builder(args.seed).build()
    write_jsonl(rows, args.out)
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
