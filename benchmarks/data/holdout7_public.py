# ruff: noqa: E501  (data and frames: one row or passage per line reads best)
"""Ordinary public questions for held-out set 7: department questions about procedures,
forms, statutes and dates with no individual in them (hand-written, and task x topic
pairs in the styles of the sensitive rows), and general requests.
"""

from __future__ import annotations

import random
from typing import Any

from .holdout7_common import noise, pick_noise, row

DEPT_QUESTIONS = [
    "How do I apply for a Gift Aid repayment as a small charity?",
    "re: tax code - what does the K prefix mean on a tax code?",
    "Can I claim Marriage Allowance if my partner pays higher rate tax?",
    "what happens if you file your self assessment 3 months late",
    "CALL NOTE: general enquiry about VAT registration threshold (£90,000). Signposted to gov.uk.",
    "Is the state pension age rising to 67 and from when?",
    "how many hours can you work on carers allowance",
    "Does Universal Credit count child benefit as income?",
    "What's the difference between new style JSA and income based JSA?",
    "Can I get a budgeting advance on UC if I've had one before?",
    "webchat> customer: do u need a fit note for the first 7 days off sick\nwebchat> agent: no, you can self-certify",
    "What vaccines are offered to over-75s this autumn?",
    "How long is the waiting list for adult ADHD assessments in general?",
    "Are eye tests free for people with diabetes?",
    "Can you register with a GP without proof of address?",
    "NHS app: how do I turn on notifications for prescriptions?",
    "What documents prove right to rent for a landlord?",
    "How long does a spouse visa application take from outside the UK?",
    "Can a visitor visa holder do voluntary work?",
    "Is the skilled worker salary threshold the same for all jobs?",
    "what's the fee for naturalisation as a british citizen",
    "Do I need to tell DVLA about sleep apnoea?",
    "How do I get a refund of vehicle tax when I sell the car?",
    "Can I drive on a provisional licence on the motorway with an instructor?",
    "What does the V778 form do?",
    "how long does a 3 point speeding offence stay on your licence",
    "How do I apply for a fee remission in the county court?",
    "What is the time limit to bring an unfair dismissal claim?",
    "Can I represent myself in the family court?",
    "What does a CCJ mean for my credit file, generally?",
    "How do I object to a planning application?",
    "When are garden waste collections suspended for winter?",
    "Does the council offer a discount for students on council tax?",
    "How do I apply for a residents' parking permit?",
    "How much does it cost to register a lease with HM Land Registry?",
    "What is form TR1 used for?",
    "Can anyone look up who owns a property in England?",
    "How do I file a confirmation statement at Companies House?",
    "What's the penalty for filing company accounts late?",
    "Do dormant companies still need to file accounts?",
    "What is the repayment threshold for Plan 5 student loans?",
    "does student finance count my parents' pension as income",
    "How do I apply for a Disabled Students' Allowance?",
    "What does the Child Maintenance calculator take into account?",
    "Can parents agree a family-based arrangement instead of CMS?",
    "What is the CMS application fee?",
    "Internal note: updated guidance on Tax-Free Childcare reconfirmation windows published today.",
    "SMS: HMRC will never ask for bank details by text. Report scams to 60599.",
    "Agenda: review of the winter fuel payment eligibility rules, 10am, room 4.",
    "pls confirm which form is for claiming back overpaid stamp duty",
    "Dear team, can you send me the current list of acceptable ID documents for the Land Registry ID1 form?",
    "What date does the new tax year start?",
    "When does the 2026 electoral registration canvass begin?",
    "Under the Housing Act 1988, what is a section 21 notice?",
    "How does section 8 of the Road Traffic Act differ from section 5?",
    "Is form SA109 needed if I'm non-resident?",
    "Can I pay my self assessment bill with a credit card?",
    "What is the current rate of Statutory Sick Pay?",
    "How does the Motability scheme work?",
    "What does a Land Registry title register show?",
]
TASKS = [
    "Explain in plain English {t}.", "can u tell me {t}", "Write a short FAQ answer on {t}.",
    "Summarise the rules on {t} for a leaflet.", "Draft a web chat reply about {t} (no personal details).",
    "What changed recently about {t}?", "give me 3 bullet points on {t}", "Is there a deadline for {t}?",
    "Make a checklist for staff handling {t}.", "Translate a short note about {t} into Welsh.",
]
TOPICS = [
    "how to appeal a council tax band", "claiming Attendance Allowance", "the PIP assessment process",
    "registering a birth in Scotland", "renewing a passport for a child", "the Help to Save scheme",
    "paying a parking fine", "reporting a change of circumstances on Universal Credit",
    "the right to request flexible working", "challenging a speed camera fine",
    "applying for a blue badge", "what the Land Registry's property alert service does",
    "filing a small claim online", "the state pension top-up rules", "the tax-free childcare scheme",
    "how student loan repayments are collected", "how the Child Maintenance Service calculates payments",
    "when you need a TV licence", "applying for settled status late", "selling a car and the V5C",
]
GENERAL = [
    "Write a haiku about autumn rain.", "Explain how a heat pump works.", "What is the capital of Mongolia?",
    "Give me a recipe for vegetable soup.", "Convert 72 Fahrenheit to Celsius.", "How do vaccines work in general?",
    "What's a good beginner's running plan?", "Explain recursion with an example in Python.",
    "Write a limerick about a cat.", "Why is the sky blue?", "What are the main causes of inflation?",
    "How do I make sourdough starter?", "Suggest names for a book club.", "How does compound interest work?",
    "What does a civil engineer do?", "List five birds found in British gardens.", "Is it safe to eat raw eggs?",
    "What's the difference between weather and climate?", "How do I remove a red wine stain?",
    "Explain the offside rule.", "What are the symptoms of dehydration in general?", "Write a regex that matches a hex colour.",
    "How many teaspoons in a tablespoon?", "Summarise the plot of Macbeth.", "Why do cats purr?",
    "How do solar panels generate electricity?", "What's a good way to learn Spanish?", "Explain blockchain simply.",
    "What is mindfulness meditation?", "Give me tips for a job interview.", "How does a mortgage work?",
    "What is the Pythagorean theorem?", "Write a SQL query to count rows per day.", "What causes the tides?",
    "Suggest a 3-day itinerary for Edinburgh.", "How do I bleed a radiator?", "What is the boiling point of water at altitude?",
    "How do plants photosynthesise?", "Write a polite email declining a meeting.", "What's the best way to store coffee?",
    "What are Buddhism's four noble truths?", "How does the Ramadan fast work generally?", "Is dyslexia common?",
    "What is type 2 diabetes?", "How is depression usually treated?", "Explain the UK's first-past-the-post system.",
    "What do trade unions do?", "What is a genome?", "How does facial recognition work?", "What is a DBS check?",
]
GEN_TASKS = ["Explain {t} to a ten-year-old.", "write 100 words on {t}", "What are common myths about {t}?",
             "Give a brief history of {t}.", "list pros and cons of {t}", "Quiz me on {t}."]
GEN_TOPICS = ["the water cycle", "electric cars", "the Roman Empire", "machine learning", "bee keeping",
              "the Olympic Games", "volcanoes", "the printing press", "jazz music", "recycling plastics"]


def public_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for t in DEPT_QUESTIONS:
        text = noise(rng, t, [], pick_noise(rng, 0.3))
        rows.append(row(text, "public", "public:dept_question", "handwritten:holdout7_public"))
    for task in TASKS:
        for topic in TOPICS[:16]:
            text = noise(rng, task.format(t=topic), [], pick_noise(rng, 0.3))
            rows.append(row(text, "public", "public:dept_task_topic", "handwritten:holdout7_public"))
    for t in GENERAL:
        rows.append(row(t, "public", "public:general", "handwritten:holdout7_public"))
    for task in GEN_TASKS:
        for topic in GEN_TOPICS:
            rows.append(row(task.format(t=topic), "public", "public:general_task_topic", "handwritten:holdout7_public"))
    return rows
