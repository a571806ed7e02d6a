"""Hand-written frames for held-out set 3 (`build_holdout3.py`); public texts are in `holdout3_public_texts.py`.

Written from scratch for this set, in styles the earlier sets lack: chat turns,
JSON/CSV records, tool-call arguments, terse notes, long documents. Placeholders:
{v} the value, {name} a full name, {first} a first name, {hon} an honorific + surname.
"""

from __future__ import annotations

# ---- UK identifiers: frames per kind (each has a cue for the kind) -----------------

UK_ID_FRAMES: dict[str, tuple[str, ...]] = {
    "UK_NHS_NUMBER": (
        "user: can you check why my prescription hasn't come through? nhs no. {v}",
        "Patient ID (NHS) {v} — transferred from ward 7 overnight, obs stable.",
        '{{"patient": {{"nhs_number": "{v}", "gp_practice": "Riverside"}}}}',
        "hi, it's about my mum's repeat meds, her NHS number is {v}",
        "NHS#{v} referral received, triage pending",
        "Could you draft a complaint to the trust? For reference my NHS number: {v}.",
    ),
    "UK_NINO": (
        "my NI number is {v}, why is my tax code wrong?",
        "Claimant NINo: {v}. Award letter to be reissued.",
        'tool_call: get_contributions({{"ni_number": "{v}", "years": 10}})',
        "National Insurance no {v} – please check the gaps in my record",
        "employee,ni\\nnew starter,{v}",
        "He gave his NI as {v} on the starter checklist.",
    ),
    "UK_UTR": (
        "Self assessment: my UTR is {v}, I missed the January deadline",
        "unique taxpayer reference {v} (sole trader, plumbing)",
        '{{"form": "SA100", "utr": "{v}", "tax_year": "2024-25"}}',
        "can u help me fill in the SA form, utr {v}",
        "Taxpayer ref (UTR): {v} — penalty appeal drafted.",
        "The accountant quoted her UTR, {v}, in the letter to HMRC.",
    ),
    "UK_VAT": (
        "My VAT reg no. is {v}, I'm a sole trader doing bookkeeping from home.",
        "vat_number={v}&trader=self-employed+electrician",
        "Invoice from my own business – VAT number {v} – can you check the layout?",
        "I registered for VAT last month ({v}) as a freelancer, what are my deadlines?",
        "Sole trader VAT registration: {v}. Quarterly returns overdue.",
        '{{"vat_registration": "{v}", "trading_as": "self-employed childminder"}}',
    ),
    "UK_PASSPORT": (
        "my passport number is {v}, expiring next march, do I need to renew before travel?",
        "Passport no: {v} (British citizen) — copy held on file.",
        '{{"document_type": "passport", "document_number": "{v}", "nationality": "GBR"}}',
        "renewing her passport, old number {v}",
        "HM Passport Office ref for my lost passport: passport {v}",
        "Applicant passport # {v}; right-to-work check completed.",
    ),
    "UK_DRIVING_LICENCE": (
        "my driving licence number is {v}, how do I get a share code?",
        "Licence no. {v} — 3 points, SP30.",
        '{{"driving_licence_number": "{v}", "categories": ["B", "BE"]}}',
        "DVLA licence: {v} (provisional)",
        "driver's licence {v} – photocard expired last year",
        "He read out his driving licence, {v}, to the hire desk.",
    ),
    "UK_POSTCODE": (
        "can you tell me my bin day? I live at {addr}",
        "Deliver to: {addr}",
        '{{"shipping_address": "{addr}", "instructions": "leave with neighbour"}}',
        "my new address is {addr}, please update my record",
        "Home visit booked — {addr}.",
        "she moved to {addr} in the summer",
    ),
    "UK_PHONE": (
        "call me back on {v} after 5pm",
        "Contact no. {v} (mobile) — prefers text.",
        '{{"contact": {{"phone": "{v}", "preferred": "sms"}}}}',
        "my number's {v} if the courier needs it",
        "Next of kin tel: {v}",
        "ring his mobile, {v}, he won't pick up unknown numbers though",
    ),
    "EMAIL": (
        "send the receipt to my email {v} please",
        "Reply-to: {v} (tenant, flat 3)",
        '{{"to": "{v}", "subject": "Your appeal outcome"}}',
        "my personal email changed, it's now {v}",
        "contact email on the claim: {v}",
        "cc her at {v} when you reply",
    ),
    "UK_BANK_ACCOUNT": (
        "pay my refund into sort code {sc} account {acct}",
        "Bank details: s/c {sc}, a/c {acct} (current account, Mrs)",
        '{{"sort_code": "{sc}", "account_number": "{acct}", "payee": "claimant"}}',
        "my account no is {acct} and the sort code {sc}, has the payment gone out?",
        "Direct debit mandate — sort code {sc} / account {acct}",
        "her bank: {sc} {acct}",
    ),
    "PAYMENT_CARD": (
        "my card {v} was charged twice for the parking permit",
        "Card number: {v} exp 09/28",
        '{{"payment_method": {{"card_number": "{v}", "holder": "self"}}}}',
        "I need to cancel my debit card ending... actually the full number is {v}",
        "customer paid by credit card {v}, refund pending",
        "use my visa {v} for the renewal",
    ),
    "IBAN": (
        "my IBAN is {v}, can the pension be paid there?",
        "Beneficiary IBAN: {v}",
        '{{"iban": "{v}", "account_holder": "tenant"}}',
        "transfer the deposit back to my iban {v}",
        "Refund to IBAN {v} (claimant's own account).",
        "her iban — {v} — is on the direct debit form",
    ),
}

