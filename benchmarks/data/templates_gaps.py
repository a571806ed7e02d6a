"""Hand-written rows for issue 9's gap categories (tuning set; see PROVENANCE.md).

Written by the classifier's developer from the issue's list of categories, not from
any held-out row: identifiers from outside the UK, non-UK and PO-box addresses,
names without title case or cue words, failed checksums next to a cue, ID-like
numbers next to personal wording, structured and encoded values, long documents,
ages and dates of birth without "born", and hard negatives for each. Every value is
invented or a published example; none belongs to a real person.

Each row: (category, text, level, kinds). Kinds use the evaluation set's names
(`benchmarks/classify_bench/kinds.py`), and every sensitive row needs one; cases
whose kind the set has no name for (an SSN, a PESEL, an ID-like customer number, a
relative's age) are in `tests/unit/classifiers/test_recall_gaps.py` instead.
Addresses are labelled `LOCATION`, the set's kind for places.
"""

from __future__ import annotations

import base64
import urllib.parse

__all__ = ["GAP_ROWS"]

_PUBLIC_PASSAGE = (
    "The Reform Act of 1832 changed the franchise in England and Wales, abolishing many rotten boroughs and "
    "giving seats to growing industrial towns. Historians still argue about how far it widened the vote: the "
    "property qualification kept most working men off the register until the later acts of 1867 and 1884. "
    "The act is often taught alongside the Chartist movement, whose petitions of the 1830s and 1840s asked for "
    "manhood suffrage, the secret ballot and annual parliaments. "
) * 5

