"""Structured, encoded and long-document rows of held-out set 4.

Structured frames put personal values in fields named for their kind (JSON,
tool-call arguments, CSV, form text, YAML, key=value, query strings, XML, SQL,
Markdown tables). Encoded rows base64-, URL- or hex-encode a filled personal
sentence and wrap it in an ordinary request; their ``values`` are the encoded runs,
because that is the form in which the personal data would reach an upstream. Long
documents join hand-written public paragraphs into 4-12 KB and put one personal
sentence at the start, in the middle or at the end.
"""

from __future__ import annotations

import base64
import random
import urllib.parse

from benchmarks.data.holdout4_fill import Filler, Row
from benchmarks.data.holdout4_gaps import LONG_SENTENCES
from benchmarks.data.holdout4_passages import PARAGRAPHS

STRUCT_FRAMES = (
    ("struct:json", "personal",
     '{{"claimant": {{"full_name": "{name}", "nino": "{nino}", "dob": "{dob}"}}, '
     '"benefit": "UC", "status": "open"}}'),
    ("struct:json", "personal",
     'Validate this payload: {{"patient": {{"nhs_number": "{nhs}", "surname": "{last}", '
     '"postcode": "{pc}"}}}}'),
    ("struct:toolcall", "personal",
     'Run this tool call and give me the result:\n{{"type": "function", "function": '
     '{{"name": "lookup_taxpayer", "arguments": "{{\\"nino\\": \\"{nino_bad}\\"}}"}}}}'),
    ("struct:toolcall", "personal",
     'verify_licence(dl_number="{dl}", dob="{dob}", postcode="{pc}")'),
    ("struct:toolcall", "special",
     '{{"role": "assistant", "tool_calls": [{{"id": "call_7", "type": "function", '
     '"function": {{"name": "repeat_prescription", "arguments": "{{\\"nhs_number\\": '
     '\\"{nhs_oor}\\", \\"drug\\": \\"levetiracetam 500mg\\"}}"}}}}]}}'),
    ("struct:toolcall", "personal",
     'tool: send_sms\nargs: {{"to": "{phone}", "body": "Your parcel is held at the depot"}}'),
    ("struct:csv", "personal", "name,dob,nino\n{name},{dob},{nino}\n{name2},,{nino2}"),
    ("struct:csv", "personal", "ref;email;card\n00017;{email};{card_any}"),
    ("struct:form", "personal",
     "Surname: {last}\nForename(s): {first}\nDate of birth: {dob}\nNational Insurance "
     "number: {nino}\nAddress: {addr}"),
    ("struct:form", "personal",
     "APPLICANT DETAILS\n  passport no ........ {passport}\n  e-mail ............. {email}\n"
     "  telephone .......... {fphone}"),
    ("struct:yaml", "personal",
     'applicant:\n  name: {name}\n  passport_no: "{passport}"\n  email: {email}'),
    ("struct:yaml", "personal", "keeper:\n  vrm: {plate_sep}\n  licence: {dl}"),
    ("struct:kv", "personal", "nhs_number={nhs} dob={dob} surname={last}"),
    ("struct:kv", "personal", "ssn={ssn};itin=;state=NY;dl={usdl}"),
    ("struct:query", "personal", "GET /api/v1/citizen?nino={nino}&postcode={pc}&format=json"),
    ("struct:query", "personal", "https://portal.example/refund?iban={fiban}&holder={name}"),
    ("struct:xml", "personal",
     "<person><name>{name}</name><dob>{dob}</dob><phone>{phone}</phone></person>"),
    ("struct:xml", "personal", '<taxpayer utr="{utr}"><address>{faddr}</address></taxpayer>'),
    ("struct:sql", "personal",
     "INSERT INTO claimants (name, nino, sort_code, account) VALUES "
     "('{name}', '{nino}', '{sort}', '{acct}');"),
    ("struct:sql", "personal", "UPDATE users SET last_ip = '{ip}' WHERE email = '{email}';"),
    ("struct:table", "special",
     "| Name | NHS no | DOB | Diagnosis |\n|---|---|---|---|\n| {name} | {nhs} | {dob} | COPD |"),
    ("struct:table", "personal", "| field | value |\n|---|---|\n| national_id | {natid} |\n| name | {name} |"),
)

ENCODED_SENTENCES = (
    ("personal", "NHS number {nhs}, {name}"),
    ("personal", "name={name}&nino={nino}"),
    ("special", "{name} {dob} HIV positive, on treatment"),
    ("personal", "card {card_any} exp 09/28"),
    ("personal", "{name}, {addr}"),
    ("personal", "passport {passport} dob {dob}"),
    ("personal", "email: {email} phone: {phone}"),
    ("personal", "nino {nino_bad} claimant {last}"),
)
ENCODED_WRAPPERS = {
    "base64": ("Decode this and tell me what it says: {enc}",
               "The API returned token={enc} - is that an error message?",
               "echo '{enc}' | base64 -d   # what does this print?"),
    "url": ("What does this callback URL contain? https://forms.example/submit?d={enc}",
            "Log line: POST /claims body={enc} 200"),
    "hex": ("Convert this hex to text: {enc}", "Packet payload (hex): {enc}"),
}


