"""UK department traffic carrying personal data: case notes, e-mails, chat, forms.

Each frame is used twice with different people; the second use gets heavier
noise. Frames are written as callers and caseworkers write: abbreviations,
run-on sentences, several turns in one text, Welsh, Scottish and Northern Irish
contexts. Level is the frame's: special when it discloses health, disability,
religion, ethnicity, a conviction or similar about the person.
"""
# ruff: noqa: E501

from __future__ import annotations

from benchmarks.data.holdout8_common import Row, frame_row
from benchmarks.data.holdout8_values import Values, person_fields

P, S = "personal", "special"

FRAMES: list[tuple[str, str, str]] = [
    # HMRC
    ("hmrc", P, "hi there, got a letter saying I owe {amount} on my self assessment for last year but I've already paid it?? my UTR is {utr} and the payment went from my account on {date}. can someone check please, {first}"),
    ("hmrc", P, "Call note 14:02 - caller {name} rang re P800. Passed DPA (DOB {dob}, postcode {postcode}). NINO {nino}. Advised refund issued to bank, 5 working days. No further action."),
    ("hmrc", P, "Dear Sir/Madam,\n\nI am writing on behalf of my mother, {name}, who is not able to deal with her tax affairs any more. Her National Insurance number is {nino} and her address is {address}. I attach a signed 64-8 so that I can act for her. Please could you send any correspondence to me rather than to her.\n\nRegards"),
    ("hmrc", P, "webchat transcript\nAdviser: Can I take your full name please?\nCustomer: {name}\nAdviser: And your unique taxpayer reference?\nCustomer: its {utr}\nAdviser: thank you, one moment while I look at the 2024-25 return."),
    ("hmrc", P, "child benefit - claimant changed bank. new details sort {sortcode} acc {account}, name on acct {name}. ch b ref {ref}. pls update b4 next payment run"),
    # DWP
    ("dwp", P, "UC journal entry: I've started a new job at the cash and carry, 16 hrs a week, first payslip {date}. Do I need to tell you anything else? {name}, NI {nino}"),
    ("dwp", S, "PIP review - {name} ({nino}) reports that since the stroke in March she can't cook a meal safely and needs prompting to take her medication. Daughter attends appointments. Consider enhanced daily living."),
    ("dwp", P, "Hello, I phoned last week about my pension credit and the lady said to email. I live at {address} and my date of birth is {dob}. I have not had any money since the start of the month and I'm worried about the gas bill. Thank you, {name}"),
    ("dwp", S, "Work coach note: claimant {name} disclosed she is being treated for depression and anxiety by her GP, asked for appointments to be by phone. Easement applied for 3 months. Mob {mobile}."),
    ("dwp", P, "Appointee details\nFull name: {name}\nRelationship: son\nContact number: {phone}\nNI number of claimant: {nino}"),
    # NHS
    ("nhs", S, "Referral: {name}, DOB {dob}, NHS no {nhs}. {age}M, 3/12 hx of dyspepsia and weight loss 6kg. ?upper GI malignancy, please see under 2WW."),
    ("nhs", S, "Hiya, its {first} {surname} here, just checking my mums physio appt has been moved, shes {name2} and her nhs number is {nhs}. She cant do stairs since the hip op so ground floor please x"),
    ("nhs", S, "Discharge summary - Ysbyty Glan Clwyd\nPatient: {name}\nNHS number: {nhs}\nDiagnosis: community-acquired pneumonia, type 2 diabetes\nFollow up: GP review in 2 weeks"),
    ("nhs", S, "Please can the surgery send my repeat prescription for sertraline to the pharmacy on the high street instead. {name}, date of birth {dob}."),
    ("nhs", S, "Health and Care Number {nhs} - pt {name} attended the Royal Victoria ED after a fall, x-ray shows a fractured wrist, plaster applied, fracture clinic Tuesday."),
    ("nhs", P, "GP registration form\nSurname: {surname}\nForename(s): {first}\nPrevious address: {address}\nTelephone: {mobile}\nEmail: {email}"),
    # Home Office
    ("homeoffice", P, "Good afternoon, I applied for my EU settled status in 2021 and still have not received the decision. My name is {name}, date of birth {dob}, passport number {passport}. Can you tell me what is happening please"),
    ("homeoffice", S, "Asylum screening note: {name}, claims to be from the Hazara community and to have been targeted because he is Shia. Arrived via small boat {date}. Port ref {ref}."),
    ("homeoffice", P, "Sponsor licence query - our new employee {name} starts on Monday, BRP number ZU{ref}, right to work share code checked. Please confirm we can proceed."),
    ("homeoffice", P, "I am writing to ask about my husbands visa. He is {name} and he was born on {dob}. We married in Lahore last year and we now live at {address}."),
    # DVLA
    ("dvla", P, "tried to tax my car online but it says the V5C reference doesnt match. reg {plate}, keeper {name}, postcode {postcode}. what am i doing wrong"),
    ("dvla", S, "Medical notification: driver {name}, licence {licence}, has been diagnosed with epilepsy following a seizure at work. Licence to be revoked pending 12 months seizure free."),
    ("dvla", P, "Dear DVLA, I sold the vehicle {plate} to a trader on {date} and filled in the V5C/3 but I've now had a parking fine. Can you confirm it is not mine any more? {name}, {address}"),
    ("dvla", P, "Change of address on driving licence\nLicence number: {licence}\nNew address: {address}\nPhone: {phone}"),
    # courts / tribunals
    ("courts", S, "Probation pre-sentence note: {name} (DOB {dob}) pleaded guilty to theft from a shop; previous convictions for similar offences in 2019 and 2022. Recommend community order with drug rehabilitation requirement."),
    ("courts", P, "I've been sent a claim form from the County Court Business Centre about a debt I don't recognise. My name is {name}, I live at {address} and the claim number is K{ref}. How do I defend it?"),
    ("courts", P, "Witness details for the hearing at Cardiff Civil Justice Centre: {name}, tel {mobile}, email {email}. Available any day except Thursdays."),
    ("courts", S, "Family court - Cafcass safeguarding letter. Mother {name} reports the father has a conviction for assault and has recently started treatment for alcohol dependency. Children live with mother at {address}."),
    # councils (England, Wales, Scotland, NI)
    ("council", P, "Council tax - single person discount. I have lived on my own at {address} since my partner moved out on {date}. My account number is {account}. {name}"),
    ("council", P, "Missed bin collection again on our street. this is the 3rd time. {name}, {address}, phone {mobile}"),
    ("council", S, "Blue badge application. Applicant {name}, DOB {dob}. Has COPD and can walk less than 50 metres without stopping. Receives higher rate mobility."),
    ("council", P, "Bore da, dw i'n ysgrifennu ynglŷn â'r dreth gyngor. Fy enw i yw {name} ac rydw i'n byw yn {address}. Diolch am eich help."),
    ("council", P, "Housing application (Glasgow) - applicant {name}, current address {address}, overcrowded, 2 bed for family of 5, contact {phone}."),
    ("council", S, "Social work case note: visited {name} at home, she disclosed her ex-partner was violent and that she is 14 weeks pregnant. Referred to MARAC. Mobile {mobile} (safe to call)."),
    # Land Registry / Companies House
    ("landregistry", P, "Application to change the register: the registered proprietor {name} has changed her name by deed poll and her address for service is now {address}. Title number CYM{ref}."),
    ("landregistry", P, "Hi, I'm trying to find out who owns the empty house next to mine, but the title just says {name} with an address in {town}. Is that the owner's home address? I can't see a phone number."),
    ("companieshouse", P, "Appointment of director (AP01): {name}, date of birth {dob}, nationality Nigerian, occupation accountant, residential address {address}."),
    ("companieshouse", P, "Someone has filed a change of registered office for my company using my home address without my permission. I'm {name}, director, and my home is {address}. Please remove it."),
    # Student loans / child maintenance
    ("slc", P, "Student finance - my son {name} (customer reference {ref}) says his maintenance loan hasn't arrived. He is at Aberystwyth and his account is {sortcode} {account}."),
    ("slc", P, "repayment query: I moved to Dubai in June and I am now paying by direct debit. SLC cust ref {ref}, {name}, email {email}"),
    ("cms", P, "Child Maintenance: receiving parent {name}, paying parent {name2}. Paying parent has changed job, new employer Tesco distribution. NINO of paying parent {nino}."),
    ("cms", P, "i keep getting told to ring a different number. the case is under my name {name}, my ex hasn't paid since august and he lives at {address} now i think"),
    # police / other
    ("police", S, "Crime report: victim {name}, 34, of {address}, reports racially aggravated harassment by a neighbour; victim is of Somali heritage. Officer to revisit."),
    ("police", P, "Lost property - purse handed in at the station. Contains bank card in the name of {name} and a driving licence number {licence}. Owner not yet contacted."),
    ("hmrc", P, "Tax credits - renewal pack not received. Claimants {name} and {name2}, {address}. Ref {ref}."),
    ("dwp", P, "Mrs {surname} called again about her bereavement support payment. Husband died {date}. Her NI number is {nino}, she lives in {town}. Callback on {phone}."),
    ("nhs", S, "Patient {name} ({nhs}) did not attend her antenatal appointment today. Midwife to phone {mobile}."),
    ("homeoffice", P, "Visa refusal - the applicant {name} was refused because the bank statements showed {amount} instead of the required amount. Passport {passport}. Request admin review."),
    ("council", P, "Parking appeal PCN - vehicle {plate} was parked outside my own house, the permit was on the dashboard. Registered keeper {name}."),
    ("courts", P, "Ref: tenancy deposit dispute. Tenant {name}, former address {address}, forwarding email {email}. Landlord disputes cleaning costs."),
    # longer, multi-turn and mixed-language traffic
    ("hmrc", P, "Hello,\n\nSorry this is a long one. I have been trying to sort out my tax code since April and I have rung you four times. The first person said it was because of my old job at the care home, the second said my company car benefit was wrong but I don't have a company car, I have a van I use for work and I pay for the fuel myself. Then I got a letter saying I owe money for 2023-24 as well. I just want someone to look at it properly. My NI number is {nino} and I've lived at {address} for eleven years so it's not an address thing.\n\nMany thanks\n{name}"),
    ("dwp", P, "Chat log\n[10:02] Agent: Good morning, who am I speaking with?\n[10:02] Customer: {name}\n[10:03] Agent: Thanks. Can you confirm your postcode?\n[10:03] Customer: {postcode}\n[10:04] Agent: And the last payment amount you received?\n[10:05] Customer: {amount} i think\n[10:05] Agent: Thank you, you've passed security."),
    ("nhs", S, "Scottish Ambulance Service handover: pt {name}, CHI {chi}, found on floor by home carer, ?long lie, hx of dementia and AF on apixaban. Taken to Ninewells ED."),
    ("council", P, "Dzień dobry, piszę w sprawie podatku council tax. Nazywam się {name}, mieszkam pod adresem {address}. Proszę o kontakt pod numerem {mobile}. Dziękuję."),
    ("dwp", P, "the lady at number {street_addr} (the one with the blue door, {town}) has asked me to ring for her because her UC payment hasn't come in, shes not good on the phone"),
    ("homeoffice", P, "Assalam o alaikum, mera naam {name} hai. My brother's visa application ka reference GWF{ref} hai, please bata dein kab decision aayega. Thank you"),
    ("council", S, "Housing officer note: tenant of {address} (Mr {surname}) has hoarding disorder per his GP letter; fire service home safety visit booked."),
    ("courts", P, "Hi,\nI've been called for jury service but I'm booked on a flight to Lagos that week for my sister's wedding, I have the tickets. Juror number {ref}, my name is {name}. Can I defer?\nThanks"),
    ("slc", P, "SMS: Hi its {first} {surname} ({email}), I applied for student finance 3 weeks ago and my evidence upload keeps failing, can someone email me back pls"),
    ("cms", S, "Paying parent {name} says he can't pay this month because he's been off work with a back injury and is on SSP; receiving parent {name2} disputes this. Case ref {ref}."),
]


