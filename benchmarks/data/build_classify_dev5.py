"""Build `classify_dev5.jsonl`: issue 9's development set for the precision pass.

Run from the repository root:

    python -m benchmarks.data.build_classify_dev5

Public prompts come from `dev5_public.py` (by genre), personal ones from
`dev5_personal.py` (by the categories of set 4's misses). Identifier slots are filled
with synthetic values made here from the published check rules, several rows per
format variant. The set is a development set: it is tuned on, so its scores say
nothing about text nobody here wrote. Score it with
`sovereign-router bench classify --quality --eval-set benchmarks/data/classify_dev5.jsonl`.
"""

from __future__ import annotations

import base64
import random
from pathlib import Path

from benchmarks.data.dev5_personal import ROWS
from benchmarks.data.dev5_public import GENRES, LONG_DOCUMENTS
from benchmarks.data.formats import write_jsonl

SEED = 20261206
DEV5_PATH = Path(__file__).with_name("classify_dev5.jsonl")
_NINO_PREFIXES = ("JT", "PW", "CE", "SK", "ML", "AB", "WP", "RE", "HN", "EY")
_VARIANTS_PER_ROW = 3


def nhs_number(rng: random.Random) -> str:
    """A synthetic 10-digit NHS number with a valid modulus 11 check digit."""
    while True:
        nine = [rng.randint(0, 9) for _ in range(9)]
        nine[0] = rng.randint(4, 7)
        remainder = sum(d * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
        check = 11 - remainder
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, nine)) + str(check)


def nino(rng: random.Random) -> str:
    """A synthetic National Insurance number with an allocated-style prefix."""
    return rng.choice(_NINO_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def slots(rng: random.Random) -> dict[str, str]:
    """Values for every slot `dev5_personal.ROWS` uses, in several written forms."""
    nhs, ni = nhs_number(rng), nino(rng)
    bad = nhs[:-1] + str((int(nhs[-1]) + 1) % 10)
    pairs = [ni[i : i + 2] for i in range(0, 8, 2)]
    return {
        "nhs": nhs,
        "nhs_bad": f"{bad[:3]} {bad[3:6]} {bad[6:]}",
        "nhs_spaced": f"{nhs[:3]}  {nhs[3:6]}  {nhs[6:]}",
        "nhs_lines": f"{nhs[:3]}\n{nhs[3:6]}\n{nhs[6:]}",
        "nhs_dots": f"{nhs[:3]}.{nhs[3:6]}.{nhs[6:]}",
        "nhs_slash": f"{nhs[:3]}/{nhs[3:6]}/{nhs[6:]}",
        "nhs_wide": " ".join(nhs),
        "nino": ni,
        "nino_bad": "D" + ni[1:],
        "nino_lower": " ".join(pairs).lower() + " " + ni[-1].lower(),
        "nino_spaced": " ".join(pairs) + " " + ni[-1],
        "nino_dashed": "-".join(pairs) + "-" + ni[-1],
        "nino_lines": ni[:2] + "\n" + ni[2:8] + "\n" + ni[8],
        "nino_dotted": ".".join(pairs) + "." + ni[-1],
        "b64_nhs": base64.b64encode(f"NHS number {nhs}, Ruth Abernethy".encode()).decode(),
        "long_public": LONG_DOCUMENTS[rng.randrange(len(LONG_DOCUMENTS))],
    }


def build(seed: int = SEED) -> list[dict[str, object]]:
    """All rows: personal rows (identifier rows in several variants), then public rows by genre."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for category, template, kinds in ROWS:
        variants = _VARIANTS_PER_ROW if "{" in template.replace("{{", "") else 1
        for _ in range(variants):
            text = template.format(**slots(rng))
            level = "special" if category == "special" else "personal"
            rows.append(_row(len(rows), text, level, kinds, category))
    for genre, texts in GENRES.items():
        for text in texts:
            rows.append(_row(len(rows), text, "public", (), genre))
    return rows


def _row(index: int, text: str, level: str, kinds: tuple[str, ...], category: str) -> dict[str, object]:
    return {
        "id": f"d5-{index:04d}",
        "text": text,
        "sensitive": level != "public",
        "level": level,
        "kinds": sorted(kinds),
        "optional_kinds": [],
        "category": category,
        "source": "handwritten:issue9-dev5",
    }


def main() -> None:
    """Write the set next to this module."""
    rows = build()
    write_jsonl(rows, DEV5_PATH)
    print(f"wrote {len(rows)} rows to {DEV5_PATH}")


if __name__ == "__main__":
    main()
