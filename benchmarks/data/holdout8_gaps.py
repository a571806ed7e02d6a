"""Cards, plates, dates of birth, ages, mistyped identifiers and cued digit runs.

Cards: a card cue and 12-19 digits, about half failing Luhn. Plates: 2001-format
marks with assorted separators. Dates of birth without "born"; ages of named
people. Mistyped identifiers sit next to their cue, as a caller would type them.
"""
# ruff: noqa: E501

from __future__ import annotations

from benchmarks.data.holdout8_common import Row, make_row
from benchmarks.data.holdout8_values import Values

CARD_FRAMES = [
    "my card ending got blocked, the full number is {v}, can you see the payment for the MOT?",
    "Card no: {v}  Exp 09/28",
    "paid with my debit card {v} but the booking didn't go through",
    "Refund to the original card please - {v} (Visa debit, in my name)",
    "I think someone cloned my credit card {v}, there are transactions in Spain I didn't make",
    "customer read out the long number on the card: {v}",
    "card {v} was declined twice for the passport fee, is it your end?",
    "Payment details\nCardholder: see above\nCard number: {v}",
    "The direct debit failed so I paid by card, {v}, on the phone line",
    "can you take the council tax from this card instead {v} thanks",
    "the lost card was a mastercard {v}, I've cancelled it with the bank",
    "Amex {v} - please charge the outstanding balance",
]
PLATE_SEPS = ["-", ".", "_", "/", " - ", "·", "–", "  ", "", " ", "-", "."]
PLATE_FRAMES = [
    "Someone keeps parking in my bay, the car is a grey Corsa {v}, it's my neighbour's.",
    "my van reg {v} got a PCN while I was unloading, I have a blue badge",
    "Vehicle: {v} (keeper: myself)",
    "the car that hit my wall was {v}, the driver gave me his details",
    "SORN declared for {v}, it's off the road in my garage",
    "registration {v} - I'm the new keeper since last month",
    "Can you check if my car {v} is taxed? I got a letter",
    "dashcam shows {v} pulling out, my husband was driving",
    "clamped! reg no {v}. I live here!!",
    "V5C for {v} was sent to my old address",
    "MOT reminder for {v} came to me but I sold it in June",
    "Plate: {v}, owner contacted by phone",
]
DOB_FRAMES = [
    "{name} DOB {v}",
    "Re: {name}\nd.o.b. {v} - please update the record, it's wrong on your system",
    "date of birth: {v}\n-- {name}",
    "my son {name}'s birthday is {v}, he'll be 16 soon so what happens with his child benefit?",
    "{name}, b. {v}, Cardiff",
    "DoB - {v} (that's for {name}, not me)",
    "The council letter has {name}'s date of birth as {v}, it should be the 4th",
    "Birthdate {v}\nName {name}",
    "D.O.B.: {v}\n-- {name}",
    "{name} (dob {v})",
    "{name}, geb. {v}",
    "fecha de nacimiento {v} - {name}",
]
AGE_FRAMES = [
    ("{name} is {age} and lives alone since her husband passed.", 70, 93),
    ("my son {name}, aged {age}, wants to apply for his provisional licence", 16, 17),
    ("{name} ({age}) was the driver of the second vehicle.", 19, 80),
    ("Client: {name}, {age} yrs, retired postman", 61, 88),
    ("{name} turned {age} last week and the pension hasn't started", 66, 67),
    ("our lodger {name} is {age}, does she count for the single person discount?", 18, 19),
    ("{name}, {age}, came to the food bank for the first time today", 20, 70),
    ("I'm {name}, I'm {age} and I've never had a tax code before", 17, 23),
    ("grandad ({name}) is {age} and can't manage the online form", 78, 94),
    ("The tenant, {name}, is {age} years old and on a zero-hours contract.", 19, 40),
    ("{name} - {age} y/o - unemployed since the factory closed", 45, 63),
    ("applicant {name} age {age}", 18, 75),
]


def gap_rows(v: Values) -> list[Row]:
    """Cards (12), plates (12), dates of birth (12), ages (12)."""
    rows: list[Row] = []
    lengths = [16, 16, 15, 16, 19, 13, 16, 12, 16, 18, 16, 15]
    for i, frame in enumerate(CARD_FRAMES):
        val = v.card(valid=(i % 2 == 0), length=lengths[i])
        rows.append(make_row(frame.format(v=val), "personal", ["PAYMENT_CARD"], [], "card:cue_digits",
                             f"generator:h8_card_{'luhn_pass' if i % 2 == 0 else 'luhn_fail'}_{lengths[i]}", [val]))
    for i, frame in enumerate(PLATE_FRAMES):
        val = v.plate(PLATE_SEPS[i])
        if i % 3 == 2:
            val = val.lower()
        rows.append(make_row(frame.format(v=val), "personal", ["UK_VEHICLE_REG"], [], "plate:separator",
                             "generator:h8_plate_2001_format", [val]))
    for i, frame in enumerate(DOB_FRAMES):
        val = v.dob(i % 8)
        name = v.name()
        rows.append(make_row(frame.format(v=val, name=name), "personal", ["DATE_OF_BIRTH"], ["PERSON"], "dob:no_born",
                             "generator:h8_dob_styles + handwritten:holdout8_gaps", [val, name]))
    for frame, lo, hi in AGE_FRAMES:
        name = v.name()
        age = str(v.rng.randint(lo, hi))
        rows.append(make_row(frame.format(name=name, age=age), "personal", ["PERSON"], [], "age:named",
                             "handwritten:holdout8_gaps + handwritten:holdout8_name_lists", [name]))
    return rows


