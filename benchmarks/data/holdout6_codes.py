"""Held-out set 6 hard negatives with numbers and codes that belong to nobody.

Product and market codes (ISBN-13, ISIN, SEDOL, EAN-13) with check digits computed
by python-stdnum, references of public documents, statute and case citations,
historic dates, company numbers, identifier words without a value, organisation
helplines, public structured data, public encoded text, code and marking words.
"""

from __future__ import annotations

import base64
import random
import string
import urllib.parse

from stdnum import ean, isbn, isin
from stdnum.gb import sedol

from benchmarks.data.holdout6_common import Row, pub
from benchmarks.data.holdout6_values import digits

ISBN_FRAMES = ("Is ISBN {v} the paperback or the hardback edition?", "library catalogue: isbn {v} - 3 copies, 1 on "
    "loan",
               "Cite this book properly for me: ISBN {v}, published 2019.", "Order two copies of {v} for the staff "
                   "library.",
               "The reading list gives ISBN {v}; is there a large-print version?")
ISIN_FRAMES = ("What is the coupon on the gilt with ISIN {v}?", "Fund factsheet lists ISIN {v} — accumulation or "
    "income units?",
               "ISIN: {v} | currency GBP | exchange LSE", "Convert ISIN {v} to its SEDOL for the trade ticket.",
               "Does the index tracker {v} hold any tobacco stocks?")
SEDOL_FRAMES = ("SEDOL {v} — is this the Class A share line?", "Look up the price of SEDOL {v} on the LSE.",
                "Our pension fund switched into {v} (SEDOL) last quarter; what's its ongoing charge?")
EAN_FRAMES = ("Barcode {v} won't scan at the till, what product is it?", "EAN-13 {v}: 500 g porridge oats, case of 12",
              "Stock check: {v} x 40 units, aisle 7", "Is {v} a valid EAN? The check digit looks odd.")

DOC_REFS = (
    "What changed in The Universal Credit (Transitional Provisions) Regulations 2014, SI 2014/1230?",
    "Summarise HMRC's Employment Income Manual page EIM32760 on working from home.",
    "Where can I read Command Paper CP 1089?", "What is in HC 1131 (the Home Affairs Committee report)?",
    "Explain the purpose of form SA100 and its supplementary pages SA102 and SA103S.",
    "Is DWP form CA9176 still used for change of circumstances?", "What does the VAT Notice 700/22 cover?",
    "Find the DVLA leaflet INF104 about medical conditions and driving.",
    "Which NICE guideline is NG136 (hypertension in adults)?", "What does Practice Direction 51ZB cover?",
    "Give me the gist of Statutory Guidance 'Keeping children safe in education 2024'.",
    "Is form D81 (statement of information for a consent order) still required?",
)
STATUTES = (
    "What does section 21 of the Housing Act 1988 allow a landlord to do?",
    "Explain section 149 of the Equality Act 2010 (the public sector equality duty).",
    "What was decided in Donoghue v Stevenson [1932] UKHL 100?",
    "Summarise R (Miller) v Prime Minister [2019] UKSC 41.", "What are the data protection principles in Article 5 "
        "UK GDPR?",
    "Does section 11 of the Landlord and Tenant Act 1985 cover damp?",
    "What is the offence in section 170 of the Road Traffic Act 1988?",
    "Explain Schedule 1 to the Data Protection Act 2018, part 2, paragraph 6.",
    "What did Montgomery v Lanarkshire Health Board [2015] UKSC 11 change about consent?",
    "Is section 3 of the Human Rights Act 1998 about interpreting legislation?",
    "What does regulation 4 of the Social Security (Claims and Payments) Regulations 1987 say about claims?",
    "Explain the Children Act 1989, section 17, children in need.",
)
DATES = (
    "What happened on 5 July 1948?", "Why is 11 November 1918 remembered?", "What changed on 1 January 1973 for the "
        "UK?",
    "What was signed on 15 June 1215?", "Describe the events of 6 June 1944 in Normandy.",
    "What happened in the UK referendum of 23 June 2016?", "Why does 14 October 1066 matter?",
    "What was decimalisation day, 15 February 1971?", "what happened on 20 july 1969",
    "What did the Representation of the People Act of 6 February 1918 do?",
)
ID_WORDS = (
    "Where do I find my NHS number if I've never been given one?", "What does a National Insurance number look like?",
    "How do I get a replacement Unique Taxpayer Reference letter?", "Why does my passport have a 9-digit number?",
    "what is the 16 character driving licence number made of", "What is an IBAN and when do I need one?",
    "Can I use my BRP number to prove my right to work?", "How long is a UK sort code?",
    "What does the CVV on a debit card do?", "Do I need my NI number to start a new job?",
    "How does the check digit in an NHS number work?", "Why do number plates have an age identifier?",
)
HELPLINES = (
    "Is 0300 200 3310 the right number for the Self Assessment helpline?", "What are the opening hours for NHS 111?",
    "The DVLA contact number on gov.uk is 0300 790 6801 — is that for licences?",
    "Should I call 101 or 999 to report a burglary that happened last week?",
    "Which number do I ring for the Universal Credit helpline, and is it free from mobiles?",
)
FIRMS = ("Harrowgate Ferries plc", "Lindisfarne Water plc", "Severn Valley Foods plc", "Pennine Cable plc",
         "Thamesmead Insurance plc", "Glenmorven Distillers plc", "Cardigan Bay Energy plc", "Ouse Bridge Holdings plc")
