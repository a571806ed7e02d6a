"""Public rows built from frames: vignettes, maths problems, market codes, company
numbers, statute and document citations (held-out set 4's generated hard negatives).

Codes with check digits are either published (``holdout4_sources``) or generated with
python-stdnum's check-digit functions, so a classifier cannot tell them from personal
identifiers by arithmetic alone; only the context says they are public.
"""

from __future__ import annotations

from stdnum import ean, isbn

from benchmarks.data import holdout4_public as pub
from benchmarks.data import holdout4_sources as src
from benchmarks.data.holdout4_fill import Row
from benchmarks.data.holdout4_gen import NAME_LOCALES, Gen

ISIN_FRAMES = ("What is the ISIN {code} ({what})? Explain each part of the code.",
               "Our pension fund holds {what}, ISIN {code}. What is its sector?",
               "isin {code} - is this the primary listing of {what}?")
SEDOL_FRAMES = ("SEDOL {code} is {what}'s London line. How is a SEDOL check digit computed?",
                "Find the LSE ticker for SEDOL {code} ({what}).")
ISSN_FRAMES = ("What is the ISSN {code}? I think it's {what}.",
               "Format a Harvard reference for an article in {what} (ISSN {code}).")
ISBN_FRAMES = ("Is ISBN {code} the hardback or paperback edition?",
               "Add ISBN {code} to the library's reading list for the policy course.",
               "The book with ISBN {code} is out of print. How do I request an inter-library loan?")
EAN_FRAMES = ("Barcode {code} scans as an unknown product at the till. What does the 50 prefix mean?",
              "Stock list: EAN {code}, 24 units, aisle 6. Reformat as a table.",
              "Is {code} a valid EAN-13? Show the check-digit calculation.")
COMPANY_FRAMES = ("Companies House number {code} is {what}. Where do I find its latest accounts?",
                  "{what} (company no. {code}) - who are its current directors, according to the register?",
                  "Check the filing history for company {code}, {what}.")
STATUTE_FRAMES = ("What does {code} say, in plain English?", "Is {code} still in force?",
                  "Summarise the test set out in {code}.",
                  "Our policy cites {code}; is that the right provision for data sharing?")
DOC_FRAMES = ("Where can I find {code} and what does it cover?", "Summarise {code} in 150 words.",
              "Is {code} the latest version?")
PUBLIC_ENCODED = ("The consultation closes on 30 September.", "Bins are collected on Tuesdays.",
                  "Office opening hours are 9 to 5, Monday to Friday.",
                  "The meeting is moved to room 4.12.", "Please read the attached guidance.",
                  "Budget 2025: the personal allowance is frozen.",
                  "Service status: all systems operational.", "Reminder: fire drill at 11am.")


def _row(text: str, category: str, source: str) -> Row:
    return {"text": text, "sensitive": False, "level": "public", "kinds": [],
            "optional_kinds": [], "category": category, "source": source, "values": []}


def vignette_rows(g: Gen, n: int) -> list[Row]:
    rows = []
    for i in range(n):
        frame = pub.VIGNETTE_FRAMES[i % len(pub.VIGNETTE_FRAMES)]
        age = g.rng.randint(18, 89)
        text = frame.format(age=age, Age=age, sex=g.pick(("man", "woman", "male", "female")),
                            complaint=g.pick(pub.VIGNETTE_COMPLAINTS))
        rows.append(_row(text, "hard:clinical_vignette", "handwritten:holdout4_public"))
    return rows


def maths_rows(g: Gen, n: int) -> list[Row]:
    rows = []
    for i in range(n):
        loc_a, loc_b = g.pick(NAME_LOCALES), g.pick(NAME_LOCALES)
        a, b = g.faker(loc_a).first_name(), g.faker(loc_b).first_name()
        if a == b:
            b = g.faker(loc_b).first_name()
        text = pub.MATHS_FRAMES[i % len(pub.MATHS_FRAMES)].format(a=a, b=b)
        rows.append(_row(text, "hard:maths_invented_names",
                         f"handwritten:holdout4_public; faker:{loc_a}/{loc_b}.first_name"))
    return rows


def _isbn(g: Gen) -> str:
    body = "978" + g.pick(("0", "1", "1", "0")) + g.digits(8)
    full = body + ean.calc_check_digit(body)  # ISBN-13 uses the EAN-13 check
    return isbn.format(full)


def _ean(g: Gen) -> str:
    body = "50" + g.digits(10)
    return body + ean.calc_check_digit(body)


def code_rows(g: Gen) -> list[Row]:
    rows = []
    for i, (what, code) in enumerate(src.ISINS):
        rows.append(_row(ISIN_FRAMES[i % 3].format(code=code, what=what), "hard:isin",
                         "published:issuer_isin (check digit confirmed with python-stdnum)"))
    for i, (what, code) in enumerate(src.SEDOLS):
        rows.append(_row(SEDOL_FRAMES[i % 2].format(code=code, what=what), "hard:sedol",
                         "published:sedol_from_gb_isin"))
    for i, (what, code) in enumerate(src.ISSNS):
        rows.append(_row(ISSN_FRAMES[i % 2].format(code=code, what=what), "hard:issn",
                         "published:journal_issn"))
    for i in range(10):
        rows.append(_row(ISBN_FRAMES[i % 3].format(code=_isbn(g)), "hard:isbn",
                         "generator:h4_isbn13_stdnum_check"))
    for i in range(8):
        rows.append(_row(EAN_FRAMES[i % 3].format(code=_ean(g)), "hard:ean",
                         "generator:h4_ean13_gs1_uk_prefix_stdnum_check"))
    for i, (what, code) in enumerate(src.COMPANY_NUMBERS):
        rows.append(_row(COMPANY_FRAMES[i % 3].format(code=code, what=what),
                         "hard:company_number",
                         "published:companies_house_number (quoted from memory)"))
    for i, code in enumerate(src.STATUTES):
        rows.append(_row(STATUTE_FRAMES[i % 4].format(code=code), "hard:statute_citation",
                         "handwritten:holdout4_sources (public legislation and case citations)"))
    for i, code in enumerate(src.PUBLIC_DOC_REFS):
        rows.append(_row(DOC_FRAMES[i % 3].format(code=code), "hard:public_document_ref",
                         "handwritten:holdout4_sources (public document references)"))
    return rows


def list_rows(items: tuple[str, ...], category: str) -> list[Row]:
    return [_row(t, category, "handwritten:holdout4_public") for t in items]


def topic_rows(g: Gen, n: int) -> list[Row]:
    pairs = [(t, p) for t in pub.TASKS for p in pub.TOPICS]
    g.rng.shuffle(pairs)
    return [_row(t.format(t=p), "public:general_task", "handwritten:holdout4_public")
            for t, p in pairs[:n]]
