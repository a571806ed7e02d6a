# ruff: noqa: E501, E741, B905, B007, UP031  (data generators: one row or frame per line; short names as in the formulas they copy)
"""Seeded generators of synthetic UK values for held-out set 7.

Nothing here is a real person's data: names come from this file's own lists (first
names and surnames combined at random) or from Faker locales no earlier set lists;
identifiers are random digits with the published check rules applied (python-stdnum
confirms them where it has a validator); phone numbers sit in Ofcom's drama ranges.
"""

from __future__ import annotations

import random
import string

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.gb import nhs as std_nhs
from stdnum.gb import utr as std_utr

FIRST = (
    "Maureen Declan Priya Tomasz Ifeoma Gareth Siobhan Kwame Yusuf Bethan Callum Niamh Rhys "
    "Aisha Lorna Duncan Morag Hamish Shona Farhan Leanne Craig Tegan Dylan Zainab Imran "
    "Agnieszka Stelios Roisin Fergal Marcia Delroy Winston Paulette Bernadette Malcolm Eileen "
    "Trevor Carys Owain Harjit Sukhvinder Parveen Nasreen Oluwaseun Chidi Dorota Kieran Jade "
    "Lachlan Mhairi Ewan Iona Keturah Lowri Idris Rukhsana Tariq Vesna Bogdan Ottilie"
).split()
SURNAMES = (
    "Pritchard Ogunleye McAllister Dunmore Hollins Kaczmarek Brannigan Haworth Treharne "
    "Fairweather Mistry Sandhu Chaudhry Rafferty Quigley Blackwood Penhaligon Gillespie "
    "Ferreira Abernethy Cartwright Ellison Farrow Garside Hesketh Illingworth Jowett Kershaw "
    "Lomax Mottram Nuttall Ormerod Pickles Rawcliffe Sutcliffe Thwaite Uttley Whitworth "
    "Yeadon Ackroyd Birtwistle Crabtree Dewhurst Entwistle Okafor-Hale Mensah Adeyemi "
    "Wojcik Petrou Nwosu Lindqvist Achterberg Baptiste Dunleavy Strachan Macaulay Tennant"
).split()
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Prof", "Rev"]

# Faker locales no earlier set lists (checked against PROVENANCE.md); others fall back
# to en_US in faker 40.54.0 and are not used.
FAKER_NAME_LOCALES = ["hu_HU", "es", "fr_DZ"]
FAKER_SCRIPT_LOCALES = ["th_TH", "ar_SA", "hi_IN", "ne_NP"]

# Outward codes typed by hand for this set; inward codes are random.
OUTWARD = (
    "BB11 BD23 HX7 OL14 LA2 CA12 DG1 IV2 PH16 KW15 LL55 SA43 NP20 HR9 TR18 PL34 EX39 TA24 "
    "BA12 SP7 GL56 WR11 DE45 NG22 LN11 PE31 NR25 IP17 CO10 ME13 TN30 BN27 PO38 SO42 RG9 "
    "OX7 MK18 LU7 SG8 HP16 AL3 WD3 HA7 UB8 TW19 KT22 SM5 CR8 SE22 E17 N16 NW5 W12 EC1V"
).split()
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
STREETS = (
    "Tanpits Lane|Goose Green|Spout House Lane|Weavers Fold|Chapel Brow|Nab Lane|Cobden Street|"
    "Hollin Hall Drive|Lark Rise|Brindle Road|Sough Lane|Quarry Bank|Rington Close|Tarn View|"
    "Mill Race Walk|Cinder Path|Orchard Rise|Bank Top|Ferncliffe Road|Sheepfold Court"
).split("|")
TOWNS = (
    "Colne Haslingden Todmorden Settle Kendal Keswick Dumfries Inverness Pitlochry Kirkwall "
    "Caernarfon Cardigan Newport Ross-on-Wye Penzance Bodmin Bideford Minehead Warminster "
    "Shaftesbury Chipping Norton Evesham Bakewell Southwell Louth Hunstanton Cromer Saxmundham"
).split()
MAIL_DOMAINS = ["gmx.co.uk", "fastmail.fm", "zoho.eu", "tutanota.com", "icloud.com",
                "yahoo.co.uk", "outlook.com", "protonmail.com", "btopenworld.com"]