MISTYPED = [
    ("nhs_check", "UK_NHS_NUMBER", "NHS number {v} - could you check it's on the system? the receptionist said it doesn't match"),
    ("nhs_check", "UK_NHS_NUMBER", "my nhs no is {v}"),
    ("nhs_check", "UK_NHS_NUMBER", "NHS No. {v} - he wants to register with the practice in town"),
    ("nhs_check", "UK_NHS_NUMBER", "NHS# {v} (from the old card, may be a digit wrong)"),
    ("nhs_range", "UK_NHS_NUMBER", "NHS number: {v}"),
    ("nhs_range", "UK_NHS_NUMBER", "her NHS number is {v}, she registered in Glasgow years ago"),
    ("nhs_range", "UK_NHS_NUMBER", "nhs {v} please update the address"),
    ("nhs_range", "UK_NHS_NUMBER", "The NHS No on the letter is {v}."),
    ("nino_prefix", "UK_NINO", "NI number {v}, I think that's what's on my payslip"),
    ("nino_prefix", "UK_NINO", "national insurance no: {v}"),
    ("nino_prefix", "UK_NINO", "my nino is {v} sorry if its wrong"),
    ("nino_prefix", "UK_NINO", "N.I. No. {v}"),
    ("nino_suffix", "UK_NINO", "NI no {v}"),
    ("nino_suffix", "UK_NINO", "National Insurance Number: {v}"),
    ("utr_check", "UK_UTR", "UTR {v} - can you tell me what's owed"),
    ("utr_check", "UK_UTR", "my unique tax reference is {v}"),
    ("utr_check", "UK_UTR", "Self Assessment UTR: {v}"),
    ("utr_check", "UK_UTR", "utr no {v} for the partnership return, my share"),
    ("iban_check", "IBAN", "my IBAN is {v}, please pay the refund there"),
    ("iban_check", "IBAN", "IBAN (mine): {v}"),
    ("postcode_inward", "UK_POSTCODE", "I live at 14 Bryn Teg, postcode {v}"),
    ("postcode_inward", "UK_POSTCODE", "new postcode for me is {v}"),
    ("card_short", "PAYMENT_CARD", "card number {v} - the last digit's worn off so I might have missed one"),
    ("card_short", "PAYMENT_CARD", "my visa {v} expiry 03/27"),
]
DIGIT_FRAMES = [
    "my account number is {v}, can you check the last payment?",
    "Customer ref {v} - caller is the account holder",
    "his reference {v} was on the letter from the council",
    "tenant reference {v} at Cartrefi Conwy, I'm the tenant",
    "claimant's case number {v}, she's waiting for the decision",
    "Your reference: {v}  Our reference: CT/2026 (please quote both)",
    "the pension scheme member number for me is {v}",
    "membership no {v}, please cancel my direct debit",
    "her student number {v}, she's in the second year",
    "account {v} in my name, opened 2015",
]


def mistyped_rows(v: Values) -> list[Row]:
    """Mistyped or out-of-range identifiers beside their cue (24), digit runs (10)."""
    rows: list[Row] = []
    for kind_key, kind, frame in MISTYPED:
        if kind_key == "nhs_check":
            val = v.nhs(valid=False)
        elif kind_key == "nhs_range":
            val = v.nhs(in_range=False)
        elif kind_key == "nino_prefix":
            val = v.nino(allocated=False)
        elif kind_key == "nino_suffix":
            val = v.nino()
            val = val[:-1] + v.rng.choice("EFGHJKMPXZ")
        elif kind_key == "utr_check":
            val = v.utr(valid=False)
        elif kind_key == "iban_check":
            val = v.gb_iban(valid=False)
        elif kind_key == "postcode_inward":
            val = v.postcode(bad_inward=True)
        else:
            val = v.card(length=16).replace(" ", "")[:15]
        rows.append(make_row(frame.format(v=val), "personal", [kind], [], f"mistyped:{kind_key}",
                             f"generator:h8_{kind_key}", [val]))
    for frame in DIGIT_FRAMES:
        val = v.digits(v.rng.choice([8, 9, 10, 11, 12, 14, 16]))
        rows.append(make_row(frame.format(v=val), "personal", [], [], "digits:cue", "generator:h8_digit_run", [val]))
    return rows
