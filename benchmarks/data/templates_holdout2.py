"""Frames for the second held-out set (`classify_holdout2.jsonl`).

Written from scratch for this set, without sight of the classifier's rules or of
any earlier template file, so that its scores measure generalisation. Slots:
`{value}` (an identifier written by `formats.written_value`), `{label}` (a word
for that identifier), `{first}`, `{last}`, `{name}`, `{dob}` (a written date of
birth), `{town}`, `{postcode}`, `{topic}`, `{statement}`.
"""

from __future__ import annotations

# Words people use for each identifier when a frame does not name it itself.
LABELS: dict[str, tuple[str, ...]] = {
    "UK_NHS_NUMBER": ("NHS no.", "NHS number", "NHS num"),
    "UK_NINO": ("NI number", "NINo", "national insurance no"),
    "UK_UTR": ("UTR", "unique taxpayer ref", "self assessment UTR"),
    "UK_VAT": ("VAT reg no", "VAT number", "VAT registration"),
    "UK_BANK_ACCOUNT": ("bank details", "account details", "payment details"),
    "IBAN": ("IBAN", "international account number", "iban"),
    "PAYMENT_CARD": ("card number", "debit card", "long card number"),
    "UK_PASSPORT": ("passport no", "passport number", "UK passport"),
    "UK_DRIVING_LICENCE": ("driving licence no", "licence number", "DL number"),
    "UK_UPN": ("UPN", "unique pupil number", "pupil no."),
    "UK_CHI": ("CHI", "CHI number", "community health index no"),
    "UK_POSTCODE": ("postcode", "post code", "home postcode"),
    "UK_PHONE": ("mobile", "phone", "contact number"),
    "EMAIL": ("email", "e-mail address", "personal email"),
    "UK_VEHICLE_REG": ("reg", "vehicle registration", "number plate"),
    "IP_ADDRESS": ("IP", "IP address", "source address"),
}

# Frames that fit any identifier: {label} names it.
GENERIC_IDENTIFIER_FRAMES: tuple[str, ...] = (
    "Caller gave {label} {value} but couldn't remember her security answer.",
    "{value} - that's the {label} on file for {first} {last}, please double check it",
    "Can you draft a reply to {name} confirming we hold {label} {value} and will update our records?",
    "case note 14:20 — customer read out {label}: {value}. identity check passed.",
    "Re: your enquiry. We have matched the {label} ({value}) you supplied to an existing account.",
    "I need to chase this up. {label} is {value}, he has been waiting six weeks.",
    "Summarise this complaint for the ombudsman. The complainant's {label} is {value}.",
    "Hi team, quick one: is {value} the right {label} for {first} {last}? The form looks smudged.",
    "Please redact the {label} ({value}) before this bundle goes to the tribunal.",
    "Translate into Welsh: 'Thank you, we have received your {label}, {value}.'",
    "{first} rang again re the backlog; {label} {value}; promised a call back Friday.",
    "Fix the grammar in this: 'your {label} which is {value} has been verified succesfully'",
    "From the intake form -> {label}: {value} / preferred contact: letter",
    "Write a short, polite email asking {name} to confirm whether {value} is still their current {label}.",
    "The {label} quoted on the appeal ({value}) doesn't match the one on the original claim.",
    "Applicant {first} {last} ({label} {value}) requested a reconsideration on 3 March.",
    "Could you turn these notes into a formal letter? {label}: {value}. Outcome: approved.",
    "Data subject access request received. Requester supplied {label} {value} as proof of identity.",
)

