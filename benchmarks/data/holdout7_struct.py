# ruff: noqa: E501  (data and frames: one row or passage per line reads best)
"""Structured records (JSON, tool-call arguments, CSV, forms, ...) and encoded personal
text (base64, URL, hex) for held-out set 7. Layouts hand-written for this set.
"""

from __future__ import annotations

import base64
import random
import urllib.parse
from typing import Any

from .holdout7_common import KIND_OF, row
from .holdout7_values import Names, fmt_nino, nhs_number, nino, person, utr

STRUCT = [
    ("json", '{{"applicant": {{"full_name": "{name}", "dob": "{dob}", "ni_number": "{nino}"}}, "scheme": "warm home discount"}}'),
    ("json", '{{"patient":{{"nhs_number":"{nhs}","given":"{first}","family":"{last}"}},"reason":"repeat prescription"}}'),
    ("tool_call", 'call lookup_claim(args={{"nino": "{nino}", "include_history": true}})'),
    ("tool_call", '{{"name": "get_tax_record", "arguments": "{{\\"utr\\": \\"{utr}\\", \\"year\\": \\"2024-25\\"}}"}}'),
    ("tool_call", 'tool: book_appointment\nparams: {{"nhs_number": "{nhs}", "clinic": "podiatry", "preferred": "am"}}'),
    ("tool_call", '<tool_call>{{"function": "update_address", "postcode": "{postcode}", "line1": "{street}"}}</tool_call>'),
    ("csv", "ref,surname,forename,dob,postcode\n{ref},{last},{first},{dob},{postcode}"),
    ("csv", "name;email;phone\n{name};{email};{phone}"),
    ("tsv", "case_id\tclaimant\tnino\n{ref}\t{name}\t{nino}"),
    ("form", "Surname: {last}\nForename(s): {first}\nDate of birth: {dob}\nPassport no.: {passport}"),
    ("form", "[ ] Mr [x] Mrs [ ] Ms\nName ..... {name}\nAddress ..... {address}"),
    ("yaml", "claimant:\n  name: {name}\n  nino: {nino}\n  bank:\n    iban: {iban}"),
    ("xml", "<Driver><Name>{name}</Name><LicenceNo>{licence}</LicenceNo><Vrm>{plate}</Vrm></Driver>"),
    ("sql", "INSERT INTO tenants (name, phone, email) VALUES ('{name}', '{phone}', '{email}');"),
    ("query", "https://forms.example.gov.uk/submit?name={uname}&dob={udob}&pc={upc}"),
    ("kv", "surname={last} forename={first} nhs_number={nhs} gp=Ridgeway Surgery"),
    ("log", "2026-11-30T09:14:55Z INFO login ok user={email} card={card}"),
    ("markdown", "| field | value |\n|---|---|\n| name | {name} |\n| utr | {utr} |"),
    ("ini", "[contact]\nname = {name}\nmobile = {phone}\n[id]\nlicence = {licence}"),
    ("python", "customer = {{'name': '{name}', 'sort_code': '{sort}', 'account': '{acct}'}}"),
    ("hl7", "PID|1||{nhsraw}^^^NHS^NH||{ulast}^{ufirst}||{dobraw}|F"),
    ("vcard", "BEGIN:VCARD\nFN:{name}\nTEL;TYPE=cell:{phone}\nEMAIL:{email}\nEND:VCARD"),
    ("graphql", 'mutation {{ addDependant(parentNino: "{nino}", childName: "{first2} {last}") {{ id }} }}'),
    ("email_headers", "From: {name} <{email}>\nTo: enquiries@council.example\nSubject: my bin"),
    ("jsonl", '{{"row": 1, "surname": "{last}", "dob": "{dob}"}}\n{{"row": 2, "surname": "{last}", "nhs_number": "{nhs}"}}'),
    ("post_body", "POST /api/v2/claims HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nfull_name={uname}&ni_number={nino}"),
    ("env", "APPLICANT_NAME=\"{name}\"\nAPPLICANT_PASSPORT={passport}\nAPPLICANT_PHONE=\"{phone}\""),
    ("tool_call", 'assistant -> tool dvla_lookup {{"vrm": "{plate}", "keeper_postcode": "{postcode}"}}'),
    ("spreadsheet", "A1: Name | B1: Card | C1: Expiry\nA2: {name} | B2: {card} | C2: 04/29"),
    ("protobuf_text", 'person {{\n  name: "{name}"\n  email: "{email}"\n  iban: "{iban}"\n}}'),
]


