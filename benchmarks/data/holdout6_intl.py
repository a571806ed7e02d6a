"""Held-out set 6, ``intl:`` rows: identifiers, phones and addresses from outside the UK.

Frames are written for set 6 in the voices of visa caseworkers, overseas-visitor
billing teams, HMRC's non-resident units and members of the public; values come
from ``holdout6_intlvals`` (python-stdnum layouts and doctests, libphonenumber
metadata, Faker locales and hand-written layouts).
"""

from __future__ import annotations

import random

from benchmarks.data import holdout6_intlvals as iv
from benchmarks.data.holdout6_common import Row, noisy
from benchmarks.data.holdout6_values import person

ID_FRAMES = (
    "Visa file note: applicant {name} produced {doc} {v} (issued by {country}); copy certified at the VAC.",
    "hi, overseas visitor here - my {doc} from {country} is {v}, do i need it for the GP registration?",
    "Please update the customer's record: {doc} ({country}) = {v}. Spouse application ref to follow.",
    "{name} says her {doc} is {v} — she's from {country}, on a graduate route visa.",
    "Agent: Can I take the ID number from your document from {country}?\nCaller: yeah it's {v}",
    "For the non-resident landlord return I entered my {doc} ({country}): {v}. Is that right?",
    "ID check passed. Document: {doc}, issuing state {country}, number {v}, holder {name}.",
    "my husband's {doc} is {v}, we're from {country}. what else does the EUSS form want?",
    "Re: overseas patient charging — {name}, {doc} {v} ({country}), treatment exempt? please advise",
    "Forwarding the scan. Tax residence: {country}. {doc}: {v}. Name as on document: {name}.",
)

SSN_FRAMES = (
    "For the US/UK totalisation certificate the claimant gave SSN {v}.",
    "my social security number is {v} — I worked in Ohio 2009-2015, can that count toward my state pension?",
    "Caseworker note: {name}, dual national, SSN {v} quoted on the CA3916 form.",
    "Tax treaty relief claim: {name}, ITIN {v}, US resident for 2024-25.",
    "Agent: and the US taxpayer number? Caller: it's an ITIN, {v}.",
    "{name}'s adoption taxpayer number was {v} before her SSN came through.",
)

DL_FRAMES = (
    "Exchanging a {state} licence: {name}, licence no. {v}. Can DVLA swap it for a GB one?",
    "the {state} driver license number is {v} if you need it for the hire car",
    "Identity evidence: {state} DL {v} (expired), {name}.",
)

PHONE_FRAMES = (
    "You can reach me on my mobile while I'm abroad: {v}.",
    "Callback requested by {name}, overseas number {v}, prefers mornings UK time.",
    "my sisters number in {country} is {v} she is my emergency contact",
    "Sponsor contact: {name} — tel. {v} ({country}).",
    "Caller: it's {name}, the line keeps dropping, ring me back on {v}",
    "WhatsApp {v} — that's my dad's, he's the one claiming.",
)

ADDR_FRAMES = (
    "Correspondence address for the pension: {v}.",
    "{name} has moved overseas. New address: {v}",
    "please post the refund cheque to {v} — i don't live in the uk any more",
    "Sponsor's home address (outside UK): {v}. Relationship: brother.",
    "Forwarding address given by tenant {name}: {v}",
    "Overseas Healthcare Services — patient's usual residence {v}.",
)

BOX_FRAMES = (
    "My postal address is {v}, I don't get mail at home.",
    "Send the P85 to {name} at {v}.",
    "claimant's address: {v} (serving overseas)",
    "Mail for {name} should go to {v} until the posting ends.",
)

IBAN_FRAMES = (
    "Pay my State Pension into my account abroad: IBAN {v}.",
    "Refund to {name}, IBAN {v}, BIC to follow.",
    "the iban for my mothers account is {v}, she's the one owed the money",
    "Bank details on the overseas payment form: account holder {name}, IBAN {v}.",
)


REGION_NAMES = {"DE": "Germany", "NO": "Norway", "GR": "Greece", "JP": "Japan", "KR": "Korea", "BD": "Bangladesh",
                "MY": "Malaysia", "IL": "Israel", "MK": "Macedonia", "MX": "Mexico", "PT": "Portugal",
                "BE": "Belgium", "CR": "Costa Rica", "NG": "Nigeria", "PH": "the Philippines",
                "ZA": "South Africa", "TR": "Turkey", "AE": "Dubai", "PK": "Pakistan", "KE": "Kenya",
                "EG": "Egypt", "AR": "Argentina"}


