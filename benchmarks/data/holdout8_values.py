"""Seeded value generators and this set's own name, street and town lists.

Every identifier is generated here (check digits computed, some confirmed with
python-stdnum) or is a published example; no value belongs to a real person.
Name lists were typed for set 8: transliterated names from many cultures and
names that are also ordinary English words.
"""
# ruff: noqa: E501

from __future__ import annotations

import random

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.gb import nhs as std_nhs
from stdnum.gb import utr as std_utr

FIRST = (
    "Oluwaseun Chidinma Bukola Ifeoma Tunde Kwabena Abena Efua Kofi Yaw Tendai Rutendo Farai Sipho Thandiwe "
    "Nomvula Aoife Caoimhe Niamh Tadhg Ciarán Oisín Fionnuala Mhairi Eilidh Morag Calum Ruaridh Iain Cerys "
    "Rhodri Gruffydd Dafydd Bethan Angharad Ffion Siân Bartłomiej Agnieszka Wojciech Małgorzata Dmytro "
    "Oksana Bohdan Ioana Florin Lucian Gabriela Tomasz Nadia Yusuf Emre Mehmet Ayşe Elif Tariq Bilal Imran "
    "Rukhsana Shabnam Hamza Idris Rashida Somchai Ananya Rohan Deepa Lakshmi Gurpreet Harjit Sandeep Priyanka "
    "Manpreet Wei Xiaoling Jun Mei Hiroshi Yuki Thanh Huong Minh Rania Omar Layla Yasmin Samira Khalid Hodan "
    "Abdirahman Faduma Desta Selam Tesfaye Marisol Joaquín Inês Gonçalo Rose Hope Faith Grace Will Mark Bill "
    "Frank Joy Summer Ivy Heather Holly Dawn Robin Jay Dean Miles Art Penny Sunny Rusty Sandy Crystal Amber"
).split()

SURNAMES = (
    "Adeyemi Okonkwo Mensah Boateng Osei Asante Mwangi Otieno Nkosi Dlamini Moyo Chikwanha Nakamura Tanaka "
    "Nguyen Tran Pham Kowalczyk Wiśniewska Nowicki Popescu Ionescu Petrenko Shevchenko Kaur Sandhu Dhillon "
    "Grewal Chaudhry Qureshi Siddiqui Hussain Rahman Begum Uddin Chowdhury Mahmood Farah Warsame Abdi "
    "Papadopoulos Georgiou Yilmaz Demir Öztürk Haddad Khoury Mansour Ferreira Carvalho Moreno Fernández "
    "Rossi Bianchi O'Sullivan MacLeod McAllister Fitzpatrick Ní_Bhriain Ó_Murchú ap_Gwilym Llewellyn "
    "Pritchard Vaughan Baker Cook Wood Hill Sharp Bird Moon Stone Fisher Shepherd Mason Walker Lamb Fox Hart "
    "Rich Bell Marsh Frost Snow Winter Best Sweet Bond Street Field Brook Lake Church Gill Tesfaye Haile "
    "Lindqvist Kovačević Horvath Novak Zhang Liu Wang Chen Kim Park Lee Sharma Patel Iyer Reddy Menon Banerjee"
).split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]

STREETS = (
    "Cefn Coed Road|Heol y Nant|Bryn Teg|Ffordd Glyndwr|Glebe Crescent|Quarry Brae|Kirkgate Wynd|"
    "Lismore Drive|Carrickhill Road|Shankill Parade|Ormeau Terrace|Dunluce Avenue|Tannery Lane|"
    "Weaver's Row|Pump Street|Ropewalk|Saltmarket Court|Beacon View|Hollins Lane|Coppice Way|"
    "Chapel Fold|Mill Brow|Sandpiper Close|Thistle Grove|Mafeking Street|Jubilee Cottages|"
    "Railway Terrace|Orchard Rise|Bowling Green Lane|Cooperage Yard"
).split("|")

TOWNS = (
    "Merthyr Tydfil|Aberystwyth|Llandudno|Wrexham|Paisley|Kilmarnock|Dundee|Inverness|Lisburn|Newry|"
    "Ballymena|Derry|Barnsley|Rochdale|Hartlepool|Grimsby|Stoke-on-Trent|Luton|Walsall|Blackburn|"
    "Carlisle|Truro|Hastings|Peterborough|Newport|Glasgow|Edinburgh|Aberdeen|Belfast|Manchester|"
    "Birmingham|Leeds|Newcastle upon Tyne|Liverpool"
).split("|")

