"""Held-out set 6, ``names:`` rows: private individuals named in natural text.

Six forms the issue lists, written for set 6 in call-centre, web-chat, note and
letter voices: honorific + name, self-introductions, a name given as the answer
in a dialogue turn, lower-case names in lower-case text, names with a relational
or financial role, and names in ordinary narrative sentences.
"""

from __future__ import annotations

import random
import re

from benchmarks.data.holdout6_common import Row
from benchmarks.data.holdout6_values import OTHER_SCRIPT_LOCALES, Person, person

HONORIFIC = (
    "Dr {last} rang about her late husband's pension credit; she says the arrears went to the wrong account.",
    "Please let Mrs {last} know her repeat prescription is ready at the dispensary.",
    "Mr {first} {last} has asked for his appeal hearing to be moved to the afternoon.",
    "Prof. {last} is the appointee for her brother's ESA claim and wants the letters copied to her.",
    "Rev {first} {last} countersigned the child's passport photo but wrote the wrong date.",
    "Ms {last} was not at home when the enforcement agent called on Tuesday.",
    "spoke to Mx {last} re the overpayment letter, agreed £20 a month from the 1st",
    "Mrs. {first} {last}, widowed in March, asks for the bereavement support payment form.",
    "Miss {last} in room 4 says the interpreter didn't turn up again",
    "Sgt {last} attended the address and took a statement from the occupier's son.",
    "Dear Dr {first} {last}, thank you for your letter about your daughter's school transport.",
    "mr {last_l} phoned twice, very upset, wants a manager to call back",
)

SELF_INTRO = (
    "Hello, my name is {full} and I'm writing about my tax code for this year.",
    "Hi, this is {full} speaking, I rang yesterday about carer's allowance.",
    "I'm {full}, the tenant at number 14, and the damp still hasn't been fixed.",
    "{full} here — just checking you got the MOT certificate I emailed?",
    "Name's {first} {last}. I lost my residence permit on the train to Leeds.",
    "my names {first} {last} and i want to complain about my PIP assessment",
    "Dear Sir or Madam, I, {full}, wish to appeal against the decision dated 3 March.",
    "It's {first} again ({full}) — any news on the refund?",
    "Bonjour, je m'appelle {full}; I am writing in English because the form is in English.",
    "I am called {full} and I need a copy of my P60 for the mortgage.",
    "good afternoon, {full} calling, I've had a letter saying I owe £312",
    "Hiya it's {first} {last} from flat 2, the one who reported the broken lift",
)

DIALOGUE = (
    "Agent: Who am I speaking with today?\nCaller: {full}",
    "Bot: What is the full name on the account?\nUser: {full}",
    "Q: Name of the deceased?\nA: {full}",
    "> whose name is the car registered in?\n> {full}, my wife",
    "Adviser: And the person you care for?\nCustomer: my dad, {full}.",
    "[14:02] Agent: can you confirm the policyholder's name please\n[14:03] Visitor: {full}",
    "Assistant: Who should the letter be addressed to?\nUser: {full} please",
    "Clerk: Full name of the respondent?\nApplicant: {full}.",
    "chatbot: please type your name as it appears on your passport\nme: {upper}",
    "HMRC: Name of the contact at your employer?\nYou: {full} in payroll",
    "Agent: who's the landlord?\nCaller: a Mr {full}, he lives abroad now",
    "Operator: and the child's name?\nCaller: it's {first}... {first} {last}",
)

LOWER = (
    "can {lfull} claim child benefit for her niece, she's looking after her now",
    "spoke to {lfull} on the phone, he's sending the payslips monday",
    "pls email {lfull} the appointment letter again, she didnt get it",
    "{lfull} says the dvla have had her licence for 9 weeks",
    "i'm helping {lfull} fill in the pip form, he can't hold a pen",
    "note to self: chase {lfull} re council tax arrears",
    "hey its {lfirst}! {lfull} from the food bank referral",
    "who do i write to about {lfull}'s blue badge, she's my neighbour",
    "visit done. {lfull} not home, calling card left",
    "{lfull} wants to know if her appeal went in on time",
    "put me through to whoever deals with {lfull}'s case please",
    "remind {lfull} the tribunal is at 10 on the 14th",
)

