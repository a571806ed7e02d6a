"""Build `classify_eval.jsonl`, the classifier's evaluation set (development time only).

Run from the repository root with faker and python-stdnum installed:

    python -m benchmarks.data.build_eval_set

The output is deterministic for a given seed and library versions (recorded in
PROVENANCE.md) and is committed, so the benchmark never needs either library.
Each row: `id`, `text`, `sensitive`, `level`, `kinds` (kinds a classifier must
find), `optional_kinds` (present in the text but not required, e.g. a town named in
an address; finding them is neither credited nor penalised), `category`, `source`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

from faker import Faker

from benchmarks.data import identifiers as ids
from benchmarks.data import templates_public as pub
from benchmarks.data import templates_sensitive as sen
from benchmarks.data.formats import write_jsonl, written_value
from benchmarks.data.templates_gaps import GAP_ROWS

SEED = 20250601
EVAL_PATH = Path(__file__).with_name("classify_eval.jsonl")
PER_KIND = 24
_NER_KINDS = ("PERSON", "LOCATION")
_PUBLISHED: dict[str, tuple[str, ...]] = {
    "UK_NHS_NUMBER": ids.PUBLISHED_NHS,
    "UK_UTR": ids.PUBLISHED_UTR,
    "UK_VAT": ids.PUBLISHED_VAT,
    "UK_UPN": ids.PUBLISHED_UPN,
    "PAYMENT_CARD": ids.PUBLISHED_CARDS,
    "IBAN": ids.PUBLISHED_IBANS,
}


class EvalSetBuilder:
    """Accumulates rows; one method per part of the set so the counts stay visible."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)
        self.locale_fakes = [Faker(loc) for loc in ("de_DE", "fr_FR", "en_IE", "nl_NL")]
        for offset, other in enumerate(self.locale_fakes, 1):
            other.seed_instance(seed + offset)
        self.rows: list[dict[str, object]] = []

    # -- helpers -----------------------------------------------------------------
    def person(self) -> dict[str, str]:
        """Slot values for one synthetic private individual (faker en_GB)."""
        female = self.rng.random() < 0.5
        first = self.fake.first_name_female() if female else self.fake.first_name_male()
        last = self.fake.last_name()
        born = self.fake.date_of_birth(minimum_age=18, maximum_age=90)
        title = self.rng.choice(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Dr"])
        town, town2 = self.rng.sample(sen.TOWNS, 2)
        return {
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "title": title,
            "female": "1" if female else "",
            "born": born.isoformat(),
            "dob_long": f"{born.day} {born:%B %Y}",
            "dob_numeric": born.strftime("%d/%m/%Y"),
            "dob_iso": born.isoformat(),
            "initials": first[0] + self.rng.choice("ABCDEFGHJKLMRST9"),
            "town": town,
            "town2": town2,
            "street": self.rng.choice(sen.STREETS),
            "house": str(self.rng.randint(1, 140)),
            "postcode": self.fake.postcode(),
            "dept": self.rng.choice(sen.DEPARTMENTS),
            "issue": self.rng.choice(sen.ISSUES),
            "age": str(self.rng.randint(19, 88)),
            "salary": f"{self.rng.randint(21, 68)},{self.rng.randint(0, 9)}00",
            "arrears": f"{self.rng.randint(6, 38)}0",
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
        """Append a row; NER kinds are optional on sensitive rows unless required."""
        sensitive = level != "public"
        extra = tuple(k for k in _NER_KINDS if sensitive and k not in kinds)
        self.rows.append(
            {
                "id": f"r{len(self.rows) + 1:04d}",
                "text": text,
                "sensitive": sensitive,
                "level": level,
                "kinds": sorted(set(kinds)),
                "optional_kinds": sorted(set(optional + extra) - set(kinds)),
                "category": category,
                "source": source,
            }
        )

    def value(self, kind: str, p: dict[str, str]) -> tuple[str, str]:
        """A valid identifier of `kind` as people write it, and where it came from."""
        return written_value(kind, p, self.rng, self.fake, self.locale_fakes)

    # -- sensitive parts -----------------------------------------------------------
    def identifier_rows(self) -> None:
        for kind, labels in sen.LABELS.items():
            frames = list(sen.GENERIC_FRAMES) + list(sen.SPECIFIC_FRAMES.get(kind, ()))
            published = list(_PUBLISHED.get(kind, ()))
            for i in range(PER_KIND):
                p = self.person()
                value, source = self.value(kind, p)
                if published:
                    value, source = published.pop(0), "published:test-vector (see PROVENANCE.md)"
                frame, _ = frames[i % len(frames)]
                label = self.rng.choice(labels)
                text = frame.format(value=value, label=label, Label=label[0].upper() + label[1:], **p)
                self.add(f"identifier:{kind}", text, "personal", (kind,), source=source)

    def evasion_rows(self) -> None:
        tricks = {
            "fullwidth": ids.fullwidth,
            "zero_width": lambda s: ids.zero_width(s, self.rng),
            "spaced": ids.spaced,
        }
        for kind in ("UK_NHS_NUMBER", "UK_NINO", "PAYMENT_CARD", "UK_PHONE"):
            for trick, apply in tricks.items():
                for _ in range(3):
                    p = self.person()
                    value, source = self.value(kind, p)
                    frame = self.rng.choice(sen.EVASION_FRAMES)
                    text = frame.format(value=apply(value), label=sen.LABELS[kind][0], **p)
                    self.add(f"evasion:{trick}", text, "personal", (kind,), source=f"{source}+{trick}")
        for i in range(12):
            p = self.person()
            value, source = self.value("EMAIL", p)
            if i < 3:
                trick, shown = "zero_width", ids.zero_width(value, self.rng)
            else:
                trick, shown = "spelt_out", ids.spelt_out_email(value, self.rng)
            frame = self.rng.choice(sen.EVASION_FRAMES)
            self.add(
                f"evasion:{trick}",
                frame.format(value=shown, label="email", **p),
                "personal",
                ("EMAIL",),
                source=f"{source}+{trick}",
            )

    def casework_rows(self, count: int = 24) -> None:
        fields = {
            "UK_NINO": "NINO",
            "UK_NHS_NUMBER": "NHS no",
            "UK_PHONE": "Tel",
            "EMAIL": "Email",
            "UK_POSTCODE": "Address",
            "DATE_OF_BIRTH": "DOB",
        }
        for _ in range(count):
            p = self.person()
            chosen = self.rng.sample(sorted(fields), self.rng.randint(2, 4))
            lines = [f"Case CW-{self.rng.randint(10000, 99999)}", f"Name: {p['name']}"]
            for kind in chosen:
                if kind == "UK_POSTCODE":
                    shown = f"{p['house']} {p['street']}, {p['town']} {p['postcode']}"
                elif kind == "DATE_OF_BIRTH":
                    shown = p["dob_numeric"]
                else:
                    shown = self.value(kind, p)[0]
                lines.append(f"{fields[kind]}: {shown}")
            lines.append(f"Notes: customer called about {p['issue']}. Summarise and suggest next steps.")
            self.add("casework", "\n".join(lines), "personal", tuple(chosen), source="faker:en_GB+generators")

    def special_rows(self) -> None:
        combos = [(f, s) for f in sen.SPECIAL_FRAMES for s in sen.SPECIAL_STATEMENTS]
        for (frame, _), statement in self.rng.sample(combos, 56):
            p = self.person()
            text = frame.format(statement=statement.format(condition=self.rng.choice(sen.CONDITIONS)), **p)
            self.add("special_category", text, "special", ("SPECIAL_CATEGORY",))
        for condition in sen.CONDITIONS:
            text = self.rng.choice(sen.FIRST_PERSON_SPECIAL).format(condition=condition)
            self.add("special_category", text, "special", ("SPECIAL_CATEGORY",))

    def marking_rows(self) -> None:
        for i in range(24):
            frame = sen.OFFICIAL_SENSITIVE_FRAMES[i % len(sen.OFFICIAL_SENSITIVE_FRAMES)]
            self.add(
                "marking:official_sensitive",
                frame.format(topic=self.rng.choice(sen.MARKING_TOPICS)),
                "special",
                ("PROTECTIVE_MARKING",),
            )
        for i in range(12):
            frame = sen.SECRET_FRAMES[i % len(sen.SECRET_FRAMES)]
            self.add(
                "marking:secret",
                frame.format(topic=self.rng.choice(sen.MARKING_TOPICS)),
                "secret",
                ("PROTECTIVE_MARKING",),
            )

    def named_rows(self) -> None:
        for i in range(48):
            frame, kinds, optional = sen.NAMED_FRAMES[i % len(sen.NAMED_FRAMES)]
            self.add(
                "named_individual",
                frame.format(**self.person()),
                "personal",
                kinds,
                optional,
                source="faker:en_GB.name/postcode/date_of_birth",
            )
        for i in range(24):
            self.add(
                "date_of_birth",
                sen.DOB_FRAMES[i % len(sen.DOB_FRAMES)].format(**self.person()),
                "personal",
                ("DATE_OF_BIRTH",),
                source="faker:en_GB.date_of_birth",
            )

    # -- public parts ----------------------------------------------------------------
    def public_rows(self) -> None:
        rng = self.rng
        for q in pub.GENERAL_QUESTIONS:
            self.add("public:general", q, "public")
        for frame, topic in rng.sample([(f, t) for f in pub.TOPIC_FRAMES for t in pub.TOPICS], 40):
            self.add("public:general", frame.format(topic=topic), "public")
        for q in pub.IDENTIFIER_WORD_QUESTIONS:
            self.add("public:identifier_words", q, "public")
        for frame, cond in rng.sample([(f, c) for f in pub.HEALTH_BELIEF_QUESTIONS for c in sen.CONDITIONS], 28):
            self.add("public:health_general", frame.format(condition=cond), "public")
        for q in pub.BELIEF_AND_LAW_QUESTIONS:
            self.add("public:health_general", q, "public")
        for frame, fig in rng.sample([(f, g) for f in pub.FIGURE_FRAMES for g in pub.PUBLIC_FIGURES], 54):
            self.add("public:public_figure", frame.format(figure=fig), "public")
        for fact in pub.FIGURE_FACTS:
            self.add("public:public_figure", fact, "public")
        for frame, (date, event) in rng.sample([(f, e) for f in pub.DATE_FRAMES for e in pub.HISTORIC_EVENTS], 30):
            self.add("public:historic_date", frame.format(date=date, event=event, numeric=_numeric(date)), "public")
        for i in range(30):
            self.add(
                "public:price",
                pub.PRICE_FRAMES[i % len(pub.PRICE_FRAMES)].format(**self._price_slots()),
                "public",
            )
        for i in range(25):
            isbn = ids.isbn13(rng)
            text = pub.ISBN_FRAMES[i % len(pub.ISBN_FRAMES)].format(isbn=isbn, bare=isbn.replace("-", ""))
            self.add("public:isbn", text, "public", source="generator:isbn13_stdnum_check")
        for i in range(30):
            self.add(
                "public:order_number",
                pub.ORDER_FRAMES[i % len(pub.ORDER_FRAMES)].format(**self._order_slots()),
                "public",
                source="generator:order_reference_formats",
            )
        for i in range(30):
            slots = {"bad_nhs": ids.invalid_nhs_number(rng), "bad_card": ids.invalid_card(self.fake, rng)}
            self.add(
                "public:invalid_checksum",
                pub.INVALID_FRAMES[i % len(pub.INVALID_FRAMES)].format(**slots),
                "public",
                source="generator:broken_check_digit",
            )
        for q in pub.FORMAT_EXAMPLE_QUESTIONS:
            self.add("public:format_example", q, "public")
        for q in pub.MARKING_NEGATIVES:
            self.add("public:marking_words", q, "public")

    def _price_slots(self) -> dict[str, str]:
        rng = self.rng
        price = rng.randint(20, 4999)
        return {
            "price": f"{price:,}.{rng.randint(0, 99):02d}",
            "price2": f"{int(price * 0.8):,}.00",
            "big": f"{rng.randint(1, 95) * 250_000:,}",
            "item": rng.choice(pub.ITEMS),
            "project": rng.choice(pub.PROJECTS),
        }

    def _order_slots(self) -> dict[str, str]:
        r = self.rng.randint
        return {
            "order": f"#{r(100, 999)}-{r(1_000_000, 9_999_999)}-{r(1_000_000, 9_999_999)}",
            "invoice": f"INV-2025-{r(100, 99999):05d}",
            "po": f"PO{r(1_000_000, 9_999_999)}",
            "tracking": f"JD{r(10**17, 10**18 - 1)}",
            "ticket": f"INC{r(100_000, 999_999)}",
        }

    def build(self) -> list[dict[str, object]]:
        """All parts, in a fixed order (so ids are stable for a given seed)."""
        self.identifier_rows()
        self.evasion_rows()
        self.casework_rows()
        self.special_rows()
        self.marking_rows()
        self.named_rows()
        self.public_rows()
        self.gap_rows()
        return self.rows

    def gap_rows(self) -> None:
        """Issue 9's gap categories and their hard negatives (`templates_gaps.py`), appended last."""
        for category, text, level, kinds in GAP_ROWS:
            self.add(category, text, level, kinds)


def _numeric(long_date: str) -> str:
    """'14 October 1066' -> '14/10/1066' (the form a date-of-birth pattern would match)."""
    return dt.datetime.strptime(long_date, "%d %B %Y").strftime("%d/%m/%Y")


def main(argv: list[str] | None = None) -> None:
    """Write the evaluation set as JSON lines and print its composition."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=EVAL_PATH)
    args = parser.parse_args(argv)
    rows = EvalSetBuilder(args.seed).build()
    write_jsonl(rows, args.out)
    counts: dict[str, int] = {}
    for row in rows:
        counts[str(row["category"])] = counts.get(str(row["category"]), 0) + 1
    print(f"{len(rows)} rows -> {args.out}")
    for category, n in sorted(counts.items()):
        print(f"  {category:40s} {n}")


if __name__ == "__main__":
    main()
