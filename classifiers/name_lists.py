"""Names as records and clinic lists write them: surname first, in capitals, or with an initial.

NHS patient lists, ward handovers and HMRC/DWP records put the surname first and often in
capitals ("WILD, Karen - breast ca", "HOLLINS Gary, alcohol withdrawal, ward 7"), or
shorten the given name ("Wild K, 47F, depression", "K. Wild, breast ca"); letters write a
whole name in capitals ("Draft a reply to JANE DOE"). The other name rules read
"Given Surname" with capitals first, so these were no names and a diagnosis beside them
was about nobody (red-team and redaction QA, stop 27; the redaction then sent the surname).
Each form is a candidate (`person_listed`); `aggregate.py` decides with the context:

* a surname in capitals, a comma or not, then a known given name: "WILD, Karen", "JONES Aled";
* a known given name in capitals, then a word in capitals: "JANE DOE", "MOHAMMED KHAN";
* at the start of a line (a list's entry): "Surname, Given" and "Surname I" before a comma,
  dash or semicolon ("Wild, Karen - ...", "Jones A, HIV+"), and "K. Wild," — unless the
  first word is a list's own word ("Table A,", "Option B;"), a title ("Mr X,") or a greeting
  ("Thanks, Karen -"), or the line is a citation ("Smith, John (2019)", "(ed.)", "pp. 12");
  "Surname I" needs a known surname or an age and sex on its line ("Wild K, 47F");
* exports without a header (stop 28's blind round): two neighbouring cells of a row of four or
  more, tab- or comma-separated, one a known given name or surname and the other a name too
  ("A8012...,Jenkins,Ffion,2013-09-04"), or both no English word after a record's id
  ("00356205<TAB>Eze<TAB>Ngozi<TAB>Band 5"), and a quoted
  "Surname, Given" cell ('00356205,"Eze, Ngozi",...').
"""

from __future__ import annotations

import re

from classifiers.given_names import GIVEN_NAMES
from classifiers.name_words import FUNCTION_WORDS, ORG_WORDS
from classifiers.surnames import SURNAMES
from classifiers.types import Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = ["listed_names"]

PERSON = "PERSON"

_CAPS_REST = r"(?:[A-Z]|['\-](?=[A-Z]))+"
_CAPS_WORD = rf"[A-Z]{_CAPS_REST}"
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A word in capitals that starts the match: its first capital, then the look behind it
# (`recognisers.regex_build.class_first`), so `re` skips to capitals instead of trying the lookbehind at
# every position of the text.
_FIRST_CAPS_WORD = rf"[A-Z](?<![A-Za-z'\-][A-Z]){_CAPS_REST}"
_SURNAME_FIRST = re.compile(rf"(?P<surname>{_FIRST_CAPS_WORD}),?[ ]+(?P<given>{_WORD})(?![A-Za-z'\-])")
_CAPS_NAME = re.compile(rf"(?P<given>{_FIRST_CAPS_WORD})[ ]+(?P<surname>{_CAPS_WORD})(?![A-Za-z'\-])")
_LINE_ENTRY = re.compile(
    rf"(?m)^[ \t]*(?:[-*•]|\d{{1,3}}[.)])?[ \t]*"
    rf"(?P<name>(?P<first>{_WORD}),[ ]+(?P<given>{_WORD})|(?P<surname>{_WORD})[ ]+[A-Z]|[A-Z]\.[ ]?{_WORD})"
    r"(?=[ ]*[,;:\-–(]|[ ]+\d)"
)
_CELL_PAIR = re.compile(rf"(?m)(?:^|(?<=[\t,]))(?P<a>{_WORD})(?P<sep>[\t,])(?P<b>{_WORD})(?=[\t,]|$)")
_QUOTED_CELL = re.compile(rf"(?:^|(?<=[\t,]))\"(?P<surname>{_WORD}),[ ]+(?P<given>{_WORD})\"(?=[\t,]|$)", re.MULTILINE)
_ROW_ID = re.compile(r"(?:^|(?<=[\t,]))[A-Z]?\d{5,}(?=[\t,])", re.MULTILINE)
"""A record's id in the row's cells before the names ("00356205", "A801234567012")."""
_CELL_START = re.compile(r"[\t,][\"]?[A-Z]")
"""A cell opening on a capital right after its separator: prose puts a space after its commas."""
_ROW_CELLS = 4
"""Cells a row needs before two of its capitalised words are read as a name: a record, not a phrase."""
_AGE_SEX = re.compile(r"(?<![A-Za-z0-9])\d{1,3}[ ]?(?:[MF]|yo|y/o|yrs?|years?)(?![A-Za-z])")
"""A clinic list's age and sex: "47F", "82 M", "34yo"."""
_CITATION = re.compile(r"[ ,.\-–(]*(?:19|20)\d{2}(?![0-9/])")
_CITATION_WORDS = re.compile(r"\((?:eds?|trans)\.?\)|(?<![a-z])(?:edition|eds?\.|pp?\.[ ]?\d|vol\.|et al)")
"""A bibliography's entry, not a person's record: "Smith, John - 2019 edition", "Wilson, Kathryn (ed.) 2018"."""
_NOT_SURNAMES = frozenset(
    """
    table figure fig appendix annex option section part schedule plan grade class type group level block ward bay
    room unit zone phase step item question answer exhibit list note notes re fao attn to from cc subject dear
    mr mrs ms miss mx dr prof sir dame lord lady rev cllr
    patient name client claimant case ref date tel mob email address urgent important thanks thank hello hi hey yes
    no sorry ok okay well so morning afternoon evening cheers regards love best kind warm many
    mp msp mla mep ceo cfo coo gp hr it pm dwp hmrc dvla ico uk eu
    """.split()
)
"""Words that open a list entry or a line and are no surname ("Table A,", "Thanks, Karen -", "URGENT, Karen")."""


