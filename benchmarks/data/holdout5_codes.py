# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""Hard negatives of held-out set 5, part 2: codes and references that look
like identifiers but belong to no individual (ISBN, ISIN, SEDOL, EAN-13,
company numbers, statute and case citations, public document references,
order and ticket numbers), historic dates, identifier words without a value,
public structured data, code and encoded public sentences.
"""

from __future__ import annotations

import string

from stdnum import ean, isbn, isin
from stdnum.gb import sedol

from .holdout5_text import Row, b64, hexenc, noisy, pick_styles, urlenc
from .holdout5_values import Values

H = "handwritten:holdout5_codes"


def _isbn13(v: Values) -> str:
    body = "978" + v.rng.choice(["0", "1", "3", "2", "84", "88"])
    body += "".join(v.rng.choice(string.digits) for _ in range(12 - len(body)))
    full = body + ean.calc_check_digit(body)  # ISBN-13 uses the EAN-13 check
    assert isbn.is_valid(full)
    return isbn.format(full) if v.rng.random() < .7 else full


def _isin(v: Values) -> str:
    cc = v.rng.choice(["US", "IE", "LU", "JP", "CA", "FR", "XS"])
    body = cc + "".join(v.rng.choice(string.digits + "ABCDEFGHJK") for _ in range(9))
    return body + isin.calc_check_digit(body)


def _sedol(v: Values) -> str:
    body = v.rng.choice("BCDFG") + "".join(v.rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(5))
    return body + sedol.calc_check_digit(body)


def _ean(v: Values) -> str:
    body = v.rng.choice(["40", "76", "87", "93", "80", "84"]) + "".join(
        v.rng.choice(string.digits) for _ in range(10))
    return body + ean.calc_check_digit(body)


CODE_FRAMES = {
    "isbn": ["Is ISBN {x} the 2nd edition?", "order 6 copies of ISBN {x} for the library",
             "isbn {x} - what's the publisher prefix?", "Reading list: {x} (chapter 4 only)",
             "Which book has ISBN {x}?"],
    "isin": ["What fund has ISIN {x}?", "Add ISIN {x} to the pension scheme's watch list.",
             "the prospectus lists isin {x}", "Is {x} an accumulation share class?",
             "Bond ISIN: {x}, coupon 4.25%"],
    "sedol": ["SEDOL {x} - is it still listed on the LSE?", "Look up the SEDOL {x} for the trust report.",
              "sedol {x} appears twice in the holdings file"],
    "ean": ["Barcode {x} scanned at the till comes up as unknown product", "EAN {x}: 500 ml bottle",
            "product code {x} is out of stock", "What country prefix is in barcode {x}?"],
}


def code_rows(v: Values) -> list[Row]:
    rows = []
    gens = {"isbn": (_isbn13, 10), "isin": (_isin, 10), "sedol": (_sedol, 6), "ean": (_ean, 8)}
    for kind, (gen, n) in gens.items():
        for i in range(n):
            frame = CODE_FRAMES[kind][i % len(CODE_FRAMES[kind])]
            rows.append(Row(frame.format(x=gen(v)), "public", f"hard:{kind}",
                            f"{H}; generator:h5_{kind}_stdnum_check"))
    return rows


STATUTES = [
    "What does section 1 of the Theft Act 1968 say?", "Explain s.47 Offences Against the Person Act 1861.",
    "Summarise Part 2 of the Immigration and Asylum Act 1999.", "Is section 20 of the Children Act 1989 voluntary accommodation?",
    "What is the test under section 3 of the Human Rights Act 1998?", "What does Article 6(1)(e) UK GDPR cover?",
    "Summarise the Supreme Court's reasoning in [2019] UKSC 41.", "What was decided in Donoghue v Stevenson [1932] AC 562?",
    "Explain the Wednesbury test from [1948] 1 KB 223.", "What does regulation 4 of SI 2013/376 cover?",
    "What is paragraph 276ADE(1) of the Immigration Rules?", "Summarise section 2 of the Fraud Act 2006.",
    "What does section 172 of the Road Traffic Act 1988 require?", "Explain s.35 of the Senior Courts Act 1981.",
    "what is CPR 31.6 standard disclosure", "What did R v Jogee [2016] UKSC 8 change?",
    "Explain schedule 1 of the Data Protection Act 2018.", "What is section 44 of the Welfare Reform Act 2012 about?",
    "Does Article 8 ECHR apply to deportation decisions?", "Summarise the effect of the Retained EU Law (Revocation and Reform) Act 2023.",
]
DOC_REFS = [
    "Summarise Cm 9999 in five bullet points.", "What did HC 1333 change in the Immigration Rules?",
    "Where can I find HMRC manual SAM100000?", "Is VAT Notice 700/1 still current?", "What does IR35 guidance ESM0500 say?",
    "Summarise DWP's Decision Makers' Guide chapter L3.", "What is in NICE guideline NG136?",
    "Explain the recommendations of the Francis report (HC 947, 2013).", "What is Practice Direction 27A?",
    "Where is statutory guidance 'Working Together to Safeguard Children 2023' published?",
    "What is form SA302 used for?", "What is the purpose of form P87?", "Is form CH2 the Child Benefit claim form?",
    "What does the DVLA's INF104 leaflet cover?", "Which version of the Green Book (2022) applies to business cases?",
]
HISTORIC_DATES = [
    "What happened on 6 June 1944?", "Why is 1066 important?", "When was the Act of Union between England and Scotland, 1707?",
    "What happened on 9 November 1989?", "What was agreed on 10 April 1998 in Belfast?", "What happened on 23 June 2016?",
    "Why is 5 November 1605 remembered?", "What happened on 15 April 1912?", "what happened on 31 jan 2020",
    "What did the Representation of the People Act of 6 February 1918 do?", "What was signed on 15 June 1215?",
    "What began on 1 September 1939?", "What happened in London on 7 July 2005?", "What happened on 20 July 1969?",
    "Why is 3 September 1752 missing from British calendars?",
]
COMPANIES = [  # quoted from memory; public register data of listed companies
    ("Tesco PLC", "00445790"), ("BP p.l.c.", "00102498"), ("Unilever PLC", "00041424"),
    ("Barclays PLC", "00048839"), ("Vodafone Group Plc", "01833679"), ("GSK plc", "03888792"),
    ("AstraZeneca PLC", "02723534"), ("Lloyds Banking Group plc", "SC095000"),
]
COMPANY_FRAMES = ["Company number {x} ({n}) - when is its confirmation statement due?",
                  "Check Companies House for {n}, registered number {x}.",
                  "Supplier onboarding: {n}, company reg {x}, listed on the LSE.",
                  "is {x} the right company number for {n}?"]
ID_WORDS = [
    "How many digits are in an NHS number and what is the last one for?", "What is a National Insurance number used for?",
    "Where can I find my UTR on HMRC letters?", "How do sort codes work?", "What does the check digit in an IBAN do?",
    "Why do UK number plates have an age identifier?", "What is on the back of a driving licence photocard?",
    "Is a passport number the same as the MRZ?", "How are postcodes structured in the UK?",
    "What is a Unique Pupil Number?", "Do I need my NI number to start a new job?",
    "what's the difference between a CHI number and an NHS number", "How long is a credit card number usually?",
    "What is the Luhn algorithm?", "What is a Biometric Residence Permit number?",
    "Explain the format XX 99 99 99 X used for National Insurance numbers.",
    "What does DOB mean on a form?", "Should staff put date of birth in email subject lines?",
    "What counts as personal data under UK GDPR?", "How do I validate a 10-digit NHS number in Excel?",
]
PUBLIC_STRUCT = [
    '{"tool": "get_opening_hours", "arguments": {"office": "Leeds Jobcentre", "day": "Saturday"}}',
    '{"fund": "UK Gilt Index", "isin_prefix": "GB", "currency": "GBP"}',
    "region,claims,month\nNorth East,41203,2026-10\nWales,38991,2026-10",
    "service: passport-checker\nreplicas: 3\nport: 8443\nlog_level: info",
    '<form id="SA100"><section n="3">Other UK income</section></form>',
    "SELECT region, COUNT(*) FROM claims WHERE month = '2026-10' GROUP BY region;",
    '{"messages":[{"role":"user","content":"what is the VAT rate on children\'s clothes?"}]}',
    "GET /api/postcode-districts?area=LS HTTP/1.1",
    "| form | purpose |\n|---|---|\n| P45 | leaving a job |\n| P60 | end of year certificate |",
    "call get_bank_holidays(division=\"scotland\", year=2027)",
    "[defaults]\ntimezone = Europe/London\nlocale = en_GB",
    "office_code,name,phone\nLDS01,Leeds Tax Office,0300 200 3300",
    '{"vrm_format": "AB12 CDE", "example": true, "source": "DVLA guidance"}',
    "nhs_number: <string, 10 digits>\ndob: <date>\n# schema only, no records",
    "ticket=INC0048213&priority=3&team=estates",
]
CODE = [
    "def luhn_ok(s):\n    total = 0\n    for i, c in enumerate(reversed(s)):\n        d = int(c) * (2 if i % 2 else 1)\n        total += d - 9 if d > 9 else d\n    return total % 10 == 0",
    "Why does this regex not match postcodes? ^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$",
    "SELECT COUNT(*) FROM appointments WHERE status = 'DNA' AND clinic_id = 42;",
    "fix this: for (let i = 0; i <= arr.length; i++) { total += arr[i]; }",
    "How do I mask a column called nino in pandas before export?",
    "kubectl rollout restart deployment/claims-api -n benefits",
    "pytest fails with ModuleNotFoundError: No module named 'stdnum'",
    "What does HTTP 429 mean from the Companies House API?",
    "Write a bash loop that renames report_2026_*.csv to archive/",
    "explain this: awk -F, '{s+=$3} END {print s}' payments.csv",
]
ENCODED_PUBLIC = [
    "The VAT standard rate is 20 percent.", "Universal Credit is paid monthly.",
    "The passport office opens at 9am.", "Bank holiday on 25 December.",
    "Form P60 is issued after the tax year ends.", "Council tax band D is the reference band.",
    "The clinic is closed on Sunday.", "Apply online at GOV.UK.", "Jury service lasts ten working days.",
    "MOT tests are needed after three years.",
]
MARKING_WORDS = [
    "What does OFFICIAL-SENSITIVE mean under the 2024 classification policy?",
    "Can I email a SECRET document from a normal laptop? (asking for training material)",
    "explain the difference between official sensitive and secret",
    "Which handling caveats exist, like PERSONAL and COMMERCIAL?",
    "How should I mark a document that contains no sensitive information?",
    "Is TOP SECRET still a classification in the UK?",
    "Quiz question: what colour is traditionally used for SECRET cover sheets?",
    "What is the 'need to know' principle in government security?",
]
ORG_REFS = [
    "Invoice INV-2026-004418 from the stationery supplier is unpaid.", "Incident INC0048213: the printer on floor 3 jams.",
    "Purchase order 4500123987 needs a second approver.", "Contract CCS-RM6116-07 ends in March.",
    "Ticket #88231 - VPN drops every 20 minutes.", "Change request CHG0019932 is scheduled for Saturday night.",
    "Tender reference TR/2026/0417 closes at noon.", "Grant agreement GA-11782 for the flood scheme was signed.",
    "Batch 20261203-07 of payments failed to upload.", "Room booking 7741 for the all-staff call is confirmed.",
    "Order 300-5518812-4421 from the online bookshop arrived damaged.", "Freedom of Information request FOI2026/01934 has been closed.",
]


def ref_rows(v: Values) -> list[Row]:
    rows = []

    def add(text: str, cat: str, src: str = H) -> None:
        rows.append(Row(noisy(v.rng, text, pick_styles(v.rng)) if "{" not in text else text,
                        "public", cat, src))

    for t in STATUTES:
        add(t, "hard:statute_citation")
    for t in DOC_REFS:
        add(t, "hard:public_document_ref")
    for t in HISTORIC_DATES:
        add(t, "hard:historic_date")
    for i, (n, x) in enumerate(COMPANIES):
        add(COMPANY_FRAMES[i % len(COMPANY_FRAMES)].format(n=n, x=x), "hard:company_number",
            f"{H}; published:companies_house_number (quoted from memory)")
    for i in range(6):
        x = v.rng.choice(["", "SC", "NI", "OC"]) 
        x += "".join(v.rng.choice(string.digits) for _ in range(8 - len(x)))
        n = v.rng.choice(["Harrowgate Fencing Ltd", "Northmoor Data Services Limited", "Kestrel Print LLP",
                          "Glen Affric Timber Ltd", "Bluebell Care Homes Ltd", "Orbit Couriers Limited"])
        add(COMPANY_FRAMES[i % len(COMPANY_FRAMES)].format(n=n, x=x), "hard:company_number",
            f"{H}; generator:h5_company_number_layout")
    for t in ID_WORDS:
        add(t, "hard:identifier_words")
    for t in PUBLIC_STRUCT:
        rows.append(Row(t, "public", "hard:public_structured", H))
    for t in CODE:
        rows.append(Row(t, "public", "hard:code", H))
    for i, t in enumerate(ENCODED_PUBLIC):
        enc = [b64(t), urlenc(t), hexenc(t)][i % 3]
        rows.append(Row(["Decode this: {e}", "what does this say? {e}", "payload={e}"][i % 3].format(e=enc),
                        "public", "hard:encoded_public", f"{H}; encoded:{['base64', 'url', 'hex'][i % 3]}"))
    for t in MARKING_WORDS:
        add(t, "hard:marking_words")
    for t in ORG_REFS:
        add(t, "hard:org_reference")
    return rows
