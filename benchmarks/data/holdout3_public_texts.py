"""Hand-written long-document passages and public texts for held-out set 3 (`build_holdout3.py`).

Split from `holdout3_frames.py` (which keeps the frames for personal rows); written
from scratch for this set like those frames. Placeholders: {v} the value.
"""

from __future__ import annotations

# ---- long documents: public passages (general knowledge, written for this set) -------

PUBLIC_PASSAGES: tuple[str, ...] = (
    "The water cycle describes how water moves between the oceans, the atmosphere and the land. "
    "Heat from the sun evaporates water from seas, lakes and rivers, and plants release more through "
    "transpiration. As moist air rises it cools, and the vapour condenses into tiny droplets that form "
    "clouds. When the droplets merge and grow heavy enough they fall as rain, sleet, hail or snow. Some "
    "precipitation runs off the surface into streams, some soaks into the ground to recharge aquifers, "
    "and some is locked up for long periods in glaciers and ice sheets. The cycle has no beginning or end, "
    "and the total amount of water on Earth stays roughly constant over human timescales.",
    "Roman roads were built to move armies and goods quickly across the empire. Engineers surveyed a "
    "straight line where the terrain allowed, dug a trench, and laid successive layers of large stones, "
    "gravel and finer material before finishing the surface with paving or compacted gravel. A camber "
    "let rainwater drain to ditches on either side. Milestones recorded distances, and way stations "
    "offered fresh horses and lodging. Many modern routes in Britain still follow the alignments of "
    "roads such as Watling Street and the Fosse Way, nearly two thousand years after they were laid.",
    "Photosynthesis is the process by which green plants, algae and some bacteria convert light energy "
    "into chemical energy. Chlorophyll in the chloroplasts absorbs mainly red and blue light. In the "
    "light-dependent reactions water is split, releasing oxygen and producing energy carriers. In the "
    "Calvin cycle those carriers drive the fixation of carbon dioxide into sugars. The overall reaction "
    "takes in carbon dioxide and water and gives out glucose and oxygen. The rate depends on light "
    "intensity, carbon dioxide concentration and temperature, each of which can become a limiting factor.",
    "A local authority's budget is set each year by the full council. Revenue spending pays for "
    "day-to-day services such as social care, waste collection and libraries, while capital spending "
    "pays for long-lived assets like schools, roads and housing. Income comes from council tax, business "
    "rates, government grants and fees and charges. By law the revenue budget must balance, so councils "
    "facing higher demand must find savings, raise charges or draw on reserves. The chief finance officer "
    "reports on the robustness of the estimates and the adequacy of reserves before the budget is agreed.",
    "The printing press with movable type transformed the spread of information in fifteenth-century "
    "Europe. Before it, books were copied by hand and were expensive and rare. Metal type could be set, "
    "inked and pressed many times, and then rearranged for the next page. Within decades presses were "
    "operating in hundreds of towns, and millions of volumes had been printed. Cheaper books helped "
    "standardise spelling, encouraged literacy and allowed scientific and religious ideas to circulate "
    "far faster than before.",
    "Accessibility guidelines for public sector websites ask that content be perceivable, operable, "
    "understandable and robust. In practice that means providing text alternatives for images, making "
    "every function usable from a keyboard, keeping colour contrast high enough to read, labelling form "
    "fields clearly and writing in plain language. Pages should work with screen readers and with text "
    "enlarged to twice its size. Public bodies are expected to publish an accessibility statement that "
    "explains how well their service meets the standard and how to report a problem.",
    "Tides are caused mainly by the gravitational pull of the Moon, with a smaller contribution from the "
    "Sun. The ocean bulges towards the Moon on the near side of the Earth and away from it on the far "
    "side, so most coasts see two high tides and two low tides a day. When the Sun and Moon align, at new "
    "and full moon, their effects add together to give spring tides with a large range; at the quarter "
    "moons they partly cancel, giving smaller neap tides. Local geography can amplify the range greatly, "
    "as in the Severn Estuary.",
    "A good user research plan states what the team needs to learn, who it needs to learn it from and "
    "which methods it will use. Interviews help explore needs and context; usability testing shows "
    "whether people can complete tasks with a prototype; surveys can measure how common a problem is. "
    "Researchers should recruit participants who reflect the service's real users, including people with "
    "access needs and low digital confidence, obtain informed consent, and store any notes securely and "
    "only for as long as they are needed.",
    "The Industrial Revolution began in Britain in the late eighteenth century. Improvements to the steam "
    "engine allowed factories to be built away from rivers, while canals and later railways carried coal, "
    "raw materials and finished goods. Textile production moved from homes into mills, and towns such as "
    "Manchester grew rapidly. Working conditions were often harsh, and a series of Factory Acts gradually "
    "limited working hours and the employment of children.",
    "Compound interest means that interest is earned on previously added interest as well as on the "
    "original sum. If £1,000 is invested at 5 per cent a year compounded annually, it grows to £1,050 after "
    "one year and £1,102.50 after two. The general formula multiplies the principal by one plus the rate, "
    "raised to the number of periods. More frequent compounding gives a slightly higher effective rate. "
    "The same arithmetic explains why debts with high interest rates can grow quickly if only minimum "
    "payments are made.",
    "Recycling systems differ between councils, but most separate paper and card, glass, metal cans and "
    "some plastics. Contamination, such as food left in containers, can cause a whole load to be rejected. "
    "Garden waste is often collected separately and composted at scale. Items such as batteries, small "
    "electrical goods and textiles usually need to go to a household waste recycling centre or a dedicated "
    "collection point because they can cause fires or damage sorting machinery.",
    "Volcanoes form where molten rock reaches the surface, most often at the boundaries of tectonic plates. "
    "At subduction zones one plate sinks beneath another and melting produces sticky, gas-rich magma that "
    "can erupt explosively. At spreading ridges and hotspots the magma is runnier and produces lava flows "
    "and shield volcanoes, as in Iceland and Hawaii. Scientists monitor earthquakes, ground deformation and "
    "gas emissions to judge when an eruption may be approaching.",
)

