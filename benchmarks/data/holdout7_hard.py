# ruff: noqa: E501  (data and frames: one row or passage per line reads best)
"""Public hard negatives for held-out set 7 (hand-written): public figures, historical
figures, clinical vignettes with unnamed patients, maths problems with invented names,
fictional characters, public department traffic, unfilled templates, identifier words
without a value, helplines, marking words, public structured data, encoded public text,
historic dates.
"""

from __future__ import annotations

import base64
import random
import urllib.parse
from typing import Any

from .holdout7_common import row

GROUPS: dict[str, list[str]] = {
    "public_figure": [
        "What did Clement Attlee's government do to create the NHS?",
        "How many Grand Slam titles has Andy Murray won?",
        "Summarise Mary Beard's argument about women and power.",
        "Which films did Steve McQueen (the director) win awards for?",
        "When did Nicola Sturgeon become First Minister of Scotland?",
        "Give me three quotes from David Attenborough about climate change.",
        "What was Mo Mowlam's role in the Good Friday Agreement?",
        "Why is Tim Berners-Lee famous?",
        "What position did Jacinda Ardern hold and when did she resign?",
        "Explain Marcus Rashford's free school meals campaign.",
        "Who succeeded Theresa May as Prime Minister?",
        "Is Zadie Smith's 'White Teeth' set in London?",
        "What is Greta Thunberg known for?",
        "What did Mark Carney do at the Bank of England?",
        "List Adele's studio albums in order.",
        "What were Sadiq Khan's main transport policies?",
        "How old was Emma Raducanu when she won the US Open?",
        "What is Stephen Fry's connection to QI?",
        "Did Barack Obama ever visit Belfast?",
        "Write a short bio of Lewis Hamilton for a school project.",
    ],
    "historical_figure": [
        "What reforms did Elizabeth Fry campaign for in prisons?",
        "Why was Thomas Cromwell executed?",
        "Explain Isambard Kingdom Brunel's contribution to the Great Western Railway.",
        "What did Mary Seacole do in the Crimean War?",
        "When was Owain Glyndŵr's rebellion?",
        "How did Emmeline Pankhurst's tactics change after 1903?",
        "What was William Wilberforce's role in abolishing the slave trade?",
        "Who was Noor Inayat Khan?",
        "Summarise the life of Robert the Bruce.",
        "What did Ada Lovelace write about the Analytical Engine?",
        "Why did Guy Fawkes want to blow up Parliament?",
        "What was John Snow's discovery about cholera in Soho?",
        "Describe Boudica's revolt against the Romans.",
        "What did Alan Turing work on at Bletchley Park?",
        "Was Richard III really a hunchback?",
        "Why is Florence Nightingale called the Lady with the Lamp?",
        "What did Walter Tull achieve before he died in 1918?",
        "Who was Dadabhai Naoroji and when was he elected?",
        "Explain Charles Darwin's voyage on the Beagle.",
        "What did Rosalind Franklin's Photo 51 show?",
    ],
    "clinical_vignette": [
        "A 67-year-old woman presents with sudden painless loss of vision in one eye. What is the differential?",
        "A 24-year-old man has a tender, swollen knee after a football injury. How should it be assessed?",
        "A toddler has a barking cough and stridor at night. Most likely diagnosis?",
        "A 55-year-old smoker has haemoptysis and weight loss. What investigations first?",
        "A pregnant woman at 34 weeks has headache and BP 160/105. What is the management?",
        "An 80-year-old man becomes acutely confused after starting a new medication. What should you check?",
        "A 30-year-old woman has palpitations, weight loss and a tremor. Which blood tests?",
        "A teenager presents with polyuria, polydipsia and vomiting. What must be excluded?",
        "A patient in their 40s has crushing central chest pain radiating to the jaw. First steps?",
        "A 70-year-old has a fall and cannot weight-bear; the leg is shortened and externally rotated. Diagnosis?",
        "A 19-year-old student has fever, neck stiffness and a non-blanching rash. What now?",
        "A middle-aged man has gout in his big toe. What are the treatment options?",
        "Case: 45F, fatigue, pale, heavy periods. Likely cause and tests?",
        "A 6-week-old baby has projectile vomiting after feeds. What is the likely diagnosis?",
        "A 62-year-old diabetic has a painless ulcer on the sole of the foot. How to manage?",
        "A farmer presents with a ring-shaped rash after a tick bite. Treatment?",
        "Hypothetical: a patient with atrial fibrillation, CHA2DS2-VASc of 3. Anticoagulate?",
        "A 50-year-old woman has hot flushes and night sweats. What are the HRT options?",
        "A 35-year-old runner collapses at the finish line with a temperature of 41C. Management?",
        "An elderly patient has a UTI and is on a catheter. Which antibiotic per NICE?",
    ],
    "maths_problem": [
        "Priya buys 3 notebooks at £2.40 each and pays with a £10 note. How much change?",
        "Callum runs 5 km in 27 minutes. What is his average speed in km/h?",
        "Ifeoma and Tomasz share £84 in the ratio 3:4. How much does Tomasz get?",
        "If Bethan saves £15 a week, how many weeks until she has £390?",
        "Declan's train leaves at 14:52 and takes 2 h 18 min. When does it arrive?",
        "Niamh has 12 red and 8 blue marbles. What is the probability of picking blue?",
        "A tank fills at 12 litres per minute; Gareth needs 300 litres. How long?",
        "Yusuf scored 72, 85 and 91. What does he need in the fourth test to average 85?",
        "Morag invests £2,000 at 3% compound interest. Value after 4 years?",
        "Hamish is twice as old as Shona; in 5 years their ages will total 40. How old is Shona?",
        "Leanne cuts a 2.4 m plank into pieces of 30 cm. How many pieces?",
        "Kwame drives 180 miles on 6 gallons. What is his miles per gallon?",
        "Aisha's recipe needs 250 g flour for 4 people. How much for 10?",
        "Rhys has a rectangle 7 cm by 12 cm. What is its perimeter and area?",
        "Siobhan earns £11.44 an hour for 37.5 hours. What is her weekly pay?",
        "Zainab flips a coin 3 times. Probability of exactly two heads?",
    ],
    "fictional": [
        "What happens to Bilbo Baggins at the end of The Hobbit?",
        "Describe Elizabeth Bennet's first impression of Mr Darcy.",
        "Is Sherlock Holmes's address 221B Baker Street real?",
        "Why does Jay Gatsby throw such big parties?",
        "What is Hermione Granger's patronus?",
        "Summarise the plot of Jane Eyre in five sentences.",
        "Who is Dr Who's first companion in the 1963 series?",
        "What does Atticus Finch argue in the courtroom?",
    ],
    "public_dept_traffic": [
        "CALL NOTE: caller asked how to appeal a PIP decision. Advised mandatory reconsideration first, within one month. No personal details taken.",
        "webchat> customer: how long does a passport renewal take at the moment\nwebchat> agent: standard is up to 3 weeks",
        "Hi, what's the deadline for paper self assessment returns? thanks",
        "Team, reminder that the HMRC helpline changes its opening hours from Monday.",
        "can u tell me if the blue badge scheme covers hidden disabilities in general",
        "Agenda item 4: backlog of DVLA medical cases, figures for Q3 to follow.",
        "Is the Child Maintenance Service fee 4% for collect and pay?",
        "Student loan plan 2 threshold for 2025-26 please",
        "What ID do I need to register a death in England?",
        "Template reply: Thank you for contacting Land Registry. Title plans cost £7 per copy.",
        "briefing: the tribunal backlog fell 8% over the quarter, no individual cases cited",
        "Does Companies House check the identity of new directors now?",
        "How do I report a pothole to the council?",
        "FAQ draft: You can apply for Pension Credit up to 3 months after reaching State Pension age.",
        "sms reply: Your council tax bill is available online. Do not reply to this message.",
        "Are NHS prescriptions free in Wales?",
        "Q from the public: does Home Office publish asylum statistics quarterly?",
        "What's the fine for driving without tax?",
        "Internal: the UC journal will be unavailable Sunday 02:00-06:00 for maintenance.",
        "Can someone with a criminal record get a job in the civil service? General guidance please.",
    ],
    "unfilled_template": [
        "Dear [Name],\nYour claim reference [REF] has been received. We will contact you at [address] within 10 working days.",
        "Full name: ____________\nNational Insurance number: __ __ __ __ _\nDate of birth: DD/MM/YYYY",
        "Hello {{first_name}}, your appointment on {{date}} at {{clinic}} is confirmed.",
        "I, <insert name>, of <insert address>, give notice that I wish to appeal the decision dated <date>.",
        "NHS number: [10 digits]\nPatient name: [ ]\nGP practice: [ ]",
        "Dear Sir/Madam, My name is [YOUR NAME] and my UTR is [UTR]. I am writing to ask for...",
        "Vehicle registration: ________  Make: ________  Keeper: ________",
        "To: <employer name>\nRe: <employee name>, NI number <NINO>\nPlease provide a P60 for the tax year <year>.",
        "Next of kin: [name] [relationship] [phone]",
        "Template SAR letter: I am writing to request a copy of all personal data you hold about me, [full name], under Article 15 UK GDPR.",
    ],
    "identifier_words": [
        "What does the check digit in an NHS number do?",
        "How many characters are in a National Insurance number?",
        "Where do I find my UTR on HMRC letters?",
        "What is the format of a UK driving licence number?",
        "Is an IBAN the same as a sort code and account number?",
        "What do the letters on a UK number plate mean?",
        "How is a passport number different from a passport's MRZ?",
        "Why does my card number pass the Luhn check?",
        "What's a CHI number in Scotland?",
        "Explain the parts of a UK postcode.",
    ],
    "helpline": [
        "Is the DVLA contact number 0300 790 6801 still right for driving licence enquiries?",
        "The Universal Credit helpline is 0800 328 5644 - is it free from mobiles?",
        "NHS 111 or 999 - which should I call for a bad sprain?",
        "Samaritans can be called free on 116 123, any time.",
        "What are the opening hours of the HMRC self assessment line 0300 200 3310?",
    ],
    "marking_words": [
        "What does OFFICIAL-SENSITIVE mean in the Government Security Classifications?",
        "How should a civil servant handle a document marked SECRET?",
        "Is TOP SECRET higher than SECRET in the UK scheme?",
        "Write a training slide explaining the three classification tiers.",
        "Can OFFICIAL information be sent by normal e-mail?",
    ],
    "historic_date": [
        "What happened on 5 July 1948?",
        "Why is 23 June 2016 significant?",
        "Describe the events of 6 June 1944.",
        "What changed on 15 February 1971 in the UK?",
        "What was signed on 10 April 1998?",
        "Why is 14 October 1066 remembered?",
        "What happened at Peterloo on 16 August 1819?",
        "Summarise the General Strike that began on 4 May 1926.",
        "What happened on 1 January 1973 for Britain and Europe?",
        "Why was 11 November 1918 important?",
    ],
}


