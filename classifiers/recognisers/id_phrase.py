"""Identity and tax numbers named by a phrase rather than by one fixed cue word (strict mode).

`international.py` and `stdnum_cued.py` know the names of particular schemes ("PESEL",
"codice fiscale") and `id_cues.py` lists fixed phrases ("id number", "passport no").
People and forms name the same documents in endless combinations: "ID document no.",
"national register number", "Personal ID code", "citizen ID", "health insurance
number", "identity document", "Tax No.", "i.d. number". This recogniser reads such a
phrase by its grammar instead of listing it:

* a *qualifier* that says the number identifies a person or a taxpayer (national,
  personal, citizen, resident, residence, voter, civil, tax, taxpayer, fiscal, social
  security, health insurance, medicare, identity, identification, ID, passport, visa,
  permit, alien, immigration, birth, population register...), one to three of them,
* then a *head* that says a value follows (number, no., nr, #, code, card, document,
  ID, identifier, register number) or a colon;
* then, within a few filler words ("is", "of the applicant", "(Kenya)", "issued in
  Lagos", "serial"), an ID-shaped token: five digits or more, or three digits or more
  mixed with capital letters, separators allowed ("850412-5800-08-3", "A123456(7)").
  The value may also come just before the phrase ("X4471229 is my identity document").
* or a nationality and up to three words naming the document, then the value: "Brazilian RG
  12.345.678-9", "Afghan tazkira number ...", "Kazakh IIN ...", whatever the scheme is called.

Recall first (DESIGN.md): no checksum is asked for, since the scheme is unknown and a
mistyped number is still somebody's. What keeps it off public text: the value must
be ID-shaped and not a year, a date, an amount, a count ("rose by 12345
applications") or a placeholder ("XXXX"); a bare "ID" needs a person-like word or
nothing before it ("Product ID 88421" and "Form ID" are things); an organisation's
number ("our company tax ID", "VAT") and talk about check digits are left alone.

Strict mode only, as a fallback: a specific recogniser's reading of the same value
(an SSN, a NINO, a PESEL) names the kind more precisely and wins.
"""

from __future__ import annotations

import re

from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import CHECK_TALK_CONTEXT, Recogniser, has_digit, words_regex
from classifiers.recognisers.id_cues import DEMONYMS
from classifiers.recognisers.id_values import (
    ORGANISATION_WORDS,
    followed_by_unit,
    is_placeholder_value,
    looks_like_count,
    not_an_identifier,
)
from classifiers.types import Finding, Sensitivity

__all__ = ["IdentityNumberPhrase"]

_QUALIFIER_WORDS = (
    "national", "nat'l", "natl", "nat'l.", "personal numeric", "personal", "citizen", "citizen's", "citizenship",
    "civil", "resident", "resident's", "residence", "residency", "voter", "voter's", "electoral", "tax", "taxpayer",
    "taxpayer's", "fiscal", "social security", "social sec", "social sec.", "social insurance", "health insurance",
    "medical insurance", "sickness insurance", "insurance", "insured person", "insured person's", "medicare",
    "health card", "identity", "identification", "id", "i.d", "i.d.", "i. d.", "passport", "visa", "permit",
    "alien", "immigration", "birth", "population", "family register", "register", "registration", "foreign",
    "foreigner", "foreigner's", "state", "federal", "government", "unique", "single", "individual", "people's",
    "peoples", "krankenversicherten", "versicherten", "steuer", "sozialversicherungs", "carte", "vitale",
    "documento", "numero", "número", "numéro", "codice", "code", "cod",
)  # fmt: skip
_HEAD_WORDS = (
    "number", "numbers", "num", "num.", "no", "no.", "nos", "nos.", "nr", "nr.", "n°", "n°.", "nº", "nº.", "#",
    "code", "codes", "card", "cards", "document", "documents", "doc", "docs", "id", "ids", "i.d", "i.d.", "i. d.",
    "identifier", "identifiers", "register number", "nummer", "reg no", "reg. no", "reg no.", "reg. no.", "regno",
    "serial",
)  # fmt: skip


