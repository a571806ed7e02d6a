"""Held-out set 6: card, plate, date-of-birth, age, digit-run and mistyped-identifier rows.

Each group is one of the issue's "gaps seen" categories. Frames are written for set
6; values come from ``holdout6_values`` (seeded generators; Luhn and UK checksums
confirmed with python-stdnum).
"""

from __future__ import annotations

import random

from benchmarks.data import holdout6_values as hv
from benchmarks.data.holdout6_common import Row, noisy

CARD_FRAMES = (
    "card number {v} exp 09/27 - please take the £45 for the replacement licence",
    "I paid the penalty charge with my debit card {v} but it says failed",
    "Customer read out the long number on the front of her card: {v}",
    "The payment card used was {v}; can you refund it to the same card?",
    "Agent: last payment card on file? Caller: visa, {v}",
    "my credit card ending... actually the whole number is {v}, sorry",
    "Refund declined for card {v}. Please advise the claimant.",
    "Fraud report: my card {v} was used for a council tax payment I didn't make",
    "{{\"payment_method\": \"card\", \"card_number\": \"{v}\", \"amount\": 125.00}}",
    "Amex {v} - cardholder is my husband, can I still pay his fine with it?",
    "pls charge the court fee to card no {v} cvv to follow by phone",
)

# Sandbox test card numbers from payment providers' public testing pages (found with the
# `pages` and `docs` search corpora), none of them from a provider PROVENANCE.md lists.
PUBLISHED_CARDS = (
    ("worldpay", "4444333322221111"), ("worldpay", "6759649826438453"), ("worldpay", "343434343434343"),
    ("worldpay", "4917300800000000"), ("nmi", "5431111111111111"), ("nmi", "3541963594572595"),
    ("nmi", "6799990100000000019"), ("access_paysuite", "4462030000000000"),
    ("access_paysuite", "5573489900000028"), ("worldnet", "4539858876047062"),
)
PUBLISHED_CARD_FRAMES = (
    "Please refund the overpaid fee to the card I used, {v}.",
    "caller gave card no {v} for the replacement certificate",
    "My card is {v}, expiry 11/28. Can you take the tribunal fee?",
    "{{\"cardNumber\": \"{v}\", \"cardholder\": \"{name}\"}}",
    "Card used: {v} (debit) — customer {name} disputes the charge.",
)

PLATE_FRAMES = (
    "My car reg is {v} and I've been fined for a bus lane I never drove in.",
    "PCN issued to vehicle {v} on 12/02 at 14:35, keeper has appealed",
    "can you check if {v} is taxed? it's my dad's car and he's in hospital",
    "Reg: {v} — SORN declared, owner says the V5C is lost",
    "the white van {v} belongs to my neighbour, he parks it on the pavement every night",
    "ANPR hit on {v}; registered keeper {name}.",
)

DOB_FRAMES = (
    "DOB {d} — please confirm the claimant's identity before discussing the claim.",
    "d.o.b: {d}",
    "{name}, date of birth - {d}, asks for a copy of her records.",
    "Her birthday is {d} and she's still not got her bus pass.",
    "{name} (dob {d}) did not attend the appointment.",
    "I was born... well my DOB on the form is {d}, is that why it's rejected?",
    "geb. {d}, {name}",
    "Security questions passed: DoB {d}, postcode, first line of address.",
    "b. {d} – {name} – referred by GP",
    "birth date: {d}",
    "{name} {d} — identity matched via the Tell Us Once record",
    "patient D.O.B. {d}",
    "my son's date of birth is {d}, do I need his birth certificate for the passport?",
    "Applicant's DOB:{d}",
)

