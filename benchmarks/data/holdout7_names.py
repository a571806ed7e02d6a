# ruff: noqa: E501, E741, B905, B007, UP031  (data generators: one row or frame per line; short names as in the formulas they copy)
"""Names in natural text (held-out set 7): honorifics, self-introductions, dialogue
answers, lower case, relational and financial roles, and plain narrative without a cue.
All frames hand-written for this set; names from holdout7_values.Names.
"""

from __future__ import annotations

import random
from typing import Any

from .holdout7_common import row
from .holdout7_values import Names, phone, postcode

HONORIFIC = [
    "Could you forward this to {t} {l}? {t} {l} asked for the minutes of the parish meeting.",
    "{t} {l} has asked whether the refund can go to a different account.",
    "Please note that {t}. {l} will be covering the Tuesday clinic from next week.",
    "I spoke to {t} {l} this morning and she's happy to be the contact for the repair.",
    "the letter was addressed to {t} {l} but they moved out last spring",
    "Message for {t} {f} {l}: your appointment has been moved to 10:40.",
    "We have received a complaint from {t} {l} about the state of the stairwell.",
    "Can {t} {l} confirm whether she still needs the interpreter?",
    "Reminder: {t} {l}'s tenancy review is overdue.",
    "{t} {f} {l} rang again about the parking permit.",
]
TITLES = ["Dr", "Mrs", "Ms", "Mr", "Prof", "Rev", "Miss", "Mx", "Sister", "Cllr"]
SELF = [
    "Hi, my name is {f} {l} and I'm trying to find out about my state pension forecast.",
    "Good morning, this is {f} {l} speaking, I'm ringing about the letter I received.",
    "Hello, {f} {l} here - I was told to email this address about my appeal.",
    "My name's {f} {l}. I think I've been charged twice for the TV licence.",
    "I am {f} {l}, and I would like to make a complaint about my housing officer.",
    "hiya it's {f} {l} from flat 3, the boiler has gone again",
    "Dear team, I'm writing as {f} {l}, the tenant of the ground floor flat.",
    "This is {f} {l}; I called yesterday and was promised a callback.",
    "You're speaking to {f} {l}, how can I help? - sorry, wrong script - I need help with my own claim.",
    "Hey, {f} {l} again. Still no reply about the overpayment.",
]
DIALOGUE = [
    "Agent: What's the name on the account?\nCaller: {f} {l}",
    "Q: Who should we address the certificate to?\nA: {f} {l}, please",
    "> name of the deceased?\n{f} {l}",
    "Bot: Please type the full name of the person you are applying for.\nUser: {f} {l}",
    "Operator: and who am I speaking with?\n- {f} {l}",
    "Advisor: Whose name is the tenancy in?\nCustomer: it's in {f} {l}'s name",
    "Name of your employer's contact? -> {f} {l}",
    "Clerk: Full name of the witness?\nWitness: {f} {l}.",
    "Which parent is the claimant?\nThe claimant is {f} {l}.",
    "- who's the account holder on the broadband?\n- {f} {l}",
]
LOWER = [
    "can you check if {f} {l} has paid the rent this month",
    "i need to update the address for {f} {l} on the system",
    "pls send the form to {f} {l} asap",
    "my neighbour {f} {l} keeps parking across my drive what can i do",
    "does {f} {l} still work in the benefits team",
    "hi its about {f} {l} who was in ward 6 last week, any news",
    "forwarding this from {f} {l}, she can't log in",
    "{f} {l} said you'd call back tuesday",
    "remind me to ring {f} {l} about the deposit",
    "is {f} {l} on the electoral roll at this address",
]
ROLES = [
    "The beneficiary of the policy is {f} {l}.",
    "Please list {f} {l} as next of kin.",
    "Account holder: {f} {l}; joint holder: none.",
    "I'd like to nominate {f} {l} as my appointee for benefits.",
    "The executor of the estate is {f} {l}, the deceased's nephew.",
    "Payee for the grant: {f} {l}.",
    "Named driver on the policy: {f} {l}.",
    "Lasting power of attorney donor: {f} {l}.",
    "Guarantor for the tenancy will be {f} {l}.",
    "The trustee, {f} {l}, signed the deed on Monday.",
]
NARRATIVE = [
    "{f} {l} came into the office on Monday with a stack of unopened letters and asked what to do with them.",
    "Yesterday {f} {l} finally got the keys to the new flat on the estate.",
    "When {f} {l} rang back, the line kept dropping.",
    "{f} {l} left the job at the warehouse in August and has not found work since.",
    "The boiler engineer met {f} {l} at the property at nine.",
    "{f} {l} and her two children moved in with her sister after the flood.",
    "After the hearing {f} {l} waited outside for almost an hour.",
    "We think {f} {l} has been sending the forms to the old address.",
    "{f} {l} paid the first instalment in cash at the post office.",
    "It was {f} {l} who reported the broken streetlight on Cobble Lane.",
    "{f} {l} wants the decision reconsidered before the end of the month.",
    "Last week {f} {l} was seen by the duty social worker.",
]


def _name(names: Names, rng: random.Random, script_ok: bool = False) -> tuple[str, str, str]:
    r = rng.random()
    if script_ok and r < 0.25:
        return names.faker(rng.choice(["th_TH", "ar_SA", "hi_IN", "ne_NP"]))
    return names.any()


