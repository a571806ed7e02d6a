"""Rule-based person-name candidates: titles and common given names.

spaCy's small English model misses some names and labels others as ORG, so two
cheap rules run on every text that might need a name:

* a title ("Mr", "Mrs", "Ms", "Dr", "Cllr"...) followed by capitalised words:
  `Mrs J. Patel`, `Dr Sarah Jones`;
* a given name from `given_names.py` followed by a capitalised surname
  (`Sarah Jones`), or on its own when it is not also a common word (`Sarah`);
* a capitalised word (and a second one) right after a strong cue, a possessive and
  a relation or a case role ("my neighbour Thaddeus", "the claimant Ines Varga"),
  the way a person is introduced (the cue positions come from `cues.py`);
* an unknown capitalised word followed by a common surname from `surnames.py`
  (`Ottilie Jones`), unless the first word is a function word, a verb that opens
  an instruction, a place or organisation word ("Please Jones", "North Wales",
  "Leeds City Council"), or an organisation word follows ("Harris Academy").

* two capitalised words after a verb that addresses a person ("write to Eilidh
  Macrae", "tell Kofi Mensah", "chase", "remind", "on behalf of"), unless they are
  place or organisation words;
* the answer in a dialogue turn to a question asking for a name ("Name on the
  account?" -> "Jane Roe"), reported by `person_dialogue` and always a private
  individual's (`name_dialogue.py`);
* in lower-case text (chat, speech-to-text), a known given name followed by a
  known surname (`jane roe`), and lower-case words after an introduction or a
  relation ("my name is jane roe", "my neighbour thaddeus");
* names as records and clinic lists write them: "WILD, Karen", "JANE DOE", "Wild K,"
  (`name_lists.py`).

These are *candidates*: whether a name is a private individual's (personal) or a
public figure's in a general-knowledge question (public) is decided in
`aggregate.py` from the context cues, exactly as for names found by NER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.name_dialogue import dialogue_answers
from classifiers.name_frames import framed_names
from classifiers.name_lists import listed_names
from classifiers.name_lower import ADDRESS_VERBS_EXTRA, LINK, lower_case_names_anywhere, surname_like
from classifiers.name_pairs import positioned_pairs
from classifiers.name_scripts import script_names
from classifiers.name_subjects import sentence_subjects
from classifiers.name_words import FUNCTION_WORDS as _FUNCTION_WORDS
from classifiers.name_words import HONOURS as _HONOURS
from classifiers.name_words import NOT_GIVEN_NAMES as _NOT_GIVEN_NAMES
from classifiers.name_words import NOT_NAME_ENDS as _NOT_NAME_ENDS
from classifiers.name_words import NOT_NAME_STARTS as _NOT_NAME_STARTS
from classifiers.name_words import NOT_SURNAMES as _NOT_SURNAMES
from classifiers.name_words import ORG_WORDS as _ORG_WORDS
from classifiers.name_words import fold, is_eponym
from classifiers.normalise import NormalisedText
from classifiers.span_index import SpanIndex
from classifiers.surnames import SURNAMES
from classifiers.term_regex import compile_terms, prose_words, split_alternatives
from classifiers.types import Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = [
    "PERSON",
    "find_name_candidates",
    "is_ordinary_word",
    "looks_like_person_name",
]

PERSON = "PERSON"

_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[\-'][A-Za-z][a-z]+)?"
_TITLE = compile_terms(
    {
        "title": [
            r"(?<![A-Za-z0-9_\-])" + title
            for title in split_alternatives(
                "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|Cllr|Councillor|Sister|Nurse|Matron|"
                "Pastor|Imam|Rabbi|Fr"
            )
        ]
    },
    before="",
    after=rf"\.?[ ]+(?:[A-Z]\.?[ ]+){{0,2}}{_NAME_WORD}(?:[ ]+{_NAME_WORD})?",
)
"""A title and a name ("Mrs J. Patel"). Each title's word-start lookbehind sits behind its first letter
(`term_regex.expand`), so `re` skips to the capitals that start a title: ~6 µs per KB instead of ~24."""
_TITLE_INITIAL = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ ]+[A-W](?:\.(?![ ]*[A-Z])|(?![.A-Za-z'\-]|[ ]+[A-Z]))")
"""A title and an initial alone, the way case notes minimise ("Mr K. rang re arrears", "Mrs O"); not the
placeholder letters X, Y, Z. A candidate like any name: it counts with case wording or a special-category term."""
_CAPITALISED = re.compile(rf"\b{_NAME_WORD}(?:[ ]+{_NAME_WORD})*")
_ORGANISATION_END_AFTER = re.compile(r"[ ]+(?:Programme|Program|Scheme|Service|Services|Team|Council|Trust|Fund)\b")
_AFTER_CUE = re.compile(rf"{LINK}[ ,]*['\"]?(?P<name>{_NAME_WORD}(?:[ ]+{_NAME_WORD})?)")
"""Capitalised words after a strong cue, a nickname in quotes too ("Our neighbour 'Shazza' at no. 9")."""
# Matched in two steps, the verb on the lower-cased text and then the capitalised pair right
# after it on the text itself: one case-insensitive expression was ~3x slower. The verbs are
# grouped by first letter (`term_regex.compile_terms`): ~22 µs per KB instead of ~39.
_ADDRESS_VERB = compile_terms(
    {
        "verb": split_alternatives(
            r"write to|writing to|wrote to|letter to|letter for|email|e-mail|tell|told|contact|"
            r"call(?:[ ]+back)?|ring(?:[ ]+back)?|phone|visit|chase|remind|inform|notify|reply to|respond to|"
            r"on behalf of|apologise to|pay|refund|invite|emailed|e-mailed|texted|messaged|phoned|rang|reminded|"
            rf"chased|informed|notified|contacted|replied to|{ADDRESS_VERBS_EXTRA}"
        )
    },
    before=r"(?<![a-z])",
    after=r"[ ]+",
)
_NAME_PAIR = re.compile(rf"(?P<name>{_NAME_WORD}[ ]+{_NAME_WORD})(?![A-Za-z])")
_WORD = re.compile(r"\S+")
_EXAMPLE_LINE = prose_words(r"example|e\.g\.|sample|template|placeholder|dummy")
"""Before a framed name on its line: the frame is an example, not a record ("Form example: Name: John Doe")."""


def looks_like_person_name(words: list[str], *, given_name_known: bool = True) -> bool:
    """True when capitalised words read as a person's name rather than an organisation's.

    Used for spaCy ORG entities (the small model labels some people as ORG): two or
    three capitalised words, none of them an organisation word, the first a known
    given name. An unknown first word stays an organisation: "Acme Widgets" beside
    "the application" must not become a private individual. Redaction, which already
    knows the text is about someone, drops the given-name test (`given_name_known=False`):
    there a misread organisation only costs a placeholder.
    """
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words if w):
        return False
    lowered = [w.lower() for w in words]
    if any(w in _ORG_WORDS or w in _NOT_SURNAMES for w in lowered):
        return False
    return not given_name_known or lowered[0] in GIVEN_NAMES or lowered[0] in AMBIGUOUS_GIVEN_NAMES


def is_ordinary_word(word: str) -> bool:
    """True for a capitalised English word that is no known name ("Describe", "Yesterday"; not "Rose", "Smith")."""
    lowered = word.lower()
    if lowered in GIVEN_NAMES or lowered in AMBIGUOUS_GIVEN_NAMES or lowered in SURNAMES:
        return False
    return is_english_word(lowered)


def find_name_candidates(text: NormalisedText, cue_ends: Iterable[int] = ()) -> list[Finding]:
    """Title, relation, given-name and surname candidates, as PERSON findings (level decided later).

    Args:
        text: The normalised text.
        cue_ends: Where strong cues ("my neighbour", "the claimant") end, from
            `cues.find_cues`; capitalised words right after one are a name.
    """
    # accents folded, one character for one: the rules read "Cáceres" as "Caceres" at the same offsets
    source, lower = fold(text.text), fold(text.lower)
    findings = [
        Finding(
            PERSON,
            m.start(),
            m.end(),
            0.7,
            "person_honour" if m.group().split(maxsplit=1)[0].rstrip(".") in _HONOURS else "person_title",
            Sensitivity.PERSONAL,
        )
        for m in _TITLE.finditer(source)
        if not _plain_word_after_title(m.group()) and not _place_after_title(source, m.start(), m.group())
    ]
    findings += [
        Finding(PERSON, m.start(), m.end(), 0.6, "person_initial", Sensitivity.PERSONAL)
        for m in _TITLE_INITIAL.finditer(source)
    ]
    cue_ends = list(cue_ends)
    findings += _names_after_cues(source, cue_ends)
    findings += dialogue_answers(source)
    findings += _addressees(source, lower)
    findings += lower_case_names_anywhere(source, cue_ends)
    findings += sentence_subjects(source)
    findings += _framed(source, lower)
    for run in _CAPITALISED.finditer(source):
        words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(run.group())]
        index = 0
        while index < len(words):
            start, end, word = words[index]
            first = word.lower()
            if first not in GIVEN_NAMES and first not in AMBIGUOUS_GIVEN_NAMES:
                if _before_surname(words, index):
                    findings.append(_surname_name(run.start() + start, run.start() + words[index + 1][1]))
                    index += 2
                else:
                    index += 1
                continue
            following = index + 1
            while (
                following < len(words) and following <= index + 2 and words[following][2].lower() not in _NOT_SURNAMES
            ):
                following += 1
            if following > index + 1:
                span_end = words[following - 1][1]
                findings.append(_given_name(run.start() + start, run.start() + span_end, 0.6))
            elif first in GIVEN_NAMES:
                findings.append(_given_name(run.start() + start, run.start() + end, 0.5))
            index = following
    findings += _new_spans(findings, positioned_pairs(source, lower, lower_case=False))
    findings += _new_spans(findings, script_names(text.text))
    findings = _with_listed(findings, listed_names(source))
    return [f for f in findings if not is_eponym(text.lower, f.end)]


_WORD_TITLES = frozenset({"Sister", "Nurse", "Matron", "Pastor", "Imam", "Rabbi", "Fr"})
"""Titles that are also words: a name follows them only when it is no ordinary word ("Sister Fuster", "Nurse
Adebola"; not "Sister Act", "Nurse Practitioner")."""


def _plain_word_after_title(match: str) -> bool:
    """True when a title that is also a word is followed by an ordinary English word (`_WORD_TITLES`)."""
    words = match.split()
    return words[0].rstrip(".") in _WORD_TITLES and is_ordinary_word(words[1])


_PLACE_ENDS = frozenset(
    "road rd street st avenue way close drive court place square gardens terrace crescent walk grove mews parade "
    "estate college school hospital academy centre bridge".split()
)
"""Last words of a street's or building's name that no surname has: "Lady Margaret Road", "Sir John Cass School"."""


def _place_after_title(source: str, start: int, match: str) -> bool:
    """A title opening a place's name ("Lady Margaret Road"), or Welsh "Sir" (a county: "Cyngor Sir", "y Sir")."""
    return match.split()[-1].lower().rstrip(".,") in _PLACE_ENDS or source.endswith(("Cyngor ", " y "), 0, start)


def _with_listed(found: list[Finding], listed: list[Finding]) -> list[Finding]:
    """A list's whole name ("WILD, Karen") in place of the parts the other rules read in it ("Karen")."""
    if not listed:
        return found
    whole, others = SpanIndex.of(listed), SpanIndex.of(found)
    kept = [f for f in found if not whole.covers_longer(f.start, f.end)]
    return kept + [f for f in listed if not others.covers(f.start, f.end)]


def _new_spans(found: list[Finding], more: list[Finding]) -> list[Finding]:
    """The findings of `more` that overlap none of `found` (a name the other rules already read)."""
    return [m for m in more if not any(f.start < m.end and m.start < f.end for f in found)]


def _framed(text: str, lower: str) -> list[Finding]:
    """Names in the frames of `name_frames.py`, unless they start with an ordinary or organisation word."""
    findings = []
    for recogniser, start, end in framed_names(text, lower):
        if _EXAMPLE_LINE.search(lower, lower.rfind("\n", 0, start) + 1, start) is not None:
            continue  # "Fill in the form example: Name: John Doe"
        words = text[start:end].split()
        lowered = [w.lower() for w in words]
        if lowered[0] in _NOT_NAME_STARTS or lowered[-1] in _NOT_NAME_ENDS:
            continue
        if words[0].islower() and any(w in _FUNCTION_WORDS or w in _NOT_NAME_STARTS for w in lowered):
            continue  # "add him as next of kin"
        # with an age or a team beside it ("Grace, 45,", "Grace in payroll"), a given name that is also a word
        # reads as a name
        framed = recogniser in ("person_age", "person_workplace")
        if recogniser != "person_named" and not any(_reads_as_name(w.lower(), len(words) + framed) for w in words):
            continue  # "Name: Project Phoenix", "(Total, 6)"
        findings.append(Finding(PERSON, start, end, 0.6, recogniser, Sensitivity.PERSONAL))
    return findings


def _reads_as_name(word: str, words: int) -> bool:
    """A known given name or surname, or not an English word (an ambiguous given name only beside another word)."""
    return (
        word in GIVEN_NAMES
        or word in SURNAMES
        or (word in AMBIGUOUS_GIVEN_NAMES and words > 1)
        or not is_english_word(word)
    )


def _names_after_cues(text: str, cue_ends: Iterable[int]) -> list[Finding]:
    """Capitalised words right after a strong cue, unless they are ordinary or organisation words."""
    findings = []
    for cue_end in cue_ends:
        match = _AFTER_CUE.match(text, cue_end)
        if match is None:
            continue
        words = match.group("name").split()
        if words[-1].lower() in _NOT_NAME_ENDS or _ORGANISATION_END_AFTER.match(text, match.end()):
            continue  # "the Employee Assistance Programme", "our Parish Council": an organisation's or scheme's name
        if words and words[0].lower() not in _NOT_NAME_STARTS:
            start = match.start("name")
            end = start + len(" ".join(words))
            findings.append(Finding(PERSON, start, end, 0.6, "person_after_cue", Sensitivity.PERSONAL))
    return findings


_TO_VERB = re.compile(r"[ ]+to[ ]+[a-z]")
"""An instruction after the word ("tell Alexa to play music"): a device or service is told, no known name."""
_ONE_NAME = re.compile(r"[A-Z][a-z]+(?![A-Za-z]|[ ]+[A-Z])")
_PEOPLE_VERB = re.compile(
    r"(?:told|tell|remind|reminded|chase|chased|ring(?: back)?|call back|phone|phoned|rang|email|e-mail|emailed|"
    r"e-mailed|text|texted|message|messaged|cc|spoke to|speak to|talk to|talked to|inform|informed|notify|notified|"
    r"reply to|replied to|get back to|apologise to)[ ]+"
)
"""Verbs of `_ADDRESS_VERB` that take only people: after one, a known given name alone is someone addressed."""


def _single_name(word: re.Match[str], lower: str) -> bool:
    """A known given name, or a word that is no English word and takes no instruction ("tell Alexa to play")."""
    lowered = word.group().lower()
    return lowered in GIVEN_NAMES or (not is_english_word(lowered) and _TO_VERB.match(lower, word.end()) is None)


def _addressees(text: str, lower: str) -> list[Finding]:
    """Two capitalised words after a verb that addresses a person, unless ordinary or organisation words."""
    findings = []
    for verb in _ADDRESS_VERB.finditer(lower):
        match = _NAME_PAIR.match(text, verb.end())
        if match is None:
            single = _ONE_NAME.match(text, verb.end())
            if single is not None and _PEOPLE_VERB.fullmatch(verb.group()) and _single_name(single, lower):
                # "told Kwame we'd call back": a known given name after a verb only people take
                findings.append(Finding(PERSON, *single.span(), 0.5, "person_addressee", Sensitivity.PERSONAL))
            continue
        first, last = (w.lower() for w in match.group("name").split())
        if first in _NOT_NAME_STARTS or last in _NOT_NAME_ENDS or last in _NOT_GIVEN_NAMES:
            continue
        # read as a name on its own (strict mode) only when the words are known names or not English words:
        # "forward this to Maria Gonzalez", not "send it to Microsoft Teams"
        named = first in GIVEN_NAMES or first in AMBIGUOUS_GIVEN_NAMES or last in SURNAMES
        recogniser = "person_addressee" if named or (surname_like(first) and surname_like(last)) else "person_verb"
        findings.append(Finding(PERSON, match.start("name"), match.end("name"), 0.55, recogniser, Sensitivity.PERSONAL))
    return findings


def _before_surname(words: list[tuple[int, int, str]], index: int) -> bool:
    """True when words[index] is an unknown capitalised word that a common surname follows."""
    if index + 1 >= len(words) or words[index + 1][2].lower() not in SURNAMES:
        return False
    first = words[index][2].lower()
    if first in _NOT_NAME_STARTS or first in SURNAMES or is_english_word(first):
        return False  # an English first word opens an instruction or names a thing ("Compare Morgan Stanley")
    return index + 2 >= len(words) or words[index + 2][2].lower() not in _NOT_NAME_ENDS


def _surname_name(start: int, end: int) -> Finding:
    return Finding(PERSON, start, end, 0.5, "person_surname", Sensitivity.PERSONAL)


def _given_name(start: int, end: int, score: float) -> Finding:
    return Finding(PERSON, start, end, score, "person_given_name", Sensitivity.PERSONAL)
