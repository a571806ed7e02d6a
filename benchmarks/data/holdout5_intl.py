# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""Identifiers and addresses from outside the UK for held-out set 5.

National numbers are random digits in each country's published layout; the
check character is found by trying candidates until python-stdnum accepts the
number (python-stdnum is a development tool here, not a runtime dependency).
The countries are ones sets 1-4 did not list. Phone numbers are
libphonenumber's *fixed-line* example numbers (set 3 used its mobile ones).
"""

from __future__ import annotations

import importlib
import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# country -> (stdnum module, label used in text)
NATIONAL_IDS: dict[str, tuple[str, str]] = {
    "IS": ("stdnum.is_.kennitala", "kennitala"),
    "AT": ("stdnum.at.vnr", "Sozialversicherungsnummer"),
    "JP": ("stdnum.jp.in_", "My Number"),
    "TH": ("stdnum.th.pin", "Thai ID number"),
    "MY": ("stdnum.my.nric", "MyKad number"),
    "EC": ("stdnum.ec.ci", "cédula"),
    "DO": ("stdnum.do.cedula", "cédula de identidad"),
    "CU": ("stdnum.cu.ni", "carné de identidad"),
    "SI": ("stdnum.si.emso", "EMŠO"),
    "PK": ("stdnum.pk.cnic", "CNIC"),
    "ID": ("stdnum.id.nik", "NIK"),
    "UA": ("stdnum.ua.rntrc", "RNOKPP tax number"),
    "PE": ("stdnum.pe.cui", "DNI/CUI"),
    "LV": ("stdnum.lv.pvn", "personas kods"),
}
COUNTRY_NAMES = {"IS": "Iceland", "AT": "Austria", "JP": "Japan", "TH": "Thailand",
                 "MY": "Malaysia", "EC": "Ecuador", "DO": "Dominican Republic",
                 "CU": "Cuba", "SI": "Slovenia", "PK": "Pakistan", "ID": "Indonesia",
                 "UA": "Ukraine", "PE": "Peru", "LV": "Latvia"}

# Regions whose fixed-line example numbers are used (libphonenumber metadata).
PHONE_REGIONS = ["IE", "DE", "PL", "RO", "LT", "PT", "IT", "NL", "BE", "IN", "PK",
                 "BD", "NG", "GH", "KE", "ZA", "CA", "AU", "NZ", "JM", "PH", "HK",
                 "TR", "UA", "AL", "SK", "BR", "CO", "LK", "NP", "JP", "ER", "AF"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _layout(country: str, rng: random.Random) -> list[str]:
    """Candidates for one number: same body, every possible check character."""
    y, m, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
    yy, dd, mm = f"{y % 100:02d}", f"{d:02d}", f"{m:02d}"
    digits = string.digits
    if country == "IS":
        body = f"{dd}{mm}{yy}{_digits(rng, 2)}"
        return [body + c + ("9" if y < 2000 else "0") for c in digits]
    if country == "AT":
        s = str(rng.randint(100, 999))
        return [s + c + dd + mm + yy for c in digits]
    if country == "JP":
        b = str(rng.randint(1, 9)) + _digits(rng, 10)
        return [b + c for c in digits]
    if country == "TH":
        b = str(rng.randint(1, 8)) + _digits(rng, 11)
        return [b + c for c in digits]
    if country == "MY":
        return [f"{yy}{mm}{dd}{rng.randint(1, 14):02d}{_digits(rng, 4)}"]
    if country == "EC":
        b = f"{rng.randint(1, 24):02d}{rng.randint(0, 5)}{_digits(rng, 6)}"
        return [b + c for c in digits]
    if country == "DO":
        b = f"{rng.randint(1, 40):03d}{_digits(rng, 7)}"
        return [b + c for c in digits]
    if country == "CU":
        century = str(rng.randint(0, 5)) if y < 2000 else str(rng.randint(6, 8))
        return [f"{yy}{mm}{dd}{century}{_digits(rng, 4)}"]
    if country == "SI":
        b = f"{dd}{mm}{y % 1000:03d}50{_digits(rng, 3)}"
        return [b + c for c in digits]
    if country == "PK":
        return [f"{rng.randint(1, 7)}{_digits(rng, 11)}{rng.randint(1, 9)}"]
    if country == "ID":
        region = rng.choice(["317101", "327301", "357801", "517101", "737101"])
        day = d + (40 if rng.random() < .5 else 0)
        return [f"{region}{day:02d}{mm}{yy}{rng.randint(1, 9999):04d}"]
    if country == "UA":
        b = _digits(rng, 9)
        return [b + c for c in digits]
    if country == "PE":
        b = _digits(rng, 8)
        return [b + c for c in digits + "ABCDEFGHIJK"]
    if country == "LV":
        b = f"{dd}{mm}{yy}{rng.choice('12')}{_digits(rng, 3)}"
        return [b + c for c in digits]
    raise KeyError(country)


def national_id(country: str, rng: random.Random) -> str:
    """A number python-stdnum accepts for the country, in its usual written form."""
    mod = importlib.import_module(NATIONAL_IDS[country][0])
    for _ in range(2000):
        for cand in _layout(country, rng):
            if mod.is_valid(cand):
                fmt = getattr(mod, "format", None)
                return fmt(cand) if fmt else cand
    raise AssertionError(f"no valid {country} number found")


def fixed_line_example(region: str, style: int) -> str:
    """libphonenumber's example fixed-line number, written +cc, 00cc or nationally."""
    n = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
    assert n is not None, region
    intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
    if style == 0:
        return intl
    if style == 1:
        return "00" + intl[1:]
    if style == 2:
        return phonenumbers.format_number(n, PhoneNumberFormat.E164)
    return phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)


