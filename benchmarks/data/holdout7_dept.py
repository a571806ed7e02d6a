# ruff: noqa: E501  (data and frames: one row or passage per line reads best)
"""Hand-written UK department traffic frames for held-out set 7 (personal and special).

Styles: case notes, e-mails, letters, web chat, call-centre turns, SMS, forms, journal
entries, a spreadsheet row. Each frame is (department, level, template); the fields are
filled from a synthetic person (holdout7_values.person).
"""

from __future__ import annotations

P, S = "personal", "special"

FRAMES: list[tuple[str, str, str]] = [
    # HMRC
    ("hmrc", P, "Re: self assessment penalty appeal\n\nHi, I got a £100 late filing penalty but I did file on time, just the portal crashed. My UTR is {utr} and the return was for 2024-25. Can you look at it? Thanks, {name}"),
    ("hmrc", P, "CALL NOTE 14:32 - caller {name} rang re tax code 1257L showing emergency basis. Verified on NINO {nino} + DOB {dob}. Advised new P45 from employer not yet received. Call back if not fixed in 2 wks."),
    ("hmrc", P, "Dear Sir or Madam, I am writing on behalf of my mother {name} ({nino}) who has received a Simple Assessment letter (PA302) that she does not understand. She lives at {address}. Please send any reply to me."),
    ("hmrc", P, "child benefit high income charge - my partner {first} earns over 60k, do we need to register? my ni no is {nino} and i'm the one claiming"),
    ("hmrc", P, "Marriage allowance transfer request\nApplicant: {name}\nNational Insurance number: {nino}\nPartner: {first2} {last}\nDate of marriage: {date}"),
    ("hmrc", P, "can u tell me why my refund hasnt come. paid into acct {acct} sort {sort}, name on acct {name}, utr {utr}"),
    # DWP
    ("dwp", P, "UC journal entry: Hi my work coach, I have got an interview at the depot on {date} so I can't make my appointment. This is {name}, NI number {nino}. Can we move it to the Thursday?"),
    ("dwp", S, "PIP review form - Q3 Preparing food: {name} (DOB {dob}) cannot stand for more than five minutes due to fibromyalgia and uses a perching stool. Claimant's phone: {phone}"),
    ("dwp", P, "Pension Credit claim - customer {title} {last}, {address}, NINO {nino}. Savings declared £7,400. Partner deceased {date}. Action: issue decision letter."),
    ("dwp", S, "Carer's Allowance: I look after my son {first2} who is autistic and has epilepsy, he gets the higher rate care component. My details: {name}, {nino}, tel {phone}"),
    ("dwp", P, "webchat> agent: can I take the claimant's full name please\nwebchat> customer: {name}\nwebchat> agent: and postcode?\nwebchat> customer: {postcode}"),
    ("dwp", S, "Fit note received for {name} ({nino}): not fit for work until {date}, diagnosis: severe depressive episode. Forward to LCWRA team."),
    # NHS
    ("nhs", S, "Referral: {title} {name}, NHS No {nhs}, DOB {dob}. Presenting with 3/12 history of haematuria. Smoker 30 pack-years. Please see within 2WW pathway."),
    ("nhs", S, "Hi this is the surgery, {first} your blood test results are back and the GP would like to discuss your HbA1c. Please call {phone}. Ref NHS {nhs}"),
    ("nhs", P, "I need to register with a new GP after moving to {address}. My NHS number is {nhs} and my date of birth is {dob}. What do I need to bring?"),
    ("nhs", S, "DISCHARGE SUMMARY\nPatient: {name}   NHS: {nhs}\nAdmitted with community-acquired pneumonia; treated with IV co-amoxiclav. COPD GOLD 3. Follow-up with respiratory nurse."),
    ("nhs", S, "pt {name} nhs {nhs} did not attend CMHT appt today, third DNA. known bipolar II, lithium level overdue. try mobile {phone}"),
    ("nhs", P, "Prescription exemption certificate renewal for {name}, born {dob}, {address}. Certificate no. ended in March."),
    # Home Office
    ("home", P, "Dear UKVI, my BRP was stolen. Name: {name}; date of birth: {dob}; passport number {passport}. I have a crime reference from the police. How do I get a replacement?"),
    ("home", S, "Asylum screening note: {name} states he left his country after being detained for attending a Christian house church. Claimed DOB {dob}. Interpreter requested: Tigrinya."),
    ("home", P, "eVisa account problem: the share code won't generate for {name}, passport {passport}, email on account {email}. Employer needs it by Friday."),
    ("home", P, "sponsor licence query - our new hire {name} arrives {date}, his passport no is {passport} and the CoS was assigned last week. Do we need to report anything else?"),
    ("home", S, "Passport application countersignatory note: I have known {name} for 6 years through our mosque. Her date of birth is {dob} and she lives at {address}."),
    # DVLA
    ("dvla", P, "Hello, I sold my car reg {plate} on {date} but still got a reminder. The new keeper's details were put on the V5C. My name is {name}, licence number {licence}."),
    ("dvla", S, "Medical notification D1: driver {name}, licence {licence}, has been diagnosed with type 1 diabetes on insulin. GP: Dr Fenwick. Postcode {postcode}."),
    ("dvla", P, "SMS to 60015: PLATE {plate} TAX?  -- reply from {phone}"),
    ("dvla", P, "I want to change the address on my driving licence to {address}. Licence: {licence}. Do I need a new photo?"),
    ("dvla", P, "Tax refund cheque not received for vehicle {plate}, scrapped at an ATF. Keeper: {name}, {email}."),
    # courts / tribunals
    ("courts", S, "Case summary: The defendant, {name} (DOB {dob}), pleaded guilty to assault by beating at the magistrates' court. Previous: one caution for possession of cannabis (2019). Pre-sentence report ordered."),
    ("courts", P, "Small claims: I'm the claimant {name}, the defendant owes me £1,250 for a used van. My address for service is {address}, email {email}."),
    ("courts", P, "employment tribunal ET1 - claimant name {name}, tel {phone}, respondent: Harbour Logistics Ltd. Dates of employment: 2019 to {date}."),
    ("courts", S, "Family court: the mother, {name}, has a history of alcohol dependency and attended detox in 2023. Child's date of birth {cdob}. CAFCASS report to follow."),
    # councils
    ("council", P, "Council tax single person discount - I live alone at {address} since {date}. Account holder {name}. Please email {email}."),
    ("council", S, "Housing register: applicant {name}, {phone}. Needs ground-floor property: wheelchair user after spinal cord injury. Current address {address}."),
    ("council", P, "blue badge renewal for my dad {name}, dob {dob}, nhs no {nhs}, we're at {postcode}"),
    ("council", P, "Missed bin collection at {street}, {town} {postcode} - third week running. {name}, {phone}"),
    # Land Registry
    ("landreg", P, "Application to change the register: the registered proprietor {name} has changed name by deed poll. Property: {address}. Please update title."),
    ("landreg", P, "Property alert set up for {address} by {name} ({email}) after a suspected fraud attempt."),
    ("landreg", P, "I'm executor for {title} {name} of {address}, who died {date}. How do I transfer the house into the beneficiaries' names?"),
    # Companies House
    ("companies", P, "Director appointment AP01: {name}, date of birth {dob}, residential address {address}, service address: the registered office."),
    ("companies", P, "Please remove my home address {address} from the public register - I am a director ({name}) and have had people turn up at my door."),
    ("companies", P, "PSC register: {name}, nationality British, month/year of birth {my}, usual residential address {postcode}, holds more than 75% of shares."),
    # Student Loans
    ("slc", P, "student finance: my customer reference number is {crn}, name {name}, I've been overpaid maintenance loan after withdrawing in term 2. what happens now?"),
    ("slc", P, "Repayment query: I've moved to Canada. Name {name}, DOB {dob}, NI {nino}, new phone {caphone}. Need the overseas income assessment form."),
    ("slc", P, "Dear SFE, I'm submitting household income evidence for my daughter {first2} {last}. My name is {name}, NI number {nino}, income 2024-25 £31,200."),
    # Child Maintenance
    ("cms", P, "Child Maintenance: the paying parent is {name}, he works for a haulage firm and his NI number is {nino}. He has stopped paying since {date}. Case {ref}."),
    ("cms", P, "Direct pay details for receiving parent {name}: sort code {sort}, account {acct}. Please pass to the other parent."),
    ("cms", S, "CMS vulnerability flag: receiving parent {name} ({phone}) has disclosed domestic abuse and PTSD; do not share address {address}."),
    # police / other
    ("police", P, "Statement of witness: I, {name}, of {address}, saw the white van hit the cyclist at about 17:40. I was walking home from my shift and stood at the bus stop."),
    ("police", P, "Lost property report: wallet with driving licence {licence} and bank card ending 4471. Owner {name}, contact {email}."),
]
