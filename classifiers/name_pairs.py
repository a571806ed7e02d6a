"""Two words in the place of a person: a name pair the name lists do not know.

The name lists (`given_names.py`, `surnames.py`) cannot hold every name, and the
English word list (`vocabulary.py`, WordNet) counts many names as words ("rosa",
"obi", "greaves", "dvorak": a genus, a sash, armour, a keyboard). So a pair of words
is read as a name when it *stands where a person stands* and reads like a name:

* position: before a verb a person does ("rosa delgado is behind on rent", "Seo-yeon
  Park is the new volunteer", "nkechi obi needs a home visit"), or after a verb or
  preposition that takes a person ("saw tamsin greaves", "is called ferdinand okoye",
  "email to Fenella Okoro", "a call from imelda santos");
* shape: at least one of the two words is not an English word, and the other is a
  known given name or surname, not an English word either, or (the second signal an
  ambiguous word needs: "will harcourt has asked", "grace thornbury says") an English
  word that is neither a function word nor an organisation, place or calendar word.

In capitalised text both words are capitalised and the pair does not start with an
instruction or organisation word; in lower-case text (`names.py` calls this on
lower-case sentences only) both are lower case. A candidate like any other
(`person_pair`): strict mode counts it in plain narrative (`name_narrative.py`),
balanced mode only with case wording.
"""

from __future__ import annotations

import re

from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.name_words import FUNCTION_WORDS, NOT_NAME_ENDS, NOT_NAME_STARTS
from classifiers.surnames import SURNAMES
from classifiers.types import Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = ["positioned_pairs", "reads_as_name_pair"]

PERSON = "PERSON"

_VERB_AFTER = re.compile(
    r"(?:'s)?[ ]+(?:is|was|has|had|hasn'?t|isn'?t|wasn'?t|needs|wants|says|said|asked|asks|phoned|rang|rung|called|"
    r"came|comes|sent|got|gets|missed|moved|lives|lived|paid|pays|did|didn'?t|does|doesn'?t|will|won'?t|can|"
    r"can'?t|could|couldn'?t|would|should|left|lost|started|starts|agreed|told|emailed|wrote|complained|applied|"
    r"signed|reported|visited|works|worked|died|passed|looked|seems|seemed|owes|owed|refused|"
    r"and[ ]+(?:his|her|their))(?![a-z])"
)
"""A verb a person does, right after the pair (a possessive "'s" may come between: "tobias's")."""
_PAST_VERB = re.compile(
    r"[ ]+(?:[a-z]{2,}ed|went|came|left|brought|took|stayed|spent|sat|stood|wrote|gave|made|kept|found|felt|fell|"
    r"ran|forgot|lost|paid|sent|told|said|got|had|did|saw|heard|thought|bought|sold|broke|chose|drove|began|knew|"
    r"meant|met|rang|slept|spoke|swore|understood|woke|hid|hung|lent|let|put|quit|shut|split|threw|tore|wore|"
    r"turned up|showed up|dropped (?:in|off|by))(?![a-z])"
)
"""Any past-tense verb after a pair of two words that are no English words ("Fergal Ogunleye waited outside"): with
no English word in the pair, what it does need not be on `_VERB_AFTER`'s list."""
_PERSON_BEFORE = re.compile(
    r"(?<![a-z])(?:saw|seen|see|met|meet|meeting with|spoke to|spoke with|speak to|speaking to|talk to|talked to|"
    r"called|named|is called|was called|call from|calls from|email from|emails from|letter from|letters from|"
    r"reply from|message from|text from|visit from|visit|visited|ring|rang|phone|phoned|emailed|texted|ask|asked|"
    r"tell|told|thank|thanks to|file for|notes for|details for|record for|case for|on behalf of|chase|chased|"
    r"remind|reminded|contact|contacted|payable to|paid to|made out to|addressed to|belongs to|belonging to|"
    r"owned by|signed by|written by|sent by|referred by|assigned to|made to|sent to|given to|owed to|issued to|"
    r"transferred to|"
    r"(?:pass|send|forward|give|hand|post|email)(?:[ ]+[a-z]+){0,3}[ ]+to|look after|looks after|looking after|"
    r"looked after|care for|caring for|cares for|helping|supporting|(?P<weak>to|from|with|for|by|about|and))[ ]+$"
)
"""A verb or preposition that takes a person, right before the pair (a bare preposition is a weak position)."""
_CLAUSE_START = re.compile(
    r"(?:^|[.,;:!?\n(\-][ ]*|(?<![a-z])(?:and|but|if|whether|that|because|so|when|as|said|says|think|thinks|hope|"
    r"believe|reckon|sure)[ ]+)$"
)
"""Where a clause starts: a subject stands here ("rosa delgado is...", "not sure if lukas brandt got...")."""
# the second word in a lookahead, so that overlapping pairs are all tried ("saw tamsin greaves": "saw tamsin",
# then "tamsin greaves")
_CAPITAL_PAIR = re.compile(r"([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)(?=[ ]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w\-]))")
# lower-case letters are everywhere, so the pair starts only at a word's first letter (the lookbehind after
# it) and takes its words possessively: inside one long run of letters every try would otherwise scan the
# rest of the run (quadratic: 20,000 letters took 7.8 s)
_LOWER_PAIR = re.compile(
    r"([a-z](?<![\w'\-][a-z])[a-z]++(?:-[a-z]++)?+)(?=[ ]++([a-z][a-z]++(?:-[a-z]++)?+)(?![\w\-]))"
)
_OTHER_WORDS = frozenset(
    """
    new old next last first second third other every each some any all no one two three good bad big small
    """.split()
)


