"""UK bank sort code and account number.

Format from Pay.UK's (formerly Vocalink's) "Validating account numbers"
specification and the Extended Industry Sort Code Directory: a sort code is six
digits written as three pairs (`12-34-56`); an account number is eight digits
(shorter legacy numbers are padded to eight). The published modulus checks need
Pay.UK's licensed weight table, which we do not ship, so validation here is the
format plus evidence: banking context near either number, or a sort code and an
account number written together (which is how people quote bank details).
"""

from __future__ import annotations

import re
from dataclasses import replace

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import DIGITS, NUMBER_NEGATIVE_CONTEXT, Pattern, PatternRecogniser
from classifiers.types import Finding

__all__ = ["UkBankAccount", "sort_code_is_well_formed"]

SORT_CODE = "UK_SORT_CODE"
ACCOUNT = "UK_BANK_ACCOUNT"

_SORT_CODE_SHAPE = re.compile(r"\d{6}|\d{2}([ \-])\d{2}\1\d{2}")
_PAIR_DISTANCE = 60
_ACCOUNT_WORDING = re.compile(
    r"(?<![a-z])(?:account|acc|acct|a/c|payee|pay (?:in|into)|paid into|transfer|bank details|"
    r"(?:my|his|her|their|your)[ ]+bank)(?![a-z])"
)


def _near(lower: str, finding: Finding) -> str:
    return lower[max(0, finding.start - _PAIR_DISTANCE) : finding.end + _PAIR_DISTANCE]
_PAIRED_SCORE = 0.85


def sort_code_is_well_formed(value: str) -> bool:
    """True for six digits written as one block or as three pairs with one kind of separator."""
    return _SORT_CODE_SHAPE.fullmatch(value) is not None


class UkBankAccount(PatternRecogniser):
    """Sort codes and eight-digit account numbers; a pair written together scores high."""

    name = "uk_bank_account"
    kind = ACCOUNT
    patterns = (
        Pattern(
            "sort_code_pairs",
            r"(?<![A-Za-z0-9./\-])(?<!\d )\d{2}([ \-])\d{2}\1\d{2}(?![A-Za-z0-9]|[./\-]\d|[ ]\d{1,2}(?!\d))",
            score=0.35,
            requires=DIGITS,
            kind=SORT_CODE,
        ),
        Pattern(
            "sort_code_block",
            r"(?<![A-Za-z0-9./\-])\d{6}(?![A-Za-z0-9]|[./\-]\d)",
            score=0.2,
            requires=DIGITS,
            kind=SORT_CODE,
        ),
        Pattern(
            # a sort code and an account number both written in pairs ("20 45 77 41 23 45 67"), which the
            # two patterns below cannot split: seven pairs are neither a phone number nor a card
            "sort_code_and_account_pairs",
            r"(?<![A-Za-z0-9./\-])(?<!\d )\d{2}([ \-])\d{2}\1\d{2}[ ]+\d{2}\1\d{2}\1\d{2}\1\d{2}"
            r"(?![A-Za-z0-9]|[./\-]\d|[ ]\d)",
            score=0.35,
            requires=DIGITS,
        ),
        Pattern(
            "account_number",
            r"(?<![A-Za-z0-9./\-])\d{4}[ ]?\d{4}(?![A-Za-z0-9]|[./\-]\d)",
            score=0.2,
            requires=DIGITS,
        ),
    )
    context = (
        "sort code",
        "sort-code",
        "sortcode",
        "account",
        "account number",
        "account no",
        "acc no",
        "a/c",
        "acct",
        "bank",
        "banking",
        "building society",
        "bacs",
        "direct debit",
        "standing order",
    )
    negative_context = tuple(w for w in NUMBER_NEGATIVE_CONTEXT if w != "order")
    # No digit-run check: a sort code and an account number are often written side by
    # side ("20-00-00 55779911"); the patterns' own lookarounds stop longer runs.

    def find(self, text: NormalisedText) -> list[Finding]:
        """Pattern findings, then a sort code and an account close together lift each other.

        A sort code names a bank's branch, not a person: alone ("Which bank does sort code 20-00-00 belong
        to?") it is reported only with an account's wording near it ("sort code 20-45-77, account ending 67").
        """
        findings = super().find(text)
        sort_codes = [f for f in findings if f.kind == SORT_CODE]
        accounts = [f for f in findings if f.kind == ACCOUNT]
        if not accounts:
            return [f for f in findings if f.kind != SORT_CODE or _ACCOUNT_WORDING.search(_near(text.lower, f))]
        if not sort_codes:
            return findings
        paired: set[int] = set()
        for code in sort_codes:
            for account in accounts:
                gap = account.start - code.end if account.start >= code.end else code.start - account.end
                if 0 <= gap <= _PAIR_DISTANCE:
                    paired.update((id(code), id(account)))
        return [replace(f, score=max(f.score, _PAIRED_SCORE)) if id(f) in paired else f for f in findings]