# outward codes typed for this set, one per town above, in the same order
OUTWARD = ("CF47 SY23 LL30 LL11 PA1 KA1 DD4 IV2 BT28 BT35 BT43 BT48 S70 OL16 TS24 DN32 ST4 LU2 "
           "WS2 BB1 CA2 TR1 TN34 PE1 NP20 G51 EH11 AB24 BT7 M14 B11 LS8 NE6 L8").split()
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
MAIL_DOMAINS = ("btinternet.com", "sky.com", "outlook.com", "icloud.com", "yahoo.co.uk",
                "hotmail.co.uk", "gmail.com", "proton.me", "live.co.uk", "talktalk.net")
NOVER_LETTERS = "ACEGHJKLMNOPRSTUWXYZ"


class Values:
    """All generators draw from one seeded ``random.Random``."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # --- people ---------------------------------------------------------
    def first(self) -> str:
        return self.rng.choice(FIRST)

    def surname(self) -> str:
        return self.rng.choice(SURNAMES)

    def name(self) -> str:
        return f"{self.first()} {self.surname()}"

    def dob_parts(self) -> tuple[int, int, int]:
        return self.rng.randint(1938, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, style: int | None = None) -> str:
        y, m, d = self.dob_parts()
        months = "January February March April May June July August September October November December".split()
        s = self.rng.randrange(8) if style is None else style
        return [
            f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {months[m - 1][:3]} {y}",
            f"{d:02d}-{months[m - 1][:3].upper()}-{y}", f"{months[m - 1]} {d}, {y}", f"{d:02d}{m:02d}{str(y)[2:]}",
        ][s]

    def email(self, name: str) -> str:
        parts = name.lower().replace("'", "").split()
        ascii_parts = ["".join(c for c in p if c.isascii() and c.isalnum()) or "x" for p in parts]
        sep = self.rng.choice([".", "_", "", "."])
        local = sep.join([ascii_parts[0], ascii_parts[-1]]) if self.rng.random() < 0.7 else ascii_parts[0][0] + ascii_parts[-1]
        if self.rng.random() < 0.5:
            local += str(self.rng.randint(1, 99))
        return f"{local}@{self.rng.choice(MAIL_DOMAINS)}"

    # --- UK identifiers -------------------------------------------------
    def nhs_digits(self, in_range: bool = True, valid: bool = True) -> str:
        while True:
            if in_range:
                base = self.rng.choice([self.rng.randint(400000000, 499999999), self.rng.randint(600000000, 708999999)])
            else:
                base = self.rng.choice([self.rng.randint(100000000, 299999999), self.rng.randint(800000000, 899999999)])
            ds = str(base)
            total = sum(int(c) * w for c, w in zip(ds, range(10, 1, -1), strict=True))
            chk = 11 - total % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            if not valid:
                chk = (chk + self.rng.randint(1, 9)) % 10
                full = ds + str(chk)
                if std_nhs.is_valid(full):
                    continue
                return full
            full = ds + str(chk)
            assert std_nhs.is_valid(full)
            return full

    def nhs(self, in_range: bool = True, valid: bool = True) -> str:
        d = self.nhs_digits(in_range, valid)
        return self.rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])

    def nino(self, allocated: bool = True) -> str:
        bad_first, bad_second = "DFIQUV", "DFIOQUV"
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        while True:
            a, b = self.rng.choice(letters), self.rng.choice(letters)
            pre = a + b
            ok = a not in bad_first and b not in bad_second and pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
            if ok == allocated:
                break
        suffix = self.rng.choice("ABCD")
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        if self.rng.random() < 0.5:
            return f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return f"{pre}{digits}{suffix}"

    def utr(self, valid: bool = True) -> str:
        while True:
            rest = "".join(str(self.rng.randint(0, 9)) for _ in range(9))
            good = [c for c in "0123456789" if std_utr.is_valid(c + rest)]
            if not good:
                continue
            if valid:
                v = good[0] + rest
            else:
                bad = [c for c in "0123456789" if c not in good]
                v = self.rng.choice(bad) + rest
            return self.rng.choice([v, f"{v[:5]} {v[5:]}", v])

    def passport(self) -> str:
        return str(self.rng.randint(100000000, 999999999))

    def licence(self, surname: str, dob: tuple[int, int, int], female: bool) -> str:
        y, m, d = dob
        sn = "".join(c for c in surname.upper() if "A" <= c <= "Z")[:5].ljust(5, "9")
        mm = m + (50 if female else 0)
        initials = "".join(self.rng.choice("ABCDEGHJKLMNPRST") for _ in range(2))
        return f"{sn}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{initials}9{self.rng.choice('ABCDEFGHJK')}{self.rng.choice('LMNPRSTW')}"

    def plate(self, sep: str = " ") -> str:
        mem = self.rng.choice(NOVER_LETTERS) + self.rng.choice(NOVER_LETTERS)
        age = self.rng.choice(["12", "15", "17", "19", "21", "23", "61", "64", "66", "68", "70", "73"])
        tail = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{mem}{age}{sep}{tail}"

    def postcode(self, bad_inward: bool = False) -> str:
        out = self.rng.choice(OUTWARD)
        letters = "CIKMOV" if bad_inward else INWARD_LETTERS
        return f"{out} {self.rng.randint(0, 9)}{self.rng.choice(letters)}{self.rng.choice(INWARD_LETTERS)}"

    def address(self) -> str:
        num = self.rng.randint(1, 212)
        flat = f"Flat {self.rng.randint(1, 14)}, " if self.rng.random() < 0.2 else ""
        i = self.rng.randrange(len(TOWNS))
        inward = f"{self.rng.randint(0, 9)}{self.rng.choice(INWARD_LETTERS)}{self.rng.choice(INWARD_LETTERS)}"
        return f"{flat}{num} {self.rng.choice(STREETS)}, {TOWNS[i]} {OUTWARD[i]} {inward}"

    def phone(self) -> str:
        """Ofcom's drama ranges (the only fictional UK ranges)."""
        n = self.rng.randint(0, 999)
        return self.rng.choice([f"07700 900{n:03d}", f"07700900{n:03d}", f"+44 7700 900{n:03d}", f"0113 496 0{n % 1000:03d}"[:13], f"020 7946 0{n % 1000:03d}"[:13], f"029 2018 0{n % 1000:03d}"[:13]])

    def card(self, valid: bool = True, length: int = 16) -> str:
        prefix = self.rng.choice(["4", "51", "53", "55", "2221", "34", "37", "6011", "65", "35", "62", "4921"])
        body = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        chk = luhn.calc_check_digit(body)
        if not valid:
            chk = str((int(chk) + self.rng.randint(1, 9)) % 10)
        num = body + chk
        if length == 16 and self.rng.random() < 0.6:
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))
        return num

    def sortcode(self) -> str:
        return f"{self.rng.randint(10, 99)}-{self.rng.randint(0, 99):02d}-{self.rng.randint(0, 99):02d}"

    def account(self) -> str:
        return f"{self.rng.randint(10000000, 99999999)}"

    def gb_iban(self, valid: bool = True) -> str:
        bank = self.rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "BUKB", "CLYD", "ULSB", "NAIA"])
        bban = bank + f"{self.rng.randint(0, 999999):06d}" + f"{self.rng.randint(0, 99999999):08d}"
        chk = std_iban.calc_check_digits("GB00" + bban)
        if not valid:
            chk = f"{(int(chk) + self.rng.randint(1, 50)) % 97 + 2:02d}"
            if std_iban.is_valid("GB" + chk + bban):
                chk = f"{(int(chk) + 1) % 97 + 2:02d}"
        v = "GB" + chk + bban
        if valid:
            assert std_iban.is_valid(v)
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if self.rng.random() < 0.6 else v

    def iban(self, country: str, bban_len: int, letters: int = 0) -> str:
        while True:
            bban = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
            bban += "".join(str(self.rng.randint(0, 9)) for _ in range(bban_len - letters))
            v = country + std_iban.calc_check_digits(country + "00" + bban) + bban
            if std_iban.is_valid(v):
                return " ".join(v[i:i + 4] for i in range(0, len(v), 4))

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))


