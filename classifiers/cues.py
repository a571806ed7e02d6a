"""Context cues: wording that says a text is about a particular private individual.

A name or a health condition is not personal data by itself: "Who was Winston
Churchill?" and "What are the symptoms of diabetes?" are public. What turns them
personal is wording around them, found here in one pass per cue family over the
lower-cased normalised text:

* strong cues: a first- or second-person possessive with a singular relation
  ("my client", "our patient", "your son"), anywhere; and a role with a determiner
  ("the claimant", "this tenant") in a statement, except "the patient" (or child)
  in a textbook clinical vignette ("The patient is a 45-year-old man... What is the
  most likely diagnosis?");
* weak cues: case and personal-detail wording ("tribunal", "lives at", "aged 34",
  "arrears"), in statements only, only when the text has no public cue, and only
  for names in the same paragraph within `WEAK_CUE_DISTANCE` characters (see
  `aggregate.py`), so a system prompt about "benefit claims" does not make every
  name in the user's question a claimant;
* public cues: general-knowledge wording ("biography", "prime minister",
  "century"...), the interrogatives of a general-knowledge question ("Who was...?",
  "When did...?") inside a question, and a year at least 100 years ago.

Public cues are local: they count for names, weak cues and terms in the same
paragraph and within `PUBLIC_CUE_DISTANCE` characters (`Cues.public_near`), and
from another sentence only when that sentence refers to a person (a pronoun, "tell
me about", "summarise", "life"...; `_LINKED`) or is a question, so one
personal sentence before or after a long general-knowledge passage ("... the
history of the Poor Law in the 19th century ... Please draft a letter to Jane Roe
about her rent arrears") is judged on its own wording, as it would be alone.

Sentences are split on `.`, `!`, `?` and line breaks (`sentences.py`; a title's full
stop does not end one); a sentence ending in `?` is a question. Questions are where
general-knowledge requests live, so weak cues and roles there do not count ("When was
Churchill born?"). A request for a task put as a question ("Can you summarise the
complaint from Jo Bloggs?", "Could you please draft...") is not a question in this
sense: it asks for work on a case, and is read as a statement; "Can you tell me /
explain / describe..." and "Can you find out when..." (a question about facts, put
politely) stay questions. A semicolon or a spaced dash or a "so" before a question
("... Ramadan so can we move his interview?") separates clauses, and a clause before
one is a question only if it opens like one ("Did he..."): in "Ann Lee turned 86 and
lives alone; can social services visit?" the first clause is a statement about her and
only the second is a question.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from classifiers.cue_terms import CASE_WORDING_TERMS, PUBLIC_TERMS, RELATIONS, WEAK_TERMS
from classifiers.normalise import NormalisedText
from classifiers.role_patterns import (
    AS_ROLE,
    AS_ROLE_CUE,
    CONDITION_BEFORE,
    DEFINING,
    DEFINITION,
    IN_THE_NAME_OF,
    INTRODUCTION,
    NAMES_A_THING,
    POLICY_MODAL,
    ROLE,
    ROLE_LABEL,
    ROLE_NOTE,
    ROLE_RECORD,
    opens_sentence,
)
from classifiers.sentences import Sentence, split_sentences
from classifiers.term_regex import compile_terms, prose_words

__all__ = ["AS_ROLE", "CASE_WORDING", "Cues", "Sentence", "find_cues", "split_sentences"]

_STRONG = re.compile(rf"(?<![a-z])(my|our|your|his|her|their)[ ]+(?:[a-z\-]+[ ]+)?(?:{RELATIONS})(?:'s)?(?![a-z])")
"""A possessive and a relation: a strong cue in the first or second person ("my son"); in the third person
("his brother") only a place where a name may follow (`Cues.relations`)."""
_FIRST_SECOND_PERSON = frozenset({"my", "our", "your"})
_WEAK = compile_terms({"weak": WEAK_TERMS}, before=r"(?<![a-z])", after=r"(?![a-z])")
# Interrogatives of general-knowledge questions count only in a question ("Who was
# Churchill?"), not in a relative clause ("a letter for Leon Holt, who is...").
_PUBLIC_QUESTION = re.compile(
    r"(?<![a-z])(?:who was|who is|who were|when was|where was|when did|what did|what is [a-z ]+ known for|"
    r"how did|who (?:played|wrote|invented|founded|discovered|painted|created|directed|sang|starred|composed))"
    r"(?![a-z])"
)
CASE_WORDING = re.compile(rf"(?<![a-z])(?:{CASE_WORDING_TERMS})(?![a-z])")
"""Case wording: a question with it asks about someone's affairs, not for knowledge about a public figure."""
_CASEWORK_QUESTION = re.compile(
    r"(?<![a-z])(?:social worker|key worker|case ?worker|work coach|tribunal|claim|benefits?|universal credit|pip|"
    r"rent|arrears|tenancy|appointment|rehab|chemo|chemotherapy|methadone|probation officer|sick leave|off sick|"
    r"payslips?|council tax|sanctioned|gp|referral)(?![a-z])"
)
"""Casework in a "who was"/"what did" question ("Who was Karen Wild's social worker?", "What did the tribunal decide
for ...?"): it asks about a private person's affairs, not history ("case", "trial" and "convicted" are history's
words too)."""
_PUBLIC = compile_terms(
    {"public": PUBLIC_TERMS},
    before=r"(?<![a-z])",
    after=r"(?![a-z])",
)
PUBLIC_CUE_DISTANCE = 300
"""Characters within which a public cue makes a name or a weak cue general knowledge."""
_YEAR = re.compile(r"1(?<![\d£$]1)(?<![\d][/.\-]1)\d{3}(?!\d|[/.\-]\d)")
"""A year not after a digit, a currency sign or a digit and a date separator. Its lookbehinds are written after the
first "1" (as `recognisers.regex_build.class_first` does), so `re` skips to each "1" instead of trying every
position of the text (~35 µs per KB); the matches are those of the lookbehinds-first form (a unit test)."""
_YEAR_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:in|of|from|to|since|until|till|by|year|years|circa|c\.|ca\.|around|between|and|during|"
    r"after|before|early|late|mid|the|born|died|reign|reigned|ad|bc|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec),?[ ]+|"
    r"[(\-–/][ ]?)$"
)
_HISTORIC_YEARS = 100
"""A year this many years ago or more is history: nobody then is a living private individual."""
_FICTION = re.compile(
    r"(?<![a-z])(?<!not )(?<!n't )(?<!never )(?:fictional|fictitious|invented|made-up|imaginary)(?![a-z])"
)
_FICTION_WITHIN = 400
"""Characters from the start in which a request declares its material fiction ("a fictional town")."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_QUOTED = prose_words(r"example|sample|template|placeholder|translate|translation")
"""Wording that quotes text rather than saying it: an introduction in quotes beside it is nobody's
("Example: 'My name is Jane Doe...'. Translate this into French.")."""


# A textbook clinical vignette introduces an unnamed patient with an indefinite article and
# an age ("A 45-year-old man presents with...", "The patient is a 45-year-old woman", "A man
# in his 30s...") or asks the exam question ("What is the most likely diagnosis?"); there
# "the patient" is nobody's, and "he has"/"her medication" disclose nothing about anyone.
_VIGNETTE = re.compile(
    r"(?<![a-z])an?[ ]+\d{1,3}[ -]*(?:years?|months?|weeks?)[ -]*old(?![a-z])|"
    r"(?<![a-z])an?[ ]+(?:[a-z]+[ ]+)?(?:man|woman|boy|girl|child|patient|teenager|adult|person|infant|baby|"
    r"mother|father|student|pupil|worker|employee)[ ]+(?:in[ ]+(?:his|her|their)[ ]+(?:early[ ]+|late[ ]+|mid-?)?"
    r"\d0s|aged[ ]+\d{1,3}|of[ ]+\d{1,3})(?![a-z0-9])|"
    r"what is the (?:most )?(?:likely|probable|next|best|appropriate|initial|first)[a-z ]{0,30}"
    r"(?:diagnosis|step|management|investigation|treatment|test)"
)
_VIGNETTE_ROLES = frozenset({"patient", "child", "individual", "subject"})
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_QUANTITY_QUESTION = re.compile(
    r"[^a-z]*(?:what (?:is|was|are|were|will be)|what's|how (?:much|many|long|far|old|fast|often)|calculate|"
    r"work out|find)(?![a-z])"
)
_ASKER = re.compile(r"(?<![a-z])(?:i|i'm|me|my|we|our|us|you|your|can|could|should|help|advice|advise)(?![a-z])")
"""First or second person, or a request for help: a quantity asked about one's own case, not an exercise."""
_VIGNETTE_QUESTION = "what is the "
"""Every `_VIGNETTE` branch needs a digit (an age) or this exam question's opening: without either the
search is skipped, not run over the whole text (~40 µs per KB)."""