def _no_surname(word: str) -> bool:
    folded = word.lower()
    return folded in _NOT_SURNAMES or folded in FUNCTION_WORDS or folded in ORG_WORDS or len(folded) < 2


def _finding(start: int, end: int) -> Finding:
    return Finding(PERSON, start, end, 0.6, "person_listed", Sensitivity.PERSONAL)


def listed_names(text: str) -> list[Finding]:
    """Surname-first, capitalised and initialled names (module docstring)."""
    found = [
        _finding(m.start(), m.end())
        for m in _SURNAME_FIRST.finditer(text)
        if m.group("given").lower() in GIVEN_NAMES and not _no_surname(m.group("surname"))
    ]
    found += [
        _finding(m.start(), m.end())
        for m in _CAPS_NAME.finditer(text)
        if m.group("given").lower() in GIVEN_NAMES and not _no_surname(m.group("surname"))
    ]
    for m in _LINE_ENTRY.finditer(text):
        surname = m.group("first") or m.group("surname")
        if surname is not None and _no_surname(surname):
            continue
        if m.group("given") is not None and m.group("given").lower() not in GIVEN_NAMES:
            continue
        if m.group("surname") is not None and not _surname_with_initial(text, m):
            continue
        if _CITATION.match(text, m.end("name")) or _CITATION_WORDS.search(text, m.end("name"), _line_end(text, m)):
            continue
        found.append(_finding(m.start("name"), m.end("name")))
    if _CELL_START.search(text) is not None:
        found += _cells(text)
    return found


def _cells(text: str) -> list[Finding]:
    """Names in the cells of a headerless export (module docstring)."""
    found = []
    for m in _CELL_PAIR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text.count(m.group("sep"), line_start, _line_end(text, m)) < _ROW_CELLS - 1:
            continue
        if _pair_is_name(text, m.group("a"), m.group("b"), line_start, m.start()):
            found.append(_finding(m.start(), m.end()))
    if '"' in text:
        for m in _QUOTED_CELL.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _pair_is_name(text, m.group("surname"), m.group("given"), line_start, m.start()):
                found.append(_finding(m.start("surname"), m.end("given")))
    return found


def _pair_is_name(text: str, first: str, second: str, line_start: int, start: int) -> bool:
    """A known name beside a name, or two words that are no English words after a record's id in the row."""
    first, second = first.lower(), second.lower()
    if _known(first) and _name_word(second) or _known(second) and _name_word(first):
        return True
    # "00356205<TAB>Eze<TAB>Ngozi": a record's id, then two names no list knows
    return not is_english_word(first) and not is_english_word(second) and bool(_ROW_ID.search(text, line_start, start))


def _known(word: str) -> bool:
    return (word in GIVEN_NAMES or word in SURNAMES) and not _no_surname(word)


def _name_word(word: str) -> bool:
    """A given name or surname, or no English word, and none of the words that open records' other cells."""
    return (word in GIVEN_NAMES or word in SURNAMES or not is_english_word(word)) and not _no_surname(word)


def _surname_with_initial(text: str, entry: re.Match[str]) -> bool:
    """ "Jones A," is a known surname and an initial; "Wild K, 47F" an entry with an age and sex ("In X," neither)."""
    if entry.group("surname").lower() in SURNAMES:
        return True
    return _AGE_SEX.search(text, entry.end(), _line_end(text, entry)) is not None


def _line_end(text: str, entry: re.Match[str]) -> int:
    end = text.find("\n", entry.end())
    return len(text) if end < 0 else end
