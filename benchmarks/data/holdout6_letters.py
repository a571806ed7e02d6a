"""Held-out set 6: letters filled in (``letter:`` rows) and left as templates (``hard:unfilled_template``).

Advice agencies publish letter templates whose personal parts are placeholders
("(Insert own name)", "[insert date]", "CLIENT NAME", "NAME AND NINO HERE"). The
letters below were written for set 6 in that manner, not copied: each is used once
filled with synthetic values (personal or special) and once with its placeholders
left in (public: a template names nobody). Placeholder conventions were observed in
templates found through the ``pages`` search corpus (communitymoneymatters.com
benefit advice letters, a Big Brother Watch subject access template on docsbay.net,
affordableriskmanagement.com's subject access response), whose wording was not used.
"""

from __future__ import annotations

import random

from benchmarks.data import holdout6_values as hv
from benchmarks.data.holdout6_common import Row, pub
from benchmarks.data.holdout6_intlvals import mobile

# (level when filled, letter with {slots}, the placeholder written for each slot)
LETTERS = (
    ("personal",
     "{addr}\n{date}\n\nDWP, Mandatory Reconsideration Team\n\nRe: {name}, National Insurance number {nino}\n\n"
     "I am writing to ask for a mandatory reconsideration of the decision dated 2 May to end my Carer's "
     "Allowance. The decision says I earn more than the limit, but the figure used includes holiday pay "
     "from a job I left in March. I enclose my final payslip. Please look at the decision again.\n\n"
     "Yours faithfully,\n{name}",
     {"addr": "(Insert own address)", "date": "(Insert date)", "name": "(Insert own name)",
      "nino": "(insert NI number)"}),
    ("personal",
     "To the Data Protection Officer\n\nSubject access request — {name}, date of birth {dob}\n\nUnder Article 15 "
     "of the UK GDPR please send me a copy of all personal data you hold about me, including call recordings "
     "and notes on my council tax account {acct}. You can reach me at {email}.\n\nThank you,\n{name}",
     {"name": "[YOUR FULL NAME]", "dob": "[DD/MM/YYYY]", "acct": "[ACCOUNT NUMBER]", "email": "[EMAIL ADDRESS]"}),
    ("special",
     "Dear Dr {last},\n\nI am asking for a letter supporting my PIP reconsideration. My name is {name} and my "
     "NHS number is {nhs}. Since the stroke in January I cannot prepare a meal or read more than a few lines. "
     "The assessor's report does not mention my aphasia.\n\nWith thanks,\n{name}",
     {"last": "SURNAME", "name": "CLIENT NAME", "nhs": "NHS NUMBER HERE"}),
    ("personal",
     "HM Revenue and Customs\nBX9 1AS\n\nComplaint — {name}, UTR {utr}\n\nI have written three times about the "
     "penalty on my 2023-24 return and have had no reply. I filed on time; the portal receipt is attached. "
     "Please treat this as a formal complaint. My phone number is {phone}.\n\n{name}\n{addr}, {pc}",
     {"name": "<<Full name>>", "utr": "<<UTR>>", "phone": "<<Phone>>", "addr": "<<Address>>", "pc": "<<Postcode>>"}),
    ("special",
     "Drivers Medical Group, DVLA, Swansea SA99 1DF\n\nDriver: {name}   Licence number: {dl}   DOB: {dob}\n\n"
     "I am telling you that I have been diagnosed with type 1 diabetes and now use insulin. My consultant "
     "says my hypoglycaemia awareness is normal. I enclose form DIAB1.\n\nSigned {name}",
     {"name": "______________", "dl": "________________", "dob": "__/__/____"}),
    ("personal",
     "Dear Sir or Madam,\n\nCouncil tax account {acct} — {addr}, {pc}\n\nI moved out of this property on 30 "
     "June and the new tenant is responsible from 1 July. Please close my account and send the final bill "
     "to my new address. My name is {name}.\n\nRegards",
     {"acct": "{{account_ref}}", "addr": "{{property_address}}", "pc": "{{postcode}}",
      "name": "{{customer_name}}"}),
    ("special",
     "Witness statement of {name}\n\nI, {name}, of {addr}, {pc}, say as follows. I was convicted of theft in "
     "2015 and have not offended since. I have known the applicant for six years through the church where I "
     "volunteer. I believe the facts in this statement are true.\n\nSigned: {name}   Date: {date}",
     {"name": "[name of witness]", "addr": "[address]", "pc": "[postcode]", "date": "[date]"}),
    ("personal",
     "Pre-action letter\n\nClient: {name}\nHome Office reference: {hoiref}\nPassport: {passport}\n\nWe act for "
     "the above-named. Their application for leave to remain was submitted on 4 January and no decision has "
     "been made. Unless a decision is made within 14 days we will apply for judicial review.",
     {"name": "CLIENT NAME", "hoiref": "HOME OFFICE REF", "passport": "PASSPORT NO."}),
)

PLACEHOLDER_ASKS = (
    "Can you improve the wording of this template before we publish it?\n\n",
    "Fill-in template from our advice leaflet — is anything missing?\n\n",
    "",
    "Make this template sound more formal:\n\n",
)


def _fill(rng: random.Random, seed: int) -> dict[str, str]:
    p = hv.person(rng, seed)
    addr, pc = hv.uk_address(rng)
    d = hv.dob(rng)
    return {"name": p.full, "last": hv.person(rng, seed).last, "addr": addr, "pc": pc,
            "date": f"{rng.randint(1, 28)} March 2026", "nino": hv.fmt_nino(hv.nino(rng), rng.randrange(4)),
            "dob": hv.fmt_date(d, rng.randrange(10)), "acct": hv.digits(rng, 9), "email": hv.email_for(rng, p),
            "nhs": hv.fmt_nhs(hv.nhs_number(rng, "4"), rng.randrange(3)), "utr": hv.utr(rng),
            "phone": mobile(rng, "GB", rng.randrange(4)), "dl": hv.driving_licence(rng, p, d),
            "hoiref": f"{rng.choice('BCDFGHKMPRSTW')}{hv.digits(rng, 7)}", "passport": hv.passport(rng)}


_KIND = {"nino": "UK_NINO", "dob": "DATE_OF_BIRTH", "email": "EMAIL", "nhs": "UK_NHS_NUMBER", "utr": "UK_UTR",
         "phone": "UK_PHONE", "pc": "UK_POSTCODE", "dl": "UK_DRIVING_LICENCE", "passport": "UK_PASSPORT"}


def build_letters(rng: random.Random, seed: int) -> tuple[list[Row], list[Row]]:
    """(filled letters, unfilled templates): one of each per letter."""
    filled, unfilled = [], []
    for i, (level, body, holes) in enumerate(LETTERS):
        s = _fill(rng, seed)
        text = body.format(**s)
        used = list(holes)
        vals = [s[k] for k in used if k not in ("date", "last") and len(s[k]) >= 4]
        kinds = sorted({_KIND[k] for k in used if k in _KIND})
        opt = ["PERSON", "LOCATION"] + (["SPECIAL_CATEGORY"] if level == "special" else [])
        filled.append(Row(text, level, "letter:filled", "generator:h6_uk_values+handwritten:holdout6_letters",
                          kinds, [k for k in opt if k not in kinds], vals))
        template = PLACEHOLDER_ASKS[i % len(PLACEHOLDER_ASKS)] + body.format(**holes)
        unfilled.append(pub(template, "hard:unfilled_template", "handwritten:holdout6_letters"))
    return filled, unfilled
