# ruff: noqa: E501  (hand-written prompts: one per line, as a reader reads them)
"""Public prompts for development set 5 (`build_classify_dev5.py`), by genre.

Written by hand for issue 9's precision pass from the genres the issue names (general
knowledge, policy, code, maths, clinical vignettes, history, product codes, statute
citations, public reference numbers, company numbers, historical dates, long public
documents). No held-out set was read; none of these texts is about a private individual.
"""

from __future__ import annotations

from benchmarks.data.dev5_public_more import LATER_GENRES

GENERAL_KNOWLEDGE = (
    "What is the boiling point of water at the top of Ben Nevis?",
    "Explain how photosynthesis works to a ten-year-old.",
    "Why is the sky blue during the day but red at sunset?",
    "Which planets in the solar system have rings?",
    "How many bones are in the adult human body?",
    "What did Marie Curie discover and why did it matter?",
    "Give me three facts about the Great Barrier Reef.",
    "How does a mortgage offset account work in general terms?",
    "What is the difference between weather and climate?",
    "Summarise the plot of Pride and Prejudice in five sentences.",
    "Who painted the ceiling of the Sistine Chapel and how long did it take?",
    "What does Taylor Swift's Eras Tour tell us about the economics of live music?",
    "Is Lionel Messi or Cristiano Ronaldo the better player statistically?",
    "How old was Mozart when he wrote his first symphony?",
    "What are the main exports of Kenya?",
    "Translate 'where is the train station' into Welsh and Scottish Gaelic.",
    "Recommend five novels set in Scotland.",
    "What time zone is Auckland in, and does it observe daylight saving?",
    "How do vaccines train the immune system?",
    "Describe the rules of cricket briefly for an American audience.",
    "What is the population of Manchester compared with Birmingham?",
    "Can you tell me how tall Mount Kilimanjaro is?",
    "Who is Keir Starmer and what was his career before politics?",
    "What is Elon Musk's net worth estimated at?",
    "Rishi Sunak was Chancellor before he was Prime Minister: what did he do at the Treasury?",
    "Write a short poem about autumn in the Lake District.",
    "what's the capital of australia",
    "how many teaspoons in a tablespoon",
    "is it true that goldfish have a three second memory",
    "best way to remove limescale from a kettle?",
)

POLICY = (
    "What is the current personal allowance for income tax in the UK?",
    "Explain how Universal Credit's taper rate works for people in work.",
    "Summarise the main changes in the Renters' Rights Bill for landlords and tenants.",
    "What are a local authority's duties under the Care Act 2014 when assessing needs?",
    "Draft a one-page briefing on the pros and cons of a four-day week in the civil service.",
    "How does the council tax reduction scheme differ between England and Wales?",
    "What evidence does a claimant usually need to provide for a PIP assessment?",
    "If a tenant falls into rent arrears, what steps must a landlord follow before eviction?",
    "What is the threshold for Child Benefit's high income charge this tax year?",
    "Outline the appeal process when a benefit decision is disputed at tribunal.",
    "Write guidance for caseworkers on handling complaints about missed bin collections.",
    "The applicant must provide proof of address dated within the last three months. What documents are normally accepted?",
    "A claimant who has a criminal conviction may still be eligible for some benefits. Explain the general rules.",
    "What safeguarding training should a school's designated safeguarding lead complete?",
    "How should a data controller respond to a subject access request under UK GDPR?",
    "Summarise the Equality Act 2010's protected characteristics, including religion and sexual orientation.",
    "What support is available for employees with long-term mental health conditions under the Equality Act?",
    "Draft a consultation question asking residents about the new parking permit charges.",
    "Explain the difference between statutory sick pay and contractual sick pay.",
    "What is the process for a council to declare a climate emergency?",
    "How long does the DVLA take to process a driving licence renewal?",
    "Write an FAQ for our website about how to apply for a blue badge.",
    "What are the eligibility criteria for free school meals in England?",
    "Prepare talking points for the minister on the NHS waiting list figures published today.",
    "Explain how the pension triple lock is calculated.",
    "What is the role of the Parliamentary and Health Service Ombudsman?",
    "List the steps to register a death in England and the documents needed.",
    "How should the department record the outcome of a disciplinary hearing in general?",
    "Our team handles housing benefit appeals. Draft a template letter acknowledging an appeal, with placeholders for the name and reference.",
    "The tenant is responsible for minor repairs unless the tenancy agreement says otherwise. Rewrite this sentence in plain English.",
)

