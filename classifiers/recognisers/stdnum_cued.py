"""Personal and tax identifiers of ~100 countries, found from python-stdnum's own names for them.

`international.py` lists hand-written shapes for the schemes departments meet most
often. This recogniser covers the long tail without a hand-written pattern per
country: for every python-stdnum module in `MODULES` (identifiers of people, and tax
numbers that individuals hold), the cue words are read from the module's own
docstring, whose first line names the number the way people write it
("CUIT (Código Único de Identificación Tributaria, Argentinian tax number).",
"Kennitala (Icelandic personal and organisation identity code).") plus a few
common spellings the docstrings omit (`EXTRA_CUES`). Where such a cue occurs, the
nearest identifier-shaped token (at least four digits) after it, or just before it,
is checked with that module's `is_valid`:

* the check passes -> personal, scored high;
* the check fails -> still personal (DESIGN.md, recall first: a mistyped number next
  to its name is still somebody's), at a lower score, unless the text talks about
  check digits (`base.CHECK_TALK_CONTEXT`), or the cue is an abbreviation with
  other common meanings ("CI", "PIN", "BIS"), evidence only with a passing check.

Abbreviations of up to four letters ("NIF", "RFC", "AMKA") count only when written
in capitals, so the words "nip", "inn" or "pin" in running text are not cues.
Nothing runs on a text without a digit or without a cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import import_module

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import (
    CHECK_TALK_CONTEXT,
    Recogniser,
    has_digit,
    only_alphanumerics,
    stdnum_validator,
    words_regex,
)
from classifiers.recognisers.id_values import ORGANISATION_WORDS, looks_like_count
from classifiers.types import Finding, Sensitivity

__all__ = ["EXTRA_CUES", "MODULES", "CuedStdnumIdentifier", "cues_of", "stdnum_kind"]

MODULES: tuple[str, ...] = (
    "ad.nrt", "al.nipt", "ar.cuit", "ar.dni", "at.tin", "at.vnr", "au.tfn", "az.voen", "be.bis", "be.eid",
    "be.nn", "be.ssn", "bg.egn", "bg.pnf", "br.cpf", "ca.bc_phn", "ca.sin", "ch.ssn", "cl.rut", "cn.ric",
    "co.nit", "cr.cpf", "cr.cr", "cu.ni", "cz.rc", "de.idnr", "de.stnr", "dk.cpr", "do.cedula", "dz.nif",
    "ec.ci", "ee.ik", "es.dni", "es.nie", "es.nif", "fi.hetu", "fi.veronumero", "fo.vn", "fr.nif", "fr.nir",
    "gh.tin", "gn.nifp", "gr.amka", "gr.vat", "gt.nit", "hr.oib", "id.nik", "id.npwp", "ie.pps", "il.idnr",
    "in_.aadhaar", "in_.epic", "in_.pan", "in_.vid", "is_.kennitala", "it.codicefiscale", "jp.in_", "ke.pin",
    "kr.rrn", "li.peid", "lt.asmens", "me.pib", "mk.edb", "mu.nid", "mx.curp", "mx.rfc", "my.nric", "mz.nuit",
    "nl.bsn", "nl.identiteitskaartnummer", "nl.onderwijsnummer", "no.fodselsnummer", "nz.ird", "pe.cui",
    "pk.cnic", "pl.nip", "pl.pesel", "pt.cc", "pt.nif", "py.ruc", "ro.cnp", "rs.pib", "ru.inn", "se.personnummer",
    "si.emso", "sk.rc", "sv.nit", "th.pin", "th.tin", "tn.mf", "tr.tckimlik", "tr.vkn", "ua.rntrc", "us.atin",
    "us.itin", "us.ptin", "us.ssn", "us.tin", "uy.rut", "ve.rif", "vn.mst", "za.idnr", "za.tin",
)  # fmt: skip
"""python-stdnum modules for numbers that identify a person or that individuals hold as taxpayers."""

EXTRA_CUES: dict[str, tuple[str, ...]] = {
    "gr.vat": ("AFM", "tax registration number"),
    "gr.amka": ("social security number",),
    "de.stnr": ("steuer-nr", "steuer nr"),
    "at.vnr": ("sozialversicherungsnummer",),
    "at.tin": ("steuernummer",),
    "es.nif": ("número de identificación fiscal",),
    "pt.nif": ("contribuinte", "número de contribuinte"),
    "ru.inn": ("INN", "taxpayer number"),
    "ua.rntrc": ("ІПН", "ИНН", "taxpayer card"),
    "th.pin": ("thai id", "thai national id"),
    "ec.ci": ("cédula de identidad", "cedula de identidad"),
    "do.cedula": ("cédula", "cedula"),
    "cr.cpf": ("cédula",),
    "id.nik": ("KTP",),
    "si.emso": ("EMŠO", "EMSO", "emšo"),
    "lt.asmens": ("asmens kodas", "personal code"),
    "ar.dni": ("DNI",),
    "us.ptin": ("preparer tax",),
    "fi.veronumero": ("veronumero", "tax number"),
    "mx.rfc": ("RFC",),
    "ch.ssn": ("AHV-Nr", "AVS", "AHV"),
}
"""Spellings in common use that the module's docstring does not give (Latin transliterations, local words)."""