GAP_ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # failed checks next to a cue for the kind
    ("gap:failed_check", "Patient NHS no. 123 456 7890 - please book a follow-up scan.", "personal", ("UK_NHS_NUMBER",)),  # noqa: E501
    ("gap:failed_check", "Her national insurance number is BG 12 34 56 C, which HMRC says is wrong.", "personal", ("UK_NINO",)),  # noqa: E501
    ("gap:failed_check", "Pay it to IBAN GB00 NWBK 6016 1331 9268 19 please.", "personal", ("IBAN",)),
    ("gap:failed_check", "My credit card 5412 7534 1234 5679 was charged twice.", "personal", ("PAYMENT_CARD",)),
    ("gap:failed_check", "Card number 8123 4567 8901 2345 on the refund form.", "personal", ("PAYMENT_CARD",)),
    ("gap:failed_check", "UTR 1234567890 on his self assessment is being queried.", "personal", ("UK_UTR",)),
    # ID-like numbers beside personal wording
    # identifiers from outside the UK
    # phone numbers from other countries
    ("gap:phone", "You can reach me on +353 87 123 4567 most evenings.", "personal", ("UK_PHONE",)),
    ("gap:phone", "My cell is (415) 555-0132 if the email bounces.", "personal", ("UK_PHONE",)),
    ("gap:phone", "Téléphone portable : 06 98 76 54 32", "personal", ("UK_PHONE",)),
    # addresses outside the UK form
    ("gap:address", "Forward the post to 88 Maple Ave, Suite 210, Toronto, ON M5V 2T6.", "personal", ("LOCATION",)),
    ("gap:address", "home address: 2211 north oak blvd apt 7, austin, tx 78701", "personal", ("LOCATION",)),
    ("gap:address", "Sie wohnt in der Lindenallee 7, 50968 Köln.", "personal", ("LOCATION",)),
    ("gap:address", "Su dirección es Calle de Alcalá 45, 28014 Madrid.", "personal", ("LOCATION",)),
    ("gap:address", "Reply to PO Box 771, Gaborone, Botswana.", "personal", ("LOCATION",)),
    ("gap:address", "PSC 817 Box 22, FPO AE 09622", "personal", ("LOCATION",)),
    ("gap:address", "he lives at 4 mill lane now", "personal", ("LOCATION",)),
    # names
    ("gap:name", "Could you chase Mr Oyelaran about the missing form?", "personal", ("PERSON",)),
    ("gap:name", "My name's Ptolemy Vance and I'm writing about my tax code.", "personal", ("PERSON",)),
    ("gap:name", "Caseworker: Who am I speaking to?\nCaller: Ingrid Solberg", "personal", ("PERSON",)),
    ("gap:name", "i need to tell david brown his appointment moved to tuesday", "personal", ("PERSON",)),
    ("gap:name", "Joint account holder: Femi Adeyemi.", "personal", ("PERSON",)),
    ("gap:name", "The payee is Lorcan Fitzgerald, please confirm.", "personal", ("PERSON",)),
    # plates, dates of birth, ages
    ("gap:vehicle", "A silver car, reg KX-65-TRE, was seen leaving the scene.", "personal", ("UK_VEHICLE_REG",)),
    ("gap:dob", "Thomas Greer - 22/11/1979 - needs a new claim form.", "personal", ("DATE_OF_BIRTH",)),
    ("gap:dob", "DoB 1983-07-19, please update the record.", "personal", ("DATE_OF_BIRTH",)),
    ("gap:age", "Ottoline Marsh (72) has asked for a home visit.", "personal", ("PERSON",)),
    # structured and encoded values
    ("gap:structured", '{"tool": "find_claim", "args": {"ni_number": "ZZ999999Z"}}', "personal", ("UK_NINO",)),
    ("gap:structured", "customer_id,full_name,postcode\n100293,Hamid Rahimi,B12 9QT\n", "personal", ("PERSON", "UK_POSTCODE")),  # noqa: E501
    ("gap:structured", "<patient><nhsNumber>4010232137</nhsNumber></patient>", "personal", ("UK_NHS_NUMBER",)),
    ("gap:structured", "date_of_birth=1974-02-28&consent=yes", "personal", ("DATE_OF_BIRTH",)),
    (
        "gap:encoded",
        "Attachment (base64): " + base64.b64encode(b"Patient: Rosa Kimani, NHS no 943 476 5919").decode(),
        "personal",
        ("UK_NHS_NUMBER",),
    ),
    (
        "gap:encoded",
        "redirect?next=" + urllib.parse.quote("/profile?email=rosa.kimani@example.com&tab=settings"),
        "personal",
        ("EMAIL",),
    ),
    # long documents
    ("gap:long_document", _PUBLIC_PASSAGE + "Also, can you write to Eilidh Macrae about her council tax arrears?", "personal", ("PERSON",)),  # noqa: E501
    ("gap:long_document", "Please tell Kofi Mensah his housing benefit was stopped. " + _PUBLIC_PASSAGE, "personal", ("PERSON",)),  # noqa: E501
    ("gap:long_document", _PUBLIC_PASSAGE + "My passport number is 925665416.", "personal", ("UK_PASSPORT",)),
    # hard negatives
    ("public:gap_negative", "Who was Emmeline Pankhurst and why was she imprisoned?", "public", ()),
    ("public:gap_negative", "A 62-year-old woman presents with jaundice and weight loss. List the differentials.", "public", ()),  # noqa: E501
    ("public:gap_negative", "If Priya buys 3 pens at 45p each and pays with £2, how much change does she get?", "public", ()),  # noqa: E501
    ("public:gap_negative", "What is ISIN US0378331005 and which exchange lists it?", "public", ()),
    ("public:gap_negative", "The EAN 4006381333931 is printed on the packaging.", "public", ()),
    ("public:gap_negative", "SEDOL B0YBKJ7 - is that a valid identifier format?", "public", ()),
    ("public:gap_negative", "Explain why 4111 1111 1111 1112 fails the Luhn check digit test.", "public", ()),
    ("public:gap_negative", "Where is my parcel? Tracking 1Z 999 AA1 01 2345 6784.", "public", ()),
    ("public:gap_negative", "Write to HMRC at PO Box 3900, Glasgow about corporation tax guidance.", "public", ()),
    ("public:gap_negative", "The 2011 census counted 63182000 people in the UK.", "public", ()),
    ("public:gap_negative", '{"name": "search_docs", "arguments": {"query": "housing benefit eligibility"}}', "public", ()),  # noqa: E501
    ("public:gap_negative", "Base64 of 'hello world' is aGVsbG8gd29ybGQ=; explain the padding.", "public", ()),
    ("public:gap_negative", _PUBLIC_PASSAGE, "public", ()),
    ("public:gap_negative", "Summarise Dr Martin Luther King's 1963 speech in Washington.", "public", ()),
)
