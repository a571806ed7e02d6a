"""Hand-written sentence frames for the sensitive rows of the evaluation set.

Frames are `str.format` templates. Slots: `{name}` `{first}` `{last}` `{title}`
(a synthetic private individual from faker `en_GB`), `{label}` / `{Label}` (how
people write the identifier's name), `{value}` (the identifier), `{dept}`,
`{issue}`, `{town}`, `{street}`, `{house}`. Styles mirror department work: case
notes, letters, e-mails, chat requests to an assistant.
"""

from __future__ import annotations

DEPARTMENTS = (
    "DWP",
    "HMRC",
    "the DVLA",
    "the Home Office",
    "HM Passport Office",
    "the council",
    "the Student Loans Company",
    "the Ministry of Justice",
    "the Child Maintenance Service",
)
ISSUES = (
    "a late Universal Credit payment",
    "a change of address",
    "an overpayment letter",
    "a council tax dispute",
    "a parking permit renewal",
    "a housing benefit review",
    "a missing tax refund",
    "a pension forecast",
    "a student loan repayment",
    "a fine I think is wrong",
)
TOWNS = (
    "Leeds",
    "Harrogate",
    "Swansea",
    "Dundee",
    "Norwich",
    "Plymouth",
    "Derby",
    "Belfast",
    "Inverness",
    "Wolverhampton",
    "Carlisle",
    "Exeter",
    "Sunderland",
    "Aberystwyth",
    "Reading",
)
STREETS = (
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Victoria Road",
    "Park Avenue",
    "Queen Street",
    "Manor Close",
    "Orchard Way",
    "Green Lane",
    "Kings Road",
    "Highfield Drive",
    "Meadow View",
)

# Labels people use for each identifier; the first is the canonical one.
LABELS: dict[str, tuple[str, ...]] = {
    "UK_NHS_NUMBER": ("NHS number", "NHS no.", "NHS No"),
    "UK_NINO": ("National Insurance number", "NI number", "NINO", "NI no."),
    "UK_UTR": ("UTR", "Unique Taxpayer Reference", "self assessment UTR"),
    "UK_VAT": ("VAT number", "VAT registration number", "VAT reg no."),
    "UK_BANK_ACCOUNT": ("bank details", "account details", "bank account"),
    "IBAN": ("IBAN", "international bank account number", "IBAN for the refund"),
    "PAYMENT_CARD": ("card number", "long card number", "debit card number"),
    "UK_PASSPORT": ("passport number", "passport no.", "passport number"),
    "UK_DRIVING_LICENCE": ("driving licence number", "licence number", "DVLA licence no."),
    "UK_UPN": ("UPN", "unique pupil number", "pupil number"),
    "UK_CHI": ("CHI number", "CHI", "Community Health Index number"),
    "UK_POSTCODE": ("postcode", "post code", "postcode"),
    "UK_PHONE": ("phone number", "mobile number", "contact number"),
    "EMAIL": ("email address", "email", "e-mail address"),
    "IP_ADDRESS": ("IP address", "IP", "IP address"),
    "UK_VEHICLE_REG": ("registration number", "number plate", "reg"),
}

# Frames that work for any labelled identifier. `person` says whether a name appears.
GENERIC_FRAMES: tuple[tuple[str, bool], ...] = (
    ("Can you check the record for {name}? Their {label} is {value}.", True),
    (
        "Dear {title} {last},\n\nThank you for your letter. We have updated your file "
        "({Label}: {value}) and will write again within 20 working days.\n\nYours sincerely,\n"
        "Casework Team, {dept}",
        True,
    ),
    (
        "Claimant: {name}\n{Label}: {value}\nIssue: {issue}\nPlease draft a summary for the case officer.",
        True,
    ),
    ("Hi, I'm chasing {issue}. My {label} is {value} and I still haven't heard back from {dept}.", False),
    (
        "Draft a polite reply to {first}, whose {label} ({value}) was keyed in wrongly on {dept}'s system.",
        True,
    ),
    ("Summarise this case note: {name} ({label} {value}) phoned on Tuesday about {issue}.", True),
    ("The caller gave {value} as their {label}. Is that the right format before I look them up?", False),
    ("Update the spreadsheet row for {last}: {label} = {value}, status = awaiting evidence.", True),
    ("Translate into Welsh: 'Your {label} is {value}. Keep this letter safe.'", False),
    (
        "From: {name}\nSubject: {issue}\n\nHello, my {label} is {value}. Could someone call me back?\n{first}",
        True,
    ),
)

