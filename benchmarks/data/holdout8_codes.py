"""Public look-alikes: templates, identifier words, helplines, markings words,
historic dates, public structured data, encoded public text, product and market
codes (check characters computed by python-stdnum), citations and references."""
# ruff: noqa: E501

from __future__ import annotations

import base64

from stdnum import ean, isbn, isin, ismn, isrc, lei
from stdnum.gb import sedol

from benchmarks.data.holdout8_values import Values

TEMPLATES = [
    "Dear [Name],\n\nThank you for your letter dated [date]. Your National Insurance number is [NI number] and your claim reference is [reference].\n\nYours sincerely,\n[Caseworker]",
    "Patient name: ____________\nNHS number: ___ ___ ____\nDate of birth: __/__/____\nGP surgery: ____________",
    "To: {{recipient_name}}\nRe: your council tax account {{account_no}}\nWe have received your payment of {{amount}}.",
    "I, <FULL NAME>, of <ADDRESS>, declare that the information I have given is true.",
    "Applicant's UTR: [10 digits]\nApplicant's postcode: [postcode]\nSignature: ______",
    "Hi <first name>, your driving test is booked for <date> at <test centre>. Bring your licence.",
    "Annwyl [Enw],\nDiolch am eich cais. Rhif cyfeirnod: [cyfeirnod].",
    "Witness statement of [name of witness]\nI am [occupation] and I live at [address].\nStatement of truth: I believe that the facts stated...",
    "Subject access request template: 'I, [your name], request a copy of all personal data you hold about me, including [details].'",
    "Name of deceased: ............\nDate of death: ............\nRelationship to the deceased: ............",
    "Card number: XXXX XXXX XXXX XXXX\nExpiry: MM/YY\nName on card: ____",
    "Reg no: AB12 CDE (example - replace with your vehicle's registration)",
]
ID_WORDS = [
    "Where do I find my NHS number if I've lost my card?",
    "how many digits is a UTR and where is it printed",
    "What's the difference between a National Insurance number and a tax code?",
    "Is a BRP number the same as a share code?",
    "what does the check digit in an IBAN do",
    "Can I use a photocard driving licence as ID at the post office?",
    "What does the letter at the end of a NI number mean?",
    "Why do some passport numbers have 9 digits and others letters?",
    "How do I read the date of birth from a driving licence number?",
    "Is it safe to give my card number over the phone to a council?",
]
HELPLINES = [
    "What's the number for NHS 111 in Wales? Is it still 111?",
    "Action Fraud can be reached on 0300 123 2040 - is that the right place to report a scam text?",
    "The Samaritans number is 116 123, it's free from any phone.",
    "Is 0800 328 5644 the Universal Credit helpline?",
    "Childline's number is 0800 1111 - can I put that on the school poster?",
]
MARKING_WORDS = [
    "What does OFFICIAL-SENSITIVE mean in the Government Security Classifications?",
    "Explain the difference between SECRET and TOP SECRET in the UK scheme.",
    "Does our team need to mark routine emails as OFFICIAL?",
    "When was the old RESTRICTED marking scrapped?",
    "Write a training slide about handling caveats like UK EYES ONLY.",
    "top secret recipe for flapjacks please - sorry, not a classification, just want a recipe",
]
HISTORIC_DATES = [
    "What happened on 1 July 1916?",
    "Why is 5 July 1948 important for the NHS?",
    "Aberfan disaster, 21 October 1966 - what caused it?",
    "What was agreed on 10 April 1998 in Belfast?",
    "Summarise the events of 6 June 1944.",
    "The Welsh devolution referendum was held on 18 September 1997 - what was the result?",
    "What happened at Peterloo on 16 August 1819?",
    "When did decimal currency start in the UK? 15 February 1971?",
    "What did the Scottish referendum on 18 September 2014 decide?",
    "Events of 23 June 2016 - explain the turnout by region.",
]
PUBLIC_STRUCT = [
    '{"office": "Cardiff", "opening_hours": "09:00-17:00", "phone": "0300 200 3310", "welsh_language": true}',
    "form_code,title,department\nSA100,Tax return,HMRC\nPIP2,How your disability affects you,DWP\nV5C,Vehicle log book,DVLA",
    'call: get_form_guidance(form_id="SA302", language="cy")',
    '{"tool": "find_nearest_office", "args": {"postcode_district": "CF10", "service": "passport"}}',
    "<Service><Name>Blue Badge</Name><Fee currency=\"GBP\">10.00</Fee></Service>",
    "benefit: universal_credit\nstandard_allowance_single_25_plus: 400.14\ncurrency: GBP",
    "SELECT form_code, title FROM forms WHERE department = 'DVLA' ORDER BY title;",
    "| Tax band | Rate |\n|---|---|\n| Basic | 20% |\n| Higher | 40% |\n| Additional | 45% |",
    "GET /api/v1/offices?region=scotland&service=jobcentre HTTP/1.1",
    "[service]\nname = council tax reduction\nmax_reduction_percent = 100",
]
ENCODED_PUBLIC = [
    "The deadline for online self assessment returns is 31 January.",
    "Universal Credit is paid monthly into a bank account.",
    "Bring two forms of ID to the registration appointment.",
    "The office is closed on bank holidays.",
]
STATUTES = [
    "What does section 13 of the Equality Act 2010 say about direct discrimination?",
    "Explain regulation 82 of the Universal Credit Regulations 2013 (SI 2013/376).",
    "Summarise Donoghue v Stevenson [1932] AC 562.",
    "What is a section 173 notice under the Renting Homes (Wales) Act 2016?",
    "Article 8 ECHR - how do courts balance it against immigration control?",
    "What did R (UNISON) v Lord Chancellor [2017] UKSC 51 decide about tribunal fees?",
    "Which Schedule of the Data Protection Act 2018 covers the substantial public interest conditions?",
    "Explain section 124 of the Social Security Contributions and Benefits Act 1992.",
    "What does CPR Part 36 do in a settlement offer?",
    "What is the purpose of the Housing (Scotland) Act 2014, Part 4?",
]
DOC_REFS = [
    "What does HMRC's Business Income Manual say at BIM45000?",
    "Is EIM32700 the right manual page for travel expenses?",
    "Where can I find NICE guideline NG28 on type 2 diabetes?",
    "Summarise SIGN 158 on asthma.",
    "What changed in BS 7671:2018+A2:2022?",
    "What does RFC 9110 say about the 422 status code?",
    "Explain ISO/IEC 27001:2022 Annex A control 5.34.",
    "Is form P87 still used for claiming work expenses?",
    "What is in Practice Direction 51ZB?",
    "Where is the DWP Decision Makers' Guide chapter on capital (chapter H1)?",
]


