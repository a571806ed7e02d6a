"""Structured values: a field named for its kind is the cue (JSON, tool-call arguments, forms, CSV).

Requests carry personal data as data as often as in prose: `{"nino": "TN123456A"}` in
a tool call's arguments, `nhs_number=9434765919` in a query string, `DOB: 03/05/1980`
on a form, a CSV export whose header says `name,nino,dob`. The field name says what
the value is, so the value is reported as that kind **whatever its shape or
checksum** (recall first: a value in a field named `nino` with a never-allocated
prefix is still somebody's National Insurance number).

Fields are found in these shapes (keys any case, `camelCase`, `snake_case`,
`kebab-case` or words):

* JSON / Python / JavaScript: `"key": "value"`, `'key': 'value'`, `"key": 123`;
* assignments and query strings: `key=value`, `key="value"`, `&key=value`;
* XML: `<key>value</key>`;
* form lines: `Key: value` or `Key = value` on a line of their own;
* CSV / TSV / pipe tables: a header line naming the fields, then rows.

A value must look like data for its field: a placeholder (`""`, `null`, `N/A`,
`string`, `<nino>`, `XXX`, `[REDACTED]`...) is not personal data; identifier fields
need a digit; name fields need letters, and a field called just `name` needs a
known given name or surname in its value (tool schemas have `"name": "get_weather"`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import Recogniser
from classifiers.recognisers.stdnum_cued import stdnum_kind
from classifiers.surnames import SURNAMES
from classifiers.types import Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = ["StructuredField", "field_kind", "normalise_key"]

_SCORE = 0.9
_B = r"(?:^|_)"
_E = r"(?:_|$)"
# Order matters: the first pattern that matches a normalised key names its kind.
_FIELD_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("EMAIL_ADDRESS", r"e_?mail"),
        ("IP_ADDRESS", rf"{_B}ip(?:_?address|_?addr)?{_E}"),
        ("UK_NATIONAL_INSURANCE_NUMBER", rf"{_B}(?:nino|nin|ni_?(?:number|no|num)|national_?insurance){_E}"),
        ("UK_NHS_NUMBER", rf"{_B}nhs{_E}"),
        ("UK_CHI_NUMBER", rf"{_B}chi(?:_?(?:number|no))?{_E}"),
        ("DATE_OF_BIRTH", rf"{_B}(?:dob|d_o_b|date_of_birth|birth_?date|birth_?day|born(?:_on)?){_E}"),
        ("US_SSN", rf"{_B}(?:ssn|social_security(?:_number|_no)?|itin){_E}"),
        ("PASSPORT_NUMBER", r"passport"),
        ("DRIVING_LICENCE", r"driv(?:ing|ers?)_?licen[cs]e|licen[cs]e_?(?:number|no)|^dl(?:_?(?:number|no))?$"),
        ("UK_UTR", rf"{_B}(?:utr|unique_taxpayer(?:_reference)?|taxpayer_?ref(?:erence)?){_E}"),
        ("UK_UNIQUE_PUPIL_NUMBER", rf"{_B}(?:upn|unique_pupil_number|pupil_?number){_E}"),
        (
            "TAX_ID",
            rf"{_B}(?:tax_?id|tin|tax_?(?:number|no|reference|ref|code)|vat(?:_?(?:number|no|reg))?|steuer_?id|"
            rf"taxpayer_?(?:id|number|no|identification(?:_?number)?)|fiscal_?(?:code|number|id)|"
            rf"nif|codice_fiscale|cpf|pan(?:_?number)|tfn|ird(?:_?number)?){_E}",
        ),
        (
            "NATIONAL_ID",
            rf"{_B}(?:national_?id(?:_?number)?|id_?card(?:_?number)?|identity_?(?:number|card|no)|id_?number|"
            rf"citizen_?id|personal_?(?:id|number)|personnummer|bsn|pesel|dni|nie|aadhaar|pps(?:_?number)?|cpr|"
            rf"hetu|nric|curp|sin){_E}",
        ),
        ("IBAN", rf"{_B}iban{_E}"),
        (
            "PAYMENT_CARD",
            r"card_?(?:number|no|num)|^pan$|credit_?card|debit_?card|^card$|^cc_?(?:number|num|no)?$|^cvv$|^cvc$",
        ),
        (
            "UK_BANK_ACCOUNT",
            r"account_?(?:number|no|num)|^acc_?no$|^acct(?:_?(?:no|number))?$|bank_?account|sort_?code",
        ),
        ("PHONE_NUMBER", r"phone|mobile|^tel$|telephone|^cell$|whats_?app|contact_?number|^fax$"),
        ("UK_POSTCODE", r"post_?code|^zip(?:_?code)?$|postal_?code"),
        ("POSTAL_ADDRESS", rf"address|{_B}street{_E}|{_B}addr{_E}|address_?line|house_?number"),
        (
            "UK_VEHICLE_REGISTRATION",
            r"vehicle_?reg|^registration(?:_?(?:number|no|mark))?$|^reg(?:_?(?:number|no))?$|number_?plate|"
            r"^vrm$|licen[cs]e_?plate",
        ),
        (
            "PERSON",
            r"^(?:(?:full|first|last|given|middle|maiden|sur|fore|patient|customer|client|claimant|applicant|"
            r"beneficiary|holder|account_?holder|card_?holder|contact|employee|tenant|person|legal|preferred|pupil|"
            r"student|child|parent|member|caller|resident|payee|recipient|sender|guardian|spouse|partner)_?name|"
            r"surname|forename|name|claimant|applicant|beneficiary|account_?holder|card_?holder|next_of_kin|nok|"
            r"payee|guardian|spouse)$",
        ),
        (
            "PERSONAL_REFERENCE_NUMBER",
            r"(?:patient|customer|client|claimant|member|membership|employee|staff|student|pupil|citizen|"
            r"applicant|tenant|case|account|policy|benefit|claim)_?(?:id|number|no|num|ref|reference)$",
        ),
    )
)
_KINDS_NEEDING_DIGITS = frozenset(
    {
        "UK_NATIONAL_INSURANCE_NUMBER",
        "UK_NHS_NUMBER",
        "UK_CHI_NUMBER",
        "DATE_OF_BIRTH",
        "US_SSN",
        "PASSPORT_NUMBER",
        "DRIVING_LICENCE",
        "UK_UTR",
        "UK_UNIQUE_PUPIL_NUMBER",
        "TAX_ID",
        "NATIONAL_ID",
        "IBAN",
        "PAYMENT_CARD",
        "UK_BANK_ACCOUNT",
        "PHONE_NUMBER",
        "IP_ADDRESS",
        "PERSONAL_REFERENCE_NUMBER",
        "UK_VEHICLE_REGISTRATION",
    }
)
_PLACEHOLDERS = frozenset(
    """
    null none nil undefined n/a na n.a. unknown tbc tbd redacted removed withheld string str int integer number
    text value example sample test dummy optional required yes no true false x xx xxx xxxx empty blank hidden
    """.split()
)
_PLACEHOLDER_SHAPE = re.compile(r"^(?:[<{\[(].*[>}\])]|[xX*#.\-_ 0]+|\$\{.*\}|%s|\?+)$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

_KEY = r"[A-Za-z][A-Za-z0-9_.\- ]{0,40}?"
_QUOTED_PAIR = re.compile(
    rf"""(?P<q>["'])(?P<key>{_KEY})(?P=q)\s*:\s*"""
    r"""(?:(?P<vq>["'])(?P<value>[^"'\n]{0,200}?)(?P=vq)|(?P<num>-?[0-9][0-9 .\-/]{0,40}[0-9]))"""
)
_ASSIGNMENT = re.compile(
    r"""(?<![A-Za-z0-9_])(?P<key>[A-Za-z][A-Za-z0-9_.\-]{0,40})\s*=\s*(?:(?P<vq>["'])(?P<value>[^"'\n]{0,200}?)(?P=vq)|(?P<bare>[^\s&,;)"'<>]{1,100}))"""
)
_XML = re.compile(r"<(?P<key>[A-Za-z][A-Za-z0-9_.\-]{0,40})>(?P<value>[^<>\n]{1,200})</(?P=key)>")
_FORM_LINE = re.compile(
    r"(?m)^[ \t>*\-•]*(?P<key>[A-Za-z][A-Za-z0-9_.'/() \-]{0,40}?)[ \t]*:[ \t]*(?P<value>[^\n]{1,200})$"
)
_CSV_SEPARATORS = (",", "\t", "|", ";")
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z0-9_.\-/]*(?: [A-Za-z0-9_.\-/]+){0,2}")
"""A column name: at most three words, no sentence punctuation (so prose lines are not headers)."""


