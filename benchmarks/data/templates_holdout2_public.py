"""Public frames of the second held-out set (split from `templates_holdout2.py` for size)."""

from __future__ import annotations

# --- Public texts -----------------------------------------------------------

GENERAL_QUESTIONS: tuple[str, ...] = (
    "How do I apply for a blue badge?",
    "What's the current personal allowance for income tax?",
    "Explain Universal Credit in plain English for a leaflet.",
    "Write a press release announcing a new library opening in the town centre.",
    "What is the difference between a council house and a housing association home?",
    "Summarise the main changes in the Renters' Rights Act.",
    "How long does a mandatory reconsideration usually take?",
    "Draft a job advert for a junior data analyst at a district council.",
    "What documents count as proof of identity for a DBS check?",
    "Give me five tips for writing clear letters to the public.",
    "How is council tax band calculated?",
    "What are the school term dates usually based on in England?",
    "Explain what an NHS number is and where people can find theirs.",
    "What does a National Insurance number look like? Describe the format without an example.",
    "Rewrite this sentence to be friendlier: 'Your application has been rejected.'",
    "Create a checklist for a new starter in a job centre.",
    "What happens at a first-tier tribunal hearing?",
    "How do I report a pothole?",
    "Explain the difference between Statutory Sick Pay and ESA.",
    "List the main sections of a Data Protection Impact Assessment.",
    "Write a Python function that validates the format of a UK postcode.",
    "What is the right to rent check and who has to do it?",
    "Translate 'Your appointment is confirmed' into Welsh.",
    "Suggest a title for a report on rural bus services.",
    "How does the Freedom of Information Act differ from a subject access request?",
    "What's a reasonable adjustment under the Equality Act?",
    "Summarise the guidance on lone working for housing officers.",
    "What counts as a disability under the Equality Act 2010? General explanation please.",
    "Which religions have the most followers in the UK according to the census?",
    "What are common symptoms of type 2 diabetes?",
    "How can employers support staff going through the menopause?",
    "What is the process for claiming asylum in the UK, in general terms?",
    "Explain what a trade union recognition agreement is.",
    "How long do convictions take to become spent under the Rehabilitation of Offenders Act?",
    "Draft an agenda for a parish council meeting.",
    "What's the recommended font size for accessible letters?",
    "Make this paragraph shorter: The committee considered the budget and agreed to defer the decision.",
    "Write an SQL query counting applications per month from a table called claims.",
    "Explain the triple lock on the state pension.",
    "What is the minimum wage for 21-year-olds?",
    "Recommend a structure for a cabinet paper on flood defences.",
    "How should I format a date in a GOV.UK style guide compliant document?",
    "What are the opening hours of most register offices?",
    "Give an overview of how business rates relief works for small shops.",
    "Write a short poem about autumn in the Lake District.",
    "What is a sort code and how many digits does it have?",
    "Why do IBANs start with a country code?",
    "Explain what a VAT return is to a new small business owner.",
    "What does a Unique Pupil Number get used for?",
    "What's an IP address, in simple terms?",
)

PUBLIC_FIGURE_QUESTIONS: tuple[str, ...] = (
    "What was Clement Attlee's main domestic achievement?",
    "When did Margaret Thatcher become Prime Minister?",
    "Summarise Aneurin Bevan's role in founding the NHS.",
    "What is William Beveridge known for?",
    "Which constituency did Winston Churchill represent after 1945?",
    "Give a short biography of Florence Nightingale.",
    "What did Isambard Kingdom Brunel build?",
    "Who was Mary Seacole and why is she remembered?",
    "What books did Charles Dickens write about poverty?",
    "When did Elizabeth II's coronation take place?",
    "What role did Alan Turing play at Bletchley Park?",
    "Explain Emmeline Pankhurst's contribution to women's suffrage.",
    "What did Joseph Bazalgette do for London's sewers?",
    "Who was the first woman to sit in the House of Commons?",
    "What were Harold Wilson's views on the Open University?",
)