def _row(rng: random.Random, frame: str, values: list[str], kinds: list[str], opt: list[str],
         sub: str, source: str, **slots: str) -> Row:
    text = frame.format(**slots)
    text = noisy(rng, text, values)
    vals = [v for v in values if v in text and (v != slots.get("name") or "{name}" in frame)]
    return Row(text, "personal", f"intl:{sub}", source, kinds, opt, vals)


def build_intl(rng: random.Random, seed: int) -> list[Row]:
    """About 90 personal rows with non-UK identifiers, phones and addresses."""
    rows: list[Row] = []
    # published doctest values of stdnum modules no earlier set lists
    for i, (mod, val, country, doc) in enumerate(iv.STDNUM_DOCTESTS):
        p = person(rng, seed)
        frame = ID_FRAMES[i % len(ID_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, [], ["PERSON"] if "{name}" in frame else [], "national_id",
                         f"published:stdnum_{mod}_doctest", v=val, country=country, doc=doc, name=p.full))
    for i in range(len(iv.GENERATED)):
        val, country, doc, mod = iv.generated_id(rng, i)
        p = person(rng, seed)
        frame = ID_FRAMES[(i + 3) % len(ID_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, [], ["PERSON"] if "{name}" in frame else [], "national_id",
                         f"generator:h6_{mod}_stdnum_check", v=val, country=country, doc=doc, name=p.full))
    for i in range(9):
        frame = SSN_FRAMES[i % len(SSN_FRAMES)]
        val = iv.us_itin(rng) if "ITIN" in frame else iv.us_ssn(rng)
        if "adoption" in frame:
            val, _c, _d, _m = iv.generated_id(rng, 10)
        p = person(rng, seed)
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, [], ["PERSON"], "us_ssn_itin", "generator:h6_us_ssn_itin_rules",
                         v=val, name=p.full))
    for i in range(6):
        val, state = iv.us_licence(rng, i)
        p = person(rng, seed)
        frame = DL_FRAMES[i % len(DL_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, [], ["PERSON"], "us_licence", "generator:h6_us_dl_state_layouts",
                         v=val, state=state, name=p.full))
    for i, region in enumerate(iv.PHONE_REGIONS):
        val = iv.mobile(rng, region, i)
        p = person(rng, seed)
        frame = PHONE_FRAMES[i % len(PHONE_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, ["UK_PHONE"], ["PERSON"], "phone",
                         f"generator:h6_phonenumbers_random_valid_mobile_{region}", v=val, name=p.full,
                         country=REGION_NAMES.get(region, region)))
    for i in range(14):
        if i < 10:
            val, _country, loc = iv.faker_address(rng, seed, i)
            src = f"faker:{loc}.address"
        else:
            val, _country = iv.written_address(rng, i)
            src = "generator:h6_us_ca_address_layouts"
        p = person(rng, seed)
        frame = ADDR_FRAMES[i % len(ADDR_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, ["LOCATION"], ["PERSON"], "address", src, v=val, name=p.full))
    for i in range(6):
        val, _country = iv.PO_BOXES[i](rng)
        p = person(rng, seed)
        frame = BOX_FRAMES[i % len(BOX_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, ["LOCATION"], ["PERSON"], "po_box", "generator:h6_po_box_layouts",
                         v=val, name=p.full))
    for i in range(5):
        val = iv.MILITARY[i](rng)
        p = person(rng, seed)
        frame = BOX_FRAMES[(i + 1) % len(BOX_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, ["LOCATION"], ["PERSON"], "military_address",
                         "generator:h6_apo_dpo_fpo_bfpo_layouts", v=val, name=p.full))
    for i in range(8):
        val = iv.foreign_iban(rng, i * 3 + 1)
        if i % 2:
            val = " ".join(val[j:j + 4] for j in range(0, len(val), 4))
        p = person(rng, seed)
        frame = IBAN_FRAMES[i % len(IBAN_FRAMES)]
        vals = [val] + ([p.full] if "{name}" in frame else [])
        rows.append(_row(rng, frame, vals, ["IBAN"], ["PERSON"], "iban", "generator:h6_iban_mod97_non_uk",
                         v=val, name=p.full))
    return rows