def normalise_key(key: str) -> str:
    """`patientDOB`, `Date of birth`, `nhs-number` -> `patient_dob`, `date_of_birth`, `nhs_number`."""
    return _NON_ALNUM.sub("_", _CAMEL.sub("_", key.strip()).lower()).strip("_")


def field_kind(key: str) -> str | None:
    """The kind of value a field of this name holds, or None when the name says nothing personal."""
    normalised = normalise_key(key)
    if not normalised or len(normalised) > 40:
        return None
    for kind, pattern in _FIELD_KINDS:
        if pattern.search(normalised):
            return kind
    # a field named as python-stdnum names a personal or tax number of any country ("cuit", "kennitala", "amka")
    return stdnum_kind(normalised.replace("_", " "))


_NETWORK_VALUE = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|[0-9a-f]*::[0-9a-f:.]*|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}|0x[0-9a-f]+|"
    r"localhost(?::\d+)?|[a-z][a-z0-9+.\-]*://\S*|[\w.:]+\(.*)(?:[\s,;].*)?$",
    re.I,
)
"""A network address, memory address, host or URL, or code, as an "address" field's value (what follows it in
the same line does not matter: "bind_address: 127.0.0.1 in the config")."""


_BLANK_START = re.compile(r"_{3,}|\.{4,}")
"""A value that opens on a blank to fill in."""


