"""Identifiers from outside the UK, validated with python-stdnum.

Departments handle visas, overseas patients and tax residents, so national identity
and tax numbers of other countries are personal data as much as a NINO. Each entry
of `SCHEMES` names the kind, the written shape, the python-stdnum module whose
`is_valid` is the check (format, check digits, embedded dates; the module cited is
the source of the rule), the cue words for it, and whether the shape is distinctive
enough to stand without a cue:

* standalone scheme, check passes -> personal without any cue (`123-45-6789` laid
  out as an SSN, an Italian codice fiscale, a Swedish personnummer with its hyphen);
* any scheme with one of its cues near -> personal whatever the check says (recall
  first: a mistyped SSN next to "SSN" is still somebody's), unless the text talks
  about check digits (`base.CHECK_TALK_CONTEXT`);
* otherwise dropped (eleven bare digits are not a PESEL without "PESEL").

`GENERIC_CUES` (in `id_cues.py`) catch identifiers whose format no library can pin down (passports of
other countries, US state driver's licences, residence permits, visa numbers): a
token of 5-20 letters and digits with at least four digits straight after such a
cue is reported as that kind.

Schemes whose cue is missing from the text are not run at all, so the table's
length costs little on ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import (
    CHECK_TALK_CONTEXT,
    Recogniser,
    has_digit,
    only_alphanumerics,
    stdnum_validator,
    words_regex,
)
from classifiers.recognisers.id_cues import GENERIC_CUES
from classifiers.types import Finding, Sensitivity

__all__ = ["GENERIC_CUES", "SCHEMES", "InternationalIdentifier", "Scheme"]

_STANDALONE_SCORE = 0.75
_CUED_SCORE = 0.85
_FAILED_CUED_SCORE = 0.6
_CUE_BEFORE, _CUE_AFTER = 50, 40


@dataclass(frozen=True, slots=True)
class Scheme:
    """One identifier scheme: kind, shape, python-stdnum module, cue words, standalone or not."""

    kind: str
    shape: str
    module: str
    cues: tuple[str, ...]
    standalone: bool = False
    flags: int = 0


_ID_CUES = ("national id", "identity number", "id number", "identity card", "id card", "personal number")
SCHEMES: tuple[Scheme, ...] = (
    Scheme("US_SSN", r"\d{3}-\d{2}-\d{4}", "us.ssn", ("ssn", "social security"), standalone=True),
    Scheme("US_SSN", r"\d{3}[ .]?\d{2}[ .]?\d{4}", "us.ssn", ("ssn", "social security", "ss#", "ss no")),
    Scheme("US_ITIN", r"9\d{2}-?[5-9]\d-?\d{4}", "us.itin", ("itin", "taxpayer identification"), standalone=True),
    Scheme(
        "NATIONAL_ID",
        r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]",
        "it.codicefiscale",
        ("codice fiscale", "fiscal code", "tax code"),
        True,
        re.IGNORECASE,
    ),  # fmt: skip
    Scheme("NATIONAL_ID", r"\d{8}-?[A-Z]", "es.dni", ("dni", "nif", "documento nacional", *_ID_CUES), standalone=True),
    Scheme(
        "NATIONAL_ID",
        r"[XYZ]-?\d{7}-?[A-Z]",
        "es.nie",
        ("nie", "nif", "foreigner identity", *_ID_CUES),
        standalone=True,
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"[12][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}",
        "fr.nir",
        ("nir", "sécurité sociale", "securite sociale", "numéro de sécu", "insee", "social security"),
        standalone=True,
    ),  # fmt: skip
    Scheme("TAX_ID", r"\d{3}\.\d{3}\.\d{3}-\d{2}", "br.cpf", ("cpf",), standalone=True),
    Scheme("TAX_ID", r"\d{11}", "br.cpf", ("cpf",)),
    Scheme(
        "NATIONAL_ID", r"756\.?\d{4}\.?\d{4}\.?\d{2}", "ch.ssn", ("ahv", "avs", "social security"), standalone=True
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"(?:\d{2})?\d{6}[-+]\d{4}",
        "se.personnummer",
        ("personnummer", "personal identity number", *_ID_CUES),
        standalone=True,
    ),  # fmt: skip
    Scheme("NATIONAL_ID", r"\d{6}-?\d{4}", "dk.cpr", ("cpr", "cpr-nummer", "personnummer", *_ID_CUES)),
    Scheme(
        "NATIONAL_ID",
        r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]",
        "fi.hetu",
        ("hetu", "henkilötunnus", "personal identity code", *_ID_CUES),
        standalone=True,
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"\d{6}[ ]?\d{5}",
        "no.fodselsnummer",
        ("fødselsnummer", "fodselsnummer", "birth number", *_ID_CUES),
    ),  # fmt: skip
    Scheme("NATIONAL_ID", r"\d{11}", "pl.pesel", ("pesel", *_ID_CUES)),
    Scheme(
        "NATIONAL_ID",
        r"\d{4}\.?\d{2}\.?\d{3}|\d{9}",
        "nl.bsn",
        ("bsn", "burgerservicenummer", "citizen service number", "sofi", *_ID_CUES),
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}",
        "be.nn",
        ("rijksregisternummer", "national number", "numéro national", *_ID_CUES),
        standalone=True,
    ),  # fmt: skip
    Scheme("NATIONAL_ID", r"\d{11}", "be.nn", ("rijksregisternummer", "national number", "numéro national")),
    Scheme(
        "TAX_ID",
        r"\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}",
        "de.idnr",
        (
            "steuer-id",
            "steueridentifikationsnummer",
            "steuerliche identifikationsnummer",
            "idnr",
            "tax id",
            "tax identification",
            "tin",
        ),
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"\d{7}[A-W][ABWTXZ]?",
        "ie.pps",
        ("pps", "ppsn", "personal public service"),
        standalone=True,
        flags=re.IGNORECASE,
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"\d{8}[ ]?\d[ ]?[A-Z]{2}\d",
        "pt.cc",
        ("cartão de cidadão", "cartao de cidadao", "citizen card", *_ID_CUES),
        standalone=True,
    ),  # fmt: skip
    Scheme("NATIONAL_ID", r"[1-8]\d{12}", "ro.cnp", ("cnp", "cod numeric personal", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{10}", "bg.egn", ("egn", "егн", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{4}[ ]?\d{4}[ ]?\d{4}", "in_.aadhaar", ("aadhaar", "aadhar", "uidai", *_ID_CUES)),
    Scheme(
        "TAX_ID",
        r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]",
        "in_.pan",
        ("pan", "permanent account number", "income tax"),
        standalone=True,
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"\d{17}[\dX]",
        "cn.ric",
        ("resident identity", "身份证", *_ID_CUES),
        standalone=True,
        flags=re.IGNORECASE,
    ),  # fmt: skip
    Scheme(
        "NATIONAL_ID",
        r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d",
        "mx.curp",
        ("curp",),
        standalone=True,
        flags=re.IGNORECASE,
    ),  # fmt: skip
    Scheme("NATIONAL_ID", r"\d{3}[ \-]?\d{3}[ \-]?\d{3}", "ca.sin", ("sin", "social insurance", "nas")),
    Scheme("TAX_ID", r"\d{3}[ ]?\d{3}[ ]?\d{2,3}", "au.tfn", ("tfn", "tax file number")),
    Scheme("TAX_ID", r"\d{2,3}-?\d{3}-?\d{3}", "nz.ird", ("ird", "inland revenue")),
    Scheme("NATIONAL_ID", r"\d{13}", "za.idnr", ("south african id", "rsa id", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{6}-\d{7}", "kr.rrn", ("rrn", "resident registration", *_ID_CUES), standalone=True),
    Scheme("NATIONAL_ID", r"\d{4}[ ]?\d{4}[ ]?\d{4}", "jp.in_", ("my number", "individual number", "マイナンバー")),
    Scheme("NATIONAL_ID", r"[1-6]\d{10}", "ee.ik", ("isikukood", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{11}", "tr.tckimlik", ("tc kimlik", "t.c. kimlik", "kimlik", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{11}", "hr.oib", ("oib",)),
    Scheme("NATIONAL_ID", r"\d{6}/?\d{3,4}", "cz.rc", ("rodné číslo", "rodne cislo", "birth number", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{9}", "il.idnr", ("teudat zehut", "israeli id", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{5}-?\d{7}-?\d", "pk.cnic", ("cnic", "nadra", *_ID_CUES)),
    Scheme("NATIONAL_ID", r"\d{6}-?\d{2}-?\d{4}", "my.nric", ("nric", "mykad", *_ID_CUES)),
)

_GENERIC_TOKEN = (
    r"(?:[ ]?\([^()\n]{1,40}\))?"  # "Driver's licence (US, Illinois): ..."
    r"[.:#\-–=]{0,2}[ ]?"
    r"(?i:(?:is|was|es|est|ist|no\.?|nr\.?|n(?:\.[ ]?[°º]?|[°º])\.?|núm\.?|number|num|nummer|numéro|número|numero|of)"
    r"[ ]?){0,2}[:#]?[ ]?"
    r"(?P<value>[A-Za-z]{2,5}[ ]\d{4,8}[ ][A-Za-z0-9]{2,5}|"  # "MORGA 753116 SM9"
    r"[A-Za-z]{0,2}[ ]?\d{2,6}(?:[ ](?:\d{1,6}|[A-Z]{4}(?=[ ]\d))){1,6}|"
    r"[A-Za-z0-9][A-Za-z0-9\-/.]{3,24}(?<=[A-Za-z0-9]))"
    r"(?![A-Za-z0-9])"
)
_GENERIC_SCORE = 0.52
"""Just above the threshold: a UK recogniser's reading of the same token (with its cue) wins."""
_CHECK_TALK = words_regex(CHECK_TALK_CONTEXT)