# Frames where the identifier reads naturally with little or no label.
SPECIFIC_FRAMES: dict[str, tuple[tuple[str, bool], ...]] = {
    "UK_NHS_NUMBER": (
        ("Please update the address held for NHS number {value}; {first} has moved to {town}.", True),
        ("{name}, {value}, asked for a copy of the letter we sent last month.", True),
    ),
    "UK_NINO": (
        ("My NI number is {value}, can you tell me how many qualifying years I have?", False),
        ("{name} {value} – state pension forecast requested.", True),
    ),
    "UK_UTR": (
        ("I need to file my self assessment, UTR {value}. What's the deadline this year?", False),
        ("HMRC wrote to {name} about UTR {value} and a late filing penalty.", True),
    ),
    "UK_VAT": (
        ("I'm a self-employed plumber; my VAT number is {value}. Does it go on every invoice?", False),
        ("Sole trader {name} (VAT {value}) has asked for a repayment.", True),
    ),
    "UK_BANK_ACCOUNT": (
        ("Please pay the refund into my account: {value}.", False),
        ("{name} changed their bank details to {value} last week.", True),
    ),
    "IBAN": (
        ("Please send the refund to {value}.", False),
        ("Pay the grant into {name}'s account, {value}, before Friday.", True),
    ),
    "PAYMENT_CARD": (
        ("Charge the renewal fee to {value}, expiry 09/27.", False),
        ("My card {value} was charged twice for the same application.", False),
    ),
    "UK_PASSPORT": (
        ("I lost my passport ({value}) in Spain, what should I do?", False),
        ("{name} travelled on passport {value} and needs the visa letter reissued.", True),
    ),
    "UK_DRIVING_LICENCE": (
        ("My licence number is {value} and I need to add my new address.", False),
        ("{name} – {value} – three penalty points, expiring next year.", True),
    ),
    "UK_UPN": (
        ("My daughter's UPN is {value}; which school record does it link to?", False),
        ("Pupil {name}, UPN {value}, is transferring to a school in {town}.", True),
    ),
    "UK_CHI": (
        ("Update the address for CHI {value}, who has moved to {town}.", False),
        ("{name} (CHI {value}) asked for a copy of their records to be posted.", True),
    ),
    "UK_POSTCODE": (
        ("I moved to {house} {street}, {town} {value} last month and need to update my address.", False),
        ("{name}\n{house} {street}\n{town}\n{value}", True),
        ("I live at {value} – which bin collection day applies to my street?", False),
    ),
    "UK_PHONE": (
        ("Ring me back on {value} after 3pm, I'm at work until then.", False),
        ("You can reach {first} on {value}, she prefers texts.", True),
        ("Missed call from {value}: {name} about {issue}.", True),
    ),
    "EMAIL": (
        ("Send the forms to {value} please.", False),
        ("{name} <{value}> wrote: I never received the refund.", True),
        ("Can you add {value} to the distribution list for {first}'s case?", True),
    ),
    "IP_ADDRESS": (
        ("The suspicious logins to {first}'s account came from {value}.", True),
        ("Our logs show {name} signed in to the portal from {value} at 02:14.", True),
    ),
    "UK_VEHICLE_REG": (
        ("A car with registration {value} has been parked across my drive for a week.", False),
        ("{name} was caught speeding in {value} on the A64 last Tuesday.", True),
        ("My car, {value}, failed its MOT – can I still tax it?", False),
    ),
}

EVASION_FRAMES = (
    "My {label} is {value}.",
    "Here you go: {label} {value}",
    "{name}'s {label}: {value}",
    "ok so the {label} they gave was {value} if that helps",
)

