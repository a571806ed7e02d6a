# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""Hard negatives of held-out set 5, part 1: people who are public or not
identifiable (public figures, historical figures, unnamed patients in clinical
vignettes, invented names in maths problems, fictional characters) and public
department traffic written in the same styles as the sensitive rows.
"""

from __future__ import annotations

from .holdout5_text import Row, noisy, pick_styles
from .holdout5_values import Values

H = "handwritten:holdout5_hard"

PUBLIC_FIGURES = [
    "When did Clement Attlee become Prime Minister?", "What was Harold Wilson's white heat of technology speech about?",
    "Summarise Keir Starmer's career before he became an MP.", "Which departments did Theresa May lead before Number 10?",
    "what did Mo Farah win at london 2012", "Why is Tim Berners-Lee associated with CERN?",
    "How many Wimbledon titles did Andy Murray win?", "What is Nicola Sturgeon known for?",
    "When did King Charles III's coronation take place?", "Who appointed Mark Carney as Governor of the Bank of England?",
    "Summarise Greta Thunberg's school strike campaign.", "Explain Rishi Sunak's Eat Out to Help Out scheme.",
    "What was Marcus Rashford's campaign on free school meals?", "What books did J. K. Rowling publish under a pseudonym?",
    "Which novel did Kazuo Ishiguro win the Booker Prize for?", "what is David Attenborough's latest series",
    "Who was Chancellor when Gordon Brown was Prime Minister?", "What did Angela Merkel study before politics?",
    "Outline Barack Obama's Affordable Care Act.", "How did Jacinda Ardern respond to the Christchurch attack?",
    "What is Stephen Hawking's A Brief History of Time about?", "Which instrument does Sheku Kanneh-Mason play?",
    "What did Clare Balding present at the Paris Olympics?", "Summarise Sadiq Khan's ULEZ expansion.",
    "Who is the current Speaker of the House of Commons, Lindsay Hoyle, and what does the role involve?",
    "What did Dame Sarah Gilbert contribute to the Oxford vaccine?", "What did Zaha Hadid design in London?",
    "Why did Boris Johnson resign in 2022?", "How did Emma Raducanu win the US Open?", "Tell me about Chris Whitty's role as CMO.",
]
HISTORICAL = [
    "Why did Henry VIII break with Rome?", "What reforms did William Gladstone introduce?",
    "Describe Florence Nightingale's work at Scutari.", "What did Isambard Kingdom Brunel build?",
    "Who was Mary Seacole?", "What caused the execution of Charles I in 1649?",
    "How did Emmeline Pankhurst campaign for the vote?", "What was Oliver Cromwell's role in the Protectorate?",
    "Explain Elizabeth I's religious settlement.", "What did Ada Lovelace write about the Analytical Engine?",
    "Who was Olaudah Equiano and why is he important?", "Summarise William Wilberforce's campaign.",
    "what did john snow discover about cholera", "Why is Boudica remembered?",
    "What happened at the Battle of Hastings to Harold Godwinson?", "How did Elizabeth Fry reform prisons?",
    "What were Robert Peel's police reforms?", "Who was Noor Inayat Khan?",
    "What did Edward Jenner do with cowpox?", "Summarise the life of Mahatma Gandhi.",
    "What did Charles Darwin observe in the Galapagos?", "Why was Thomas Becket killed?",
    "Who was Walter Tull?", "How did Joseph Bazalgette change London's sewers?", "What was Aphra Behn known for?",
]
VIGNETTES = [
    "A 45-year-old man presents with crushing central chest pain radiating to the jaw. What is the first-line management?",
    "A 72-year-old woman on warfarin has an INR of 8.2 and no bleeding. What should happen?",
    "A 3-year-old with a barking cough and stridor at rest: how do you score croup severity?",
    "A 28-year-old pregnant woman at 34 weeks has a BP of 160/110 and proteinuria. Next steps?",
    "an 80 year old man with new confusion and a UTI - how to assess for delirium",
    "A 19-year-old student has fever, neck stiffness and a non-blanching rash. What antibiotic is given in primary care?",
    "A 55-year-old smoker presents with haemoptysis and weight loss. Which referral pathway applies?",
    "A 34-year-old woman has a TSH of 0.01 and palpitations. What are the likely causes?",
    "A patient in their 60s has a HbA1c of 58 on metformin. What could be added?",
    "A 7-year-old has a wheeze that responds to salbutamol. How is asthma confirmed in children?",
    "A 40-year-old man has a sodium of 121 after a marathon. Explain the management.",
    "A 66-year-old woman falls and cannot weight-bear; her leg is shortened and externally rotated. Diagnosis?",
    "A 25-year-old with sudden severe headache 'like a thunderclap': what investigations are needed?",
    "Case study: a woman in her 50s with hot flushes asks about HRT risks. What should the GP discuss?",
    "A 2-month-old baby has a temperature of 38.5. What does the traffic light system say?",
    "A 70-year-old man with AF has a CHA2DS2-VASc score of 3. Should he be anticoagulated?",
    "A teenage girl presents with weight loss and food restriction. What are the admission criteria?",
    "A 48-year-old man's ALT is three times the upper limit. What is the liver screen?",
    "A 30-year-old has a painless testicular lump. What is the urgent pathway?",
    "Scenario for training: an elderly patient refuses a blood transfusion. How is capacity assessed?",
    "A 60-year-old woman has a DEXA T-score of -2.8. First-line treatment?",
    "a 52 yo male w/ gout flare on ramipril - which drug",
    "A 36-week pregnant woman reports reduced fetal movements. What should the midwife do?",
    "A 16-year-old asks for contraception without telling her parents. What are the Fraser guidelines?",
    "A man in his 70s has PSA 9.1. What happens next on the pathway?",
    "A 22-year-old with type 1 diabetes has ketones of 3.4. How is DKA diagnosed?",
    "A 58-year-old with sudden painless loss of vision in one eye: differential diagnosis?",
    "A 4-year-old has had diarrhoea for 3 days. How is dehydration assessed?",
    "An 85-year-old nursing home resident has a pressure ulcer, category 3. Management plan?",
    "A 31-year-old man has a panic attack in A&E. How do you rule out organic causes?",
]
MATHS = [
    "Amara has 14 stamps and gives 5 to Tomasz. How many does she have left?",
    "Joaquín runs 3.2 km every day for 2 weeks. How far does he run in total?",
    "If Leontyne saves £12 a week, how many weeks until she has £150?",
    "Kwabena and Signe share 45 sweets in the ratio 4:5. How many does Signe get?",
    "Bartek's train leaves at 14:37 and takes 2 hours 48 minutes. When does it arrive?",
    "Oona buys 3 notebooks at £2.35 each. What change does she get from £10?",
    "A rectangle drawn by Ifeoma is 12 cm by 7 cm. What is its area?",
    "Hamish scores 64, 71 and 80 in three tests. What is his mean score?",
    "Rasmus thinks of a number, doubles it and adds 9 to get 41. What was the number?",
    "Yusra cycles at 15 km/h for 40 minutes. How far does she go?",
    "probability that Elif picks a red counter from 4 red and 6 blue?",
    "Matteo invests £2,000 at 3% compound interest. What is it worth after 4 years?",
    "Dervla has twice as many books as Ruairi, who has 17. How many altogether?",
    "Solve for x: Zainab's age in x years will be 3x - 4 when x = 6.",
    "Ngozi is tiling a floor 4 m by 3.5 m with 50 cm tiles. How many tiles?",
    "Ciarán's car uses 6.2 litres per 100 km. How much fuel for 340 km?",
    "Freya and Anouk paint a fence in 6 hours together; Freya alone takes 10. How long for Anouk?",
    "Mateusz draws a triangle with angles 47 and 68 degrees. Find the third angle.",
    "Ayesha's recipe needs 250 g flour for 8 biscuits. How much for 20?",
    "Lorcan has 3 red socks and 5 black socks. He picks two without looking; P(both black)?",
    "Tiago's salary rises by 4% to £31,200. What was it before?",
    "A cone made by Ingrid has radius 3 cm and height 8 cm. Find the volume.",
    "If Kofi reads 35 pages an hour, how long to read a 420-page book?",
    "Saoirse buys a bike for £240 and sells it for £180. Percentage loss?",
    "Wen and Priyanka split a bill of £86.40 equally. How much each?",
]
FICTIONAL = [
    "Why does Sherlock Holmes live at 221B Baker Street in the stories?",
    "What happens to Miss Havisham in Great Expectations?", "Is Paddington Bear's Windsor Gardens address real?",
    "Summarise the plot of Jane Eyre from Mr Rochester's point of view.",
    "Who is the headmaster in the Harry Potter books before Snape?",
    "write a short poem about Winnie-the-Pooh and Piglet", "What does Atticus Finch argue in court?",
    "In EastEnders, who ran the Queen Vic in the 1980s?",
]
PUBLIC_DEPT_STYLE = [
    "Case note template: record the date of contact, the channel used and the outcome. Do not paste bank details into free text.",
    "Hi all, reminder that the SA helpline has extended hours until 8pm on 30 and 31 January. Thanks, Ops",
    "agent: thanks for waiting, the Child Benefit office is closed on bank holidays, is there anything else?\ncustomer: no thats all",
    "Draft reply: Thank you for your email. We cannot discuss a claim by email; please call the number on your award letter.",
    "Team brief: from Monday, PIP reviews for claimants over State Pension age move to the light-touch process.",
    "NHS trust bulletin: the outpatient pharmacy at the main site will close at 5pm this Friday for refurbishment.",
    "Dear colleague,\n\nThe DVLA's V62 form has been updated. Please recycle old stock and order the new version.",
    "Court listing note: all small claims hearings on Tuesday are moved to courtroom 4 because of the lift repairs.",
    "Home Office update: the fee for an Electronic Travel Authorisation changes on 9 April. Update the website copy.",
    "sms template: Your appointment is confirmed. Reply CANCEL to cancel. Do not reply with personal details.",
    "Web chat macro: I can't see your account on this chat. Please sign in to your Government Gateway account first.",
    "call script - ask the caller for their reference number and postcode but never read their details back in full",
    "Spreadsheet of helpline volumes by week: w/c 3 Nov 48,210 calls; w/c 10 Nov 51,932 calls; w/c 17 Nov 47,006 calls",
    "Form guidance: in box 7 enter the total of boxes 3 to 6. Leave box 8 blank if you have no foreign income.",
    "The jury summons form JS1 must be returned within 7 days. Please update the reminder letter wording.",
    "Minutes of the benefit fraud steering group, 14 October: attendance 11; actions carried over: 3.",
    "Please proofread: 'Universal Credit is paid monthly into a bank, building society or credit union account.'",
    "ocr output:\nDEPARTMENT FOR WORK AND PENSIONS\nGuidance for\nclaimants on\nsanction\ndecisions\nversion 4.2",
    "anyone know if the HMRC app shows the tax code for pensions as well as employment?",
    "Security log summary: 14 failed logins from one IP range to the staff portal, blocked automatically at 03:12.",
    "Letter template L14: Dear Customer, We have received your payment. No further action is needed.",
    "The probate registry's processing target is 8 weeks for digital applications; paper can take 16.",
    "Reminder for the DVLA medical team: the INF188/2 leaflet replaces the old version from 1 December.",
    "Council tax recovery timetable: reminders on day 14, summonses on day 28, liability orders at the next hearing.",
    "Tell me what PAYE RTI full payment submission deadlines are for a monthly payroll.",
]
ORG_CONTACTS = [
    "The Income Tax helpline is 0300 200 3300 - can you add it to the footer?",
    "Universal Credit helpline: 0800 328 5644. Please check it's still correct.",
    "Is 111 free to call from a mobile?",
    "What are the opening hours of the Child Benefit Office on 0300 200 3100?",
    "Put the switchboard number 0300 123 1234 on the poster instead of the old one.",
]


def hard_people_rows(v: Values) -> list[Row]:
    rows = []
    for cat, items in (("hard:public_figure", PUBLIC_FIGURES), ("hard:historical_figure", HISTORICAL),
                       ("hard:clinical_vignette", VIGNETTES), ("hard:maths_invented_name", MATHS),
                       ("hard:fictional", FICTIONAL), ("hard:public_dept_style", PUBLIC_DEPT_STYLE),
                       ("hard:org_contact", ORG_CONTACTS)):
        for t in items:
            rows.append(Row(noisy(v.rng, t, pick_styles(v.rng)), "public", cat, H))
    return rows