@dataclass(frozen=True, slots=True)
class _Compiled:
    scheme: Scheme
    regex: re.Pattern[str]
    cues: frozenset[str]
    is_valid: Callable[[str], bool]


def _compile(scheme: Scheme) -> _Compiled:
    # any case: "mi dni es 12345678z" is typed as often as it is printed (values are upper-cased to validate)
    regex = re.compile(
        rf"(?<![A-Za-z0-9\-./])(?:{scheme.shape})(?![A-Za-z0-9]|[\-./][A-Za-z0-9])", scheme.flags | re.IGNORECASE
    )
    return _Compiled(scheme, regex, frozenset(_cue_key(c) for c in scheme.cues), stdnum_validator(scheme.module))


def _cue_key(cue: str) -> str:
    return " ".join(cue.lower().split())


_SCHEMES = tuple(_compile(s) for s in SCHEMES)
_GENERIC_KIND = {_cue_key(cue): kind for kind, cues in GENERIC_CUES for cue in cues}
_ALL_CUES = words_regex({*(c for item in _SCHEMES for c in item.cues), *_GENERIC_KIND})
_TOKEN_AFTER = re.compile(r"(?:'s)?\s*" + _GENERIC_TOKEN)
_TOKEN_BEFORE = re.compile(
    r"(?<![A-Za-z0-9])(?P<value>[A-Za-z]{0,2}\d[A-Za-z0-9]{4,18}(?:[ ][A-Z0-9]{1,6}){0,3})"
    r"[ ]*(?:[-–:,=)(][ ]*)?(?i:(?:that's|that[ ]is|it's|is|was|being|as)[ ]+)?"
    r"(?i:(?:my|his|her|their|your|our|the)[ ]+)?(?i:(?:own|correct|old|new)[ ]+)?$"
)
"""A value just before its cue, with at most a dash and "that's his" between."""
_ANY_STANDALONE = re.compile("|".join(f"(?i:{item.regex.pattern})" for item in _SCHEMES if item.scheme.standalone))
"""Every standalone shape in one pattern: a candidate none of them matches skips the per-scheme regexes."""
# Every scheme's shape is 8-24 characters of letters and digits with single separators;
# candidates are found once, and only candidates with enough digits are tried per scheme.
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9](?:[A-Za-z0-9]|[ .\-/+](?=[A-Za-z0-9])){7,30}")
_WORDS = re.compile(r"\s+")
_FIVE_DIGITS = re.compile(r"(?:\D*\d){4}")
"""At least four digits (an Indian PAN has four), tested in C: the per-character count was most of this
recogniser's time."""