def us_ssn(rng: random.Random, sep: str = "-") -> str:
    """An SSN following the SSA's area/group/serial rules (never 000, 666, 9xx)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return sep.join([f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"])


def us_itin(rng: random.Random) -> str:
    group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    return f"9{rng.randint(0, 99):02d}-{group}-{rng.randint(0, 9999):04d}"


US_DL_LAYOUTS = {  # state -> layout (L letter, D digit), from states' published formats
    "California": "LDDDDDDD", "New York": "DDD DDD DDD", "Florida": "LDDD-DDD-DD-DDD-D",
    "Texas": "DDDDDDDD", "Illinois": "LDDD-DDDD-DDDD", "Michigan": "L DDD DDD DDD DDD",
    "Ohio": "LLDDDDDD", "New Jersey": "LDDDD DDDDD DDDDD", "Washington": "WDL" + "LLLLDDDDL",
}


def us_licence(rng: random.Random) -> tuple[str, str]:
    state = rng.choice(sorted(US_DL_LAYOUTS))
    out = []
    for ch in US_DL_LAYOUTS[state]:
        out.append(rng.choice(string.ascii_uppercase) if ch == "L" else
                   rng.choice(string.digits) if ch == "D" else ch)
    text = "".join(out)
    if state == "Washington":
        text = "WDL" + text[3:]
    return state, text


# Addresses outside the UK: my own street words, the country's usual layout, and
# then written in a shuffled order or case by the frames that use them.
_FOREIGN = [
    ("USA", "{n} {street} Apt {u}, {city}, {st} {zip}", ["Larkspur Ave", "W 43rd St", "Cottonwood Dr", "Ridge Rd"],
     [("Dayton", "OH"), ("Tucson", "AZ"), ("Albany", "NY"), ("Eugene", "OR")]),
    ("Canada", "{u}-{n} {street}, {city} {st} {zip}", ["Rue Saint-Denis", "Jasper Ave NW", "Bloor St W"],
     [("Montréal", "QC"), ("Edmonton", "AB"), ("Toronto", "ON")]),
    ("Portugal", "Rua {street}, {n}, {u}.º Esq, {zip} {city}", ["das Flores", "do Almada", "Capitão Leitão"],
     [("Porto", ""), ("Braga", ""), ("Lisboa", "")]),
    ("Nigeria", "No. {n} {street}, off Allen Avenue, {city}, {st} State", ["Olaniyi Street", "Adebayo Close"],
     [("Ikeja", "Lagos"), ("Ibadan", "Oyo")]),
    ("India", "House No. {n}, {street}, Sector {u}, {city} {zip}", ["Gandhi Marg", "MG Road", "Nehru Nagar"],
     [("Chandigarh", ""), ("Noida", ""), ("Pune", "")]),
    ("Pakistan", "House {n}, Street {u}, {street}, {city}", ["G-9/3", "Gulberg III", "DHA Phase 5"],
     [("Islamabad", ""), ("Lahore", ""), ("Karachi", "")]),
    ("Philippines", "Unit {u}, {n} {street}, {city}, Metro Manila {zip}", ["Kalayaan Ave", "Aurora Blvd"],
     [("Quezon City", ""), ("Makati", "")]),
    ("Jamaica", "Lot {n}, {street}, {city}, {st}", ["Red Hills Road", "Hope Pastures"],
     [("Kingston 8", "St Andrew"), ("Mandeville", "Manchester")]),
    ("Poland", "ul. {street} {n}/{u}, {zip} {city}", ["Kwiatowa", "Długa", "Ogrodowa"],
     [("Wrocław", ""), ("Gdańsk", ""), ("Lublin", "")]),
    ("Somalia", "Degmada {street}, Waddada {n}, {city}", ["Hodan", "Wadajir"], [("Muqdisho", "")]),
    ("Australia", "Unit {u}/{n} {street}, {city} {st} {zip}", ["Boundary St", "Kent Rd"],
     [("Toowoomba", "QLD"), ("Geelong", "VIC")]),
    ("Ghana", "House No. {n}, {street}, {city}", ["Ring Road East", "Spintex Road"], [("Accra", ""), ("Kumasi", "")]),
]


def foreign_address(rng: random.Random) -> tuple[str, str]:
    """(address, country) in the country's usual layout."""
    country, fmt, streets, cities = rng.choice(_FOREIGN)
    city, st = rng.choice(cities)
    zips = {"USA": f"{rng.randint(10000, 99899)}", "Canada": f"H{rng.randint(1, 9)}X {rng.randint(1, 9)}K{rng.randint(1, 9)}",
            "Portugal": f"4{rng.randint(0, 999):03d}-{rng.randint(0, 999):03d}",
            "India": f"{rng.randint(110001, 411060)}", "Philippines": f"{rng.randint(1000, 1299)}",
            "Poland": f"{rng.randint(10, 99)}-{rng.randint(100, 999)}", "Australia": f"{rng.randint(3000, 4999)}"}
    text = fmt.format(n=rng.randint(2, 380), street=rng.choice(streets), u=rng.randint(1, 28),
                      city=city, st=st, zip=zips.get(country, ""))
    return text.replace(" ,", ","), country


