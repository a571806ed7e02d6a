"""Identifiers, phones and addresses from outside the UK for held-out set 6.

National numbers come from python-stdnum modules that PROVENANCE.md does not list
for sets 1-5: each is either the module's own docstring example (a published test
vector) or random digits in the module's layout kept only when the module's
``is_valid`` accepts them. Phones are random numbers that libphonenumber's metadata
accepts as valid mobiles of the region (not its example numbers, which sets 3 and 5
used).
"""

from __future__ import annotations

import importlib
import random
import string
from collections.abc import Callable
from types import ModuleType

import phonenumbers as pn

from benchmarks.data.holdout6_values import digits, faker_for, iban_for

# (module, written value, country, what the document is called in the frame)
STDNUM_DOCTESTS = (
    ("be.bis", "98.47.28-997.65", "Belgium", "BIS number"),
    ("bg.pnf", "7111 042 925", "Bulgaria", "ЛНЧ (personal number of a foreigner)"),
    ("cr.cpf", "3-0455-0175", "Costa Rica", "cédula de persona física"),
    ("cr.cr", "155812994816", "Costa Rica", "cédula de residencia"),
    ("ar.dni", "20.123.456", "Argentina", "DNI"),
    ("pt.cc", "00000000 0 ZZ4", "Portugal", "Cartão de Cidadão number"),
    ("fr.nif", "30 23 217 600 053", "France", "numéro fiscal"),
    ("nl.onderwijsnummer", "1012.22.331", "the Netherlands", "onderwijsnummer"),
    ("in_.epic", "WKH1186253", "India", "EPIC voter ID"),
    ("in_.vid", "2341 2341 2341 2341", "India", "Aadhaar virtual ID"),
    ("mx.rfc", "GODE 561231 GR8", "Mexico", "RFC"),
    ("ru.inn", "123456789047", "Russia", "INN"),
    ("sv.nit", "0614-050707-104-8", "El Salvador", "NIT"),
    ("cu.ni", "91021027775", "Cuba", "carné de identidad number"),
)


Maker = Callable[[random.Random], str]


def _mod(name: str) -> ModuleType:
    return importlib.import_module(f"stdnum.{name}")


def _until_valid(rng: random.Random, module: str, make: Maker) -> str:
    mod = _mod(module)
    for _ in range(200000):
        cand = make(rng)
        if mod.is_valid(cand):
            return cand
    raise AssertionError(f"no valid {module} found")


def _yymmdd(rng: random.Random, month_add: int = 0) -> str:
    return f"{rng.randint(50, 99):02d}{rng.randint(1, 12) + month_add:02d}{rng.randint(1, 28):02d}"


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