def person_fields(v: Values) -> dict[str, str]:
    """Every field a frame may use, drawn for one synthetic person."""
    first, sur = v.first(), v.surname()
    parts = v.dob_parts()
    y, m, d = parts
    months = "January February March April May June July August September October November December".split()
    female = v.rng.random() < 0.5
    return {
        "name": f"{first} {sur}", "first": first, "surname": sur,
        "name2": v.name(),
        "dob": v.rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{str(y)[2:]}"]),
        "age": str(2026 - y), "nhs": v.nhs(), "nino": v.nino(), "utr": v.utr(),
        "passport": v.passport(), "licence": v.licence(sur, parts, female),
        "plate": v.plate(v.rng.choice([" ", "", " "])), "card": v.card(),
        "iban": v.gb_iban(), "postcode": v.postcode(), "address": v.address(),
        "phone": v.phone(), "mobile": v.phone(), "email": v.email(f"{first} {sur}"),
        "account": v.account(), "sortcode": v.sortcode(),
        "ref": v.digits(v.rng.choice([8, 10, 11, 12])),
        "town": v.rng.choice(TOWNS), "date": f"{v.rng.randint(1, 28)} {months[v.rng.randint(0, 11)]} 2026",
        "amount": f"£{v.rng.randint(40, 4800)}.{v.rng.randint(0, 99):02d}",
        "ip": f"{v.rng.choice([81, 86, 92, 109, 151, 176, 212])}.{v.rng.randint(0, 255)}.{v.rng.randint(0, 255)}.{v.rng.randint(1, 254)}",
    }
