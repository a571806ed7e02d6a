"""Value generators for held-out set 6 (UK identifiers, cards, dates, people).

Written for set 6 without sight of earlier generators: every identifier is drawn from
the build's seeded ``random.Random`` so that two builds are byte-identical, and the
checksums are confirmed with python-stdnum (a development tool, not a runtime
dependency) wherever it has a validator.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.gb import nhs as std_nhs
from stdnum.gb import utr as std_utr

# Locales not listed for sets 1-5 in PROVENANCE.md whose person provider gives
# Latin-script names of the locale (checked by hand: several locales fall back to
# en_US names and were left out).
NAME_LOCALES = ("de_DE", "de_LI", "de_LU", "en_NG", "fr_BE", "no_NO")
OTHER_SCRIPT_LOCALES = ("el_GR", "bg_BG", "ru_RU", "hy_AM", "mk_MK")

_FAKERS: dict[str, Faker] = {}


def faker_for(locale: str, seed: int) -> Faker:
    """One seeded Faker per locale, so the draw order of one locale is stable."""
    if locale not in _FAKERS:
        fk = Faker(locale)
        fk.seed_instance(seed + sum(map(ord, locale)))
        _FAKERS[locale] = fk
    return _FAKERS[locale]


def reset_fakers() -> None:
    """Forget the Faker instances (the builder's ``--check`` builds twice)."""
    _FAKERS.clear()


@dataclass(frozen=True)
class Person:
    """A synthetic person: first and last name and the locale they came from."""

    first: str
    last: str
    locale: str
    first_locale: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def source(self) -> str:
        """The row's source tag for this name."""
        if self.first_locale and self.first_locale != self.locale:
            return f"faker:{self.locale}.last_name+{self.first_locale}.first_name"
        return f"faker:{self.locale}.first_name+last_name"


def person(rng: random.Random, seed: int, locales: tuple[str, ...] = NAME_LOCALES) -> Person:
    """A synthetic name from one of the set-6 locales."""
    loc = rng.choice(locales)
    # de_LI and de_LU give distinctive surnames but only "John"/"Jane" as first names,
    # so their people take a first name from the neighbouring de_DE or fr_BE provider.
    first_loc = rng.choice(("de_DE", "fr_BE")) if loc in ("de_LI", "de_LU") else loc
    first = faker_for(first_loc, seed).first_name().split()[0]
    last = ""
    while not last or " " in last or len(last) < 3:
        last = faker_for(loc, seed).last_name().strip()
    return Person(first, last, loc, first_loc)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# --- NHS numbers: mod 11 over the first nine digits, weights 10..2 ---------------

def _nhs_check(nine: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_number(rng: random.Random, first: str = "4") -> str:
    """A mod-11-valid NHS number starting with ``first`` (4, 6, 7: England/Wales)."""
    while True:
        nine = first + digits(rng, 8)
        c = _nhs_check(nine)
        if c is not None:
            num = nine + str(c)
            if first in "467":
                assert std_nhs.is_valid(num)
            return num


def nhs_wrong_check(rng: random.Random) -> str:
    num = nhs_number(rng, rng.choice("467"))
    bad = str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return num[:-1] + bad


def fmt_nhs(num: str, style: int) -> str:
    return [f"{num[:3]} {num[3:6]} {num[6:]}", num, f"{num[:3]}-{num[3:6]}-{num[6:]}"][style % 3]


# --- National Insurance numbers ---------------------------------------------------

_NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIQUVO"]
_NINO_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng: random.Random) -> str:
    while True:
        pre = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if pre not in _NINO_BANNED:
            return pre + digits(rng, 6) + rng.choice("ABCD")


def nino_never_allocated(rng: random.Random) -> str:
    """A NINO-shaped value HMRC never issues (excluded letter, prefix or suffix)."""
    kind = rng.randrange(3)
    if kind == 0:
        pre = rng.choice("DFIQUV") + rng.choice(_NINO_SECOND)
    elif kind == 1:
        pre = rng.choice(["BG", "GB", "NK", "KN", "ZZ"])
    else:
        pre = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
    suffix = rng.choice("EFGHJ") if kind == 2 else rng.choice("ABCD")
    return pre + digits(rng, 6) + suffix


def fmt_nino(n: str, style: int) -> str:
    return [f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}"][style % 4]


# --- UTR (check digit first, computed by trying candidates against python-stdnum) -

def utr(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        for c in string.digits:
            if std_utr.is_valid(c + body):
                return c + body


def utr_wrong_check(rng: random.Random) -> str:
    good = utr(rng)
    for c in string.digits:
        if c != good[0] and not std_utr.is_valid(c + good[1:]):
            return c + good[1:]
    raise AssertionError("unreachable")


# --- passports, licences, plates, postcodes, bank details -------------------------

def passport(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 8)


def driving_licence(rng: random.Random, p: Person, dob: tuple[int, int, int]) -> str:
    """DVLA layout: surname(5), decade, month(+50 for women), day, year, initials, 9, 2 letters."""
    sur = "".join(c for c in p.last.upper() if c in string.ascii_uppercase)[:5].ljust(5, "9")
    y, m, d = dob
    month = m + (50 if rng.random() < 0.5 else 0)
    ini = (p.first[:1].upper() + "9") if p.first[:1].isalpha() else "99"
    tail = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
    return f"{sur}{str(y)[2]}{month:02d}{d:02d}{str(y)[3]}{ini}9{tail}"


PLATE_AREA = "ABCDEFGHKLMNOPRSVWXY"
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"


def plate(rng: random.Random) -> tuple[str, str, str]:
    """A 2001-format registration: (memory tag, age identifier, random letters)."""
    tag = rng.choice(PLATE_AREA) + rng.choice(PLATE_LETTERS)
    age = rng.choice(["02", "07", "11", "15", "19", "21", "24", "53", "58", "62", "66", "70", "73", "74"])
    rest = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    return tag, age, rest


# Outward codes typed for set 6 from UK postal districts (towns across the nations).
OUTWARD = ("TR1", "PL4", "EX2", "BA1", "SN2", "GL51", "HR4", "SY23", "LL57", "CF24", "SA1", "NP20",
           "CH2", "WA4", "PR1", "BB2", "LA1", "CA3", "DL1", "TS5", "SR2", "NE6", "DH1", "HG2",
           "YO10", "HU5", "DN4", "LN2", "PE1", "NR3", "IP4", "CB4", "MK9", "LU2", "SG1", "CM2",
           "SS1", "CT1", "TN23", "BN2", "PO5", "SO15", "BH8", "DT1", "KA7", "PA2", "FK8", "KY1",
           "DD4", "AB24", "IV2", "PH1", "TD1", "DG1", "BT7", "BT48", "IM1", "ST4", "DE22", "NG7")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng: random.Random) -> str:
    return f"{rng.choice(OUTWARD)} {rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def postcode_bad_inward(rng: random.Random) -> str:
    """Inward code using letters Royal Mail never puts there (C, I, K, M, O, V)."""
    return f"{rng.choice(OUTWARD)} {rng.randint(1, 9)}{rng.choice('CIKMOV')}{rng.choice('CIKMOV')}"


STREETS = ("Quarry Lane", "Tanners Row", "Orchard Rise", "Ropewalk", "Mill Leat Close", "Chapel Fold",
           "Weavers Court", "Sandpit Road", "Beacon View", "Lime Kiln Way", "Ferry Road", "Glebe Crescent",
           "Pump Street", "Castle Wynd", "Heol y Nant", "Brewery Yard", "Salters Gate", "Cooperage Lane",
           "Foundry Terrace", "Rectory Mews", "Bridle Path", "Harbour Brae", "Kiln Croft", "Station Approach")
TOWNS = ("Truro", "Plymouth", "Exeter", "Bath", "Swindon", "Cheltenham", "Hereford", "Aberystwyth",
         "Bangor", "Cardiff", "Swansea", "Newport", "Chester", "Warrington", "Preston", "Blackburn",
         "Lancaster", "Carlisle", "Darlington", "Middlesbrough", "Sunderland", "Newcastle", "Durham",
         "Harrogate", "York", "Hull", "Doncaster", "Lincoln", "Peterborough", "Norwich", "Ipswich")


def uk_address(rng: random.Random) -> tuple[str, str]:
    """(street line with town, postcode) on set 6's own street list."""
    flat = f"Flat {rng.randint(1, 14)}, " if rng.random() < 0.3 else ""
    return f"{flat}{rng.randint(1, 212)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}", postcode(rng)


def sort_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"


def account_number(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 7)


def iban_for(country: str, bban: str) -> str:
    """An IBAN with its mod-97 check digits computed (ISO 13616) and confirmed by stdnum."""
    moved = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    value = f"{country}{98 - num % 97:02d}{bban}"
    assert std_iban.is_valid(value), value
    return value


def gb_iban(rng: random.Random) -> str:
    bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
    return iban_for("GB", bank + digits(rng, 14))


def group4(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


# --- payment cards ------------------------------------------------------------------

CARD_PREFIXES = ("4", "51", "53", "55", "2221", "2720", "34", "37", "6011", "65", "35", "36", "62", "5018", "6759")


def card(rng: random.Random, length: int = 16, valid: bool = True) -> str:
    prefix = rng.choice(CARD_PREFIXES)
    body = prefix + digits(rng, length - len(prefix) - 1)
    check = luhn.calc_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    num = body + check
    assert luhn.is_valid(num) == valid
    return num


def fmt_card(num: str, sep: str = " ") -> str:
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# --- dates of birth -------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def dob(rng: random.Random, lo: int = 1938, hi: int = 2006) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(d: tuple[int, int, int], style: int) -> str:
    y, m, dd = d
    styles = [
        f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {MONTHS[m - 1]} {y}",
        f"{MONTHS[m - 1]} {dd}, {y}", f"{dd}-{MONTHS[m - 1][:3]}-{y}", f"{dd:02d}{m:02d}{y}",
        f"{dd}{_ordinal(dd)} of {MONTHS[m - 1].lower()} {y}", f"{dd:02d}/{m:02d}/{str(y)[2:]}",
        f"{MONTHS[m - 1][:3].upper()} {dd:02d} {y}",
    ]
    return styles[style % len(styles)]


def _ordinal(n: int) -> str:
    return "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


EMAIL_DOMAINS = ("btinternet.com", "sky.com", "virginmedia.com", "talktalk.net", "proton.me",
                 "icloud.com", "gmx.co.uk", "example.org", "example.net", "mail.invalid")


def email_for(rng: random.Random, p: Person) -> str:
    first = "".join(c for c in p.first.lower() if c.isalnum()) or "x"
    last = "".join(c for c in p.last.lower() if c.isalnum()) or "y"
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}",
                        f"{first}_{last[:3]}{rng.randint(60, 99)}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"
