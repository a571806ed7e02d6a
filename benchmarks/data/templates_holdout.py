"""Sentence frames for the held-out evaluation set (`classify_holdout.jsonl`).

Written separately from `templates_sensitive` / `templates_public`, with different
wording, people, conditions, public figures and events, so that a classifier tuned
on the main set's misses can still be measured on text it has not been fitted to.
Only aggregate scores on this set should be fed back to classifier work; its rows
are not listed in `/tmp/classify_misses.md`-style feedback.
"""

from __future__ import annotations

IDENTIFIER_FRAMES: tuple[str, ...] = (
    "Quick one – {first} {last} rang about {issue}; {label}: {value}. Can you log it?",
    "Reminder to self: chase {dept} about {label} {value} (that's for {first}).",
    "Before this goes to the FOI team, redact the {label}: '{name} quoted {value} on the phone.'",
    "Write a two-line text message to {first} confirming we hold {value} as their {label}.",
    "{value} – is this {last}'s {label} or their partner's? The file is unclear.",
    "Minutes, item 4: {name} ({label} {value}) to be invited to the review panel.",
    "can u check {value} its my {label} thx",
    "The attached scan shows {label} {value} for {title} {last}; please summarise the letter.",
)
ISSUES = ("a missed pension payment", "a tenancy deposit", "an appeal hearing date", "a refund cheque")
DEPARTMENTS = ("Jobcentre Plus", "the Pension Service", "Companies House", "the local authority")

NAMED_FRAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("{name} from {town} told me she is about to be evicted from her flat.", ("PERSON",), ("LOCATION",)),
    (
        "Please draft a letter to {title} {last} at {house} {street}, {town} {postcode} about the overdue rent.",
        ("PERSON", "UK_POSTCODE"),
        ("LOCATION",),
    ),
    ("My landlord, {name}, keeps entering the flat without notice. What are my rights?", ("PERSON",), ()),
    ("{name} turned {age} last week and lives alone in {town}; can social services visit?", ("PERSON",), ("LOCATION",)),
    ("Summarise the complaint from {name}, who says the jobcentre lost her payslips twice.", ("PERSON",), ()),
    ("{name}'s date of birth is {dob_long}; can you work out her state pension age?", ("PERSON", "DATE_OF_BIRTH"), ()),
)
DOB_FRAMES = (
    "She was born {dob_numeric} – is she old enough for a free bus pass?",
    "Applicant DOB: {dob_iso}. Check eligibility for the grant.",
    "D.O.B. {dob_numeric}, please add to the referral form.",
    "Born {dob_long}. Which school year would that be?",
)
SPECIAL_STATEMENTS = (
    "has been having chemotherapy since the spring",
    "was diagnosed as autistic as an adult",
    "has a heart condition and cannot manage stairs",
    "attends the gurdwara every Sunday and needs the time off",
    "is a Jehovah's Witness and refuses blood transfusions",
    "is in a same-sex relationship and hasn't told their family",
    "served a prison sentence for fraud in 2015",
    "is on the sex offenders register",
    "is a shop steward for Unite",
    "is a Labour Party activist and canvasses every weekend",
    "is Black British and says the interviewer was biased against him",
    "had a stroke in January and is still in rehab",
    "is HIV positive and worried about disclosure",
    "has severe anxiety and panic attacks",
    "is 20 weeks pregnant",
    "is registered blind",
)
SPECIAL_FRAMES = (
    "Can you help me word an email to HR about {name}, who {statement}?",
    "Background for the tribunal: my neighbour {first} {statement}.",
    "{name} {statement}; draft a referral to occupational health.",
    "My mum {statement} and I'm her carer – what help is there?",
)
OFFICIAL_SENSITIVE_FRAMES = (
    "[OFFICIAL-SENSITIVE]\nDraft lines to take on {topic}.",
    "Protective marking: OFFICIAL SENSITIVE\n\nCondense this submission on {topic}.",
    "OFFICIAL–SENSITIVE (HR)\nSummary of the grievance process for {topic}.",
)
SECRET_FRAMES = (
    "Classification: TOP SECRET\nList the risks in the {topic} plan.",
    "SECRET – NOT FOR CIRCULATION\nRedraft the annex on {topic}.",
)
MARKING_TOPICS = ("the estates review", "the port security upgrade", "the vetting backlog", "the data centre move")