ROLE = (
    "Beneficiary: {full} (nephew) — 50% share of the residuary estate.",
    "The account holder, {full}, has given verbal consent for her son to discuss the bill.",
    "Next of kin: {full}, daughter, lives locally.",
    "I'm an executor of my late aunt's will; the other executor is {full}.",
    "Appointee for the claimant is {full} (brother), please send letters to him.",
    "payee name: {full}",
    "Lasting power of attorney registered — attorneys {full} and {full2}.",
    "The guarantor on the tenancy is {full}, her former employer.",
    "Emergency contact — {full}, partner.",
    "The joint account holder {full} hasn't signed the mandate.",
    "trustee {full} asked for the trust return to be sent to his home",
    "Named driver on the policy: {full}.",
)

NARRATIVE = (
    "{full} from the flat below keeps parking across my dropped kerb; can the council do anything?",
    "Yesterday {full} came in to renew her bus pass and mentioned she'd lost her job.",
    "My neighbour {full} has been getting letters meant for me.",
    "The health visitor met {full} and her twins at the clinic on Thursday.",
    "I share the house with {full}; do we both have to register for council tax?",
    "{full} was the witness who signed my will last spring.",
    "My ex, {full}, is still claiming the child benefit although the kids live with me.",
    "{full} still hasn't returned the tenancy deposit and it's been three months.",
    "Can you tell me whether {full} still lives at the address on the electoral register?",
    "Please note {full} collected the keys on behalf of the family.",
    "Write up: {full} attended the drop-in and asked for help with a universal credit claim.",
    "The lodger, {full}, says the rent he pays me isn't taxable — is that right?",
)

GROUPS = (("honorific", HONORIFIC), ("self_intro", SELF_INTRO), ("dialogue_answer", DIALOGUE),
          ("lower_case", LOWER), ("role", ROLE), ("narrative", NARRATIVE))


def _slots(p: Person, p2: Person) -> dict[str, str]:
    return {"first": p.first, "last": p.last, "full": p.full, "full2": p2.full, "upper": p.full.upper(),
            "lfull": p.full.lower(), "lfirst": p.first.lower(), "last_l": p.last.lower()}


def _values(frame: str, s: dict[str, str], text: str) -> list[str]:
    vals = []
    if "{first} {last}" in frame or "{full}" in frame:
        vals.append(s["full"])
    for key in ("full2", "upper", "lfull"):
        if "{" + key + "}" in frame:
            vals.append(s[key])
    for key in ("last", "last_l"):
        if "{" + key + "}" in frame and not vals:
            # the honorific and surname together, so that a surname that is also a
            # common word ("Kind", "Wolf") is searched for with its title
            m = re.search(r"(\S+ )" + re.escape(s[key]), text)
            vals.append(m.group(0) if m else s[key])
    return [v for v in vals if v in text]


def build_names(rng: random.Random, seed: int) -> list[Row]:
    """72 personal rows, 12 per form; a few narrative names come from other scripts."""
    rows = []
    for sub, frames in GROUPS:
        for i, frame in enumerate(frames):
            other = sub == "narrative" and i % 4 == 3
            p = person(rng, seed, OTHER_SCRIPT_LOCALES if other else
                       ("de_DE", "de_LI", "de_LU", "en_NG", "fr_BE", "no_NO"))
            p2 = person(rng, seed)
            s = _slots(p, p2)
            text = frame.format(**s)
            src = p.source
            rows.append(Row(text, "personal", f"names:{sub}", src, ["PERSON"], [], _values(frame, s, text)))
    return rows