CONDITIONS = (
    "type 1 diabetes",
    "HIV",
    "depression",
    "schizophrenia",
    "multiple sclerosis",
    "breast cancer",
    "epilepsy",
    "bipolar disorder",
    "early-onset dementia",
    "Crohn's disease",
    "an eating disorder",
    "long COVID",
    "motor neurone disease",
    "PTSD",
)
SPECIAL_STATEMENTS = (
    "has been diagnosed with {condition}",
    "is being treated for {condition} and misses work most weeks",
    "takes medication for {condition}",
    "was sectioned last year because of {condition}",
    "is a practising Muslim and needs a prayer room at work",
    "converted to Judaism last year",
    "is gay and worried that their manager will find out",
    "recently came out as bisexual",
    "has a previous conviction for assault",
    "was released from HMP Wandsworth in March after serving 18 months",
    "is a member of the PCS union and is taking part in the strike",
    "is an active member of the Green Party",
    "is of Pakistani heritage and says the decision was racially motivated",
    "carries the BRCA1 gene mutation",
    "had their fingerprints and facial image taken for the biometric residence permit",
    "is undergoing IVF treatment",
    "is transgender and has a Gender Recognition Certificate",
)
SPECIAL_FRAMES: tuple[tuple[str, bool], ...] = (
    ("Write a reasonable adjustments letter for {name}, who {statement}.", True),
    ("My husband {statement}. Can you help me fill in his PIP form?", False),
    ("Case note: {name} {statement}. Please summarise for the panel.", True),
    ("I think my colleague {first} {statement} – should I tell HR?", True),
    ("Our tenant {name} {statement}; does that affect the housing application?", True),
    ("My son {statement} and I don't know how to tell his school.", False),
)
FIRST_PERSON_SPECIAL = (
    "I have {condition} and need help filling in my PIP form.",
    "I was diagnosed with {condition} last month; do I have to tell the DVLA?",
    "I've had {condition} for six years and my employer won't make adjustments.",
    "Since my {condition} diagnosis I can't work full time. What benefits can I get?",
)

MARKING_TOPICS = (
    "the departmental restructure",
    "border security operations",
    "the spending review options",
    "a counter-fraud investigation",
    "the negotiating position for the IT contract",
    "the ministerial visit to Cardiff",
    "the cyber incident at the regional office",
    "the draft sanctions list",
    "the asylum accommodation programme",
    "the prison capacity forecast",
)
OFFICIAL_SENSITIVE_FRAMES = (
    "OFFICIAL-SENSITIVE\n\nSubject: {topic}\n\nPlease summarise the attached briefing in five bullets.",
    "OFFICIAL-SENSITIVE: PERSONAL\nNotes on {topic} for the deputy director.",
    "OFFICIAL SENSITIVE – COMMERCIAL. Draft talking points on {topic}.",
    "Marking: OFFICIAL-SENSITIVE\nRewrite this paragraph on {topic} in plain English.",
)
SECRET_FRAMES = (
    "SECRET\nUK EYES ONLY\n\nAssessment: {topic}. Summarise the key judgements.",
    "TOP SECRET\n\nBriefing on {topic} for the Permanent Secretary.",
    "Classification: SECRET. Turn these notes on {topic} into a one-page summary.",
    "TOP SECRET – UK EYES ONLY – {topic}: options paper, draft 3.",
)

NAMED_FRAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (frame, required kinds, optional kinds)
    ("{name} lives at {house} {street}, {town} {postcode}.", ("PERSON", "UK_POSTCODE"), ("LOCATION",)),
    ("{name} was born on {dob_long} and now lives in {town}.", ("PERSON", "DATE_OF_BIRTH"), ("LOCATION",)),
    (
        "{name} has moved from {town} to {town2} and stopped paying child maintenance.",
        ("PERSON", "LOCATION"),
        (),
    ),
    (
        "Write a reference for {name}, who has worked at our {town} office since 2019 and earns £{salary} a year.",
        ("PERSON",),
        ("LOCATION",),
    ),
    ("My neighbour {name} is three months behind on rent and owes £{arrears}.", ("PERSON",), ()),
    (
        "{name}, aged {age}, of {town}, has applied for a council flat for herself and two children.",
        ("PERSON", "LOCATION"),
        (),
    ),
    (
        "Can you write to {title} {name} at {house} {street}, {town}, {postcode} about the missed payment?",
        ("PERSON", "UK_POSTCODE"),
        ("LOCATION",),
    ),
    (
        "{name} ({dob_numeric}) has been off work since January and her pay has stopped.",
        ("PERSON", "DATE_OF_BIRTH"),
        (),
    ),
)
DOB_FRAMES = (
    "Date of birth: {dob_numeric}. Please confirm the age on the claim.",
    "I was born on {dob_long}; when can I take my state pension?",
    "DOB {dob_iso} – the form rejects it, is the format wrong?",
    "My date of birth is {dob_numeric} but your letter says something different.",
)
