"""Held-out set 3 rows for names, other personal text, records, documents and public texts.

Sections of `build_holdout3.py`'s builder; each draws from `ValueGenerator` in a fixed
order, so moving a draw changes the built set.
"""

from __future__ import annotations

import base64
import string
import urllib.parse
from collections import Counter

from benchmarks.data import holdout3_frames as F
from benchmarks.data import holdout3_public_texts as P
from benchmarks.data import holdout3_sources as S
from benchmarks.data.holdout3_values import ValueGenerator


class TextRows(ValueGenerator):
    """Rows for names, other personal facts, structured and encoded records, long documents, public texts."""

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
            order = list(range(len(P.PUBLIC_PASSAGES)))
            self.rng.shuffle(order)
            for j in order:
                if sum(len(x) + 2 for x in parts) >= target:
                    break
                parts.append(P.PUBLIC_PASSAGES[j])
            if sens:
                sent, kinds, level = P.LONG_DOC_PERSONAL[i % len(P.LONG_DOC_PERSONAL)]
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
        for t in P.PUBLIC_FIGURE_QUESTIONS:
            self.add(t, "public", (), "hard_negative:public_figure", "handwritten:general_knowledge")
        for t in P.HISTORICAL_FIGURE_TEXTS:
            self.add(t, "public", (), "hard_negative:historical_figure", "handwritten:general_knowledge")
        combos = [(f, s) for f in P.CLINICAL_VIGNETTE_FRAMES for s in P.VIGNETTE_SYMPTOMS]
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
            frame = P.MATHS_FRAMES[i % len(P.MATHS_FRAMES)]
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
            frame = P.ORDER_FRAMES[i % len(P.ORDER_FRAMES)]
            self.add(frame.format(v=v), "public", (), "hard_negative:order_number", "generator:h3_order_refs")
        for t in P.CODE_SNIPPETS:
            self.add(t, "public", (), "hard_negative:code_snippet", "handwritten")
        for t in P.GENERAL_PUBLIC:
            self.add(t, "public", (), "public:general_question", "handwritten")
        for t in P.FORMAT_EXPLANATIONS:
            self.add(t, "public", (), "hard_negative:format_explanation", "handwritten")
        for t in P.MARKING_WORD_NEGATIVES:
            self.add(t, "public", (), "hard_negative:marking_word", "handwritten")
        for t in P.HEALTH_GENERAL:
            self.add(t, "public", (), "public:general_health_belief", "handwritten")
        for t in P.HISTORIC_DATES:
            self.add(t, "public", (), "hard_negative:historic_date", "handwritten:general_knowledge")
        for t in P.PUBLIC_STRUCTURED:
            self.add(t, "public", (), "hard_negative:structured_public", "handwritten")
        for i, t in enumerate(P.ENCODED_PUBLIC_SENTENCES):
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
            frames = P.CODE_FRAMES[kind]
            frame = frames[counters[kind] % len(frames)]
            counters[kind] += 1
            self.add(frame.format(v=v), "public", (), f"hard_negative:{kind.lower()}", src)