def _hc_number(v: Values) -> str:
    """A Northern Ireland Health and Care Number (320-399 million, mod 11)."""
    while True:
        ds = str(v.rng.randint(320000000, 399999999))
        chk = 11 - sum(int(c) * w for c, w in zip(ds, range(10, 1, -1), strict=True)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return f"{ds[:3]} {ds[3:6]} {ds[6:]}{chk}"


def _chi_number(v: Values, f: dict[str, str]) -> str:
    """A Scottish CHI number: DDMMYY, two digits, a sex digit and a mod-11 check."""
    while True:
        y, m, d = v.dob_parts()
        ds = f"{d:02d}{m:02d}{str(y)[2:]}{v.rng.randint(0, 99):02d}{v.rng.randint(0, 9)}"
        chk = 11 - sum(int(c) * w for c, w in zip(ds, range(10, 1, -1), strict=True)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return ds + str(chk)


def dept_rows(v: Values) -> list[Row]:
    """Two rows per frame; the second with noise on about half its literals."""
    rows: list[Row] = []
    for use in range(2):
        for dept, level, frame in FRAMES:
            f = person_fields(v)
            if "Health and Care Number" in frame or "Royal Victoria" in frame:
                f["nhs"] = _hc_number(v)
            f["chi"] = _chi_number(v, f)
            addr = f["address"].split(", ")
            f["street_addr"] = addr[-2] if len(addr) >= 2 and addr[-2][0].isdigit() else "7 Bryn Teg"
            strength = 0.15 if use == 0 else 0.5
            rows.append(frame_row(frame, f, level, f"dept:{dept}",
                                  "handwritten:holdout8_dept + generator:h8_*",
                                  v.rng, strength))
    return rows