def name_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for sub, frames in [("honorific", HONORIFIC), ("self_intro", SELF), ("dialogue_answer", DIALOGUE),
                        ("lower_case", LOWER), ("role", ROLES), ("narrative", NARRATIVE)]:
        for tmpl in frames:
            f, l, src = _name(names, rng, script_ok=sub == "narrative")
            if sub == "lower_case":
                f, l = f.lower(), l.lower()
            t = rng.choice(TITLES)
            text = tmpl.format(f=f, l=l, t=t)
            values = [f"{f} {l}"] if "{f} {l}" in tmpl else [f"{t} {l}" if "{t} {l}" in tmpl else f"{t}. {l}"]
            if "{t} {f} {l}" in tmpl:
                values = [f"{t} {f} {l}"]
            rows.append(row(text, "personal", f"names:{sub}", src, ["PERSON"], [], values))
    return rows


def age_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    frames = [
        "{f} {l}, aged {a}, has asked for a review of the decision.",
        "My grandson {f} {l} is {a} and wants to apply for a provisional licence.",
        "{f} {l} ({a}) lives alone and has no family nearby.",
        "The tenant, {f} {l}, is {a} years old and works nights.",
        "hi my mum {f} {l} is {a} and can't manage the stairs anymore",
        "{f} {l}, {a}, was the driver of the second vehicle.",
        "Applicant age: {a}. Applicant: {f} {l}.",
        "I'm {f} {l}, {a}, and I've never claimed anything before.",
        "Our son {f} {l} turned {a} last month so his DLA is ending.",
        "{f} {l} is a {a}-year-old carer for her husband.",
        "At {a}, {f} {l} is the oldest volunteer at the food bank.",
        "Record: {l}, {f} - age {a} - room 12",
    ]
    rows = []
    for tmpl in frames:
        f, l, src = names.any()
        a = str(rng.randint(17, 93))
        text = tmpl.format(f=f, l=l, a=a)
        vals = [f"{l}, {f}"] if "{l}, {f}" in tmpl else [f"{f} {l}"]
        rows.append(row(text, "personal", "age:named_person", src, ["PERSON"], [], vals))
    return rows


def plate_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    from .holdout7_values import plate
    seps = ["-", ".", "_", "/", " - ", "·", "–", "  ", "", " "]
    frames = [
        "My car {p} was clamped outside my own house, who do I complain to?",
        "vehicle reg {p} - keeper wants to SORN it",
        "Penalty charge notice issued to {p}, I was the driver and had a valid ticket.",
        "Please add {p} to my residents' permit.",
        "the van {p} belongs to my husband, is it taxed?",
        "Reg: {p}\nMake: Vauxhall\nColour: grey\nKeeper: me",
        "I bought {p} last week and the log book hasn't arrived",
        "Speeding notice for {p} on the A59 - I wasn't driving, my son was.",
        "Can I transfer the private plate from {p} to my new car?",
        "MOT failed on {p}, brake pads. Can I still drive it home?",
        "neighbour keeps parking {p} on the pavement",
        "Congestion charge auto pay for {p} stopped working.",
    ]
    rows = []
    for i, tmpl in enumerate(frames):
        p = plate(rng)
        sep = seps[i % len(seps)]
        p = p.replace(" ", sep)
        if i % 3 == 2:
            p = p.lower()
        rows.append(row(tmpl.format(p=p), "personal", "plate:separator", "generator:h7_2001_plate_format",
                        ["UK_VEHICLE_REG"], [], [p]))
    return rows


def dob_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    from .holdout7_values import dob, fmt_date
    frames = [
        "{f} {l} - DOB {d}",
        "d.o.b. {d}, surname {l}",
        "Date of birth: {d}\nName: {f} {l}",
        "my birthday is {d} and the form says I'm not eligible",
        "{l}, {f} (b. {d})",
        "Her DoB is {d}; please correct the record for {f} {l}.",
        "{f} {l}, {d}, applying for a bus pass",
        "dob {d} pls update",
        "The child ({f} {l}) was delivered on {d} at the Royal.",
        "Geburtsdatum: {d} - {f} {l}",
        "birthdate={d}&surname={l}",
        "{f} {l} ({d}) will need his own claim when he turns 18.",
    ]
    rows = []
    for tmpl in frames:
        f, l, src = names.any()
        d = fmt_date(rng, dob(rng))
        text = tmpl.format(f=f, l=l, d=d)
        vals = [d] + ([f"{f} {l}"] if "{f} {l}" in tmpl else [l] if "{l}" in tmpl else [])
        rows.append(row(text, "personal", "dob:no_born", src + "+generator:h7_dob",
                        ["DATE_OF_BIRTH"], ["PERSON"], vals))
    return rows


def misc_contact_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    """Phone and postcode beside a name, in terse forms."""
    rows = []
    for tmpl in ["{f} {l} {ph}", "call {f} on {ph} re the deposit", "{f} {l} / {pc} / {ph}"]:
        f, l, src = names.any()
        ph, pc = phone(rng), postcode(rng)
        text = tmpl.format(f=f, l=l, ph=ph, pc=pc)
        vals = [v for v in (f"{f} {l}", ph, pc) if v in text]
        kinds = ["UK_PHONE"] + (["UK_POSTCODE"] if pc in text else [])
        rows.append(row(text, "personal", "names:contact", src + "+published:ofcom_drama_numbers",
                        kinds, ["PERSON"], vals))
    return rows
