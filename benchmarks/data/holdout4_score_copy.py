"""Held-out set 4 in the kind names `bench classify --quality` scores.

Set 4 was written by someone who had not seen the classifier, with kind names of their
own. This writes a copy with the names mapped where the meaning is the same, and the kinds
the scorer has no name for dropped (they were optional or region-neutral: a foreign
passport is not a UK_PASSPORT). Text, level and `sensitive`, which the headline figures
score, are untouched. The mapping was written before either scoring run.

    python -m benchmarks.data.holdout4_score_copy OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SOURCE = Path(__file__).with_name("classify_holdout4.jsonl")
SAME_MEANING = {
    "EMAIL_ADDRESS": "EMAIL",
    "UK_NHS": "UK_NHS_NUMBER",
    "CREDIT_CARD": "PAYMENT_CARD",
    "UK_VEHICLE_REGISTRATION": "UK_VEHICLE_REG",
}
SCORED = frozenset({
    "DATE_OF_BIRTH", "EMAIL", "IBAN", "IP_ADDRESS", "LOCATION", "PAYMENT_CARD", "PERSON", "PROTECTIVE_MARKING",
    "SPECIAL_CATEGORY", "UK_BANK_ACCOUNT", "UK_CHI", "UK_DRIVING_LICENCE", "UK_NHS_NUMBER", "UK_NINO",
    "UK_PASSPORT", "UK_PHONE", "UK_POSTCODE", "UK_UPN", "UK_UTR", "UK_VAT", "UK_VEHICLE_REG",
})


def _kinds(kinds: list[str]) -> list[str]:
    return sorted({SAME_MEANING.get(kind, kind) for kind in kinds} & SCORED)


def main() -> None:
    out = Path(sys.argv[1])
    lines = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        row["kinds"] = _kinds(row["kinds"])
        row["optional_kinds"] = sorted(set(_kinds(row["optional_kinds"])) - set(row["kinds"]))
        lines.append(json.dumps(row, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