def _struct_public() -> list[str]:
    return [
        '{"service": "passport", "standard_weeks": 3, "fee_gbp": 88.50}',
        "region,claims,month\nNorth West,41230,2026-09\nWales,18044,2026-09",
        "tool: get_bank_holidays\nparams: {\"division\": \"england-and-wales\", \"year\": 2027}",
        "<Office><Name>Swansea contact centre</Name><Opens>08:00</Opens></Office>",
        "SELECT region, COUNT(*) FROM claims GROUP BY region;",
        "rates:\n  personal_allowance: 12570\n  basic_rate: 0.20",
        "form_id=SA100&version=2025&lang=cy",
        '{"name": "lookup_postcode_district", "arguments": {"district": "LS1"}}',
    ]


def hard_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for sub, texts in GROUPS.items():
        for t in texts:
            rows.append(row(t, "public", f"hard:{sub}", "handwritten:holdout7_hard"))
    for t in _struct_public():
        rows.append(row(t, "public", "hard:public_structured", "handwritten:holdout7_hard"))
    sentences = [
        "The library opens at nine on weekdays.",
        "Please bring two forms of ID to the appointment.",
        "The Act received Royal Assent in 2018.",
        "Bus route 36 is diverted this weekend.",
    ]
    for i, s in enumerate(sentences):
        e1 = base64.b64encode(s.encode()).decode()
        e2 = urllib.parse.quote(s) if i % 2 else s.encode().hex()
        rows.append(row(f"decode this please: {e1}", "public", "hard:encoded_public", "handwritten:holdout7_hard"))
        rows.append(row(f"what does {e2} say?", "public", "hard:encoded_public", "handwritten:holdout7_hard"))
    return rows