# Frames written for one identifier kind.
KIND_FRAMES: dict[str, tuple[str, ...]] = {
    "UK_NHS_NUMBER": (
        "Referral for {first} {last}, NHS number {value}, to community physio — routine.",
        "GP surgery here. Patient's NHS no is {value}; can you help me word a letter about a missed appointment?",
        "Discharge summary pending for NHS {value}.",
    ),
    "UK_NINO": (
        "DWP: the claimant's NI number is {value}, please check the Universal Credit start date.",
        "My national insurance number is {value} and my payslip shows the wrong tax code, what should I do?",
        "Employer wants my NINO before Monday - it's {value}. Is it safe to email it?",
    ),
    "UK_UTR": (
        "HMRC letter quotes UTR {value} for a self assessment penalty. Help me write an appeal.",
        "Self-employed client, UTR {value}, wants time to pay on the January bill.",
        "my utr is {value} and the online account keeps locking me out",
    ),
    "UK_VAT": (
        "Sole trader {first} {last}, VAT reg {value}, has asked us to deregister him.",
        "Invoice from a one-man plumbing business quoting VAT no {value}; is the reverse charge relevant?",
        "Her VAT registration number is {value} - she runs the business from home.",
    ),
    "UK_BANK_ACCOUNT": (
        "Please pay the housing benefit arrears into {value} (the tenant's own account).",
        "Carer's Allowance: claimant changed bank, new details {value}.",
        "Refund owed to {first} {last}; {value}; authorised by team leader.",
    ),
    "IBAN": (
        "The claimant lives in Spain now; pay the pension to IBAN {value}.",
        "Overseas student refund should go to {value} per her email.",
        "Can you check whether {value} is a valid IBAN before I send {first}'s payment?",
    ),
    "PAYMENT_CARD": (
        "Resident paid the parking fine with card {value}, expiry 09/27, but it bounced.",
        "Someone typed their card {value} into the council tax webchat. What do we do?",
        "Card used for the licence fee: {value}",
    ),
    "UK_PASSPORT": (
        "Right to rent check: tenant showed UK passport {value}, photo matches.",
        "Passport Office: applicant {first} {last} reports passport {value} lost abroad.",
        "Copy of passport number {value} attached for the DBS application.",
    ),
    "UK_DRIVING_LICENCE": (
        "DVLA query: licence {value} shows six penalty points, the driver disputes two.",
        "Taxi licensing: applicant's driving licence number is {value}.",
        "Blue badge form lists DL {value} for {first} {last}.",
    ),
    "UK_UPN": (
        "School admissions: pupil {first} {last}, UPN {value}, transferring in Year 8.",
        "Exclusion letter needs the UPN ({value}) in the header.",
        "Please update the census return, UPN {value} has the wrong ethnicity code blank.",
    ),
    "UK_CHI": (
        "NHS Lothian referral, CHI {value}, for outpatient review.",
        "Patient's CHI number: {value}. Write a plain-English summary of the clinic letter for them.",
        "GP in Dundee asks us to check CHI {value} against the screening list.",
    ),
    "UK_POSTCODE": (
        "Bin collection missed again at {first}'s house, {postcode}. She's 84 and can't drag it back.",
        "{first} {last} has moved to a flat in {postcode} and wants the council tax split.",
        "Housing officer visit booked at the tenant's home, postcode {postcode}, 10am Tues.",
    ),
    "UK_PHONE": (
        "Ring {first} back on {value} after 5pm, she works days.",
        "Tenant's mobile {value} — texts only, deaf.",
        "Please call me on {value} about my benefit review, thanks {first}",
    ),
    "EMAIL": (
        "Send the decision letter to {value}, he doesn't want post.",
        "Applicant contact: {value}. Reply within 10 working days.",
        "hi, can u email my tax refund form to {value} pls",
    ),
    "UK_VEHICLE_REG": (
        "PCN issued to vehicle {value} outside {first} {last}'s address; keeper appeals.",
        "Resident parking permit for {value} belongs to the tenant at number 12.",
        "My car {value} was clamped by the council, how do I get it back?",
    ),
    "IP_ADDRESS": (
        "Fraud team: the claim for {first} {last} was submitted from {value} at 03:12.",
        "Log shows the citizen logged in to their Gateway account from {value} twice.",
        "Which ISP owns {value}? It's the address the harassing messages to our caseworker came from.",
    ),
}

# Kind frames that also disclose a disability (deafness, a Blue Badge): labelled special.
SPECIAL_KIND_FRAMES: frozenset[str] = frozenset(
    {
        "Tenant's mobile {value} — texts only, deaf.",
        "Blue badge form lists DL {value} for {first} {last}.",
    }
)

# Evasions: the identifier is disguised; {value} is already transformed.
EVASION_FRAMES: tuple[str, ...] = (
    "pls note ref {value} for the patient, thx",
    "Customer's number typed as {value} in the chat log.",
    "He wrote it like this to get round the filter: {value}",
    "for the record: {value}",
    "Contact details: {value} (from the webform)",
)

_P: tuple[str, ...] = ("PERSON",)
_L: tuple[str, ...] = ("LOCATION",)

# Named private individuals: personal details without a structured identifier.
NAMED_FRAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("My client {first} {last} was evicted from her flat in {town} last week; draft a letter to the landlord.", _P, _L),
    ("Write a case summary: {name}, 42, lives alone in {town}, behind on rent since March.", _P, _L),
    ("Claimant {first} {last} says the assessor never turned up. Summarise for the complaint file.", _P, ()),
    ("Can you help me write to {name} about why his council tax reduction was stopped?", _P, ()),
    ("Patient {first} {last} missed two appointments; draft a gentle reminder letter.", _P, ()),
    ("{first} {last} of {town} has asked for a review of the parking fine her son received.", _P, _L),
    ("The tenant, {name}, reports damp in the back bedroom and a broken boiler.", _P, ()),
    ("Note for file: spoke to {first} {last} at her home in {town}; she wants her bins moved.", _P, _L),
    ("Pupil {first} {last} in Year 9 keeps missing Mondays; write to the parents.", _P, ()),
    ("Draft a reply to Mr {last}: his appeal hearing is now on the 14th at {town} county court.", _P, _L),
    ("Summarise the phone call: {name} rang about her late husband's overpaid pension.", _P, ()),
    ("Help me rewrite this: '{first} {last} has been overpaid £1,340 of tax credits and must repay it.'", _P, ()),
)