# ---- identifiers from outside the UK -----------------------------------------------

SSN_FRAMES: tuple[str, ...] = (
    "I moved from Ohio, my social security number is {v}, do I still need a NINO?",
    "SSN: {v} — US citizen, dual national, asking about tax treaty.",
    '{{"ssn": "{v}", "filing_status": "single"}}',
    "my SSN {v} was on the old payslips from the US office",
    "Applicant's US Social Security No. {v}",
)
ITIN_FRAMES: tuple[str, ...] = (
    "my ITIN is {v}, I file a 1040-NR every year",
    "Individual Taxpayer Identification Number: {v} (non-resident)",
    '{{"itin": "{v}", "form": "W-7"}}',
)
US_DL_FRAMES: tuple[str, ...] = (
    "my {state} driver's license number is {v}, can I exchange it for a UK one?",
    "DL# {v} ({state}) — expired, applicant now resident in the UK.",
    '{{"us_driver_license": {{"state": "{state}", "number": "{v}"}}}}',
)
NATIONAL_ID_FRAMES: tuple[str, ...] = (
    "my {what} is {v}, I'm {country_name} and need help with a visa form",
    "{what}: {v} — applicant ({country_name} national)",
    '{{"national_id": "{v}", "issuing_country": "{country}"}}',
    "I'm a {country_name} citizen, my {what} is {v}; what do I put in the UK form?",
    "her {what} ({country_name}) is {v}",
)
TAX_ID_FRAMES: tuple[str, ...] = (
    "my {country_name} tax number ({what}) is {v}, do I declare it on the UK return?",
    "Foreign tax ID for the claimant: {what} {v} ({country})",
    '{{"tax_residence": "{country}", "tin": "{v}"}}',
)
SELF_EMPLOYED_TAX_FRAMES: tuple[str, ...] = (
    "I'm a self-employed translator based in {country}; my {what} is {v} — do I charge UK VAT?",
    "freelancer here, my own {what} is {v}, how do I show it on the invoice to a UK client?",
    "Sole trader (individual) based in {country}: {what} {v}. Please check my reverse-charge wording.",
)
INTL_PHONE_FRAMES: tuple[str, ...] = (
    "my mobile in {country_name} is {v}, you can whatsapp me",
    "Contact (abroad): {v}",
    '{{"emergency_contact_phone": "{v}"}}',
    "call my brother on {v}, he's in {country_name}",
    "if I'm not in the UK, reach me on {v}",
)
INTL_ADDRESS_FRAMES: tuple[str, ...] = (
    "please post my documents to {addr}",
    "Correspondence address (overseas): {addr}",
    '{{"address_abroad": "{addr}"}}',
    "i live at {addr} now, update my pension address",
    "send the certificate to my parents: {addr}",
)
PO_BOX_FRAMES: tuple[str, ...] = (
    "please send my replacement card to {v}",
    "Mailing address: {v}",
    "my postal address is a PO box, {v}",
)
MILITARY_FRAMES: tuple[str, ...] = (
    "my son is stationed overseas, post his forms to {v}",
    "Forwarding address (serving member): {v}",
    "i'm deployed, my mailing address is {v}",
)

# ---- names ---------------------------------------------------------------------------