# Sentences with one personal fact, placed before/after/inside a long passage.
LONG_DOC_PERSONAL: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("For my records: my NHS number is {nhs}.", ("UK_NHS_NUMBER",), "personal"),
    ("P.S. reply to me at {email}, not the shared inbox.", ("EMAIL",), "personal"),
    ("Note: this was sent by {name}, NI number {nino}.", ("UK_NINO",), "personal"),
    (
        "My daughter {first} has epilepsy, so I need the summary in simple words for her.",
        ("SPECIAL_CATEGORY",),
        "special",
    ),
    ("Please post the marked copy to {addr}.", ("UK_POSTCODE",), "personal"),
    ("(Call me on {phone} if anything is unclear.)", ("UK_PHONE",), "personal"),
    ("My date of birth is {dob} if you need it for the form.", ("DATE_OF_BIRTH",), "personal"),
    ("OFFICIAL-SENSITIVE", ("PROTECTIVE_MARKING",), "special"),
)

# ---- public rows (hard negatives and general) ------------------------------------------

PUBLIC_FIGURE_QUESTIONS: tuple[str, ...] = (
    "In which year did Nelson Mandela become President of South Africa?",
    "What was Marie Curie awarded her second Nobel Prize for?",
    "Summarise Clement Attlee's main achievements as Prime Minister.",
    "Which novels did Chinua Achebe write after Things Fall Apart?",
    "How old was Serena Williams when she won her first Grand Slam singles title?",
    "What is Malala Yousafzai known for?",
    "who designed the Clifton Suspension Bridge, Brunel?",
    "List three films directed by Akira Kurosawa.",
    "What party did Harold Wilson lead?",
    "what did Alan Turing contribute to computer science",
    "Where was Frida Kahlo born and what is her house used for now?",
    "When did Angela Merkel stop being Chancellor of Germany?",
    "Explain Tim Berners-Lee's proposal for the World Wide Web.",
    "How many Olympic gold medals did Usain Bolt win?",
    "Which instruments did Ella Fitzgerald's band use on her Songbook recordings?",
    "What was Mo Farah's winning time in the 2012 Olympic 10,000 m?",
    "Describe Jacinda Ardern's response to the Christchurch attack.",
    "Who was the first woman to serve as Speaker of the House of Commons?",
    "What did Rosalind Franklin's Photo 51 show?",
    "Compare the economic policies of Margaret Thatcher and Tony Blair.",
    "When did David Attenborough first present Life on Earth?",
    "Which team did Pelé play for in the 1970 World Cup?",
    "What is Greta Thunberg's school strike campaign called?",
    "How did Florence Nightingale use statistics to change hospital care?",
    "Was Winston Churchill awarded a Nobel Prize, and for what?",
    "What did Wangari Maathai found in Kenya?",
    "How long did Queen Elizabeth II reign?",
    "what is Keir Starmer's background before politics",
    "Name two buildings designed by Zaha Hadid.",
    "Why is Stephen Hawking's book A Brief History of Time famous?",
)
HISTORICAL_FIGURE_TEXTS: tuple[str, ...] = (
    "Henry VIII married six times; list his wives in order.",
    "Why was Anne Boleyn executed in 1536?",
    "What illness did King George III suffer from, according to modern historians?",
    "Explain why Oliver Cromwell refused the crown.",
    "Ada Lovelace published notes on Babbage's Analytical Engine in 1843. What did they contain?",
    "Mary Seacole ran the British Hotel near Balaclava during the Crimean War.",
    "Describe Julius Caesar's crossing of the Rubicon.",
    "Isaac Newton was born in Woolsthorpe in 1642 (Julian calendar). What did he publish in the Principia?",
    "Was Vincent van Gogh's ear injury self-inflicted?",
    "Elizabeth I never married; why is she called the Virgin Queen?",
    "Charles Darwin sailed on HMS Beagle from 1831 to 1836. Which islands influenced his thinking?",
    "How did Emmeline Pankhurst's suffragettes campaign for the vote?",
    "What was Galileo Galilei tried for by the Inquisition?",
    "Frederick Douglass escaped slavery in 1838; summarise his autobiography.",
    "Which languages did Cleopatra VII speak?",
    "Boudica led a revolt against the Romans around AD 60. Which towns did her army burn?",
    "Samuel Pepys described the Great Fire of London in his diary; what did he bury in his garden?",
    "Abraham Lincoln was assassinated in 1865 at Ford's Theatre. Who shot him?",
    "Beethoven was almost totally deaf when he composed his Ninth Symphony — how did he work?",
    "What religion did Henry VIII's break with Rome create?",
    "Why did Gandhi lead the Salt March in 1930?",
    "Explain the significance of Harriet Tubman's work on the Underground Railroad.",
    "What was Napoleon Bonaparte exiled to Saint Helena for?",
    "Shakespeare was baptised in Stratford-upon-Avon in April 1564. When did he die?",
    "Describe the achievements of Ibn Battuta's travels.",
)
CLINICAL_VIGNETTE_FRAMES: tuple[str, ...] = (
    "A {age}-year-old {sex} presents with {symptom}. What is the most likely diagnosis?",
    "Case study: a {age}-year-old {sex} attends the GP with {symptom}. Outline the initial investigations.",
    "MCQ: A {age}-year-old {sex} is brought to A&E with {symptom}. Which of the following is the next step?",
    "For revision: {sex_cap}, {age}, {symptom}. List three differential diagnoses.",
    "Imagine a hypothetical patient, a {age}-year-old {sex} with {symptom}. How should a pharmacist counsel them?",
    "OSCE station: you are seeing a {age}-year-old {sex} who reports {symptom}. Take a focused history.",
)
VIGNETTE_SYMPTOMS: tuple[str, ...] = (
    "crushing central chest pain radiating to the left arm",
    "a two-week history of productive cough and night sweats",
    "sudden onset of the worst headache of their life",
    "polyuria, polydipsia and weight loss",
    "a painless lump in the neck",
    "right iliac fossa pain and a low-grade fever",
    "progressive breathlessness and ankle swelling",
    "low mood, poor sleep and loss of interest for six weeks",
    "a rash on the shins after starting a new antibiotic",
    "painful swollen first metatarsophalangeal joint",
    "blurred vision and a red, painful eye",
    "tremor at rest and slowness of movement",
)
MATHS_FRAMES: tuple[str, ...] = (
    "{first} buys {a} notebooks at £{p} each and pays with a £20 note. How much change does {first} get?",
    "{first} runs {a} km on Monday and {b} km on Tuesday. What is the mean distance per day?",
    "If {first} and {first2} share £{c} in the ratio {a}:{b}, how much does {first2} get?",
    "{first} is {a} years older than {first2}. In {b} years their ages will add up to {c}. How old is {first2} now?",
    "A train leaves at 09:{a:02d} and {first} arrives at the station {b} minutes late. Does {first} catch it "
    "if it waits 5 minutes?",
    "{first} has {c} marbles and gives {a} to {first2}. How many are left?",
    "Word problem: {first} saves £{a} a week. How many weeks until {first} has £{c}?",
)
ORDER_FRAMES: tuple[str, ...] = (
    "Order {v} has been dispatched from the Leeds warehouse.",
    "Ticket {v}: printer on floor 3 jammed again.",
    "Invoice {v} for 40 office chairs is due for payment in 30 days.",
    "PO {v} — 12 pallets of A4 paper, delivery week 34.",
    "Incident {v}: build pipeline failed on the main branch.",
    "Shipment {v} is held at customs pending the commodity code.",
    "Work order {v}: replace the lamp in the car park column 14.",
    "Batch {v} of the vaccine cold-chain loggers passed calibration.",
    "Change request {v} approved by the CAB on Thursday.",
    "RMA {v}: faulty keyboard returned to supplier.",
)
CODE_SNIPPETS: tuple[str, ...] = (
    "def is_valid_nhs_number(number: str) -> bool:\n    digits = [int(c) for c in number if c.isdigit()]\n"
    "    if len(digits) != 10:\n        return False\n    total = sum(d * w for d, w in zip(digits, range(10, "
    "1, -1)))\n"
    "    check = 11 - total % 11\n    return (0 if check == 11 else check) == digits[9]",
    "SELECT postcode, COUNT(*) AS households FROM addresses GROUP BY postcode ORDER BY households DESC LIMIT 10;",
    "const POSTCODE_RE = /^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$/i;\nexport const isPostcode = (s) => "
    "POSTCODE_RE.test(s.trim());",
    "class Customer(BaseModel):\n    name: str\n    email: EmailStr\n    date_of_birth: date | None = None",
    "for i in range(1, 101):\n    print('FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % "
    "5 == 0 else i)",
    "git log --oneline --since='2 weeks ago' -- src/ | wc -l",
    "ALTER TABLE patients ADD COLUMN nhs_number CHAR(10) NOT NULL;\nCREATE UNIQUE INDEX ix_nhs ON patients "
    "(nhs_number);",
    "def luhn_ok(pan):\n    s = 0\n    for i, d in enumerate(reversed(pan)):\n        n = int(d) * (2 if i % 2 "
    "else 1)\n"
    "        s += n - 9 if n > 9 else n\n    return s % 10 == 0",
    "docker run --rm -p 8080:80 -v $(pwd)/site:/usr/share/nginx/html:ro nginx:1.27",
    "import pandas as pd\ndf = pd.read_csv('claims.csv', "
    "parse_dates=['dob'])\nprint(df.groupby('region')['amount'].sum())",
    "regex for a National Insurance number: ^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]$",
    'fn main() {\n    let v: Vec<u32> = (1..=10).collect();\n    println!("{}", v.iter().sum::<u32>());\n}',
    "kubectl -n router rollout restart deployment/sovereign-gateway && kubectl -n router rollout status "
    "deployment/sovereign-gateway",
    '<form>\n  <label for="email">Email</label>\n  <input id="email" type="email" autocomplete="email" '
    "required>\n</form>",
    "awk -F, 'NR>1 {sum += $4} END {print sum/(NR-1)}' readings.csv",
    "interface Address { line1: string; line2?: string; town: string; postcode: string }",
    "SELECT AVG(age) FROM survey_responses WHERE region = 'North East';",
    "@app.get('/healthz')\nasync def healthz():\n    return {'status': 'ok'}",
    "curl -s https://api.example.com/v1/models -H 'Authorization: Bearer $TOKEN' | jq '.data[].id'",
    "hash = hashlib.sha256(record.encode()).hexdigest()  # never log the raw record",
)
GENERAL_PUBLIC: tuple[str, ...] = (
    "How do I apply for a blue badge?",
    "What's the difference between a NINO and a UTR?",
    "How many digits does an NHS number have?",
    "Explain how council tax bands are decided in England.",
    "What are the early symptoms of type 2 diabetes?",
    "Is Ramadan on the same dates every year?",
    "What does the Equality Act 2010 say about protected characteristics?",
    "How do I renew a UK passport online?",
    "Give me a checklist for reporting a pothole.",
    "Write a haiku about autumn in the Lake District.",
    "What is the state pension age going to rise to?",
    "How long does a DBS check usually take?",
    "translate 'where is the nearest library' into Welsh",
    "What are the rules on keeping chickens in a back garden?",
    "Summarise the main causes of the 2008 financial crisis.",
    "What vaccines are offered to children in the UK before age 5?",
    "How is a sort code structured?",
    "What's the best way to get mould off a bathroom ceiling?",
    "Explain what a data protection impact assessment is.",
    "List the stages of grief that are commonly described.",
    "Is it legal to drive with a provisional licence on a motorway?",
    "What is the capital of Mongolia?",
    "draft a polite out-of-office message for the bank holiday",
    "How does the Mediterranean diet affect heart disease risk?",
    "What does HIV stand for and how is it treated today?",
    "Convert 72 degrees Fahrenheit to Celsius.",
    "What is a SEDOL code used for?",
    "Give three tips for writing in plain English.",
    "How do I register a death in England?",
    "What is the difference between a Sikh gurdwara and a Hindu mandir?",
    "Explain how a residents' parking zone works.",
    "How do IBAN check digits work?",
    "What are the symptoms of Lyme disease?",
    "Write a short poem about a lighthouse.",
    "What are the opening hours of most UK post offices?",
    "Which months are best for planting garlic?",
    "What's the typical format of a UK vehicle registration since 2001?",
    "What is the recommended daily fibre intake for adults?",
    "How do I appeal a planning decision?",
    "Explain the offside rule in football.",
)
FORMAT_EXPLANATIONS: tuple[str, ...] = (
    "An NHS number is ten digits, usually written in a 3-3-4 pattern, and the last digit is a check digit.",
    "National Insurance numbers are two letters, six digits and a final letter from A to D.",
    "A UK postcode has an outward code (area and district) and an inward code (sector and unit).",
    "A UTR is ten digits long and is issued by HMRC when you register for Self Assessment.",
    "IBANs start with a two-letter country code followed by two check digits.",
    "Card numbers are checked with the Luhn algorithm; the last digit is the check digit.",
    "UK VAT numbers are nine digits, optionally prefixed with GB.",
    "A driving licence number has 16 characters and encodes part of the surname and the date of birth.",
    "Sort codes are six digits, usually written as three pairs separated by hyphens.",
    "The form asks for your date of birth in DD/MM/YYYY format.",
    "Please enter your phone number including the area code, without spaces.",
    "Your reference number is printed in the top-right corner of the letter.",
    "An ISIN has 12 characters: a country code, a nine-character national code and a check digit.",
    "Email addresses must contain a single @ and a domain name.",
    "SSNs in the US are written as three digits, two digits and four digits.",
)
MARKING_WORD_NEGATIVES: tuple[str, ...] = (
    "What's the secret to a crisp pastry base?",
    "Summarise the plot of The Secret Garden by Frances Hodgson Burnett.",
    "Write a top secret treasure hunt clue for a seven-year-old's party.",
    "What does 'official' mean in 'official statistics'?",
    "Is it rude to ask someone what their secret Santa budget is?",
    "Recommend a book like The Secret History by Donna Tartt.",
    "How sensitive is a smoke alarm to steam from the shower?",
    "Explain why trade secrets are protected in law.",
)
HEALTH_GENERAL: tuple[str, ...] = (
    "What is the recommended treatment for mild asthma in adults?",
    "How does chemotherapy affect the immune system?",
    "What are the warning signs of a stroke?",
    "Is bipolar disorder hereditary?",
    "How common is coeliac disease in the UK?",
    "What does the Church of England teach about baptism?",
    "How do Muslims calculate the start of Eid?",
    "What support is available for people with dementia and their carers?",
    "What are the side effects of sertraline?",
    "How is sickle cell disease inherited?",
    "Explain the difference between type 1 and type 2 diabetes.",
    "What is the history of Pride marches in London?",
    "What are the main branches of Buddhism?",
    "How are fingerprints used in forensic science?",
    "What is a spent conviction under the Rehabilitation of Offenders Act?",
)
HISTORIC_DATES: tuple[str, ...] = (
    "The Battle of Hastings was fought on 14 October 1066.",
    "The NHS was founded on 5 July 1948.",
    "On 20 July 1969 Apollo 11 landed on the Moon.",
    "The Berlin Wall fell on 9 November 1989.",
    "Magna Carta was sealed at Runnymede on 15 June 1215.",
    "The Great Fire of London started on 2 September 1666.",
    "Decimal Day in the UK was 15 February 1971.",
    "The Titanic sank on 15 April 1912.",
    "The Channel Tunnel opened on 6 May 1994.",
    "The first Glastonbury Festival was held on 19 September 1970.",
    "VE Day was celebrated on 8 May 1945.",
    "The euro became legal tender on 1 January 2002.",
)
PUBLIC_STRUCTURED: tuple[str, ...] = (
    '{"sku": "CHAIR-ERGO-02", "price_gbp": 189.00, "stock": 42, "warehouse": "Leeds"}',
    "date,station,rain_mm,max_temp_c\n2024-06-01,Heathrow,0.2,21.4\n2024-06-02,Heathrow,4.8,17.9",
    '{"model": "auto", "messages": [{"role": "user", "content": "What is the capital of Peru?"}]}',
    "region,population,area_km2\nNorth East,2683040,8581\nWales,3131640,20779",
    '{"tool": "get_weather", "arguments": {"city": "Cardiff", "units": "metric"}}',
    "[server]\nhost = 127.0.0.1\nport = 8000\nworkers = 4",
    '{"route": "X43", "from": "Keswick", "to": "Carlisle", "departures": ["07:15", "09:45", "12:15"]}',
    "library,branch_code,opening_hours\nCentral,LIB-001,09:00-19:00\nEastgate,LIB-014,10:00-17:00",
    '{"event": "deploy", "service": "gateway", "version": "1.4.2", "status": "succeeded"}',
    "name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: "
    "actions/checkout@v4",
    '{"function": "search_guidance", "args": {"query": "how to claim a council tax discount", "max_results": 5}}',
    "item,qty,unit_price\nA4 paper (ream),20,4.25\nStapler,3,7.99\nToner cartridge,2,64.00",
    '{"bus_stop": "Market Street", "naptan": "450012345", "routes": ["1", "6", "X84"]}',
    "SELECT * FROM services WHERE status = 'live';",
    '{"title": "Annual report 2023", "pages": 84, "isbn": null, "language": "en"}',
)
ENCODED_PUBLIC_SENTENCES: tuple[str, ...] = (
    "What is the tallest mountain in Wales?",
    "Please summarise the council's recycling policy.",
    "The meeting has moved to Thursday at 10am.",
    "List three causes of the First World War.",
    "How do I reset my router?",
    "Translate good morning into Spanish.",
    "The library reopens on Monday after refurbishment.",
    "What are the benefits of walking every day?",
)
CODE_FRAMES: dict[str, tuple[str, ...]] = {
    "ISBN": (
        "Can you find a summary of the book with ISBN {v}?",
        "ISBN {v} — 3 copies ordered for the branch library.",
        '{{"isbn": "{v}", "format": "paperback"}}',
    ),
    "ISIN": (
        "What sector is the security with ISIN {v} in?",
        "Fund holdings: ISIN {v}, weight 2.3%.",
        "Look up the closing price for {v} (ISIN).",
    ),
    "SEDOL": (
        "Which share has SEDOL {v}?",
        "SEDOL {v} added to the pension fund's watch list.",
    ),
    "EAN": (
        "Barcode {v} scanned at till 3 — product not found in the catalogue.",
        "EAN {v}: 500 ml bottle, case of 12.",
        '{{"gtin": "{v}", "description": "A4 lever arch file"}}',
    ),
}
