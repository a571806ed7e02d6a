"""Machine-readable zones of passports and identity cards (ICAO Doc 9303).

People paste the two lines at the foot of a passport's photo page to have them read
("What do these two lines mean?", "Parse this MRZ into fields"): the first holds the
holder's names, the second the document number, nationality, date of birth, sex and
expiry, each number with a check digit (weights 7, 3, 1; `<` counts 0, digits their
value, A-Z 10-35). Found by the blind round of stop 28, where both MRZs it wrote went out.

* the names line (TD3 and TD2, passports and visas): a document code (`P`, `V`, `I`,
  `A`, `C`), an issuing state and `SURNAME<<GIVEN<NAMES` padded with `<`, 36 or 44
  characters of capitals and fillers; it names the holder;
* the data line: document number, its check digit, nationality, date of birth and its
  check digit, sex, expiry and its check digit. Both checks must hold, so a run of
  capitals and digits that only looks like one is not read.
"""

from __future__ import annotations

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["MachineReadableZone", "mrz_check_digit"]

_WEIGHTS = (7, 3, 1)
_LINE_LENGTHS = (36, 44)
"""TD2 (visas, some identity cards) and TD3 (passports) lines."""
_SPECIMEN_STATE = "UTO"
"""Utopia, the issuing state of Doc 9303's specimens (ERIKSSON, ANNA MARIA): documentation, nobody's."""


def mrz_check_digit(field: str) -> int:
    """ICAO 9303 check digit of a field of digits, capitals and `<`."""
    total = 0
    for index, char in enumerate(field):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        else:
            value = 0
        total += value * _WEIGHTS[index % 3]
    return total % 10


class MachineReadableZone(PatternRecogniser):
    """The names line and the checked data line of a passport's or visa's machine-readable zone."""

    name = "machine_readable_zone"
    kind = "PASSPORT_MRZ"
    patterns = (
        Pattern(
            "names_line",
            r"(?<![A-Z0-9<])[PVIAC][A-Z<][A-Z<]{3}[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*<*(?![A-Z0-9<])",
            score=0.9,
            requires=("<<",),
        ),
        Pattern(
            "data_line",
            r"(?<![A-Z0-9<])[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]*(?![A-Z0-9<])",
            score=1.0,
            validated_score=1.0,
            requires=("<",),
        ),
    )

    def assess(self, value: str, pattern: Pattern) -> float | None:
        """A names line of a line's length; a data line whose three check digits hold."""
        if len(value) not in _LINE_LENGTHS:
            return None
        if pattern.name == "names_line":
            return None if value[2:5] == _SPECIMEN_STATE else pattern.score
        if value[10:13] == _SPECIMEN_STATE:
            return None
        checked = ((value[0:9], value[9]), (value[13:19], value[19]), (value[21:27], value[27]))
        return pattern.validated_score if all(mrz_check_digit(f) == int(d) for f, d in checked) else None