HISTORIC_DATES: tuple[str, ...] = (
    "The NHS was launched on 5 July 1948 — write a paragraph for the anniversary.",
    "What happened on 6 June 1944?",
    "Magna Carta was sealed on 15 June 1215. Why does it still matter?",
    "The Great Fire of London started on 2 September 1666; how many houses were destroyed?",
    "Write a timeline starting 1 January 1973, when the UK joined the EEC.",
    "Decimal Day was 15/02/1971 — explain what changed.",
    "On 23 June 2016 the UK held a referendum; summarise the turnout.",
    "The Representation of the People Act received royal assent on 6 February 1918.",
    "What happened at Peterloo on 16 August 1819?",
    "Which notable events happened in Britain in March 1888?",
    "The Welfare State white paper was published on 1 December 1942.",
    "Write a quiz question about 20 July 1969.",
)

PRICE_TEXTS: tuple[str, ...] = (
    "A replacement wheelie bin costs £32.50 plus £7.99 delivery.",
    "Our annual licence renewal is £1,249.00 ex VAT; is that a fair price?",
    "Compare: laptop A £649.99, laptop B £712.00, laptop C £598.49.",
    "The budget line is £4,500,000 for 2026/27 and £4,725,000 for 2027/28.",
    "Parking in the civic centre car park is £1.80 per hour, max £9.",
    "What is 17.5% of £2,340?",
    "Tender received at £187,420.55; the estimate was £175k.",
    "Price per unit: 0.0345 GBP, quantity 120000.",
    "Stamp duty on a £285,000 home for a first-time buyer?",
    "The grant is worth up to £7,500 per household.",
)

ORDER_TEXTS: tuple[str, ...] = (
    "Where is purchase order PO-2026-004417? The supplier says it wasn't received.",
    "Invoice INV 88213-B is overdue by 30 days.",
    "Ticket #4471902 in the service desk is about the printer on floor 3.",
    "Our procurement reference is CCS/RM6116/L2-0093.",
    "Tracking number 1Z 999 AA1 01 2345 6784 shows it's in the depot.",
    "Please raise a requisition against cost centre 40172 and project code P-3381.",
    "FOI request reference FOI-25-01932 — draft the standard acknowledgement.",
    "Planning application 25/01877/FUL for the new leisure centre was approved.",
    "Change request CR-0042 is blocked pending architecture review.",
    "Case reference for the road closure: TRO/2026/118.",
    "Batch 20260311-07 of the payroll file failed validation.",
    "Model number KX-TG6821E, serial 3HACB001288 — need a manual.",
)

MARKING_NEGATIVES: tuple[str, ...] = (
    "What's the difference between OFFICIAL and SECRET in the Government Security Classifications?",
    "Explain when a document should be marked OFFICIAL-SENSITIVE, with general guidance.",
    "Write a training slide on handling classified information.",
    "Is it a secret that the library is closing? Everyone seems to know.",
    "Our secret santa budget is £10 this year.",
    "Top secret recipe: grandma's Victoria sponge — can you scale it for 20?",
    "What does 'sensitive' mean in the context of special category data?",
    "Summarise the Security Policy Framework for new starters.",
    "List the three classification tiers used by HM Government.",
    "The Secret Garden is set in Yorkshire; write a school reading guide.",
)

# Public texts with an identifier-shaped value whose check digit is wrong.
INVALID_TEXTS: tuple[str, ...] = (
    "Test fixture: the form should reject {bad_nhs} because the check digit is wrong.",
    "Why does the validator say {bad_card} is not a real card number?",
    "Example of an invalid reference for the user guide: {bad_nhs}.",
    "QA: {bad_card} should fail the Luhn check in the payments sandbox.",
)

ISBN_FRAMES: tuple[str, ...] = (
    "Does the library have ISBN {isbn} on the shelf?",
    "Add {isbn} to the reading list for the housing officers' course.",
    "Cite the book with ISBN {isbn} in Harvard style.",
    "Is {isbn} the paperback or the hardback?",
)

TOWNS: tuple[str, ...] = (
    "Rotherham", "Barnstaple", "Wrexham", "Kirkcaldy", "Lowestoft", "Stockport",
    "Hartlepool", "Taunton", "Dumfries", "Bangor", "Crawley", "Grimsby",
)
