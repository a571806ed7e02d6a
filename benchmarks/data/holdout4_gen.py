"""Value generators for held-out set 4 (issue 9).

Written for this set only, without sight of the classifier or of the generators of
sets 1-3, so the values follow the published rules for each identifier rather than
anybody's earlier reading of them. Every value is synthetic (random within the
published layout) or a published example value (``holdout4_sources``). Faker is used
only with locales that sets 1-3 did not list; python-stdnum only to compute or
confirm check digits. Both are development tools, not runtime dependencies.
"""

from __future__ import annotations

import importlib
import random
import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from faker import Faker
from stdnum import luhn
from stdnum.gb import utr as gb_utr
from stdnum.gb import vat as gb_vat

# Locales for names; none is among those PROVENANCE.md lists for sets 1-3.
NAME_LOCALES = ("en_IE", "ga_IE", "en_NZ", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "en_KE",
                "en_PK", "vi_VN", "is_IS", "zu_ZA", "ro_RO", "hr_HR", "tr_TR", "cs_CZ",
                "da_DK", "de_AT", "lv_LV")
SCRIPT_LOCALES = ("hi_IN", "ar_AA", "zh_CN", "uk_UA")
# National and tax numbers of countries whose numbers sets 1-3 do not list; values are
# random in the published layout with the check computed by python-stdnum.
NATIONAL_IDS = (("cz.rc", "Czech birth number (rodné číslo)"), ("ro.cnp", "Romanian CNP"),
                ("kr.rrn", "Korean resident registration number"),
                ("cn.ric", "Chinese resident identity card number"), ("gr.amka", "Greek AMKA"),
                ("bg.egn", "Bulgarian EGN"), ("lt.asmens", "Lithuanian personal code"),
                ("ch.ssn", "Swiss AHV number"), ("il.idnr", "Israeli ID number"),
                ("tr.tckimlik", "Turkish T.C. kimlik no"))
TAX_IDS = (("hr.oib", "Croatian OIB"), ("nz.ird", "New Zealand IRD number"),
           ("gr.vat", "Greek AFM"), ("cl.rut", "Chilean RUT"), ("ar.cuit", "Argentine CUIL"))
ADDRESS_LOCALES = ("en_AU", "en_NZ", "en_IE", "de_AT", "de_CH", "da_DK", "cs_CZ", "hu_HU",
                   "en_PH", "id_ID", "zu_ZA")

# Outward codes of real postcode districts, with their post towns; inward codes are
# drawn at random, so a full postcode may or may not exist and belongs to nobody here.
OUTWARD = (("LS6", "Leeds"), ("M14", "Manchester"), ("CF24", "Cardiff"), ("BT7", "Belfast"),
           ("EH6", "Edinburgh"), ("G12", "Glasgow"), ("NE4", "Newcastle upon Tyne"),
           ("B29", "Birmingham"), ("BS3", "Bristol"), ("NG7", "Nottingham"), ("SW9", "London"),
           ("E17", "London"), ("N16", "London"), ("SE15", "London"), ("PL4", "Plymouth"),
           ("EX4", "Exeter"), ("AB24", "Aberdeen"), ("IV2", "Inverness"), ("LL57", "Bangor"),
           ("SA1", "Swansea"), ("DH1", "Durham"), ("YO10", "York"), ("LE2", "Leicester"),
           ("CV4", "Coventry"), ("OX4", "Oxford"), ("NR2", "Norwich"), ("HU5", "Hull"),
           ("TS1", "Middlesbrough"), ("L8", "Liverpool"), ("S11", "Sheffield"),
           ("ST4", "Stoke-on-Trent"), ("WV1", "Wolverhampton"), ("PO5", "Portsmouth"),
           ("BN2", "Brighton"), ("DD1", "Dundee"), ("KA1", "Kilmarnock"), ("TR1", "Truro"))
STREETS = ("Cranbrook Road", "Albion Terrace", "Mill Lane", "Beechwood Avenue", "Tannery Close",
           "Queen's Drive", "Ropewalk", "Hawthorn Crescent", "Station Approach", "Fenwick Street",
           "Glebe Gardens", "Lister Way", "Cobden Place", "Orchard Rise", "Wharf Road",
           "St Aidan's Walk", "Marlowe Court", "Heol y Coed", "Brae View", "Kingfisher Mews")
