"""Held-out set 6, ``dept:`` rows: UK department traffic carrying personal data.

Frames written for set 6 in the forms departments actually receive: caseworker
notes, e-mails, letters, web chat, call-centre turns, forms, SMS and exports, for
HMRC, DWP, NHS, the Home Office, DVLA and the courts. Slots are filled from
``holdout6_values``; each frame is used twice with different people and values.
"""

from __future__ import annotations

import random
import re

from benchmarks.data import holdout6_values as hv
from benchmarks.data.holdout6_common import Row, noisy
from benchmarks.data.holdout6_intlvals import mobile

# (department, level, frame)
FRAMES = (
    ("hmrc", "personal", "Subject: tax code query\n\nHi, I'm {name}, NI number {nino}. My tax code changed to BR in "
        "May and I don't "
        "know why. Thanks"),
    ("hmrc", "personal", "Caller verified (UTR {utr}, postcode {pc}). Explained late filing penalty; customer to "
        "appeal online."),
    ("hmrc", "personal", "Dear HMRC, please update my address to {addr}, {pc}. My UTR is {utr}. Regards, {name}"),
    ("hmrc", "personal", "webchat: hi my child benefit stopped, my nino is {nino} and my bank changed to sort code "
        "{sort} acc {acct}"),
    ("hmrc", "personal", "Marriage allowance transfer: from {name} ({nino}) to spouse {name2}."),
    ("hmrc", "personal", "SA302 requested for mortgage — {name}, UTR {utr}, email copy to {email}"),
    ("hmrc", "personal", "R40 repayment claim | {name} | {nino} | {addr} {pc} | phone {phone}"),
    ("hmrc", "special", "Customer {name} ({nino}) asked for more time to pay; says she's been in hospital with "
        "cancer treatment "
        "since January."),
    ("dwp", "personal", "UC journal message: hello my name is {name}, I moved to {addr}, {pc} last week and my rent "
        "is now £650"),
    ("dwp", "special", "PIP review — claimant {name}, NINO {nino}. Reports worsening MS, uses a wheelchair "
        "outdoors. Award: "
        "enhanced mobility."),
    ("dwp", "personal", "Agent: can I take your national insurance number?\nCaller: {nino}\nAgent: and date of "
        "birth?\nCaller: "
        "{dob}"),
    ("dwp", "personal", "State pension forecast for {name}, DOB {dob}, NI {nino}. Send to {email}."),
    ("dwp", "special", "Work coach note: {name} disclosed alcohol dependency, referred to local recovery service. "
        "Sanction not "
        "applied."),
    ("dwp", "personal", "carers allowance - i look after my mum {name2}, her ni number is {nino}, mine's on the "
        "form. call me "
        "{phone}"),
    ("dwp", "personal", "Overpayment letter returned 'gone away' for {name}, last known address {addr}, {pc}."),
    ("dwp", "special", "ESA50 received for {name} ({nino}): severe depression and PTSD, GP letter attached."),
    ("nhs", "special", "Discharge summary — {name}, NHS no. {nhs}, DOB {dob}. Dx: type 2 diabetes, started metformin."),
    ("nhs", "special", "GP surgery SMS: Hi {first}, your smear test result is ready. Reply STOP to opt out. Ref NHS "
        "{nhs}"),
    ("nhs", "special", "Referral to memory clinic: {name} (NHS {nhs}), increasing confusion, lives alone at {addr}, "
        "{pc}."),
    ("nhs", "personal", "Please change my registered address, NHS number {nhs}, new address {addr}, {pc}, mobile "
        "{phone}."),
    ("nhs", "special", "a&e triage: pt {name} dob {dob} - overdose of paracetamol, mental health team informed"),
    ("nhs", "special", "Dear Dr {last}, I am writing about my HIV medication — my NHS number is {nhs}. Kind "
        "regards, {name}"),
    ("nhs", "personal", "Prescription exemption certificate for {name}, NHS {nhs}, posted to {addr}."),
    ("nhs", "special", "Maternity booking: {name}, 12 weeks pregnant, NHS number {nhs}, partner's phone {phone}."),
    ("home_office", "personal", "BRP not received. Applicant {name}, passport {passport}, address {addr}, {pc}. "
        "Contact {email}."),
    ("home_office", "special", "Asylum screening: {name}, DOB {dob}, states he fled because of his sexuality; "
        "claims to be at risk if "
        "returned."),
    ("home_office", "personal", "Sponsor details — name: {name}; UK passport {passport}; phone {phone}."),
    ("home_office", "personal", "hi i applied for settled status, my passport no is {passport} and i never got the "
        "email, my email is "
        "{email}"),
    ("home_office", "special", "Immigration bail: {name} ({passport}) — conviction for assault 2019, reporting "
        "weekly."),
    ("home_office", "personal", "Citizenship ceremony booked for {name}, DOB {dob}, 11:00 at the town hall. "
        "Invitation sent to {addr}, "
        "{pc}."),
    ("dvla", "personal", "I sold my car {plate} to {name2} on Saturday, how do I tell you? My licence number is {dl}"),
    ("dvla", "special", "Medical notification: licence holder {name}, licence {dl}, epilepsy — seizure in March, "
        "licence to be "
        "revoked."),
    ("dvla", "personal", "Change of address on licence {dl}: {addr}, {pc}."),
    ("dvla", "personal", "V5C logbook for {plate} sent to wrong address — keeper {name}, phone {phone}"),
    ("dvla", "personal", "Webchat: my licence has my old name, it's {dl}, I got married and I'm now {name}"),
    ("dvla", "personal", "Penalty points query: {name}, licence {dl}, vehicle {plate}, offence 14/07 speed camera"),
    ("courts", "special", "Listing note: R v {name} (DOB {dob}) — plea hearing, defendant remanded in custody at HMP."),
    ("courts", "personal", "Small claims: claimant {name}, {addr}, {pc}; defendant {name2}. Amount £1,420."),
    ("courts", "special", "Family court: child arrangements — mother {name}, father {name2}; father has a previous "
        "conviction for "
        "domestic violence."),
    ("courts", "personal", "Dear Sir, I am a witness in the case next week. My name is {name}, tel {phone}. Can I "
        "give evidence by "
        "video?"),
    ("courts", "personal", "Probate application — deceased {name}, date of death 02/09, executor {name2}, email "
        "{email}."),
    ("courts", "personal", "jury summons - {name} {addr} {pc} - requesting deferral, exams in june"),
    ("council", "personal", "Council tax single person discount: {name}, {addr}, {pc}, account {acct}."),
    ("council", "special", "Safeguarding referral: {name}, 78, {addr}, {pc}. Neighbours report bruising; daughter "
        "has dementia-care "
        "concerns."),
    ("council", "personal", "Blue badge renewal — applicant {name}, DOB {dob}, NI {nino}, photo to follow."),
    ("police", "special", "Stop recorded: {name}, DOB {dob}, self-defined ethnicity Black British, searched under "
        "s.1 PACE, nothing "
        "found."),
    ("police", "personal", "Lost property: wallet handed in with driving licence {dl} and a card in the name of "
        "{name}."),
    ("hmrc", "personal", "export row: {name},{nino},{dob},{pc},{email}"),
    ("dwp", "personal", "SMS from DWP: {first}, your UC payment of £612.40 will be paid to account ending "
        "{acct_tail} on Friday. NI "
        "{nino}"),
    ("nhs", "special", "Diabetes clinic reminder for {name} on Tue 10:40, NHS No {nhs}. If you cannot attend call 0300 "
        "123 4567."),
)