def _trie(words: tuple[str, ...]) -> str:
    """The words as one prefix-tree alternation (`regex_build.words_regex`), without its word boundaries."""
    built = words_regex(words)
    assert built is not None  # a non-empty list always builds
    return built.pattern.removeprefix("(?<![a-z0-9])").removesuffix("(?![a-z0-9])")


_QUALIFIER = _trie(_QUALIFIER_WORDS)
_HEAD = _trie(_HEAD_WORDS)
_PHRASE = re.compile(
    rf"(?<![a-z0-9])(?P<phrase>(?:{_QUALIFIER})(?:[ \-/]{_QUALIFIER}){{0,2}}(?:[ \-]?{_HEAD})?)(?![a-z0-9])"
)
"""A qualifier run, then an optional head (lower-case text)."""
_STRONG_WORD = re.compile(
    r"(?<![a-z])(?:national|personal|citizen|civil|resident|residence|voter|tax|taxpayer|fiscal|social|insurance|"
    r"insured|medicare|identity|identification|id|i\.[ ]?d|passport|visa|permit|alien|immigration|population|"
    r"foreigner|krankenversicherten|versicherten|steuer|sozialversicherungs|vitale|documento)(?![a-z])"
)
"""At least one word of the phrase must say "identity or tax" ("registration number" alone is a car's or a firm's)."""
_HAS_HEAD = re.compile(rf"(?<![a-z]){_HEAD}$|(?<![a-z])(?:id|i\.[ ]?d\.?)(?![a-z])")
_FILLER = re.compile(
    r"(?:[ ]*(?:\([^()\n]{1,40}\)|[:#=\-–]|is|was|reads|shows|of|for|on|it|its|the|a|an|my|his|her|their|our|your|"
    r"applicant'?s?|claimant'?s?|client'?s?|customer'?s?|holder'?s?|tenant'?s?|person'?s?|no\.?|nr\.?|number|"
    r"serial|issued(?:[ ]+(?:in|by))?[ ]+[A-Z][a-z]+|in[ ]+[A-Z][a-z]+|[A-Z][a-z]+|,))*[ ]*",
)
"""Words that may stand between the phrase and its value ("of the applicant", "(Kenya)", "issued in Abuja:")."""
_FILLER_MAX = 48
_VALUE = re.compile(
    r"(?P<value>(?:[A-Za-z]{1,6}[ \-]?)?\d[A-Za-z0-9]*(?:(?:[.\-/]|[ ](?=[A-Za-z]{0,2}\d))[A-Za-z0-9]+){0,7}"
    r"(?:\([0-9A-Za-z]\))?)(?![A-Za-z0-9])"
)
_BEFORE = re.compile(
    r"(?<![A-Za-z0-9])(?P<value>(?:[A-Za-z]{1,6})?\d[A-Za-z0-9]*(?:[.\-/ ][A-Za-z0-9]*\d[A-Za-z0-9]*){0,6})"
    r"[ ]*(?:[-–:,)(][ ]*)?(?i:(?:that's|that[ ]is|it's|is|was|being|as)[ ]+)?"
    r"(?i:(?:my|his|her|their|your|our|the)[ ]+)?(?i:(?:own|correct|old|new|current)[ ]+)?$"
)
_BARE_ID = re.compile(r"(?:id|i\.[ ]?d\.?)$")
_THING_BEFORE = re.compile(
    r"(?<![a-z])(?:form|product|order|item|session|transaction|device|request|event|job|build|batch|file|message|"
    r"process|thread|column|row|table|field|object|class|app|application|user|account|customer|client|ticket|"
    r"case|record|post|page|video|track|game|model|version|part|sku|task|note|report|employer|company|vendor|"
    r"supplier|merchant|store|shop|product[ ]line|tracking|order[ ]line|contract|project|asset|policy)"
    r"(?:'s)?[ ]+$"
)
"""A bare "ID" after one of these names a thing's number ("Product ID 88421"), not a person's document."""
_ORGANISATION = words_regex(ORGANISATION_WORDS)
_CHECK_TALK = words_regex(CHECK_TALK_CONTEXT)
_PHONE_WORDS = words_regex(("phone", "telephone", "dial", "dialled", "country code", "calling code", "e164", "mobile"))
_DEMONYM = words_regex(DEMONYMS)
_DOCUMENT_WORDS = re.compile(r"(?:[ ]+[A-Za-zÀ-ž][A-Za-zÀ-ž.'\-]{0,19}){1,3}[ ]*(?:no\.?|nr\.?|number|#)?[ ]*[:#]?[ ]*")
"""Up to three words after the nationality: the document's name as its holder writes it ("RG", "tazkira number")."""
_NOT_A_DOCUMENT = re.compile(
    r"(?<![a-z])(?:population|gdp|economy|exports?|imports?|budget|debt|yen|dollars?|pesos?|rupees?|shillings?|naira|"
    r"rand|euros?|pounds?|francs?|dinars?|dirhams?|riyals?|won|yuan|lira|phone|mobile|telephone|cell|whatsapp|"
    r"company|firm|business|bank|troops|soldiers|people|citizens|students|workers|refugees|voters|cases|deaths|"
    r"visitors|tourists|flights?|calories|km|miles|kilometres|metres|feet|tonnes|year|years|census|election|war|"
    r"veterans|army|navy|numbered|totalled|reached|were|was|are|is|had|has|sold|grew|rose|fell|killed|carried|cost|"
    r"paid|earned|made|won|lost|scored|averaged|attendance|about|around|over|nearly|almost)(?![a-z])"
)
"""Words after a nationality that make the number a quantity, a price or a line, not a person's document."""
_SCORE = 0.55
_DIGITS = re.compile(r"\d(?:[ .\-/()]{0,2}\d){3,}")
"""Four digits or more, separators between: where a value may be."""
_PHRASE_BEFORE, _PHRASE_AFTER = _FILLER_MAX + 28, 30
_DEMONYM_BEFORE = 48
"""How far before a value its phrase may start, and how far after it (value first: "X4471229 is my ID")."""


