# ruff: noqa: E501, E741, B905, B007, UP031  (data generators: one row or frame per line; short names as in the formulas they copy)
"""Identifiers, phones and addresses from outside the UK (held-out set 7).

National and tax numbers come from python-stdnum modules no earlier set lists: random
digits in the module's layout, kept when python-stdnum accepts them, plus the modules'
docstring examples. Phones are random numbers that libphonenumber's metadata accepts
as *fixed-line* numbers of the region (earlier sets used example numbers and random
mobiles). Addresses: Faker locales no earlier set used for addresses (es, fr_DZ, zh_TW,
th_TH) and this file's own layouts for other countries.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban

from .holdout7_common import row


def _dig(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# module: (what it is, country, layout generator, docstring example or None)
NATIONAL: list[tuple[str, str, str, Callable[[random.Random], str], str | None]] = [
    ("ca.bc_phn", "BC Personal Health Number", "Canada", lambda r: "9" + _dig(r, 9), "9698658215"),
    ("be.eid", "Belgian eID card number", "Belgium", lambda r: _dig(r, 12), "591-1917064-58"),
    ("be.ssn", "Belgian social security number (INSZ)", "Belgium", None, "85.07.30-033 28"),  # type: ignore[list-item]
    ("nl.identiteitskaartnummer", "Dutch identity card number", "Netherlands",
     lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(2))
     + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ0123456789") for _ in range(6)) + _dig(r, 1), None),
    ("sk.rc", "Slovak birth number", "Slovakia",
     lambda r: "%02d%02d%02d/%s" % (r.randint(54, 99), r.randint(1, 12) + r.choice([0, 50]), r.randint(1, 28), _dig(r, 4)), "710319/2745"),
    ("fi.veronumero", "Finnish individual tax number", "Finland", lambda r: "1" + _dig(r, 11), None),
    ("fo.vn", "Faroese V-number", "Faroe Islands", lambda r: _dig(r, 6), "602 590"),
    ("li.peid", "Liechtenstein PEID", "Liechtenstein", lambda r: _dig(r, 7), "00001234567"),
    ("za.tin", "South African tax number", "South Africa", lambda r: r.choice("0123") + _dig(r, 9), "084308984-8"),
    ("mz.nuit", "Mozambique NUIT", "Mozambique", lambda r: "1" + _dig(r, 8), "400339910"),
    ("vn.mst", "Vietnamese tax code", "Vietnam", lambda r: "8" + _dig(r, 9), None),
    ("co.nit", "Colombian NIT", "Colombia", lambda r: _dig(r, 10), "2131234321"),
    ("py.ruc", "Paraguayan RUC", "Paraguay", lambda r: _dig(r, 7), None),
    ("gh.tin", "Ghana TIN", "Ghana", lambda r: "P00" + _dig(r, 8), None),
    ("mu.nid", "Mauritian national ID", "Mauritius",
     lambda r: r.choice("ABCDEFG") + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(50, 99)) + _dig(r, 6)
     + r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), None),
]
ID_FRAMES = [
    "My {what} is {v} - I need it on my UK visa application.",
    "Overseas patient: {what} {v}, visiting from {country}.",
    "The applicant's {what}: {v}",
    "i only have my {what} ({v}), not a UK one",
    "Tax residence: {country}. {what}: {v}.",
    "{what} = {v}; please add to her record",
]


def _valid(rng: random.Random, module: str, gen: Callable[[random.Random], str]) -> str:
    mod = importlib.import_module("stdnum." + module)
    while True:
        cand = gen(rng)
        if mod.is_valid(cand):
            return cand


def national_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    k = 0
    for module, what, country, gen, example in NATIONAL:
        picks: list[tuple[str, str]] = []
        if example:
            picks.append((example, f"published:stdnum_{module}_doctest"))
        if gen is not None:
            picks.append((_valid(rng, module, gen), f"generator:h7_{module}_stdnum_check"))
        for v, src in picks:
            frame = ID_FRAMES[k % len(ID_FRAMES)]
            k += 1
            rows.append(row(frame.format(what=what, v=v, country=country), "personal",
                            "intl:national_or_tax_id", src, [], [], [v]))
    return rows


def ssn(rng: random.Random) -> str:
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            return f"{a:03d}-{g:02d}-{s:04d}"


def us_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    frames = [
        ("My US social security number is {v}, I worked in Ohio for three years.", ssn, "generator:h7_us_ssn_rules"),
        ("SSN {v} - for the totalisation agreement form", ssn, "generator:h7_us_ssn_rules"),
        ("spouse's ssn: {v}", lambda r: ssn(r).replace("-", ""), "generator:h7_us_ssn_rules"),
        ("ITIN {v} for the treaty claim", lambda r: f"9{r.randint(0, 99):02d}-{r.choice([70, 71, 72, 80, 88, 90, 91, 92, 94, 99])}-{r.randint(0, 9999):04d}", "generator:h7_us_itin_groups"),
        ("Florida driver license {v} - can I exchange it for a UK licence?", lambda r: f"{r.choice('BCDGHKLMPRSTW')}{_dig(r, 3)}-{_dig(r, 3)}-{_dig(r, 2)}-{_dig(r, 3)}-0", "generator:h7_us_dl_florida_layout"),
        ("Texas DL no. {v}, expires 2029", lambda r: _dig(r, 8), "generator:h7_us_dl_texas_layout"),
        ("Illinois driver's licence {v}", lambda r: f"{r.choice('ABDHMPRSTW')}{_dig(r, 3)}-{_dig(r, 4)}-{_dig(r, 4)}", "generator:h7_us_dl_illinois_layout"),
        ("US passport number {v}, issued Chicago", lambda r: r.choice("ACE") + _dig(r, 8), "generator:h7_us_passport_next_gen_layout"),
    ]
    for frame, gen, src in frames:
        v = gen(rng)
        rows.append(row(frame.format(v=v), "personal", "intl:us_id", src, [], [], [v]))
    return rows


PHONE_REGIONS = ["IE", "FR", "DE", "ES", "NL", "PL", "IN", "NG", "PK", "US", "AU", "ZA", "BR", "PH", "KE", "TR", "RO", "JM", "GH"]
PHONE_FRAMES = [
    "Best number to reach me abroad: {v}",
    "my mum's landline in {cc} is {v}",
    "Tel. (home, overseas): {v}",
    "call me on {v} after 6pm their time",
    "Contact for the sponsor: {v}",
    "emergency contact - {v} (my brother)",
]


def _fixed_line(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    assert ex is not None, region
    n = len(str(ex.national_number))
    lead = str(ex.national_number)[:2]
    while True:
        cand = phonenumbers.parse(f"+{ex.country_code}{lead}{_dig(rng, n - 2)}")
        t = phonenumbers.number_type(cand)
        if phonenumbers.is_valid_number(cand) and t in (phonenumbers.PhoneNumberType.FIXED_LINE,
                                                        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE) \
                and cand.national_number != ex.national_number:
            return cand


def phone_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    fmts: list[Any] = [phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164,
            phonenumbers.PhoneNumberFormat.NATIONAL, "00"]
    for i, region in enumerate(PHONE_REGIONS[:14]):
        num = _fixed_line(rng, region)
        f = fmts[i % 4]
        if f == "00":
            v = "00" + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
        else:
            v = phonenumbers.format_number(num, f)
        frame = PHONE_FRAMES[i % len(PHONE_FRAMES)]
        rows.append(row(frame.format(v=v, cc=region), "personal", "intl:phone",
                        f"generator:h7_phonenumbers_random_valid_fixed_line_{region}", ["UK_PHONE"], [], [v]))
    return rows


ADDRESS_FRAMES = [
    "Please send the certificate to my address abroad: {a}",
    "forwarding address - {a}",
    "Correspondence address (overseas): {a}",
    "I now live at {a} and need my pension paid there.",
]
OWN_ADDRESSES = [
    ("Apt 4B, 1187 Larkspur Avenue, Dayton, OH 45402, USA", "handwritten:h7_us_layout"),
    ("unit 12 / 48 wattle grove, ballarat vic 3350, australia", "handwritten:h7_au_layout_lower"),
    ("CANADA - 2207-55 RIVERBEND CRES, SASKATOON SK S7K 3P4", "handwritten:h7_ca_layout_country_first"),
    ("Flat 3, 19 Kilmacud Park, Stillorgan, Co. Dublin, A94 X2Y7, Ireland", "handwritten:h7_ie_layout"),
    ("Suite 804, 90 Tory Street, Te Aro, Wellington 6011, New Zealand", "handwritten:h7_nz_layout"),
    ("Hauptstrasse 27, 3. Stock, 9490 Vaduz, Liechtenstein", "handwritten:h7_li_layout"),
]


def address_rows(rng: random.Random, seed: int) -> list[dict[str, Any]]:
    rows = []
    k = 0
    for i, loc in enumerate(["es", "fr_DZ", "zh_TW", "th_TH"]):
        f = Faker(loc)
        f.seed_instance(seed + 100 + i)
        country = {"es": "Spain", "fr_DZ": "Algeria", "zh_TW": "Taiwan", "th_TH": "Thailand"}[loc]
        for _ in range(2):
            a = f.address().replace("\n", ", ") + f", {country}"
            rows.append(row(ADDRESS_FRAMES[k % 4].format(a=a), "personal", "intl:address",
                            f"faker:{loc}.address", ["LOCATION"], [], [a]))
            k += 1
    for a, src in OWN_ADDRESSES:
        rows.append(row(ADDRESS_FRAMES[k % 4].format(a=a), "personal", "intl:address", src, ["LOCATION"], [], [a]))
        k += 1
    boxes = [
        "P.O. Box 48211, Dubai, United Arab Emirates",
        "Caixa Postal 2231, 01059-970 São Paulo - SP, Brasil",
        "GPO Box 3321, Hobart TAS 7001",
        "Boîte postale 1542, Dakar, Sénégal",
        "PSC 817 Box 2290, FPO AE 09622",
        "Unit 8400 Box 1875, DPO AP 96521",
        "BFPO 58, Akrotiri",
    ]
    box_frames = ["Please post my papers to {a}", "mailing address {a}", "My address is {a} until further notice."]
    for i, a in enumerate(boxes):
        sub = "intl:military_address" if any(x in a for x in ("FPO", "DPO", "BFPO")) else "intl:po_box"
        rows.append(row(box_frames[i % 3].format(a=a), "personal", sub, "handwritten:h7_po_box_military_layouts",
                        ["LOCATION"], [], [a]))
    return rows


IBAN_BBAN: dict[str, Callable[[random.Random], str]] = {
    "BE": lambda r: _dig(r, 12), "BG": lambda r: "BNBG" + _dig(r, 6) + _dig(r, 8),
    "CY": lambda r: _dig(r, 8) + _dig(r, 16), "HU": lambda r: _dig(r, 24),
    "MT": lambda r: "MALT" + _dig(r, 5) + _dig(r, 18), "RO": lambda r: "RNCB" + _dig(r, 16),
    "SA": lambda r: _dig(r, 2) + _dig(r, 18), "AE": lambda r: _dig(r, 19),
}


def iban_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    frames = ["Pay my pension into my account abroad, IBAN {v}", "iban: {v} (my account in {cc})",
              "Bank details for the refund - IBAN {v}, account holder myself"]
    for i, (cc, gen) in enumerate(IBAN_BBAN.items()):
        while True:
            bban = gen(rng)
            cands = [f"{cc}{k:02d}{bban}" for k in range(2, 99)]
            good = [c for c in cands if std_iban.is_valid(c)]
            if good:
                break
        v = " ".join(good[0][j:j + 4] for j in range(0, len(good[0]), 4))
        rows.append(row(frames[i % 3].format(v=v, cc=cc), "personal", "intl:iban",
                        f"generator:h7_iban_{cc}_stdnum_check", ["IBAN"], [], [v]))
    return rows


def asia_id_rows(rng: random.Random) -> list[dict[str, Any]]:
    """Singapore NRIC and Hong Kong ID with their published check-character rules."""
    rows = []
    for frame in ["My NRIC is {v}, I'm a Singapore citizen moving to London.", "nric {v} for the visa"]:
        digits = _dig(rng, 7)
        w = [2, 7, 6, 5, 4, 3, 2]
        total = sum(int(d) * x for d, x in zip(digits, w))
        v = "S" + digits + "JZIHGFEDCBA"[total % 11]
        rows.append(row(frame.format(v=v), "personal", "intl:national_or_tax_id", "generator:h7_sg_nric_check", [], [], [v]))
    for frame in ["HKID {v}", "Hong Kong identity card number: {v}"]:
        letter = rng.choice("ACDEGHKPRVYZ")
        digits = _dig(rng, 6)
        total = 9 * 36 + 8 * (ord(letter) - 55)  # a space counts 36, A counts 10
        total += sum(int(d) * x for d, x in zip(digits, range(7, 1, -1)))
        c = (11 - total % 11) % 11
        v = f"{letter}{digits}({'A' if c == 10 else c})"
        rows.append(row(frame.format(v=v), "personal", "intl:national_or_tax_id", "generator:h7_hk_id_check", [], [], [v]))
    return rows


def intl_rows(rng: random.Random, seed: int) -> list[dict[str, Any]]:
    return (national_rows(rng) + us_rows(rng) + phone_rows(rng) + address_rows(rng, seed)
            + iban_rows(rng) + asia_id_rows(rng))
