# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Public prompts for development set 5, second and third batches (`dev5_public.py` has the first).

Written by hand for issue 9's precision pass; the third batch after the first pass, to check
that its rules generalise. No held-out set was read; none of these texts is about a private
individual.
"""

from __future__ import annotations

LATER_GENRES: dict[str, tuple[str, ...]] = {}

# Second batch: ordinary public prompts that carry identifier-shaped values, organisations'
# contact details, capitalised non-person words beside case wording, and people in the news.
ORGANISATION_CONTACTS = (
    "The DVLA's address for licence applications is DVLA, Swansea, SA99 1BN. How long does a postal application take?",
    "Write to HMRC at BX9 1AS if you cannot file online. Draft a covering letter template for a self assessment return.",
    "Our office is at 10 Victoria Street, London SW1H 0NN and opens at 9am. Draft the 'find us' page for the website.",
    "For general enquiries email enquiries@example.gov.uk or call 0300 200 3300 (Monday to Friday, 8am to 6pm). Rewrite this for a leaflet.",
    "The Samaritans can be contacted free on 116 123 at any time. Write a short signposting paragraph for a staff newsletter.",
    "NHS 111 is free to call. When should someone use 111 instead of 999?",
    "Send feedback to feedback@ourcouncil.gov.uk. Is it better to use a web form than a published mailbox?",
    "The Citizens Advice consumer helpline is 0808 223 1133. Draft text telling residents how to report a scam.",
    "Our press office (press@dft.gov.uk, 020 7944 3021) handles media enquiries only. Write an auto-reply.",
    "The tribunal centre is at 3rd Floor, 5 Temple Square, Liverpool L2 5RH. Write directions from Lime Street station.",
    "What is the phone number format for a London landline, e.g. 020 7946 0000?",
    "Write an email to the supplier at orders@acme-supplies.co.uk asking for an updated quote for 200 chairs.",
    "Contact the Information Commissioner's Office at casework@ico.org.uk. What complaints do they handle?",
    "The White House is at 1600 Pennsylvania Avenue NW, Washington, DC 20500. How old is the building?",
    "Buckingham Palace, London SW1A 1AA: what are the opening times for the summer state rooms?",
)

TECHNICAL_VALUES = (
    "My router at 192.168.1.1 keeps dropping the connection. How do I reset it to factory settings?",
    'nginx log: 10.0.0.12 - - [12/Mar/2024:10:15:32 +0000] "GET /api/health HTTP/1.1" 200 17. What does each field mean?',
    "Upgrade from Python 3.11.7 to 3.12.2: what breaks?",
    "The build number 20240315.4 failed with error MSB3073. How do I fix it?",
    "Convert the timestamp 1710498932 to a human-readable date.",
    "What is the MAC address format, e.g. 00:1A:2B:3C:4D:5E?",
    "Our AWS account ID 123456789012 appears in the ARN arn:aws:iam::123456789012:role/deploy. Is it secret?",
    "Explain the Luhn algorithm using the test card number 4111 1111 1111 1111.",
    "Why does Stripe's test card 4242 4242 4242 4242 always succeed?",
    "The SHA-256 of the file is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. How do I verify it?",
    "Ticket JIRA-4821: the login page times out after 30 seconds. Write acceptance criteria.",
    "What does the regex ^[A-Z]{2}\\d{6}[A-D]$ match?",
    "In Excel, how do I turn 44927 into a date?",
    "My phone shows IMEI 35-209900-176148-1 on the box. What is an IMEI used for?",
    "Set the environment variable DATABASE_URL=postgres://app:app@localhost:5432/app in docker compose.",
)

NUMBERS_AND_STATISTICS = (
    "The UK population was 67,026,292 at mid-2021. What was the growth rate since 2011?",
    "Inflation was 6.7% in September 2023 and fell to 3.9% by November. What drove the fall?",
    "The department's budget for 2024-25 is £14,532,000,000. Express that in billions.",
    "A council has 1,245,678 residents and 512,340 households. What is the average household size?",
    "Explain why the case fatality rate of a disease differs from its infection fatality rate.",
    "The account balance of the pension fund rose from £2.1bn to £2.4bn. What percentage increase is that?",
    "The customer satisfaction score was 78 out of 100 across 12,450 responses. Is that statistically significant compared with 75?",
    "How many cases of measles were reported in England in 2024 compared with 2023?",
    "Claims for Universal Credit rose to 6.4 million people in 2024. Break down the claimant count by region.",
    "Average rent in London is £2,121 a month. How does that compare with the North East?",
)

PEOPLE_IN_NEWS = (
    "What did Jeremy Hunt announce in the autumn statement?",
    "Summarise Andy Murray's tennis career and his hip surgery.",
    "Why did Boris Johnson resign as an MP in 2023?",
    "Explain Greta Thunberg's School Strike for Climate movement.",
    "What is David Attenborough's latest documentary about?",
    "Marcus Rashford campaigned for free school meals. What changed as a result?",
    "Compare the management styles of Alex Ferguson and Pep Guardiola.",
    "What books has Malala Yousafzai written?",
    "Did Adele cancel her Las Vegas residency because of illness?",
    "Summarise Emma Raducanu's US Open win.",
    "What is Sadiq Khan's policy on the ULEZ expansion?",
    "Bruce Willis was diagnosed with frontotemporal dementia. What is that condition?",
    "Celine Dion has stiff person syndrome. How rare is it?",
    "King Charles is being treated for cancer. How have royal duties been reorganised?",
    "Kate Middleton announced her cancer diagnosis in March 2024. How did the media cover it?",
)

AUTHORS_AND_FICTION = (
    "Recommend books similar to Agatha Christie's Poirot novels.",
    "In Jane Eyre, why does Mr Rochester hide Bertha in the attic?",
    "Write a limerick about a cat called Mr Whiskers who hates Mondays.",
    "In the TV series Line of Duty, who was H?",
    "Summarise the first chapter of Great Expectations, where Pip meets Magwitch.",
    "Mary Berry's Victoria sponge recipe uses how many eggs?",
    "Write a short story where Detective Inspector Rosa Calloway solves a burglary in a seaside town.",
    "In Coronation Street, what happened to Jack and Vera Duckworth?",
    "Create a character profile for a fantasy novel: a blacksmith's daughter named Wren who can talk to ravens.",
    "Explain the relationship between Frodo and Sam in The Lord of the Rings.",
)

GOVERNMENT_TASKS = (
    "Draft a letter template to a claimant explaining that their appeal hearing has been listed. Use [NAME] and [DATE] placeholders.",
    "Write a script for call handlers: greet the caller, ask for their reference number, confirm their date of birth and postcode.",
    "Design a form for a housing application: fields for full name, date of birth, National Insurance number, current address and phone.",
    "What questions should an assessor ask during a Care Act needs assessment?",
    "Summarise the complaints procedure: stage 1 within 10 working days, stage 2 within 20, then the Ombudsman.",
    "Create a privacy notice for a council's housing service explaining what personal data is collected and why.",
    "Explain to a new caseworker how to verify a customer's identity over the phone without asking for their full password.",
    "Draft a data sharing agreement outline between a council and the local NHS trust.",
    "How should staff record a safeguarding concern about a child? Give a general procedure.",
    "Write an email to the team: the new case management system goes live on Monday; training slots are on the intranet.",
    "What is a reasonable adjustment for an employee with dyslexia?",
    "Produce a flowchart description for processing a council tax single person discount application.",
    "Write a template for recording a home visit, with headings only.",
    "Our contact centre received 4,210 calls last week, 12% about benefits. Draft a short performance update.",
    "What are the retention periods for housing benefit case files?",
)

LATER_GENRES.update(
    {
        "public:organisation_contacts": ORGANISATION_CONTACTS,
        "public:technical_values": TECHNICAL_VALUES,
        "public:statistics": NUMBERS_AND_STATISTICS,
        "public:people_in_news": PEOPLE_IN_NEWS,
        "public:fiction": AUTHORS_AND_FICTION,
        "public:government_tasks": GOVERNMENT_TASKS,
    }
)

# Third batch, written after the first precision pass to check that its rules generalise.
EVERYDAY = (
    "Plan a three-day itinerary for Edinburgh in August during the festival.",
    "Give me a recipe for a vegan shepherd's pie that serves six.",
    "What should I pack for a week of hiking in Snowdonia in October?",
    "My washing machine shows error E21. What does it mean on a Bosch?",
    "How do I get red wine out of a cream carpet?",
    "Write a birthday message for a colleague who is leaving for a new job.",
    "Suggest names for a bakery in a small Yorkshire town.",
    "What are the best houseplants for a dark flat?",
    "How long should I boil an egg for a runny yolk?",
    "Compare the cost of running a heat pump with a gas boiler for a three-bed semi.",
    "What's a good beginner's routine for running 5k in eight weeks?",
    "Explain the offside rule in football.",
    "Which is better for a family of four, a Skoda Octavia estate or a Toyota Corolla Touring Sports?",
    "Write a review of a fictional Italian restaurant called Luigi's for a local magazine.",
    "How do I reset my Gmail password if I no longer have the recovery phone?",
)

NEWS_AND_SCIENCE = (
    "Summarise the main findings of the IPCC's sixth assessment report.",
    "What did the Bank of England decide on interest rates in its latest meeting?",
    "Explain CRISPR gene editing and the ethical debate around it.",
    "Why did Silicon Valley Bank collapse in March 2023?",
    "What is the James Webb Space Telescope looking for?",
    "Summarise the Covid-19 inquiry's first module report.",
    "How did the Post Office Horizon scandal come to light, and what happened to the sub-postmasters?",
    "What is long Covid and how many people in the UK are estimated to have it?",
    "Explain the findings of the Grenfell Tower Inquiry phase 2 report.",
    "What are the risks of antimicrobial resistance according to the WHO?",
    "Describe the Infected Blood Inquiry's conclusions about haemophilia patients.",
    "Why are sewage discharges into rivers increasing in England?",
)

LEGAL_HYPOTHETICALS = (
    "If an employee is dismissed after 18 months without a reason, can they claim unfair dismissal?",
    "Can a landlord keep a deposit for normal wear and tear?",
    "What happens if someone dies without a will in Scotland?",
    "Is it legal to record a phone call with a company without telling them?",
    "A tenant has not paid rent for three months. What notice must the landlord serve under section 8?",
    "Can a school exclude a pupil permanently for a first offence?",
    "What is the difference between a caution and a conviction for DBS purposes?",
    "How does lasting power of attorney work for health and welfare decisions?",
    "If a customer's card is used fraudulently, who is liable under the Payment Services Regulations?",
    "Under what circumstances can a social worker remove a child from their home without a court order?",
    "Can an employer ask about a job applicant's disability before offering the job?",
    "What rights does a father without parental responsibility have?",
)

ORG_CORRESPONDENCE = (
    "Draft an email from the council's waste team to Biffa about missed collections on the Tuesday round.",
    "Write a letter from our procurement team to Capita asking for a contract variation.",
    "Reply to the Environment Agency's consultation on flood defences on behalf of the parish council.",
    "Write a memo to the finance director about the overspend in adult social care.",
    "Draft a press release from Leeds City Council announcing the new recycling centre at Kirkstall.",
    "Create a newsletter item about the new GP surgery opening in Hebden Bridge in May.",
    "Summarise the Department for Education's announcement on teacher pay for 2025.",
    "Write a letter to the editor of the Yorkshire Post supporting the new tram scheme.",
    "Draft the welcome section of the staff handbook for Northumbria Healthcare NHS Foundation Trust.",
    "Ask the IT service desk to reset the shared mailbox permissions for the housing team.",
)

CLINICAL_MORE = (
    "A 72-year-old woman on warfarin has an INR of 8.2 and no bleeding. How should she be managed?",
    "Mr X, a 50-year-old builder, has back pain radiating down his leg. What red flags should the GP ask about?",
    "A child of 18 months has not started walking. When should this be referred?",
    "An elderly man is confused after starting a new medicine. Which drugs commonly cause delirium?",
    "What are the criteria for diagnosing ADHD in adults?",
    "Explain how lithium levels are monitored in bipolar disorder.",
    "A teenager presents with weight loss and is worried about her body image. What questions screen for an eating disorder?",
    "What vaccines are offered to pregnant women in the UK?",
    "A man in his 30s with HIV on antiretrovirals wants to start a family. What are the options?",
    "List the stages of grief and how a nurse can support a bereaved family.",
)

LATER_GENRES.update(
    {
        "public:everyday": EVERYDAY,
        "public:news_science": NEWS_AND_SCIENCE,
        "public:legal_hypothetical": LEGAL_HYPOTHETICALS,
        "public:org_correspondence": ORG_CORRESPONDENCE,
        "public:clinical_more": CLINICAL_MORE,
    }
)