def _kind(phrase: str) -> str:
    if "passport" in phrase:
        return "PASSPORT_NUMBER"
    if re.search(r"(?<![a-z])(?:tax|taxpayer|fiscal|steuer)", phrase):
        return "TAX_ID"
    return "NATIONAL_ID"


def _id_shaped(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if digits >= 5:
        return True
    letters = sum(c.isalpha() for c in value)
    return digits >= 3 and letters >= 1 and len(value) >= 6 and value.upper() == value


class IdentityNumberPhrase(Recogniser):
    """An ID-shaped token next to a phrase that names an identity or tax document (module docstring)."""

    name = "identity_number_phrase"
    strict_only = True
    fallback = True

    def find(self, text: NormalisedText) -> list[Finding]:
        """Each phrase with a head, then its value after it (or just before it)."""
        if not has_digit(text):
            return []
        source, lower = text.text, text.lower
        found: dict[tuple[int, int], str] = {}
        clusters = [m.span() for m in _DIGITS.finditer(lower)]
        if not clusters:
            return []
        windows = _windows(lower, clusters)
        for match in self._phrases(lower, windows):
            phrase = match.group("phrase")
            if _STRONG_WORD.search(phrase) is None:
                continue
            start, end = match.span()
            colon = lower.startswith(":", end) or lower.startswith(" :", end)
            if _HAS_HEAD.search(phrase) is None and not colon and " " not in phrase.strip():
                continue  # one qualifier alone ("tax 2024") needs a head or a colon; two ("carte vitale") do not
            if _BARE_ID.fullmatch(phrase) and _THING_BEFORE.search(lower, max(0, start - 30), start) is not None:
                continue
            if _ORGANISATION is not None and _ORGANISATION.search(lower, max(0, start - 40), start) is not None:
                continue
            if _PHONE_WORDS is not None and _PHONE_WORDS.search(lower, max(0, start - 40), end) is not None:
                continue  # "Country Code: 1 National Number: 6502532222" is a telephone's national number
            span = self._value_after(source, end) or self._value_before(source, start)
            if span is None:
                continue
            if _CHECK_TALK is not None and _CHECK_TALK.search(lower, max(0, start - 60), span[1] + 60) is not None:
                continue
            found.setdefault(span, _kind(phrase))
        for span in self._after_demonyms(source, lower, _windows(lower, clusters, _DEMONYM_BEFORE, 0)):
            found.setdefault(span, "NATIONAL_ID")
        return [Finding(kind, s, e, _SCORE, self.name, Sensitivity.PERSONAL) for (s, e), kind in found.items()]

    @staticmethod
    def _after_demonyms(source: str, lower: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """ "Brazilian RG 12.345.678-9", "Afghan tazkira number ...": a nationality, up to three words naming the
        document, then an ID-shaped value, whatever the scheme is called; not an amount, a count or a phone."""
        spans = []
        for start, end in windows:
            if _DEMONYM is None:
                break
            for demonym in _DEMONYM.finditer(lower, start, end):
                words = _DOCUMENT_WORDS.match(source, demonym.end())
                if words is None or _NOT_A_DOCUMENT.search(lower, demonym.end(), words.end()) is not None:
                    continue
                value = _VALUE.match(source, words.end())
                if value is None:
                    continue
                span = _accepted(source, value.start("value"), value.end("value"))
                if span is not None and followed_by_unit(source, span[1]):
                    continue  # "Indian Railways carried 23000000 passengers"
                if span is not None and _CHECK_TALK is not None and _CHECK_TALK.search(lower, start, end) is None:
                    spans.append(span)
        return spans

    @staticmethod
    def _phrases(lower: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
        """Phrases near a cluster of digits only (`_windows`)."""
        seen: dict[tuple[int, int], re.Match[str]] = {}
        for start, end in windows:
            for match in _PHRASE.finditer(lower, start, end):
                seen.setdefault(match.span(), match)
        return list(seen.values())

    @staticmethod
    def _value_after(source: str, end: int) -> tuple[int, int] | None:
        filler = _FILLER.match(source, end, min(len(source), end + _FILLER_MAX))
        position = filler.end() if filler is not None else end
        value = _VALUE.match(source, position)
        if value is None:
            return None
        return _accepted(source, value.start("value"), value.end("value"))

    @staticmethod
    def _value_before(source: str, start: int) -> tuple[int, int] | None:
        value = _BEFORE.search(source, max(0, start - 40), start)
        if value is None:
            return None
        return _accepted(source, value.start("value"), value.end("value"))


_LONGEST_WORD = 64


def _windows(
    lower: str, clusters: list[tuple[int, int]], before: int = _PHRASE_BEFORE, after: int = _PHRASE_AFTER
) -> list[tuple[int, int]]:
    """Stretches of text around clusters of digits (`_DIGITS`): values are rare, phrase words are not, so the
    long alternations run on a few short windows instead of the whole text."""
    windows: list[tuple[int, int]] = []
    for cluster_start, cluster_end in clusters:
        start, end = max(0, cluster_start - before), cluster_end + after
        # never open inside a word; a run longer than any word (a hex blob) is cut, or every cluster
        # in it would walk back to its start (quadratic)
        floor = max(0, start - _LONGEST_WORD, windows[-1][1] if windows else 0)
        while start > floor and lower[start - 1].isalnum():
            start -= 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _accepted(source: str, start: int, end: int) -> tuple[int, int] | None:
    value = source[start:end].strip()
    end = start + len(value)
    if not _id_shaped(value) or not_an_identifier(value) or is_placeholder_value(value):
        return None
    if looks_like_count(source, start, end):
        return None
    return start, end