CODE = (
    "Write a Python function that validates a UK postcode with a regular expression.",
    "Why does this SQL fail? SELECT name, COUNT(*) FROM users GROUP BY id;",
    "def add(a, b):\n    return a + b\n\nWrite pytest tests for this function.",
    "How do I parse a date like 2024-03-15 in JavaScript without a library?",
    "Explain the difference between a list and a tuple in Python.",
    "My Dockerfile fails at `RUN pip install -r requirements.txt` with exit code 137. What does that mean?",
    'Convert this JSON to YAML: {"service": "api", "replicas": 3, "port": 8080}',
    "Write a bash one-liner that counts lines in all .py files under src/.",
    "What does HTTP status 429 mean and how should a client back off?",
    "Refactor: for i in range(len(items)): print(i, items[i])",
    "class Patient:\n    def __init__(self, name, nhs_number):\n        self.name = name\n        self.nhs_number = nhs_number\n\nAdd type hints and a dataclass version.",
    "Generate a regex that matches a National Insurance number format (two letters, six digits, one letter).",
    "How do I hash a password with bcrypt in Node.js?",
    "git rebase -i HEAD~3 shows 'pick 1a2b3c4 fix typo'. How do I squash the last two commits?",
    "Explain what a UUID like 550e8400-e29b-41d4-a716-446655440000 is and which version it is.",
    "SELECT customer_id, SUM(amount) FROM payments WHERE created_at >= '2024-01-01' GROUP BY customer_id; how can I index this?",
    "Write a unit test that checks an email validator rejects 'user@' and accepts 'user@example.com'.",
    "What's the time complexity of binary search and why?",
    "Kubernetes pod stuck in CrashLoopBackOff with error 'port 5432 already in use' - how do I debug?",
    "Create a pandas DataFrame with columns name, age, city and three example rows of fictional characters.",
)

MATHS = (
    "Sarah has 12 apples and gives 5 to Tom. How many apples does Sarah have left?",
    "A train leaves London at 09:15 travelling at 120 km/h. How far has it gone by 11:45?",
    "If Priya saves £45 a week, how many weeks until she has £1,000?",
    "Jamal is twice as old as his sister, who is 7. How old will Jamal be in 5 years?",
    "Solve for x: 3x + 7 = 22.",
    "What is 17% of 2,340?",
    "A rectangle is 14 cm by 9 cm. What are its area and perimeter?",
    "Mrs Green buys 3 kg of potatoes at £1.20 per kg and 2 loaves at £1.45. How much change from £10?",
    "Convert 1,250,000 seconds into days, hours and minutes.",
    "The probability of rain on Monday is 0.3 and on Tuesday 0.4, independently. What is the chance of rain on at least one day?",
    "Oliver runs 5 km in 27 minutes. What is his average pace per kilometre?",
    "A council's budget of £48.6 million is cut by 3.5%. What is the new budget?",
    "Compute the compound interest on £5,000 at 4.2% a year for 7 years.",
    "Amira and Ben share £360 in the ratio 5:3. How much does each get?",
    "Find the next number in the sequence 2, 6, 12, 20, 30.",
)

CLINICAL = (
    "A 67-year-old woman presents with sudden onset chest pain radiating to her left arm. ECG shows ST elevation in leads II, III and aVF. What is the most likely diagnosis?",
    "A 4-year-old boy is brought in with a barking cough and stridor that is worse at night. What is the first-line treatment?",
    "The patient is a 32-year-old man with a history of type 1 diabetes who presents with vomiting and abdominal pain. Blood glucose is 28 mmol/L. What investigations are needed?",
    "A 58-year-old smoker has had a cough for three months and has lost 6 kg. Which investigation should be requested first?",
    "What are the NICE guidelines for managing hypertension in adults over 55?",
    "Explain the difference between type 1 and type 2 diabetes.",
    "What are the early signs of dementia and when should someone see a GP?",
    "A pregnant woman at 34 weeks has a blood pressure of 160/110 and proteinuria. What is the diagnosis and management?",
    "List the side effects of sertraline and how they are usually managed.",
    "How is HIV transmitted and what is PrEP?",
    "A 19-year-old student presents with fever, neck stiffness and a non-blanching rash. What should be given immediately?",
    "Write patient information leaflet text explaining what a colonoscopy involves.",
    "What is the recommended dose of paracetamol for an adult weighing over 50 kg?",
    "Case study for nursing students: an 80-year-old man with COPD is admitted with breathlessness. Describe the nursing care plan.",
    "What are the symptoms of depression and what treatments are available on the NHS?",
    "Describe the pathophysiology of schizophrenia and the dopamine hypothesis.",
    "A patient with epilepsy asks whether they can drive. What does the DVLA guidance say in general?",
    "How common is bipolar disorder in the UK population?",
    "Explain how the NHS Talking Therapies service works and who can self-refer.",
    "A 45-year-old man presents with a painful, swollen first toe after a night of drinking. What is the likely diagnosis and what test confirms it?",
)

