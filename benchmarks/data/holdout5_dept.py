# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""UK department traffic carrying personal data (held-out set 5, ``dept:``).

Hand-written frames in the styles departments actually send to an assistant:
case notes, e-mails, letters, web-chat and call-centre turns, forms, SMS,
spreadsheet lines. Slots are filled from ``Values``; noise is added to the
frame's words by ``holdout5_text.fill``. Frames marked ``special`` disclose
health, religion, sexuality, ethnicity, criminal record or biometrics.
"""

from __future__ import annotations

from .holdout5_text import Row, fill
from .holdout5_values import Values

# slot -> (kind, required?) ; slots not listed carry no personal value
SLOT_KINDS: dict[str, tuple[str, bool]] = {
    "name": ("PERSON", False), "last": ("PERSON", False), "first": ("PERSON", False),
    "nhs": ("UK_NHS", True), "nino": ("UK_NINO", True), "dob": ("DATE_OF_BIRTH", True),
    "addr": ("LOCATION", False), "pc": ("UK_POSTCODE", True), "phone": ("PHONE_NUMBER", True),
    "email": ("EMAIL_ADDRESS", True), "plate": ("UK_VEHICLE_REGISTRATION", True),
    "lic": ("DRIVING_LICENCE", True), "pp": ("PASSPORT", True), "utr": ("TAX_ID", True),
    "sort": ("UK_BANK_ACCOUNT", False), "acct": ("UK_BANK_ACCOUNT", False),
    "iban": ("IBAN", True), "card": ("CREDIT_CARD", True), "ip": ("IP_ADDRESS", True),
    "age": ("AGE", False),
}
NOT_VALUES = {"age"}  # too short to search a recording for

# (department, style, level, frame)
FRAMES: list[tuple[str, str, str, str]] = [
    # HMRC
    ("hmrc", "case_note", "personal", "Case note {ref}: spoke to {name} re overdue SA return. UTR {utr}, NINO {nino}. Says P60 went to old address. Agreed to send a copy to {addr}, {pc}."),
    ("hmrc", "email", "personal", "Hi team,\n\nCan someone check why the tax code for {name} ({nino}) changed to 0T in month 6? Employer says they sent the starter checklist. Customer's mobile is {phone}.\n\nThanks"),
    ("hmrc", "letter", "personal", "Dear {title} {last},\n\nYour Self Assessment: Unique Taxpayer Reference {utr}\n\nWe have not received your return for the year ended 5 April. Please write to us at the address above if you think you should not have been sent one."),
    ("hmrc", "chat", "personal", "agent: can i take your national insurance number please\ncustomer: its {nino}\nagent: and your date of birth?\ncustomer: {dob}\nagent: thanks, I can see the child benefit claim now"),
    ("hmrc", "form", "personal", "Marriage Allowance transfer\nYour name: {name}\nYour NI number: {nino}\nPartner's name: {name2}\nPartner's NI number: {nino2}\nDate of marriage: {when}"),
    ("hmrc", "chat", "personal", "summarise this for the refund team: customer {name} wants the repayment paid into sort code {sort} account {acct} instead of a cheque, reference {ref}"),
    ("hmrc", "case_note", "special", "{name} (UTR {utr}) asked for extra time to pay. She has been in hospital since March with a stroke and her son handles her post. Time to Pay agreed for 12 months."),
    ("hmrc", "email", "personal", "From: {email}\nSubject: VAT registration\n\nI'm a sole trader, {name}, trading from {addr} {pc}. I registered for VAT in the summer but haven't had my number yet. My UTR is {utr}."),
    # DWP
    ("dwp", "case_note", "special", "PIP review {ref}. Claimant {name}, DOB {dob}, NINO {nino}. Diagnosed with relapsing-remitting MS in 2019; uses a wheelchair outdoors. Recommend enhanced mobility component."),
    ("dwp", "journal", "personal", "Journal message from claimant {name}: hi my work coach appointment clashes with my new job shift, can we move it? my number is {phone} if easier to ring"),
    ("dwp", "call", "personal", "Agent: Which account would you like your State Pension paid into?\nCaller: Same as before, Nationwide, sort code {sort}, account {acct}\nAgent: And can I confirm your address?\nCaller: {addr}, {pc}"),
    ("dwp", "letter", "personal", "To: {name}\n{addr}\n{pc}\n\nNational Insurance number: {nino}\n\nYour Universal Credit payment for this assessment period has been reduced because of a sanction decision."),
    ("dwp", "case_note", "special", "ESA50 received from {name} ({nino}). Reports severe depression and panic attacks since bereavement, under the community mental health team. GP letter attached. Refer for WCA."),
    ("dwp", "email", "personal", "hiya, carers allowance query - I look after my mum {name}, she's {age} and her NI no is {nino}. does my pension count as earnings??"),
    ("dwp", "form", "personal", "Change of circumstances\nFull name: {name}\nDate of birth: {dob}\nNew address: {addr}\nPostcode: {pc}\nDate you moved: {when}"),
    ("dwp", "sms", "personal", "DWP: {first}, your Pension Credit claim {ref} needs one more document. Reply or call us. Sent to {phone}."),
    # NHS
    ("nhs", "referral", "special", "Referral to cardiology\nPatient: {name}\nNHS No: {nhs}\nDOB: {dob}\nHx: palpitations, ECG shows AF, started apixaban. Please see within 6 weeks."),
    ("nhs", "discharge", "special", "Discharge summary for {name}, NHS number {nhs}. Admitted with DKA, type 1 diabetes, HbA1c 96. Insulin regime changed; district nurse to visit {addr}."),
    ("nhs", "email", "special", "Morning - can you rebook {name}'s colonoscopy? NHS {nhs}. She had to cancel because of chemo side effects. Contact her on {phone}."),
    ("nhs", "chat", "special", "rewrite this in plain english for the patient: {name} dob {dob} results show eGFR 41, CKD stage 3b, we want to review ramipril"),
    ("nhs", "111", "special", "111 call notes - caller {name}, {age}, at {addr}. Chest pain for 40 min radiating to left arm, known angina. Ambulance category 2 dispatched."),
    ("nhs", "admin", "personal", "Please update the registration for {name}: new mobile {phone}, new email {email}. NHS number {nhs}."),
    ("nhs", "letter", "special", "Dear Dr Okafor,\n\nRe: {name}, DOB {dob}, NHS {nhs}\n\nI reviewed this gentleman in the memory clinic. MoCA 19/30; findings consistent with early Alzheimer's disease."),
    ("nhs", "form", "special", "Sexual health clinic - patient record\nName: {name}\nDOB: {dob}\nTel: {phone}\nResult: chlamydia positive, treated with doxycycline, partner notification discussed"),
    # Home Office
    ("homeoffice", "case_note", "personal", "Visa application {ref}: applicant {name}, passport {pp}, DOB {dob}. Sponsor licence checked; CoS valid. Biometrics appointment booked."),
    ("homeoffice", "email", "special", "Asylum interview summary needed. Claimant {name} says he was detained twice for attending a house church and fears return because of his Christian faith. HO ref {ref}."),
    ("homeoffice", "letter", "personal", "Dear {name},\n\nYour Biometric Residence Permit has been returned to us as undelivered. Please confirm your current address; we hold {addr}, {pc}."),
    ("homeoffice", "chat", "personal", "translate into Polish: {name}, your passport {pp} is ready to collect from the enquiry office"),
    ("homeoffice", "form", "special", "EUSS application\nName: {name}\nDate of birth: {dob}\nNationality: Portuguese\nCriminal convictions declared: yes - 2017 conviction for assault, 6 months suspended"),
    ("homeoffice", "case_note", "special", "Fingerprint match on IDENT1 for {name} (DOB {dob}) against a 2015 record in Calais. Refer to third-country unit."),
    # DVLA
    ("dvla", "email", "personal", "i sold my car {plate} last week to a dealer but still got a letter saying i owe the tax, my licence number is {lic}. name {name}"),
    ("dvla", "case_note", "special", "Medical investigation {ref}: licence holder {name}, driver number {lic}. Notified epilepsy; last seizure 3 months ago. Licence revoked under regulation 72."),
    ("dvla", "chat", "personal", "customer: hi i need to change the address on my V5C\nadviser: whats the reg?\ncustomer: {plate}\nadviser: and the new address?\ncustomer: {addr} {pc}"),
    ("dvla", "form", "personal", "D1 application\nSurname: {last}\nFirst names: {first}\nDate of birth: {dob}\nCurrent licence no.: {lic}\nEmail: {email}"),
    ("dvla", "letter", "personal", "Vehicle: {plate}\nKeeper: {name}\n\nOur records show there is no valid insurance for this vehicle. You must insure it or make a SORN within 14 days."),
    # courts and tribunals
    ("courts", "case_note", "special", "Listing note: R v {name}, DOB {dob}. Defendant has previous convictions for burglary (2014, 2018). Remanded in custody; PSR requested."),
    ("courts", "email", "personal", "Dear Clerk,\n\nI'm the litigant in person in claim {ref}. My name is {name}, my address for service is {addr}, {pc} and my email is {email}. Please confirm the hearing date."),
    ("courts", "order", "personal", "IN THE FAMILY COURT\nChild arrangements: the child {first2} {last}, born {dob}, shall live with the mother {name} at {addr}."),
    ("courts", "chat", "special", "draft a witness statement summary: {name} says her ex-partner assaulted her on 3 May; she was treated at A&E for a fractured wrist. she lives at {addr}"),
    ("courts", "form", "personal", "N1 claim form\nClaimant: {name}\nAddress: {addr}, {pc}\nDefendant: Tenbury Motors Ltd\nAmount claimed: £2,450\nPhone: {phone}"),
    # local authority / police / misc
    ("council", "email", "personal", "council tax: resident {name} at {addr} {pc} says she is the sole adult occupier since her partner moved out - apply 25% discount? her card ending is {card} if we take the arrears today"),
    ("police", "case_note", "special", "Crime ref {ref}. Victim {name} ({age}), {addr}. Racially aggravated harassment by a neighbour; victim is of Somali heritage and a practising Muslim."),
    ("council", "chat", "personal", "can you help me write back to this tenant? {name} says the boiler has been broken 3 weeks. she's at {addr}, tel {phone}"),
    ("hmrc", "security_log", "personal", "2026-11-03 14:12:09 login ok user={email} src={ip} mfa=sms\n2026-11-03 14:15:41 address change requested for NINO {nino}"),
    ("dwp", "spreadsheet", "personal", "Please tidy this row: {last}, {first}, {nino}, {dob}, {pc}, award £117.80 pw"),
    ("nhs", "chat", "special", "pt {name} {nhs} is HIV positive on biktarvy, undetectable. needs a letter for his dentist - write it please"),
    ("homeoffice", "call", "personal", "Adviser: Who am I speaking to?\nCaller: {name}\nAdviser: Unique application number or passport number?\nCaller: passport, {pp}\nAdviser: Thank you."),
    ("courts", "letter", "personal", "Our ref: {ref}\n\nDear {title} {last}\n\nJury summons. You have been selected for jury service. Please reply using the enclosed form. Date of birth we hold: {dob}."),
    ("dwp", "case_note", "special", "Safeguarding: {name} (NINO {nino}) told the work coach she is being financially abused by her son and is drinking heavily. Alcohol dependency noted; signposted to Change Grow Live."),
    ("nhs", "sms", "personal", "Reminder: {first} {last}, your vaccination is on {when} at Moorside Health Centre. Your NHS number is {nhs}. Reply STOP to opt out."),
    ("dvla", "call", "personal", "Adviser: What's the registration?\nCaller: {plate}\nAdviser: And the name of the registered keeper?\nCaller: {name}\nAdviser: Thanks, I'll add the SORN."),
    ("hmrc", "letter", "personal", "HM Revenue and Customs\n\n{name}\n{addr}\n{pc}\n\nTax credits renewal. Reference: {nino}\nPlease check the details in this pack and confirm them by 31 July."),
]

STYLE_NOTE = "handwritten:holdout5_dept_frames"


def _slots(v: Values) -> dict[str, str]:
    p = v.latin_person() if v.rng.random() < .8 else v.person()
    p2 = v.person()
    addr, pc = v.address()
    born = v.dob_parts()
    return {
        "name": p.full, "first": p.first, "last": p.last, "title": v.title(),
        "name2": p2.full, "first2": v.person().first,
        "nhs": v.nhs(sep=v.rng.choice([" ", "", " ", "-"])),
        "nino": v.nino(sep=v.rng.choice([" ", "", " "])),
        "nino2": v.nino(sep=""), "dob": v.dob(parts=born), "addr": addr, "pc": pc,
        "phone": v.uk_phone(intl=v.rng.random() < .2), "email": v.email(p),
        "plate": v.plate(v.rng.choice([" ", "", " "])), "lic": v.licence(p, born),
        "pp": v.passport(), "utr": v.utr(), "sort": v.sort_code(), "acct": v.account(),
        "iban": v.gb_iban(), "card": v.card(sep=v.rng.choice([" ", "", "-"])),
        "ip": v.ip(), "ref": v.case_ref(v.rng.choice(["CR", "REF", "HO", "SA", "UC"])),
        "when": f"{v.rng.randint(1, 28)} {['March', 'June', 'October', 'January'][v.rng.randrange(4)]}",
        "age": str(v.rng.randint(19, 93)),
    }


def make_row(v: Values, dept: str, style: str, level: str, frame: str,
             category_prefix: str = "dept", source_extra: str = "") -> Row:
    """Fill one frame and derive kinds and values from the slots it uses."""
    vals = _slots(v)
    text = fill(v.rng, frame, vals)
    used = [s.strip("{}") for s in __import__("re").findall(r"\{[a-z_0-9]+\}", frame)]
    kinds: list[str] = []
    opt: list[str] = []
    values: list[str] = []
    for s in used:
        key = s.rstrip("2")
        if key in SLOT_KINDS:
            kind, req = SLOT_KINDS[key]
            (kinds if req else opt).append(kind)
        if key in SLOT_KINDS and key not in NOT_VALUES:
            values.append(vals[s])
    if "first" in used and "last" in used and vals["name"] in text:
        values = [x for x in values if x not in (vals["first"], vals["last"])] + [vals["name"]]
    if not kinds:
        kinds.append("PERSON")
    values = [x for x in values if x in text]
    return Row(text=text, level=level, category=f"{category_prefix}:{dept}",
               source=f"{STYLE_NOTE}:{style}; generator:h5_values{source_extra}",
               kinds=kinds, optional_kinds=opt, values=values)


def dept_rows(v: Values, n: int = 104) -> list[Row]:
    """n rows cycling through the frames in a shuffled order."""
    order = list(range(len(FRAMES)))
    rows: list[Row] = []
    while len(rows) < n:
        v.rng.shuffle(order)
        for i in order:
            if len(rows) == n:
                break
            rows.append(make_row(v, *FRAMES[i]))
    return rows
