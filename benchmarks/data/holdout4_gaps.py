"""Hand-written frames for the categories issue 9 lists under "Gaps seen".

Same shape as ``holdout4_dept``: ``(category, level, flags, text)`` with
placeholders the builder fills. Written from the issue's category list only.
"""

from __future__ import annotations

INTL_FRAMES = (
    ("intl:us_ssn", "personal", "",
     "I'm a US citizen living in Bristol; for the FATCA form they want my SSN, it's {ssn}. "
     "Which box does it go in?"),
    ("intl:us_ssn", "personal", "lower",
     "my social is {ssn} and the irs letter says it doesnt match my name, what should i send"),
    ("intl:us_ssn", "personal", "P",
     "Dual-national tax resident: {name}, US SSN {ssn}, UK NINO {nino}. Summarise which "
     "country taxes the pension."),
    ("intl:us_itin", "personal", "",
     "My ITIN is {itin} - I don't qualify for an SSN. Can HMRC use it as my foreign TIN on "
     "the CRS self-certification?"),
    ("intl:us_dl", "personal", "",
     "Exchanging a foreign licence: I hold a {usdl_state} driver license no. {usdl}, can I "
     "drive in the UK on it for 12 months?"),
    ("intl:us_dl", "personal", "P",
     "Visitor {name} presented a {usdl_state} driver's license ({usdl}) as ID at the "
     "counter; photo matched."),
    ("intl:national_id", "personal", "",
     "Overseas patient registration: {natid_kind} {natid}, EHIC attached. Please create a "
     "temporary record."),
    ("intl:national_id", "personal", "P",
     "The applicant, {name}, gave {natid_kind} {natid} on the EU Settlement Scheme form."),
    ("intl:national_id", "personal", "lower",
     "hi my id number from home is {natid}, do you need it for the settled status or just "
     "the passport"),
    ("intl:tax_id", "personal", "",
     "Tax residence certificate request. Foreign TIN ({taxid_kind}): {taxid}. Resident in "
     "the UK since April."),
    ("intl:tax_id", "personal", "P",
     "{name} (foreign tax number: {taxid_kind} {taxid}) wants the double taxation relief form."),
    ("intl:phone", "personal", "",
     "Please call my mother back on {fphone}, she doesn't have a UK number."),
    ("intl:phone", "personal", "P",
     "Next of kin: {name}, tel. {fphone} (abroad, mornings only)."),
    ("intl:phone", "personal", "lower",
     "you can whatsapp me on {fphone} im in the states till june"),
    ("intl:address", "personal", "",
     "Forward the refund cheque to my address overseas: {faddr}."),
    ("intl:address", "personal", "P",
     "Pension statement for {name} to be posted to {faddr}"),
    ("intl:address", "personal", "lower",
     "new address is {faddr} from the 1st, pls update"),
    ("intl:pobox", "personal", "",
     "Correspondence address for the claimant: {pobox}."),
    ("intl:pobox", "personal", "P",
     "{name}, {pobox} - please send the certificate there, not the house."),
    ("intl:military", "personal", "P",
     "My grandchild {name} is deployed; post for them goes to {military}. Can the tax return be "
     "delayed?"),
    ("intl:military", "personal", "",
     "Service family address for the child benefit letter: {military}"),
    ("intl:specimen", "personal", "P1",
     "Read this passport MRZ and give me the holder's details:\n{mrz1}\n{mrz2}"),
    ("intl:specimen", "personal", "P1",
     "Passport no. {icao_passport}, holder {icao_name}, born {icao_dob} - is the document "
     "still valid for travel?"),
    ("intl:specimen", "personal", "P1",
     "Personalausweis-Nr. {de_id}, {de_name} geb. {de_birth_name}, {de_dob}, wohnhaft "
     "{de_addr} - please translate for the settlement application."),
    ("intl:specimen", "personal", "P1",
     "The Dutch applicant {nl_name} gave BSN {nl_bsn}; passport document no. {nl_doc}."),
    ("intl:iban", "personal", "",
     "Pay my state pension into my account abroad: IBAN {fiban}, account in my own name."),
    ("intl:iban", "personal", "P",
     "Refund due to {name}; their bank says the IBAN is {fiban}."),
)