# (module, country, document name, layout maker, display formatter)
GENERATED = (
    ("be.bis", "Belgium", "BIS number", lambda r: _yymmdd(r, 40) + digits(r, 5),
     lambda v: f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"),
    ("bg.pnf", "Bulgaria", "foreigner's personal number (LNCh)", lambda r: digits(r, 10), lambda v: v),
    ("pt.cc", "Portugal", "Cartão de Cidadão", lambda r: digits(r, 9) + _letters(r, 2) + digits(r, 1),
     lambda v: f"{v[:8]} {v[8]} {v[9:]}"),
    ("fr.nif", "France", "numéro fiscal de référence", lambda r: str(r.randint(0, 3)) + digits(r, 12),
     lambda v: f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}"),
    ("nl.onderwijsnummer", "the Netherlands", "onderwijsnummer", lambda r: "10" + digits(r, 7),
     lambda v: f"{v[:4]}.{v[4:6]}.{v[6:]}"),
    ("in_.epic", "India", "voter ID (EPIC)", lambda r: _letters(r, 3) + digits(r, 7), lambda v: v),
    ("in_.vid", "India", "Aadhaar VID", lambda r: str(r.randint(2, 9)) + digits(r, 15),
     lambda v: " ".join(v[i:i + 4] for i in range(0, 16, 4))),
    ("mx.rfc", "Mexico", "RFC", lambda r: _letters(r, 4) + _yymmdd(r) + _letters(r, 1) + str(r.randint(1, 9))
     + r.choice(string.digits + "A"), lambda v: v),
    ("ru.inn", "Russia", "ИНН (INN)", lambda r: digits(r, 12), lambda v: v),
    ("cu.ni", "Cuba", "carné de identidad", lambda r: _yymmdd(r) + digits(r, 5), lambda v: v),
    ("us.atin", "the United States", "ATIN", lambda r: "9" + digits(r, 2) + "93" + digits(r, 4),
     lambda v: f"{v[:3]}-{v[3:5]}-{v[5:]}"),
    ("sv.nit", "El Salvador", "NIT", lambda r: "0614" + _yymmdd(r) + digits(r, 4),
     lambda v: f"{v[:4]}-{v[4:10]}-{v[10:13]}-{v[13]}"),
    ("ve.rif", "Venezuela", "RIF", lambda r: "V" + digits(r, 9), lambda v: f"{v[0]}-{v[1:9]}-{v[9]}"),
    ("gt.nit", "Guatemala", "NIT", lambda r: digits(r, 7) + r.choice(string.digits + "K"),
     lambda v: f"{v[:-1]}-{v[-1]}"),
    ("be.bis", "Belgium", "numéro BIS", lambda r: _yymmdd(r, 20) + digits(r, 5), lambda v: v),
    ("pt.cc", "Portugal", "CC", lambda r: digits(r, 9) + _letters(r, 2) + digits(r, 1), lambda v: v),
)


def generated_id(rng: random.Random, i: int) -> tuple[str, str, str, str]:
    """(written value, country, document name, stdnum module) for layout ``i``."""
    module, country, doc, make, fmt = GENERATED[i % len(GENERATED)]
    return fmt(_until_valid(rng, module, make)), country, doc, module


def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def us_itin(rng: random.Random) -> str:
    group = rng.choice([50, 53, 57, 62, 65, 70, 74, 78, 83, 88, 90, 92, 94, 97, 99])
    return f"9{digits(rng, 2)}-{group}-{digits(rng, 4)}"


US_LICENCE_LAYOUTS: tuple[tuple[str, Maker], ...] = (
    ("California", lambda r: _letters(r, 1) + digits(r, 7)),
    ("Florida", lambda r: f"{_letters(r, 1)}{digits(r, 3)}-{digits(r, 3)}-"
     f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}"),
    ("Illinois", lambda r: f"{_letters(r, 1)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}"),
    ("New York", lambda r: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"),
    ("Michigan", lambda r: f"{_letters(r, 1)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"),
    ("Wisconsin", lambda r: f"{_letters(r, 1)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}"),
)


def us_licence(rng: random.Random, i: int) -> tuple[str, str]:
    state, make = US_LICENCE_LAYOUTS[i % len(US_LICENCE_LAYOUTS)]
    return make(rng), state


PHONE_REGIONS = ("DE", "NO", "GR", "JP", "KR", "BD", "MY", "IL", "MK", "MX", "PT", "BE", "CR", "NG",
                 "PH", "ZA", "TR", "AE", "PK", "KE", "EG", "AR")


_MOBILE = (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def mobile(rng: random.Random, region: str, style: int) -> str:
    """A random number libphonenumber accepts as a valid mobile of ``region``."""
    ex = pn.example_number_for_type(region, pn.PhoneNumberType.MOBILE)
    assert ex is not None and ex.national_number is not None, region
    nat = str(ex.national_number)
    keep = max(2, len(nat) - 6)
    for _ in range(10000):
        cand = nat[:keep] + digits(rng, len(nat) - keep)
        num = pn.parse(f"+{ex.country_code}{cand}")
        if pn.is_valid_number(num) and pn.number_type(num) in _MOBILE and cand != nat:
            fmt = [pn.PhoneNumberFormat.INTERNATIONAL, pn.PhoneNumberFormat.E164, pn.PhoneNumberFormat.NATIONAL]
            text = pn.format_number(num, fmt[style % 3])
            if style % 4 == 3:
                text = "00" + pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)[1:]
            return text
    raise AssertionError(region)


# Faker locales with native address layouts not listed for sets 1-5.
ADDRESS_LOCALES = (("de_DE", "Germany"), ("no_NO", "Norway"), ("en_BD", "Bangladesh"), ("en_MS", "Malaysia"),
                   ("el_GR", "Greece"), ("ru_RU", "Russia"), ("ja_JP", "Japan"), ("ko_KR", "South Korea"),
                   ("mk_MK", "North Macedonia"), ("he_IL", "Israel"))


def faker_address(rng: random.Random, seed: int, i: int) -> tuple[str, str, str]:
    loc, country = ADDRESS_LOCALES[i % len(ADDRESS_LOCALES)]
    addr = faker_for(loc, seed).address().replace("\n", ", ").replace(",,", ",")
    return addr, country, loc


US_STREETS = ("Sycamore Bend Dr", "W Pershing Ave", "Old Mill Rd", "Cedar Hollow Ln", "N Fremont St", "Bayview Ter")
US_CITIES = (("Tucson", "AZ", "857"), ("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Raleigh", "NC", "276"),
             ("Spokane", "WA", "992"), ("Omaha", "NE", "681"))
CA_PLACES = (("Moncton", "NB", "E1C"), ("Kelowna", "BC", "V1Y"), ("Sherbrooke", "QC", "J1H"), ("Regina", "SK", "S4P"))


def written_address(rng: random.Random, i: int) -> tuple[str, str]:
    """Hand-written US/Canadian layouts with units, in varied order and case."""
    if i % 2 == 0:
        city, st, z = rng.choice(US_CITIES)
        unit = rng.choice(["Apt", "Unit", "#", "Ste"])
        forms = [f"{rng.randint(100, 9899)} {rng.choice(US_STREETS)} {unit} {rng.randint(1, 40)}"
                 f"{rng.choice('ABC')}, {city}, {st} {z}{digits(rng, 2)}, USA",
                 f"{unit.lower()} {rng.randint(1, 40)}, {rng.randint(100, 9899)} "
                 f"{rng.choice(US_STREETS).lower()}, {city.lower()} {st.lower()} {z}{digits(rng, 2)} united states"]
        return forms[rng.randrange(2)], "United States"
    city, prov, fsa = rng.choice(CA_PLACES)
    pc = f"{fsa} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
    streets = ["Rue Principale", "Maple Cres", "Lakeshore Rd"]
    forms = [f"{rng.randint(2, 30)}-{rng.randint(100, 2999)} {rng.choice(streets)}, {city} {prov} {pc}, Canada",
             f"CANADA - {city.upper()} {prov} {pc} - UNIT {rng.randint(2, 30)}, {rng.randint(100, 2999)} MAPLE CRES"]
    return forms[rng.randrange(2)], "Canada"


PO_BOXES = (
    lambda r: (f"P.O. Box {r.randint(100, 9999)}, Gaborone, Botswana", "Botswana"),
    lambda r: (f"Postboks {r.randint(100, 999)}, {r.randint(1, 9)}{digits(r, 3)} Bergen, Norway", "Norway"),
    lambda r: (f"Apartado Postal {r.randint(10, 999)}, C.P. {digits(r, 5)}, Oaxaca, México", "Mexico"),
    lambda r: (f"po box {r.randint(1000, 99999)} dubai uae", "United Arab Emirates"),
    lambda r: (f"Casilla de Correo {r.randint(100, 9999)}, Montevideo, Uruguay", "Uruguay"),
    lambda r: (f"Private Bag {r.randint(1, 99)}, Suva, Fiji", "Fiji"),
)

MILITARY = (
    lambda r: f"PSC {r.randint(1000, 9999)}, Box {r.randint(100, 9999)}, APO AE 09{digits(r, 3)}",
    lambda r: f"Unit {r.randint(1000, 9999)} Box {r.randint(100, 999)}, DPO AA 340{digits(r, 2)}",
    lambda r: f"CMR {r.randint(400, 499)} Box {r.randint(1000, 9999)}, APO AE 09{digits(r, 3)}",
    lambda r: f"PSC {r.randint(100, 999)} Box {r.randint(10, 999)}, FPO AP 96{digits(r, 3)}",
    lambda r: f"BFPO {r.randint(1, 999)}",
)

# (country code, BBAN layout maker) for countries whose IBANs no earlier set lists.
IBAN_LAYOUTS: tuple[tuple[str, Maker], ...] = (
    ("BE", lambda r: digits(r, 12)), ("MT", lambda r: _letters(r, 4) + digits(r, 5) + digits(r, 18)),
    ("CY", lambda r: digits(r, 8) + digits(r, 16)), ("HU", lambda r: digits(r, 24)),
    ("RO", lambda r: _letters(r, 4) + digits(r, 16)), ("BG", lambda r: _letters(r, 4) + digits(r, 14)),
    ("LV", lambda r: _letters(r, 4) + digits(r, 13)), ("IS", lambda r: digits(r, 22)),
    ("TR", lambda r: digits(r, 5) + "0" + digits(r, 16)), ("SA", lambda r: digits(r, 20)),
    ("AE", lambda r: digits(r, 19)), ("IL", lambda r: digits(r, 19)),
)


def foreign_iban(rng: random.Random, i: int) -> str:
    cc, make = IBAN_LAYOUTS[i % len(IBAN_LAYOUTS)]
    for _ in range(5000):
        try:
            return iban_for(cc, make(rng))
        except AssertionError:
            continue
    raise AssertionError(cc)
