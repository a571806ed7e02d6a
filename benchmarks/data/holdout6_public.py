"""Held-out set 6 public rows: ordinary department questions and general requests.

Department questions mention procedures, forms, statutes, public reference codes and
dates, never an individual. Some are hand-written; the rest pair a task with a
public-service topic, in varied registers (lower case, typos, terse notes).
"""

from __future__ import annotations

import random

from benchmarks.data.holdout6_common import Row, pub, typo

DEPT_QUESTIONS = (
    "How do I register a death in England and how long do I have?",
    "what's the difference between new style ESA and universal credit",
    "Can I claim Marriage Allowance if my partner pays higher-rate tax?",
    "Which evidence does the Home Office accept for the Skilled Worker salary threshold?",
    "Does the DVLA need to know about a change of job?",
    "How are council tax single person discounts reviewed?",
    "When does the 2025/26 personal allowance apply from?",
    "What counts as a 'reasonable excuse' for a late VAT return?",
    "Explain the habitual residence test in simple terms.",
    "How do I appeal a PIP decision — mandatory reconsideration first?",
    "can you get free prescriptions in wales",
    "What is the fee for a provisional driving licence applied online?",
    "How long does a Certificate of Sponsorship stay valid?",
    "Is the Winter Fuel Payment means-tested now?",
    "What is the process for a Section 8 notice under the Housing Act 1988?",
    "Draft a polite standard reply explaining our office hours over Christmas.",
    "How does the two-child limit work for Universal Credit?",
    "what are the rules for taking kids out of school in term time",
    "Can a tribunal hearing be held by video for a social security appeal?",
    "Summarise the eligibility rules for Pension Credit.",
    "Which form is used to apply for a Lasting Power of Attorney: LP1F or LP1H?",
    "What are Making Tax Digital's requirements for landlords from April 2026?",
    "How should a school respond to a subject access request from a parent, in general?",
    "Do I pay stamp duty on a shared ownership flat?",
    "What is the current National Living Wage for workers aged 21 and over?",
    "How do I report a pothole to the council?",
    "Is there a deadline for claiming a tax refund on overpaid PAYE?",
    "Explain the difference between a Standard Visitor visa and an ETA.",
    "How often is the State Pension triple lock applied?",
    "What is the small claims limit in the county court?",
    "can i renew my passport at the post office",
    "What information must a privacy notice give under UK GDPR?",
    "When do the clocks change for the Self Assessment online service downtime?",
    "How are Statutory Sick Pay waiting days counted?",
    "Which GOV.UK page explains the Access to Work grant?",
    "What should a council include in a homelessness prevention plan?",
    "How do I get a copy of a birth certificate from the GRO?",
    "Are pension contributions taxed if they exceed the annual allowance?",
    "Explain the seven data protection principles to new starters in 150 words.",
    "How does the DVLA decide if a car is a classic for tax purposes?",
    "What's the process to become a foster carer with a local authority?",
    "What does an EHCP (education, health and care plan) cover?",
    "Write an FAQ answer: why has my Universal Credit payment changed this month?",
    "Is a TV licence needed to watch BBC iPlayer on a phone?",
    "How do magistrates decide between a fine and a community order, in general?",
    "what does 'no recourse to public funds' mean on a visa",
    "Draft a checklist for staff handling Freedom of Information requests under the 2000 Act.",
    "How are business rates revalued and when is the next revaluation?",
    "Explain the Equality Act 2010 duty to make reasonable adjustments for service users.",
    "How long does HMRC keep Self Assessment records, and how long should taxpayers keep theirs?",
    "What is the legal minimum age to buy a lottery ticket since October 2021?",
    "When does a company need to file a confirmation statement?",
    "Can Carer's Allowance be backdated, and by how much?",
    "Give an overview of the Renters' Rights Act changes to no-fault evictions.",
    "how do i get a blue badge for my car, what documents",
    "What does an Energy Performance Certificate rating of D mean for a landlord?",
    "Explain tapered annual allowance for pensions with a worked example using round numbers.",
    "How does the Student Loan Plan 2 repayment threshold work?",
    "What is the role of the Parliamentary and Health Service Ombudsman?",
    "What are the MOT rules for electric vehicles?",
)