HONORIFIC_FRAMES: tuple[str, ...] = (
    "{hon} rang again about the damp in her flat, she's very upset.",
    "Please draft a reply to {hon} explaining why his blue badge was refused.",
    "Meeting with {hon} re: rent arrears of £1,340 — agreed £40/week.",
    "{hon} (tenant) reports the boiler has failed for the third time.",
    "summarise the call with {hon} who is disputing the parking fine",
    "Dear {hon}, following your visit to the housing office on Tuesday...",
    "Write a chaser to {hon} about the overdue council tax for his flat.",
    "{hon} is off sick until the 14th, cover her caseload please",
)
SELF_INTRO_FRAMES: tuple[str, ...] = (
    "hi, I'm {name} and I'd like to appeal my PIP decision",
    "Hello, my name is {name}. I rent flat 2B and the landlord won't return my deposit.",
    "{name} here — I applied for a school place for my daughter and heard nothing.",
    "This is {name}, I was made redundant last week, what can I claim?",
    "Good morning. I am {name}, writing about my late father's estate.",
    "hey it's {name}, can you help me write to my employer about flexible working?",
)
DIALOGUE_FRAMES: tuple[str, ...] = (
    "Assistant: Who should the refund be paid to?\nUser: {name}",
    "Agent: Can I take the name of the person you're calling about?\nCaller: yes, {name}, my neighbour",
    "Q: Name of the account holder?\nA: {name}",
    "bot: who is the tenant on the lease?\nme: {name}",
    "Assistant: And the child's full name?\nUser: {name}, she's in year 4",
    "Officer: Full name please.\nWitness: {name}.",
)
LOWERCASE_FRAMES: tuple[str, ...] = (
    "my ex {lname} still hasn't paid the child maintenance, what can i do",
    "can u help me write to {lname} about the fence between our gardens",
    "{lname} from number 12 keeps blocking my drive",
    "my landlord {lname} wants to put the rent up by 20%",
    "need a reference letter for {lname} who worked for me 3 years",
    "my carer {lname} didn't turn up again today",
)
ROLE_FRAMES: tuple[str, ...] = (
    "The beneficiary of the policy is {name}, the policyholder's granddaughter.",
    "Account holder: {name}. Joint account closed on separation.",
    "Next of kin: {name} (wife)",
    "Please add {name} as a named driver and second account holder.",
    "The executor is {name}; the estate includes the house on Orchard Way.",
    "Power of attorney granted to {name}, the patient's son.",
    "Payee: {name}, guarantor for the tenancy.",
    "Emergency contact / next of kin — {name}, brother.",
)

# ---- other personal rows ----------------------------------------------------------

CARD_CUE_FRAMES: tuple[str, ...] = (
    "card no {v}",
    "my bank card is {v} and it got blocked",
    "Payment card: {v}",
    "the credit card number {v} was declined at the leisure centre",
    '{{"card": "{v}"}}',
)
VEHICLE_FRAMES: tuple[str, ...] = (
    "my car reg is {v}, I got a PCN on a road I've never driven down",
    "her van ({v}) was towed from outside her house",
    "Vehicle: {v} — keeper appealing the bus lane fine.",
    "reg plate {v}, my husband's car, need a resident permit",
    '{{"vrm": "{v}", "permit_zone": "C", "holder": "resident"}}',
)
DOB_FRAMES: tuple[str, ...] = (
    "DOB {v}",
    "name: {name}, d.o.b. {v}",
    '{{"name": "{name}", "dob": "{v}"}}',
    "my date of birth is {v} but the form says I'm too old",
    "{first}'s birthday is {v} — she's asking about the free bus pass",
    "Date of Birth: {v}\nSurname: {last}",
    "Patient: {name} ({v})",
    "dob: {v}",
)
AGE_FRAMES: tuple[tuple[str, int, int], ...] = (  # (frame, youngest, oldest)
    ("my son {first} is {age} and starts at the new school in September", 5, 15),
    ("{name}, aged {age}, lives alone at number 4 and has asked for help with the garden", 70, 95),
    ("{hon} (age {age}) is applying for the over-60s railcard", 60, 80),
    ("{first} turned {age} last week, she wants to move out of her mum's", 17, 25),
    ("Client {name} ({age}) — referred by the food bank.", 18, 80),
)
ID_RUN_FRAMES: tuple[str, ...] = (
    "my account number is {v}",
    "his reference {v} — can you see the claim?",
    "patient {v} missed two appointments",
    "claimant no. {v}",
    "customer {v} says the meter reading is wrong",
    "case {v}: applicant's mother is the carer",
    "her membership number is {v}",
    "customer reference {v}, the refund still hasn't arrived",
    "my policy number {v} — I want to claim for the water damage",
    "Account: {v}. Holder disputes the overdraft charge.",
)

# ---- structured records -------------------------------------------------------------