def struct_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    rows = []
    for i, (sub, tmpl) in enumerate(STRUCT):
        vals, src = person(rng, names, "own")
        vals = dict(vals)
        vals["uname"] = urllib.parse.quote_plus(vals["name"])
        vals["udob"] = urllib.parse.quote_plus(vals["dob"])
        vals["upc"] = urllib.parse.quote_plus(vals["postcode"])
        vals["nhsraw"] = vals["nhs"].replace(" ", "").replace("-", "")
        vals["ulast"], vals["ufirst"] = vals["last"].upper(), vals["first"].upper()
        vals["dobraw"] = f"{rng.randint(1940, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        personal = {"name", "first", "last", "dob", "nhs", "nino", "utr", "phone", "email", "postcode",
                    "street", "address", "passport", "iban", "licence", "plate", "card", "acct",
                    "uname", "udob", "upc", "nhsraw", "ulast", "ufirst", "dobraw"}
        # three tool calls carry mistyped values under a field named for their kind
        if i == 2:
            vals["nino"] = fmt_nino(rng, nino(rng, valid=False))
            src += "+generator:h7_nino_never_allocated_prefix"
        if i == 3:
            vals["utr"] = utr(rng, valid=False)
            src += "+generator:h7_utr_wrong_check"
        if i == 4:
            vals["nhs"] = nhs_number(rng, in_range=False)
            src += "+generator:h7_nhs_mod11_outside_england"
        text = tmpl.format_map(vals)
        used = [k for k in vals if "{" + k + "}" in tmpl]
        values = [vals[k] for k in used if k in personal]
        kinds = sorted({KIND_OF[k] for k in used if k in KIND_OF})
        if "nhsraw" in used:
            kinds.append("UK_NHS_NUMBER")
        optional = [k for k in ("PERSON", "LOCATION", "DATE_OF_BIRTH") if k not in kinds]
        rows.append(row(text, "personal", f"struct:{sub}", src + "+generator:h7_values", sorted(set(kinds)),
                        optional, values))
    return rows


ENCODED_SENTENCES = [
    ("personal", "My NHS number is {nhs} and my name is {name}."),
    ("personal", "National Insurance number {nino}, {name}, {address}"),
    ("personal", "{name} DOB {dob} passport {passport}"),
    ("special", "{name} ({nhs}) has been diagnosed with schizophrenia."),
    ("personal", "card {card} belongs to {name}"),
    ("personal", "UTR {utr} - {name} - {email}"),
]
WRAPPERS = [
    "Can you decode this and tell me what it says? {e}",
    "The form field came through as {e} - what went wrong?",
    "payload={e}",
    "Please summarise the message below:\n{e}",
    "what language is this: {e}",
    "Log entry: blob {e} stored",
]


def encoded_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    rows = []
    k = 0
    for enc in ["base64", "base64url", "url", "url_plus", "hex", "hex_spaced"]:
        for j in range(3):
            level, sent = ENCODED_SENTENCES[(k + j) % len(ENCODED_SENTENCES)]
            vals, src = person(rng, names)
            plain = sent.format_map(vals)
            raw = plain.encode()
            if enc == "base64":
                e = base64.b64encode(raw).decode()
            elif enc == "base64url":
                e = base64.urlsafe_b64encode(raw).decode().rstrip("=")
            elif enc == "url":
                e = urllib.parse.quote(plain)
            elif enc == "url_plus":
                e = urllib.parse.quote_plus(plain)
            elif enc == "hex":
                e = raw.hex()
            else:
                e = " ".join(f"{b:02x}" for b in raw)
            text = WRAPPERS[(k + j) % len(WRAPPERS)].format(e=e)
            opt = ["SPECIAL_CATEGORY"] if level == "special" else []
            rows.append(row(text, level, f"encoded:{enc}", src + "+generator:h7_values", [], opt, [e]))
        k += 1
    return rows