GENERAL_QUESTIONS = (
    "How do I register with a GP?",
    "What vaccines are offered to people over 65?",
    "Is chickenpox contagious before the spots appear?",
    "What is the difference between a will and a trust?",
    "How do I report a pothole to the council?",
    "What are the rules on hedge heights between neighbours?",
    "How are magistrates appointed?",
    "What does the Information Commissioner's Office do?",
    "Draft an agenda for a quarterly risk committee.",
    "Explain how council tax reduction works in general.",
    "What is the difference between a consultation and a call for evidence?",
    "Summarise the main stages of a public inquiry.",
    "How do I write alt text for a chart?",
    "Which bins do pizza boxes go in?",
    "What is the minimum notice period for a tenancy in England?",
    "How do I make a Freedom of Information request to a school?",
    "What are the rules for jury service?",
    "Give me five tips for chairing a hybrid meeting.",
    "Explain the difference between a grant and a loan.",
    "What is a local plan in planning law?",
    "How does the state pension triple lock work?",
    "Write a short welcome message for new starters in the finance team.",
    "What is the legal drinking age in the UK?",
    "How do I appeal a parking fine in general?",
    "Explain the role of the Bank of England's Monetary Policy Committee.",
    "What are the symptoms of measles?",
    "How does the NHS 111 service work?",
    "What does the Church of England teach about Lent?",
    "How do trade unions ballot for strikes?",
    "What is the Rehabilitation of Offenders Act's spent conviction period for a fine?",
    "What's the difference between a UTR and a National Insurance number?",
    "Where is the licence number printed on a photocard driving licence?",
    "How many digits does an NHS number have?",
    "What does a sort code identify?",
)
PUBLIC_FIGURE_QUESTIONS = (
    "What did Barbara Castle do as transport minister?",
    "Who was Harold Wilson?",
    "Summarise Mo Mowlam's role in the Good Friday Agreement.",
    "What is Tim Berners-Lee known for?",
    "What did Octavia Hill found?",
    "Who was Edith Cavell?",
    "Describe Joseph Bazalgette's sewer system.",
    "What did Elizabeth Fry campaign for?",
    "Who was John Snow and what did he find out about cholera?",
    "Which books did George Orwell write?",
    "Who was Dylan Thomas?",
    "Why is Robert Burns celebrated?",
    "Emily Davison died on 8 June 1913 after the Epsom Derby. Why did she protest?",
    "Clement Attlee was born on 3 January 1883. What were his government's main reforms?",
)
HISTORIC_DATES = (
    "What happened at the Battle of Bosworth on 22 August 1485?",
    "Explain the significance of 24/06/2016 for UK politics.",
    "On 1 September 1939 Germany invaded Poland. What happened next in Britain?",
    "Why was 29 May 1453 a turning point?",
    "What happened on 25/10/1415 at Agincourt?",
    "Write a timeline starting on 4 July 1776.",
)
PRICE_TEXTS = (
    "A season ticket costs £5,412.00 this year. Is that more than last year?",
    "Budget line 14: £2,750,000 for road resurfacing. Summarise the risks.",
    "Compare £89.99 a month with £1,019 a year for the software licence.",
    "The tender came in at £12,480,500 against an estimate of £11,900,000.",
)
ORDER_TEXTS = (
    "Booking reference QX7T2M – can I change the date?",
    "Our PO number is 4500123987; when will it ship?",
    "Case number 2024-CV-001893 is listed for Thursday; what is a directions hearing?",
    "Parcel 1Z999AA10123456784 is stuck in customs.",
    "Claim reference CLM-88412-B was rejected; what now?",
)
INVALID_TEXTS = (
    "Product code {bad_nhs} appears on the recall notice; is my kettle affected?",
    "Library barcode {bad_card} won't scan at the self-service machine.",
    "The form says {bad_nhs} isn't a valid NHS number; how is the check digit worked out?",
)
MARKING_NEGATIVES = (
    "What does the marking OFFICIAL-SENSITIVE mean in general terms?",
    "Is the Official Secrets Act still in force?",
    "What's the secret of good soup?",
)
