# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""Rows for the issue's gap categories, part 2: identifiers, phones and
addresses from outside the UK, special-category statements and protective
markings. Frames are hand-written for set 5.
"""

from __future__ import annotations

from . import holdout5_intl as intl
from .holdout5_text import Row, fill
from .holdout5_values import Values

H = "handwritten:holdout5_gaps2"

# python-stdnum 2.2 docstring examples for modules sets 1-4 do not list.
STDNUM_DOCTESTS = [
    ("120174-3399", "Icelandic kennitala", "published:stdnum_is_kennitala_doctest"),
    ("1237 010180", "Austrian social insurance number", "published:stdnum_at_vnr_doctest"),
    ("6214 9832 0257", "Japanese My Number", "published:stdnum_jp_in_doctest"),
    ("770305-02-1234", "MyKad", "published:stdnum_my_nric_doctest"),
    ("34201-0891231-8", "CNIC", "published:stdnum_pk_cnic_doctest"),
    ("3171011708450001", "NIK", "published:stdnum_id_nik_doctest"),
]
TAX_DOCTESTS = [
    ("59-119/9013", "Austrian Steuernummer", "published:stdnum_at_tin_doctest"),
    ("A004416331M", "KRA PIN", "published:stdnum_ke_pin_doctest"),
    ("P-00634642", "PTIN", "published:stdnum_us_ptin_doctest"),
]
# SWIFT IBAN Registry examples for countries sets 1-4 do not list (checked with
# python-stdnum below).
IBAN_EXAMPLES = ["CZ65 0800 0000 1920 0014 5399", "SK31 1200 0000 1987 4263 7541",
                 "LT12 1000 0111 0100 1000", "EE38 2200 2210 2014 5685",
                 "SI56 2633 0001 2039 086", "HR12 1001 0051 8630 0016 0"]

ID_FRAMES = [
    "Applicant's {label} ({country}): {x}",
    "she gave her {label} as {x} at the visa appointment",
    "Overseas patient, {country} national, {label} {x}, needs an EHIC-equivalent check",
    "Tax residency form: {country}, identification number {x}",
    "{name} - {label} {x} - dependant on the Skilled Worker application",
    "can you verify this {label}? {x} it's for my wife's spouse visa",
    "Document scanned: {country} ID card, number {x}, holder {name}",
]
US_FRAMES = [
    "My SSN is {x}, I worked in Ohio before moving here.",
    "W-2 shows social security number {x} for {name}.",
    "ITIN {x} - US tax return needed for the double taxation relief claim",
    "{name}, US driver's license {x} ({state}), wants to exchange it for a UK licence",
    "ssn {x}",
    "Spouse's social security no.: {x}",
    "Previous US driver's license {x}, issued in {state} to {name}",
    "IRS letter CP565 gives my ITIN as {x}",
]
PHONE_FRAMES = [
    "Her daughter in {country} can be reached on {x}.",
    "call me back on {x}, I'm staying with family abroad",
    "Contact number (overseas): {x}",
    "{name}'s landline at home is {x}",
    "tel {x} (sponsor, lives in {country})",
    "Whatsapp doesn't work, ring {x}",
]
ADDR_FRAMES = [
    "Forwarding address: {x}, {country}",
    "he now lives at {x}, {country}. please send the P45 there",
    "ADDRESS ABROAD: {xu} {countryu}",
    "{country}: {x} — this is where my mother lives",
    "new address is {country}, {x}",
]


def intl_rows(v: Values) -> list[Row]:
    rng, rows = v.rng, []

    def add(frame: str, vals: dict[str, str], personal: list[str], kinds: list[str], cat: str, src: str,
            opt: list[str] | None = None) -> None:
        text = fill(rng, frame, vals)
        rows.append(Row(text, "personal", cat, f"{H}; {src}", kinds, opt or [],
                        [vals[k] for k in personal if vals[k] in text]))

    for i, country in enumerate(intl.NATIONAL_IDS):
        x = intl.national_id(country, rng)
        p = v.person()
        f = ID_FRAMES[i % len(ID_FRAMES)]
        add(f, {"x": x, "label": intl.NATIONAL_IDS[country][1], "country": intl.COUNTRY_NAMES[country],
                "name": p.full}, ["x"] + (["name"] if "{name}" in f else []), [],
            "intl:national_id", f"generator:h5_{country.lower()}_stdnum_check",
            ["NATIONAL_ID", "PERSON"])
    for j, (x, label, src) in enumerate(STDNUM_DOCTESTS + TAX_DOCTESTS):
        f = ID_FRAMES[(j + 2) % len(ID_FRAMES)]
        country = {"is": "Iceland", "at": "Austria", "jp": "Japan", "my": "Malaysia", "pk": "Pakistan",
                   "id": "Indonesia", "ke": "Kenya", "us": "USA"}[src.split("_")[1]]
        add(f, {"x": x, "label": label, "country": country, "name": v.person().full},
            ["x"] + (["name"] if "{name}" in f else []), [],
            "intl:tax_id" if (x, label, src) in TAX_DOCTESTS else "intl:national_id_doctest", src,
            ["NATIONAL_ID", "PERSON"])
    for i in range(16):
        f = US_FRAMES[i % len(US_FRAMES)]
        p = v.latin_person()
        state, dl = intl.us_licence(rng)
        kind: list[str]
        if "ITIN" in f:
            x, kind, src = intl.us_itin(rng), [], "generator:h5_us_itin_groups"
        elif "license" in f:
            x, kind, src = dl, [], "generator:h5_us_dl_state_layout"
        else:
            x, kind, src = intl.us_ssn(rng, sep=rng.choice(["-", "-", " ", ""])), ["US_SSN"], "generator:h5_us_ssn_rules"
        add(f, {"x": x, "name": p.full, "state": state},
            ["x"] + (["name"] if "{name}" in f else []), kind, "intl:us_" + src.split("_us_")[1].split("_")[0],
            src, ["PERSON", "US_SSN"])
    for i in range(12):
        region = intl.PHONE_REGIONS[(i * 3) % len(intl.PHONE_REGIONS)]
        x = intl.fixed_line_example(region, i % 4)
        f = PHONE_FRAMES[i % len(PHONE_FRAMES)]
        add(f, {"x": x, "country": region, "name": v.person().full},
            ["x"] + (["name"] if "{name}" in f else []), ["PHONE_NUMBER"], "intl:phone",
            f"published:libphonenumber_fixed_line_example_{region}", ["PERSON"])
    for i in range(10):
        x, country = intl.foreign_address(rng)
        f = ADDR_FRAMES[i % len(ADDR_FRAMES)]
        if i % 5 == 3:
            x = x.lower()
        vals = {"x": x, "country": country, "xu": x.upper(), "countryu": country.upper()}
        key = "xu" if "{xu}" in f else "x"
        add(f, vals, [key], ["LOCATION"], "intl:address", "generator:h5_foreign_address_layouts")
    for i in range(5):
        x = intl.po_box(rng)
        f = ["PO box for correspondence: {x}", "send the certificate to {x}",
             "my postal address is {x}", "Mailing address - {x}", "she uses {x} for all post"][i]
        add(f, {"x": x}, ["x"], ["LOCATION"], "intl:po_box", "generator:h5_po_box_layouts")
    for i in range(5):
        p = v.latin_person()
        x = intl.military_address(rng, p.full)
        f = ["Forward his pension statement to {x}", "Address: {x}",
             "my husband is deployed, his address is {x}", "Postal vote to be sent to {x}",
             "service family, parcel to {x}"][i]
        add(f, {"x": x, "name": p.full}, ["x", "name"], ["LOCATION"], "intl:military_address",
            "generator:h5_apo_dpo_fpo_bfpo_layouts", ["PERSON"])
    from stdnum import iban as std_iban
    for i, x in enumerate(IBAN_EXAMPLES):
        assert std_iban.is_valid(x), x
        f = ["Please pay my refund to IBAN {x}", "Beneficiary {name}, IBAN {x}",
             "her bank account abroad: {x}", "iban {x} (my account in my home country)",
             "Overseas bank details for {name}: {x}", "IBAN: {x}"][i]
        add(f, {"x": x, "name": v.person().full}, ["x"] + (["name"] if "{name}" in f else []),
            ["IBAN"], "intl:iban", "published:swift_iban_registry_example_" + x[:2], ["PERSON"])
    return rows


SPECIAL = [
    ("{name} has been diagnosed with bipolar disorder and is on lithium.", "health"),
    ("My brother {name} has Down's syndrome and needs a carer at the hearing.", "disability"),
    ("{name} is registered blind; please send letters in large print.", "disability"),
    ("Employee {name} asked for Fridays off to attend Jumu'ah prayers.", "religion"),
    ("{name} converted to Judaism last year and keeps kosher.", "religion"),
    ("Note: {name} is gay and fears persecution if returned to Uganda.", "sexuality"),
    ("{name} told HR she is bisexual and is being harassed by a colleague.", "sexuality"),
    ("{name} has a Gender Recognition Certificate; update the sex marker.", "gender_identity"),
    ("{name} describes himself as Black Caribbean on the monitoring form.", "ethnicity"),
    ("{name} is a Romany Gypsy and lives on the council site.", "ethnicity"),
    ("{name} served 18 months for fraud in 2016 and is on licence.", "criminal_record"),
    ("DBS check for {name} shows a caution for possession of cannabis.", "criminal_record"),
    ("{name} is on the sex offenders register until 2031.", "criminal_record"),
    ("Facial image and fingerprints of {name} enrolled at the VAC in Lagos.", "biometrics"),
    ("{name}'s iris scan failed at the e-gate twice.", "biometrics"),
    ("{name} carries the BRCA2 mutation; her sister was tested too.", "genetics"),
    ("{name} is pregnant, 28 weeks, and has gestational diabetes.", "health"),
    ("{name} is HIV positive and asked us not to tell her employer.", "health"),
    ("{name} has been sectioned under section 2 of the Mental Health Act.", "health"),
    ("Trade union: {name} is the Unite rep and was dismissed after the strike ballot.", "union"),
    ("{name} is in recovery from heroin addiction and on methadone.", "health"),
    ("{name}, NHS {nhs}, had a miscarriage last month.", "health"),
    ("sick note for {name}: long covid, unfit for work 8 weeks", "health"),
    ("{name}'s son is autistic and has an EHCP.", "disability"),
    ("{name} (NINO {nino}) receives treatment for schizophrenia at the Priory.", "health"),
]
MARKINGS = [
    ("OFFICIAL-SENSITIVE\n\nSubmission: options for the regional office closures, for the minister's decision.", "special"),
    ("Classification: OFFICIAL SENSITIVE - COMMERCIAL. Draft pricing for the framework renewal follows.", "special"),
    ("official-sensitive: personal — review of the grievance panel's notes", "special"),
    ("[OFFICIAL-SENSITIVE] Summarise the attached legal advice on the judicial review.", "special"),
    ("Marking: OFFICIAL–SENSITIVE LOCSEN. Briefing on the county lines operation for Gold command.", "special"),
    ("OFFICIAL SENSITIVE\nHANDLE VIA ESTABLISHED CHANNELS\nIncident review of the data loss at the Newport site.", "special"),
    ("Please shorten this OFFICIAL-SENSITIVE note on the negotiating position before Tuesday.", "special"),
    ("OFFICIAL-SENSITIVE [PERSONAL]: draft letter to the bereaved family about the inquest.", "special"),
    ("SECRET\nUK EYES ONLY\nAssessment of the threat to the summit venue.", "secret"),
    ("TOP SECRET STRAP1 - summarise the intercept product for the morning brief", "secret"),
    ("classification: secret. draft the annex on the submarine maintenance schedule", "secret"),
    ("T O P  S E C R E T - do not forward. Options paper on the sanctions package.", "secret"),
]


def special_rows(v: Values) -> list[Row]:
    rows = []
    for frame, kind in SPECIAL:
        p = v.person()
        vals = {"name": p.full, "nhs": v.nhs(), "nino": v.nino()}
        text = fill(v.rng, frame, vals)
        kinds = ["PERSON"] + (["UK_NHS"] if "{nhs}" in frame else []) + (["UK_NINO"] if "{nino}" in frame else [])
        values = [vals[k] for k in ("name", "nhs", "nino") if "{" + k + "}" in frame and vals[k] in text]
        rows.append(Row(text, "special", f"special:{kind}", f"{H}; faker:{p.locale}.first_name+last_name",
                        kinds, [], values))
    for text, level in MARKINGS:
        rows.append(Row(text, level, f"marking:{level}", f"{H}:markings", [], [], []))
    return rows