# Ofcom's ranges reserved for drama (the only fictional UK numbers that exist).
DRAMA = ["07700 900{:03d}", "0161 496 0{:03d}", "0117 496 0{:03d}", "0131 496 0{:03d}",
         "0191 498 0{:03d}", "01632 960{:03d}", "028 9649 6{:03d}", "029 2018 0{:03d}"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def nhs_number(rng: random.Random, in_range: bool = True, valid: bool = True) -> str:
    """A 10-digit NHS number; England's ranges (400-499, 600-708 million) unless not in_range."""
    while True:
        if in_range:
            lead = rng.choice([rng.randint(400, 499), rng.randint(600, 708)])
        else:
            lead = rng.choice([rng.randint(100, 299), rng.randint(800, 899)])
        body = f"{lead:03d}{rng.randint(0, 999999):06d}"
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        if not valid:
            check = (check + rng.randint(1, 9)) % 10
            num = body + str(check)
            if std_nhs.is_valid(num):
                continue
            return num
        num = body + str(check)
        assert std_nhs.is_valid(num)
        return num


def fmt_nhs(rng: random.Random, n: str) -> str:
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


NINO_BAD_FIRST = "DFIQUV"
NINO_BAD_SECOND = "DFIOQUV"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng: random.Random, valid: bool = True) -> str:
    letters = string.ascii_uppercase
    while True:
        a, b = rng.choice(letters), rng.choice(letters)
        good = a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX
        if good == valid:
            break
    digits = f"{rng.randint(0, 999999):06d}"
    suffix = rng.choice("ABCD")
    return f"{a}{b}{digits}{suffix}"


def nino_bad_suffix(rng: random.Random) -> str:
    n = nino(rng)
    return n[:-1] + rng.choice("EFGHJKMNPRSTWXYZ")


def fmt_nino(rng: random.Random, n: str) -> str:
    return rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]}{n[2:8]} {n[8]}"])


def utr(rng: random.Random, valid: bool = True) -> str:
    body = f"{rng.randint(0, 999999999):09d}"
    good = [str(d) + body for d in range(10) if std_utr.is_valid(str(d) + body)]
    if valid:
        return good[0]
    return rng.choice([str(d) + body for d in range(10) if str(d) + body not in good])


def luhn_card(rng: random.Random, prefix: str, length: int, valid: bool = True) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    check = luhn.calc_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    return body + check


def group_card(rng: random.Random, n: str) -> str:
    sep = rng.choice([" ", "-", "", " "])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def gb_iban(rng: random.Random, valid: bool = True) -> str:
    bank = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4))
    bban = bank + f"{rng.randint(0, 999999):06d}{rng.randint(0, 99999999):08d}"
    for k in range(2, 99):
        cand = f"GB{k:02d}{bban}"
        if std_iban.is_valid(cand):
            break
    if valid:
        return cand
    return f"GB{(k + rng.randint(1, 9)) % 97 + 2:02d}{bban}"


def fmt_iban(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def postcode(rng: random.Random, bad_inward: bool = False) -> str:
    letters = "CIKMOV" if bad_inward else INWARD_LETTERS
    return f"{rng.choice(OUTWARD)} {rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}"


def plate(rng: random.Random) -> str:
    area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
    age = rng.choice([f"{rng.randint(2, 24):02d}", str(rng.randint(51, 74))])
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{area}{age} {tail}"


def dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1931, 2006), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(rng: random.Random, d: tuple[int, int, int]) -> str:
    y, m, day = d
    return rng.choice([
        f"{day:02d}/{m:02d}/{y}", f"{day} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{day:02d}",
        f"{day}.{m}.{y}", f"{MONTHS[m - 1][:3]} {day}, {y}", f"{day:02d}-{m:02d}-{str(y)[2:]}",
        f"{day}{'th' if day not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[day]} of {MONTHS[m - 1]} {y}",
    ])