_CUED_VALID, _CUED_FAILED = 0.85, 0.6
_AFTER, _BEFORE = 40, 25
"""Characters after a cue (and before it) where the identifier may be written."""
_MIN_DIGITS = 5
"""Digits a token needs to count with a failed check; with fewer (an Indian PAN has four), only a passing
check counts."""
_MIN_DIGITS_VALID = 4
_SHORT = 4
"""Abbreviations up to this many letters must be written in capitals to count as cues."""
_DOCLINE = re.compile(r"^(?P<head>[^(]+?)\s*(?:\((?P<inner>.*)\))?\s*\.?\s*$")
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:(?:[.\-/]|[ ](?=\d))[A-Za-z0-9]+)*")
_CHECK_TALK = words_regex(CHECK_TALK_CONTEXT)
_ORGANISATION = words_regex(ORGANISATION_WORDS)
_GENERIC_WORDS = frozenset({"number", "code", "id", "no", "nr", "the", "identifier", "lithuanian"})
"""Docstring fragments that are not names of a number ("Asmens kodas (Lithuanian, personal numbers)")."""
_NEEDS_CHECK = frozenset({"BIS", "PIN", "PAN", "EPIC", "IN", "CC", "NI", "NN", "CR", "CI", "MF", "RČ"})
"""Cues that are also ordinary abbreviations: evidence only together with a passing check."""


@dataclass(frozen=True, slots=True)
class _Scheme:
    module: str
    kind: str
    is_valid: Callable[[str], bool]


def _split_names(part: str) -> list[str]:
    return [p.strip(" .") for p in part.split(",") if p.strip(" .")]


def cues_of(module: str) -> tuple[str, ...]:
    """The cue words for a python-stdnum module: names from its docstring plus `EXTRA_CUES`."""
    doc = (import_module(f"stdnum.{module}").__doc__ or "").strip().splitlines()
    names: list[str] = list(EXTRA_CUES.get(module, ()))
    if doc:
        match = _DOCLINE.match(doc[0])
        if match:
            names += _split_names(match.group("head").replace(" or ", ", "))
            names += _split_names(match.group("inner") or "")
    words = []
    for name in names:
        clean = " ".join(name.replace("No.", "").replace("nr.", "").replace("sometimes ", "").split()).strip(' ."')
        if len(clean) < 2 or clean.lower() in _GENERIC_WORDS:
            continue
        words.append(clean)
    return tuple(dict.fromkeys(words))


def _kind(module: str) -> str:
    first = (import_module(f"stdnum.{module}").__doc__ or "").strip().splitlines()[0].lower()
    return "TAX_ID" if any(w in first for w in ("tax", "vat", "fiscal", "tribut", "contribuyente")) else "NATIONAL_ID"


@cache
def _tables() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, list[_Scheme]]]:
    """(case-insensitive cue regex, capitals-only cue regex, cue key -> schemes); built once, on first use."""
    by_cue: dict[str, list[_Scheme]] = {}
    long_cues: set[str] = set()
    short_cues: set[str] = set()
    for module in MODULES:
        scheme = _Scheme(module, _kind(module), stdnum_validator(module))
        for cue in cues_of(module):
            letters = sum(c.isalpha() for c in cue)
            if letters <= _SHORT and cue.upper() == cue:
                short_cues.add(cue)
                key = cue
            else:
                long_cues.add(cue.lower())
                key = cue.lower()
            by_cue.setdefault(key, []).append(scheme)
    alternatives = "|".join(re.escape(c) for c in sorted(short_cues, key=len, reverse=True))
    short = re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])") if short_cues else None
    return words_regex(long_cues), short, by_cue