# A sentence whose public wording can speak about a person named in another sentence refers
# back to someone: a pronoun, or a request about a person ("Summarise her life in the 19th
# century" after "Florence Nightingale was ill with brucellosis."). A public passage that
# names nobody ("Historians still argue about living standards") says nothing about the
# private individual in the next sentence.
_LINKED = re.compile(
    r"(?<![a-z])(?:he|she|his|her|hers|him|they|their|them|who|whose|whom|tell me about|summari[sz]e|describe|"
    r"explain|biography|life|career|famous|known)(?![a-z])"
)


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue spans of one text (normalised offsets) and its sentences."""

    sentences: tuple[Sentence, ...]
    strong: tuple[tuple[int, int], ...]
    weak: tuple[tuple[int, int], ...]
    public: bool
    starts: tuple[int, ...] = field(default=(), repr=False)
    """Sentence start offsets, for bisection (filled by `find_cues`)."""
    paragraph_starts: tuple[int, ...] = field(default=(0,), repr=False)
    """Offsets where paragraphs (text after a blank line, e.g. each message of a request) start."""
    public_spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    """Where the public cues are (empty with `public` True means: everywhere, for hand-built cues)."""
    linked: frozenset[int] | None = field(default=None, repr=False)
    """Indexes of sentences whose public cues reach into other sentences (`public_near`); None: all."""
    relations: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    """A third person's relation ("his brother", "her late husband"): not a cue, but a name may follow it."""
    vignette: bool = False
    """The text is a textbook vignette about an unnamed person (`_VIGNETTE`): third-person wording discloses nothing."""
    word_problems: frozenset[int] = frozenset()
    """Paragraphs that pose a word problem (`_word_problems`): a one-word name there is an invented person's."""
    fiction: bool = False
    """The request declares its material fiction (`_FICTION`): its characters are nobody (`not_persons.py`), and
    what they do or suffer discloses nothing about anyone."""

    def public_in_sentence(self, offset: int) -> bool:
        """True when a public cue lies in the sentence containing `offset`."""
        if not self.public:
            return False
        if not self.public_spans:
            return True
        sentence = self.sentence_at(offset)
        return any(sentence.start <= start < sentence.end for start, _ in self.public_spans)

    def public_near(self, offset: int, end: int | None = None) -> bool:
        """True when a public cue is in the paragraph of `offset` and within `PUBLIC_CUE_DISTANCE`."""
        if not self.public:
            return False
        if not self.public_spans:
            return True
        end = offset if end is None else end
        paragraph = self.paragraph_index(offset)
        own = self.sentence_index(offset) if self.sentences else -1
        return any(
            start - end <= PUBLIC_CUE_DISTANCE
            and offset - stop <= PUBLIC_CUE_DISTANCE
            and self.paragraph_index(start) == paragraph
            and (self.linked is None or (index := self.sentence_index(start)) == own or index in self.linked)
            for start, stop in self.public_spans
        )

    def paragraph_index(self, offset: int) -> int:
        """Index of the paragraph containing `offset`."""
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing `offset` (the nearest before it otherwise)."""
        starts = self.starts or tuple(s.start for s in self.sentences)
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing `offset`; a whole-text sentence when there is none."""
        if not self.sentences:
            return Sentence(0, offset + 1, False)
        return self.sentences[self.sentence_index(offset)]

    @property
    def private(self) -> bool:
        """True when wording says the text concerns a particular private individual."""
        return bool(self.strong) or any(
            not self.public_near(start, end) or not self.public_in_sentence(start) for start, end in self.weak
        )