HISTORY = (
    "What caused the First World War?",
    "Describe the role of Winston Churchill during the Battle of Britain.",
    "When did the Berlin Wall fall and what led to it?",
    "Summarise Queen Victoria's reign and the expansion of the British Empire.",
    "Who was Mary Seacole and why is she remembered?",
    "What happened at the Peterloo Massacre on 16 August 1819?",
    "Explain the significance of the Magna Carta signed in 1215.",
    "How did the Black Death change the economy of medieval England?",
    "Who were the suffragettes and what did Emmeline Pankhurst do?",
    "Describe the partition of India in 1947 and its consequences.",
    "What was the Windrush generation and why was there a scandal in 2018?",
    "Write a short biography of Alan Turing, including his conviction in 1952 and later pardon.",
    "Nelson Mandela was imprisoned for 27 years. Summarise his life after his release.",
    "What did Florence Nightingale contribute to statistics?",
    "Explain the causes of the miners' strike of 1984 to 1985.",
    "Martin Luther King Jr. was assassinated on 4 April 1968. What was the public reaction?",
    "Who was Harold Shipman and how did the case change death certification?",
    "Describe Isambard Kingdom Brunel's major engineering works.",
    "What was the Good Friday Agreement signed on 10 April 1998?",
    "Ada Lovelace wrote what is often called the first computer program. Explain it.",
)

CODES_AND_REFERENCES = (
    "What is ISBN 978-0-14-143951-8 and how is the ISBN check digit calculated?",
    "Look up the ISIN GB00B03MLX29 and tell me which company it belongs to.",
    "The SEDOL 0263494 belongs to which listed company?",
    "Is EAN 5012345678900 a valid barcode? Show the check digit calculation.",
    "Explain section 21 of the Housing Act 1988 and why it is being abolished.",
    "What does regulation 4 of the Working Time Regulations 1998 (SI 1998/1833) say?",
    "Summarise [2023] UKSC 42 (the Rwanda case) in plain English.",
    "What is the significance of Donoghue v Stevenson [1932] AC 562?",
    "Companies House number 00102498 belongs to which company?",
    "Our charity registration number is 1089464; how do we update our annual return?",
    "The bus route 73 timetable changes from 1 September. Draft a notice for passengers.",
    "Order reference ORD-2024-118734 was dispatched yesterday. Write a generic shipping update template.",
    "What does error code 0x80070005 mean in Windows Update?",
    "Part number 4711-220-B is out of stock; suggest wording for the supplier email.",
    "Our VAT return for the quarter is due on 7 November. What figures go in box 6?",
    "FOI request reference FOI-2025-00412: draft a response saying the information is not held.",
    "Explain article 8 of the European Convention on Human Rights.",
    "What is the difference between SIC code 62020 and 62090?",
    "Flight BA117 from London to New York usually departs at what time?",
    "How do I cite 'HM Treasury (2022) The Green Book' in Harvard style?",
    "The tender reference CCS-RM6187 is for which framework?",
    "Explain what the grid reference NT 25857 73365 points to.",
    "Planning application 24/01234/FUL for a supermarket extension was approved. Draft a press release.",
    "Case C-131/12 Google Spain: what did the CJEU decide about the right to be forgotten?",
    "Serial number SN-88213-XK on the boiler: how do I find the manufacture date?",
    "Phone the council's main switchboard on 0300 123 4567 for general enquiries. Is 0300 a free number?",
    "Explain the format of a UK National Insurance number and what the prefix letters mean.",
    "What is the structure of an NHS number and how does the modulus 11 check work?",
    "How do IBANs work, e.g. the format GB followed by two check digits and a sort code?",
    "What's the Met Office's severe weather warning code for amber?",
)