def _encode(kind: str, text: str, rng: random.Random) -> str:
    if kind == "base64":
        return base64.b64encode(text.encode()).decode()
    if kind == "url":
        return urllib.parse.quote(text, safe="") if rng.random() < 0.5 \
            else urllib.parse.quote_plus(text)
    raw = text.encode().hex()
    return " ".join(raw[i:i + 2] for i in range(0, len(raw), 2)) if rng.random() < 0.4 else raw


def structured_rows(fl: Filler, repeat: int) -> list[Row]:
    return [fl.render(cat, level, "", text, "holdout4_struct")
            for cat, level, text in STRUCT_FRAMES for _ in range(repeat)]


def encoded_rows(fl: Filler, n_per_kind: int) -> list[Row]:
    rows = []
    rng = fl.g.rng
    for kind, wrappers in ENCODED_WRAPPERS.items():
        for i in range(n_per_kind):
            level, sentence = ENCODED_SENTENCES[(i * 3 + len(kind)) % len(ENCODED_SENTENCES)]
            inner = fl.render(f"encoded:{kind}", level, "", sentence, "holdout4_struct")
            enc = _encode(kind, inner["text"], rng)
            inner["text"] = fl.g.pick(wrappers).format(enc=enc)
            inner["optional_kinds"] = sorted(set(inner["kinds"] + inner["optional_kinds"]))
            inner["kinds"] = []
            inner["values"] = [enc]
            inner["source"] += f"; encoding:{kind}"
            rows.append(inner)
    return rows


def public_encoded_rows(fl: Filler, sentences: tuple[str, ...]) -> list[Row]:
    rows = []
    for i, s in enumerate(sentences):
        kind = ("base64", "url", "hex")[i % 3]
        enc = _encode(kind, s, fl.g.rng)
        rows.append({"text": fl.g.pick(ENCODED_WRAPPERS[kind]).format(enc=enc),
                     "sensitive": False, "level": "public", "kinds": [], "optional_kinds": [],
                     "category": "hard:encoded_public",
                     "source": f"handwritten:holdout4_struct; encoding:{kind}", "values": []})
    return rows


def long_document(fl: Filler, min_bytes: int, max_bytes: int) -> str:
    rng = fl.g.rng
    target = rng.randint(min_bytes, max_bytes)
    order = list(range(len(PARAGRAPHS)))
    rng.shuffle(order)
    parts: list[str] = []
    for i in order:
        if len("\n\n".join(parts).encode()) >= target:
            break
        parts.append(PARAGRAPHS[i])
    doc = "\n\n".join(parts)
    while len(doc.encode()) < target:  # long targets reuse paragraphs, as real packs do
        doc += "\n\n" + PARAGRAPHS[rng.randrange(len(PARAGRAPHS))]
    return doc


def long_rows(fl: Filler, n: int) -> list[Row]:
    rows = []
    rng = fl.g.rng
    for i in range(n):
        level, sentence = LONG_SENTENCES[i % len(LONG_SENTENCES)]
        pos = ("start", "end", "middle")[i % 3]
        row = fl.render(f"long:{pos}", level, "", sentence, "holdout4_struct+holdout4_passages")
        doc = long_document(fl, 4000, 12000)
        if pos == "start":
            text = row["text"] + "\n\n" + doc
        elif pos == "end":
            text = doc + "\n\n" + row["text"]
        else:
            paras = doc.split("\n\n")
            k = len(paras) // 2
            text = "\n\n".join(paras[:k] + [row["text"]] + paras[k:])
        if rng.random() < 0.5:
            text = fl.g.pick(("Summarise the following in five bullet points:\n\n",
                              "Check this for spelling and grammar:\n\n",
                              "Translate into Welsh:\n\n")) + text
        row["text"] = text
        rows.append(row)
    return rows


def long_public_rows(fl: Filler, n: int) -> list[Row]:
    rows = []
    for _ in range(n):
        doc = long_document(fl, 4000, 12000)
        lead = fl.g.pick(("Summarise this briefing pack:\n\n", "Make this easier to read:\n\n",
                          "", "Write five quiz questions from this text:\n\n"))
        rows.append({"text": lead + doc, "sensitive": False, "level": "public", "kinds": [],
                     "optional_kinds": [], "category": "hard:long_public",
                     "source": "handwritten:holdout4_passages", "values": []})
    return rows