def find_cues(text: NormalisedText) -> Cues:
    """Find strong, weak and public cues in a normalised text (see the module docstring)."""
    sentences = split_sentences(text.text)
    lower = text.lower
    starts = [s.start for s in sentences]

    def _opens_sentence(start: int) -> bool:
        if not sentences:
            return not lower[:start].strip()
        sentence = sentences[max(0, bisect.bisect_right(starts, start) - 1)]
        return not lower[sentence.start : start].strip(" \t\n\"'-*>")

    def in_statement(start: int) -> bool:
        if not sentences:
            return True
        return not sentences[max(0, bisect.bisect_right(starts, start) - 1)].question

    # Wording found once per sentence, not once per cue in it: a sentence of thousands of cues read thousands
    # of times was quadratic ("hi im " x 2,700: 0.7 s).
    first_defining: dict[int, int | None] = {}  # sentence start -> end of its first defining verb
    quoting: dict[int, bool] = {}  # sentence start -> it quotes text (`_QUOTED`)

    def defined_before(start: int) -> bool:
        """A definition's verb earlier in the sentence of `start` (`DEFINING`)."""
        begin, end = _sentence_span(sentences, starts, start, len(lower))
        if begin not in first_defining:
            found = DEFINING.search(lower, begin, end)
            first_defining[begin] = None if found is None else found.end()
        defined = first_defining[begin]
        return defined is not None and defined <= start

    def quotes_text(start: int) -> bool:
        span = _sentence_span(sentences, starts, start, len(lower))
        if span[0] not in quoting:
            quoting[span[0]] = _QUOTED.search(lower, *span) is not None
        return quoting[span[0]]

    strong: list[tuple[int, int]] = []
    relations: list[tuple[int, int]] = []
    for m in _STRONG.finditer(lower):
        (strong if m.group(1) in _FIRST_SECOND_PERSON else relations).append(m.span())
    vignette = (_DIGIT.search(lower) is not None or _VIGNETTE_QUESTION in lower) and _VIGNETTE.search(lower) is not None
    strong += [
        m.span()
        for m in ROLE.finditer(lower)
        if in_statement(m.start())
        and not (vignette and m.group().split()[-1] in _VIGNETTE_ROLES)
        and DEFINITION.match(lower, m.end()) is None
        and POLICY_MODAL.match(lower, m.end()) is None
        and CONDITION_BEFORE.search(lower, max(0, m.start() - 12), m.start()) is None
        and not NAMES_A_THING.match(text.text, m.start())
        and not defined_before(m.start())
    ]
    strong += [m.span() for m in ROLE_LABEL.finditer(lower) if DEFINITION.match(lower, m.end()) is None]
    strong += [m.span() for m in ROLE_NOTE.finditer(lower) if opens_sentence(lower, m.start())]
    strong += [m.span() for m in ROLE_RECORD.finditer(lower)]
    # an introduction quoted as an example to translate or fill in is nobody's ("Example: 'My name is Jane Doe'")
    strong += [
        m.span()
        for m in INTRODUCTION.finditer(lower)
        if lower[max(0, m.start() - 2) : m.start()].strip(" ")[-1:] not in ("'", '"', "‘", "“")
        or not quotes_text(m.start())
    ]
    strong += [m.span() for m in AS_ROLE_CUE.finditer(lower)]
    if "name of" in lower:
        strong += [m.span() for m in IN_THE_NAME_OF.finditer(lower)]
    weak = [m.span() for m in _WEAK.finditer(lower) if in_statement(m.start())]
    public_spans = [m.span() for m in _PUBLIC.finditer(lower)]
    # a general-knowledge question opening a sentence is one without its "?" ("who was mr darcy"); not
    # "who is", which opens casework too ("who is dealing with mrs okafor's claim")
    public_spans += [
        m.span()
        for m in _PUBLIC_QUESTION.finditer(lower)
        if (not in_statement(m.start()) or (not m.group().startswith("who is") and _opens_sentence(m.start())))
        and _CASEWORK_QUESTION.search(lower, *_sentence_span(sentences, starts, m.start(), len(lower))) is None
    ]
    public_spans += _historic_years(lower)
    public_spans.sort()
    linked = frozenset(
        index
        for index in {bisect.bisect_right(starts, start) - 1 for start, _ in public_spans}
        if index >= 0
        and (sentences[index].question or _LINKED.search(lower, sentences[index].start, sentences[index].end))
    )
    return Cues(
        linked=linked,
        public_spans=tuple(public_spans),
        paragraph_starts=(0, *(m.end() for m in _BLANK_LINE.finditer(text.text))),
        starts=tuple(starts),
        sentences=sentences,
        strong=tuple(sorted(strong)),
        weak=tuple(weak),
        public=bool(public_spans),
        vignette=vignette,
        fiction=_FICTION.search(lower, 0, _FICTION_WITHIN) is not None,
        word_problems=_word_problems(lower, sentences, (0, *(m.end() for m in _BLANK_LINE.finditer(text.text)))),
        relations=tuple(relations),
    )