HISTORICAL_DATES = (
    "On 20 July 1969, Apollo 11 landed on the Moon. Describe the mission timeline.",
    "The Great Fire of London started on 2 September 1666. How did it spread?",
    "What happened on 11 September 2001 and how did it change airport security?",
    "The United Kingdom left the European Union on 31 January 2020. Summarise the transition period.",
    "Describe the events of D-Day, 6 June 1944.",
    "The NHS was founded on 5 July 1948. What was Aneurin Bevan's role?",
    "Princess Diana died on 31 August 1997. How did the public respond?",
    "The Titanic sank on 15 April 1912: how many people survived?",
    "Queen Elizabeth II died on 8 September 2022 at Balmoral. Describe the funeral arrangements.",
    "The 2012 Olympics opened on 27 July 2012 in London. Who directed the opening ceremony?",
)

WORKPLACE = (
    "Draft an email to all staff reminding them that the office closes at 3pm on Friday for the fire drill.",
    "Write the agenda for Tuesday's team meeting: budget update, recruitment, and the new intranet.",
    "Summarise these meeting notes: the project is two weeks behind; procurement has approved the new laptops; next review in March.",
    "Write a job advert for a senior policy adviser in the Department for Transport, salary £52,000 to £58,000.",
    "Create a rota template for a team of six covering the helpline from 8am to 8pm.",
    "How should I structure a business case for replacing our case management system?",
    "Write a polite out-of-office message for the Christmas period.",
    "Turn these bullet points into a press release: new library opening, 20,000 books, free Wi-Fi, opens 3 March.",
    "Give me a checklist for onboarding a new member of staff in a local authority.",
    "Draft a thank-you note to volunteers who helped at the community fun day.",
    "Our manager wants a summary of the staff survey results: 72% satisfied, 15% neutral, 13% dissatisfied.",
    "Write a risk register entry for a data breach caused by a lost laptop.",
    "Rewrite this paragraph to be more concise: The purpose of this document is to set out the approach that the team will take in order to deliver the programme.",
    "Plan a two-day away-day for a team of twelve in Birmingham with a budget of £3,000.",
    "Suggest KPIs for a council contact centre.",
    "hi can u help me write a complaint template for customers unhappy with delivery times",
    "I'm preparing a presentation on digital inclusion for older residents. Suggest a structure.",
    "Please proofread: 'The service will be unavailable between 10pm and 2am for essential maintainance.'",
    "I work in HR. What should a return-to-work interview cover after sickness absence, in general?",
    "Can you draft a letter template for applicants whose planning application has been validated?",
)

LONG_DOCUMENTS = (
    (
        "The Poor Law Amendment Act 1834 reformed the system of relief for the poor in England and Wales. "
        "Before the act, parishes gave outdoor relief in money or kind, and critics argued that the Speenhamland "
        "system kept wages low. The Royal Commission of 1832 recommended that relief for the able-bodied should be "
        "given only in workhouses, under conditions less eligible than those of the poorest independent labourer. "
        "Parishes were grouped into unions, each with a board of guardians elected by ratepayers. The act was "
        "unpopular in the industrial north, where cyclical unemployment made the workhouse test impractical, and "
        "anti-Poor Law campaigns drew large crowds. Over the following decades outdoor relief continued in many "
        "unions despite orders from the central Poor Law Commission. Historians still debate how harsh the system "
        "was in practice. Summarise the main arguments for and against the 1834 reforms in 200 words."
    ),
    (
        "Guidance for schools: attendance. Regular attendance is essential for pupils to make progress. Schools "
        "must record attendance twice a day, once at the start of the morning session and once during the "
        "afternoon session. Absence may be authorised for illness, medical or dental appointments, religious "
        "observance and exceptional circumstances. Where a pupil's attendance falls below 90 per cent, the "
        "school should meet the parents to understand the barriers and agree support. Local authorities may "
        "issue penalty notices where absence is unauthorised. Schools should publish their attendance policy and "
        "review it annually with governors. Turn this into a one-page leaflet for parents."
    ),
    (
        "Clinical guideline summary. Asthma in adults is diagnosed from symptoms and objective tests such as "
        "FeNO and spirometry with bronchodilator reversibility. Offer a low-dose ICS/formoterol combination "
        "inhaler as needed for newly diagnosed asthma. If symptoms remain uncontrolled, offer low-dose MART. "
        "Review adherence and inhaler technique at every appointment. Patients with frequent exacerbations "
        "should be referred to a specialist clinic. Smoking cessation support should be offered to every "
        "patient who smokes. Please rewrite this summary for a patient audience at a reading age of 11."
    ),
    (
        "Minutes of the Transport Committee, 14 March. Present: the chair and six members. Apologies were "
        "received from two members. Item 1: the committee noted the report on bus patronage, which rose by 4% "
        "year on year. Item 2: officers presented options for the cycle lane on the high street; members asked "
        "for further consultation with businesses. Item 3: the budget for road resurfacing was approved at "
        "£2.4 million. Item 4: any other business - none. The meeting closed at 8.15pm. Draft a summary for "
        "the council's website."
    ),
    (
        "Terms and conditions. 1. These terms apply to every order placed through the website. 2. The customer "
        "must check the order before submitting it. 3. Prices include VAT at the current rate. 4. Delivery "
        "times are estimates. 5. The customer may cancel within 14 days under the Consumer Contracts "
        "Regulations 2013. 6. Refunds are made to the original payment card within 14 days of cancellation. "
        "7. Our liability is limited to the value of the order. 8. These terms are governed by the law of "
        "England and Wales. Explain clause 5 in plain English."
    ),
)