def stdnum_kind(name: str) -> str | None:
    """`TAX_ID` or `NATIONAL_ID` when `name` (lower case) is one of the cues for a module; None otherwise.

    Used for field names ("cuit", "kennitala", "codice fiscale"): abbreviations match
    whatever their case, since keys are lower-cased; the ambiguous ones (`_NEEDS_CHECK`) never.
    """
    _, _, by_cue = _tables()
    for key in (name, name.upper()):
        schemes = by_cue.get(key)
        if schemes and key not in _NEEDS_CHECK:
            return schemes[0].kind
    return None


def _strong(cue: str) -> bool:
    """A cue that makes a failed check still personal: not a short abbreviation with other common meanings."""
    return cue not in _NEEDS_CHECK


class CuedStdnumIdentifier(Recogniser):
    """Identifiers next to their name as python-stdnum writes it, checked with python-stdnum."""

    name = "stdnum_cued"

    def find(self, text: NormalisedText) -> list[Finding]:
        """For each cue, the nearest ID-shaped token after (or just before) it, scored by its check."""
        source = text.text
        if not has_digit(text):
            return []
        long_re, short_re, by_cue = _tables()
        found: dict[tuple[int, int], Finding] = {}
        for cue, start, end in self._cues(text, long_re, short_re):
            token = self._token_near(source, start, end)
            if token is None or self._talks_about_checks(text.lower, *token):
                continue
            if looks_like_count(source, *token) or self._organisation_near(text.lower, start, end):
                continue  # "rose by 12345 applications"; "our company tax ID" is a firm's number
            value = only_alphanumerics(source[token[0] : token[1]])
            schemes = by_cue[cue]
            valid = next((s for s in schemes if s.is_valid(value)), None)
            if valid is None and (not _strong(cue) or sum(c.isdigit() for c in value) < _MIN_DIGITS):
                continue
            score = _CUED_VALID if valid is not None else _CUED_FAILED
            kind = (valid or schemes[0]).kind
            previous = found.get(token)
            if previous is None or previous.score < score:
                found[token] = Finding(kind, token[0], token[1], score, self.name, Sensitivity.PERSONAL)
        return list(found.values())

    @staticmethod
    def _cues(
        text: NormalisedText, long_re: re.Pattern[str] | None, short_re: re.Pattern[str] | None
    ) -> Iterator[tuple[str, int, int]]:
        if long_re is not None:
            for match in long_re.finditer(text.lower):
                yield " ".join(match.group().split()), match.start(), match.end()
        if short_re is not None:
            for match in short_re.finditer(text.text):
                yield match.group(), match.start(), match.end()

    @staticmethod
    def _token_near(source: str, start: int, end: int) -> tuple[int, int] | None:
        """The first ID-shaped token within `_AFTER` characters after the cue, else the last one just before it."""
        for match in _TOKEN.finditer(source, end, min(len(source), end + _AFTER)):
            if sum(c.isdigit() for c in match.group()) >= _MIN_DIGITS_VALID and match.start() - end <= _AFTER:
                return _extend(source, match.start(), match.end())
        before = [
            m
            for m in _TOKEN.finditer(source, max(0, start - _BEFORE), start)
            if sum(c.isdigit() for c in m.group()) >= _MIN_DIGITS_VALID
        ]
        return before[-1].span() if before else None

    @staticmethod
    def _organisation_near(lower: str, start: int, end: int) -> bool:
        return _ORGANISATION is not None and _ORGANISATION.search(lower, max(0, start - 40), start) is not None

    @staticmethod
    def _talks_about_checks(lower: str, start: int, end: int) -> bool:
        return _CHECK_TALK is not None and _CHECK_TALK.search(lower, max(0, start - 60), end + 60) is not None


def _extend(source: str, start: int, end: int) -> tuple[int, int]:
    """A token cut by the search window's end is extended to its full length."""
    match = _TOKEN.match(source, start)
    return (start, match.end()) if match is not None else (start, end)