AGE_FRAMES = (
    "{name}, 34, of {town}, has asked for a review of her housing benefit.",
    "My son {first} {last} is 7 and the school won't give him a place.",
    "{name} (aged 82) lives alone and has had no carer visit for a week.",
    "The claimant, {name}, is 59 years old and was made redundant in June.",
    "{name} turned 18 last week, so does his child benefit stop?",
    "my mum {first} {last} is 91 and can't manage the stairs, can we get a grant?",
    "{name}, a 46-year-old delivery driver, says his hours were cut.",
    "Child: {name}, age 4, nursery place requested",
    "{name} is sixty-three and wants to know when she can draw her pension.",
    "the tenant {name} (29) has been served a section 21",
    "{first} {last}, 17, apprentice, asking about NI contributions",
    "{name}, aged 101, needs the postal vote form in large print",
)

DIGIT_FRAMES = (
    "my account number is {v}, can you check why the payment bounced",
    "Patient ID {v} — please move her appointment to next week",
    "Claimant reference {v}: overpayment recovery paused.",
    "customer no. {v} says the bill is wrong",
    "Case {v} — the client has asked for all correspondence by email.",
    "his membership number is {v}, he can't log in",
    "The claimant's account {v} was closed in 2023.",
    "Please quote your reference: {v} (that's mine, for my son's claim)",
    "my student loan customer reference is {v}",
    "Her pension reference {v} appears on the letter I've attached.",
    "Re: my case {v} - still no decision after 14 weeks",
    "Tenant ref {v}, rent account in arrears",
    "our family's claim number {v} — we were told to quote it",
    "the patient's hospital number is {v}",
)

MISTYPED = (
    ("nhs_wrong_check", "UK_NHS_NUMBER", "NHS number {v} on the referral letter — patient {name}."),
    ("nhs_wrong_check", "UK_NHS_NUMBER", "my nhs no is {v} i think, the app won't accept it"),
    ("nhs_out_of_range", "UK_NHS_NUMBER", "Patient's NHS number: {v}. Admitted via A&E."),
    ("nhs_out_of_range", "UK_NHS_NUMBER", "nhs num {v} (from the old card) for {name}"),
    ("nino_never_allocated", "UK_NINO", "My National Insurance number is {v}."),
    ("nino_never_allocated", "UK_NINO", "NI no. {v} - {name} - starting work monday"),
    ("utr_wrong_check", "UK_UTR", "Self Assessment UTR {v}, the portal says it's invalid but it's on my letter."),
    ("utr_wrong_check", "UK_UTR", "unique taxpayer reference for {name}: {v}"),
    ("passport_8_digits", "UK_PASSPORT", "Passport no. {v} (I may have missed a digit) for {name}."),
    ("gb_iban_wrong_check", "IBAN", "Please pay the grant into my account, IBAN {v}."),
    ("postcode_bad_inward", "UK_POSTCODE", "I live at {addr}, {v} — the post office says the postcode's wrong."),
    ("licence_short", "UK_DRIVING_LICENCE", "Driving licence number {v} for {name} (copied from the photocard)."),
)


def _bad_iban(rng: random.Random) -> str:
    good = hv.gb_iban(rng)
    check = int(good[2:4])
    return f"{good[:2]}{(check + rng.randint(1, 50)) % 100:02d}{good[4:]}"


def _mistyped_value(rng: random.Random, kind: str, p: hv.Person) -> str:
    if kind == "nhs_wrong_check":
        return hv.fmt_nhs(hv.nhs_wrong_check(rng), rng.randrange(3))
    if kind == "nhs_out_of_range":
        return hv.fmt_nhs(hv.nhs_number(rng, rng.choice("5823")), rng.randrange(3))
    if kind == "nino_never_allocated":
        return hv.fmt_nino(hv.nino_never_allocated(rng), rng.randrange(2))
    if kind == "utr_wrong_check":
        return hv.utr_wrong_check(rng)
    if kind == "passport_8_digits":
        return hv.passport(rng)[:8]
    if kind == "gb_iban_wrong_check":
        return hv.group4(_bad_iban(rng))
    if kind == "postcode_bad_inward":
        return hv.postcode_bad_inward(rng)
    return hv.driving_licence(rng, p, hv.dob(rng))[:15]