def po_box(rng: random.Random) -> str:
    n = rng.randint(100, 99999)
    return rng.choice([
        f"PO Box {n}, Dayton, OH 45401, USA", f"P.O. Box {n}-00100, Nairobi, Kenya",
        f"PO Box {n % 9000 + 1000}, Wellington 6140, New Zealand",
        f"P.O. Box {n}, Abu Dhabi, UAE", f"Postfach {n % 9000 + 100}, 8021 Zürich",
        f"Locked Bag {n % 900 + 10}, Parramatta NSW 2124", f"Apartado {n % 9000}, 1000 San José, Costa Rica",
        f"Caixa Postal {n % 9000 + 100}, Curitiba PR"])


def military_address(rng: random.Random, name: str) -> str:
    unit = rng.randint(2000, 9999)
    return rng.choice([
        f"{name}, Unit {unit} Box {rng.randint(1, 999)}, APO AE {rng.randint(9000, 9499):05d}",
        f"{name}, PSC {rng.randint(100, 899)} Box {rng.randint(1, 9999)}, APO AP {rng.randint(96200, 96699)}",
        f"{name}, USS Carl Vinson (CVN {rng.randint(60, 80)}), FPO AP {rng.randint(96600, 96699)}",
        f"{name}, Unit {unit}, DPO AA {rng.randint(34000, 34099)}",
        f"{name}, BFPO {rng.randint(10, 800)}",
    ])
