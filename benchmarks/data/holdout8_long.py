"""Long documents: one personal sentence at the start, middle or end of 4-12 KB
of public text, and long public documents with no personal data at all."""
# ruff: noqa: E501

from __future__ import annotations

from benchmarks.data.holdout8_common import Row, fill, kinds_for, make_row
from benchmarks.data.holdout8_passages import PASSAGES
from benchmarks.data.holdout8_values import Values, person_fields

SENTENCES: list[tuple[str, str]] = [
    ("personal", "Before the notes below: I'm {name}, NI number {nino}, and I need this for my college assignment."),
    ("personal", "(Sent from my phone - {name}, {mobile})"),
    ("personal", "Please forward your comments to me at {email}. Thanks, {name}."),
    ("personal", "My NHS number is {nhs} in case the course provider needs it for the occupational health form."),
    ("personal", "Pasting the reading for Tuesday's session below; the library card in my name, {name}, expired so I copied it out."),
    ("personal", "Invoice for the tutoring goes to {name}, {address}."),
    ("personal", "Pay the course fee refund to sort code {sortcode}, account {account}, account name {name}."),
    ("special", "Context for the tutor: I'm {name} and I'm dyslexic, so please keep the summary short."),
    ("personal", "-- forwarded by {name} (UTR {utr}) who asked whether training costs are allowable --"),
    ("personal", "Card for the exam fee: {card}, in the name of {name}."),
    ("personal", "My daughter {name}, date of birth {dob}, needs this for her A-level project."),
    ("special", "note to self: {name} ({nhs}) - ask about the methotrexate dose before Friday."),
    ("personal", "Can you post a printed copy to {name} at {address}? She has no printer."),
    ("personal", "Driver on the course: {name}, licence {licence}."),
    ("personal", "Ring me on {phone} when you've read it - {name}"),
    ("special", "{name} has asked for extra time in the test because of her ADHD diagnosis."),
    ("personal", "I'm using my passport ({passport}) as ID for the exam, is that OK? - {name}"),
    ("personal", "Student: {name}; NINO {nino}; email {email}."),
    ("special", "The applicant, {name}, disclosed a conviction for assault in 2021 on the course application."),
    ("personal", "Registered keeper of the car in the worked example is really my neighbour {name}, reg {plate}."),
]
ASKS = [
    "Can you summarise the following for me?\n\n", "Explain this in plain English please:\n\n",
    "I copied this from the Python docs, what are the key points?\n\n", "",
    "Turn this into revision notes:\n\n",
]


def long_rows(v: Values) -> list[Row]:
    """20 sensitive long documents (start 7, middle 6, end 7) and 10 public ones."""
    rows: list[Row] = []
    for i, (level, sentence) in enumerate(SENTENCES):
        topic, body = PASSAGES[i]
        f = person_fields(v)
        sent, used, values = fill(sentence, f)
        pos = ("start", "middle", "end")[i % 3]
        if pos == "start":
            text = sent + "\n\n" + ASKS[i % len(ASKS)] + body
        elif pos == "end":
            text = ASKS[i % len(ASKS)] + body + "\n\n" + sent
        else:
            paras = body.split("\n\n")
            half = len(paras) // 2
            text = ASKS[i % len(ASKS)] + "\n\n".join(paras[:half]) + "\n\n" + sent + "\n\n" + "\n\n".join(paras[half:])
        req, opt = kinds_for(used)
        if not req and "name" in used:
            req.append("PERSON")
        if level == "special":
            opt.append("SPECIAL_CATEGORY")
        rows.append(make_row(text, level, req, opt, f"long:{pos}",
                             f"published:python311_pydoc_topics[{topic}] + handwritten:holdout8_long + generator:h8_*", values))
    for i in range(20, 30):
        topic, body = PASSAGES[i]
        rows.append(make_row(ASKS[i % len(ASKS)] + body, "public", [], [], "hard:long_public",
                             f"published:python311_pydoc_topics[{topic}]", []))
    return rows
