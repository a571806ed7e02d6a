# ruff: noqa: E501  (hand-written frames and texts are kept one per line)
"""Structured, encoded and long-document rows of held-out set 5.

Structured rows put personal values under field names that name their kind
(JSON, tool-call arguments, CSV, YAML, XML, SQL, HL7, vCard, query strings...).
Encoded rows carry a filled personal sentence as base64, URL or hex; their
``values`` hold the encoded run, the form in which the data would leave.
Long rows wrap one personal sentence in 4-12 KB of public text.
"""

from __future__ import annotations

from .holdout5_passages import PASSAGES
from .holdout5_text import Row, b64, hexenc, urlenc
from .holdout5_values import Values

H = "handwritten:holdout5_struct"

STRUCT = [
    # (frame, level, kinds) ; {{ }} are literal braces
    ('{{"claimant": {{"name": "{name}", "nino": "{nino}", "dob": "{dob}"}}, "benefit": "UC"}}', "personal", ["UK_NINO", "DATE_OF_BIRTH"]),
    ('{{"tool": "lookup_patient", "arguments": {{"nhs_number": "{nhs}", "include": ["allergies"]}}}}', "personal", ["UK_NHS"]),
    ('{{"name": "update_tax_record", "arguments": "{{\\"nino\\": \\"{nino_bad}\\", \\"tax_code\\": \\"1257L\\"}}"}}', "personal", ["UK_NINO"]),
    ('call get_mot_history(registration="{plate}", keeper_postcode="{pc}")', "personal", ["UK_VEHICLE_REGISTRATION", "UK_POSTCODE"]),
    ("surname,forename,dob,nhs_number,postcode\n{last},{first},{dob},{nhs},{pc}", "personal", ["UK_NHS", "DATE_OF_BIRTH", "UK_POSTCODE"]),
    ("id;name;email;phone\n88;{name};{email};{phone}", "personal", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("applicant:\n  full_name: {name}\n  passport_no: \"{pp}\"\n  date_of_birth: {dob}\n", "personal", ["PASSPORT", "DATE_OF_BIRTH"]),
    ("<Claimant><Name>{name}</Name><NINO>{nino}</NINO><Address>{addr}, {pc}</Address></Claimant>", "personal", ["UK_NINO", "UK_POSTCODE"]),
    ("INSERT INTO payees (name, sort_code, account_no) VALUES ('{name}', '{sort}', '{acct}');", "personal", []),
    ("GET /api/v2/citizens?nino={nino}&dob={dob} HTTP/1.1", "personal", ["UK_NINO", "DATE_OF_BIRTH"]),
    ("| field | value |\n|---|---|\n| Name | {name} |\n| UTR | {utr} |\n| Email | {email} |", "personal", ["TAX_ID", "EMAIL_ADDRESS"]),
    ("PID|1||{nhs}^^^NHS^NH||{last}^{first}||{dob_hl7}|F|||{addr}^^^^{pc}", "personal", ["UK_NHS", "UK_POSTCODE"]),
    ("DG1|1||F32.1^Moderate depressive episode^I10|||\nPID|1||{nhs}^^^NHS||{last}^{first}", "special", ["UK_NHS"]),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=cell:{phone}\nEMAIL:{email}\nEND:VCARD", "personal", ["PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("nhs_number={nhs}&appointment=2026-12-14T09:30&clinic=diabetes", "special", ["UK_NHS"]),
    ("[customer]\nname = {name}\ncard = {card}\nexpiry = 04/28", "personal", ["CREDIT_CARD"]),
    ("Form DS-2\nName ........ {name}\nDate of birth ........ {dob}\nNI number ........ {nino}", "personal", ["UK_NINO", "DATE_OF_BIRTH"]),
    ('{{"event": "login", "user": "{email}", "ip": "{ip}", "ts": 1764950400}}', "personal", ["EMAIL_ADDRESS", "IP_ADDRESS"]),
    ('{{"function": "send_sms", "parameters": {{"to": "{phone}", "body": "Your appointment is confirmed"}}}}', "personal", ["PHONE_NUMBER"]),
    ("nino: {nino_bad}\nrequest: balance of class 3 contributions", "personal", ["UK_NINO"]),
    ("keeper_name,registration,licence_number\n\"{name}\",{plate},{lic}", "personal", ["UK_VEHICLE_REGISTRATION", "DRIVING_LICENCE"]),
    ('{{"messages":[{{"role":"user","content":"my iban is {iban}"}}]}}', "personal", ["IBAN"]),
    ("dob:{dob} nhs_no:{nhs} diagnosis:type 2 diabetes", "special", ["UK_NHS", "DATE_OF_BIRTH"]),
    ('args = {{"utr": "{utr_bad}", "year": "2025-26"}}', "personal", ["TAX_ID"]),
    ("Name: {name}\nAddress: {addr}\nPostcode: {pc}\nTelephone: {phone}\nSignature: ____", "personal", ["UK_POSTCODE", "PHONE_NUMBER"]),
    ("<patient nhs=\"{nhs_out}\" dob=\"{dob}\"><ward>7B</ward></patient>", "special", ["UK_NHS", "DATE_OF_BIRTH"]),
    ('{{"passport": {{"number": "{pp}", "surname": "{last}", "given_names": "{first}"}}}}', "personal", ["PASSPORT"]),
    ("RowKey\tName\tNINO\tDOB\n4471\t{name}\t{nino}\t{dob}", "personal", ["UK_NINO", "DATE_OF_BIRTH"]),
    ('tool_call: verify_identity({{"national_insurance_number": "{nino}", "postcode": "{pc}"}})', "personal", ["UK_NINO", "UK_POSTCODE"]),
    ("- name: {name}\n  next_of_kin: {name2}\n  phone: \"{phone}\"", "personal", ["PHONE_NUMBER"]),
    ('{{"ssn": "{ssn}", "employer": "Acme Corp", "state": "OH"}}', "personal", ["US_SSN"]),
    ('{{"payment": {{"pan": "{card}", "cardholder": "{name}"}}}}', "personal", ["CREDIT_CARD"]),
    ("email_address={email}; mobile={phone}; consent=yes", "personal", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("patient_name: {name}\nnhs_number: {nhs}\nallergy: penicillin (anaphylaxis)", "special", ["UK_NHS"]),
    ('{{"vehicle": {{"vrm": "{plate_sep}", "keeper": "{name}"}}}}', "personal", ["UK_VEHICLE_REGISTRATION"]),
    ("<dateOfBirth>{dob}</dateOfBirth><surname>{last}</surname>", "personal", ["DATE_OF_BIRTH"]),
    ("bank_details:\n  sort_code: {sort}\n  account_number: {acct}\n  account_holder: {name}", "personal", []),
    ('{{"nino": "{nino_bad}"}}', "personal", ["UK_NINO"]),
    ("ID,Name,Passport,Nationality\n12,{name},{pp},Slovak", "personal", ["PASSPORT"]),
    ("UPDATE citizens SET email='{email}' WHERE nino='{nino}';", "personal", ["EMAIL_ADDRESS", "UK_NINO"]),
]
PERSONAL_SLOTS = ["name", "name2", "first", "last", "nino", "nino_bad", "dob", "dob_hl7", "nhs", "nhs_out",
                  "pc", "addr", "plate", "plate_sep", "email", "phone", "pp", "utr", "utr_bad", "sort",
                  "acct", "card", "iban", "lic", "ip", "ssn"]


def _vals(v: Values) -> dict[str, str]:
    from .holdout5_intl import us_ssn
    p, p2 = v.latin_person(), v.person()
    addr, pc = v.address()
    y, m, d = v.dob_parts()
    return {"name": p.full, "name2": p2.full, "first": p.first, "last": p.last,
            "nino": v.nino(sep=v.rng.choice(["", " "])), "nino_bad": v.nino(good=False, sep=""),
            "dob": v.dob(style=v.rng.choice([0, 2, 2, 5, 8]), parts=(y, m, d)), "dob_hl7": f"{y}{m:02d}{d:02d}",
            "nhs": v.nhs(sep=v.rng.choice(["", " "])), "nhs_out": v.nhs(in_range=False, sep=""),
            "pc": pc, "addr": addr, "plate": v.plate(""), "plate_sep": v.plate("-"),
            "email": v.email(p), "phone": v.uk_phone(intl=v.rng.random() < .4), "pp": v.passport(),
            "utr": v.utr(), "utr_bad": v.utr(good=False), "sort": v.sort_code(), "acct": v.account(),
            "card": v.card(sep=""), "iban": v.gb_iban(), "lic": v.licence(p, (y, m, d)), "ip": v.ip(),
            "ssn": us_ssn(v.rng)}


def struct_rows(v: Values) -> list[Row]:
    rows = []
    for frame, level, kinds in STRUCT:
        vals = _vals(v)
        text = frame.format(**vals)
        values = [vals[k] for k in PERSONAL_SLOTS if "{" + k + "}" in frame and vals[k] in text]
        if "{first}" in frame and "{last}" in frame and vals["name"] in text:
            values.append(vals["name"])
        rows.append(Row(text, level, "struct:" + _shape(frame), f"{H}; generator:h5_values",
                        kinds if kinds else (["PERSON"] if "{name}" in frame else []),
                        ["PERSON", "UK_BANK_ACCOUNT", "LOCATION", "US_SSN"], values))
    return rows


def _shape(frame: str) -> str:
    f = frame.lstrip()
    if "tool" in f or "function" in f or "arguments" in f or "args" in f or f.startswith("call "):
        return "tool_call"
    if f.startswith("{{"):
        return "json"
    if f.startswith("<"):
        return "xml"
    if f.startswith(("INSERT", "UPDATE")):
        return "sql"
    if f.startswith(("PID", "DG1")):
        return "hl7"
    if f.startswith("BEGIN:VCARD"):
        return "vcard"
    if f.startswith("|"):
        return "markdown_table"
    if "," in f.split("\n")[0] or "\t" in f or ";" in f.split("\n")[0]:
        return "csv"
    if f.startswith("GET") or "=" in f.split("\n")[0]:
        return "key_value"
    return "form"


ENC_SENTENCES = [
    ("NHS number {nhs}, {name}, allergic to penicillin", "special"),
    ("My national insurance number is {nino} and I was born on {dob}", "personal"),
    ("{name}, {addr}, {pc}", "personal"),
    ("passport {pp} - {name}", "personal"),
    ("card {card} exp 11/27", "personal"),
    ("{name} tel {phone}", "personal"),
    ("claimant {name} dob {dob}", "personal"),
    ("{email} / {nino}", "personal"),
]
ENC_WRAP = [
    "Decode this and tell me what it says: {enc}",
    "the system exported this field, can you make sense of it? {enc}",
    "payload={enc}",
    "Why does this value fail validation?\n\n{enc}",
    "{{\"data\": \"{enc}\", \"encoding\": \"{how}\"}}",
    "Convert from {how}: {enc}",
]


def encoded_rows(v: Values) -> list[Row]:
    rows = []
    hows = ["base64"] * 9 + ["url"] * 8 + ["hex"] * 7
    for i, how in enumerate(hows):
        s, level = ENC_SENTENCES[i % len(ENC_SENTENCES)]
        plain = s.format(**_vals(v))
        if how == "base64":
            enc = b64(plain)
        elif how == "url":
            enc = urlenc(plain, plus=i % 2 == 0)
        else:
            enc = hexenc(plain, spaced=i % 2 == 1)
        wrap = ENC_WRAP[i % len(ENC_WRAP)]
        text = wrap.format(enc=enc, how=how)
        rows.append(Row(text, level, f"encoded:{how}", f"{H}; generator:h5_values; encoded:{how}",
                        [], ["UK_NHS", "UK_NINO", "PERSON", "DATE_OF_BIRTH", "PASSPORT",
                             "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "UK_POSTCODE"], [enc]))
    return rows


LONG_SENTENCES = [
    ("Please note the above relates to my own claim: {name}, National Insurance number {nino}.", "personal", ["UK_NINO"]),
    ("Patient {name}, NHS {nhs}, was seen in clinic and started on sertraline for depression.", "special", ["UK_NHS"]),
    ("Any reply should go to {name} at {addr}, {pc}.", "personal", ["UK_POSTCODE"]),
    ("my son {name} (dob {dob}) is the person this complaint is about", "personal", ["DATE_OF_BIRTH"]),
    ("For the refund use card {card}.", "personal", ["CREDIT_CARD"]),
    ("Contact: {name}, {phone}, {email}", "personal", ["PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("He has a conviction for drink driving from 2021 — {name}, licence {lic}.", "special", ["DRIVING_LICENCE"]),
    ("The applicant is {name}, passport number {pp}.", "personal", ["PASSPORT"]),
    ("UTR for the above: {utr} ({name}).", "personal", ["TAX_ID"]),
    ("nino {nino_bad}", "personal", ["UK_NINO"]),
]


def long_doc(v: Values, target: int) -> str:
    """Public paragraphs in a random order until the text reaches target bytes."""
    order = list(range(len(PASSAGES)))
    v.rng.shuffle(order)
    out, size = [], 0
    for i in order:
        if size >= target:
            break
        out.append(PASSAGES[i][1])
        size += len(PASSAGES[i][1].encode()) + 2
    return "\n\n".join(out)


def long_rows(v: Values) -> list[Row]:
    rows = []
    for i in range(20):
        s, level, kinds = LONG_SENTENCES[i % len(LONG_SENTENCES)]
        vals = _vals(v)
        sentence = s.format(**vals)
        body = long_doc(v, v.rng.randint(4000, 11500))
        where = ["start", "end", "middle"][i % 3]
        if where == "start":
            text = sentence + "\n\n" + body
        elif where == "end":
            text = body + "\n\n" + sentence
        else:
            paras = body.split("\n\n")
            k = len(paras) // 2
            text = "\n\n".join(paras[:k] + [sentence] + paras[k:])
        values = [vals[k] for k in PERSONAL_SLOTS if "{" + k + "}" in s]
        rows.append(Row(text, level, f"long:{where}", f"{H}; handwritten:holdout5_passages",
                        kinds, ["PERSON", "LOCATION"], values))
    return rows


def long_public_rows(v: Values, n: int = 10) -> list[Row]:
    rows = []
    for i in range(n):
        body = long_doc(v, v.rng.randint(4000, 12000))
        ask = ["Summarise this for a briefing note:\n\n", "", "Make this easier to read.\n\n",
               "Check this guidance for errors:\n\n", ""][i % 5]
        rows.append(Row(ask + body, "public", "hard:long_public_document",
                        "handwritten:holdout5_passages"))
    return rows