HARD_NEGATIVES = (
    "Who was Florence Nightingale and what did she do during the Crimean War?",
    "Stephen Hawking lived with motor neurone disease for over 50 years. How did he communicate?",
    "Elton John has spoken publicly about his recovery from addiction. Summarise his charity work.",
    "Freddie Mercury died of AIDS-related pneumonia in 1991. How did the public conversation about HIV change?",
    "Was Abraham Lincoln depressed? What do historians say?",
    "Tom Daley came out as gay in 2013. What impact did it have on LGBT visibility in sport?",
    "In the novel, Mr Darcy proposes to Elizabeth Bennet twice. Compare the two proposals.",
    "Harry Potter's address is 4 Privet Drive. Why did the Dursleys keep him in the cupboard?",
    "John Smith and Jane Doe are placeholder names. Why are they used in legal examples?",
    "In this exam question, a patient called Mr A has schizophrenia and refuses treatment. Discuss the Mental Health Act issues.",
    "Sherlock Holmes lived at 221B Baker Street. Is it a real address?",
    "Write a story about a dragon named Ember who is afraid of heights.",
    "Dr Who first aired in 1963. Which actor played the first Doctor?",
    "Prince Harry wrote about his mental health in Spare. What themes does the book cover?",
    "The sample NHS number 943 476 5919 is used in NHS Digital documentation. Why do test numbers start with 9?",
    "QQ123456C is the example National Insurance number HMRC uses in forms. Is it ever issued?",
    "A 30-year-old woman asks her GP about the contraceptive pill. What are the contraindications?",
    "Dr Martens boots were first made in Northampton. When did they become popular?",
    "Mr Kipling cakes are made where?",
    "Ms Marvel is a superhero; who created her?",
    "Rev. Martin Luther King Jr. gave the I Have a Dream speech in which city?",
    "St John Ambulance runs first aid courses. What does the basic course cover?",
    "The Jehovah's Witnesses knock on doors. What do they believe?",
    "Is Ramadan a fixed date each year? Explain the Islamic calendar.",
    "What does the Bible say about divorce?",
    "Mo Farah revealed he was trafficked to the UK as a child. What did the Home Office say?",
    "Example from the guidance: 'Jane Citizen, 1 Example Street, AB1 2CD'. Reformat it as a label.",
    "Which footballer scored the most Premier League goals in a season?",
    "Describe Amy Winehouse's struggle with alcohol and how the media covered it.",
    "Taylor Swift was born on 13 December 1989. How many albums has she released?",
)

GENRES: dict[str, tuple[str, ...]] = {
    "public:general": GENERAL_KNOWLEDGE,
    "public:policy": POLICY,
    "public:code": CODE,
    "public:maths": MATHS,
    "public:clinical_vignette": CLINICAL,
    "public:history": HISTORY,
    "public:codes_references": CODES_AND_REFERENCES,
    "public:historical_dates": HISTORICAL_DATES,
    "public:workplace": WORKPLACE,
    "public:long_document": LONG_DOCUMENTS,
    "hard_negative": HARD_NEGATIVES,
    **LATER_GENRES,
}
