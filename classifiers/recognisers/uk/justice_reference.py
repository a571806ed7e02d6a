"""Justice, immigration and learner references that name one person's record.

Found by the blind red-team (stop 27): prison, probation, police and Home Office notes
carry their own references, and none was read ("Please draft the adjudication charge
for prisoner A7788BD", "CRN X123456 - PoP missed appointment", "PNC 2003/0012345Z",
"Home Office ref F1122334"). Their shapes are short and not checksummed in free text,
so each counts only with its service's wording near it:

* prison number (NOMS number): a letter, four digits, two letters (`A1234BC`);
* Police National Computer ID: a year, a slash, digits and a check letter (`2003/0012345Z`,
  `98/123456X`);
* probation case reference number (CRN, nDelius): a letter and six digits (`X123456`);
* Home Office (UKVI) reference: a letter and seven digits (`F1122334`);
* unique learner number (ULN): ten digits.
"""

from __future__ import annotations

from classifiers.recognisers.base import NUMBER_NEGATIVE_CONTEXT, Pattern, PatternRecogniser

__all__ = ["JusticeReference"]

_WORDING = (  # prisons, police, probation, immigration
    "prison",
    "noms",
    "hmp",
    "hmyoi",
    "wing",
    "adjudication",
    "inmate",
    "acct",
    "release date",
    "pnc",
    "police national computer",
    "arrested",
    "custody",
    "bailed",
    "charged",
    "crn",
    "probation",
    "pop",
    "delius",
    "licence",
    "recall",
    "breach",
    "home office",
    "ho ref",
    "ukvi",
    "immigration",
    "asylum",
    "visa",
    "brp",
)
"""A reference counts only beside one of these (`JusticeReference.context`): a text with none is not scanned."""


class JusticeReference(PatternRecogniser):
    """`A1234BC` (prison), `2003/0012345Z` (PNC), `X123456` (CRN), `F1122334` (Home Office), a ULN: with context."""

    name = "justice_reference"
    kind = "PERSONAL_REFERENCE_NUMBER"
    patterns = (
        Pattern("prison_number", r"(?<![A-Za-z0-9])[A-Z]\d{4}[A-Z]{2}(?![A-Za-z0-9])", score=0.2, requires=_WORDING),
        Pattern(
            "pnc_id", r"(?<![A-Za-z0-9/])(?:\d{2}|\d{4})/\d{6,7}[A-Z](?![A-Za-z0-9])", score=0.2, requires=_WORDING
        ),
        Pattern("crn", r"(?<![A-Za-z0-9])[A-Z]\d{6}(?![A-Za-z0-9])", score=0.2, requires=_WORDING),
        Pattern("home_office_ref", r"(?<![A-Za-z0-9])[A-Z]\d{7}(?![A-Za-z0-9])", score=0.2, requires=_WORDING),
        Pattern("uln", r"(?<![A-Za-z0-9])\d{10}(?![A-Za-z0-9])", score=0.0, requires=("uln", "learner number")),
    )
    context = (*_WORDING, "prisoner", "prison number", "uln", "learner number", "unique learner number")
    negative_context = NUMBER_NEGATIVE_CONTEXT

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """Only with its service's wording near it (module docstring): a short code alone is anyone's."""
        if not self.has_context(lower, start, end):
            return None
        return min(1.0, max(score, 0.2) + self.context_boost)
