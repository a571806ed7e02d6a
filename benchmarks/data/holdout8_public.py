"""Ordinary department questions and general requests with no individual in them.

Written in the same styles as the sensitive rows (e-mails, chat turns, notes,
lower case, Welsh) and mentioning procedures, forms, statutes, public document
references and dates, so that style alone does not give the label away.
"""
# ruff: noqa: E501

from __future__ import annotations

from benchmarks.data.holdout8_values import Values

DEPT_HANDWRITTEN = [
    "hi there, got a letter saying I need to do a self assessment return but I only have one job?? do I really need to? thanks",
    "What's the penalty if the SA100 is a day late? Is it still £100?",
    "Dear Sir/Madam,\n\nI am writing to ask how a person can act on behalf of an elderly parent with HMRC. Is form 64-8 the right one or is there something else for family members?\n\nRegards",
    "webchat\nCustomer: how long does a P800 refund take\nAdviser: usually within 5 working days of the calculation",
    "child benefit - does the high income charge threshold go up in April 2026?",
    "UC question: if I start a job mid-month how is the first payment worked out?",
    "PIP - what counts as 'safely, repeatedly, to an acceptable standard and in a reasonable time'?",
    "Hello, my neighbour asked me how pension credit is backdated. Is it 3 months?",
    "Work coach briefing: easements for claimants with caring responsibilities - summary of the guidance please.",
    "What does an appointee have to do for DWP, in general terms?",
    "Referral template guidance: what should a 2WW referral for suspected upper GI cancer include?",
    "how do you change GP surgery in Wales, is it different from England?",
    "Discharge summaries - what fields are mandatory under the PRSB standard?",
    "can a pharmacy change where a repeat prescription is sent without the GP?",
    "Is the NI Health and Care Number the same format as an NHS number?",
    "What documents do you need to register with a GP if you've just arrived in the UK?",
    "EU settlement scheme - how long are decisions taking at the moment?",
    "What is the asylum screening interview and what happens at it?",
    "Sponsor licence holders: what right-to-work checks are needed for a BRP holder after 2025?",
    "What is the minimum income requirement for a spouse visa now?",
    "tried to tax a car online but it says the V5C reference doesn't match - what usually causes that?",
    "What medical conditions must you tell the DVLA about?",
    "If you sell a car to a trader, what part of the V5C do you keep?",
    "Change of address on a photocard licence - is it free?",
    "What is a pre-sentence report and who writes it?",
    "How do you defend a claim from the County Court Business Centre?",
    "What should a witness bring to a civil hearing in Cardiff?",
    "What is Cafcass's role in private law children cases?",
    "Council tax single person discount - when does it start if someone moves out?",
    "how do i report a missed bin collection in rhondda cynon taf",
    "Blue badge eligibility - what does 'can't walk more than 50 metres' mean in practice?",
    "Bore da, oes gennych chi wybodaeth am ostyngiad treth gyngor yn Gymraeg?",
    "How does the Glasgow housing list work for overcrowded families?",
    "What is a MARAC and who can refer to it?",
    "How do you change the name on a property title after a deed poll?",
    "Can anyone look up who owns a house on the Land Registry? How much does it cost?",
    "What is form AP01 for at Companies House?",
    "Someone used my address as their registered office - what's the process to object (form RP07?)",
    "When is the student finance maintenance loan paid at the start of term?",
    "How do you repay a student loan from abroad?",
    "Child Maintenance Service: how is the paying parent's income checked with HMRC?",
    "What happens if a paying parent stops paying child maintenance?",
    "How do the police record a racially aggravated harassment report?",
    "What should you do if you hand in a lost purse at a police station?",
    "Tax credits renewal - what happens if the pack never arrives?",
    "Bereavement support payment - how long after the death can you claim?",
    "What happens if you miss an antenatal appointment - does the midwife follow up?",
    "Visa refusal for insufficient funds - is an administrative review possible?",
    "PCN appeal: can you appeal if your permit wasn't visible?",
    "Tenancy deposit disputes - how does the adjudication service decide cleaning costs?",
    "Note for the team: from 1 April 2026 the DWP letter templates use the new reference format. Please bin the old stock.",
    "Call note 11:45 - general enquiry, caller asked for HMRC's postal address for self assessment. Given BX9 1AS. No details taken.",
    "What is the 'reasonable excuse' test for late filing penalties?",
    "Which legislation covers blue badges in Scotland?",
    "can you explain the 2-child limit in universal credit and when it was introduced",
    "What's the process for a mandatory reconsideration of a PIP decision, step by step?",
    "Is the Companies House identity verification requirement in force yet?",
    "Land Registry form TR1 - who signs it?",
    "What's the difference between SORN and scrapping a car?",
    "Does a small claims hearing need a solicitor?",
]
TASKS = [
    "hi, quick one - {t}?",
    "Can you explain {t} in plain English?",
    "Dear team,\n\nCould you send me guidance on {t}? I work at an advice centre.\n\nThanks",
    "webchat\nCustomer: can you tell me about {t}?\nAdviser: Let me check the guidance for you.",
    "call note - caller asked about {t}. Advised to check GOV.UK. no personal details taken",
    "i need to know about {t} asap",
    "Write a short leaflet paragraph on {t}.",
    "What changed in 2025 about {t}?",
    "Summarise the rules on {t} for a new starter in the contact centre.",
    "Is there a Welsh-language version of the guidance on {t}?",
    "Does {t} work differently in Scotland or Northern Ireland?",
    "what are the common mistakes people make with {t}",
    "Draft an FAQ answer: {t}",
    "my mum keeps asking me about {t}, can you explain it simply",
    "Q&A prep for the minister's visit: {t}",
    "list the forms involved in {t}",
]
TOPICS = [
    "claiming marriage allowance", "the self assessment payment on account", "reporting a change of circumstances on UC",
    "the PIP assessment process", "the state pension age timetable", "applying for a blue badge", "SORN and vehicle tax refunds",
    "the medical standards for HGV drivers", "EU settled status and pre-settled status", "the spouse visa financial requirement",
    "registering a death in Scotland", "council tax bands in Wales after revaluation", "housing benefit for pensioners",
    "the small claims track limit", "applying for probate", "lasting power of attorney fees", "Land Registry title plans",
    "confirmation statements at Companies House", "student loan plan 5 repayments", "the child maintenance collection fee",
    "free school meals eligibility", "the winter fuel payment", "carer's allowance earnings limit", "NHS prescription charges in England",
    "free prescriptions in Wales", "the Scottish Child Payment", "rates relief in Northern Ireland", "the tax-free childcare scheme",
    "HMRC's digital tax account", "Making Tax Digital for income tax", "jury service expenses", "the right to rent checks",
    "parking permits for residents", "the healthy start scheme", "disabled facilities grants", "access to work grants",
    "statutory sick pay", "redundancy pay calculations", "a mandatory reconsideration notice", "the habitual residence test",
]
GENERAL_HANDWRITTEN = [
    "What's a good recipe for Welsh cakes?", "Explain how compound interest works.", "translate 'thank you for waiting' into Welsh",
    "What is the capital of Mongolia?", "Write a haiku about rain in Glasgow.", "How does a heat pump work?",
    "What are the symptoms of seasonal flu in general?", "Is it true that type 2 diabetes can go into remission?",
    "What do Sikhs celebrate at Vaisakhi?", "Explain what a trade union does.", "How are genetic tests for BRCA done, in general?",
    "What is the difference between anxiety and panic attacks?", "Give me 5 tips for a job interview.", "Summarise the plot of Macbeth.",
    "How long should I boil an egg?", "What's the best way to learn Python?", "Explain the LBW rule in cricket.",
    "How do I unblock a sink without chemicals?", "Why is the sky blue?", "What is the Barnett formula?",
    "Write a polite email declining a meeting.", "Explain inflation to a 10-year-old.", "What's the tallest mountain in Wales?",
    "How many people live in Northern Ireland?", "Convert 5 miles to kilometres.", "What are the rules of cribbage?",
    "Suggest a name for a community garden project.", "How does the electoral college work?",
    "What is Ramadan and when is it in 2027?", "Explain what a base64 string is.", "What is the difference between a virus and bacteria?",
    "What does GDPR say about special category data, in general?", "Write a limerick about a cat called Mabel.",
    "How do I make sourdough starter?", "What is the Highway Code rule about zebra crossings?", "Explain what ISA allowances are.",
    "Tips for revising for GCSE maths", "What is the difference between weather and climate?", "How do vaccines work?",
    "recommend some books like Wolf Hall",
]
GEN_TASKS = ["Explain {t}.", "Give me three facts about {t}.", "write a short intro paragraph about {t}", "what's the history of {t}?"]
GEN_TOPICS = ["the Severn Bridge", "the Giant's Causeway", "the Highland clearances", "photosynthesis", "black holes", "the Eisteddfod",
              "the printing press", "volcanoes in Iceland", "the Industrial Revolution in Lancashire", "the offside rule", "the Welsh language",
              "tidal power", "the Loch Ness monster legend", "the Magna Carta", "electric buses"]


def dept_public(v: Values) -> list[tuple[str, str]]:
    """60 hand-written and 160 task x topic department questions (text, category)."""
    out = [(t, "public:dept_handwritten") for t in DEPT_HANDWRITTEN]
    pairs = [(a, b) for a in range(len(TASKS)) for b in range(len(TOPICS))]
    v.rng.shuffle(pairs)
    for a, b in pairs[:160]:
        text = TASKS[a].format(t=TOPICS[b])
        r = v.rng.random()
        if r < 0.15:
            text = text.lower()
        elif r < 0.25:
            text = text.replace(" ", "  ", 1)
        out.append((text, "public:dept_task_topic"))
    return out


def general_public(v: Values) -> list[tuple[str, str]]:
    """40 hand-written general requests and 40 task x topic pairs."""
    out = [(t, "public:general") for t in GENERAL_HANDWRITTEN]
    pairs = [(a, b) for a in range(len(GEN_TASKS)) for b in range(len(GEN_TOPICS))]
    v.rng.shuffle(pairs)
    out += [(GEN_TASKS[a].format(t=GEN_TOPICS[b]), "public:general_task_topic") for a, b in pairs[:40]]
    return out
