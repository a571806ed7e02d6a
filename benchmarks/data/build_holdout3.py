"""Build held-out evaluation set 3: `python -m benchmarks.data.build_holdout3`.

Written without sight of the classifier, of the earlier templates or of any earlier
evaluation row (see PROVENANCE.md, "Held-out set 3"). Values are synthetic
(faker, our own generators with python-stdnum check digits) or published test
values (`holdout3_sources.py`); frames are in `holdout3_frames.py`. Deterministic
for a seed and the pinned faker / python-stdnum versions.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.data import holdout3_frames as F
from benchmarks.data import holdout3_sources as S

SEED = 20261207
_MALE = re.compile(r"\b(he|his|him|son|husband|brother|dad|father)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(she|her|hers|daughter|wife|mum|mother|sister|granddaughter|niece)\b", re.IGNORECASE)
OUT = Path(__file__).resolve().with_name("classify_holdout3.jsonl")


class Builder:
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

    def pick(self, seq: Any) -> Any:
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

    # -- sections -----------------------------------------------------------------------

    def uk_identifiers(self) -> None:
        for kind, frames in F.UK_ID_FRAMES.items():
            order = list(range(len(frames)))
            self.rng.shuffle(order)
            for i in range(7):
                valid = i < 5
                frame = frames[order[i % len(frames)]]
                p = self.person()
                cat = ("identifier:" if valid else "identifier_mistyped:") + kind
                src = f"generator:h3_{kind.lower()}" + ("" if valid else "_mistyped")
                optional: tuple[str, ...] = ("PERSON",)
                fmt: dict[str, str] = {}
                if kind == "UK_NHS_NUMBER":
                    fmt["v"] = self.nhs(valid)
                    src = "generator:h3_nhs_mod11" + ("" if valid else "_wrong_check")
                elif kind == "UK_NINO":
                    if not valid and i == 6:
                        fmt["v"] = S.HMRC_EXAMPLE_NINO
                        src = "published:hmrc_example_nino_QQ123456C"
                    else:
                        fmt["v"] = self.nino(valid)
                        src = "generator:h3_nino_prefix_rules" + ("" if valid else "_broken")
                elif kind == "UK_UTR":
                    fmt["v"] = self.utr(valid)
                    src = "generator:h3_utr_stdnum_check" + ("" if valid else "_wrong_check")
                elif kind == "UK_VAT":
                    fmt["v"] = self.vat(valid)
                    src = "generator:h3_vat_stdnum_check" + ("" if valid else "_wrong_check")
                elif kind == "UK_PASSPORT":
                    fmt["v"] = self.passport(valid)
                    src = "generator:h3_passport_9_digits" + ("" if valid else "_wrong_length")
                elif kind == "UK_DRIVING_LICENCE":
                    fmt["v"] = self.licence(p, valid)
                    src = "generator:h3_dvla_layout+faker" + ("" if valid else "_impossible_month")
                elif kind == "UK_POSTCODE":
                    addr, pc = self.address()
                    if not valid:
                        bad = pc.replace(" ", "")
                        bad = bad[:-1] + self.pick("CIKMOV")  # letters never used in the inward code
                        addr = addr.replace(pc, bad).replace(pc.lower(), bad.lower())
                    fmt["addr"] = addr
                    optional = ("PERSON", "LOCATION")
                    src = "faker:en_GB.address" + ("" if valid else "+h3_bad_inward_letter")
                elif kind == "UK_PHONE":
                    fmt["v"] = self.phone(valid)
                    src = "published:ofcom_drama_ranges" + ("" if valid else "_digit_short")
                elif kind == "EMAIL":
                    fmt["v"] = self.email(p, valid)
                    src = "generator:h3_rfc2606_domains+faker_names" + ("" if valid else "_malformed")
                elif kind == "UK_BANK_ACCOUNT":
                    fmt["sc"], fmt["acct"] = self.sort_account(valid)
                    src = "generator:h3_sort_code_account" + ("" if valid else "_wrong_length")
                elif kind == "PAYMENT_CARD":
                    fmt["v"] = self.card(valid)
                    src = "generator:h3_luhn_bin_prefixes" + ("" if valid else "_luhn_fail")
                elif kind == "IBAN":
                    fmt["v"] = self.iban(valid)
                    src = "generator:h3_gb_iban_mod97" + ("" if valid else "_wrong_check")
                self.add(frame.format(**fmt), "personal", (kind,), cat, src, optional)

    def non_uk_identifiers(self) -> None:
        en_us = self.fake("en_US")
        # US SSN: faker, stdnum doctest, SSA advertising range (out of range but cued).
        ssns = [("536-90-4399", "published:stdnum_us_ssn_doctest")]
        ssns += [(self.pick(S.SSA_ADVERTISING_SSNS), "published:ssa_advertising_ssn_range") for _ in range(3)]
        ssns += [(en_us.ssn(), "faker:en_US.ssn") for _ in range(6)]
        for i, (v, src) in enumerate(ssns):
            if i % 3 == 2:
                v = v.replace("-", "")
            self.add(
                F.SSN_FRAMES[i % len(F.SSN_FRAMES)].format(v=v), "personal", (), "identifier:US_SSN", src, ("PERSON",)
            )
        itins = [("912-90-3456", "published:stdnum_us_itin_doctest")] + [
            (en_us.itin(), "faker:en_US.itin") for _ in range(5)
        ]
        for i, (v, src) in enumerate(itins):
            self.add(F.ITIN_FRAMES[i % len(F.ITIN_FRAMES)].format(v=v), "personal", (), "identifier:US_ITIN", src)
        for i in range(8):
            state, layout = S.US_DL_LAYOUTS[i]
            v = "".join(
                self.pick(string.ascii_uppercase) if c == "L" else str(self.rng.randrange(10)) if c == "9" else c
                for c in layout
            )
            self.add(
                F.US_DL_FRAMES[i % len(F.US_DL_FRAMES)].format(v=v, state=state),
                "personal",
                (),
                "identifier:US_DRIVER_LICENSE",
                "generator:h3_us_dl_state_layouts",
            )
        countries = {
            "US": "American",
            "DE": "German",
            "FR": "French",
            "ES": "Spanish",
            "IT": "Italian",
            "NL": "Dutch",
            "BE": "Belgian",
            "SE": "Swedish",
            "DK": "Danish",
            "NO": "Norwegian",
            "FI": "Finnish",
            "PL": "Polish",
            "IE": "Irish",
            "EE": "Estonian",
            "MX": "Mexican",
            "BR": "Brazilian",
            "ZA": "South African",
            "IN": "Indian",
            "CA": "Canadian",
            "PT": "Portuguese",
            "AU": "Australian",
            "AT": "Austrian",
        }
        n = 0
        for v, cc, what, mod in S.STDNUM_NATIONAL_IDS[2:]:  # SSN and ITIN are used above
            frame = F.NATIONAL_ID_FRAMES[n % len(F.NATIONAL_ID_FRAMES)]
            n += 1
            self.add(
                frame.format(v=v, what=what, country=cc, country_name=countries[cc]),
                "personal",
                (),
                "identifier:national_id_non_uk",
                f"published:stdnum_{mod}_doctest",
            )
        # faker-generated national ids (checked with python-stdnum where a module exists)
        from stdnum.es import nie as std_nie
        from stdnum.es import nif as std_nif
        from stdnum.fi import hetu
        from stdnum.it import codicefiscale
        from stdnum.nl import bsn
        from stdnum.pl import pesel
        from stdnum.se import personnummer

        gens = (
            ("fr_FR", "ssn", "FR", "numéro de sécurité sociale", None),
            ("es_ES", "nif", "ES", "DNI", std_nif),
            ("es_ES", "nie", "ES", "NIE", std_nie),
            ("it_IT", "ssn", "IT", "codice fiscale", codicefiscale),
            ("nl_NL", "ssn", "NL", "BSN", bsn),
            ("pl_PL", "pesel", "PL", "PESEL", pesel),
            ("fi_FI", "ssn", "FI", "henkilötunnus", hetu),
            ("sv_SE", "ssn", "SE", "personnummer", personnummer),
            ("en_IN", "aadhaar_id", "IN", "Aadhaar number", None),
            ("pt_BR", "cpf", "BR", "CPF", None),
            ("en_CA", "ssn", "CA", "SIN", None),
        )
        for loc, meth, cc, what, mod in gens:
            v = getattr(self.fake(loc), meth)()
            if mod is not None and not mod.is_valid(v):
                src = f"faker:{loc}.{meth}(fails stdnum check; cued)"
            else:
                src = f"faker:{loc}.{meth}"
            frame = F.NATIONAL_ID_FRAMES[n % len(F.NATIONAL_ID_FRAMES)]
            n += 1
            self.add(
                frame.format(v=v, what=what, country=cc, country_name=countries[cc]),
                "personal",
                (),
                "identifier:national_id_non_uk",
                src,
            )
        for i, (v, cc, what, mod) in enumerate(S.STDNUM_TAX_IDS):
            self.add(
                F.TAX_ID_FRAMES[i % 3].format(v=v, what=what, country=cc, country_name=countries[cc]),
                "personal",
                (),
                "identifier:tax_id_non_uk",
                f"published:stdnum_{mod}_doctest",
            )
        for i, (loc, cc, what) in enumerate(
            (
                ("fr_FR", "FR", "numéro de TVA"),
                ("de_DE", "DE", "USt-IdNr"),
                ("pt_PT", "PT", "NIF"),
                ("pl_PL", "PL", "NIP"),
                ("de_AT", "AT", "UID"),
            )
        ):
            v = self.fake(loc).vat_id()
            frame = F.SELF_EMPLOYED_TAX_FRAMES[i % len(F.SELF_EMPLOYED_TAX_FRAMES)]
            self.add(
                frame.format(v=v, what=what, country=cc, country_name=countries[cc]),
                "personal",
                (),
                "identifier:tax_id_non_uk",
                f"faker:{loc}.vat_id",
            )
        # non-UK IBANs
        for cc in ("DE", "FR", "ES", "IT", "NL", "PL"):
            p = self.person()
            frame = self.pick(F.UK_ID_FRAMES["IBAN"])
            self.add(
                frame.format(v=self.iban(True, cc)),
                "personal",
                ("IBAN",),
                "identifier:IBAN_non_uk",
                f"faker:{cc}_bban+h3_mod97",
                ("PERSON",),
            )
        # non-UK phones (libphonenumber examples), international and national formats
        names = {
            "US": "the US",
            "CA": "Canada",
            "FR": "France",
            "DE": "Germany",
            "ES": "Spain",
            "IT": "Italy",
            "NL": "the Netherlands",
            "IE": "Ireland",
            "AU": "Australia",
            "NZ": "New Zealand",
            "IN": "India",
            "JP": "Japan",
            "BR": "Brazil",
            "ZA": "South Africa",
            "SE": "Sweden",
            "PL": "Poland",
            "PT": "Portugal",
            "NG": "Nigeria",
            "KE": "Kenya",
            "PK": "Pakistan",
            "PH": "the Philippines",
            "TR": "Turkey",
        }
        for i, (region, cc, nat) in enumerate(S.LIBPHONENUMBER_MOBILE_EXAMPLES):
            style = i % 4
            if style == 0:
                v = f"+{cc} {nat}"
            elif style == 1:
                v = f"+{cc} " + " ".join(nat[j : j + 3] for j in range(0, len(nat), 3))
            elif style == 2:
                v = f"00{cc}{nat}"
            else:
                v = ("0" + nat) if cc not in ("1",) else f"({nat[:3]}) {nat[3:6]}-{nat[6:]}"
            frame = F.INTL_PHONE_FRAMES[i % len(F.INTL_PHONE_FRAMES)]
            self.add(
                frame.format(v=v, country_name=names[region]),
                "personal",
                ("UK_PHONE",),
                "identifier:phone_non_uk",
                f"published:libphonenumber_example_mobile_{region}",
            )
        # non-UK postal addresses in varied order and case
        for i, loc in enumerate(
            ("en_US", "de_DE", "fr_FR", "en_AU", "en_CA", "it_IT", "es_ES", "nl_NL", "en_US", "de_DE", "en_IE", "pl_PL")
        ):
            addr = self.fake(loc).address()
            lines = [ln.strip() for ln in addr.split("\n") if ln.strip()]
            mode = i % 4
            if mode == 1:
                lines = list(reversed(lines))
            text_addr = ", ".join(lines)
            if mode == 2:
                text_addr = text_addr.upper()
            elif mode == 3:
                text_addr = text_addr.lower()
            frame = F.INTL_ADDRESS_FRAMES[i % len(F.INTL_ADDRESS_FRAMES)]
            self.add(
                frame.format(addr=text_addr),
                "personal",
                ("LOCATION",),
                "identifier:address_non_uk",
                f"faker:{loc}.address",
                ("PERSON",),
            )
        # PO boxes
        for i in range(5):
            f = self.fake(self.pick(("en_US", "en_AU", "en_CA")))
            box = self.rng.randrange(100, 99999)
            v = self.pick(
                (
                    f"PO Box {box}, {f.city()}",
                    f"P.O. Box {box}, {f.city()} {f.postcode()}",
                    f"po box {box} {f.city().lower()}",
                )
            )
            self.add(
                F.PO_BOX_FRAMES[i % 3].format(v=v),
                "personal",
                ("LOCATION",),
                "identifier:po_box",
                "generator:h3_po_box+faker_city",
            )
        # US military addresses (faker en_US military_*)
        for i in range(5):
            mode = i % 3
            if mode == 0:
                v = f"{en_us.military_apo()}, APO {en_us.military_state()} {en_us.postcode()}"
            elif mode == 1:
                v = f"{en_us.military_dpo()}, DPO {en_us.military_state()} {en_us.postcode()}"
            else:
                v = f"{en_us.military_ship()} {en_us.last_name()}, FPO {en_us.military_state()} {en_us.postcode()}"
            p = self.person()
            self.add(
                F.MILITARY_FRAMES[i % 3].format(v=f"{p['name']}, {v}"),
                "personal",
                ("LOCATION",),
                "identifier:military_address",
                "faker:en_US.military_apo/dpo/ship",
                ("PERSON",),
            )

    def names(self) -> None:
        for frames, cat, key in (
            (F.HONORIFIC_FRAMES, "name:honorific", "hon"),
            (F.SELF_INTRO_FRAMES, "name:self_introduction", "name"),
            (F.DIALOGUE_FRAMES, "name:dialogue_answer", "name"),
            (F.LOWERCASE_FRAMES, "name:lowercase", "lname"),
            (F.ROLE_FRAMES, "name:relational_role", "name"),
        ):
            for i in range(9):
                p = self.person(frames[i % len(frames)])
                self.add(
                    frames[i % len(frames)].format(**{key: p[key]}),
                    "personal",
                    ("PERSON",),
                    cat,
                    f"faker:{p['locale']}.name+handwritten",
                )

    def other_personal(self) -> None:
        # payment card cue + 12-19 digits, whatever Luhn says
        for i in range(10):
            length = self.pick((12, 13, 14, 15, 16, 17, 18, 19))
            valid = i % 2 == 0
            v = self.card(valid=valid, length=length)
            self.add(
                F.CARD_CUE_FRAMES[i % len(F.CARD_CUE_FRAMES)].format(v=v),
                "personal",
                ("PAYMENT_CARD",),
                "payment_card:any_luhn",
                f"generator:h3_card_{length}_digits_" + ("luhn_ok" if valid else "luhn_fail"),
            )
        for i in range(10):
            self.add(
                F.VEHICLE_FRAMES[i % len(F.VEHICLE_FRAMES)].format(v=self.vehicle()),
                "personal",
                ("UK_VEHICLE_REG",),
                "vehicle_reg:separators",
                "generator:h3_dvla_2001_plate_separators",
            )
        for i in range(12):
            p = self.person(F.DOB_FRAMES[i % len(F.DOB_FRAMES)])
            self.add(
                F.DOB_FRAMES[i % len(F.DOB_FRAMES)].format(v=self.dob_text(), **p),
                "personal",
                ("DATE_OF_BIRTH",),
                "dob:no_born_word",
                "generator:h3_dob+h3_date_styles",
                ("PERSON",),
            )
        for i in range(10):
            frame, youngest, oldest = F.AGE_FRAMES[i % len(F.AGE_FRAMES)]
            p = self.person(frame)
            age = self.rng.randrange(youngest, oldest + 1)
            self.add(
                frame.format(age=age, **p),
                "personal",
                ("PERSON",),
                "age:identifiable_person",
                f"faker:{p['locale']}.name+handwritten",
            )
        for i in range(15):
            length = self.pick((8, 11, 12, 13, 14, 15, 17, 18, 19))
            v = str(self.rng.randrange(1, 10)) + "".join(str(self.rng.randrange(10)) for _ in range(length - 1))
            frame = F.ID_RUN_FRAMES[i % len(F.ID_RUN_FRAMES)]
            optional = ("UK_BANK_ACCOUNT",) if "account" in frame.lower() else ()
            self.add(
                frame.format(v=v), "personal", (), "id_run:personal_cue", f"generator:h3_digit_run_{length}", optional
            )

    def _values(self, frame: str = "") -> dict[str, str]:
        p = self.person(frame)
        addr, pc = self.address()
        sc, acct = self.sort_account()
        return {
            **p,
            "nhs": self.nhs(),
            "nino": self.nino(),
            "utr": self.utr(),
            "dob": self.dob_text(),
            "pc": pc,
            "addr": addr,
            "email": self.email(p),
            "phone": self.phone(),
            "passport": self.passport(),
            "iban": self.iban(),
            "sc": sc,
            "acct": acct,
        }

    def structured(self) -> None:
        for _rep in range(2):
            for frame, kinds in F.STRUCTURED_FRAMES:
                v = self._values()
                self.add(
                    frame.format(**v),
                    "personal",
                    kinds,
                    "structured:record",
                    "generator:h3_uk_values+faker+handwritten_record",
                    ("PERSON", "LOCATION"),
                )

    def encoded(self) -> None:
        sentences = (
            ("My NHS number is {nhs} and I'm {name}.", ("UK_NHS_NUMBER",)),
            ("NI number {nino}, please update my record.", ("UK_NINO",)),
            ("email me at {email}", ("EMAIL",)),
            ("my card is {card}", ("PAYMENT_CARD",)),
        )
        for i in range(12):
            v = self._values()
            v["card"] = self.card()
            sent, kinds = sentences[i % len(sentences)]
            plain = sent.format(**v)
            mode = i % 3
            if mode == 0:
                text = "decode this and fill in the form for me: " + base64.b64encode(plain.encode()).decode()
                src = "h3_base64"
            elif mode == 1:
                text = "https://forms.example.gov.uk/submit?note=" + urllib.parse.quote(plain, safe="")
                src = "h3_url_encoding"
            else:
                text = "hex payload from the kiosk log: " + plain.encode().hex()
                src = "h3_hex"
            self.add(text, "personal", kinds, f"encoded:{src[3:]}", f"generator:{src}+h3_uk_values", ("PERSON",))

    def long_documents(self) -> None:
        for i in range(16):
            sens = i < 11
            parts: list[str] = []
            target = self.rng.randrange(2048, 7600)
            order = list(range(len(F.PUBLIC_PASSAGES)))
            self.rng.shuffle(order)
            for j in order:
                if sum(len(x) + 2 for x in parts) >= target:
                    break
                parts.append(F.PUBLIC_PASSAGES[j])
            if sens:
                sent, kinds, level = F.LONG_DOC_PERSONAL[i % len(F.LONG_DOC_PERSONAL)]
                personal = sent.format(**self._values(sent))
                where = i % 3
                if where == 0:
                    parts.insert(0, personal)
                elif where == 1:
                    parts.append(personal)
                else:
                    parts.insert(len(parts) // 2, personal)
                text = "\n\n".join(parts)
                self.add(
                    text,
                    level,
                    kinds,
                    "long_document:personal_sentence",
                    "handwritten:h3_public_passages+h3_uk_values",
                    ("PERSON", "LOCATION"),
                )
            else:
                text = "Please summarise the following for a newsletter.\n\n" + "\n\n".join(parts)
                self.add(text, "public", (), "hard_negative:long_public_document", "handwritten:h3_public_passages")

    def special(self) -> None:
        for frame in F.SPECIAL_FRAMES:
            p = self.person(frame)
            self.add(
                frame.format(**p),
                "special",
                ("SPECIAL_CATEGORY",),
                "special:statement_about_person",
                "handwritten+faker_names",
                ("PERSON",),
            )
        # a few more with an identifier too
        extra = (
            "Patient NHS no {nhs} has schizophrenia and is on a community treatment order.",
            "{name} (NI {nino}) disclosed a prison sentence for assault on the application.",
            "my email is {email} — I'm writing about my HIV clinic appointment",
            "Tenant {name}, DOB {dob}, is a wheelchair user with multiple sclerosis.",
        )
        for j, frame in enumerate(extra):
            v = self._values(frame)
            kinds = ("SPECIAL_CATEGORY", ("UK_NHS_NUMBER", "UK_NINO", "EMAIL", "DATE_OF_BIRTH")[j])
            self.add(
                frame.format(**v), "special", kinds, "special:with_identifier", "handwritten+h3_uk_values", ("PERSON",)
            )

    def markings(self) -> None:
        for frame in F.OFFICIAL_SENSITIVE_FRAMES:
            self.add(frame, "special", ("PROTECTIVE_MARKING",), "marking:official_sensitive", "handwritten")
        for frame in F.SECRET_FRAMES:
            self.add(frame, "secret", ("PROTECTIVE_MARKING",), "marking:secret_top_secret", "handwritten")

    def public(self) -> None:
        for t in F.PUBLIC_FIGURE_QUESTIONS:
            self.add(t, "public", (), "hard_negative:public_figure", "handwritten:general_knowledge")
        for t in F.HISTORICAL_FIGURE_TEXTS:
            self.add(t, "public", (), "hard_negative:historical_figure", "handwritten:general_knowledge")
        combos = [(f, s) for f in F.CLINICAL_VIGNETTE_FRAMES for s in F.VIGNETTE_SYMPTOMS]
        self.rng.shuffle(combos)
        for frame, symptom in combos[:30]:
            sex = self.pick(("man", "woman", "boy", "girl", "patient"))
            age = self.rng.randrange(3, 16) if sex in ("boy", "girl") else self.rng.randrange(19, 88)
            self.add(
                frame.format(age=age, sex=sex, sex_cap=sex.capitalize(), symptom=symptom),
                "public",
                (),
                "hard_negative:clinical_vignette",
                "handwritten:h3_vignette_frames",
            )
        for i in range(24):
            f = self.fake(self.pick(self.NAME_LOCALES))
            first, first2 = f.first_name(), f.first_name()
            a, b = self.rng.randrange(2, 9), self.rng.randrange(2, 9)
            c = self.rng.randrange(30, 120)
            price = f"{self.rng.randrange(1, 4)}.{self.pick(('20', '45', '60', '75', '99'))}"
            frame = F.MATHS_FRAMES[i % len(F.MATHS_FRAMES)]
            self.add(
                frame.format(first=first, first2=first2, a=a, b=b, c=c, p=price),
                "public",
                (),
                "hard_negative:maths_invented_name",
                "handwritten+faker_first_names",
            )
        self.codes()
        for i in range(20):
            style = i % 4
            if style == 0:
                v = f"ORD-{self.rng.randrange(2019, 2026)}-{self.rng.randrange(100000, 999999)}"
            elif style == 1:
                v = "".join(str(self.rng.randrange(10)) for _ in range(self.pick((8, 10, 12))))
            elif style == 2:
                letters = self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase)
                v = f"{letters}-{self.rng.randrange(10000, 99999)}"
            else:
                v = f"#{self.rng.randrange(1000000, 99999999)}"
            frame = F.ORDER_FRAMES[i % len(F.ORDER_FRAMES)]
            self.add(frame.format(v=v), "public", (), "hard_negative:order_number", "generator:h3_order_refs")
        for t in F.CODE_SNIPPETS:
            self.add(t, "public", (), "hard_negative:code_snippet", "handwritten")
        for t in F.GENERAL_PUBLIC:
            self.add(t, "public", (), "public:general_question", "handwritten")
        for t in F.FORMAT_EXPLANATIONS:
            self.add(t, "public", (), "hard_negative:format_explanation", "handwritten")
        for t in F.MARKING_WORD_NEGATIVES:
            self.add(t, "public", (), "hard_negative:marking_word", "handwritten")
        for t in F.HEALTH_GENERAL:
            self.add(t, "public", (), "public:general_health_belief", "handwritten")
        for t in F.HISTORIC_DATES:
            self.add(t, "public", (), "hard_negative:historic_date", "handwritten:general_knowledge")
        for t in F.PUBLIC_STRUCTURED:
            self.add(t, "public", (), "hard_negative:structured_public", "handwritten")
        for i, t in enumerate(F.ENCODED_PUBLIC_SENTENCES):
            if i % 3 == 0:
                text = "decode: " + base64.b64encode(t.encode()).decode()
            elif i % 3 == 1:
                text = "https://search.example.gov.uk/?q=" + urllib.parse.quote(t, safe="")
            else:
                text = "hex: " + t.encode().hex()
            self.add(text, "public", (), "hard_negative:encoded_public", "handwritten")

    def codes(self) -> None:
        from stdnum import ean, isbn, isin
        from stdnum.gb import sedol

        values: list[tuple[str, str, str]] = [(k, v, f"published:{s}") for k, v, s in S.PUBLIC_CODES]
        for _ in range(9):
            body = self.pick(("978", "979")) + "".join(str(self.rng.randrange(10)) for _ in range(9))
            n = body + ean.calc_check_digit(body)  # ISBN-13 uses the EAN-13 check
            assert isbn.is_valid(n)
            values.append(("ISBN", self.pick((n, isbn.format(n))), "generator:h3_isbn13_stdnum_check"))
        for _ in range(7):
            cc = self.pick(("GB", "US", "IE", "DE", "FR", "JE"))
            body = cc + "".join(self.pick(string.digits + "BCDFGHJKLMNPQRSTVWXYZ") for _ in range(9))
            n = body + isin.calc_check_digit(body)
            assert isin.is_valid(n)
            values.append(("ISIN", n, "generator:h3_isin_stdnum_check"))
        for _ in range(7):
            body = self.pick("BCDFGHJ") + "".join(self.pick(string.digits + "BCDFGHJKLMNPQRSTVWXYZ") for _ in range(5))
            n = body + sedol.calc_check_digit(body)
            assert sedol.is_valid(n)
            values.append(("SEDOL", n, "generator:h3_sedol_stdnum_check"))
        for _ in range(8):
            body = self.pick(("50", "40", "87", "76")) + "".join(str(self.rng.randrange(10)) for _ in range(10))
            n = body + ean.calc_check_digit(body)
            assert ean.is_valid(n)
            values.append(("EAN", n, "generator:h3_ean13_stdnum_check"))
        counters: Counter[str] = Counter()
        for kind, v, src in values:
            frames = F.CODE_FRAMES[kind]
            frame = frames[counters[kind] % len(frames)]
            counters[kind] += 1
            self.add(frame.format(v=v), "public", (), f"hard_negative:{kind.lower()}", src)

    # -- assembly -------------------------------------------------------------------------

    def build(self) -> list[dict[str, Any]]:
        self.uk_identifiers()
        self.non_uk_identifiers()
        self.names()
        self.other_personal()
        self.structured()
        self.encoded()
        self.long_documents()
        self.special()
        self.markings()
        self.public()
        self.rng.shuffle(self.rows)
        for i, row in enumerate(self.rows, 1):
            row["id"] = f"h3-{i:04d}"
        return self.rows


def main() -> None:
    rows = Builder().build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    levels = Counter(r["level"] for r in rows)
    hard = sum(1 for r in rows if r["category"].startswith("hard_negative:"))
    print(f"{len(rows)} rows -> {OUT.name}: {dict(levels)}; hard negatives {hard}")


if __name__ == "__main__":
    main()
