"""Synthetic values for held-out set 3 (`build_holdout3.py`): people, dates and UK identifiers.

`ValueGenerator` owns the random state (one seeded `random.Random`, faker instances
seeded from it) and the row list; the section classes in `holdout3_identifier_rows.py`
and `holdout3_text_rows.py` draw from it, and the order of draws fixes the built set.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Sequence
from typing import Any, TypeVar

from benchmarks.data import holdout3_sources as S

SEED = 20261207
_MALE = re.compile(r"\b(he|his|him|son|husband|brother|dad|father)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(she|her|hers|daughter|wife|mum|mother|sister|granddaughter|niece)\b", re.IGNORECASE)
_T = TypeVar("_T")


class ValueGenerator:
    """Seeded draws of synthetic values; sections subclass it and `add` rows."""

    def __init__(self, seed: int = SEED) -> None:
        from faker import Faker

        self.rng = random.Random(seed)
        random.seed(seed)  # some faker providers (es_ES nif/nie) draw from the global generator
        self.rows: list[dict[str, Any]] = []
        self._fakers: dict[str, Any] = {}
        self._seed = seed
        self._faker_cls = Faker
        self._texts: set[str] = set()

    # -- infrastructure -----------------------------------------------------------

    def fake(self, locale: str = "en_GB") -> Any:
        if locale not in self._fakers:
            f = self._faker_cls(locale)
            f.seed_instance(self._seed + len(self._fakers))
            self._fakers[locale] = f
        return self._fakers[locale]

    def add(
        self,
        text: str,
        level: str,
        kinds: tuple[str, ...] | list[str],
        category: str,
        source: str,
        optional: tuple[str, ...] | list[str] = (),
    ) -> None:
        if text in self._texts:  # keep every text unique
            return
        self._texts.add(text)
        kinds = sorted(set(kinds))
        optional = sorted(set(optional) - set(kinds))
        self.rows.append(
            {
                "id": "",
                "text": text,
                "sensitive": level != "public",
                "level": level,
                "kinds": kinds,
                "optional_kinds": optional,
                "category": category,
                "source": source,
            }
        )

    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[self.rng.randrange(len(seq))]

    # -- people -----------------------------------------------------------------------

    NAME_LOCALES = ("en_GB", "en_GB", "en_IE", "en_IN", "pl_PL", "fr_FR", "it_IT", "es_ES", "yo_NG", "de_DE")

    def person(self, frame: str = "") -> dict[str, str]:
        """A synthetic person; the frame's pronouns (he/she, son/daughter...) fix the gender."""
        loc = self.pick(self.NAME_LOCALES)
        f = self.fake(loc)
        female = self.rng.random() < 0.5
        if _MALE.search(frame):
            female = False
        elif _FEMALE.search(frame):
            female = True
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name()
        hon = self.pick(("Mrs", "Ms", "Miss", "Dr")) if female else self.pick(("Mr", "Dr"))
        return {
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "hon": f"{hon} {last}",
            "lname": f"{first} {last}".lower(),
            "female": str(female),
            "locale": loc,
        }

    def dob(self) -> tuple[int, int, int]:
        # not faker's date_of_birth: it counts back from today, so the build would change by date
        return self.rng.randrange(1936, 2007), self.rng.randrange(1, 13), self.rng.randrange(1, 29)

    def dob_text(self) -> str:
        y, m, d = self.dob()
        months = "January February March April May June July August September October November December".split()
        styles = (
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {months[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{months[m - 1][:3]} {d}, {y}",
            f"{d:02d}-{m:02d}-{str(y)[2:]}",
        )
        return self.pick(styles)

    # -- UK identifiers ---------------------------------------------------------------

    def nhs(self, valid: bool = True) -> str:
        from stdnum.gb import nhs as std_nhs

        while True:
            digits = [self.pick((4, 6, 7))] + [self.rng.randrange(10) for _ in range(8)]
            total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
            check = 11 - total % 11
            if check == 10:
                continue
            check = 0 if check == 11 else check
            if not valid:
                check = (check + self.rng.randrange(1, 10)) % 10
            n = "".join(map(str, digits)) + str(check)
            if std_nhs.is_valid(n) == valid:
                break
        return self.pick((f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"))

    def nino(self, valid: bool = True) -> str:
        bad_first, bad_second = set("DFIQUV"), set("DFIOQUV")
        banned = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
        while True:
            a, b = self.pick(string.ascii_uppercase), self.pick(string.ascii_uppercase)
            if a in bad_first or b in bad_second or a + b in banned:
                continue
            break
        digits = "".join(str(self.rng.randrange(10)) for _ in range(6))
        suffix = self.pick("ABCD")
        if not valid:
            mode = self.rng.randrange(3)
            if mode == 0:
                a, b = self.pick(("D", "F", "Q")), self.pick(("Q", "V", "O"))  # never-issued prefix
            elif mode == 1:
                suffix = self.pick("EFGXZ")  # suffix out of range
            else:
                digits = digits[:5]  # one digit short
        raw = f"{a}{b}{digits}{suffix}"
        if len(digits) == 6:
            return self.pick((raw, f"{a}{b} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}", raw.lower()))
        return raw

    def utr(self, valid: bool = True) -> str:
        from stdnum.gb import utr as std_utr

        body = "".join(str(self.rng.randrange(10)) for _ in range(9))
        check = std_utr.calc_check_digit(body)
        if not valid:
            check = str((int(check) + self.rng.randrange(1, 10)) % 10)
        n = check + body
        assert std_utr.is_valid(n) == valid
        return self.pick((n, f"{n[:5]} {n[5:]}"))

    def vat(self, valid: bool = True) -> str:
        from stdnum.gb import vat as std_vat

        while True:
            body = "".join(str(self.rng.randrange(10)) for _ in range(7))
            if body[0] == "0":
                continue
            goods = [f"{body}{c:02d}" for c in range(100) if std_vat.is_valid(f"{body}{c:02d}")]
            if not goods:
                continue
            n = goods[0] if valid else next(f"{body}{c:02d}" for c in range(100) if f"{body}{c:02d}" not in goods)
            assert std_vat.is_valid(n) == valid
            return self.pick((f"GB{n}", f"GB {n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}"))

    def passport(self, valid: bool = True) -> str:
        n = "".join(str(self.rng.randrange(10)) for _ in range(9))
        if n[0] == "0":
            n = "1" + n[1:]
        if not valid:
            return self.pick((n[:8], n[:8] + "O", n + "7"))  # a digit short, a letter O, a digit long
        return n

    def licence(self, p: dict[str, str], valid: bool = True) -> str:
        y, m, d = self.dob()
        import unicodedata

        plain = unicodedata.normalize("NFKD", p["last"]).encode("ascii", "ignore").decode()
        sur = "".join(c for c in plain.upper() if c.isalpha())[:5].ljust(5, "9")
        month = m + (50 if p["female"] == "True" else 0)
        if not valid:
            month = 13 + self.rng.randrange(20, 30)  # impossible month
        first_plain = unicodedata.normalize("NFKD", p["first"]).encode("ascii", "ignore").decode() or "X"
        initials = (first_plain[0] + "9").upper()
        checks = self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase)
        core = f"{sur}{str(y)[2]}{month:02d}{d:02d}{str(y)[3]}{initials}9{checks}"
        return self.pick((core, f"{core[:5]} {core[5:11]} {core[11:13]}{core[13:]}"))

    def address(self, with_house: bool = True) -> tuple[str, str]:
        f = self.fake()
        pc = f.postcode()
        street = f.street_address().replace("\n", ", ")
        town = f.city()
        styles = (
            f"{street}, {town} {pc}",
            f"{street}, {town}, {pc}",
            f"{street.upper()}, {town.upper()}, {pc}",
            f"{street} {town} {pc.lower()}",
        )
        return self.pick(styles), pc

    def phone(self, valid: bool = True) -> str:
        prefix, n = self.pick(S.OFCOM_DRAMA_RANGES)
        tail = "".join(str(self.rng.randrange(10)) for _ in range(n))
        number = prefix + tail
        if not valid:
            return number[:-1]  # one digit short
        style = self.rng.randrange(3)
        if style == 1:
            return "+44 " + number[1:]
        if style == 2:
            return number.replace(" ", "")
        return number

    def email(self, p: dict[str, str], valid: bool = True) -> str:
        import unicodedata

        def ascii_(s: str) -> str:
            return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha()).lower()

        local = self.pick(
            (
                f"{ascii_(p['first'])}.{ascii_(p['last'])}",
                f"{ascii_(p['first'])[0]}{ascii_(p['last'])}",
                f"{ascii_(p['last'])}{self.rng.randrange(10, 99)}",
            )
        )
        dom = self.pick(S.RESERVED_MAIL_DOMAINS)
        if not valid:
            return self.pick((f"{local}@@{dom}", f"{local}@{dom.replace('.', ',', 1)}", f"{local} @ {dom}"))
        return f"{local}@{dom}"

    def sort_account(self, valid: bool = True) -> tuple[str, str]:
        sc = [f"{self.rng.randrange(100):02d}" for _ in range(3)]
        sc[0] = f"{self.rng.randrange(1, 99):02d}"
        acct = "".join(str(self.rng.randrange(10)) for _ in range(8))
        if not valid:
            if self.rng.random() < 0.5:
                acct = acct[:7]
            else:
                return "-".join(sc)[:-1], acct  # sort code a digit short
        return self.pick(("-".join(sc), "".join(sc), " ".join(sc))), acct

    def card(self, valid: bool = True, length: int | None = None) -> str:
        prefixes = (
            ("4", 16),
            ("51", 16),
            ("53", 16),
            ("55", 16),
            ("2221", 16),
            ("34", 15),
            ("37", 15),
            ("6011", 16),
            ("4", 13),
            ("62", 19),
            ("36", 14),
        )
        pre, n = self.pick(prefixes)
        if length is not None:
            n = length
        body = pre + "".join(str(self.rng.randrange(10)) for _ in range(n - len(pre) - 1))
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                d = d - 9 if d > 9 else d
            total += d
        check = (10 - total % 10) % 10
        if not valid:
            check = (check + self.rng.randrange(1, 10)) % 10
        num = body + str(check)
        from stdnum import luhn

        assert luhn.is_valid(num) == valid
        if n == 16 and self.rng.random() < 0.6:
            return " ".join(num[i : i + 4] for i in range(0, 16, 4))
        if n == 15 and self.rng.random() < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num

    def iban(self, valid: bool = True, country: str = "GB") -> str:
        from stdnum import iban as std_iban
        from stdnum.iso7064 import mod_97_10

        if country == "GB":
            bank = "".join(self.pick(string.ascii_uppercase) for _ in range(4))
            bban = bank + "".join(str(self.rng.randrange(10)) for _ in range(14))
        else:
            loc = {
                "DE": "de_DE",
                "FR": "fr_FR",
                "ES": "es_ES",
                "IT": "it_IT",
                "NL": "nl_NL",
                "PL": "pl_PL",
                "PT": "pt_PT",
                "BE": "nl_BE",
                "AT": "de_AT",
                "IE": "en_IE",
            }[country]
            bban = self.fake(loc).iban()[4:]
        check = mod_97_10.calc_check_digits(bban + country)
        if not valid:
            check = f"{(int(check) + self.rng.randrange(1, 50)) % 100:02d}"
        num = country + check + bban
        assert std_iban.is_valid(num) == valid
        return self.pick((num, " ".join(num[i : i + 4] for i in range(0, len(num), 4))))

    def vehicle(self) -> str:
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        area = self.pick(L) + self.pick(L)
        age = self.pick(("02", "07", "12", "15", "19", "21", "23", "52", "57", "62", "65", "69", "71", "73"))
        rnd = "".join(self.pick("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return self.pick(
            (
                f"{area}{age}-{rnd}",
                f"{area}-{age}-{rnd}",
                f"{area}{age}.{rnd}",
                f"{area}{age}_{rnd}",
                f"{area.lower()}{age}-{rnd.lower()}",
                f"{area}{age} {rnd}",
                f"{area}/{age}/{rnd}",
            )
        )
