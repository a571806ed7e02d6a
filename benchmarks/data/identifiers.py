"""Synthetic, valid-by-construction UK identifiers for the evaluation set.

Every number here is generated, never collected: check digits are computed with
the published algorithms (cross-checked against python-stdnum where it has one),
phone numbers come from Ofcom's ranges reserved for drama (via faker `en_GB`), and
payment cards and IBANs also include the issuers' published test vectors. Invalid
variants (broken check digit, unallocated prefix) feed the hard negatives.

Development-time only: imports faker and python-stdnum, which the benchmark itself
never needs.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from faker import Faker
from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum.gb import nhs, upn, utr, vat

# Published test vectors (documented examples, not real accounts).
PUBLISHED_CARDS = (
    "4111 1111 1111 1111",  # Visa test number used by most payment sandboxes
    "5555 5555 5555 4444",  # Mastercard test number
    "3782 822463 10005",  # American Express test number
    "4012 8888 8888 1881",  # Visa test number
    "6011 1111 1111 1117",  # Discover test number
)
PUBLISHED_IBANS = (
    "GB82 WEST 1234 5698 7654 32",  # SWIFT IBAN registry example for the UK
    "DE89 3704 0044 0532 0130 00",  # SWIFT IBAN registry example for Germany
    "GR16 0110 1050 0000 1054 7023 795",  # python-stdnum doctest
)
PUBLISHED_NHS = ("943 476 5870",)  # python-stdnum doctest
PUBLISHED_UTR = ("1955839661",)  # python-stdnum doctest
PUBLISHED_VAT = ("GB 980 7806 84",)  # python-stdnum doctest
PUBLISHED_UPN = ("B801200005001",)  # python-stdnum doctest

_NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
_NINO_BARRED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_UPN_LA = (201, 202, 213, 302, 316, 330, 341, 352, 373, 380, 420, 801, 812, 850, 886, 919, 937)
_REG_AREA = "ABCDEFGHKLMNOPRSVWY"
_REG_LETTERS = [c for c in string.ascii_uppercase if c not in "IQZ"]
_FULLWIDTH = {ord(c): ord(c) + 0xFEE0 for c in string.digits + string.ascii_letters}


def _ensure(ok: bool, what: str) -> None:
    """Stop the build if a generator produced something its reference check rejects."""
    if not ok:
        raise RuntimeError(f"generated {what} failed its reference check")


def _mod11_check(nine: str) -> int | None:
    """NHS / CHI check digit (weights 10..2); None when the result is 10 (unissued)."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_number(rng: random.Random) -> str:
    """A 10-digit NHS number from the England and Wales ranges (4xx, 6xx, 7xx)."""
    while True:
        nine = rng.choice("467") + "".join(rng.choice(string.digits) for _ in range(8))
        check = _mod11_check(nine)
        if check is not None:
            number = f"{nine}{check}"
            _ensure(nhs.is_valid(number), "NHS number")
            return number


def chi_number(rng: random.Random, born: dt.date) -> str:
    """A Scottish CHI number: DDMMYY, three digits (the last one sex), mod-11 check."""
    while True:
        nine = born.strftime("%d%m%y") + "".join(rng.choice(string.digits) for _ in range(3))
        check = _mod11_check(nine)
        if check is not None:
            return f"{nine}{check}"


def invalid_nhs_number(rng: random.Random) -> str:
    """Ten digits in the NHS layout that fail the NHS (and CHI) and the UTR checks."""
    while True:
        number = nhs_number(rng)
        candidate = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
        if not nhs.is_valid(candidate) and not utr.is_valid(candidate):
            return candidate


def nino(rng: random.Random) -> str:
    """A National Insurance number with an allocatable prefix and suffix A-D."""
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BARRED:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{prefix}{digits}{rng.choice('ABCD')}"


def utr_number(rng: random.Random) -> str:
    """A 10-digit Unique Taxpayer Reference (check digit first)."""
    rest = "".join(rng.choice(string.digits) for _ in range(9))
    number = utr.calc_check_digit(rest) + rest
    _ensure(utr.is_valid(number), "UTR")
    return number


def vat_number(rng: random.Random) -> str:
    """A 9-digit GB VAT registration number passing the mod-97 check."""
    while True:
        seven = str(rng.randint(100, 999)) + "".join(rng.choice(string.digits) for _ in range(4))
        for check in rng.sample(range(100), 100):
            number = f"{seven}{check:02d}"
            if vat.is_valid(number):
                return number


