"""Published example values used by held-out set 3 (`build_holdout3.py`).

Every value here is a documented example or test value, copied from a public
source named beside it; none belongs to a real person. The build combines them
with values it generates itself (faker, python-stdnum check digits).
"""

from __future__ import annotations

# python-stdnum 2.2 doctests (each module's docstring shows a valid example value).
# (value, country, what it is, stdnum module)  -- LGPL-2.1+, values quoted as test vectors.
STDNUM_NATIONAL_IDS: tuple[tuple[str, str, str, str], ...] = (
    ("536-90-4399", "US", "Social Security number", "us.ssn"),
    ("912-90-3456", "US", "ITIN", "us.itin"),
    ("36 574 261 809", "DE", "Steuerliche Identifikationsnummer", "de.idnr"),
    ("2 95 10 99 126 111 93", "FR", "numéro de sécurité sociale (NIR)", "fr.nir"),
    ("54362315-K", "ES", "DNI", "es.dni"),
    ("X-2482300W", "ES", "NIE", "es.nie"),
    ("RCCMNL83S18D969H", "IT", "codice fiscale", "it.codicefiscale"),
    ("1112.22.333", "NL", "BSN", "nl.bsn"),
    ("85.07.30-033.28", "BE", "numéro national", "be.nn"),
    ("880320-0016", "SE", "personnummer", "se.personnummer"),
    ("211062-5629", "DK", "CPR-nummer", "dk.cpr"),
    ("151086 95088", "NO", "fødselsnummer", "no.fodselsnummer"),
    ("131052-308T", "FI", "henkilötunnus", "fi.hetu"),
    ("44051401359", "PL", "PESEL", "pl.pesel"),
    ("6433435F", "IE", "PPS number", "ie.pps"),
    ("6433435OA", "IE", "PPS number", "ie.pps"),
    ("36805280109", "EE", "isikukood", "ee.ik"),
    ("BOXW310820HNERXN09", "MX", "CURP", "mx.curp"),
    ("390.533.447-05", "BR", "CPF", "br.cpf"),
    ("7503305044089", "ZA", "ID number", "za.idnr"),
    ("2341 2341 2346", "IN", "Aadhaar", "in_.aadhaar"),
    ("ACUPA7085R", "IN", "PAN", "in_.pan"),
    ("123-456-782", "CA", "Social Insurance Number", "ca.sin"),
)
STDNUM_TAX_IDS: tuple[tuple[str, str, str, str], ...] = (
    ("PT 501 964 843", "PT", "NIF", "pt.nif"),
    ("181/815/08155", "DE", "Steuernummer", "de.stnr"),
    ("123 456 782", "AU", "Tax File Number", "au.tfn"),
)

# US Social Security Administration: 987-65-4320 to 987-65-4329 are reserved for use
# in advertisements (outside the issued range, so an SSN checker rejects them).
SSA_ADVERTISING_SSNS: tuple[str, ...] = tuple(f"987-65-432{d}" for d in range(10))

# libphonenumber example mobile numbers per region, as published in
# catamphetamine/libphonenumber-js `examples.mobile.json` (from Google's
# libphonenumber metadata, Apache-2.0). (region, calling code, national number)
LIBPHONENUMBER_MOBILE_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("US", "1", "2015550123"),
    ("CA", "1", "2042345678"),
    ("FR", "33", "612345678"),
    ("DE", "49", "15123456789"),
    ("ES", "34", "612345678"),
    ("IT", "39", "3123456789"),
    ("NL", "31", "612345678"),
    ("IE", "353", "850123456"),
    ("AU", "61", "412345678"),
    ("NZ", "64", "211234567"),
    ("IN", "91", "8123456789"),
    ("JP", "81", "9012345678"),
    ("BR", "55", "11961234567"),
    ("ZA", "27", "711234567"),
    ("SE", "46", "701234567"),
    ("PL", "48", "512345678"),
    ("PT", "351", "912345678"),
    ("NG", "234", "8021234567"),
    ("KE", "254", "712123456"),
    ("PK", "92", "3012345678"),
    ("PH", "63", "9051234567"),
    ("TR", "90", "5012345678"),
)

# Market and product codes (public by nature): python-stdnum doctest values, the
# EAN-13 example from Wikipedia's "International Article Number" article, and the
# ISINs of listed securities (public identifiers of companies, not people).
PUBLIC_CODES: tuple[tuple[str, str, str], ...] = (
    ("ISBN", "978-9024538270", "stdnum.isbn doctest"),
    ("ISBN", "978-0-471-11709-4", "stdnum.isbn doctest"),
    ("ISBN", "1-85798-218-5", "stdnum.isbn doctest"),
    ("ISIN", "US0378331005", "stdnum.isin doctest"),
    ("ISIN", "GB00BYXJL758", "stdnum.isin doctest"),
    ("ISIN", "GB00B15KXQ89", "stdnum.gb.sedol doctest"),
    ("SEDOL", "B15KXQ8", "stdnum.gb.sedol doctest"),
    ("EAN", "73513537", "stdnum.ean doctest (EAN-8)"),
    ("EAN", "98412345678908", "stdnum.ean doctest (GTIN-14)"),
    ("EAN", "4006381333931", "Wikipedia EAN-13 example"),
)

# HMRC's published example National Insurance number (the QQ prefix is never issued).
HMRC_EXAMPLE_NINO = "QQ 12 34 56 C"

# Ofcom's numbers reserved for TV and radio drama (never allocated to a line).
OFCOM_DRAMA_RANGES: tuple[tuple[str, int], ...] = (
    ("07700 900", 3),
    ("020 7946 0", 3),
    ("0113 496 0", 3),
    ("0114 496 0", 3),
    ("0116 496 0", 3),
    ("0117 496 0", 3),
    ("0118 496 0", 3),
    ("0121 496 0", 3),
    ("0131 496 0", 3),
    ("0141 496 0", 3),
    ("0151 496 0", 3),
    ("0161 496 0", 3),
    ("028 9649 6", 3),
    ("029 2018 0", 3),
    ("01632 960", 3),
)

# RFC 2606 / RFC 6761 names reserved for documentation and testing.
RESERVED_MAIL_DOMAINS: tuple[str, ...] = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "council.test",
    "home.example.com",
)

# US driving-licence number layouts as published by the state DMVs (letters L, digits 9).
US_DL_LAYOUTS: tuple[tuple[str, str], ...] = (
    ("California", "L9999999"),
    ("New York", "999 999 999"),
    ("Texas", "99999999"),
    ("Florida", "L999-999-99-999-9"),
    ("Illinois", "L999-9999-9999"),
    ("Pennsylvania", "99 999 999"),
    ("Michigan", "L 999 999 999 999"),
    ("Ohio", "LL999999"),
)