def licence(rng: random.Random, surname: str, first: str, d: tuple[int, int, int]) -> str:
    """DVLA layout: surname(5) decade month(+5 female) day year-digit initials 9 check(2)."""
    sur = "".join(c for c in surname.upper() if c.isalpha())[:5].ljust(5, "9")
    y, m, day = d
    month = m + (50 if rng.random() < 0.5 else 0)
    inits = (first[0].upper() + "9")
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{sur}{str(y)[2]}{month:02d}{day:02d}{str(y)[3]}{inits}9{tail}"


def phone(rng: random.Random) -> str:
    return rng.choice(DRAMA).format(rng.randint(0, 999))


class Names:
    """Names from this file's lists and from Faker locales no earlier set used."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {}
        for i, loc in enumerate(FAKER_NAME_LOCALES + FAKER_SCRIPT_LOCALES):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fakers[loc] = f
        self.used: set[str] = set()

    def own(self) -> tuple[str, str, str]:
        """(first, last, source) from the hand-typed lists, never repeated."""
        while True:
            first, last = self.rng.choice(FIRST), self.rng.choice(SURNAMES)
            if first + last not in self.used:
                self.used.add(first + last)
                return first, last, "handwritten:holdout7_name_lists"

    def faker(self, loc: str | None = None) -> tuple[str, str, str]:
        loc = loc or self.rng.choice(FAKER_NAME_LOCALES)
        f = self.fakers[loc]
        while True:
            first, last = f.first_name(), f.last_name()
            if " " not in last and first + last not in self.used:
                self.used.add(first + last)
                return first, last, f"faker:{loc}.first_name+last_name"

    def any(self) -> tuple[str, str, str]:
        return self.own() if self.rng.random() < 0.7 else self.faker()


def person(rng: random.Random, names: Names, origin: str = "any") -> tuple[dict[str, str], str]:
    """A synthetic person's fields for template filling, and the name's source tag."""
    first, last, src = names.own() if origin == "own" else names.any()
    d = dob(rng)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}",
                        f"{first}_{last[:3]}{d[0] % 100:02d}"]).lower()
    local = "".join(c for c in local if c.isascii() and (c.isalnum() or c in "._-"))
    n = nhs_number(rng)
    ni = nino(rng)
    card = luhn_card(rng, rng.choice(["4", "51", "53", "2221", "4929"]), 16)
    acct = f"{rng.randint(0, 99999999):08d}"
    sort = f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    pc = postcode(rng)
    vals = {
        "first": first, "last": last, "name": f"{first} {last}",
        "title": rng.choice(TITLES), "dob": fmt_date(rng, d),
        "nhs": fmt_nhs(rng, n), "nino": fmt_nino(rng, ni), "utr": utr(rng),
        "phone": phone(rng), "email": f"{local}@{rng.choice(MAIL_DOMAINS)}",
        "postcode": pc, "street": f"{rng.randint(1, 140)} {rng.choice(STREETS)}",
        "town": rng.choice(TOWNS), "plate": plate(rng),
        "licence": licence(rng, last, first, d), "passport": f"{rng.randint(100000000, 999999999)}",
        "iban": fmt_iban(gb_iban(rng)), "sort": sort, "acct": acct,
        "card": group_card(rng, card), "age": str(2026 - d[0] - (1 if d[1] > 6 else 0)),
        "ref": f"{rng.randint(10, 99)}{rng.choice('ABCDEFGH')}{rng.randint(10000, 99999)}",
        "date": f"{rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]} 2026",
    }
    vals["cdob"] = fmt_date(rng, (rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28)))
    vals["street2"] = f"{rng.randint(1, 140)} {rng.choice(STREETS)}"
    vals["postcode2"] = postcode(rng)
    vals["first2"] = rng.choice([f for f in FIRST if f != first])
    vals["my"] = f"{MONTHS[d[1] - 1]} {d[0]}"
    vals["crn"] = f"{rng.randint(10000000000, 99999999999)}"
    vals["caphone"] = f"+1 604 555 0{rng.randint(100, 199)}"
    vals["address"] = f"{vals['street']}, {vals['town']} {pc}"
    return vals, src


PERSONAL_FIELDS = {"first", "last", "name", "dob", "nhs", "nino", "utr", "phone", "email",
                   "postcode", "street", "address", "plate", "licence", "passport", "iban",
                   "acct", "card", "crn", "my", "caphone", "first2", "cdob", "street2", "postcode2"}