STRUCTURED_FRAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ('{{"name": "{name}", "nino": "{nino}"}}', ("UK_NINO",)),
    ("nhs_number={nhs}&surname={last}&action=lookup", ("UK_NHS_NUMBER",)),
    ('{{"applicant": {{"dob": "{dob}", "postcode": "{pc}"}}}}', ("DATE_OF_BIRTH", "UK_POSTCODE")),
    ("id,name,dob,nhs_number\n1,{name},{dob},{nhs}", ("DATE_OF_BIRTH", "UK_NHS_NUMBER")),
    (
        "Name: {name}\nDate of birth: {dob}\nNational Insurance: {nino}\nSignature: ________",
        ("DATE_OF_BIRTH", "UK_NINO"),
    ),
    (
        '{{"tool": "create_case", "arguments": {{"claimant_email": "{email}", "phone": "{phone}"}}}}',
        ("EMAIL", "UK_PHONE"),
    ),
    ("patient:\n  nhs: {nhs}\n  dob: {dob}\n  gp: Dr Patel, Riverside Surgery", ("UK_NHS_NUMBER", "DATE_OF_BIRTH")),
    ("INSERT INTO claimants (nino, email) VALUES ('{nino}', '{email}');", ("UK_NINO", "EMAIL")),
    (
        '{{"function": "verify_identity", "args": {{"passport_no": "{passport}", "dob": "{dob}"}}}}',
        (
            "UK_PASSPORT",
            "DATE_OF_BIRTH",
        ),
    ),
    ("surname|forename|postcode|utr\n{last}|{first}|{pc}|{utr}", ("UK_POSTCODE", "UK_UTR")),
    ("<claimant><name>{name}</name><iban>{iban}</iban></claimant>", ("IBAN",)),
    ("[tenant]\nname = {name}\nemail = {email}\nsort_code = {sc}\naccount = {acct}", ("EMAIL", "UK_BANK_ACCOUNT")),
)

# ---- special category ---------------------------------------------------------------

SPECIAL_FRAMES: tuple[str, ...] = (
    "my husband {first} was diagnosed with early-onset Alzheimer's in March, can we get carer's allowance?",
    "{name} is HIV positive and worried her employer will find out",
    "i've been on sertraline for two years for depression, will that affect my security clearance?",
    "{hon} is a practising Sikh and asked for a prayer room at the depot",
    "My daughter {first} came out as gay and is being bullied at school",
    "{name} has a conviction for drink driving from 2019 — does he have to declare it on the taxi licence form?",
    "her fingerprints and a facial image of {name} were taken at the border",
    "{name} identifies as Romani Gypsy and has been refused a pitch",
    "our tenant {name} is undergoing chemotherapy and can't manage the stairs",
    "i'm a muslim convert and my family don't know, can the council letters not mention the mosque?",
    "{hon} served 18 months for fraud and has just been released on licence",
    "My brother {first} is bipolar and was sectioned last night",
    "{name} is a Jehovah's Witness and refuses blood products — please note on the ward record",
    "retina scan template for employee {name} enrolled for the secure door",
    "I'm bisexual and my partner is a woman, will that matter for the spousal visa?",
    "{name} is of Bangladeshi heritage and says she was passed over because of her ethnicity",
    "my dad {first} has type 1 diabetes and had a hypo at work",
    "{name} was cautioned for possession of cannabis when he was 17",
    "her voiceprint is used to log in to the bank — {name} wants it deleted",
    "{hon} had a miscarriage last month and needs time off",
    "{name} is registered blind and needs letters in large print",
    "my wife is transgender and her old name is still on the council tax bill",
    "{first} has been in recovery from alcohol addiction since 2021",
    "the DNA sample taken from {name} matched the database",
)

# ---- protective markings --------------------------------------------------------------

OFFICIAL_SENSITIVE_FRAMES: tuple[str, ...] = (
    "OFFICIAL-SENSITIVE\n\nSummary of the restructuring options for the regional office.",
    "Subject: [OFFICIAL-SENSITIVE] draft budget lines for next year",
    "official-sensitive: commercial — supplier pricing comparison attached",
    "Classification: OFFICIAL SENSITIVE\nPlease summarise the attached briefing for the minister.",
    "OFFICIAL–SENSITIVE PERSONAL\nNotes from the disciplinary hearing are below.",
    "Marking: Official-Sensitive. Handling: do not forward outside the team.",
    "summarise this doc (header says OFFICIAL-SENSITIVE) — it's about the estates review",
    '{"classification": "OFFICIAL-SENSITIVE", "body": "Options paper on office closures"}',
)
SECRET_FRAMES: tuple[str, ...] = (
    "SECRET\n\nRevised deployment timetable — see annex B.",
    "TOP SECRET\nSummarise the assessment below in three bullet points.",
    "Subject: [SECRET UK EYES ONLY] weekly summary",
    "classification: TOP SECRET // please tidy up the wording of this paragraph",
    "SECRET – not for onward distribution. Draft reply to the partner agency.",
    "TOP SECRET STRAP 1 — translate the following paragraph into French",
    '{"marking": "SECRET", "text": "Assessment of the regional threat picture"}',
    "Can you proofread this? It's marked SECRET at the top and bottom of every page.",
)