def _try_check(v: Values, body: str, module: object, candidates: str = "0123456789") -> str:
    for c in candidates:
        if module.is_valid(body + c):  # type: ignore[attr-defined]
            return body + c
    raise ValueError(body)


def code_texts(v: Values) -> list[tuple[str, str, str]]:
    """(text, subcategory, source) for product and market codes."""
    out: list[tuple[str, str, str]] = []
    isbn_frames = ["Is ISBN {c} the paperback or the hardback?", "Library catalogue: ISBN {c}, 3 copies available.", "Can you find the publisher of {c}?", "book isbn {c} - what edition?"]
    for i in range(8):
        c = _try_check(v, "978" + v.digits(9)[:9].rjust(9, "0"), isbn)
        out.append((isbn_frames[i % 4].format(c=c), "isbn", "generator:h8_isbn13_stdnum_check"))
    isin_frames = ["What is the coupon on the bond with ISIN {c}?", "Fund factsheet lists ISIN {c} - accumulation or income units?"]
    for i in range(8):
        body = v.rng.choice(["GB00", "IE00", "LU0", "US0"])
        body += "".join(v.rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(11 - len(body)))
        c = _try_check(v, body, isin)
        out.append((isin_frames[i % 2].format(c=c), "isin", "generator:h8_isin_stdnum_check"))
    for _ in range(5):
        body = "".join(v.rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6))
        try:
            c = _try_check(v, body, sedol)
        except ValueError:
            c = _try_check(v, "B" + v.digits(5), sedol)
        out.append((f"The SEDOL for the share class is {c}; is it on the ISA list?", "sedol", "generator:h8_sedol_stdnum_check"))
    for i in range(8):
        c = _try_check(v, "50" + v.digits(10), ean)
        out.append(([f"Barcode {c} scans as the wrong product at the till", f"EAN {c}: 500 g porridge oats"][i % 2], "ean", "generator:h8_ean13_gs1uk_stdnum_check"))
    for _ in range(4):
        body = v.digits(4) + "00" + "".join(v.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))
        c = body
        for a in "0123456789":
            for b in "0123456789":
                if lei.is_valid(body + a + b):
                    c = body + a + b
                    break
            else:
                continue
            break
        out.append((f"Our counterparty's LEI is {c} - does it need renewing?", "lei", "generator:h8_lei_stdnum_check"))
    for _ in range(4):
        c = _try_check(v, "9790" + v.digits(8), ismn)
        out.append((f"Sheet music ISMN {c} - which publisher?", "ismn", "generator:h8_ismn_stdnum_check"))
    for _ in range(4):
        c = "GB" + "".join(v.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(3)) + "2" + v.digits(6)
        assert isrc.is_valid(c)
        out.append((f"The ISRC on the track listing is {c}; where do I register royalties?", "isrc", "generator:h8_isrc_layout_stdnum_valid"))
    for i, plc in enumerate(["Dyfed Slate Holdings plc", "Clydeview Energy plc", "Lough Erne Foods plc", "Pennine Rail Logistics plc", "Tamar Estuary Water plc", "Brecon Digital plc"]):
        prefix = ["", "SC", "NI", "", "", "SC"][i]
        num = prefix + (v.digits(6) if prefix else "0" + v.digits(7))
        out.append((f"{plc} (company number {num}) has filed its annual accounts late - what are the penalties for a plc?", "company_number", "generator:h8_company_number_layout + handwritten:holdout8_invented_plcs"))
    for i, ch in enumerate(["Valleys Community Larder", "Kintyre Befriending Trust", "Antrim Coast Youth Sailing"]):
        num = ["11" + v.digits(5), "SC0" + v.digits(5), "NIC10" + v.digits(4)][i]
        out.append((f"Registered charity {num} ({ch}) wants to know how to apply for Gift Aid.", "charity_number", "generator:h8_charity_number_layout"))
    return out


def encoded_public(v: Values) -> list[str]:
    """Encoded public sentences in the wrappers the sensitive rows use."""
    out = []
    for i, s in enumerate(ENCODED_PUBLIC):
        out.append(f"Can you decode this for me and tell me what it says? {base64.b64encode(s.encode()).decode()}")
        out.append(f"I found this hex string in an export, what is it: {s.encode().hex()}" if i % 2 == 0 else f"token={base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')}")
    return out