_NOT_AN_ID = re.compile(
    r"(?:19|20)\d\d(?:[/\-](?:\d\d|(?:19|20)\d\d))?|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|0[3589]\d\d[ ]?\d{3}[ ]?\d{3,4}|"
    r"1[01]1"
)
"""Years and tax years, dates, and non-geographic service numbers (0300, 0800, 0500, 0900 ...)."""


def _id_shaped(value: str) -> bool:
    """Five or more digits, or a document number of 8+ letters and digits with three or more digits
    ("IR57BN3K4", Dutch identity cards); "2024" or "A12" after a cue word is not a number, and neither
    is a tax year, a date or a phone number of a service ("national insurance 2024/25 rates")."""
    if _NOT_AN_ID.fullmatch(value):
        return False
    digits = sum(c.isdigit() for c in value)
    if digits >= 5:
        return True
    letters = sum(c.isalpha() for c in value)
    return digits >= 3 and letters >= 2 and len(value) >= 8 and value.upper() == value


class InternationalIdentifier(Recogniser):
    """National identity and tax numbers of other countries (python-stdnum), and cued passports, licences, IDs."""

    name = "international_identifier"

    def find(self, text: NormalisedText) -> list[Finding]:
        """Scheme matches scored by check and cue, then tokens straight after a generic cue."""
        source, lower = text.text, text.lower
        if not has_digit(text):
            return []
        cue_hits = (
            [(_cue_key(_WORDS.sub(" ", m.group())), m.start(), m.end()) for m in _ALL_CUES.finditer(lower)]
            if _ALL_CUES is not None
            else []
        )
        cue_words = {word for word, _, _ in cue_hits}
        findings: dict[tuple[int, int, str], float] = {}
        schemes = [item for item in _SCHEMES if item.scheme.standalone or not item.cues.isdisjoint(cue_words)]
        if schemes:
            for candidate in _CANDIDATE.finditer(source):
                if _FIVE_DIGITS.match(candidate.group()) is None:
                    continue
                window = (max(0, candidate.start() - 1), candidate.end() + 1)
                standalone_shape = _ANY_STANDALONE.search(source, *window) is not None
                for item in schemes:
                    if item.scheme.standalone and not standalone_shape:
                        continue
                    for match in item.regex.finditer(source, *window):
                        score = self._score(item, match, lower, cue_hits)
                        if score is not None:
                            key = (match.start(), match.end(), item.scheme.kind)
                            findings[key] = max(score, findings.get(key, 0.0))
        for word, start, end in cue_hits:
            kind = _GENERIC_KIND.get(word)
            if kind is None:
                continue
            # the value straight after its cue, or just before it ("QQ12345C - that's his national insurance number")
            token = _TOKEN_AFTER.match(source, end) or _TOKEN_BEFORE.search(source, max(0, start - 60), start)
            if token is None:
                continue
            value = token.group("value")
            if not _id_shaped(value) or self._talks_about_checks(lower, start, token.end()):
                continue
            key = (token.start("value"), token.end("value"), kind)
            findings[key] = max(_GENERIC_SCORE, findings.get(key, 0.0))
        return [
            Finding(kind, start, end, score, self.name, Sensitivity.PERSONAL)
            for (start, end, kind), score in findings.items()
        ]

    def _score(
        self, item: _Compiled, match: re.Match[str], lower: str, cue_hits: list[tuple[str, int, int]]
    ) -> float | None:
        start, end = match.span()
        valid = item.is_valid(only_alphanumerics(match.group()) if item.scheme.module != "us.ssn" else match.group())
        cued = any(
            word in item.cues and start - _CUE_BEFORE <= cue_end and cue_start <= end + _CUE_AFTER
            for word, cue_start, cue_end in cue_hits
        )
        if valid:
            if cued:
                return _CUED_SCORE
            # a lower-case shape alone is too often a word run into a number ("world2022s"): it needs its cue
            standalone = item.scheme.standalone and match.group() == match.group().upper()
            return _STANDALONE_SCORE if standalone else None
        if cued and not self._talks_about_checks(lower, start, end):
            return _FAILED_CUED_SCORE
        return None

    @staticmethod
    def _talks_about_checks(lower: str, start: int, end: int) -> bool:
        return _CHECK_TALK is not None and _CHECK_TALK.search(lower, max(0, start - 60), end + 60) is not None
