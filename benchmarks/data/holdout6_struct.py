"""Held-out set 6: structured (``struct:``), encoded (``encoded:``) and long (``long:``) rows.

Structured rows put personal values under field names that say their kind (JSON,
tool-call arguments, CSV/TSV, YAML, XML, SQL, query strings, logs, form text).
Encoded rows carry a filled personal sentence as base64, URL- or hex-encoding
inside an ordinary request. Long rows place one personal sentence at the start,
middle or end of 4-12 KB of public text (licence texts and set 6's guidance).
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse

from benchmarks.data import holdout6_values as hv
from benchmarks.data.holdout6_common import Row, pub
from benchmarks.data.holdout6_guidance import GUIDANCE
from benchmarks.data.holdout6_intlvals import mobile
from benchmarks.data.holdout6_passages import LICENCE_PARAGRAPHS

STRUCT = (
    ("json", '{{"claimant": {{"name": "{name}", "nino": "{nino}", "dob": "{dob}"}}, "benefit": "PIP"}}'),
    ("tool_call", '{{"name": "lookup_taxpayer", "arguments": "{{\\"nino\\": \\"{bad_nino}\\", \\"tax_year\\": '
        '\\"2024-25\\"}}"}}'),
    ("tool_call", '{{"tool": "nhs_record_search", "args": {{"nhs_number": "{bad_nhs}", "include": ["allergies"]}}}}'),
    ("tool_call", 'call get_licence_status(driver_number="{dl}", postcode="{pc}")'),
    ("tool_call", '{{"function": {{"name": "send_sms", "arguments": {{"to": "{phone}", "body": "Your appointment is '
        'confirmed"}}}}}}'),
    ("tool_call", '{{"type": "function", "function": {{"name": "update_address", "arguments": "{{\\"utr\\": '
        '\\"{bad_utr}\\", '
        '\\"postcode\\": \\"{pc}\\"}}"}}}}'),
    ("csv", "name,nino,dob,postcode\n{name},{nino},{dob},{pc}\n"),
    ("csv", "case_id;surname;forename;email\n{digits};{last};{first};{email}"),
    ("tsv", "nhs_number\tfull_name\tgp_practice_code\n{nhs}\t{name}\tY02345"),
    ("yaml", "applicant:\n  full_name: {name}\n  passport_no: \"{passport}\"\n  phone: \"{phone}\"\n"),
    ("xml", "<Claimant><Name>{name}</Name><NINO>{nino}</NINO><Postcode>{pc}</Postcode></Claimant>"),
    ("sql", "INSERT INTO keepers (reg, keeper_name, licence_no) VALUES ('{plate}', '{name}', '{dl}');"),
    ("query_string", "https://forms.example.gov.uk/submit?full_name={name_url}&nino={nino_c}&email={email}"),
    ("form", "Surname: {last}\nForename(s): {first}\nDate of birth: {dob}\nNational Insurance number: "
        "{nino}\nSignature: "
        "______"),
    ("form", "PART 2 — ABOUT YOU\n2.1 Full name  [{name}]\n2.2 NHS number [{nhs}]\n2.3 Telephone  [{phone}]"),
    ("log", "2026-03-14T10:22:41Z INFO login ok user={email} ip=10.{o2}.{o3}.{o4} nino={nino_c}"),
    ("ini", "[payee]\nname = {name}\nsort_code = {sort}\naccount = {acct}\niban = {iban}"),
    ("markdown", "| field | value |\n|---|---|\n| Name | {name} |\n| DOB | {dob} |\n| Passport | {passport} |"),
    ("python", "record = {{'patient': '{name}', 'nhs_no': '{nhs}', 'gp_postcode': '{pc}'}}"),
    ("graphql", 'mutation {{ updateCitizen(nino: "{nino_c}", email: "{email}") {{ id }} }}'),
    ("kv", "utr={utr}&name={name_url}&postcode={pc_url}"),
    ("json", '[{{"card_number": "{card}", "holder": "{name}"}}]'),
    ("headers", "From: {name} <{email}>\nTo: enquiries@dvla.example\nSubject: licence {dl}"),
    ("env", "CLAIMANT_NINO={nino_c}\nCLAIMANT_DOB={dob}\nCLAIMANT_NAME=\"{name}\""),
)

_KINDS = {"nino": "UK_NINO", "bad_nino": "UK_NINO", "nino_c": "UK_NINO", "nhs": "UK_NHS_NUMBER",
          "bad_nhs": "UK_NHS_NUMBER", "dl": "UK_DRIVING_LICENCE", "pc": "UK_POSTCODE", "phone": "UK_PHONE",
          "utr": "UK_UTR", "bad_utr": "UK_UTR", "email": "EMAIL", "passport": "UK_PASSPORT",
          "plate": "UK_VEHICLE_REG", "dob": "DATE_OF_BIRTH", "iban": "IBAN", "card": "PAYMENT_CARD"}

SENTENCES = (
    ("personal", "My name is {name}, NI number {nino}, and I moved to {pc} in June."),
    ("personal", "NHS number {nhs} belongs to {name}, date of birth {dob}."),
    ("special", "{name} (NHS {nhs}) was diagnosed with schizophrenia in 2019."),
    ("personal", "Please send the refund for {name} to sort code {sort}, account {acct}."),
    ("personal", "Passport {passport}, holder {name}, mobile {phone}."),
    ("special", "{name}, DOB {dob}, has a conviction for drink driving and a licence {dl}."),
    ("personal", "Contact {name} on {email} about the UTR {utr} return."),
)

ENCODED_WRAP = (
    "Can you decode this and tell me what it says? {enc}",
    "the portal gave me this token, is it safe to share: {enc}",
    "Payload from the webhook: data={enc}",
    "{enc}\n^ what is this string, it came in an email attachment",
    "Debug: request body was {enc} and the API returned 422",
)


def slots(rng: random.Random, seed: int) -> dict[str, str]:
    """Every slot a structured frame or sentence can use, drawn for one person."""
    p = hv.person(rng, seed)
    d = hv.dob(rng)
    _addr, pc = hv.uk_address(rng)
    acct = hv.account_number(rng)
    tag, age, rest = hv.plate(rng)
    nino = hv.nino(rng)
    return {
        "name": p.full, "first": p.first, "last": p.last, "name_url": urllib.parse.quote_plus(p.full),
        "nino": hv.fmt_nino(nino, 0), "nino_c": nino, "bad_nino": hv.nino_never_allocated(rng),
        "nhs": hv.fmt_nhs(hv.nhs_number(rng, rng.choice("467")), rng.randrange(3)),
        "bad_nhs": hv.nhs_number(rng, rng.choice("58")), "dl": hv.driving_licence(rng, p, d), "pc": pc,
        "pc_url": urllib.parse.quote_plus(pc), "phone": mobile(rng, "GB", rng.randrange(4)),
        "utr": hv.utr(rng), "bad_utr": hv.utr_wrong_check(rng), "email": hv.email_for(rng, p),
        "passport": hv.passport(rng), "plate": f"{tag}{age} {rest}", "dob": hv.fmt_date(d, rng.randrange(10)),
        "sort": hv.sort_code(rng), "acct": acct, "iban": hv.gb_iban(rng), "card": hv.card(rng),
        "digits": hv.digits(rng, 9), "o2": str(rng.randint(0, 255)), "o3": str(rng.randint(0, 255)),
        "o4": str(rng.randint(1, 254)),
    }


def _used(frame: str, s: dict[str, str]) -> list[str]:
    return [k for k in s if "{" + k + "}" in frame]


def build_struct(rng: random.Random, seed: int) -> list[Row]:
    """36 structured rows: each frame once, the first twelve twice."""
    rows = []
    for i in range(36):
        sub, frame = STRUCT[i % len(STRUCT)]
        s = slots(rng, seed)
        text = frame.format(**s)
        used = _used(frame, s)
        vals = [s[k] for k in used if k not in ("o2", "o3", "o4") and len(s[k]) >= 4]
        if "name_url" in used:
            vals.append(s["name_url"])
        kinds = sorted({_KINDS[k] for k in used if k in _KINDS})
        rows.append(Row(text, "personal", f"struct:{sub}", "generator:h6_uk_values+handwritten:holdout6_struct",
                        kinds, ["PERSON"] if any(k in used for k in ("name", "first", "last", "name_url")) else [],
                        [v for v in dict.fromkeys(vals) if v in text]))
    return rows


def _encode(how: int, sentence: str) -> str:
    raw = sentence.encode()
    if how == 0:
        return base64.b64encode(raw).decode()
    if how == 1:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    if how == 2:
        return urllib.parse.quote(sentence)
    if how == 3:
        return urllib.parse.quote_plus(sentence)
    if how == 4:
        return raw.hex()
    return " ".join(f"{b:02x}" for b in raw)


def build_encoded(rng: random.Random, seed: int) -> list[Row]:
    """21 rows: base64 (standard, URL-safe), URL (%20, +) and hex (plain, spaced)."""
    rows = []
    for i in range(21):
        level, sentence = SENTENCES[i % len(SENTENCES)]
        filled = sentence.format(**slots(rng, seed))
        how = i % 6
        enc = _encode(how, filled)
        text = ENCODED_WRAP[i % len(ENCODED_WRAP)].format(enc=enc)
        sub = ["base64", "base64url", "url", "url_plus", "hex", "hex_spaced"][how]
        rows.append(Row(text, level, f"encoded:{sub}", "generator:h6_encoded_personal_sentence", [],
                        ["PERSON"], [enc]))
    return rows


def public_body(rng: random.Random, target: int) -> tuple[str, str]:
    """(public text of about ``target`` characters, source tag)."""
    keys = list(LICENCE_PARAGRAPHS)
    key = rng.choice(keys + ["guidance"])
    paras = list(GUIDANCE) if key == "guidance" else list(LICENCE_PARAGRAPHS[key])
    start = rng.randrange(len(paras))
    out: list[str] = []
    i = start
    while sum(len(p) + 2 for p in out) < target:
        out.append(paras[i % len(paras)])
        i += 1
        if i - start >= len(paras) and key != "guidance":
            paras = list(GUIDANCE)
            key = key + "+guidance"
            i, start = 0, 0
    src = "handwritten:holdout6_guidance" if key == "guidance" else f"published:debian_common_licenses_{key}"
    return "\n\n".join(out), src


LONG_ASKS = (
    "Summarise the text below in five bullet points.",
    "Is there anything in this document I should worry about before signing?",
    "Translate the following into plain English for a leaflet.",
    "Check this for typos please.",
)

PERSONAL_LINES = (
    ("personal", "I'm {name}, NI {nino}, and my employer sent me this, can you explain it?"),
    ("personal", "Reply to {email} — {name}, {pc}."),
    ("special", "For context: {name} (NHS {nhs}) has early-onset dementia and cannot read long documents."),
    ("personal", "Sender: {name}, mobile {phone}, passport {passport}"),
    ("personal", "P.S. my date of birth is {dob} and my UTR is {utr} if you need them."),
)


def build_long(rng: random.Random, seed: int) -> list[Row]:
    """20 personal long documents (start 7, middle 6, end 7) and 10 public ones."""
    rows = []
    for i in range(20):
        level, line = PERSONAL_LINES[i % len(PERSONAL_LINES)]
        s = slots(rng, seed)
        sentence = line.format(**s)
        body, src = public_body(rng, rng.randint(4000, 11500))
        where = ["start", "middle", "end"][i % 3] if i < 18 else ["start", "end"][i % 2]
        ask = LONG_ASKS[i % len(LONG_ASKS)]
        if where == "start":
            text = f"{sentence}\n\n{ask}\n\n{body}"
        elif where == "end":
            text = f"{ask}\n\n{body}\n\n{sentence}"
        else:
            cut = body.find("\n\n", len(body) // 2)
            text = f"{ask}\n\n{body[:cut]}\n\n{sentence}{body[cut:]}"
        used = _used(line, s)
        kinds = sorted({_KINDS[k] for k in used if k in _KINDS})
        vals = [s[k] for k in used]
        rows.append(Row(text, level, f"long:{where}", f"{src}+generator:h6_uk_values", kinds,
                        ["PERSON"] + (["SPECIAL_CATEGORY"] if level == "special" else []), vals))
    return rows


def build_long_public(rng: random.Random) -> list[Row]:
    """10 public long documents of 4-12 KB with an ordinary request."""
    rows = []
    for i in range(10):
        body, src = public_body(rng, rng.randint(4000, 11800))
        ask = LONG_ASKS[i % len(LONG_ASKS)]
        text = f"{ask}\n\n{body}" if i % 2 else f"{body}\n\n{ask}"
        rows.append(pub(text, "hard:long_public", src))
    return rows


def struct_json(obj: object) -> str:
    """Stable JSON for public structured rows."""
    return json.dumps(obj, ensure_ascii=False)
