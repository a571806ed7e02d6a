"""Fills the ``{placeholders}`` of held-out set 4's frames and labels the result.

Each placeholder names one kind of value; the table ``FIELDS`` says which entity
kind it is, whether that kind is required or only optional, and whether the value
goes into the row's ``values`` (the personal substrings the integration test looks
for in the upstream's recording). One person is drawn per row, so a name, e-mail,
date of birth and driving licence in the same row belong together.
"""

from __future__ import annotations

import string
from typing import Any

from benchmarks.data import holdout4_sources as src
from benchmarks.data.holdout4_gen import Gen

# field -> (kind or "", required, goes into values)
FIELDS: dict[str, tuple[str, bool, bool]] = {
    "name": ("PERSON", False, True), "first": ("PERSON", False, True),
    "last": ("PERSON", False, True), "last2": ("PERSON", False, True),
    "name2": ("PERSON", False, True), "name_lower": ("PERSON", False, True),
    "placeholder": ("PERSON", False, True),
    "nhs": ("UK_NHS", True, True), "nhs_bad": ("UK_NHS", True, True),
    "nhs_oor": ("UK_NHS", True, True),
    "nino": ("UK_NINO", True, True), "nino2": ("UK_NINO", True, True),
    "nino_bad": ("UK_NINO", True, True),
    "utr": ("TAX_ID", True, True), "utr_bad": ("TAX_ID", True, True),
    "vat": ("TAX_ID", False, True),
    "passport": ("PASSPORT", True, True), "passport_short": ("PASSPORT", True, True),
    "brp": ("NATIONAL_ID", False, True), "ho_ref": ("", False, True),
    "dl": ("DRIVING_LICENCE", True, True),
    "plate": ("UK_VEHICLE_REGISTRATION", True, True),
    "plate_sep": ("UK_VEHICLE_REGISTRATION", True, True),
    "sort": ("UK_BANK_ACCOUNT", False, True), "acct": ("UK_BANK_ACCOUNT", False, True),
    "iban": ("IBAN", True, True), "iban_bad": ("IBAN", True, True),
    "fiban": ("IBAN", True, True),
    "pc": ("UK_POSTCODE", True, True), "pc_odd": ("UK_POSTCODE", True, True),
    "addr": ("UK_POSTCODE", True, True), "town": ("LOCATION", False, False),
    "phone": ("PHONE_NUMBER", True, True), "fphone": ("PHONE_NUMBER", True, True),
    "email": ("EMAIL_ADDRESS", True, True), "ip": ("IP_ADDRESS", True, True),
    "card_any": ("CREDIT_CARD", True, True), "tcard": ("CREDIT_CARD", True, True),
    "card_short": ("CREDIT_CARD", True, True),
    "dob": ("DATE_OF_BIRTH", True, True),
    "age": ("AGE", False, False), "age_child": ("AGE", False, False),
    "date_future": ("", False, False),
    "ssn": ("US_SSN", True, True), "itin": ("TAX_ID", False, True),
    "usdl": ("DRIVING_LICENCE", False, True), "usdl_state": ("", False, False),
    "natid": ("NATIONAL_ID", False, True), "natid_kind": ("", False, False),
    "taxid": ("TAX_ID", False, True), "taxid_kind": ("", False, False),
    "faddr": ("LOCATION", True, True), "pobox": ("LOCATION", True, True),
    "military": ("LOCATION", True, True), "digits": ("", False, True),
    "mrz1": ("PERSON", False, True), "mrz2": ("PASSPORT", False, True),
    "icao_passport": ("PASSPORT", True, True), "icao_name": ("PERSON", False, True),
    "icao_dob": ("DATE_OF_BIRTH", True, True), "de_id": ("NATIONAL_ID", False, True),
    "de_name": ("PERSON", False, True), "de_birth_name": ("PERSON", False, True),
    "de_dob": ("DATE_OF_BIRTH", True, True), "de_addr": ("LOCATION", True, True),
    "nl_name": ("PERSON", False, True), "nl_bsn": ("NATIONAL_ID", False, True),
    "nl_doc": ("PASSPORT", False, True),
}
# Fixed values from specimen documents (one row each: the builder's "1" flag).
SPECIMEN = {
    "mrz1": src.ICAO_SPECIMEN["mrz1"], "mrz2": src.ICAO_SPECIMEN["mrz2"],
    "icao_passport": src.ICAO_SPECIMEN["passport"], "icao_name": src.ICAO_SPECIMEN["name"],
    "icao_dob": src.ICAO_SPECIMEN["dob"], "de_id": src.GERMAN_ID_SPECIMEN["id"],
    "de_name": src.GERMAN_ID_SPECIMEN["name"], "de_birth_name": src.GERMAN_ID_SPECIMEN["birth_name"],
    "de_dob": src.GERMAN_ID_SPECIMEN["dob"], "de_addr": src.GERMAN_ID_SPECIMEN["address"],
    "nl_name": src.DUTCH_SPECIMEN["name"], "nl_bsn": src.DUTCH_SPECIMEN["bsn"],
    "nl_doc": src.DUTCH_SPECIMEN["document"],
}
SPECIMEN_SOURCE = {"mrz": src.ICAO_SPECIMEN["source"], "icao": src.ICAO_SPECIMEN["source"],
                   "de": src.GERMAN_ID_SPECIMEN["source"], "nl": src.DUTCH_SPECIMEN["source"]}
