from __future__ import annotations

import pytest

from classifiers.recognisers.email import EmailAddress
from tests.unit.classifiers.helpers import found, full_width, letter_spaced, zero_width


@pytest.fixture(scope="module")
def recogniser() -> EmailAddress:
    return EmailAddress()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("email jane.doe@example.com.", ["jane.doe@example.com"]),
        ("j_o+tag@sub.example.co.uk", ["j_o+tag@sub.example.co.uk"]),
        ("write to jane.doe at example dot com", ["jane.doe at example dot com"]),
        ("jane [at] example [dot] co [dot] uk", ["jane [at] example [dot] co [dot] uk"]),
        ("jane(at)example(dot)org", ["jane(at)example(dot)org"]),
        ("JANE AT EXAMPLE DOT COM", ["JANE AT EXAMPLE DOT COM"]),
        ("jane at example.gov.uk", ["jane at example.gov.uk"]),
        ("jane@example dot com", ["jane@example dot com"]),
        ("look at this dot point", []),  # no known top-level domain
        ("meet me at home. Come early", []),
        ("user@localhost", []),
        ("write to ...jane.doe@example.co.uk... today", ["jane.doe@example.co.uk"]),  # after an ellipsis
        ("abc.jane@example.com", ["abc.jane@example.com"]),  # never starts inside a local part
        ("@example.com", []),
        (f"mail {zero_width('jane@example.com')}", [zero_width("jane@example.com")]),
        (f"mail {full_width('jane')}＠example.com", [f"{full_width('jane')}＠example.com"]),
        (f"mail {letter_spaced('jane@example.com')}", [letter_spaced("jane@example.com")]),
    ],
)
def test_email_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected
