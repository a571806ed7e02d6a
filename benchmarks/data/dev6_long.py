# ruff: noqa: E501  (hand-written paragraphs: one per line, as a reader reads them)
"""Long public documents and unfilled templates for development set 6 (`dev6_rules.py`).

Written by hand for issue 9's seventh pass from the categories of set 6's false
positives (by category only: long public documents of 4-12 KB and unfilled letter
templates). No held-out set was read. Each long document is built from paragraphs of
one genre (legislation, guidance, report, literature) in a seeded order, so that the
features which make rules fire in real documents (section numbers, ages in eligibility
rules, dates, statistics, helpline numbers and organisation addresses, cue words for
identifiers with no value, conditions named in general terms, first-person narrators)
appear many times over, as they do in the real thing.
"""

from __future__ import annotations

import random

__all__ = ["LONG_GENRES", "TEMPLATES", "long_documents"]

LEGISLATION = (
    '1 Interpretation. (1) In these Regulations— "the 2012 Act" means the Welfare Reform Act 2012; "claimant" means a person who has made a claim for universal credit; "national insurance number" has the meaning given in regulation 9 of the Social Security (Crediting and Treatment of Contributions, and National Insurance Numbers) Regulations 2001; "qualifying young person" means a person who has reached the age of 16 but not the age of 20 and is undertaking approved training.',
    "2 Conditions of entitlement. (1) A person is entitled to an allowance under this Part if— (a) he or she has attained the age of 18; (b) he or she is in Great Britain; (c) he or she is not receiving education; and (d) he or she has limited capability for work. (2) A person who is pregnant is to be treated as having limited capability for work during the period beginning 6 weeks before the expected week of confinement and ending 14 days after the day on which the pregnancy ends.",
    "3 Evidence of identity. (1) The Secretary of State may require a claimant to provide a national insurance number, a date of birth and such other information as may be specified. (2) Where a claimant does not have a national insurance number, an application for one must be made under section 182C of the Social Security Administration Act 1992. (3) Paragraph (1) does not apply to a child under the age of 16.",
    "4 Disclosure of convictions. (1) A person with a spent conviction shall be treated for all purposes in law as a person who has not committed or been charged with or prosecuted for or convicted of or sentenced for the offence or offences which were the subject of that conviction (section 4 of the Rehabilitation of Offenders Act 1974). (2) A custodial sentence of more than 48 months is never spent.",
    "5 Special category data. (1) Processing of personal data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, or trade union membership, and the processing of genetic data, biometric data for the purpose of uniquely identifying a natural person, data concerning health or data concerning a natural person's sex life or sexual orientation shall be prohibited. (2) Paragraph 1 shall not apply if the data subject has given explicit consent.",
    '6 Amendments. In Schedule 2 to the Data Protection Act 2018, in paragraph 4 (immigration), for sub-paragraph (1)(b) substitute— "(b) the investigation or detection of activities that would undermine the maintenance of effective immigration control,". Regulation 7 of the Immigration (European Economic Area) Regulations 2016 (S.I. 2016/1052) is revoked. These Regulations come into force on 1st April 2025.',
    "7 Rates. (1) The weekly rate of the allowance is— (a) £92.05 in the case of a person aged under 25; (b) £116.15 in the case of a person aged 25 or over. (2) The daily rate is one seventh of the weekly rate, rounded up to the nearest penny. Regulation 8 (2) of, and Schedule 3 to, the 2013 Regulations apply as if references to 2024 were references to 2025.",
    "8 Registration of births. (1) The birth of every child born in England and Wales shall be registered within 42 days of the date of birth by the registrar of births and deaths for the sub-district in which the child was born. (2) The particulars to be registered are the name and surname, the sex, the date and place of birth, and the names, places of birth and occupations of the parents (Births and Deaths Registration Act 1953, section 1).",
    "9 Vehicle registration marks. (1) A registration mark shall consist of two letters denoting the local memory tag, two numbers denoting the age identifier and three letters chosen at random, for example in the form AB 12 CDE. (2) Marks issued between 1983 and 2001 take the prefix form A123 BCD. (3) The Secretary of State may withdraw a mark which is offensive.",
    "10 Offences. (1) A person who, for the purpose of obtaining any benefit, makes a statement which he knows to be false is guilty of an offence. (2) A person guilty of an offence under subsection (1) is liable on summary conviction to imprisonment for a term not exceeding 3 months, or to a fine not exceeding level 5 on the standard scale, or to both; on conviction on indictment to imprisonment for a term not exceeding 7 years.",
)

GUIDANCE = (
    "Who can apply. You can apply for Pension Credit if you have reached State Pension age and live in England, Scotland or Wales. If you live with a partner, you will need to give their details too. You will need your National Insurance number, information about any income, savings and investments, and your bank account details. Call the Pension Credit claim line on 0800 99 1234 (textphone 0800 169 0133), Monday to Friday, 8am to 6pm.",
    "What you'll need. When you apply you'll be asked for your date of birth, your address, your passport number if you have one, and the date you came to the UK. If you do not have a passport you can use another form of identification, such as a driving licence or a biometric residence permit. Do not send original documents unless we ask you to.",
    "If you have a health condition or disability. You may be able to get extra help if you have a long-term physical or mental health condition, such as arthritis, multiple sclerosis, depression or a learning disability. You do not need to have worked or paid National Insurance to qualify. Your doctor does not need to fill in the form, but it helps if you send copies of letters from your GP, consultant or occupational therapist.",
    "Pregnancy and maternity. If you're pregnant you're entitled to paid time off for antenatal care. You must tell your employer that you're pregnant at least 15 weeks before the beginning of the week your baby is due. Statutory Maternity Pay is paid for up to 39 weeks: 90% of your average weekly earnings for the first 6 weeks, then £184.03 or 90% (whichever is lower) for the next 33 weeks.",
    "Contact us. Write to: Child Benefit Office, PO Box 1, Newcastle upon Tyne, NE88 1AA. You'll need to include your name, address, National Insurance number and Child Benefit number on all letters. Telephone: 0300 200 3100. Outside the UK: +44 161 210 3086. Find out about call charges. If you are deaf or hard of hearing you can use Relay UK: dial 18001 then 0300 200 3100.",
    "Reporting a change. You must report a change of circumstances as soon as possible, for example if you move house, your child leaves school, you start or stop living with a partner, or you go into hospital. If you are over 80 you may be entitled to an extra 25p a week. A child aged 16 to 19 who is in full-time non-advanced education or approved training can still be counted.",
    "Criminal record checks. A basic DBS check shows unspent convictions and conditional cautions. A standard check also shows spent convictions and cautions that are not protected. An enhanced check may include information held by local police. Anyone aged 16 or over can apply for a basic check; it costs £21.50 and usually takes up to 14 days. Employers cannot ask you about spent convictions unless the role is exempt.",
    "Identity documents for overseas applicants. Applicants from other countries can prove their identity with a national identity card, a passport or a residence permit. The document number, the issuing country and the expiry date must be entered exactly as printed. Examples of formats: a Spanish DNI has 8 digits and a check letter, an Italian codice fiscale has 16 characters, and a US Social Security number has 9 digits in three groups.",
    "Mental health at work. Around 1 in 6 workers experience a common mental health problem such as anxiety or depression in any given week. Managers should hold regular one-to-one meetings, make reasonable adjustments where needed, and signpost employees to the Employee Assistance Programme (freephone 0800 030 5182, 24 hours a day). Conversations about health should be held in private and recorded only with the employee's agreement.",
    "Parking permits. Residents of controlled parking zones can apply for one permit per household. You'll need the vehicle registration number, proof that you live in the zone and proof that the vehicle is registered to you at that address. Permits cost £120 a year for most vehicles; electric vehicles pay £30. Blue Badge holders park free in resident bays.",
)

REPORT = (
    "Summary of findings. In the year to March 2024 there were 1,284,000 new claims, up 4.2% on the previous year. The median age of claimants was 41; 18% were aged 60 or over and 7% were aged under 25. Around 37% of claimants reported a disability, most commonly a mental health condition (42%), a musculoskeletal condition (27%) or a learning disability (6%).",
    "Methodology. The survey was sent to a random sample of 12,500 households drawn from the Postcode Address File. Responses were weighted by age, sex, region and tenure to the 2021 Census population estimates. Fieldwork took place between 4 September and 17 November 2023. The response rate was 46%. Confidence intervals are given at the 95% level; differences described as significant are significant at p < 0.05.",
    "Table 3.2: Reasons for contacting the service, 2022-23 (percentages). Benefit payments 31; housing 19; debt 14; employment 11; immigration 8; family and relationships 7; health and disability 6; other 4. Base: 48,221 contacts. Source: Citizens Advice management information, 2023. Note: figures may not sum to 100 because of rounding.",
    "Case study (anonymised). A woman in her forties who had recently been diagnosed with a long-term condition contacted the helpline after her payments stopped. An adviser helped her request a mandatory reconsideration, and the decision was overturned after 11 weeks. Names and identifying details have been changed or removed to protect the people who took part in the research.",
    "Recommendations. 1. The department should publish its target processing times and report against them quarterly. 2. Decision letters should be written in plain English and tested with users who have low literacy, dyslexia or a visual impairment. 3. The department should collect data on the ethnicity, religion and sexual orientation of claimants so that it can monitor the equality impact of its policies, in line with the Public Sector Equality Duty.",
    "Regional variation. The proportion of households in fuel poverty ranged from 9.4% in the South East to 18.1% in the West Midlands. Households with a member aged 75 or over, and households where someone has a long-term illness, were more likely to be in fuel poverty. The Office for National Statistics (ONS), 1 Drummond Gate, London SW1V 2QQ, publishes the underlying data each February.",
    "Crime and justice. There were 89,000 people in prison in England and Wales at the end of June 2024, of whom 96% were men. The reoffending rate for adults released from custody was 36.8%. Of those convicted of an indictable offence, 34% received an immediate custodial sentence. Black people were 3.5 times more likely to be stopped and searched than white people.",
    "Annex B: Glossary. Claimant: a person who has made a claim. Date of birth: the date recorded on the birth certificate. National Insurance number: a reference number, in the format two letters, six numbers and one letter, used for contributions. NHS number: a 10-digit number given to everyone registered with the NHS in England and Wales. UTR: a 10-digit Unique Taxpayer Reference issued by HMRC.",
)

LITERATURE = (
    "It was a bright cold day in April, and the clocks were striking thirteen. I had walked from the station with my collar turned up against the wind, thinking of my mother, who had been ill all winter and who now sat by the window of the little house on Chapel Street, watching the road for the carrier's cart. She was sixty-three that spring, though she looked older.",
    "My father was a quiet man who had worked forty years at the mill and had never, so far as I knew, spoken a word against any living soul. When the doctor told him that his lungs were finished he only nodded and asked whether he might still keep his pigeons. He died in the November, and we buried him in the churchyard beside my grandmother, who had been a Methodist all her life.",
    '"You are nineteen years old," said my aunt, setting down her cup, "and you have no more sense than a goose. What will you do in London, with no friends and no money and that cough of yours?" I said I would find work. She said I would find the workhouse, or the river. We did not speak again until the coach came.',
    "The house stood at the end of a long avenue of limes, and its windows looked out over the water meadows towards the church. Old Mr Ashworth had lived there alone since his wife's death, attended by a housekeeper and a boy who saw to the horses. In the village it was said that he had been a great traveller in his youth, and that he kept a chest of letters from India which no one was allowed to read.",
    "I was born in the year 1632, in the city of York, of a good family, though not of that country, my father being a foreigner of Bremen, who settled first at Hull. He got a good estate by merchandise, and leaving off his trade, lived afterwards at York, from whence he had married my mother, whose relations were named Robinson, a very good family in that country.",
    "In the winter of my twelfth year I fell ill with a fever that kept me in bed for six weeks. My sister read to me every evening from a book of travels, and I remember the pictures better than the words: camels, and a white city on a hill, and a man in a turban who held out his hand to the reader as if to welcome him. When I was well again the book had gone back to the lending library, and I never found it again.",
    'The inspector turned the letter over in his hands. It was addressed in a careful, sloping script to Miss Eleanor Vane, The Old Rectory, Little Hampden, and it bore a London postmark dated the fourteenth. "You say she never received it?" he asked. The housekeeper shook her head. "It came the day after she went away, sir, and nobody has seen her since."',
    "We were married in the spring, in the little chapel by the harbour, and for a year we were as happy as two people can be who have very little money and a great deal of hope. Then the war came, and he went with the others on the morning tide, and I stood on the quay with the baby in my arms until the ship was only a smudge of smoke on the grey sea.",
)

LONG_GENRES: dict[str, tuple[str, ...]] = {
    "legislation": LEGISLATION,
    "guidance": GUIDANCE,
    "report": REPORT,
    "literature": LITERATURE,
}

TEMPLATES = (
    "Dear [Name],\n\nThank you for your application. Please confirm your National Insurance number: ____________ and your date of birth: <date of birth>.\n\nYours sincerely,\n[Caseworker name]\nDepartment for Work and Pensions",
    "Dear {{first_name}} {{last_name}}, your claim reference is {{claim_ref}}. Your NHS number: {{nhs_number}}.",
    "Name: ____________________\nAddress: ____________________\nPostcode: ________\nDate of birth: DD/MM/YYYY\nNI number: QQ 12 34 56 C (example)\nSignature: ____________",
    "Dear Mr/Mrs/Ms ________, we write regarding your tax return for the year ending 5 April 20__. Your UTR: __________.",
    "To: <Full name>\n<Address line 1>\n<Address line 2>\n<Postcode>\n\nDear <Title> <Surname>,\n\nRe: Your Personal Independence Payment claim\n\nWe have received your claim and will contact you to arrange an assessment.",
    "Patient name: [PATIENT NAME]\nDOB: [DOB]\nNHS No: [NHS NUMBER]\nDiagnosis: [DIAGNOSIS]\nMedication: [MEDICATION]",
    "Template letter: 'I, [full name], of [address], declare that I have been diagnosed with [condition] and am unable to work.'",
    "Fill in: My name is ______ and I was born on __/__/____. My passport number is _________.",
    "Hi <first name>, your appointment at <clinic> is on <date> at <time>. Please bring your NHS number (<NHS number>) and a list of your medication.",
    "Claimant: XXXXX XXXXX, NINO: XX 00 00 00 X, DOB: XX/XX/XXXX",
    "Vehicle registration: __ __ ___ . Make/model: ________ . Driver's licence number: ________________",
    "Mobile: +44 7XXX XXXXXX\nEmail: name@example.com\nAddress: [House number] [Street], [Town], [Postcode]",
    "Use this template: 'My son [name], aged [age], has [condition] and needs [support].'",
    "Insert the customer's IBAN: GBXX XXXX XXXX XXXX XXXX XX",
    "Date of birth (DD/MM/YYYY): ___/___/______ Age: ____ Sex: M / F",
    "Name of applicant ........................ Date of birth ......................... National Insurance number ..........................",
    "Passport no.: [      ] Nationality: [      ] Place of birth: [      ]",
    "Dear %NAME%, your case %CASE_ID% has been updated.",
    "Hello $first_name, we have updated your address to $address_line_1, $postcode.",
    "Phone number: (___) ___-____\nSSN: ___-__-____\nDate of birth: mm/dd/yyyy",
    "Dear Claimant,\nYour payment of £[amount] will be made on [date] to account ending [XXXX].",
    "Section A – About you. 1. Full name. 2. Date of birth. 3. National Insurance number. 4. Address. 5. Telephone number. Section B – About your condition. 6. What is your illness or disability? 7. What medication do you take?",
    "Dear [Parent/Carer name],\nYour child [Child's name] (date of birth [DOB]) has been offered a place at [School]. Please reply by [date].",
    "RE: [Claimant name] — NINO [NINO] — Case ref [REF]\nI am writing on behalf of my client, who has [condition], to request a mandatory reconsideration.",
    "Form SA100 guidance: enter your 10-digit Unique Taxpayer Reference (UTR) in box 1, for example 12345 67890. Do not enter your National Insurance number here.",
    "Reference letter template\nTo whom it may concern,\nI have known [NAME] for [NUMBER] years in my capacity as [ROLE]. [He/She] is honest and reliable.\nSigned: __________ Date: __________",
    "Tenancy agreement. This agreement is made on the ___ day of ________ 20__ between [Landlord name] of [Landlord address] (the Landlord) and [Tenant name] (the Tenant), date of birth ___/___/_____, for the property at [property address].",
    "Vehicle details: Registration ____ ____ (e.g. AB12 CDE). Make: ______. Colour: ______. Keeper's date of birth: DD MM YYYY.",
    "Emergency contact: Name ______ Relationship ______ Phone ______ . Medical conditions (e.g. diabetes, epilepsy, asthma): ______ . Medication: ______",
    "Dear <<Title>> <<Surname>>, our records show that your DBS certificate number <<DBS_NO>> expires on <<EXPIRY>>.",
)
"""Unfilled letter templates and forms: placeholders, blanks, masks and example values, no person's data."""


def long_documents(seed: int, per_genre: int = 5) -> list[tuple[str, str]]:
    """(genre, text) pairs: `per_genre` documents of 4-12 KB per genre, paragraphs in a seeded order."""
    rng = random.Random(seed)
    documents = []
    for genre, paragraphs in LONG_GENRES.items():
        for _ in range(per_genre):
            target = rng.randint(4_000, 12_000)
            parts: list[str] = []
            while sum(len(p) + 2 for p in parts) < target:
                order = list(paragraphs)
                rng.shuffle(order)
                parts.extend(order)
            text = ""
            for part in parts:
                if len(text) + len(part) > 12_000:
                    break
                text += ("\n\n" if text else "") + part
            documents.append((genre, text))
    return documents
