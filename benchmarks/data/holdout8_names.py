"""Names of private individuals in the forms the issue lists, one frame per row.

Six forms, 10-11 frames each: honorific + surname, self-introduction, a name as
the answer in a dialogue turn, lower-case names in lower-case text, relational
or financial roles, and names in plain narrative without any cue word.
"""
# ruff: noqa: E501

from __future__ import annotations

from faker import Faker

from benchmarks.data.holdout8_common import Row, make_row
from benchmarks.data.holdout8_values import Values

HONORIFIC = [
    "Dr {sur} said the scan results would go to my GP by Friday but nothing has come through yet.",
    "Please pass this to Mrs {sur} in the benefits team, she was dealing with my housing costs claim last month.",
    "Ms {sur} from flat 3 has asked us to stop sending post for the previous tenant.",
    "Can you let Mr {sur} know his parcel was left with the neighbour at number 12?",
    "Prof. {sur} has agreed to supervise my thesis from January, she just needs the funding letter.",
    "Rev {sur} will do the reading at Nan's funeral on the 14th, can you add him to the order of service",
    "Master {sur} (he's 9) left his PE kit on the school bus, can the driver hold on to it?",
    "Mx {sur} rang to say they will be late for the tenancy sign-up, about half an hour.",
    "Sister {sur} on ward 7 told us visiting is 2 till 4 only this week.",
    "ask miss {sur} to ring the school office about the trip money, she still owes £12",
]
SELF_INTRO = [
    "Hello, my name is {name} and I'm calling about the letter you sent me on Tuesday.",
    "this is {name} speaking, I had a missed call from this number this morning",
    "Hi all, {name} here - I'm the new tenant at the top flat, nice to meet you.",
    "Good morning, I am {name}, I rang yesterday about my council tax arrears and was told someone would call back.",
    "You're through to {name}, sorry I can't take your call, leave a message.",
    "My names {name} and I need to change the date of my driving test",
    "Hi it's {name} again, did you get the photos of the boiler I sent?",
    "I'm {name}. I was the one who reported the broken streetlight outside the chemist.",
    "Helo, {name} ydw i, ga i siarad â rhywun am fy mil treth gyngor?",
    "Speaking: {name}. Re your e-mail, I can attend the interview on the 3rd.",
]
DIALOGUE = [
    "Agent: Can I take the name on the account?\nCaller: {name}\nAgent: Thanks, and the first line of the address?",
    "Q: Who is the main tenant?\nA: {name}",
    "Officer: And who was driving at the time?\nMe: {name}, my brother-in-law, he had my permission",
    "- Name of the person you're reporting?\n- {name}\n- Do you know their address?\n- no sorry",
    "Bot: What name should we put on the certificate?\nUser: {name}",
    "Adviser: Whose name is the energy bill in?\nCustomer: It's in {name}'s name, my landlord put it in hers",
    "Receptionist: Who are you here to see?\nVisitor: {name} in accounts, she's expecting me",
    "Interviewer: Emergency contact?\nCandidate: {name}, my partner",
    "Agent: Name of the deceased please\nCaller: {name}\nAgent: I'm so sorry for your loss.",
    "Clerk: Full name of the claimant as on the form?\nSolicitor: {name}",
]
LOWER = [
    "saw {lname} at the jobcentre today, she said her sanctions been lifted",
    "can u send the form to {lname} too, she lives with me now",
    "{lname} hasnt paid his rent for 2 months, what can i do as a landlord",
    "pls add {lname} as a named driver from monday",
    "my neighbour {lname} keeps parking across my drive, who do i report it to",
    "ring {lname} back about the repair, she said after 5 is best",
    "{lname} is my carer and comes in every morning",
    "the letter was addressed to {lname} but they moved out in march",
    "im writing for {lname} who doesnt have internet, he needs a new bus pass",
    "tell {lname} her appointment moved to thursday",
]
ROLES = [
    "Beneficiary: {name}, 50% share of the estate.",
    "The account holder is {name}; I only have third-party access to talk about the bill.",
    "Next of kin - {name} (wife), same address.",
    "I am the executor of my late father's will and my co-executor is {name}.",
    "Lasting power of attorney registered: attorney {name}, acting jointly and severally.",
    "Please make the refund payable to {name}, who is the appointee for my son's benefits.",
    "Guarantor for the tenancy: {name}, employed full time as a nurse.",
    "Joint account holders {name} and {name2}.",
    "Payee on the cheque should be {name}, not the company.",
    "Trustee of the children's trust: {name}. Please send the annual statement to her.",
]
NARRATIVE = [
    "Went round to see {name} yesterday, he's finally sold the van and is moving back to Cork in the new year.",
    "{name} won the raffle at the school fair and gave the hamper to the food bank.",
    "After the flood {name} stayed with us for three weeks until the insurance paid out.",
    "We think {name} has been taking the post from the communal hall.",
    "{name} started at the warehouse on nights last week, first job since the redundancy.",
    "The lad who fixed our fence, {name}, did a good job and only charged for the wood.",
    "Last Sunday {name} and her two kids came to the community lunch for the first time.",
    "{name} owes me £300 from when I lent him money for his car repair in June.",
    "It was {name} who found the dog wandering on the A470 and brought him to the vet.",
    "{name} has been off work since October and his landlord is threatening eviction.",
    "{native} came to the advice session with her landlord's letter about the rent increase.",
    "{native} is the applicant's uncle and has agreed to let her stay with him while she studies.",
]


def name_rows(v: Values) -> list[Row]:
    """About 62 rows, PERSON required on each."""
    rows: list[Row] = []
    src = "handwritten:holdout8_names + handwritten:holdout8_name_lists"
    for frame in HONORIFIC:
        sur = v.surname()
        title = frame.split("{sur}")[0].split()[-1]
        text = frame.format(sur=sur)
        rows.append(make_row(text, "personal", ["PERSON"], [], "names:honorific", src, [f"{title} {sur}"]))
    for group, frames in (("self_intro", SELF_INTRO), ("dialogue_answer", DIALOGUE), ("role", ROLES), ("narrative", NARRATIVE[:10])):
        for frame in frames:
            n, n2 = v.name(), v.name()
            text = frame.format(name=n, name2=n2)
            vals = [n] + ([n2] if "{name2}" in frame else [])
            rows.append(make_row(text, "personal", ["PERSON"], [], f"names:{group}", src, vals))
    for frame in LOWER:
        n = v.name().lower()
        rows.append(make_row(frame.format(lname=n), "personal", ["PERSON"], [], "names:lower_case", src, [n]))
    for frame, loc in zip(NARRATIVE[10:], ("ko_KR", "zh_CN"), strict=True):
        fk = Faker(loc)
        fk.seed_instance(v.rng.randint(0, 10**6))
        n = f"{fk.last_name()}{fk.first_name()}" if loc in ("ko_KR", "zh_CN") else ""
        rows.append(make_row(frame.format(native=n), "personal", ["PERSON"], [], "names:narrative_script",
                             f"faker:{loc}.first_name+last_name + handwritten:holdout8_names", [n]))
    return rows