NAME_FRAMES = (
    ("names:honorific", "personal", "P",
     "Please book Dr {last} in for the 10:30 slot and let Mrs {last2} know she's moved to 11."),
    ("names:honorific", "personal", "P",
     "Reply to Ms {last} confirming we received her complaint about the missed collection."),
    ("names:honorific", "personal", "P",
     "Prof. {first} {last} asked for the minutes of her grievance hearing to be resent."),
    ("names:honorific", "personal", "P",
     "Rev {first} {last} rang to say the parish can't host the surgery any more; ring him back."),
    ("names:honorific", "personal", "P",
     "mr {last} came in again about the overpayment, he was quite upset"),
    ("names:honorific", "personal", "P",
     "Dear Mx {last}, thank you for your letter of 4 May regarding your council tax band."),
    ("names:self_intro", "personal", "P",
     "Hello, my name is {name} and I'm writing about my late father's tax affairs."),
    ("names:self_intro", "personal", "P",
     "this is {name} speaking, I called yesterday about the blue badge renewal"),
    ("names:self_intro", "personal", "P",
     "Hi there! {first} here ({name} on the account) - still no reply to my refund request."),
    ("names:self_intro", "personal", "P",
     "I am {name}, the tenant at flat 4, and the landlord hasn't fixed the damp."),
    ("names:self_intro", "personal", "P",
     "Good morning, {name} from the residents' association - here are my notes on the meeting."),
    ("names:dialogue", "personal", "P",
     "Agent: Can I take the name on the account?\nCaller: {name}\nAgent: Thanks, and the "
     "first line of the address?"),
    ("names:dialogue", "personal", "P",
     "Q: Who is the main applicant?\nA: {name}\nQ: Any dependants?\nA: Two children."),
    ("names:dialogue", "personal", "P",
     "bot: what name should the letter be addressed to?\nuser: {name_lower}"),
    ("names:dialogue", "personal", "P",
     "- And who did you speak to last time?\n- I spoke to you, I'm {first}. {first} {last}."),
    ("names:dialogue", "personal", "P",
     "[10:02] Advisor: name of the deceased please\n[10:03] Customer: {name}"),
    ("names:lowercase", "personal", "P",
     "can you tell {name_lower} her universal credit payment is late this month"),
    ("names:lowercase", "personal", "P",
     "spoke to {name_lower} on the phone, she will bring the documents thursday"),
    ("names:lowercase", "personal", "P",
     "pls add {name_lower} to the waiting list for the allotment, she lives on our road"),
    ("names:lowercase", "personal", "P",
     "reminder: {name_lower} still owes two months rent and has asked for a payment plan"),
    ("names:role", "personal", "P",
     "Beneficiary: {name}. Share of estate: 50%. Please prepare the IHT400 schedule."),
    ("names:role", "personal", "P",
     "The account holder, {name}, has authorised her son to call on her behalf."),
    ("names:role", "personal", "P",
     "Next of kin listed as {name} (sister). Contact if condition changes."),
    ("names:role", "personal", "P",
     "Lasting power of attorney: attorney {name} acting for the donor from 1 March."),
    ("names:role", "personal", "P",
     "executor of the will is {name}; the solicitor needs the death certificate copies"),
    ("names:role", "personal", "P",
     "Payee for the refund: {name} (guarantor on the tenancy)."),
    ("names:placeholder", "personal", "P",
     "My name is {placeholder} - yes, really - and your form rejects it as a test entry. "
     "Please fix my application."),
)