Row = dict[str, Any]
PERSON_FIELDS = ("name", "first", "last", "last2", "name2", "name_lower", "placeholder",
                 "mrz1", "icao_name", "de_name", "de_birth_name", "nl_name")
POBOXES = (("PO Box {n}", "Dunedin 9054, New Zealand"), ("P.O. Box {n}", "Nairobi 00100, Kenya"),
           ("Postfach {n}", "8021 Zürich, Switzerland"), ("GPO Box {n}", "Sydney NSW 2001, Australia"),
           ("Apartado de Correos {n}", "29600 Marbella, Spain"), ("PO Box {n}", "Dubai, UAE"),
           ("P.O. Box {n}", "Gaborone, Botswana"), ("Boîte postale {n}", "75001 Paris, France"))
UNITS = ("1st Battalion The Rifles", "HMS Queen Elizabeth", "RAF Akrotiri", "3 Medical Regiment")


def fields_in(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


class Filler:
    """Draws the values a frame asks for and builds the labelled row."""

    def __init__(self, g: Gen) -> None:
        self.g = g
        self.seen: set[str] = set()

    # ------------------------------------------------------------------ formats
    def _spaced(self, s: str, groups: tuple[int, ...]) -> str:
        style = self.g.pick((0, 0, 1, 1, 1, 2, 3))  # 3: doubled spaces, as pasted from forms
        if style == 0:
            return s
        sep = ("", " ", "-", "  ")[style]
        out, i = [], 0
        for n in groups:
            out.append(s[i:i + n])
            i += n
        if i < len(s):
            out.append(s[i:])
        return sep.join(p for p in out if p)

    def _card_fmt(self, num: str) -> str:
        style = self.g.rng.randrange(3)
        if style == 0:
            return num
        sep = " " if style == 1 else "-"
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def _fphone(self) -> tuple[str, str]:
        g = self.g
        k = g.rng.randrange(4)
        if k == 0:
            area, tail = g.pick(src.NANP_AREAS), g.pick(src.NANP_FICTION)
            fmt = g.pick(("+1 {a} {t}", "({a}) {t}", "001 {a} {t}", "1-{a}-{t}"))
            return fmt.format(a=area, t=tail), src.PHONE_SOURCES["nanp"]
        if k == 1:
            mob = g.pick(src.ACMA_MOBILES)
            if g.rng.random() < 0.5:
                mob = "+61 " + mob[1:]
            else:
                mob = g.pick(src.ACMA_LANDLINE_PREFIXES) + " " + g.digits(4)
            return mob, src.PHONE_SOURCES["acma"]
        if k == 2:
            num = g.pick(src.ARCEP_PREFIXES) + f" {g.digits(2)} {g.digits(2)}"
            if g.rng.random() < 0.5:
                num = "+33 " + num[1:]
            return num, src.PHONE_SOURCES["arcep"]
        return "+44 " + self._uk_phone()[1:], src.PHONE_SOURCES["ofcom"]

    def _uk_phone(self) -> str:
        return self.g.pick(src.OFCOM_LESSER) + self.g.digits(3)

    # ------------------------------------------------------------------ values
    def draw(self, names: list[str]) -> tuple[dict[str, str], list[str]]:
        g, rng = self.g, self.g.rng
        p, psrc = g.person()
        p2, p2src = g.person()
        ymd = g.dob()
        v: dict[str, str] = {}
        srcs: list[str] = []
        for f in dict.fromkeys(names):
            if f in v:  # drawn together with a sibling field (sort/acct, natid_kind/natid)
                continue
            if f in ("name", "first", "last", "name_lower"):
                v.update(name=p.full, first=p.first, last=p.last, name_lower=p.full.lower())
                srcs.append(psrc)
            elif f in ("name2", "last2"):
                v.update(name2=p2.full, last2=p2.last)
                srcs.append(p2src)
            elif f in SPECIMEN:
                v[f] = SPECIMEN[f]
                srcs.append(SPECIMEN_SOURCE[f.split("_")[0].rstrip("12")])
            elif f == "placeholder":
                v[f], s = g.pick(src.PLACEHOLDER_NAMES)
                srcs.append(s)
            elif f == "nhs":
                v[f] = self._spaced(g.nhs(), (3, 3, 4))
                srcs.append("generator:h4_nhs_mod11_england_range")
            elif f == "nhs_bad":
                v[f] = self._spaced(g.nhs("bad_check"), (3, 3, 4))
                srcs.append("generator:h4_nhs_wrong_check_digit")
            elif f == "nhs_oor":
                v[f] = self._spaced(g.nhs("out_of_range"), (3, 3, 4))
                srcs.append("generator:h4_nhs_mod11_outside_england_ranges")
            elif f in ("nino", "nino2", "nino_bad"):
                raw = g.nino(valid=f != "nino_bad")
                v[f] = self._spaced(raw, (2, 2, 2, 2, 1)).replace("-", " ")
                srcs.append("generator:h4_nino_" + ("never_allocated_prefix_or_suffix"
                                                    if f == "nino_bad" else "prefix_rules"))
            elif f in ("utr", "utr_bad"):
                v[f] = self._spaced(g.utr(valid=f == "utr"), (5, 5))
                srcs.append("generator:h4_utr_stdnum_check" + ("_broken" if f == "utr_bad" else ""))
            elif f == "vat":
                num = g.vat()
                v[f] = f"{num[:3]} {num[3:7]} {num[7:]}"
                srcs.append("generator:h4_gb_vat_stdnum_check")
            elif f in ("passport", "passport_short"):
                num = g.passport_uk()
                v[f] = num if f == "passport" else num[:8]
                srcs.append("generator:h4_passport_9_digits")
            elif f == "brp":
                v[f] = g.pick(("ZR", "RF", "ZX", "RB")) + g.digits(7)
                srcs.append("generator:h4_brp_layout")
            elif f == "ho_ref":
                v[f] = g.pick(("GWF0", "3434-0", "HO/")) + g.digits(8)
                srcs.append("generator:h4_casework_reference")
            elif f == "dl":
                v[f] = g.driving_licence(p, ymd, rng.random() < 0.5)
                srcs.append("generator:h4_dvla_licence_layout")
            elif f == "plate":
                v[f] = g.plate(g.pick((" ", "")))
                srcs.append("generator:h4_plate_2001_format")
            elif f == "plate_sep":
                pl = g.plate(g.pick(("-", ".", "_", "/", " - ", "·")))
                v[f] = pl.lower() if rng.random() < 0.25 else pl
                srcs.append("generator:h4_plate_2001_format_separators")
            elif f in ("sort", "acct"):
                v.update(sort=g.sort_code(), acct=g.account())
                srcs.append("generator:h4_sort_code_account")
            elif f in ("iban", "iban_bad"):
                ib = g.gb_iban()
                if f == "iban_bad":
                    ib = ib[:2] + f"{(int(ib[2:4]) + rng.randint(1, 40)) % 97 + 2:02d}" + ib[4:]
                v[f] = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) \
                    if rng.random() < 0.6 else ib
                srcs.append("generator:h4_gb_iban_mod97" + ("_broken" if f == "iban_bad" else ""))
            elif f == "fiban":
                v[f] = g.pick(src.REGISTRY_IBANS)
                srcs.append("published:swift_iban_registry_example")
            elif f == "pc":
                v[f] = g.postcode()[0]
                srcs.append("generator:h4_postcode_real_outward_random_inward")
            elif f == "pc_odd":
                out = g.postcode()[0].split()[0]
                v[f] = f"{out} {rng.randint(0, 9)}{g.pick('CIKMOV')}{g.pick('CIKMOV')}"
                srcs.append("generator:h4_postcode_unused_inward_letters")
            elif f == "addr":
                a = g.uk_address()
                r = rng.random()
                v[f] = a.lower() if r < 0.15 else (a.upper() if r < 0.25 else a)
                srcs.append("generator:h4_uk_address")
            elif f == "town":
                v[f] = g.postcode()[1]
            elif f == "phone":
                ph = self._uk_phone()
                v[f] = ph if rng.random() < 0.7 else "+44 " + ph[1:]
                srcs.append(src.PHONE_SOURCES["ofcom"])
            elif f == "fphone":
                v[f], s = self._fphone()
                srcs.append(s)
            elif f == "email":
                v[f] = g.email(p)
                srcs.append("generator:h4_email_synthetic_local_part")
            elif f == "ip":
                v[f] = g.ip()
                srcs.append("published:rfc5737_rfc3849_documentation_ranges")
            elif f == "card_any":
                n = g.card(luhn_ok=rng.random() < 0.5, length=g.pick((None, None, 12, 19, 17)))
                v[f] = self._card_fmt(n)
                srcs.append("generator:h4_card_digits_luhn_pass_or_fail")
            elif f == "card_short":
                v[f] = self._card_fmt(g.card(length=16)[:-1])
                srcs.append("generator:h4_card_one_digit_missing")
            elif f == "tcard":
                v[f], s = g.pick(src.TEST_CARDS)
                srcs.append(s)
            elif f == "dob":
                v[f] = g.dob_text(ymd)
                srcs.append("generator:h4_dob_written_styles")
            elif f == "age":
                v[f] = str(rng.randint(19, 97))
            elif f == "age_child":
                v[f] = str(rng.randint(5, 15))
            elif f == "date_future":
                v[f] = g.pick(("the 14th", "next tuesday", "3 august", "easter"))
            elif f == "ssn":
                if rng.random() < 0.1:
                    v[f], s = src.WOOLWORTH_SSN
                else:
                    v[f], s = g.us_ssn(), "generator:h4_us_ssn_area_group_serial_rules"
                srcs.append(s)
            elif f == "itin":
                v[f] = g.itin()
                srcs.append("generator:h4_itin_layout")
            elif f in ("usdl", "usdl_state"):
                v["usdl_state"], v["usdl"] = g.us_dl()
                srcs.append("generator:h4_us_dl_state_layouts")
            elif f in ("natid", "natid_kind"):
                v["natid_kind"], v["natid"], s = g.national_id()
                srcs.append(s)
            elif f in ("taxid", "taxid_kind"):
                v["taxid_kind"], v["taxid"], s = g.tax_id()
                srcs.append(s)
            elif f == "faddr":
                a, s = g.foreign_address()
                r = rng.random()
                if r < 0.3:
                    parts = a.split(", ")
                    a = ", ".join([parts[-1]] + parts[:-1])
                v[f] = a.upper() if 0.3 <= r < 0.45 else (a.lower() if r >= 0.85 else a)
                srcs.append(s)
            elif f == "pobox":
                box, rest = g.pick(POBOXES)
                v[f] = box.format(n=rng.randint(10, 99999)) + ", " + rest
                srcs.append("generator:h4_po_box_layouts")
            elif f == "military":
                if rng.random() < 0.5:
                    v[f] = f"{g.pick(UNITS)}, BFPO {rng.randint(2, 800)}"
                else:
                    v[f] = g.pick((f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}, "
                                   f"APO AE 09{rng.randint(0, 999):03d}",
                                   f"Unit {rng.randint(2000, 9999)} Box {rng.randint(1, 9999)}, "
                                   f"DPO AP 96{rng.randint(200, 699):03d}",
                                   f"USNS Comfort, FPO AA 34{rng.randint(0, 99):03d}"))
                srcs.append("generator:h4_bfpo_apo_dpo_fpo_layouts")
            elif f == "digits":
                count = rng.randint(8, 19)
                d = g.digits(count)
                v[f] = self._spaced(d, (4, 4, 4, 4)) if rng.random() < 0.4 else d
                srcs.append("generator:h4_digit_run")
            else:
                raise KeyError(f)
        return v, srcs

    # ------------------------------------------------------------------ rows
    def render(self, category: str, level: str, flags: str, text: str,
               module: str) -> Row:
        names = fields_in(text)
        for _ in range(50):  # small pools (registry IBANs, test cards) can repeat a text
            vals, srcs = self.draw(names)
            out = text.format(**vals)
            if out not in self.seen:
                break
        self.seen.add(out)
        kinds: list[str] = []
        opt: list[str] = []
        values: list[str] = []
        for f in dict.fromkeys(names):
            kind, req, is_value = FIELDS[f]
            if f in PERSON_FIELDS and "P" in flags:
                req = True
            if kind:
                (kinds if req else opt).append(kind)
            if is_value and len(vals[f]) >= 3:
                values.append(vals[f])
            if f == "faddr" or f == "addr":
                opt.append("LOCATION")
        if "first" in vals and "last" in vals and f"{vals['first']} {vals['last']}" in out:
            values.insert(0, f"{vals['first']} {vals['last']}")  # the name as written
        if "lower" in flags:
            out = out.lower()
            values = [x.lower() for x in values]
        kinds = sorted(set(kinds))
        opt = sorted(set(opt) - set(kinds))
        return {"text": out, "sensitive": level != "public", "level": level, "kinds": kinds,
                "optional_kinds": opt, "category": category,
                "source": "; ".join(sorted(set(srcs)) + [f"handwritten:{module}"]),
                "values": list(dict.fromkeys(values))}
