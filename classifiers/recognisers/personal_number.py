"""ID-like digit runs next to personal cues (strict mode).

Recall first (DESIGN.md): a run of 8 to 19 digits, with or without separators, next
to wording that says it belongs to a person ("my", "his account", "customer
reference", "patient", "claimant", "case") is treated as somebody's identifier even
when no recogniser knows its format: a council's customer number, an overseas
patient's hospital number, a benefit claim reference. The cue must be within
`context_before` characters before the run or `context_after` after it.

Words that say the number is a commercial or technical code ("order", "invoice",
"tracking", "ISBN", "serial", "meter", "flight"...) win over the cue, so "Where is my
order #290-8651299-1661487?" stays public; so do numbers written as dates, amounts
with a currency sign, and times.

This rule only runs in `strict` mode; `balanced` relies on the identifier recognisers.
"""

from __future__ import annotations

import re

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import (
    DIGITS,
    NUMBER_NEGATIVE_CONTEXT,
    Pattern,
    PatternRecogniser,
    has_digit,
)
from classifiers.recognisers.uk.phone import uk_national_number
from classifiers.term_regex import prose_words
from classifiers.types import Finding, Sensitivity

__all__ = ["LabelledReference", "PersonalReferenceNumber"]

_DATE_SHAPE = re.compile(r"\d{1,4}([/.\-])\d{1,2}\1\d{2,4}")
_YEARS = re.compile(r"(?:(?:19|20)\d\d[ .\-/]?)+")


class PersonalReferenceNumber(PatternRecogniser):
    """8-19 digits (single spaces, dots, hyphens or slashes between) beside a personal cue."""

    name = "personal_reference_number"
    kind = "PERSONAL_REFERENCE_NUMBER"
    strict_only = True
    fallback = True
    patterns = (
        Pattern(
            "digit_run",
            r"(?<![A-Za-z0-9£$€#@:/.\-])\d(?:[ .\-/]?\d){7,18}(?![A-Za-z0-9]|[.\-/]\d)",
            score=0.0,
            requires=DIGITS,
        ),
    )
    context = (
        "my",
        "his",
        "her",
        "their",
        "your",
        "our",
        "account",
        "acct",
        "a/c",
        "reference",
        "ref",
        "ref no",
        "patient",
        "claimant",
        "customer",
        "client",
        "case",
        "member",
        "membership",
        "policy",
        "policy number",
        "claim",
        "applicant",
        "tenant",
        "pupil",
        "student",
        "employee",
        "staff number",
        "payroll",
        "hospital number",
        "mrn",
        "id number",
        "identity number",
        "national id",
        "personal number",
        "citizen",
        "resident",
        "visa",
        "permit",
        "brp",
    )
    context_before = 40
    context_after = 30
    negative_context = (
        *(w for w in NUMBER_NEGATIVE_CONTEXT if w not in ("ref", "reference")),
        "order number",
        "po",
        "purchase order",
        "meter",
        "flight",
        "train",
        "route",
        "model",
        "firmware",
        "batch",
        "lot",
        "sku",
        "part",
        "catalogue",
        "product",
        "item",
        "shipment",
        "consignment",
        "container",
        "company number",
        "companies house",
        "charity number",
        "registered charity",
        "vat",
        "doi",
        "arxiv",
        "pmid",
        "issn",
        "isin",
        "sedol",
        "gtin",
        "upc",
        "lei",
        "population",
        "revenue",
        "budget",
        "total",
        "hash",
        "commit",
        "timestamp",
        "epoch",
        "unix",
        "grid reference",
        "grid ref",
        "os grid",
        "aws",
        "arn",
        "azure",
        "gcp",
        "api",
        "account id",
        # court and tribunal references are public record: "Case reference UKSC 2023/0045", neutral citations
        "uksc",
        "ewca",
        "ewhc",
        "ukut",
        "ukftt",
        "neutral citation",
        "judgment",
        "hansard",
        "imei",
        "helpline",
        "switchboard",
        "enquiries",
    )
    check_digit_run = True

    def validate(self, match: str) -> bool | None:
        if _DATE_SHAPE.fullmatch(match) or _YEARS.fullmatch(match):
            return False
        if uk_national_number(match) is not None:
            return False  # a phone number: `UkPhoneNumber` reads it, or dropped it beside helpline wording
        digits = sum(c.isdigit() for c in match)
        return None if 8 <= digits <= 19 and len(set(c for c in match if c.isdigit())) > 1 else False

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """Negative wording wins over a cue here (module docstring); a cue alone gives 0.55."""
        if self.has_negative_context(lower, start, end):
            return None
        return 0.55 if self.has_context(lower, start, end) else None


_LABEL = (
    r"(?<![a-z])(?:patient|customer|client|claimant|member(?:ship)?|employee|staff|student|pupil|citizen|applicant|"
    r"tenant|case|account|policy|benefit|claim|hospital|medical record|record|service user|resident|payroll|"
    r"passenger|user|caller|holder)(?:'s)?[ ]+(?:id|identifier|number|no\.?|num|ref\.?|reference|code)"
)
_LABELLED_VALUE = re.compile(
    _LABEL + r"(?:[ ]*(?:is|was|:|#|=|-|–))*[ ]*"
    r"(?P<value>[A-Za-z]{0,4}[ \-/]?\d(?:[ .\-/]?\d){5,18}[A-Za-z]?)(?![A-Za-z0-9]|[.\-/]\d)",
    re.IGNORECASE,
)


_EXAMPLE = prose_words(r"example|e\.g\.|for instance|sample|format|placeholder|dummy|such as")
"""Words that say a labelled value is an illustration of the format, not somebody's record."""
_NAMED_BETWEEN = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+[ ]+[A-Z][a-z'\-]+[ ]*\(")
"""A full name opening the bracket the label stands in ("For example, Priya Lal (HEO, staff no. 6612098)"): the
example is a named person's record (set 11), as `public_values._named_holder` reads it."""


class LabelledReference(PersonalReferenceNumber):
    """A reference written straight after a label naming a person's record ("Client ID 5521983", strict mode).

    `PersonalReferenceNumber` needs 8 digits; after a label that says whose record it is
    ("patient ID", "hospital number", "customer no."), six digits with an optional letter
    prefix or suffix ("RX0044812") are enough. Negative wording (order, invoice...) still wins.
    """

    name = "labelled_reference"

    def find(self, text: NormalisedText) -> list[Finding]:
        """Values straight after a record label, unless negative wording is near."""
        if not has_digit(text):
            return []
        findings = []
        for match in _LABELLED_VALUE.finditer(text.text):
            start, end = match.span("value")
            value = match.group("value")
            if _DATE_SHAPE.fullmatch(value) or _YEARS.fullmatch(value):
                continue
            if self.has_negative_context(text.lower, match.start(), end):
                continue
            example = _EXAMPLE.search(text.lower, max(0, match.start() - 40), end + 30)
            if example is not None and not _NAMED_BETWEEN.search(text.text, example.end(), match.start()):
                continue
            findings.append(Finding(self.kind, start, end, 0.55, self.name, Sensitivity.PERSONAL))
        return findings
