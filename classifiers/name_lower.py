"""Person names in lower-case text (chat, speech-to-text), where capitals no longer mark a name.

Split out of `names.py`, which calls `lower_case_names_anywhere` on every text: the whole
text when it is lower case, else each lower-case sentence. The rules: a title and a word
("mrs okafor"), a known given name and a word that can be a surname ("jane roe"), two
words that are neither English nor function words ("olusegun bakare"), a name after a
verb that addresses a person ("remind john smith"), and words after a strong cue ("my
neighbour thaddeus"). `surname_like` is shared with the capitalised rules.

Words are compared with their accents folded (`name_words.fold`): "zoltán virág" and
"julianna tóth" are read as "zoltan virag" and "julianna toth", same offsets.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.name_pairs import positioned_pairs, reads_as_name_pair
from classifiers.name_words import FUNCTION_WORDS as _FUNCTION_WORDS
from classifiers.name_words import NOT_GIVEN_NAMES as _NOT_GIVEN_NAMES
from classifiers.name_words import NOT_NAME_ENDS as _NOT_NAME_ENDS
from classifiers.name_words import NOT_NAME_STARTS as _NOT_NAME_STARTS
from classifiers.name_words import NOT_SURNAMES as _NOT_SURNAMES
from classifiers.surnames import SURNAMES
from classifiers.types import Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = ["ADDRESS_VERBS_EXTRA", "LINK", "lower_case_names_anywhere", "surname_like", "welsh_near"]

PERSON = "PERSON"

LINK = r"(?:[ ]+(?:is|was|called|named)(?=[ ]))?"
"""A verb between a cue and the name ("the tenant is Dorota Kowalczyk", "my neighbour called Thaddeus")."""
ADDRESS_VERBS_EXTRA = (
    r"get back to|"
    r"(?:send|forward|pass|give|hand|post|email|e-mail)(?:[ ]+(?:it|this|that|these|them|the|a|an|my|our|his|her|their|"
    r"[a-z]+)){0,4}[ ]+to|spoke to|speak to|speaking to|talk to|talked to|talking to|message|text|cc|"
    r"update the (?:record|file|details|account) (?:for|of)|meet with|met with|meeting with"
)
"""Further verbs that address or act for a person ("forward this to", "spoke to", "update the record for")."""
_LOWER_AFTER_CUE = re.compile(rf"{LINK}[ ,:\-]*(?P<name>[a-z][a-z'\-]+(?:[ ]+[a-z][a-z'\-]+)?)")
_LOWER_TITLE = re.compile(r"(?<![a-z\-])(?:mr|mrs|ms|miss|mx|dr|prof|rev|cllr)\.?[ ]+(?P<name>[a-z][a-z'\-]{1,})")
_LOWER_PAIR = re.compile(r"(?<![a-z])(?=(?P<first>[a-z]{2,})[ ]+(?P<last>[a-z][a-z'\-]{1,})(?![a-z]))")
_LOWER_ADDRESSEE = re.compile(
    r"(?<![a-z])(?:write to|writing to|wrote to|letter to|letter for|email|e-mail|tell|told|contact|"
    r"call(?:[ ]+back)?|ring(?:[ ]+back)?|phone|visit|chase|remind|inform|notify|reply to|respond to|"
    r"on behalf of|apologise to|refund|invite|"
    rf"{ADDRESS_VERBS_EXTRA})[ ]+(?P<first>[a-z][a-z'\-]+)(?:[ ]+(?P<last>[a-z][a-z'\-]+))?(?![a-z])"
)
_LOWER_CASE_SHARE = 0.02
"""Text with fewer capitals than this share of its letters is read as lower-case text."""

_UPPER = re.compile(r"[A-Z]")
_DROP_LOWER = str.maketrans("", "", string.ascii_lowercase)


_LOWER_SPAN = re.compile(r"[^.!?\n]+[.!?]*")


def lower_case_names_anywhere(text: str, cue_ends: list[int]) -> list[Finding]:
    """`_lower_case_names` on the whole text when it is lower case, else on each lower-case sentence.

    A chat line written without capitals keeps its lower-case names when it follows or
    precedes a long properly-capitalised passage (issue 9: a personal sentence at 10 KB is
    found as it is alone).
    """
    if _is_lower_case(text):
        return _lower_case_names(text, cue_ends)
    findings = []
    for span in _LOWER_SPAN.finditer(text):
        piece = span.group()
        if len(piece) >= 12 and _is_lower_case(piece):
            offset = span.start()
            local_cues = [end - offset for end in cue_ends if offset <= end <= span.end()]
            findings += [
                Finding(f.kind, f.start + offset, f.end + offset, f.score, f.recogniser, f.level)
                for f in _lower_case_names(piece, local_cues)
            ]
    return findings


def _is_lower_case(text: str) -> bool:
    upper = len(_UPPER.findall(text))
    if upper >= _LOWER_CASE_SHARE * len(text):
        return False  # decided without counting lower-case letters (there are at most len(text) letters)
    lower = len(text) - len(text.translate(_DROP_LOWER))
    return lower > 0 and upper < _LOWER_CASE_SHARE * (upper + lower)


_WELSH = re.compile(
    r"(?<![a-z'])(?:mae|bydd|yn|wedi|drwy|drwy'r|gyda|eich|ein|gallwch|rydym|chi|ar|i'r|o'r|a'r|y|yr)(?![a-z'])"
)
_WELSH_WORDS = 4
"""Welsh function words within a sentence's reach that make two unknown lower-case words Welsh prose, not a name
("Gallwch ddychwelyd llyfrau drwy'r blwch ar y wal")."""


def welsh_near(text: str, start: int) -> bool:
    """Welsh prose around `start` (lower-case text): neither NER's English model nor the lower-case name rules
    can read names in it."""
    return len(_WELSH.findall(text, max(0, start - 80), start + 80)) >= _WELSH_WORDS


def _split_word(first: str, last: str) -> bool:
    """Two pieces of one English word, as OCR splits them ("cond ition")."""
    return is_english_word(first + last)


def _lower_case_names(text: str, cue_ends: list[int]) -> list[Finding]:
    """Names in lower-case text: given + surname pairs, titles, and words after a strong cue."""
    findings = [
        Finding(PERSON, m.start(), m.end(), 0.6, "person_title", Sensitivity.PERSONAL)
        for m in _LOWER_TITLE.finditer(text)
        if m.group("name") not in _NOT_SURNAMES
    ]
    for match in _LOWER_PAIR.finditer(text):
        first, last = match.group("first"), match.group("last")
        if first in _NOT_NAME_STARTS or last in _NOT_NAME_ENDS or not surname_like(last):
            continue
        if first in GIVEN_NAMES:
            findings.append(_given_name(match.start("first"), match.end("last"), 0.55))
        elif surname_like(first) and not _split_word(first, last) and not welsh_near(text, match.start()):
            # two words that are neither English nor function words ("olusegun bakare", "lars henriksen"):
            # a candidate like any name, personal only with case wording or a strong cue (`aggregate.py`)
            findings.append(
                Finding(PERSON, match.start("first"), match.end("last"), 0.5, "person_lower_pair", Sensitivity.PERSONAL)
            )
    findings += _lower_case_addressees(text)
    findings += _new_spans(findings, positioned_pairs(text, text.lower(), lower_case=True))
    for cue_end in cue_ends:
        after = _LOWER_AFTER_CUE.match(text, cue_end)
        if after is None:
            continue
        words = after.group("name").split()
        known = words[0] in GIVEN_NAMES or words[0] in AMBIGUOUS_GIVEN_NAMES
        if words[0] in _NOT_NAME_STARTS or not (
            known
            or (len(words) > 1 and surname_like(words[0]) and surname_like(words[1]))
            or (len(words) > 1 and reads_as_name_pair(words[0], words[1]))
        ):
            continue
        if len(words) > 1 and words[1] in _NOT_NAME_ENDS | _NOT_GIVEN_NAMES:
            words = words[:1]
        start = after.start("name")
        findings.append(
            Finding(PERSON, start, start + len(" ".join(words)), 0.6, "person_after_cue", Sensitivity.PERSONAL)
        )
    return findings


@lru_cache(maxsize=16384)
def surname_like(word: str) -> bool:
    """A lower-case word that can be a surname: a known one, or not an English word (`vocabulary.py`).

    Cached: lower-case text asks about every word pair, and words repeat.
    """
    if word in SURNAMES:
        return True
    if len(word) < 3 or word in _NOT_NAME_ENDS or word in _NOT_GIVEN_NAMES or word in _FUNCTION_WORDS:
        return False
    parts = [p for p in word.replace("'", "").split("-") if p]
    # a hyphenated word is a surname when a part is ("price-jones"), not when every part is English ("weight-bear")
    return any(p in SURNAMES or not is_english_word(p) for p in parts)


def _lower_case_addressees(text: str) -> list[Finding]:
    """In lower-case text, a name after a verb that addresses a person ("remind john smith", "to kwame asante").

    The first word must be a known given name, or, with a second word, both must read as
    names (known, or not English words): "send it to maria gonzalez", "spoke to kwame asante".
    """
    findings = []
    for match in _LOWER_ADDRESSEE.finditer(text):
        first, last = match.group("first"), match.group("last")
        if first in _NOT_NAME_STARTS or first in _FUNCTION_WORDS:
            continue
        known = first in GIVEN_NAMES
        if last is not None and surname_like(last) and (known or surname_like(first)):
            end = match.end("last")
        elif known:
            end = match.end("first")
        else:
            continue
        findings.append(Finding(PERSON, match.start("first"), end, 0.55, "person_addressee", Sensitivity.PERSONAL))
    return findings


def _new_spans(found: list[Finding], more: list[Finding]) -> list[Finding]:
    """The findings of `more` that overlap none of `found` (a name the other rules already read)."""
    return [m for m in more if not any(f.start < m.end and m.start < f.end for f in found)]


def _given_name(start: int, end: int, score: float) -> Finding:
    return Finding(PERSON, start, end, score, "person_given_name", Sensitivity.PERSONAL)