_KIND = {"nhs": "UK_NHS_NUMBER", "nino": "UK_NINO", "utr": "UK_UTR", "passport": "UK_PASSPORT",
         "dl": "UK_DRIVING_LICENCE", "plate": "UK_VEHICLE_REG", "pc": "UK_POSTCODE", "phone": "UK_PHONE",
         "email": "EMAIL", "dob": "DATE_OF_BIRTH"}
_OPTIONAL = {"name": "PERSON", "name2": "PERSON", "first": "PERSON", "last": "PERSON", "addr": "LOCATION"}


def _slots(rng: random.Random, seed: int) -> dict[str, str]:
    p, p2 = hv.person(rng, seed), hv.person(rng, seed)
    d = hv.dob(rng)
    addr, pc = hv.uk_address(rng)
    acct = hv.account_number(rng)
    tag, age, rest = hv.plate(rng)
    return {
        "name": p.full, "name2": p2.full, "first": p.first, "last": p2.last,
        "nhs": hv.fmt_nhs(hv.nhs_number(rng, rng.choice("467")), rng.randrange(3)),
        "nino": hv.fmt_nino(hv.nino(rng), rng.randrange(4)), "utr": hv.utr(rng),
        "passport": hv.passport(rng), "dl": hv.driving_licence(rng, p, d), "plate": f"{tag}{age} {rest}",
        "addr": addr, "pc": pc, "phone": mobile(rng, "GB", rng.randrange(4)), "email": hv.email_for(rng, p),
        "dob": hv.fmt_date(d, rng.randrange(10)), "sort": hv.sort_code(rng), "acct": acct,
        "acct_tail": acct[-4:],
    }


def build_dept(rng: random.Random, seed: int) -> list[Row]:
    """Each frame twice: 100 rows of personal or special department traffic."""
    rows = []
    for rep in range(2):
        for dept, level, frame in FRAMES:
            s = _slots(rng, seed)
            used = re.findall(r"\{(\w+)\}", frame)
            text = frame.format(**s)
            vals = [s[k] for k in dict.fromkeys(used) if k not in ("acct_tail",) and len(s[k]) >= 4]
            text = noisy(rng, text, vals) if rep == 1 or rng.random() < 0.3 else text
            kinds = sorted({_KIND[k] for k in used if k in _KIND})
            opt = sorted({_OPTIONAL[k] for k in used if k in _OPTIONAL} - set(kinds))
            if level == "special":
                opt.append("SPECIAL_CATEGORY")
            src = "generator:h6_uk_values+faker:h6_name_locales+handwritten:holdout6_dept"
            rows.append(Row(text, level, f"dept:{dept}", src, kinds, opt, [v for v in vals if v in text]))
    return rows
