"""Training text for the demo model's tokenizer.

The tokenizer only needs plausible English merges so that prompts tokenise into a
sensible number of tokens; the model's weights are random, so nothing here is learnt
beyond byte-pair statistics. Lines are built from a small embedded vocabulary of
public-service phrases (no personal data) so the corpus stays a few kilobytes.
"""

from __future__ import annotations

_SUBJECTS = (
    "The council",
    "The department",
    "A caseworker",
    "The service desk",
    "The local authority",
    "The housing team",
    "The benefits office",
    "The licensing team",
    "The registrar",
    "The planning officer",
    "A member of the public",
    "The contact centre",
)

_PREDICATES = (
    "reviews the application within twenty working days.",
    "publishes guidance on how to renew a licence.",
    "answers questions about council tax and business rates.",
    "explains which documents are needed to register a birth.",
    "updates the record after the appeal has been decided.",
    "sends a letter to confirm the appointment and the address of the office.",
    "checks whether the request falls under the freedom of information rules.",
    "asks for feedback on the new online form.",
    "forwards the complaint to the team that handles parking permits.",
    "summarises the policy in plain English for the website.",
    "keeps a log of every decision and the reason for it.",
    "offers help in Welsh, English and other languages on request.",
    "closes the case once the payment has been received.",
    "schedules a call to discuss the planning objection.",
    "recommends that the form is submitted before the end of the month.",
    "can be reached by telephone, by email or in person.",
    "needs 48 hours' notice to change a booking.",
    "translates the leaflet into 12 languages.",
    "records the outcome, the date (e.g. 3 April) and the officer's role.",
    "replies to 95% of letters within 10 days; the rest take longer.",
)

_FRAGMENTS = (
    "What are the opening hours of the library?",
    "How do I apply for a parking permit?",
    "Please summarise the attached guidance in three bullet points.",
    "Thank you for your enquiry. We will respond shortly.",
    "Step 1: read the guidance. Step 2: complete the form. Step 3: submit it.",
    "def total(items):\n    return sum(item.cost for item in items)",
    '{"status": "open", "priority": 2, "tags": ["housing", "repairs"]}',
    "Section 4(2)(b) applies where the notice was served after 1 January.",
    "Yes - the deadline is 5pm on Friday, not Monday.",
    "Q: Can I pay online? A: Yes, by debit or credit card.",
)


def demo_corpus() -> list[str]:
    """Return the few hundred lines the demo tokenizer is trained on.

    Returns:
        Every subject paired with every predicate, followed by free-standing fragments
        that cover punctuation, digits, code and JSON, in a fixed order (the trained
        tokenizer, and so the demo model, is deterministic).
    """
    lines = [f"{subject} {predicate}" for subject in _SUBJECTS for predicate in _PREDICATES]
    lines.extend(_FRAGMENTS)
    return lines