# Dates of birth attached to a person.
DOB_FRAMES: tuple[str, ...] = (
    "Claimant {first} {last}, DOB {dob}, requests a mandatory reconsideration.",
    "date of birth {dob} - please confirm before I release the letter",
    "The child was born on {dob} and is starting reception in September.",
    "{name} (d.o.b. {dob}) attended the hearing in person.",
    "She gave her birthday as {dob} but the system has a different year.",
    "Verify caller: {first} {last}, born {dob}.",
    "Patient DoB: {dob}. Sex: F. Presenting: annual review.",
    "Can you check the pension age for someone born {dob}? It's for my client.",
)

# Special-category frames; {statement} completes the sentence about the person.
SPECIAL_FRAMES: tuple[str, ...] = (
    "Case note: {first} {last} {statement}",
    "Please write a referral letter explaining that {name} {statement}",
    "Summarise for the panel: the appellant {statement}",
    "My client {statement} - how should I raise this with the housing office?",
    "For the safeguarding meeting: {first} {statement}",
    "Hi, I'm writing about my neighbour {first} {last}, who {statement}",
)

SPECIAL_STATEMENTS: tuple[str, ...] = (
    "was diagnosed with type 1 diabetes in 2019 and injects insulin daily.",
    "has been sectioned twice under the Mental Health Act.",
    "is undergoing chemotherapy for breast cancer and can't attend in person.",
    "uses a wheelchair following a spinal injury and needs a ground-floor flat.",
    "is HIV positive and worried the landlord will find out.",
    "has severe depression and was prescribed sertraline last month.",
    "is a practising Muslim and asked for a prayer space at the job centre.",
    "attends the local synagogue and can't do Saturday interviews.",
    "is gay and fears persecution if returned to Uganda.",
    "recently came out as transgender and is changing her name on the tenancy.",
    "is a member of Unison and wants a union rep at the disciplinary.",
    "has a conviction for actual bodily harm from 2016, spent next year.",
    "served 18 months for burglary and was released on licence in May.",
    "has claimed asylum and is waiting for a Home Office substantive interview.",
    "is an overstayer with no recourse to public funds.",
    "was refused leave to remain and has lodged an immigration appeal.",
    "is of Black Caribbean heritage and reports racist abuse from neighbours.",
    "identifies as Gypsy Roma Traveller and needs a pitch, not a flat.",
    "had her fingerprints and facial image enrolled at the biometric residence permit appointment.",
    "is autistic and finds phone calls very distressing.",
    "is pregnant with twins and has been signed off by her midwife.",
    "has early-onset dementia and her daughter holds lasting power of attorney.",
    "is recovering from alcohol dependency and attends AA weekly.",
    "has epilepsy and had to surrender his driving licence.",
    "is registered blind and needs letters in large print.",
    "had a miscarriage in January and is off sick with anxiety.",
    "is a Jehovah's Witness and refuses blood products.",
    "is on the sex offenders register and wants to move areas.",
    "has a learning disability and needs an appropriate adult at interview.",
    "was trafficked to the UK and has a positive reasonable grounds decision.",
    "tested positive for tuberculosis and is isolating.",
    "is bisexual and was outed at work.",
    "has long COVID and can no longer work full time.",
    "has a Sikh turban exemption for the hard hat requirement.",
    "was cautioned for possession of cannabis last year.",
    "is deaf and uses British Sign Language.",
)

OFFICIAL_SENSITIVE_FRAMES: tuple[str, ...] = (
    "OFFICIAL-SENSITIVE\n\nBriefing note on {topic}. Do not forward.",
    "Classification: OFFICIAL - SENSITIVE. Summary of {topic} for the minister.",
    "[OFFICIAL-SENSITIVE: PERSONAL] Notes from the strategy meeting on {topic}.",
    "Please tidy up this paper marked OFFICIAL SENSITIVE COMMERCIAL about {topic}.",
    "Summarise the attached (Official-Sensitive) review of {topic}.",
    "Header: OFFICIAL-SENSITIVE. Footer: OFFICIAL-SENSITIVE. Body: options for {topic}.",
    "OFFICIAL–SENSITIVE — draft lines to take on {topic}",
    "This email is OFFICIAL-SENSITIVE. Handling: UK eyes only. Subject: {topic}.",
    "Turn these bullet points into prose; doc is OFFICIAL-SENSITIVE (LOCSEN): {topic}",
)

SECRET_FRAMES: tuple[str, ...] = (
    "SECRET\nAssessment of {topic}. Do not copy.",
    "TOP SECRET STRAP1 - summary of {topic}",
    "Classification: SECRET UK EYES ONLY. Rewrite the conclusions on {topic}.",
    "Please proof-read this TOP SECRET annex on {topic}.",
    "SECRET - draft submission: {topic}",
    "[TOP SECRET] Intercept summary concerning {topic}.",
    "This document is classified SECRET. Contents: {topic}.",
    "SECRET//NOFORN excerpt regarding {topic} - condense to three bullets",
)

MARKING_TOPICS: tuple[str, ...] = (
    "border force staffing at Dover",
    "a planned cyber incident response exercise",
    "the prison estate capacity forecast",
    "negotiating positions on a fisheries agreement",
    "the relocation of a regional data centre",
    "counter-terrorism funding for 2027",
    "a hostile state actor's interest in a university",
    "vulnerabilities in the benefits payment platform",
)