CARD_FRAMES = (
    ("card:cue_any", "personal", "", "My card number is {card_any} - please refund the duplicate payment."),
    ("card:cue_any", "personal", "lower", "card ending... actually the full card no is {card_any}, exp 08/27"),
    ("card:cue_any", "personal", "", "Payment failed on debit card {card_any}; customer says the bank approved it."),
    ("card:cue_any", "personal", "", "Cardholder: {name}\nCard: {card_any}\nAmount: £62.50"),
    ("card:cue_any", "personal", "", "Visa {card_any} was charged twice for the MOT booking"),
    ("card:test_card", "personal", "", "Please refund £45 to my credit card {tcard}, it was the passport fee."),
    ("card:test_card", "personal", "P", "{name} paid the fine by card ({tcard}) and wants a receipt."),
)

PLATE_FRAMES = (
    ("plate:separator", "personal", "", "My car reg is {plate_sep} and I got a PCN for a street I've never been on."),
    ("plate:separator", "personal", "lower", "reg {plate_sep} blue corsa, parked across my drive again"),
    ("plate:separator", "personal", "P", "Keeper of {plate_sep}: {name}. Insurance checked, valid."),
    ("plate:separator", "personal", "", "vehicle={plate_sep}; offence=bus lane; keeper notified"),
)

DOB_AGE_FRAMES = (
    ("dob:no_born", "personal", "P", "{name}, {dob}, {addr}"),
    ("dob:no_born", "personal", "P", "{name} (d.o.b. {dob}) has asked for a copy of her records."),
    ("dob:no_born", "personal", "", "Patient DOB {dob}, surname {last}, please find the notes."),
    ("dob:no_born", "personal", "P", "Date of birth: {dob} / Name: {name} / Ref: new claim"),
    ("dob:no_born", "personal", "lower", "her birthday is {dob} and her name is {name}, can you check the record"),
    ("dob:no_born", "personal", "P", "{name}  -  {dob}  -  NEW REGISTRATION"),
    ("age:identifiable", "personal", "P", "{name}, aged {age}, of {town}, has applied for a blue badge."),
    ("age:identifiable", "personal", "P", "My neighbour {name} is {age} and lives alone at number 12; can the "
     "council check on her?"),
    ("age:identifiable", "personal", "P", "{first} {last} ({age}) started as an apprentice with us on Monday."),
    ("age:identifiable", "personal", "lower", "my son {first} is {age_child} and his teacher at st mary's "
     "says he needs an ehcp"),
)

MISTYPED_FRAMES = (
    ("mistyped:nhs_bad_check", "personal", "", "NHS number {nhs_bad} - the system won't accept it, can you "
     "check it for me?"),
    ("mistyped:nhs_bad_check", "special", "lower", "pt nhs no {nhs_bad} seen for asthma review, inhaler technique ok"),
    ("mistyped:nhs_bad_check", "personal", "", "nhs_number: {nhs_bad}"),
    ("mistyped:nhs_out_of_range", "special", "", "Clinical note: NHS number {nhs_oor}, prescribed sertraline "
     "50mg for depression."),
    ("mistyped:nhs_out_of_range", "personal", "", "My NHS number is {nhs_oor} according to the app"),
    ("mistyped:nhs_out_of_range", "personal", "", "patient NHS no. {nhs_oor} / attended"),
    ("mistyped:nino_bad_prefix", "personal", "", "NI number {nino_bad} - is that right? HMRC say they can't find it."),
    ("mistyped:nino_bad_prefix", "personal", "lower", "my national insurance no is {nino_bad}"),
    ("mistyped:nino_bad_prefix", "personal", "", "Claimant NINO: {nino_bad} (as written on the P45)"),
    ("mistyped:utr_bad_check", "personal", "", "UTR {utr_bad} rejected by the online form - typo?"),
    ("mistyped:utr_bad_check", "personal", "", "Self assessment ref (UTR): {utr_bad}"),
    ("mistyped:card_short", "personal", "", "my credit card number is {card_short}, I think I missed a digit"),
    ("mistyped:iban_bad", "personal", "", "IBAN for the refund: {iban_bad} (my account)"),
    ("mistyped:passport_short", "personal", "", "passport number {passport_short} - the form says 9 digits?"),
    ("mistyped:postcode_odd", "personal", "", "my postcode is {pc_odd} and the address finder can't find my house"),
)

