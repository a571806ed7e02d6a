"""Structured records (JSON, tool calls, CSV, forms...) and encoded personal text.

A field named for its kind is the cue. Tool-call arguments include a
never-allocated NINO under ``nino``, a wrong-check UTR under ``utr`` and an
out-of-range NHS number under ``nhs_number``. Encoded rows carry a filled personal
sentence as base64, URL-safe base64, URL encoding or hex inside an ordinary request.
"""
# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import urllib.parse

from benchmarks.data.holdout8_common import Row, frame_row, make_row
from benchmarks.data.holdout8_values import Values, person_fields

STRUCT: list[tuple[str, str]] = [
    ("json", '{{"claimant": {{"full_name": "{name}", "nino": "{nino}", "dob": "{dob}"}}, "benefit": "UC"}}'),
    ("json", '{{"patient":{{"nhs_number":"{nhs}","surname":"{surname}","postcode":"{postcode}"}},"clinic":"ENT"}}'),
    ("json", '[{{"id": 1, "email": "{email}", "phone": "{mobile}", "consent": true}}]'),
    ("tool_call", '{{"name": "lookup_tax_record", "arguments": {{"utr": "{utr}", "tax_year": "2024-25"}}}}'),
    ("tool_call", 'call: get_claim_status(nino="{nino}", include_history=True)'),
    ("tool_call", '{{"tool": "book_appointment", "args": {{"nhs_number": "{nhs}", "dob": "{dob}", "slot": "2026-12-09T10:30"}}}}'),
    ("tool_call", '{{"function":{{"name":"vehicle_enquiry","arguments":"{{\\"registrationNumber\\": \\"{plate}\\", \\"keeper_postcode\\": \\"{postcode}\\"}}"}}}}'),
    ("tool_call", 'tool_use: send_letter\ninput: {{"recipient_name": "{name}", "address": "{address}"}}'),
    ("csv", "name,dob,ni_number,town\n{name},{dob},{nino},{town}"),
    ("csv", "ref;surname;nhs_no;mobile\n{ref};{surname};{nhs};{mobile}"),
    ("tsv", "card_number\texpiry\tcardholder\n{card}\t11/27\t{name}"),
    ("form", "Title: Mrs\nFirst name: {first}\nLast name: {surname}\nDate of birth: {dob}\nNI number: {nino}\nEmail: {email}"),
    ("form", "APPLICANT DETAILS\nName ........ {name}\nAddress ..... {address}\nTel ......... {phone}"),
    ("form", "[x] I am the registered keeper\nVehicle registration: {plate}\nKeeper name: {name}"),
    ("yaml", "applicant:\n  name: {name}\n  passport_no: \"{passport}\"\n  dob: {dob}"),
    ("xml", "<Person><Forename>{first}</Forename><Surname>{surname}</Surname><NINO>{nino}</NINO></Person>"),
    ("xml", "<payee><iban>{iban}</iban><holder>{name}</holder></payee>"),
    ("sql", "INSERT INTO patients (nhs_number, full_name, dob) VALUES ('{nhs}', '{name}', '{dob}');"),
    ("query", "https://portal.example.gov.uk/search?surname={surname}&dob={dob}&postcode={postcode}"),
    ("kv", "user={email} ip={ip} action=login_failed attempts=3"),
    ("log", "2026-12-01T09:14:22Z INFO payment accepted card={card} name=\"{name}\""),
    ("md_table", "| Name | Licence | Points |\n|---|---|---|\n| {name} | {licence} | 6 |"),
    ("python", "record = {{'name': '{name}', 'utr': '{utr}', 'address': '{address}'}}"),
    ("hl7", "PID|1||{nhs}^^^NHS||{surname}^{first}||{dob}|F|||{address}"),
    ("vcard", "BEGIN:VCARD\nFN:{name}\nTEL;TYPE=cell:{mobile}\nEMAIL:{email}\nEND:VCARD"),
    ("env", "TEST_USER_NAME={name}\nTEST_USER_NINO={nino}"),
    ("ini", "[contact]\nname = {name}\nphone = {phone}\npostcode = {postcode}"),
    ("graphql", 'mutation {{ updateClaimant(nino: "{nino}", phone: "{mobile}") {{ id }} }}'),
    ("email_headers", "From: {name} <{email}>\nTo: enquiries@council.example\nSubject: my housing application"),
    ("jsonl", '{{"row": 1, "sort_code": "{sortcode}", "account_number": "{account}", "account_name": "{name}"}}'),
]

SENTENCES = [
    ("personal", "NHS number {nhs}, {name}, date of birth {dob}"),
    ("personal", "My name is {name} and my National Insurance number is {nino}"),
    ("personal", "{name} lives at {address}, phone {mobile}"),
    ("special", "{name} ({nhs}) has type 1 diabetes and epilepsy"),
    ("personal", "card {card} belongs to {name}"),
    ("personal", "UTR {utr} for {name}, {email}"),
]
WRAPPERS = [
    ("base64", "Can you decode this for me and tell me what it says? {enc}"),
    ("base64url", "token={enc}"),
    ("url", "why does my link look like this: https://forms.example.org/submit?note={enc}"),
    ("hex", "I found this hex string in an export, what is it: {enc}"),
    ("hex_spaced", "payload bytes: {enc}"),
    ("url_plus", "q={enc}&lang=en"),
]


def _encode(how: str, text: str) -> str:
    raw = text.encode("utf-8")
    if how == "base64":
        return base64.b64encode(raw).decode()
    if how == "base64url":
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    if how == "url":
        return urllib.parse.quote(text)
    if how == "url_plus":
        return urllib.parse.quote_plus(text)
    if how == "hex":
        return raw.hex()
    return raw.hex(" ")


def struct_rows(v: Values) -> list[Row]:
    """30 structured rows; the tool-call NINO/UTR/NHS values are deliberately invalid."""
    rows: list[Row] = []
    for i, (fmt, frame) in enumerate(STRUCT):
        f = person_fields(v)
        if i == 4 or i == 27:
            f["nino"] = v.nino(allocated=False)
        if i == 3:
            f["utr"] = v.utr(valid=False)
        if i == 5:
            f["nhs"] = v.nhs(in_range=False)
        level = "special" if '"clinic"' in frame else "personal"  # attending a clinic is health data
        row = frame_row(frame, f, level, f"struct:{fmt}", "handwritten:holdout8_struct + generator:h8_*")
        if fmt.startswith("json") or fmt == "tool_call" and frame.startswith("{"):
            json.loads(row["text"])  # the JSON frames must stay valid JSON
        rows.append(row)
    return rows


def encoded_rows(v: Values) -> list[Row]:
    """18 rows: each sentence in three encodings."""
    rows: list[Row] = []
    k = 0
    for level, sentence in SENTENCES:
        for _ in range(3):
            how, wrapper = WRAPPERS[k % len(WRAPPERS)]
            k += 1
            f = person_fields(v)
            plain = sentence.format(**f)
            enc = _encode(how, plain)
            rows.append(make_row(wrapper.format(enc=enc), level, [], ["SPECIAL_CATEGORY"] if level == "special" else [],
                                 f"encoded:{how}", "handwritten:holdout8_struct + generator:h8_*", [enc]))
    return rows
