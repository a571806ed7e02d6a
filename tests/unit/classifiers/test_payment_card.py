from __future__ import annotations

import pytest

from classifiers.recognisers.payment_card import PaymentCard, luhn_is_valid
from tests.unit.classifiers.helpers import broken_check_digit, card_number, found, full_width, grouped

VISA = card_number("4539")
MASTERCARD = card_number("5105")
AMEX = card_number("3782", 15)
VISA13 = card_number("4222", 13)
LONG19 = card_number("6011", 19)


@pytest.fixture(scope="module")
def recogniser() -> PaymentCard:
    return PaymentCard()


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("4111111111111111", True), ("79927398713", True), ("79927398710", False), ("12a4", False)],
)
def test_luhn(digits, valid):
    assert luhn_is_valid(digits) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"card {grouped(VISA)}", [grouped(VISA)]),
        (f"card {grouped(MASTERCARD, sep='-')}", [grouped(MASTERCARD, sep="-")]),
        (f"Amex {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}", [f"{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}"]),
        (f"{VISA13} was used", [VISA13]),
        (f"number {LONG19}", [LONG19]),
        # recall first: with a card cue any 12-19 digits count, whatever Luhn or the prefix say
        (f"card {broken_check_digit(VISA)}", [broken_check_digit(VISA)]),
        (f"card {card_number('9780', 13)}", [card_number("9780", 13)]),
        (f"card {VISA}0", [f"{VISA}0"]),
        (f"card {card_number('4539', 12)}", [card_number("4539", 12)]),
        (f"Serial {broken_check_digit(VISA)} is on the box", []),  # failed check, no cue
        (f"ISBN {card_number('9780', 13)}", []),  # ISBN-13 shape without a card cue
        (f"The test data uses {broken_check_digit(VISA)}, which should fail the Luhn check.", []),
        (f"order number {VISA}", []),
    ],
)
def test_card_in_text(recogniser, text, expected):
    assert found(recogniser, text) == expected


def test_card_full_width(recogniser):
    hidden = full_width(grouped(VISA))
    assert found(recogniser, f"card {hidden}") == [hidden]