def _known(word: str) -> bool:
    return word in GIVEN_NAMES or word in SURNAMES or word in AMBIGUOUS_GIVEN_NAMES


def _foreign(word: str) -> bool:
    """Not an English word (hyphenated names: any part)."""
    return not is_english_word(word) if "-" not in word else any(not is_english_word(p) for p in word.split("-") if p)


def _shape(first: str, last: str) -> int:
    """The shape test of the module docstring on lower-case words: 0 no name, 1 one English word, 2 no English word.

    A pair with one English word that is no known name needs a firmer position (`positioned_pairs`).
    """
    for word in (first, last):
        if len(word) < 2 or word in FUNCTION_WORDS or word in NOT_NAME_STARTS or word in _OTHER_WORDS:
            return 0
    if last in NOT_NAME_ENDS:
        return 0
    foreign = (_foreign(first), _foreign(last))
    if all(foreign):
        return 2
    if not any(foreign):
        return 0
    english = last if foreign[0] else first
    return 2 if _known(english) else 1


def reads_as_name_pair(first: str, last: str) -> bool:
    """Two lower-case words that read as a name by shape alone (one at least no English word), for a place
    that already says a name follows ("hi im thea whitlock")."""
    return _shape(first, last) > 0


def positioned_pairs(text: str, lower: str, *, lower_case: bool) -> list[Finding]:
    """Pairs of words in a person's place that read as a name (module docstring), as `person_pair` candidates.

    The shape test (set look-ups and the cached word test) runs first: most pairs of a text
    are two English words and cost no position search.

    Args:
        text: The normalised text (or one lower-case sentence of it).
        lower: The same text lower-cased.
        lower_case: Look for lower-case pairs (lower-case text) instead of capitalised ones.
    """
    findings = []
    for match in (_LOWER_PAIR if lower_case else _CAPITAL_PAIR).finditer(text):
        start, end = match.start(1), match.end(2)
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'-"):
            continue  # inside a word: the pattern has no lookbehind, so that `re` can skip to each letter class
        first, last = lower[start : match.end(1)], lower[match.start(2) : end]
        if first in AMBIGUOUS_GIVEN_NAMES and first in NOT_NAME_STARTS:
            # a given name that is also a function word ("will", "may") only as a subject before a verb,
            # with a last word that is no English word: "will harcourt has asked"
            if last not in NOT_NAME_ENDS and _foreign(last) and _subject(lower, start, end):
                findings.append(Finding(PERSON, start, end, 0.5, "person_pair", Sensitivity.PERSONAL))
            continue
        shape = _shape(first, last)
        if not shape:
            continue
        before = _PERSON_BEFORE.search(lower, max(0, start - 32), start)
        if shape == 1:
            # one English word ("rosa delgado", "tamsin greaves"): a subject at a clause start, or the object of a
            # verb that takes a person; not after a bare preposition ("way to cook jollof", "old login page is")
            placed = (before is not None and before.group("weak") is None) or _subject(lower, start, end)
        else:
            placed = (
                before is not None
                or _VERB_AFTER.match(lower, end) is not None
                or _PAST_VERB.match(lower, end) is not None
            )
        if placed:
            findings.append(Finding(PERSON, start, end, 0.5, "person_pair", Sensitivity.PERSONAL))
    return findings


def _subject(lower: str, start: int, end: int) -> bool:
    """The pair is a clause's subject: at a clause start and before a person's verb."""
    return (
        _VERB_AFTER.match(lower, end) is not None and _CLAUSE_START.search(lower, max(0, start - 12), start) is not None
    )