CODE = (
    "def luhn_ok(num: str) -> bool:\n    total = 0\n    for i, d in enumerate(reversed(num)):\n        n = "
        "int(d) * (2 if i % 2 else 1)\n        total += n - 9 if n > 9 else n\n    return total % 10 == 0\n\nwhy "
        "does this return True for every 16-digit string?",
    "Regex review: ^[A-CEGHJ-PR-TW-Z]{2}\\d{6}[A-D]$ — does this match every valid NINO format?",
    "SELECT COUNT(*) FROM claims WHERE status = 'open' AND created_at < '2024-01-01'; -- why is it slow?",
    "fix this: for row in csv.DictReader(f): total += row['amount']  # TypeError: unsupported operand",
    "const re = /\\b\\d{3}\\s?\\d{3}\\s?\\d{4}\\b/g; // is this enough to find NHS numbers in free text?",
    "In pandas, how do I mask the 'nino' column before exporting? df['nino'] = ...",
)
MARKING_WORDS = (
    "What is the difference between OFFICIAL and OFFICIAL-SENSITIVE in the Government Security Classifications?",
    "Can OFFICIAL information be emailed to a personal address?", "how do i mark a document 'sensitive' in word",
    "Explain who can see material classified as SECRET in the policy, in general terms.",
    "Is TOP SECRET still the highest classification in the UK scheme?",
)
ORG_REFS = (
    "Our supplier's VAT registration is on their invoices; do we need it for the purchase order?",
    "What is the charity number of the Royal National Lifeboat Institution used for?",
    "Where do I find the GP practice code (ODS code) for my surgery?",
    "Tender ref CF-2024-0117 closes at noon on Friday — what documents are needed?",
    "Invoice INV-20431 from the stationery supplier is overdue; template reminder please.",
)


def _isbn(rng: random.Random) -> str:
    body = rng.choice(["978184", "978014", "978000", "978199", "979108"]) + digits(rng, 6)
    v = body + ean.calc_check_digit(body)  # an ISBN-13 check digit is the EAN-13 one
    assert isbn.is_valid(v)
    return rng.choice([v, f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}"])


def _isin(rng: random.Random) -> str:
    cc = rng.choice(["GB00", "IE00", "LU0", "US"])
    body = cc + "".join(rng.choice(string.digits + string.ascii_uppercase[:6]) for _ in range(11 - len(cc)))
    v = body + isin.calc_check_digit(body)
    assert isin.is_valid(v)
    return v


def _sedol(rng: random.Random) -> str:
    body = rng.choice("BCDFGH") + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(5))
    v = body + sedol.calc_check_digit(body)
    assert sedol.is_valid(v)
    return v


def _ean(rng: random.Random) -> str:
    body = rng.choice(["50", "501", "502", "40", "87"]) + digits(rng, 10)
    body = body[:12]
    v = body + ean.calc_check_digit(body)
    assert ean.is_valid(v)
    return v


