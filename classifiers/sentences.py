"""Sentences and questions: where a cue counts depends on the sentence it is in.

Sentences are split on `.`, `!`, `?` and line breaks; a title's full stop ("What did
Rev. Tutu say?", "Mrs J. Patel") does not end one. A sentence ending in `?` is a
question, unless it asks for work on a case ("Can you summarise the complaint from
Jo Bloggs?", `_REQUEST`). A semicolon, a spaced dash or a "so" before a question
separates clauses, and a clause before one is a question only if it opens like one
(`_INTERROGATIVE`). See `cues.py` for how questions and statements are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "Rev", "Revd", "Prof", "St", "Cllr", "Sgt", "Capt"})
"""Titles whose full stop ("Dr.", "Mrs J.") at the end of a `_SENTENCE` match does not end the sentence."""
_CLAUSE_END = re.compile(r"(?:;|[ ][-–—]|,?[ ]so(?=[ ]+(?:can|could|would|should|will|may|do|does|is|are)[ ]))[ \t]+")
_REQUEST = re.compile(
    r"[^a-z]*(?:(?:also|and|so|then|ok|okay|right|hi|hello|thanks|separately)[ ,]+)?"
    r"(?:(?:can|could|would|will)[ ]+you[ ]+(?:please[ ]+)?|please[ ,]+)"
    r"(?!tell|explain|describe|list|define|name|give|recommend|suggest|compare|show|outline|summari[sz]e the history)"
    r"(?![a-z ]{0,24}(?<![a-z])(?:when|where|who|what|why|how|which)(?![a-z]))",
    re.IGNORECASE,
)
_INTERROGATIVE = re.compile(
    r"[^a-z]*(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|can|could|should|"
    r"would|will|shall|may|might|has|have|had)(?![a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span in the normalised text, and whether it is a question."""

    start: int
    end: int
    question: bool


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """`_SENTENCE` matches, with a title's full stop ("What did Rev. Tutu say?") not ending one."""
    spans: list[tuple[int, int]] = []
    joined = False
    for match in _SENTENCE.finditer(text):
        if joined:
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append(match.span())
        joined = text[match.end() - 1] == "." and _ends_with_title(
            text[max(spans[-1][0], match.end() - 12) : match.end() - 1]
        )
    return spans


def _ends_with_title(before_stop: str) -> bool:
    """True when the words before a full stop are a title ("Rev"), or a title and an initial ("Mrs J")."""
    words = before_stop.split()
    if not words:
        return False
    if words[-1] in _TITLES:
        return True
    return len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper() and words[-2] in _TITLES


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split on sentence punctuation, line breaks and semicolons; blank pieces are skipped."""
    sentences = []
    for span_start, span_end in _sentence_spans(text):
        piece = text[span_start:span_end].rstrip()
        if not piece.strip():
            continue
        question = piece.endswith("?") and _REQUEST.match(text, span_start, span_end) is None
        start = span_start
        for clause_end in _CLAUSE_END.finditer(text, start, span_end):
            clause = text[start : clause_end.start()]
            if clause.strip():
                opens_question = question and _INTERROGATIVE.match(clause) is not None
                sentences.append(Sentence(start, clause_end.end(), opens_question))
            start = clause_end.end()
        if text[start:span_end].strip():
            sentences.append(Sentence(start, span_end, question))
    return tuple(sentences)
