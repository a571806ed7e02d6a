"""Long documents for held-out set 7: 4-12 KB of public text (the Vim user manual's prose
or a Shakespeare scene) with one personal sentence at the start, in the middle or at the
end, and the same bodies without it as public hard negatives.
"""

from __future__ import annotations

import random
from typing import Any

from .holdout7_common import frame_row, row
from .holdout7_passages_verse import RICHARD_II
from .holdout7_passages_vim import VIM_PARAGRAPHS
from .holdout7_values import PERSONAL_FIELDS, Names, person

SENTENCES = [
    ("personal", "Before the notes below: my NHS number is {nhs} in case the practice asks."),
    ("personal", "Sent on behalf of {name}, National Insurance number {nino}."),
    ("personal", "PS - my new address is {address} from next week."),
    ("personal", "(Reply to {email} or ring {phone}, ask for {first}.)"),
    ("personal", "Note for file: passport {passport} held by {name}, date of birth {dob}."),
    ("special", "{name} asked me to add that she has been diagnosed with Crohn's disease and may miss sessions."),
    ("personal", "My UTR is {utr} and I'd like the penalty reviewed."),
    ("personal", "Pay the prize to {name}, IBAN {iban}."),
    ("special", "For the record, {name} (NHS {nhs}) is under the memory clinic for early dementia."),
    ("personal", "the car on my drive is {plate}, registered to {name}."),
]
INTROS = [
    "Can you make a one-page crib sheet from this manual extract?",
    "Summarise the following text for a new starter.",
    "Proofread this and list any inconsistencies:",
    "Turn this into ten quiz questions.",
]


def _vim_body(rng: random.Random, target: int) -> str:
    start = rng.randrange(0, len(VIM_PARAGRAPHS))
    parts: list[str] = []
    i = start
    while len("\n\n".join(parts).encode()) < target:
        parts.append(VIM_PARAGRAPHS[i % len(VIM_PARAGRAPHS)])
        i += 1
    return "\n\n".join(parts)


def _body(rng: random.Random, k: int) -> tuple[str, str]:
    if k % 4 == 3:
        return RICHARD_II, "published:shakespeare_richard_ii_tinyshakespeare"
    return _vim_body(rng, rng.randint(4200, 11000)), "published:vim90_user_manual_paragraphs"


def long_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    places = ["start"] * 7 + ["middle"] * 6 + ["end"] * 7
    for k, place in enumerate(places):
        level, sent = SENTENCES[k % len(SENTENCES)]
        vals, src = person(rng, names)
        r = frame_row(sent, vals, PERSONAL_FIELDS, level, "x", src)
        body, bsrc = _body(rng, k)
        intro = INTROS[k % len(INTROS)]
        if place == "start":
            text = f"{r['text']}\n\n{intro}\n\n{body}"
        elif place == "end":
            text = f"{intro}\n\n{body}\n\n{r['text']}"
        else:
            paras = body.split("\n\n")
            mid = len(paras) // 2
            text = intro + "\n\n" + "\n\n".join(paras[:mid] + [r["text"]] + paras[mid:])
        assert 4000 <= len(text.encode()) <= 12500, len(text.encode())
        rows.append(row(text, level, f"long:{place}", f"{bsrc}+{src}", r["kinds"], r["optional_kinds"], r["values"]))
    for k in range(10):
        body, bsrc = _body(rng, k)
        text = f"{INTROS[k % len(INTROS)]}\n\n{body}"
        rows.append(row(text, "public", "hard:long_public_document", bsrc))
    return rows
