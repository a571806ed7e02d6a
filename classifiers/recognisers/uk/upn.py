"""Unique Pupil Number (UPN), England.

Format and check letter from the Department for Education's "Unique pupil numbers
(UPNs)" guidance, Annex: thirteen characters; the first is a check letter, then a
3-digit local authority number, a 4-digit establishment number, the 2-digit year of
allocation and a 3-digit serial (a temporary UPN ends in a letter instead). Each of
characters 2-13 is multiplied by its position (2 to 13); the sum modulo 23 indexes
the letters "ABCDEFGHJKLMNPQRTUVWXYZ" (no I, O or S). Digits count at face value
and a final letter at its index in that alphabet. Same rule as python-stdnum's
`stdnum.gb.upn`, whose check letter is used here; its further check of the local
authority number against a list is not, so a new authority's pupils still match.
A UPN failing the check is still reported next to pupil wording (recall first).
"""

from __future__ import annotations

from stdnum.gb import upn as stdnum_upn

from classifiers.recognisers.base import DIGITS, Pattern, PatternRecogniser, only_alphanumerics

__all__ = ["UniquePupilNumber", "upn_check_letter", "upn_is_valid"]

_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check_letter(twelve: str) -> str:
    """The check letter for characters 2-13 of a UPN."""
    return str(stdnum_upn.calc_check_digit(twelve.upper()))


def upn_is_valid(value: str) -> bool:
    """True for a 13-character UPN (final character a digit or letter) with a right check letter."""
    value = value.upper()
    if len(value) != 13 or value[0] not in _LETTERS or not value[1:12].isdigit():
        return False
    if not (value[12].isdigit() or value[12] in _LETTERS):
        return False
    return upn_check_letter(value[1:]) == value[0]


class UniquePupilNumber(PatternRecogniser):
    """A check letter, eleven digits and a digit or letter, e.g. `B801200005001`."""

    name = "uk_unique_pupil_number"
    kind = "UK_UNIQUE_PUPIL_NUMBER"
    patterns = (
        Pattern(
            "upn",
            r"(?<![A-Za-z0-9])[A-Za-z][ ]?\d{3}[ ]?\d{4}[ ]?\d{2}[ ]?\d{2}[A-Za-z0-9](?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
        ),
    )
    context = ("upn", "unique pupil number", "pupil number", "pupil")
    validated_score = 0.85
    keep_failed_with_context = True

    def validate(self, match: str) -> bool | None:
        return upn_is_valid(only_alphanumerics(match))
