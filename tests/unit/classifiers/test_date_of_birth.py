from __future__ import annotations

import datetime as dt

import pytest

from classifiers.normalise import normalise
from classifiers.recognisers.date_of_birth import (
    DateOfBirth,
    dates_after_names,
    is_plausible_birth_date,
    parse_date,
)
from classifiers.types import Finding
from tests.unit.classifiers.helpers import found


@pytest.fixture(scope="module")
def recogniser() -> DateOfBirth:
    return DateOfBirth()


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("03/05/1980", dt.date(1980, 5, 3)),  # day first
        ("12/25/1980", dt.date(1980, 12, 25)),  # month first only when day-first is impossible
        ("1980-05-03", dt.date(1980, 5, 3)),
        ("3rd May 1980", dt.date(1980, 5, 3)),
        ("May 3, 1980", dt.date(1980, 5, 3)),
        ("3 of September 1975", dt.date(1975, 9, 3)),
        ("31/02/1980", None),
        ("32/13/1980", None),
    ],
)
def test_parse_date(value, date):
    assert parse_date(value) == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB: 03/05/1980", ["03/05/1980"]),
        ("date of birth 3rd May 1980", ["3rd May 1980"]),
        ("born on 14.02.1992 in Leeds", ["14.02.1992"]),
        ("d.o.b. 1980-05-03", ["1980-05-03"]),
        ("May 3, 1980 (birthday)", ["May 3, 1980"]),
        ("The deadline is 03/05/2024.", []),  # a date without birth context
        ("The Battle of Hastings was on 14 October 1066; Harold was born around 1022.", []),
        ("Churchill was born on 30 November 1874.", []),  # nobody born then is alive
        ("born 31/02/1980", []),
        (f"born {dt.date.today().year + 1}-01-01", []),  # not born yet
    ],
)
def test_date_of_birth_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


@pytest.mark.parametrize(
    ("born", "plausible"),
    [
        (dt.date(1980, 5, 3), True),
        (dt.date(1927, 1, 1), True),
        (dt.date(1926, 12, 31), False),  # 100 years before "today" below
        (dt.date(2026, 6, 2), False),  # tomorrow
    ],
)
def test_is_plausible_birth_date(born, plausible):
    assert is_plausible_birth_date(born, today=dt.date(2026, 6, 1)) is plausible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Charles Sharp (15/07/1951) has been off work.", ["15/07/1951"]),
        ("Charles Sharp ( DOB: 3rd May 1980 ) wrote.", ["3rd May 1980"]),
        ("Charles Sharp (1874-11-30) no", []),  # only day-first and textual forms
        ("Charles Sharp (30/11/1874) wrote.", []),  # historic
        ("Charles Sharp, 15/07/1951", ["15/07/1951"]),  # after a comma: a date of birth without "born"
        ("Charles Sharp, 15/07/1899", []),  # not a living person's
    ],
)
def test_dates_after_names(text, expected):
    normalised = normalise(text)
    name = Finding("PERSON", 0, len("Charles Sharp"), 0.6, "test")
    dates = dates_after_names(normalised, [name])
    assert [text[f.start : f.end] for f in dates] == expected
    assert all(f.kind == DateOfBirth.kind for f in dates)