def _looks_like_value(kind: str, key: str, value: str) -> bool:
    stripped = value.strip()
    if not stripped or stripped.lower().strip(".") in _PLACEHOLDERS or _PLACEHOLDER_SHAPE.match(stripped):
        return False
    if _BLANK_START.match(stripped):
        return False  # a blank form's line: "Address: ________ Postcode: ____"
    if kind in _KINDS_NEEDING_DIGITS:
        return sum(c.isdigit() for c in stripped) >= (1 if kind == "DATE_OF_BIRTH" else 3)
    if kind == "EMAIL_ADDRESS":
        return "@" in stripped or " at " in stripped
    if kind in ("UK_POSTCODE", "POSTAL_ADDRESS"):
        if _NETWORK_VALUE.match(stripped) is not None:
            return False  # "address": "127.0.0.1", address=String::from("::1"): a machine's, not a home's
        return any(c.isdigit() for c in stripped) or len(stripped.split()) >= 2
    if kind == "PERSON":
        words = stripped.replace(",", " ").split()
        if not 1 <= len(words) <= 5 or not all(
            w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words
        ):
            return False
        if normalise_key(key) == "name":
            # a bare "name" field holds a person's name when a word is a known name, or when two or more
            # capitalised words include one that is not English ("Dmitri Volkov"; not "Project Phoenix")
            lowered = [w.lower() for w in words]
            return any(w in GIVEN_NAMES or w in AMBIGUOUS_GIVEN_NAMES or w in SURNAMES for w in lowered) or (
                len(words) >= 2
                and all(w[:1].isupper() for w in words)
                and any(not is_english_word(w.replace("-", "").replace("'", "")) for w in lowered)
            )
        return True
    return True


class StructuredField(Recogniser):
    """Values of fields named for a personal kind, in JSON, assignments, XML, forms and CSV."""

    name = "structured_field"
    fallback = True

    def find(self, text: NormalisedText) -> list[Finding]:
        """Every field value whose name says it is personal (see the module docstring)."""
        source = text.text
        if not any(c in source for c in ":=<,\t|;"):
            return []
        findings: dict[tuple[int, int], Finding] = {}
        for key, start, end in self._fields(source):
            kind = field_kind(key)
            if kind is None:
                continue
            value = source[start:end]
            lead = len(value) - len(value.lstrip())
            start, end = start + lead, start + len(value.rstrip())
            if end <= start or not _looks_like_value(kind, key, source[start:end]):
                continue
            findings.setdefault((start, end), Finding(kind, start, end, _SCORE, self.name, Sensitivity.PERSONAL))
        return list(findings.values())

    def _fields(self, text: str) -> Iterator[tuple[str, int, int]]:
        for match in _QUOTED_PAIR.finditer(text):
            group = "value" if match.group("value") is not None else "num"
            yield match.group("key"), match.start(group), match.end(group)
        if "=" in text:
            for match in _ASSIGNMENT.finditer(text):
                group = "value" if match.group("value") is not None else "bare"
                yield match.group("key"), match.start(group), match.end(group)
        if "</" in text:
            for match in _XML.finditer(text):
                yield match.group("key"), match.start("value"), match.end("value")
        for match in _FORM_LINE.finditer(text):
            if match.group("key").count(" ") <= 4:
                yield match.group("key"), match.start("value"), match.end("value")
        yield from _csv_fields(text)


def _csv_fields(text: str) -> Iterator[tuple[str, int, int]]:
    """Cells of CSV-like tables whose header names a personal field."""
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    index = 0
    while index < len(lines) - 1:
        header = lines[index]
        separator = next(
            (s for s in _CSV_SEPARATORS if header.count(s) >= 1 and lines[index + 1].count(s) == header.count(s)), None
        )
        if separator is None:
            index += 1
            continue
        keys = [k.strip().strip("\"'") for k in header.split(separator)]
        if not all(_HEADER_CELL.fullmatch(k) for k in keys):
            index += 1
            continue
        kinds = [field_kind(k) for k in keys]
        if not any(kinds):
            index += 1
            continue
        row = index + 1
        while row < len(lines) and lines[row].count(separator) == header.count(separator):
            cell_start = starts[row]
            for column, cell in enumerate(lines[row].split(separator)):
                if column < len(kinds) and kinds[column] is not None:
                    inner = cell.strip().strip("\"'")
                    at = lines[row].find(inner, cell_start - starts[row]) if inner else -1
                    if inner and at >= 0:
                        yield keys[column], starts[row] + at, starts[row] + at + len(inner)
                cell_start += len(cell) + 1
            row += 1
        index = row
