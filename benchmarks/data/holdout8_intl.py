"""Identifiers, phones and addresses from outside the UK, as departments see them.

National and tax numbers are generated in each scheme's published layout; where
python-stdnum has a validator the check character is found by trying candidates
until it accepts. Addresses are hand-typed on invented streets.
"""
# ruff: noqa: E501

from __future__ import annotations

import phonenumbers
from stdnum.az import voen
from stdnum.by import unp
from stdnum.eg import tn as eg_tn
from stdnum.id import npwp
from stdnum.tr import vkn

from benchmarks.data.holdout8_common import Row, make_row
from benchmarks.data.holdout8_values import Values


def _stdnum_value(v: Values, length: int, module: object, fmt: str = "{}") -> str:
    while True:
        cand = v.digits(length)
        if module.is_valid(cand):  # type: ignore[attr-defined]
            return fmt.format(cand)


def _ids(v: Values) -> list[tuple[str, str, str]]:
    """(value, frame, source) for national, tax and US numbers."""
    d = v.digits

    def ssn() -> str:
        return f"{v.rng.choice([v.rng.randint(1, 665), v.rng.randint(667, 899)]):03d}-{v.rng.randint(1, 99):02d}-{v.rng.randint(1, 9999):04d}"

    def itin() -> str:
        return f"9{d(2)[:2]}-{v.rng.choice([70, 75, 83, 88, 91, 94])}-{d(4)}"

    g = "generator:h8_"
    return [
        (ssn(), "My US social security number is {v}, I need it on the form for my American pension.", g + "us_ssn_area_group_serial"),
        (ssn(), "ssn {v} - client worked in Ohio 2009-2015, claiming totalisation of contributions", g + "us_ssn_area_group_serial"),
        (ssn().replace("-", " "), "Her SSN ({v}) appears on the W-2 she sent with the claim.", g + "us_ssn_area_group_serial"),
        (ssn().replace("-", ""), "Social Security No.: {v}\nEmployer: county school district", g + "us_ssn_area_group_serial"),
        (ssn(), "the man on the phone asked for my social {v} to verify, is that normal?", g + "us_ssn_area_group_serial"),
        (ssn(), "Dependant's SSN {v} has been added to the visa file.", g + "us_ssn_area_group_serial"),
        (itin(), "I file US taxes with an ITIN, {v}, because I'm not eligible for an SSN.", g + "us_itin_groups"),
        (itin(), "ITIN: {v} (issued 2019)", g + "us_itin_groups"),
        (itin(), "my husband's itin is {v} and he needs a letter confirming UK tax residence", g + "us_itin_groups"),
        (f"{v.rng.choice('ABCDEFGHJKLMNPRSTW')}{d(7)}", "California driver license {v}, expires 2028, being exchanged for a UK licence", g + "us_dl_layout_CA"),
        (f"{v.rng.choice('ABCDEFGHJKLMNPRSTW')}{d(3)}-{d(3)}-{d(2)}-{d(3)}-0", "Florida DL no. {v}, holder now resident in Kent", g + "us_dl_layout_FL"),
        (d(9), "NY driver's licence number {v} - please check it's genuine before we accept it as ID", g + "us_dl_layout_NY"),
        (f"{v.rng.choice('ABCDEFGHJKLMNPRSTW')}{d(8)}", "Texas licence? no, Illinois: {v}. I lived in Chicago until last year.", g + "us_dl_layout_IL"),
        (d(9), "US passport number {v}, exp 2031, applicant for a spouse visa", g + "us_passport_9_digits"),
        (f"A{d(8)}", "Passport no {v} (United States, next-generation book)", g + "us_passport_letter_8_digits"),
        (d(11), "NIN {v} - Nigerian national identification number of the applicant", g + "ng_nin_11_digits"),
        (f"GHA-{d(9)}-{v.rng.randint(0, 9)}", "Ghana Card: {v}. Name matches passport.", g + "gh_ghana_card_layout"),
        (d(8), "Kenyan ID no. {v}, she also has a KRA PIN but didn't bring it", g + "ke_id_8_digits"),
        (f"{d(9)}V", "Sri Lankan NIC {v} (old format) for the sponsor, please verify", g + "lk_nic_old_layout"),
        (f"{d(3)}-{d(3)}-{d(3)}", "his Jamaican TRN is {v}", g + "jm_trn_layout"),
        (f"{v.rng.randint(1, 89):02d}-{d(7)} {v.rng.choice('ABCDEFGHJKLMNPRSTVWXY')} {v.rng.randint(10, 89)}", "Zimbabwe national ID {v}, as on her old green card", g + "zw_id_layout"),
        (d(10), "bangladesh nid number {v} - for the marriage certificate translation", g + "bd_nid_10_digits"),
        (f"{d(2)}-{d(7)}-{v.rng.randint(0, 9)}", "Philippine SSS number {v}, OFW contributions 2012-2020", g + "ph_sss_layout"),
        (_stdnum_value(v, 15, npwp, "{}"), "NPWP (Indonesian tax number) {v} - taxpayer now working in Leeds", g + "id_npwp_stdnum_check"),
        (_stdnum_value(v, 10, vkn), "Turkish VKN {v} for the sole trader, needed for the double tax claim", g + "tr_vkn_stdnum_check"),
        (_stdnum_value(v, 9, eg_tn), "Egyptian tax registration no. {v} belongs to the claimant, she used to run a pharmacy in Giza", g + "eg_tn_stdnum_check"),
        (_stdnum_value(v, 10, voen), "Azerbaijani VÖEN {v} (individual entrepreneur) - the applicant's own", g + "az_voen_stdnum_check"),
        (_stdnum_value(v, 9, unp), "UNP {v} - Belarus taxpayer number of the refugee applicant", g + "by_unp_stdnum_check"),
    ]