def upn_number(rng: random.Random) -> str:
    """A 13-character Unique Pupil Number for a known local authority."""
    body = f"{rng.choice(_UPN_LA)}{rng.randint(1000, 7999)}{rng.randint(10, 25)}{rng.randint(0, 999):03d}"
    number = upn.calc_check_digit(body) + body
    _ensure(upn.is_valid(number), "UPN")
    return number


def passport_number(rng: random.Random) -> str:
    """A 9-digit UK passport number (no public check digit outside the MRZ)."""
    return str(rng.randint(1, 6)) + "".join(rng.choice(string.digits) for _ in range(8))


def driving_licence(rng: random.Random, surname: str, born: dt.date, initials: str, female: bool) -> str:
    """A DVLA driving licence number built from surname, date of birth and initials."""
    letters = "".join(c for c in surname.upper() if c.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    inits = (initials.upper() + "9")[:2]
    checks = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{letters}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}{inits}9{checks}"


def vehicle_registration(rng: random.Random) -> str:
    """A current-style (2001 onwards) number plate: area code, age identifier, three letters."""
    area = rng.choice(_REG_AREA) + rng.choice(_REG_LETTERS)
    age = rng.choice([rng.randint(2, 25), rng.randint(51, 74)])
    tail = "".join(rng.choice(_REG_LETTERS) for _ in range(3))
    return f"{area}{age:02d} {tail}"


def uk_bank_account(fake: Faker) -> tuple[str, str]:
    """A sort code and 8-digit account number taken from a faker GB IBAN."""
    gb_iban = fake.iban()
    sort_code, account = gb_iban[8:14], gb_iban[14:22]
    return f"{sort_code[:2]}-{sort_code[2:4]}-{sort_code[4:]}", account


def iban_number(fake: Faker, locale_fakes: list[Faker], rng: random.Random) -> str:
    """A valid IBAN, mostly GB, formatted in groups of four."""
    source = fake if rng.random() < 0.6 else rng.choice(locale_fakes)
    number = source.iban()
    _ensure(std_iban.is_valid(number), "IBAN")
    return std_iban.format(number) if rng.random() < 0.7 else number


def payment_card(fake: Faker, rng: random.Random) -> str:
    """A Luhn-valid card number (Visa, Mastercard or Amex), often grouped in fours."""
    number = fake.credit_card_number(card_type=rng.choice(["visa16", "mastercard", "amex"]))
    _ensure(luhn.is_valid(number), "card number")
    if rng.random() < 0.6 and len(number) == 16:
        sep = rng.choice([" ", "-"])
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))
    return str(number)


def invalid_card(fake: Faker, rng: random.Random) -> str:
    """Sixteen digits in a card layout that fail the Luhn check."""
    number: str = fake.credit_card_number(card_type="visa16")
    bad = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
    _ensure(not luhn.is_valid(bad), "invalid card number")
    return bad


def isbn13(rng: random.Random) -> str:
    """A valid ISBN-13 (978 prefix), hyphenated the way publishers print it."""
    body = "978" + "".join(rng.choice(string.digits) for _ in range(9))
    number = body + ean.calc_check_digit(body)
    _ensure(std_isbn.is_valid(number), "ISBN")
    return std_isbn.format(number)


def fullwidth(text: str) -> str:
    """Full-width digits and letters (U+FF10...), a common filter evasion."""
    return text.translate(_FULLWIDTH)


def zero_width(text: str, rng: random.Random) -> str:
    """Zero-width spaces (U+200B) or joiners (U+200D) between characters."""
    joiner = rng.choice(["\u200b", "\u200d", "\u2060"])
    return joiner.join(text)


def spaced(text: str) -> str:
    """Every character separated by a space, so pattern matches on runs fail."""
    return " ".join(c for c in text if not c.isspace())


def spelt_out_email(address: str, rng: random.Random) -> str:
    """`jane.doe at example dot com`, or the bracketed `[at]` / `(dot)` variants."""
    at, dot = rng.choice([(" at ", " dot "), (" [at] ", " [dot] "), (" (at) ", " (dot) ")])
    local, domain = address.split("@")
    return local + at + domain.replace(".", dot)