def build_codes(rng: random.Random) -> list[Row]:
    """About 120 public rows with codes, citations and public structured data."""
    rows = []
    for frames, make, sub, n in ((ISBN_FRAMES, _isbn, "isbn13", 10), (ISIN_FRAMES, _isin, "isin", 10),
                                  (SEDOL_FRAMES, _sedol, "sedol", 6), (EAN_FRAMES, _ean, "ean13", 8)):
        for i in range(n):
            rows.append(pub(frames[i % len(frames)].format(v=make(rng)), f"hard:{sub}",
                            f"generator:h6_{sub}_stdnum_check"))
    for group, texts in (("document_ref", DOC_REFS), ("statute", STATUTES), ("historic_date", DATES),
                         ("identifier_words", ID_WORDS), ("helpline", HELPLINES), ("code", CODE),
                         ("marking_words", MARKING_WORDS), ("org_ref", ORG_REFS)):
        rows += [pub(t, f"hard:{group}", f"handwritten:holdout6_codes.{group}") for t in texts]
    for i, firm in enumerate(FIRMS):
        num = f"{rng.choice(['0', 'SC', '0', 'NI'])}{digits(rng, 6)}"
        num = num.zfill(8) if num[0].isdigit() else num
        frame = ["{f} (company number {n}) has announced its results; what is a 'final dividend'?",
                 "Companies House lists {f} as company no. {n}. Is it a public limited company?",
                 "Annual report of {f}, registered in England No. {n}: explain the going-concern note."][i % 3]
        rows.append(pub(frame.format(f=firm, n=num), "hard:company_number", "generator:h6_company_number_layout"))
    rows += _structured(rng) + _encoded(rng)
    return rows


PUBLIC_SENTENCES = (
    "The library is open from 9am to 5pm on weekdays.", "Bin collections move to Saturday after the bank holiday.",
    "Apply for a blue badge through your local council.", "Tax returns for the year are due on 31 January.",
    "Clocks go back one hour on the last Sunday in October.", "Free school meals are available to eligible families.",
    "The consultation closes on 30 September.", "Book your MOT up to a month before it runs out.",
)


def _encoded(rng: random.Random) -> list[Row]:
    rows = []
    for i, s in enumerate(PUBLIC_SENTENCES):
        enc = [base64.b64encode(s.encode()).decode(), urllib.parse.quote(s), s.encode().hex(),
               base64.urlsafe_b64encode(s.encode()).decode()][i % 4]
        rows.append(pub(f"What does this decode to? {enc}", "hard:encoded_public", "handwritten:holdout6_codes"))
    return rows


def _structured(rng: random.Random) -> list[Row]:
    texts = (
        '{"service": "passport", "standard_weeks": 3, "fast_track_fee_gbp": 178, "channel": "online"}',
        "region,claims,change_pct\nNorth East,41230,-2.1\nWales,38810,1.4\nLondon,210455,0.8",
        '{"name": "get_bin_day", "arguments": {"council": "Cheshire West and Chester", "ward": "Hoole"}}',
        "service: appointments\nreplicas: 3\nlog_level: info\nretention_days: 30\n",
        '<Form id="SA100" year="2025"><Box n="1">Employment income</Box></Form>',
        "| tax band | rate |\n|---|---|\n| basic | 20% |\n| higher | 40% |\n| additional | 45% |",
        "GET /api/v1/offices?postcode_district=LS1&service=passport HTTP/1.1",
        '{"tool": "search_guidance", "args": {"query": "statutory sick pay rate 2025", "max_results": 5}}',
        "date,event\n1948-07-05,NHS founded\n1971-02-15,Decimal Day\n1999-07-01,Scottish Parliament powers",
        "[retention]\ncase_notes_years = 6\naudit_log_years = 7\nbackups = nightly",
        "INSERT INTO offices (name, town, opening) VALUES ('Jobcentre Plus', 'Wrexham', '09:00');",
        '{"form": "P87", "fields": ["employer_name", "expense_type", "amount"], "required": true}',
    )
    return [pub(t, "hard:public_structured", "handwritten:holdout6_codes") for t in texts]
