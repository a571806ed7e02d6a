"""Redaction's full-span pass: the names the level pass had no reason to look for.

The level pass stops looking for names once the rules have decided `personal` (an NHS
number makes the text personal whoever is named), so its findings hold every
identifier but only the names the rules recognise. A redacted request must lose
every name, so NER has to look at the rest, but NER over every sentence costs about
20 ms of CPU per KB here, twenty times the rules. Most sentences need none of it: NER
runs only on the sentences that still hold a capitalised word no finding covers
(`has_name_candidate` on the text with the findings' values blanked out, and with
weekday and unambiguous month names, capitalised in English, ignored). A sentence whose
only capitalised words are a name the rules already found, an identifier or
"Saturday" costs nothing.

What NER finds there is redacted as the aggregator would count it in a personal text:
every person's name (an identifier being present makes every name personal; two or
three capitalised words NER calls an organisation count too when none is an
organisation word), a date next to birth wording, and a place in a sentence that also
names a person. Not redacted: a place NER would find in a sentence whose capitals are
all explained (a road number such as "A64" beside a name the rules found).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from classifiers.cues import Sentence, split_sentences
from classifiers.names import PERSON, looks_like_person_name
from classifiers.ner import Entity, NerTagger, has_name_candidate, may_hold_name_candidate, sentence_windows
from classifiers.normalise import NormalisedText
from classifiers.recognisers.date_of_birth import DateOfBirth
from classifiers.types import Finding, Sensitivity

EntityMapper = Callable[[Entity, int, NormalisedText], Finding | None]

__all__ = ["CALENDAR_WORDS", "name_parts", "names_beyond", "unexplained_windows"]

CALENDAR_WORDS = re.compile(
    r"(?=[MTWFSJOND])"
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|September|October|November|December)\b"
)
"""Capitalised in English and never a name; months that are also given names (April, May, June) stay in.

The look-ahead for a first letter lets the scan pass most characters with one class test
(about half the time over 1 KB); it matches exactly what the alternation alone would.
"""


def unexplained_windows(text: NormalisedText, found_values: Iterable[str]) -> list[tuple[int, int]]:
    """NER windows over the sentences of `text` with a capitalised word no found value explains.

    Args:
        text: The normalised text.
        found_values: The text of every finding already made: blanked wherever they
            occur as whole words (another occurrence names the same thing, and is
            redacted with it).
    """
    return _unexplained(text.text, found_values)[1]


def names_beyond(
    ner: NerTagger, text: NormalisedText, found_values: Sequence[str], to_finding: EntityMapper
) -> list[Finding]:
    """What NER finds in `unexplained_windows`, as findings in the original text's offsets.

    Args:
        ner: The classifier's tagger.
        text: The normalised text.
        found_values: The text of every finding the level pass made.
        to_finding: The classifier's mapping from a spaCy entity to a candidate finding.

    Raises:
        NerUnavailable: The pipeline cannot be loaded or failed.
    """
    sentences, windows = _unexplained(text.text, found_values)
    if not windows:  # every capital explained: nothing for NER to read
        return []
    tagged = ner.entities([text.text[start:end] for start, end in windows])
    found = [
        finding
        for (start, _), entities in zip(windows, tagged, strict=True)
        for entity in entities
        if (finding := _as_finding(entity, start, text, to_finding)) is not None
    ]
    named = {
        index
        for index, sentence in enumerate(sentences)
        if any(value and value in text.text[sentence.start : sentence.end] for value in found_values)
        or any(f.kind == PERSON and sentence.start <= f.start < sentence.end for f in found)
    }
    kept = [f for f in found if f.kind in _ALWAYS_KINDS or _sentence_index(sentences, f.start) in named]
    return [replace(f, start=s, end=e) for f in kept for s, e in [text.to_original(f.start, f.end)]]


def _masked(text: str, found_values: Iterable[str]) -> str:
    """`text` with every found value and calendar word blanked: the capitals left are unexplained.

    A value is blanked where it stands as whole words only ("Lee" found must not hide the
    "Leeds" beside it), the longest first where two start together, as the regular
    expression `(?<!\\w)(?:longest|...|shortest)(?!\\w)` would: found by `str.find`, since
    compiling that expression for each request's values cost more (~40 µs) than the rest
    of the pass.
    """
    values = {value for value in found_values if value.strip()}
    starts = sorted((start, -len(value)) for value in values for start in _whole_word_starts(text, value))
    pieces: list[str] = []
    position = 0
    for start, negative_length in starts:
        if start >= position:
            pieces += (text[position:start], " " * -negative_length)
            position = start - negative_length
    pieces.append(text[position:])
    return CALENDAR_WORDS.sub(_blank, "".join(pieces))


def _whole_word_starts(text: str, value: str) -> Iterator[int]:
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if not (start and _is_word(text[start - 1])) and not (end < len(text) and _is_word(text[end])):
            yield start
        start = text.find(value, start + 1)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


def _unexplained(text: str, found_values: Iterable[str]) -> tuple[tuple[Sentence, ...], list[tuple[int, int]]]:
    """The text's sentences and the NER windows over those whose masked text still holds a name candidate.

    When no candidate is left anywhere, neither is computed: no sentence can hold one.
    """
    masked = _masked(text, found_values)
    if not may_hold_name_candidate(masked):
        return (), []
    sentences = split_sentences(text)
    unexplained = [(s.start, s.end) for s in sentences if has_name_candidate(masked, s.start, s.end)]
    return sentences, sentence_windows(text, unexplained)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _sentence_index(sentences: Sequence[Sentence], position: int) -> int:
    return next((i for i, s in enumerate(sentences) if s.start <= position < s.end), -1)


def _as_finding(entity: Entity, offset: int, text: NormalisedText, to_finding: EntityMapper) -> Finding | None:
    """The classifier's mapping, plus an ORG that reads as a name of unknown given name (a person here)."""
    finding = to_finding(entity, offset, text)
    words = entity.text.split()
    if finding is None and entity.label == "ORG" and looks_like_person_name(words, given_name_known=False):
        return Finding(PERSON, entity.start + offset, entity.end + offset, 0.5, "spacy_ner", Sensitivity.PERSONAL)
    return finding


_ALWAYS_KINDS = frozenset({PERSON, DateOfBirth.kind})
"""Redacted wherever NER finds them; a place only in a sentence that also names someone."""


_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir dame lady lord rev revd cllr councillor".split())
_NAME_PART = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
"""A word of letters in any script, with its hyphens and apostrophes ("O'Neill", "Lee-Smith", "Wójcik")."""
_POSSESSIVE_END = re.compile(r"['’]s$")


def name_parts(values: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each given name and surname of the found names, as values of their own.

    "Maurice O'Neill" in the header of an e-mail is often "Maurice" at its foot; the part
    names the same person. Titles are not parts ("Mr" is nobody), and neither is a
    one-letter initial.
    """
    parts: dict[str, str] = {}
    for kind, value in values:
        if kind != PERSON or " " not in value.strip():
            continue
        for token in value.split():
            # a whole word of letters ("LS1 4AB", which NER took for a name, has none), its possessive off
            word = _POSSESSIVE_END.sub("", token.strip(".,;:()[]\"'‘’“”"))
            if _NAME_PART.fullmatch(word) is None:
                continue
            # a capital first (or a script without case: Arabic, Chinese); not an initial or a title
            if len(word) > 1 and not word[0].islower() and word.lower() not in _TITLES:
                parts.setdefault(word, kind)
    return [(kind, word) for word, kind in parts.items()]