FLATS = ("Flat 2", "Flat 14B", "Apartment 7", "Flat 3/1", "Ground Floor Flat", "Room 12")
FREEMAIL = ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk",
            "icloud.com", "proton.me", "sky.com")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"  # random letters exclude I, Q and Z
NINO_BAD_LETTERS = "DFIQUV"
NINO_BAD_PREFIXES = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


T = TypeVar("T")


@dataclass(frozen=True)
class Person:
    """A synthetic person: given name, family name, and the locale they came from."""

    first: str
    last: str
    locale: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class Gen:
    """All random draws of the set go through one seeded RNG, so builds repeat."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._fakers: dict[str, Faker] = {}

    # ---------------------------------------------------------------- helpers
    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            self._fakers[locale] = Faker(locale)
        fk = self._fakers[locale]
        fk.seed_instance(self.rng.randrange(1 << 30))
        return fk

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # ---------------------------------------------------------------- people
    def person(self, script: bool = False) -> tuple[Person, str]:
        loc = self.pick(SCRIPT_LOCALES if script else NAME_LOCALES)
        fk = self.faker(loc)
        return Person(fk.first_name(), fk.last_name(), loc), f"faker:{loc}.first_name+last_name"

    def dob(self, lo: int = 1938, hi: int = 2008) -> tuple[int, int, int]:
        return self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob_text(self, ymd: tuple[int, int, int] | None = None) -> str:
        y, m, d = ymd or self.dob()
        style = self.rng.randrange(8)
        if style == 0:
            return f"{d:02d}/{m:02d}/{y}"
        if style == 1:
            return f"{d}.{m}.{y % 100:02d}"
        if style == 2:
            return f"{y}-{m:02d}-{d:02d}"
        if style == 3:
            return f"{d} {MONTHS[m - 1]} {y}"
        if style == 4:
            return f"{MONTHS[m - 1]} {d}, {y}"
        if style == 5:
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suf} {MONTHS[m - 1][:3].lower()} {y}"
        if style == 6:
            return f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}"
        return f"{d:02d}{m:02d}{y}"

    # ---------------------------------------------------------------- UK identifiers
    @staticmethod
    def nhs_check(nine: str) -> int | None:
        total = sum(int(c) * (10 - i) for i, c in enumerate(nine))
        chk = 11 - total % 11
        if chk == 11:
            return 0
        return None if chk == 10 else chk

    def nhs(self, kind: str = "valid") -> str:
        """``valid``: England range, good check; ``bad_check``; ``out_of_range``: good
        check but outside England's allocation (Scottish/NI-like or unallocated)."""
        while True:
            if kind == "out_of_range":
                nine = self.pick(("0", "1", "2", "3", "8", "9")) + self.digits(8)
                if nine.startswith("999"):
                    continue
            else:
                nine = self.pick(("4", "6", "7")) + self.digits(8)
            chk = self.nhs_check(nine)
            if chk is None:
                continue
            if kind == "bad_check":
                chk = (chk + self.rng.randint(1, 9)) % 10
                if self.nhs_check(nine) == chk:
                    continue
            return nine + str(chk)

    def nino(self, valid: bool = True) -> str:
        if valid:
            while True:
                a = self.pick([c for c in string.ascii_uppercase if c not in NINO_BAD_LETTERS])
                b = self.pick([c for c in string.ascii_uppercase
                               if c not in NINO_BAD_LETTERS + "O"])
                if a + b not in NINO_BAD_PREFIXES:
                    break
            return a + b + self.digits(6) + self.pick("ABCD")
        prefix = self.pick(NINO_BAD_PREFIXES + ("DQ", "FU", "VI", "QO", "IV", "UA", "BO"))
        return prefix + self.digits(6) + self.pick("ABCDEFX")

    def utr(self, valid: bool = True) -> str:
        while True:
            body = self.digits(9)
            if body[0] == "0":
                continue
            good = gb_utr.calc_check_digit(body)
            chk = good if valid else str((int(good) + self.rng.randint(1, 9)) % 10)
            num = chk + body
            if gb_utr.is_valid(num) == valid:
                return num

    def vat(self) -> str:
        while True:
            num = self.digits(9)
            if gb_vat.is_valid("GB" + num):
                return num

    def passport_uk(self) -> str:
        return str(self.rng.randint(1, 9)) + self.digits(8)

    def driving_licence(self, p: Person, ymd: tuple[int, int, int], female: bool) -> str:
        sur = "".join(c for c in p.last.upper() if "A" <= c <= "Z")[:5].ljust(5, "9")
        y, m, d = ymd
        month = m + (50 if female else 0)
        first = "".join(c for c in p.first.upper() if "A" <= c <= "Z")[:1] or "X"
        initials = (first + self.pick(PLATE_LETTERS + "9"))[:2]
        return (f"{sur}{str(y)[2]}{month:02d}{d:02d}{str(y)[3]}{initials}9"
                f"{self.pick(PLATE_LETTERS)}{self.digits(1)}")

    def plate(self, sep: str = " ") -> str:
        area = self.pick(PLATE_LETTERS) + self.pick(PLATE_LETTERS)
        age = self.pick(("51", "02", "53", "05", "57", "09", "61", "12", "64", "15", "67",
                         "18", "70", "21", "73", "24", "74", "25"))
        return f"{area}{age}{sep}{''.join(self.pick(PLATE_LETTERS) for _ in range(3))}"

    def sort_code(self) -> str:
        return f"{self.rng.randint(10, 99)}-{self.digits(2)}-{self.digits(2)}"

    def account(self) -> str:
        return self.digits(8)

    def gb_iban(self) -> str:
        bank = self.pick(("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG"))
        bban = bank + self.digits(6) + self.digits(8)
        raw = bban + "GB00"
        num = "".join(str(int(c, 36)) for c in raw)
        chk = 98 - int(num) % 97
        return f"GB{chk:02d}{bban}"

    def postcode(self) -> tuple[str, str]:
        out, town = self.pick(OUTWARD)
        inward = f"{self.rng.randint(0, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}" \
                 f"{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{out} {inward}", town

    def uk_address(self) -> str:
        pc, town = self.postcode()
        num = str(self.rng.randint(1, 240))
        flat = self.pick(FLATS) + ", " if self.rng.random() < 0.3 else ""
        return f"{flat}{num} {self.pick(STREETS)}, {town} {pc}"

    def email(self, p: Person) -> str:
        first = "".join(c for c in p.first.lower() if c.isascii() and c.isalnum()) or "user"
        last = "".join(c for c in p.last.lower() if c.isascii() and c.isalnum()) or "mail"
        style = self.rng.randrange(4)
        local = (f"{first}.{last}", f"{first[0]}{last}{self.rng.randint(1, 99)}",
                 f"{last}_{first}", f"{first}{self.rng.randint(1960, 2005)}")[style]
        return f"{local}@{self.pick(FREEMAIL)}"

    def ip(self) -> str:
        if self.rng.random() < 0.25:
            return f"2001:db8:{self.rng.randrange(0x10000):x}::{self.rng.randrange(0x10000):x}"
        net = self.pick(("192.0.2", "198.51.100", "203.0.113"))
        return f"{net}.{self.rng.randint(1, 254)}"

    def card(self, luhn_ok: bool = True, length: int | None = None) -> str:
        prefix, n = self.pick((("4", 16), ("4", 13), ("51", 16), ("53", 16), ("2221", 16),
                               ("2720", 16), ("34", 15), ("37", 15), ("6011", 16),
                               ("6759", 18), ("3530", 16), ("62", 19), ("36", 14),
                               ("9", 16), ("1", 12)))
        n = length or n
        body = prefix + self.digits(n - len(prefix) - 1)
        chk = int(luhn.calc_check_digit(body))
        if not luhn_ok:
            chk = (chk + self.rng.randint(1, 9)) % 10
        return body + str(chk)

    # ---------------------------------------------------------------- outside the UK
    def us_ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def itin(self) -> str:
        group = self.pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96,
                                                                      97, 98, 99])
        return f"9{self.digits(2)}-{group}-{self.digits(4)}"

    def us_dl(self) -> tuple[str, str]:
        state = self.pick(("California", "New York", "Florida", "Texas", "Illinois",
                           "Pennsylvania", "New Jersey", "Michigan"))
        letter = self.pick(string.ascii_uppercase)
        num = {"California": letter + self.digits(7), "New York": self.digits(9),
               "Florida": f"{letter}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-"
                          f"{self.digits(3)}-{self.digits(1)}",
               "Texas": self.digits(8),
               "Illinois": f"{letter}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
               "Pennsylvania": f"{self.digits(2)} {self.digits(3)} {self.digits(3)}",
               "New Jersey": f"{letter}{self.digits(4)} {self.digits(5)} {self.digits(5)}",
               "Michigan": f"{letter} {self.digits(3)} {self.digits(3)} {self.digits(3)} "
                           f"{self.digits(3)}"}[state]
        return state, num

    def _dated(self, order: str, lo: int = 1950, hi: int = 2004) -> tuple[str, int]:
        y, m, d = self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28)
        parts = {"Y": f"{y % 100:02d}", "M": f"{m:02d}", "D": f"{d:02d}"}
        return "".join(parts[c] for c in order), y

    def _prefix(self, module: str) -> str:
        """The part of a national number before its check character(s)."""
        if module == "cz.rc":
            ymd, _ = self._dated("YMD", 1954, 2004)
            ymd = ymd[:2] + f"{int(ymd[2:4]) + self.pick((0, 50)):02d}" + ymd[4:]
            return ymd + self.digits(3)
        if module == "ro.cnp":
            ymd, y = self._dated("YMD")
            return str(self.pick((1, 2)) + (4 if y >= 2000 else 0)) + ymd + \
                f"{self.rng.randint(1, 46):02d}" + self.digits(3)
        if module == "kr.rrn":
            ymd, y = self._dated("YMD")
            return ymd + str(self.pick((1, 2)) + (2 if y >= 2000 else 0)) + self.digits(5)
        if module == "cn.ric":
            ymd, y = self._dated("YMD")
            return self.pick(("110101", "310104", "440106", "510107")) + str(y) + ymd[2:] + \
                self.digits(3)
        if module == "gr.amka":
            return self._dated("DMY")[0] + self.digits(4)
        if module == "bg.egn":
            ymd, y = self._dated("YMD", 1950, 1999)
            return ymd + self.digits(3)
        if module == "lt.asmens":
            ymd, y = self._dated("YMD", 1950, 1999)
            return str(self.pick((3, 4))) + ymd + self.digits(3)
        if module == "ch.ssn":
            return "756" + self.digits(9)
        if module in ("hr.oib", "il.idnr", "nz.ird", "gr.vat"):
            n = {"hr.oib": 10, "il.idnr": 8, "nz.ird": 8, "gr.vat": 8}[module]
            return str(self.rng.randint(1, 9)) + self.digits(n - 1)
        if module == "tr.tckimlik":
            return str(self.rng.randint(1, 9)) + self.digits(8)
        if module == "cl.rut":
            return str(self.rng.randint(5, 25)) + self.digits(6)
        if module == "ar.cuit":
            return self.pick(("20", "27", "23")) + self.digits(8)
        raise KeyError(module)

    def _stdnum_value(self, module: str) -> str:
        """Random number in the module's layout whose check python-stdnum accepts."""
        mod = importlib.import_module("stdnum." + module)
        tails = [a + b for a in "0123456789" for b in "0123456789"] \
            if module == "tr.tckimlik" else list("0123456789K" if module == "cl.rut"
                                                 else "0123456789X")
        while True:
            prefix = self._prefix(module)
            for t in tails:
                if mod.is_valid(prefix + t):
                    num = prefix + t
                    return mod.format(num) if hasattr(mod, "format") and \
                        self.rng.random() < 0.5 else num

    def national_id(self) -> tuple[str, str, str]:
        module, label = self.pick(NATIONAL_IDS)
        return label, self._stdnum_value(module), f"generator:h4_{module.replace('.', '_')}" \
                                                   "_stdnum_check"

    def tax_id(self) -> tuple[str, str, str]:
        module, label = self.pick(TAX_IDS)
        return label, self._stdnum_value(module), f"generator:h4_{module.replace('.', '_')}" \
                                                   "_stdnum_check"

    def foreign_address(self) -> tuple[str, str]:
        loc = self.pick(ADDRESS_LOCALES)
        addr = self.faker(loc).address().replace("\n", ", ")
        country = {"en_AU": "Australia", "en_NZ": "New Zealand", "en_IE": "Ireland",
                   "de_AT": "Austria", "de_CH": "Switzerland", "da_DK": "Denmark",
                   "cs_CZ": "Czech Republic", "hu_HU": "Hungary", "en_PH": "Philippines",
                   "id_ID": "Indonesia", "zu_ZA": "South Africa"}[loc]
        return f"{addr}, {country}", f"faker:{loc}.address"
