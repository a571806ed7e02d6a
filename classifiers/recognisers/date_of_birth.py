"""Dates of birth: a date written next to birth context.

A date alone is not personal data (historic events, deadlines); a date labelled
"DOB", "date of birth", "born on"... is. Dates are recognised in the forms
`03/05/1980`, `3.5.80`, `1980-05-03`, `3rd May 1980` and `May 3, 1980`, read
day-first as in the UK (ISO 8601 for the year-first form; month-first when
day-first is impossible). UK GDPR is about living people, and a birth date 100 or
more years ago is in practice a historical figure's (centenarians are about 0.02 %
of the UK population; "Alan Turing was born on 23 June 1912" is general knowledge),
so such dates are dropped, as are dates in the future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import DIGITS, Pattern, PatternRecogniser
from classifiers.types import Finding

__all__ = ["DateOfBirth", "dates_after_names", "is_plausible_birth_date", "parse_date"]

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_NUMBERS = re.compile(r"\d+")
_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)
_MAX_AGE_YEARS = 100
_BRACKETED_DATE = re.compile(
    rf"(?:[ ]*\([ ]*|,[ ]*|[ ]+-[ ]+|[ ]+)(?:b\.|born|dob:?|d\.o\.b\.?:?)?[ ]*"
    rf"(?P<date>\d{{1,2}}([/.\-])\d{{1,2}}\2(?:\d{{4}}|\d{{2}})|\d{{1,2}}{_ORDINAL}[ ]+{_MONTH}\.?,?[ ]+\d{{4}})"
    rf"(?![A-Za-z0-9]|[/.\-]\d)",
    re.IGNORECASE,
)


_SEX = r"(?:m|f|male|female|man|woman|boy|girl|non-binary|x)"
_RECORD_AFTER = re.compile(rf"[ ]*(?:[,;|/(]|[ ]-)[ ]*(?:sex:?[ ]*|gender:?[ ]*)?{_SEX}(?![a-z0-9])")
_RECORD_BEFORE = re.compile(
    rf"(?:(?<![a-z0-9])(?:sex:?[ ]*|gender:?[ ]*)?{_SEX}[ ]*[,;|/:(][ ]*|"
    r"(?:patient|client|personal|child|claimant|applicant|pupil|member|customer|subject)(?:'s)?[ ]+details"
    r"[ ]*[:\-][ ]*|"
    r"(?<![a-z])(?:patient|client|claimant|applicant|pupil|tenant|customer|resident|service user|casualty|"
    r"deceased|child)[ ]*[,(][ ]*|"
    # an age, then the date it counts from: "Age 37 (12/04/87)", "aged 37, 12.4.1987"
    r"(?<![a-z])(?:age|aged)[ :]*\d{1,3}(?:[ ]*(?:yrs?|years?))?[ ]*[,(][ ]*)$"
)
"""A date laid out as a record's birth date: next to a sex ("03/11/1948, male", "F, 12/03/87") or straight after
"patient details:"; no birth word, but no other date is written that way."""
_RECORD_SCORE = 0.55
_RECORD_MIN_YEARS = 2
"""A record's date at least this many years back (this year's dates are appointments and letters)."""


def _year(value: int, width: int) -> int:
    return value if width == 4 else (2000 + value if 2000 + value <= dt.date.today().year else 1900 + value)


def parse_date(value: str) -> dt.date | None:
    """Parse a matched date string (see the module docstring); None if no real date."""
    if len(value) == 8 and value.isdigit():  # DDMMYYYY, as forms without separators take it
        value = f"{value[:2]}/{value[2:4]}/{value[4:]}"
    numbers = [(int(n), len(n)) for n in _NUMBERS.findall(value)]
    month_word = _MONTH_WORD.search(value)
    try:
        if month_word is not None and len(numbers) == 2:
            day, (year, width) = numbers[0][0], numbers[1]
            return dt.date(_year(year, width), _MONTHS[month_word.group().lower()], day)
        if len(numbers) != 3:
            return None
        (a, wa), (b, _), (c, wc) = numbers
        if wa == 4:
            return dt.date(a, b, c)
        try:
            return dt.date(_year(c, wc), b, a)
        except ValueError:
            return dt.date(_year(c, wc), a, b)
    except ValueError:
        return None


def is_plausible_birth_date(date: dt.date, today: dt.date | None = None) -> bool:
    """True for a date in the past and less than `_MAX_AGE_YEARS` years ago."""
    today = today or dt.date.today()
    return today.year - _MAX_AGE_YEARS < date.year and date <= today


def dates_after_names(text: NormalisedText, names: Sequence[Finding]) -> list[Finding]:
    """Dates straight after a person's name: "Charles Sharp (15/07/1951)", "Jane Roe, 14/03/1987".

    Case notes and letters write a date of birth this way without any birth word;
    the name (a PERSON candidate from the name rules or NER) is the context. In
    brackets, after a comma, a dash or a space.
    """
    findings = []
    for name in names:
        match = _BRACKETED_DATE.match(text.text, name.end)
        if match is None:
            continue
        date = parse_date(match.group("date"))
        if date is not None and is_plausible_birth_date(date):
            findings.append(Finding(DateOfBirth.kind, match.start("date"), match.end("date"), 0.7, DateOfBirth.name))
    return findings


class DateOfBirth(PatternRecogniser):
    """A plausible birth date with "born", "DOB", "date of birth"... near it."""

    name = "date_of_birth"
    kind = "DATE_OF_BIRTH"
    patterns = (
        Pattern(
            "numeric_date",
            r"(?<![A-Za-z0-9/.\-])\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})(?![A-Za-z0-9]|[/.\-]\d)",
            score=0.0,
            requires=DIGITS,
        ),
        # a label joined to its date by a hyphen: "dob-12/03/87" (digit first, so re skips to digits)
        Pattern(
            "hyphen_labelled_date",
            r"\d(?<=[A-Za-z]-\d)\d?([/.])\d{1,2}\1(?:\d{4}|\d{2})(?![A-Za-z0-9]|[/.\-]\d)",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern(
            "spaced_date",
            r"(?<![A-Za-z0-9/.\-])\d{1,2}[ ]\d{1,2}[ ](?:19|20)\d\d(?![A-Za-z0-9]|[ /.\-]\d)",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern(
            "year_first_date",
            r"(?<![A-Za-z0-9/.\-])\d{4}([/.])\d{1,2}\1\d{1,2}(?![A-Za-z0-9]|[/.\-]\d)",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern(
            "compact_date",
            r"(?<![A-Za-z0-9/.\-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d(?![A-Za-z0-9]|[/.\-]\d)",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern(
            "iso_date",
            r"(?<![A-Za-z0-9/.\-])\d{4}-\d{2}-\d{2}(?![A-Za-z0-9]|[/.\-]\d)",
            score=0.0,
            requires=DIGITS,
        ),
        Pattern(
            "day_month_year",
            rf"(?<![A-Za-z0-9])\d{{1,2}}{_ORDINAL}(?:[ ]+of)?[ ]+{_MONTH}\.?,?[ ]+\d{{4}}(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "month_day_year",
            rf"(?<![A-Za-z0-9]){_MONTH}\.?[ ]+\d{{1,2}}{_ORDINAL},?[ ]+\d{{4}}(?![A-Za-z0-9])",
            score=0.0,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
    )
    context = (
        "born",
        "dob",
        "d.o.b",
        "d/o/b",
        "date of birth",
        "dyddiad geni",
        "birth date",
        "birthdate",
        "birthday",
        "bday",
        "b'day",
        "b-day",
        "birth",
        "b.",
        "geboren",
        "geb.",
        "geburtsdatum",
        "né le",
        "née le",
        "date de naissance",
        "naissance",
        "fecha de nacimiento",
        "nacimiento",
        "data di nascita",
        "nato il",
        "nata il",
        "data de nascimento",
        "data urodzenia",
        "urodzony",
        "urodzona",
        "geboortedatum",
        "födelsedatum",
        "fødselsdato",
        "syntymäaika",
        "datum narození",
        "doğum tarihi",
        "yob",
        "year of birth",
    )
    validated_score = 0.2
    context_before = 40
    context_after = 25
    context_boost = 0.5

    def contextual_score(self, lower: str, start: int, end: int, score: float) -> float | None:
        """A birth word near the date, or a record's layout around it: "03/11/1948, male", "F, 12.3.87"."""
        contextual = super().contextual_score(lower, start, end, score)
        if contextual is not None and contextual >= _RECORD_SCORE:
            return contextual
        if _RECORD_AFTER.match(lower, end) is not None or _RECORD_BEFORE.search(lower, max(0, start - 30), start):
            date = parse_date(lower[start:end])
            if date is not None and date.year <= dt.date.today().year - _RECORD_MIN_YEARS:
                return _RECORD_SCORE
        return contextual

    def validate(self, match: str) -> bool | None:
        date = parse_date(match)
        return date is not None and is_plausible_birth_date(date)
