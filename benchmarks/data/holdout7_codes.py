# ruff: noqa: E501  (data and frames: one row or passage per line reads best)
"""Product and market codes, public document references, statute and case citations and
company numbers (public hard negatives for held-out set 7). Codes are random digits with
their check characters computed by python-stdnum; frames hand-written.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from stdnum import casrn, cusip, ean, imo, isbn, isin, iso6346, lei
from stdnum.gb import sedol
from stdnum.iso7064 import mod_97_10

from .holdout7_common import row


def _dig(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _ok(module: Any, value: str) -> str:
    """Return the value after python-stdnum has confirmed it."""
    if not module.is_valid(value):
        raise ValueError(value)
    return value


def _alnum(rng: random.Random, n: int, alphabet: str = "BCDFGHJKLMNPQRSTVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


GEN: dict[str, Callable[[random.Random], str]] = {
    "isbn13": lambda r: (lambda b: _ok(isbn, b + ean.calc_check_digit(b)))("978" + r.choice("01") + _dig(r, 8)),
    "sedol": lambda r: (lambda b: b + sedol.calc_check_digit(b))(_alnum(r, 6)),
    "ean13": lambda r: (lambda b: b + ean.calc_check_digit(b))(r.choice(["50", "40", "87", "76"]) + _dig(r, 10)),
    "lei": lambda r: (lambda b: _ok(lei, b + mod_97_10.calc_check_digits(b)))(_alnum(r, 4, "0123456789") + "00" + _alnum(r, 12, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
    "cusip": lambda r: (lambda b: b + cusip.calc_check_digit(b))(_dig(r, 3) + _alnum(r, 5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
    "imo": lambda r: (lambda b: "IMO " + b + imo.calc_check_digit(b))(r.choice("9") + _dig(r, 5)),
    "casrn": lambda r: (lambda b: f"{b[:-2]}-{b[-2:]}-" + casrn.calc_check_digit(b))(_dig(r, rng_len(r))),
    "container": lambda r: (lambda b: b + iso6346.calc_check_digit(b))(r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU"]) + _dig(r, 6)),
}


def rng_len(r: random.Random) -> int:
    return r.randint(4, 7)


def _isin(rng: random.Random) -> str:
    cc = rng.choice(["GB00", "IE00", "JE00", "US"])
    body = cc + (_alnum(rng, 8, "BCDFGHJKLMNPQRSTVWXYZ0123456789") if cc != "US" else _dig(rng, 9))
    body = body[:11].ljust(11, "0")
    return body + isin.calc_check_digit(body)


FRAMES = {
    "isbn13": ["Is ISBN {v} the paperback or the hardback?", "order 2 copies of ISBN {v} for the library",
               "cite the book with ISBN {v} in Harvard style", "ISBN: {v}"],
    "isin": ["What is the current price of the bond with ISIN {v}?", "ISIN {v} - is it in the FTSE 250?",
             "Add ISIN {v} to the fund factsheet", "The gilt {v} matures in 2031."],
    "sedol": ["SEDOL {v} appears twice in the holdings file", "look up SEDOL {v}", "Sell order: SEDOL {v}, 500 units"],
    "ean13": ["Barcode {v} won't scan at the till", "EAN {v}: 500 g porridge oats", "product code {v} out of stock",
              "GTIN {v} is missing from the catalogue"],
    "lei": ["The bank's LEI is {v}.", "Legal Entity Identifier {v} expired last month", "LEI {v} in the transaction report"],
    "cusip": ["CUSIP {v} is a US Treasury note?", "Map CUSIP {v} to its ISIN"],
    "imo": ["Vessel {v} is due at Felixstowe on Tuesday.", "Where is the ship {v} registered?"],
    "casrn": ["Safety data sheet for CAS {v}", "Is CAS number {v} on the restricted list?"],
    "container": ["Container {v} is held at Southampton for inspection", "track container {v}"],
}

DOC_REFS = [
    "What is form SA302 used for?", "Where can I download form P87?", "Is leaflet DWP1027 still current?",
    "Explain HMRC's Internal Manual BIM45000.", "What does VAT Notice 700/1 cover?",
    "Summarise Command Paper CP 1042.", "What did SI 2013/376 introduce?", "Is form D1 or D2 for lorry licences?",
    "How do I fill in form V62?", "What does HMRC's Employment Income Manual EIM32000 say?",
    "Quote the title of NICE guideline NG28.", "Is Practice Direction 51ZB still in force?",
]
CITATIONS = [
    "What does section 1 of the Theft Act 1968 say?", "Summarise Donoghue v Stevenson [1932] AC 562.",
    "What did R (Miller) v Prime Minister [2019] UKSC 41 decide?", "Explain s. 170 of the Data Protection Act 2018.",
    "Is Article 8 ECHR a qualified right?", "What is the test in Caparo Industries plc v Dickman [1990] 2 AC 605?",
    "Equality Act 2010, s. 20: what is the duty to make adjustments?", "What does reg. 4 of the Working Time Regulations 1998 limit?",
    "Summarise Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256.", "What does section 47 of the Children Act 1989 require?",
    "Explain Article 6(1)(e) UK GDPR.", "What is s. 12 of the Freedom of Information Act 2000 about?",
]
COMPANIES = ["Northgate Ropeworks plc", "Halden Tidal Energy plc", "Brackenfold Foods PLC", "Cairnmore Distilling plc",
             "Aldwyn Mutual Holdings plc", "Pennock Rail Services plc", "Strand & Lowther Insurance plc", "Varley Optics plc"]
COMPANY_FRAMES = ["{c} (company number {n}) published its annual report late.", "Companies House number {n}: {c}",
                  "What is the registered office of {c}, no. {n}?", "Filing history for company {n} ({c})"]


def code_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    counts = {"isbn13": 8, "isin": 8, "sedol": 6, "ean13": 8, "lei": 5, "cusip": 4, "imo": 3, "casrn": 3, "container": 3}
    for kind, n in counts.items():
        for i in range(n):
            v = _isin(rng) if kind == "isin" else GEN[kind](rng)
            frame = FRAMES[kind][i % len(FRAMES[kind])]
            rows.append(row(frame.format(v=v), "public", f"hard:{kind}", f"generator:h7_{kind}_stdnum_check"))
    for t in DOC_REFS:
        rows.append(row(t, "public", "hard:public_document_reference", "handwritten:holdout7_codes"))
    for t in CITATIONS:
        rows.append(row(t, "public", "hard:statute_or_case_citation", "handwritten:holdout7_codes"))
    for i, c in enumerate(COMPANIES):
        prefix = rng.choice(["", "", "SC", "NI"]) or "0"
        number = prefix + _dig(rng, 8 - len(prefix))
        rows.append(row(COMPANY_FRAMES[i % 4].format(c=c, n=number), "public", "hard:company_number",
                        "generator:h7_company_number_layout+handwritten:invented_company_names"))
    return rows
