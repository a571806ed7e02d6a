# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""Ordinary department questions for held-out set 5 (``public:``).

Questions that mention procedures, forms, statutes, public document references
and dates without any individual: the everyday traffic that must go hosted.
Hand-written questions plus task x topic pairs, with the same written-style
noise as the sensitive rows.
"""

from __future__ import annotations

from .holdout5_text import Row, noisy, pick_styles
from .holdout5_values import Values

H = "handwritten:holdout5_public"

QUESTIONS = [
    "What is the deadline for filing a paper SA100 return?",
    "How do payments on account work for Self Assessment?",
    "When does the 2026/27 tax year start and end?",
    "Which form does an employer use to report expenses and benefits - is it still the P11D?",
    "Explain the High Income Child Benefit Charge thresholds in plain English.",
    "what is the current VAT registration threshold",
    "Can a sole trader use the cash basis? What changed in April 2024?",
    "Summarise the Making Tax Digital for Income Tax timeline for landlords.",
    "How is Marriage Allowance calculated?",
    "What does tax code 1257L mean?",
    "How long does a Universal Credit assessment period last?",
    "What is the standard allowance for a single claimant over 25?",
    "Explain the two-child limit and its exceptions.",
    "what evidence do i need for a PIP claim",
    "How does the State Pension triple lock work?",
    "What is a mandatory reconsideration and how long do you have to ask for one?",
    "Is Carer's Allowance affected by the earnings limit if someone works irregular hours?",
    "What does the ESA50 form ask about?",
    "When was Pension Credit introduced and who can get it?",
    "how many hours does a work coach expect someone in the intensive work search group to look for work",
    "What are the NHS waiting time standards for cancer referrals?",
    "How do you register with a GP if you have no proof of address?",
    "Explain the difference between 111 and 999.",
    "What does the NHS App let patients do?",
    "Who qualifies for free prescriptions in England?",
    "what vaccines are offered at 12 months old",
    "What is the Mental Health Act 1983 section 136 power used for?",
    "How does the NHS complaints procedure work, and when can the Ombudsman get involved?",
    "What is the minimum income requirement for a spouse visa?",
    "How long does a Skilled Worker visa take to process from outside the UK?",
    "Explain the EU Settlement Scheme's pre-settled and settled status.",
    "What is an eVisa and when did BRPs stop being issued?",
    "What are the English language requirements for British citizenship?",
    "How do I report a vehicle as off the road (SORN)?",
    "When do I need to tell the DVLA about a medical condition?",
    "What does a V5C logbook show?",
    "Can you drive in the UK on a foreign licence, and for how long?",
    "what are the penalty points for using a phone while driving",
    "What is the small claims track limit in the county court?",
    "How do you apply for probate if there is no will?",
    "What does a Part 36 offer do?",
    "Explain the role of a McKenzie friend.",
    "When does a defendant get legal aid in the magistrates' court?",
    "How long is the limitation period for a contract claim under the Limitation Act 1980?",
    "What does section 21 of the Housing Act 1988 allow, and is it being abolished?",
    "What are the rules on subject access requests under Article 15 UK GDPR?",
    "Draft a short guide to the Freedom of Information Act 2000 section 40 exemption.",
    "What changed in the Procurement Act 2023?",
    "How do councils calculate council tax band D?",
    "Summarise the Equality Act 2010 protected characteristics for a training slide.",
    "What is the difference between OFFICIAL and OFFICIAL-SENSITIVE in the Government Security Classifications?",
    "Explain what the Civil Service Code says about political impartiality.",
    "What is the purpose of a Data Protection Impact Assessment?",
    "How do I write an accessible PDF for GOV.UK?",
    "What does the Green Book say about discount rates?",
    "When did the Online Safety Act 2023 receive Royal Assent?",
    "What is the Treasury's Managing Public Money guidance for?",
    "What happened to the Child Trust Fund and how can people find theirs?",
    "How are bank holidays set in Scotland?",
    "What is the legal age to buy a lottery ticket now?",
]
TASKS = [
    "How do I {t}?", "What are the rules on {t}?", "Explain {t} in plain English for a leaflet.",
    "Write a 100-word FAQ answer about {t}.", "Which form or online service is used for {t}?",
    "summarise the guidance on {t} for new starters", "What are the common mistakes people make with {t}?",
    "Draft a web chat reply explaining {t}.", "What changed recently about {t}?",
    "translate into Welsh: a short note about {t}", "list the steps for {t}",
    "What is the legal basis for {t}?",
]
TOPICS = [
    "registering for Self Assessment", "claiming tax relief for working from home",
    "paying a tax bill by instalments", "reporting a change of address to HMRC",
    "claiming Child Benefit for a newborn", "appealing a PIP decision",
    "applying for a Budgeting Advance", "reporting a change of circumstances on Universal Credit",
    "applying for a Blue Badge", "getting a replacement EHIC or GHIC",
    "booking a Covid or flu vaccine", "requesting medical records under UK GDPR",
    "registering a death", "applying for a fishing rod licence", "renewing a photocard driving licence",
    "taxing a vehicle", "applying for a provisional licence", "disputing a penalty charge notice",
    "applying for a visitor visa", "extending leave to remain", "sponsoring a worker",
    "applying for a Certificate of Good Conduct", "making a small claim online",
    "applying for a divorce online", "getting a court fee remission (Help with Fees)",
    "becoming a lasting power of attorney", "applying for a student loan", "registering to vote",
    "applying for a TV licence concession", "getting a DBS check for a volunteer role",
    "claiming the Winter Fuel Payment", "applying for a Gender Recognition Certificate",
    "objecting to a planning application", "reporting fly-tipping", "applying for a Marriage Visitor visa",
    "claiming Statutory Sick Pay", "getting a National Insurance number",
    "registering a company with Companies House", "filing confidential statement CS01",
    "claiming Tax-Free Childcare",
]


def public_dept_rows(v: Values, n_pairs: int = 160) -> list[Row]:
    rows = []
    for q in QUESTIONS:
        rows.append(Row(noisy(v.rng, q, pick_styles(v.rng)), "public", "public:dept_question", H))
    pairs = [(t, p) for t in TASKS for p in TOPICS]
    for t, p in v.rng.sample(pairs, n_pairs):
        text = noisy(v.rng, t.format(t=p), pick_styles(v.rng))
        rows.append(Row(text, "public", "public:task_topic", f"{H}:task_x_topic"))
    return rows
