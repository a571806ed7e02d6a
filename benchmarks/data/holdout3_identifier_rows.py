"""Held-out set 3 rows for identifiers, UK and from elsewhere (`build_holdout3.py`).

Each section draws its values from `ValueGenerator` and adds rows in a fixed order:
moving a draw changes the built set.
"""

from __future__ import annotations

import string
from typing import Any

from benchmarks.data import holdout3_frames as F
from benchmarks.data import holdout3_sources as S
from benchmarks.data.holdout3_values import ValueGenerator


class IdentifierRows(ValueGenerator):
    """Rows whose sensitive value is an identifier: UK kinds with a cue, then non-UK ones."""

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

        gens: tuple[tuple[str, str, str, str, Any], ...] = (
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
