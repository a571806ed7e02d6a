"""Word lists and small tests that tell a person's name from other capitalised words.

Shared by the name rules (`names.py`) and by the classifier's reading of spaCy's PERSON
entities (`classifier.py`): which words start instructions or name organisations,
places and days; which titles are honours held mostly in public life; which
possessives name a law or a condition ("Martha's Rule", "Bell's palsy"); and what a
medicine or a condition, not a person, "has".
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "FUNCTION_WORDS",
    "HONOURS",
    "NOT_GIVEN_NAMES",
    "NOT_NAME_ENDS",
    "NOT_NAME_STARTS",
    "NOT_SURNAMES",
    "ORG_WORDS",
    "THING_HAS",
    "fold",
    "is_eponym",
    "is_instruction_word",
    "reads_as_thing",
]

HONOURS = frozenset({"Prof", "Professor", "Sir", "Dame", "Lady", "Lord"})
"""Titles of office and honour, held mostly by people in public life ("Sir Jim Mackey", "Professor Brian Cox"):
candidates like any name (`person_honour`), without strict mode's rule that an honorific alone is evidence."""
_EPONYM = re.compile(r"'s[ ]+(?:law|rule|principle|theorem|paradox|syndrome|disease|palsy)(?![a-z])")
"""After a name, a law, rule or condition named after someone ("Martha's Rule", "Bell's palsy"): no person here."""

NOT_SURNAMES = frozenset(
    """
    street road avenue close drive way court place hospital council school college university
    trust service services department ministry office centre center group limited ltd plc bank
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december the and or but of in on at for with to from
    i he she we they it you if is was are were has have had do does did can could will would should
    programme program scheme budget statement postcode signature walk terrace crescent gardens mews parade
    """.split()
)
ORG_WORDS = frozenset(
    """
    ltd limited plc llp inc corp company council department ministry office service services agency
    authority trust nhs university college school academy bank group party union association society
    foundation institute centre center hospital committee board court police partners fund
    commission church mosque temple club partnership solicitors associates
    """.split()
)
# Capitalised words that start sentences, instructions and place or organisation
# names: never the given name in front of a surname.
NOT_GIVEN_NAMES = frozenset(
    """
    a an this that these those my our your his her its their we you they he she it me us them
    who whom whose what when where why how which while after before since until dear hi hello thanks
    thank yes no not also then so please can could would should will may might must shall let ask tell
    write draft summarise summarize explain give send call contact check update translate help find show
    list make get see read note re subject cc attn from about regarding per via mrs ms mr miss dr
    north south east west northern southern eastern western new old great little upper lower saint st
    royal british english scottish welsh irish national county city borough district united general
    central high chief senior junior deputy assistant acting head principal former late
    """.split()
)
FUNCTION_WORDS = frozenset(
    """
    me him them us you it all everyone someone somebody anyone people team staff them everybody nobody there here
    pls plz thx thanks asap today tomorrow tonight yesterday now later soon again back up out off over down about
    into onto via re fw fwd am pm ok okay yes yeah no hr admin payroll support reception
    """.split()
)
"""Lower-case words that follow "send it to", "tell" and the like without being a name."""
NOT_NAME_STARTS = NOT_GIVEN_NAMES | NOT_SURNAMES | ORG_WORDS
NOT_NAME_ENDS = NOT_SURNAMES | ORG_WORDS


THING_HAS = (
    r"(?:(?:many|some|few|several|serious|common|rare|known|no)[ ]+)?(?:side[ -]effects?|cure|symptoms|risks|"
    r"benefits|interactions|contraindications|doses|forms|causes|stages|types|been[ ]+(?:linked|approved|shown|"
    r"licensed|withdrawn|banned|associated|recalled))(?![a-z])"
)
"""What a medicine or a condition has ("Humira has side effects", "Lupus has no cure"): no person is the subject."""
_THING_AFTER = re.compile(rf"[ ]+(?:has|have|had)[ ]+{THING_HAS}")


def is_eponym(lower: str, end: int) -> bool:
    """True when the name ending at `end` names a law, rule or condition ("Martha's Rule", "Bell's palsy")."""
    return _EPONYM.match(lower, end) is not None


def reads_as_thing(lower: str, end: int) -> bool:
    """True when the words after a capitalised word make it a medicine or condition ("Adalimumab has side effects")."""
    return _THING_AFTER.match(lower, end) is not None


def is_instruction_word(word: str) -> bool:
    """True for a capitalised word that opens sentences and instructions, never a name ("Summarise", "Dear").

    spaCy's small model sometimes tags a lone imperative at the start of a request as PERSON.
    """
    return word.lower() in NOT_GIVEN_NAMES


def _fold_table() -> dict[int, int]:
    """Each precomposed Latin letter with a diacritic (Latin-1, Extended-A/B, Vietnamese) to its base letter."""
    table = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = ord(base)
    table.update({ord(k): ord(v) for k, v in zip("łŁøØđĐħĦıßŀĿŧŦæÆœŒðÐþÞ", "lLoOdDhHislLtTaAoOdDtT", strict=True)})
    return table


_FOLD = _fold_table()
_FOLDABLE = re.compile("[" + "".join(sorted({chr(code) for code in _FOLD})) + "]")


def fold(text: str) -> str:
    """`text` with Latin diacritics removed, one character for one ("Zoltán Virág" -> "Zoltan Virag").

    The name rules match ASCII letters (`[A-Z][a-z]+`, the name lists, the English word
    list), so a name written with its accents ("Hilario Cáceres", "julianna tóth") was no
    name to them. Folding keeps every offset, so findings on the folded text are findings
    on the text; ASCII text (most requests) is returned as it is, at no cost.
    """
    if text.isascii() or _FOLDABLE.search(text) is None:
        return text  # "£" or curly quotes alone make a text non-ASCII: translating it would cost ~50 µs per KB
    return text.translate(_FOLD)