PHONES = [
    ("NG", "You can reach me on my Nigerian number {v} after 6pm UK time."),
    ("GH", "mum's number in Accra is {v}, she doesn't do whatsapp"),
    ("PK", "Contact (overseas): {v}"),
    ("IN", "please call my brother {v} he speaks English"),
    ("RO", "Tel. {v} (mobil, Bucureşti)"),
    ("PL", "if I'm not answering try my polish mobile {v}"),
    ("BD", "Sponsor's mobile: {v}"),
    ("IE", "I'm staying with my sister in Galway for a month, her mobile is {v}"),
    ("AU", "ring me on {v} - I'm in Perth so mornings your time are best"),
    ("ZA", "whatsapp on {v} is quickest"),
]
ADDRESSES = [
    "Apt 4B, 1187 Larkspur Avenue, Dayton, OH 45402, USA",
    "unit 12 / 48 wattle grove, toowong qld 4066 australia",
    "3306 Rue des Érables, app. 7, Laval QC H7N 2B4, Canada",
    "Mlynska 14/22, 31-512 Kraków, Polska",
    "14 Adeola Odeku Close, Victoria Island, Lagos, Nigeria",
    "House 112, Street 9, F-10/2, Islamabad, Pakistan",
    "KINGSTON 6, 22 HOPE PASTURES ROAD, JAMAICA W.I.",
    "Flat 2, 19 Ardmore Park, Dundrum, Dublin 14, D14 X2K7",
    "Tanzania, Dar es Salaam, Msasani, Plot 441 Haile Selassie Rd",
    "Kastanienweg 8, 3. OG links, 50733 Köln, Deutschland",
    "Blk 12 Lot 7, Sampaguita St, Brgy San Isidro, Quezon City 1102",
    "22-3, Sector 15, Rohini, New Delhi 110089",
]
ADDRESS_FRAMES = [
    "I've moved abroad, my new address is {v}",
    "Forwarding address: {v}",
    "the claimant now lives at {v} with her daughter",
    "send the refund cheque to {v} please",
]
POBOX = ["P.O. Box 48211, Nairobi 00100, Kenya", "PO Box 7732, Dubai, UAE", "Postfach 10 14 22, 70013 Stuttgart", "GPO Box 2291, Adelaide SA 5001"]
MILITARY = ["SSG Renfrow, Unit 3120 Box 41, APO AE 09021", "PSC 817 Box 27, FPO AE 09622", "Unit 8400 Box 1422, DPO AP 96520", "Pte A. Mensah, 1st Bn Royal Welsh, BFPO 5512"]
IBANS = [("IS", 22, 0), ("TR", 22, 0), ("IL", 19, 0), ("JO", 26, 4), ("QA", 25, 4), ("GE", 18, 2)]


def intl_rows(v: Values) -> list[Row]:
    """About 66 rows: identifiers, phones, addresses, PO boxes, military, IBANs."""
    rows: list[Row] = []
    for val, frame, src in _ids(v):
        rows.append(make_row(frame.format(v=val), "personal", [], [], "intl:id", src, [val]))
    for i, (region, frame) in enumerate(PHONES):
        while True:
            nat = v.digits(v.rng.choice([9, 10]))
            try:
                num = phonenumbers.parse(nat, region)
            except phonenumbers.NumberParseException:
                continue
            if (phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region
                    and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE):
                break
        style = [phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164,
                 phonenumbers.PhoneNumberFormat.INTERNATIONAL][i % 3]
        txt = phonenumbers.format_number(num, style)
        if i % 4 == 3:
            txt = "00" + txt.lstrip("+")
        rows.append(make_row(frame.format(v=txt), "personal", ["UK_PHONE"], [],
                             "intl:phone", f"generator:h8_phonenumbers_random_valid_mobile_{region}", [txt]))
    for i, addr in enumerate(ADDRESSES):
        rows.append(make_row(ADDRESS_FRAMES[i % 4].format(v=addr), "personal", ["LOCATION"], [], "intl:address",
                             "handwritten:holdout8_intl_addresses (invented streets)", [addr]))
    for i, addr in enumerate(POBOX):
        rows.append(make_row(["Postal address for the appeal: {v}", "all post to {v} please, I'm away for work", "my mailing addr - {v}", "Correspondence to {v} (my own box)"][i].format(v=addr),
                             "personal", ["LOCATION"], [], "intl:pobox", "handwritten:holdout8_pobox_layouts", [addr]))
    for i, addr in enumerate(MILITARY):
        rows.append(make_row(["Send the parcel to my son: {v}", "Husband deployed, his mail goes to {v}", "Mailing address while posted overseas: {v}", "Please write to me at {v}, I am serving in Cyprus"][i].format(v=addr),
                             "personal", ["LOCATION"], [], "intl:military", "handwritten:holdout8_military_layouts", [addr]))
    for i, (cc, ln, letters) in enumerate(IBANS):
        val = v.iban(cc, ln, letters)
        rows.append(make_row(["Please pay the pension into my account abroad, IBAN {v}", "iban {v} (my wife's account in her name)", "Beneficiary IBAN: {v}", "refund to {v} thanks", "my bank details: {v}, BIC on the attached letter", "account no. (IBAN) {v}"][i].format(v=val),
                             "personal", ["IBAN"], [], "intl:iban", f"generator:h8_iban_{cc}_stdnum_check", [val]))
    return rows