def _plate_text(rng: random.Random, i: int) -> str:
    tag, age, rest = hv.plate(rng)
    sep = ["-", ".", "_", "/", " - ", "·", "–", "  ", "", " "][i % 10]
    text = f"{tag}{age}{sep}{rest}"
    return text.lower() if i % 3 == 2 else text


def build_gaps(rng: random.Random, seed: int) -> list[Row]:
    """Cards, plates, dates of birth, ages, digit runs and mistyped identifiers."""
    rows: list[Row] = []
    for i in range(22):
        frame = CARD_FRAMES[i % len(CARD_FRAMES)]
        length = [16, 15, 13, 19, 12, 14, 17, 18][i % 8]
        num = hv.card(rng, length, valid=i % 2 == 0)
        val = hv.fmt_card(num, ["", " ", "-"][i % 3]) if length in (15, 16) else num
        text = noisy(rng, frame.format(v=val), [val])
        rows.append(Row(text, "personal", "card:cue_digits", "generator:h6_luhn_issuer_prefix_pass_fail",
                        ["PAYMENT_CARD"], [], [val]))
    for i, (provider, num) in enumerate(PUBLISHED_CARDS):
        p = hv.person(rng, seed)
        val = hv.fmt_card(num, " ") if i % 2 and len(num) in (15, 16) else num
        frame = PUBLISHED_CARD_FRAMES[i % len(PUBLISHED_CARD_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(Row(frame.format(v=val, name=p.full), "personal", "card:published_test_card",
                        f"published:{provider}_test_card", ["PAYMENT_CARD"], ["PERSON"], vals))
    for i in range(12):
        val = _plate_text(rng, i)
        p = hv.person(rng, seed)
        frame = PLATE_FRAMES[i % len(PLATE_FRAMES)]
        text = frame.format(v=val, name=p.full)
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(Row(text, "personal", "plate:separators", "generator:h6_2001_plate_separators",
                        ["UK_VEHICLE_REG"], ["PERSON"], vals))
    for i, frame in enumerate(DOB_FRAMES):
        p = hv.person(rng, seed)
        d = hv.fmt_date(hv.dob(rng, 2008, 2023) if "son's" in frame else hv.dob(rng), i)
        text = noisy(rng, frame.format(d=d, name=p.full), [d, p.full])
        vals = [d] + ([p.full] if "{name}" in frame else [])
        rows.append(Row(text, "personal", "dob:no_born", "generator:h6_dob_styles+faker",
                        ["DATE_OF_BIRTH"], ["PERSON"], [v for v in vals if v in text]))
    for frame in AGE_FRAMES:
        p = hv.person(rng, seed)
        text = frame.format(name=p.full, first=p.first, last=p.last, town=rng.choice(hv.TOWNS))
        val = p.full if p.full in text else p.first
        rows.append(Row(text, "personal", "age:identifiable", p.source,
                        ["PERSON"], [], [val]))
    for i, frame in enumerate(DIGIT_FRAMES):
        val = hv.digits(rng, 8 + i % 12)
        if i % 4 == 1:
            val = " ".join(val[j:j + 4] for j in range(0, len(val), 4))
        text = noisy(rng, frame.format(v=val), [val])
        rows.append(Row(text, "personal", "digits:personal_cue", "generator:h6_digit_runs", [], [], [val]))
    for i in range(30):
        sub, kind, frame = MISTYPED[i % len(MISTYPED)]
        p = hv.person(rng, seed)
        val = _mistyped_value(rng, sub, p)
        street, _pc = hv.uk_address(rng)
        text = frame.format(v=val, name=p.full, addr=street)
        vals = [val] + ([p.full] if "{name}" in frame else []) + ([street] if "{addr}" in frame else [])
        text = noisy(rng, text, vals)
        rows.append(Row(text, "personal", f"mistyped:{sub}", f"generator:h6_{sub}", [kind], ["PERSON"],
                        [v for v in vals if v in text]))
    return rows