TASKS = (
    "Explain {t} in plain English.", "Write three FAQs about {t}.", "What are the key dates for {t}?",
    "summarise the rules on {t}", "Draft a short web page section on {t}.", "What forms are involved in {t}?",
    "Which legislation governs {t}?", "Give a step-by-step guide to {t}.", "What are common mistakes people make "
        "with {t}?",
    "Turn this into a checklist for caseworkers: {t}.",
)
TOPICS = (
    "Self Assessment payments on account", "the Universal Credit claimant commitment", "registering a birth in "
        "Scotland",
    "applying for a provisional driving licence", "council tax reduction schemes", "the Childcare Service tax-free "
        "account",
    "PAYE coding notices", "Skilled Worker visa sponsorship", "Attendance Allowance claims", "SORN declarations",
    "probate for small estates", "the Blue Badge scheme", "Statutory Maternity Pay", "the EU Settlement Scheme late "
        "applications",
    "Cold Weather Payments", "HMRC's time to pay arrangements", "the Motability scheme", "jury service deferral",
    "Help to Save accounts", "free school meals applications", "NHS low income scheme (HC1 form)", "the ETA for "
        "visitors",
    "VAT flat rate scheme", "vehicle tax refunds", "the Access to Work grant", "Personal Independence Payment reviews",
    "the high income child benefit charge", "housing benefit for pensioners", "tenancy deposit protection",
    "small claims in the county court", "the Green Deal and energy grants", "Lasting Powers of Attorney registration",
)

GENERAL = (
    "Write a haiku about autumn in the Lake District.", "What is the boiling point of water at the top of Ben Nevis?",
    "Explain how a heat pump works.", "Give me a 3-day vegetarian meal plan.", "What's the capital of Mongolia?",
    "Translate 'good morning, how can I help?' into Welsh.", "How do vaccines train the immune system?",
    "Suggest five icebreakers for a team away day.", "Why is the sky blue?", "What is the difference between "
        "weather and climate?",
    "How many bones are in the adult human body?", "explain recursion like i'm 10",
    "Write a limerick about a delayed train to Crewe.", "What causes the northern lights?",
    "Convert 72 degrees Fahrenheit to Celsius.", "Recommend a beginner's running plan for 5K.",
    "What are the rules of cricket in one paragraph?", "How does compound interest work?",
    "Proofread: 'Their going to the meeting on tuesday, weather or not it rains.'", "What is a prime number?",
    "Summarise the plot of Macbeth.", "How do I make sourdough starter?", "What's the longest river in the UK?",
    "Give tips for writing a good cover letter.", "Explain what an API is to a non-technical manager.",
    "What is general anaesthesia and how is it monitored?", "Is it safe to take ibuprofen with paracetamol in general?",
    "What are common symptoms of hay fever?", "What does Ramadan involve for those who observe it?",
    "Explain the main beliefs of Buddhism in 100 words.", "What is the difference between type 1 and type 2 diabetes?",
    "How many people in the UK have a disability, according to the last census?",
    "Explain what LGBTQ+ stands for in a staff guide.", "Write a short poem about the sea at Whitby.",
    "What is a spreadsheet pivot table?", "Explain the offside rule.", "How long should I boil an egg for a runny "
        "yolk?",
    "Describe photosynthesis for a GCSE revision card.", "What is inflation and how is CPI measured?",
    "Give me a packing list for a weekend camping trip.",
)

GENERAL_TASKS = ("Write a short intro paragraph about {t}.", "List five facts about {t}.", "What is the history of "
    "{t}?",
                 "explain {t} to a teenager")
GENERAL_TOPICS = ("the Channel Tunnel", "hedgehogs", "the Industrial Revolution", "solar panels", "the Welsh language",
                  "Stonehenge", "tides", "the London Underground", "electric cars", "honeybees", "the Highland "
                      "Clearances",
                  "volcanoes", "the Eden Project", "origami", "the Severn Bore")


def build_public(rng: random.Random) -> list[Row]:
    """Department questions (about 220) and general requests (about 100)."""
    rows = [pub(t, "public:dept_question", "handwritten:holdout6_public") for t in DEPT_QUESTIONS]
    pairs = [(a, b) for a in range(len(TASKS)) for b in range(len(TOPICS))]
    rng.shuffle(pairs)
    for a, b in pairs[:160]:
        text = TASKS[a].format(t=TOPICS[b])
        roll = rng.random()
        if roll < 0.15:
            text = text.lower()
        elif roll < 0.3:
            text = typo(rng, text, [])
        rows.append(pub(text, "public:dept_task_topic", "handwritten:holdout6_public.task_x_topic"))
    rows += [pub(t, "public:general", "handwritten:holdout6_public") for t in GENERAL]
    gpairs = [(a, b) for a in range(len(GENERAL_TASKS)) for b in range(len(GENERAL_TOPICS))]
    rng.shuffle(gpairs)
    for a, b in gpairs[:50]:
        rows.append(pub(GENERAL_TASKS[a].format(t=GENERAL_TOPICS[b]), "public:general_task_topic",
                        "handwritten:holdout6_public.task_x_topic"))
    return rows
