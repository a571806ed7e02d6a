# ruff: noqa: E501, E741, B905, B007, UP031  (data generators: one row or frame per line; short names as in the formulas they copy)
"""Payment cards, mistyped identifiers with a cue, and ID-like digit runs beside a
personal cue (held-out set 7). Frames hand-written for this set.
"""

from __future__ import annotations

import random
from typing import Any

from .holdout7_common import row
from .holdout7_values import (
    fmt_iban,
    fmt_nhs,
    fmt_nino,
    gb_iban,
    group_card,
    luhn_card,
    nhs_number,
    nino,
    nino_bad_suffix,
    postcode,
    utr,
)

# Checkout.com's published sandbox test cards (docs "Testing: test card numbers").
CHECKOUT_TEST_CARDS = [
    "4543 4740 0224 9996", "5436 0310 3060 6378", "2223 0000 1047 9399", "5199 9923 1264 1465",
    "4724117215951699", "4485381577182090", "4658 5840 9000 0001", "5000 1866 2234 6654",
    "4734868958733862", "4567361325981788",
]
CARD_FRAMES = [
    "I paid with my debit card {c} but the booking never came through.",
    "card number {c}, expiry 09/28 - please take the fine from this",
    "Can you refund to the card ending in the same digits? Full number {c}.",
    "My credit card {c} was charged twice for the passport fee.",
    "Card: {c}\nName on card: as on account\nCVV: will give by phone",
    "pls cancel the recurring payment on card {c}",
    "The visa card number is {c} - it's my husband's card but he's ok with it.",
    "I think someone cloned my card {c}, there are payments I didn't make.",
    "payment card no. {c} declined at the DVLA website",
    "Use my Mastercard {c} for the council tax arrears.",
    "Replacement bank card {c} arrived today, do I need to update my direct debit?",
    "Here's the card {c} for the deposit.",
    "my card is {c} and it keeps saying invalid",
    "Amex {c} - charge the licence renewal to this one",
    "Prepaid card {c} was issued for the hardship grant",
    "card num: {c}",
    "Chargeback request for transactions on card {c} dated last Friday.",
    "Card details for the TV licence: {c}",
]
PREFIXES = ["4", "51", "55", "2720", "34", "37", "6011", "35", "62", "9", "1234", "8"]


def card_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for i, frame in enumerate(CARD_FRAMES):
        if i < 8:
            c = CHECKOUT_TEST_CARDS[i]
            src = "published:checkout_com_test_card"
        else:
            pre = PREFIXES[i % len(PREFIXES)]
            length = rng.choice([12, 13, 14, 15, 16, 16, 16, 17, 18, 19])
            c = group_card(rng, luhn_card(rng, pre, length, valid=i % 2 == 0))
            src = f"generator:h7_card_{'luhn_pass' if i % 2 == 0 else 'luhn_fail'}_{length}"
        rows.append(row(frame.format(c=c), "personal", "card:cue", src, ["PAYMENT_CARD"], [], [c]))
    return rows


def mistyped_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    nhs_frames = [
        "NHS number {v} - pt says the surgery has a different one on file",
        "Patient's NHS no. is {v}, can you check it against the spine?",
        "my nhs number {v} isn't recognised by the app",
        "NHS Number: {v} (from the discharge letter)",
        "The hospital quoted NHS number {v} for my father.",
    ]
    for frame in nhs_frames:
        v = fmt_nhs(rng, nhs_number(rng, valid=False))
        rows.append(row(frame.format(v=v), "personal", "mistyped:nhs_check", "generator:h7_nhs_wrong_check",
                        ["UK_NHS_NUMBER"], [], [v]))
    range_frames = [
        "Her NHS number is {v}, she was registered in England in the 90s.",
        "nhs no {v} pls update records",
        "Can't book the vaccine, NHS number {v} comes back as not found.",
        "NHS #: {v}",
        "Patient NHS number {v}; referral for physiotherapy.",
    ]
    for i, frame in enumerate(range_frames):
        v = fmt_nhs(rng, nhs_number(rng, in_range=False))
        level = "special" if "physiotherapy" in frame else "personal"
        rows.append(row(frame.format(v=v), level, "mistyped:nhs_out_of_range", "generator:h7_nhs_mod11_outside_england",
                        ["UK_NHS_NUMBER"], ["SPECIAL_CATEGORY"] if level == "special" else [], [v]))
    ni_frames = [
        "My National Insurance number is {v} but the letter has it different.",
        "NI no: {v}",
        "national insurance {v} - is this right? it's off my old payslip",
        "The claimant's NINO is {v}.",
        "ni number {v} wont go through on the form",
        "Can you check NI number {v}, employer says it's invalid.",
    ]
    for i, frame in enumerate(ni_frames):
        n = nino(rng, valid=False) if i < 4 else nino_bad_suffix(rng)
        v = fmt_nino(rng, n)
        src = "generator:h7_nino_never_allocated_prefix" if i < 4 else "generator:h7_nino_bad_suffix"
        rows.append(row(frame.format(v=v), "personal", "mistyped:nino", src, ["UK_NINO"], [], [v]))
    utr_frames = [
        "My UTR is {v}, I typed it from the letter.",
        "Unique Taxpayer Reference: {v}",
        "utr {v} - portal says doesn't match",
        "Self assessment UTR {v} for my late husband's final return.",
    ]
    for frame in utr_frames:
        v = utr(rng, valid=False)
        rows.append(row(frame.format(v=v), "personal", "mistyped:utr_check", "generator:h7_utr_wrong_check",
                        ["UK_UTR"], [], [v]))
    for frame in ["Please pay my refund into IBAN {v}.", "my iban {v} bank says wrong"]:
        v = fmt_iban(gb_iban(rng, valid=False))
        rows.append(row(frame.format(v=v), "personal", "mistyped:iban_check", "generator:h7_gb_iban_wrong_check",
                        ["IBAN"], [], [v]))
    for frame in ["I live at {v}, can you send the form there?", "Home postcode: {v}"]:
        v = postcode(rng, bad_inward=True)
        rows.append(row(frame.format(v=v), "personal", "mistyped:postcode_inward", "generator:h7_postcode_unused_inward_letters",
                        ["UK_POSTCODE"], [], [v]))
    return rows


def digit_rows(rng: random.Random) -> list[dict[str, Any]]:
    frames = [
        "my account number is {d} can you check the balance",
        "Customer reference {d} - still waiting for a reply",
        "patient ref {d}, please expedite",
        "his membership no {d}, he forgot it",
        "claimant id {d}",
        "Case {d}: the customer says she was never notified.",
        "her reference is {d}",
        "My policy number {d} was cancelled without notice.",
        "account {d} is in my name and I want it closed",
        "reference for my claim: {d}",
    ]
    rows = []
    for frame in frames:
        n = rng.randint(8, 19)
        d = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if rng.random() < 0.3:
            d = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        rows.append(row(frame.format(d=d), "personal", "digits:personal_cue", f"generator:h7_digit_run_{n}",
                        [], [], [d]))
    return rows