DIGITS_FRAMES = (
    ("digits:cue", "personal", "", "my account number is {digits}"),
    ("digits:cue", "personal", "", "Customer reference {digits} - she's been overcharged again"),
    ("digits:cue", "personal", "", "his membership no. {digits} expired last month"),
    ("digits:cue", "personal", "lower", "claimant ref {digits} please call back"),
    ("digits:cue", "personal", "", "Case {digits}: tenant reports mould in the child's bedroom"),
    ("digits:cue", "special", "", "Patient ID {digits}, bed 14 (post-op)"),
    ("digits:cue", "personal", "", "her reference number is {digits} and she wants a call before Friday"),
)

SPECIAL_FRAMES = (
    ("special:health", "special", "P", "{name} has type 1 diabetes and needs to eat at 11am; please tell the "
     "exam invigilators."),
    ("special:health", "special", "P", "Occupational health: {name} is having chemotherapy until March and "
     "should work from home."),
    ("special:health", "special", "lower", "{name_lower} was sectioned last week under the mental health act, "
     "her mum rang us"),
    ("special:health", "special", "P", "Sick note received for {name}: stress-related illness, signed off for "
     "four weeks."),
    ("special:health", "special", "P", "{first} {last} told her manager she is pregnant and asked about "
     "maternity risk assessment."),
    ("special:disability", "special", "P", "Reasonable adjustment request: {name} is autistic and needs "
     "written questions before interview."),
    ("special:religion", "special", "P", "{name} asked for Friday afternoons off for Jumu'ah prayers at the mosque."),
    ("special:religion", "special", "P", "Please note {name} is a Jehovah's Witness and will refuse a blood "
     "transfusion."),
    ("special:sexuality", "special", "P", "{name} came out as gay to his team last month and asked HR to "
     "update his partner's details."),
    ("special:gender", "special", "P", "{name} has a gender recognition certificate; update the payroll title to Ms."),
    ("special:ethnicity", "special", "P", "Equality monitoring return: {name}, ethnicity Black Caribbean, "
     "disability: yes."),
    ("special:criminal", "special", "P", "DBS result for {name}: spent conviction for shoplifting (2014), "
     "unspent caution for affray."),
    ("special:criminal", "special", "lower", "{name_lower} is on licence after release from hmp birmingham, "
     "must report weekly"),
    ("special:biometric", "special", "P", "Fingerprint template for {name} enrolled on the door access system "
     "(right index)."),
    ("special:genetic", "special", "P", "{name} carries a BRCA2 variant according to the genetics clinic letter."),
    ("special:politics_union", "special", "P", "{name} is the Unite rep and a Green Party councillor; check "
     "the conflict-of-interest form."),
)

LONG_SENTENCES = (
    ("personal", "P.S. in case you need it, my NHS number is {nhs} and my date of birth {dob}."),
    ("personal", "Sent on behalf of {name}, NI number {nino}, who asked me to forward this."),
    ("personal", "My details for the reply: {name}, {addr}, {phone}."),
    ("personal", "--\n{name}\n{email}\n{phone}"),
    ("special", "Context: I'm asking because my daughter {first} {last}, {dob}, was diagnosed with epilepsy "
     "last month."),
    ("personal", "Please send the answer to {email}; my UTR is {utr}."),
    ("personal", "Quote my reference when you reply: card {card_any}, the payment that bounced."),
    ("special", "Client note: {name} (NINO {nino}) disclosed a conviction for fraud in 2016."),
    ("personal", "I'm the registered keeper of {plate_sep}; licence {dl}."),
    ("personal", "My passport number is {passport}, expiry next June, in the name {name}."),
)
