"""Name candidates that are nobody's personal data, whatever the name rules read.

The name rules find what reads as a person's name; these say when the text itself tells that the
person is not a private individual:

* a well-known public, historical or fictional person (`public_figures.is_public_figure`);
* an invented person in a word problem (`name_narrative.invented`);
* a placeholder ("Jane Example", a fixture's "Jane Doe": `public_figures.is_placeholder_name`);
* a member of Parliament as Hansard names one, "Florence Eshalomi (Vauxhall and Camberwell Green)
  (Lab/Co-op)", and that name everywhere else in the text ("Florence Eshalomi: Councils in London...");
* characters, when the request declares its material fiction (`Cues.fiction`: "I'm writing a radio drama ... a
  fictional receptionist, Maureen", "a crime novel set in a fictional town"): stop 28's second blind round;
* the letters an anonymised case study puts for its people ("Ms A", "Mr Y") when it says it is anonymised;
* a name written with the public office its holder acts in, with no personal details beside it
  ("Jo Finch MP", "the Police and Crime Commissioner, Martin Doyle": `public_office.py`).

Identifiers, addresses and other findings are not touched: a declared fiction with a real NHS number in it
is still personal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from classifiers.cues import Cues
from classifiers.name_narrative import invented
from classifiers.normalise import NormalisedText
from classifiers.public_figures import is_placeholder_name, is_public_figure, named_as_member
from classifiers.public_office import in_public_office
from classifiers.types import Finding

__all__ = ["private_candidates"]

_ANONYMISED = re.compile(r"(?<![a-z])(?:anonymi[sz]ed|de-identified|details changed|names changed)(?![a-z])")
_LETTER_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+[A-Z]\.?$")
"""A title and one letter: how anonymised case studies write their people ("Mrs X complained on behalf of...")."""


def private_candidates(
    text: NormalisedText, cues: Cues, candidates: Sequence[Finding], special_terms: Sequence[Finding] = ()
) -> list[Finding]:
    """The candidates that may be private individuals (module docstring).

    `special_terms`: the text's special-category terms; with any, no name counts as a public office holder's
    (`public_office.py`): "Cllr Hale, Leader of the Council, has been diagnosed with MS" is his health.
    """
    source = text.text
    offices = not special_terms
    members = {source[n.start : n.end] for n in candidates if named_as_member(source, n.end)}
    anonymised = _ANONYMISED.search(text.lower) is not None
    return [
        n
        for n in candidates
        if not cues.fiction
        and source[n.start : n.end] not in members
        and not (anonymised and _LETTER_NAME.fullmatch(source, n.start, n.end))
        and not is_public_figure(source[n.start : n.end])
        and not invented(source, cues, n)
        and not is_placeholder_name(source, text.lower, n.start, n.end)
        and not (offices and in_public_office(source, cues, n.start, n.end))
    ]
