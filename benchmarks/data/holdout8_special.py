"""Special-category statements about an identifiable person, and protective markings.

First person (the writer identifies themselves by name or an identifier) and third
person (a named person). Categories: health, disability, mental health, religion,
ethnicity, sexuality, political opinion, trade union, genetics, biometrics,
criminal record.
"""
# ruff: noqa: E501

from __future__ import annotations

from benchmarks.data.holdout8_common import Row, frame_row
from benchmarks.data.holdout8_values import Values, person_fields

SPECIAL: list[tuple[str, str]] = [
    ("health", "I'm {name} and I was diagnosed with MS in 2019, I need the forms in large print please."),
    ("health", "{name} has been on dialysis three times a week since the summer so can't attend the assessment centre."),
    ("health", "my husband {name} had a heart attack on Sunday, he's in the CCU at Morriston, what happens to his ESA?"),
    ("health", "Patient {name}, HIV positive, on ART, viral load undetectable - please ensure letters go in plain envelopes."),
    ("health", "i'm {first}, nhs number {nhs}, had my second miscarriage in august and was told to ask about counselling"),
    ("health", "{name} is waiting for a hip replacement at Ninewells and can only walk with two sticks."),
    ("disability", "My daughter {name} is autistic and non-verbal; she'll need a quiet room at the hearing."),
    ("disability", "{name} is registered blind (sight impaired certificate 2021) and uses a guide dog."),
    ("disability", "As a wheelchair user I ({name}, {postcode}) can't get into the library since the ramp was removed."),
    ("disability", "{name} has a learning disability and her appointee is her sister."),
    ("mental_health", "{name} was sectioned under s.2 last week and is on the acute ward at the Priory."),
    ("mental_health", "hi this is {name}, ive had really bad PTSD since leaving the army and cant face the jobcentre"),
    ("mental_health", "Claimant {name} ({nino}) disclosed suicidal thoughts on the call; crisis team contacted."),
    ("mental_health", "{name} is under the community mental health team for bipolar disorder and has asked for paper copies."),
    ("mental_health", "I'm {name}, my anorexia relapsed over Christmas and my consultant wants me to stop work for 3 months."),
    ("religion", "{name} has asked not to be given Friday afternoon appointments because he attends Jummah prayers."),
    ("religion", "As a practising Sikh I, {name}, will be wearing a kirpan to the interview, is that allowed?"),
    ("religion", "{name} converted to Christianity in Iran and fears persecution if returned."),
    ("religion", "My name is {name}, I am a Jehovah's Witness and will not accept a blood transfusion."),
    ("religion", "{name} is Orthodox Jewish and cannot attend the tribunal on Saturday 12th."),
    ("ethnicity", "{name} identifies as Gypsy/Roma and has lived on the Cae Glas site since 2015."),
    ("ethnicity", "Equality monitoring - {name}: Black Caribbean."),
    ("ethnicity", "{name}, who is of Kurdish origin, reported being refused service because of her ethnicity."),
    ("ethnicity", "I'm {name}, mixed White and Black African, and I want my ethnicity corrected on my record."),
    ("sexuality", "{name} told her caseworker she is a lesbian and was disowned by her family in Uganda."),
    ("sexuality", "I'm {name} and I'm gay, my asylum claim is based on that - what evidence do I need?"),
    ("sexuality", "{name} came out as bisexual to his manager and says he has been bullied since."),
    ("sexuality", "{name} and her wife are both on the tenancy, they married in 2020."),
    ("political", "{name} is an active member of the Scottish Socialist Party and stood as a candidate in Paisley."),
    ("political", "I, {name}, was arrested at the climate protest in Parliament Square and want to know if it'll affect my visa."),
    ("political", "{name} was a PTI organiser in Lahore before he fled."),
    ("union", "{name} is the Unite rep at the depot and has asked for union representation at the disciplinary."),
    ("union", "Member: {name}, UNISON membership number {ref}, branch Cardiff Health."),
    ("union", "as {name}, a member of the RMT, I want to know if strike days affect my universal credit"),
    ("genetics", "{name} tested positive for the BRCA2 mutation and wants to know if she must tell her insurer."),
    ("genetics", "Genetic test result for {name} (DOB {dob}): heterozygous for Factor V Leiden."),
    ("genetics", "{name}'s son has been diagnosed with cystic fibrosis; both parents are carriers."),
    ("biometrics", "Fingerprints and facial image for {name} were enrolled at the UKVCAS centre on {date}, BRP to follow."),
    ("biometrics", "{name}'s voiceprint is registered for phone banking and HMRC voice ID; she wants it deleted."),
    ("biometrics", "Biometric residence permit for {name}: facial image and fingerprints captured, passport {passport}."),
    ("criminal", "{name} has an unspent conviction for drink driving from 2024 and declared it on the DBS form."),
    ("criminal", "I'm {name}, I served 18 months for fraud and got out in May, can I still get a bank account?"),
    ("criminal", "{name} received a police caution for possession of cannabis in 2023."),
    ("criminal", "Sex offender register - {name} of {address}, notification requirements until 2031."),
    ("criminal", "{name} is on licence after release from HMP Parc, probation appointments Tuesdays."),
]

MARKINGS: list[tuple[str, str]] = [
    ("special", "OFFICIAL-SENSITIVE\n\nSubject: staffing changes at the Newport office - not for circulation outside the team."),
    ("special", "Classification: OFFICIAL - SENSITIVE [PERSONAL]\nMinutes of the case conference held on 3 November."),
    ("special", "official-sensitive: commercial. Draft evaluation of the three bids, do not forward."),
    ("special", "This document is marked OFFICIAL-SENSITIVE and contains details of an ongoing investigation."),
    ("special", "OFFICIAL SENSITIVE - LOCSEN\nBriefing for the Minister, 14:00."),
    ("secret", "SECRET\nUK EYES ONLY\nAnnex B: deployment timetable."),
    ("secret", "TOP SECRET//STRAP1 - summary of intercepted material, handle accordingly."),
    ("secret", "classification: secret. Please shred after reading. Contingency plan for the port closure."),
]


def special_rows(v: Values) -> list[Row]:
    """45 special statements and 8 markings."""
    rows: list[Row] = []
    for sub, frame in SPECIAL:
        f = person_fields(v)
        rows.append(frame_row(frame, f, "special", f"special:{sub}",
                              "handwritten:holdout8_special + handwritten:holdout8_name_lists",
                              v.rng, 0.2, person_required=True))
    for level, text in MARKINGS:
        rows.append(frame_row(text, {}, level, "marking:" + ("official_sensitive" if level == "special" else "secret"),
                              "handwritten:holdout8_markings", extra_optional=["PROTECTIVE_MARKING"]))
    return rows