def _word_problems(lower: str, sentences: tuple[Sentence, ...], paragraph_starts: tuple[int, ...]) -> frozenset[int]:
    """Paragraphs that pose a word problem: a number, and a question asking for a quantity with no asker in it.

    "Siobhan earns £11.44 an hour for 37.5 hours. What is her weekly pay?" is an exercise; "How much can
    she pay?" or "What is my weekly pay?" asks about someone's own affairs.
    """
    if _NUMBER.search(lower, 0, 4000) is None:
        return frozenset()
    found = set()
    commands = "calculate" in lower or "work out" in lower or "find" in lower
    for sentence in sentences:
        if not (sentence.question or commands) or _QUANTITY_QUESTION.match(lower, sentence.start, sentence.end) is None:
            continue
        if _ASKER.search(lower, sentence.start, sentence.end) is None:
            found.add(max(0, bisect.bisect_right(paragraph_starts, sentence.start) - 1))
    return frozenset(found)


def _sentence_span(sentences: tuple[Sentence, ...], starts: list[int], offset: int, length: int) -> tuple[int, int]:
    """(start, end) of the sentence containing `offset`; the whole text when there are no sentences."""
    if not sentences:
        return 0, length
    sentence = sentences[max(0, bisect.bisect_right(starts, offset) - 1)]
    return sentence.start, sentence.end


def _historic_years(lower: str) -> list[tuple[int, int]]:
    """Years at least `_HISTORIC_YEARS` ago (a general-knowledge cue), written as years.

    A four-digit number is read as a year only after wording that introduces one ("in
    1564", "from 1760 to 1840", "(1848)") or as a decade ("1820s"): "PMB 1023", "Box 1234"
    and "1420 N Lake Shore Dr" are a mailbox and a house, not history.
    """
    cutoff = dt.date.today().year - _HISTORIC_YEARS
    return [
        m.span()
        for m in _YEAR.finditer(lower)
        if int(m.group()) <= cutoff
        and (_YEAR_BEFORE.search(lower, max(0, m.start() - 12), m.start()) or lower.startswith("s", m.end()))
    ]
