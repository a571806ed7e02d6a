"""From evidence to a level: the explicit rules that combine findings.

Inputs are the recogniser findings (already at or above the score threshold), the
candidates whose level depends on context (names, special-category terms, places
and dates from NER) and the context cues of the text. The rules, in order:

1. Recogniser findings keep their own level: identifiers, contact details, dates
   of birth and street addresses are `personal`; OFFICIAL-SENSITIVE is `special`;
   SECRET and TOP SECRET markings are `secret`.
2. A person's name is `personal` when the text is about a private individual:
   a personal identifier or contact detail is present (rule 1), or a strong cue
   ("my client", "the claimant"); or, when the text has no general-knowledge
   wording, a case/detail cue in a statement in the same paragraph and within
   `WEAK_CUE_DISTANCE` characters of the name, or a special-category term in the
   same statement (not a question) that is not part of a name ("Christian" in
   "Christian Horner" is no evidence about him). General-knowledge wording counts
   only near the name (`Cues.public_near`), and not at all against a case or
   detail cue in the name's own sentence when that sentence has none, so a long
   public passage does not hide a private individual in the sentence before or
   after it.
   A name given as the answer to a question asking for one (`person_dialogue`) is
   always personal; in strict mode so is an honorific and a name ("Mrs Okafor"),
   or a name after a verb addressing a person ("remind John Smith"), with no public
   wording near it.
   In strict mode a full name in plain narrative is personal unless something makes
   it public (`name_narrative.py`: public wording, a question, a knowledge question in
   its paragraph, a well-known person).
   Otherwise the name is dropped: "Who was Winston Churchill?" stays `public`.
3. A special-category term is `special` when it is about a person: it is a
   disclosure ("I have diabetes", "she was convicted"), or a personal finding
   (rule 1) or a personal name (rule 2) is in the text, or a strong cue is within
   `STRONG_CUE_DISTANCE` characters. Otherwise it is dropped: "What are the
   symptoms of diabetes?" stays `public`.
4. Places from NER are `personal` only in a sentence with a personal name.
5. Overlaps: findings of the same kind that overlap keep the longest (then the
   highest score); findings of different kinds on exactly the same span keep the
   highest score (the earlier recogniser on a tie); a finding inside a longer one
   of another kind that scores at least as high is dropped (the account number
   inside an IBAN); a special-category term or a place inside another finding (the
   "Church" of "14 Church Road", a name) is dropped, and so is a name inside a
   longer special-category term (the "Jehovah" of "Jehovah's Witnesses").
6. The level is the maximum level of the findings kept; `public` when none are.

When in doubt the rules err upwards: any identifier makes every special term in
the same text count, whichever sentence it is in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from classifiers.cues import Cues
from classifiers.span_index import SpanIndex
from classifiers.types import Finding, Sensitivity

__all__ = ["STRONG_CUE_DISTANCE", "WEAK_CUE_DISTANCE", "Evidence", "decide", "resolve_overlaps"]

STRONG_CUE_DISTANCE = 300
"""Characters between a strong cue and a special-category term for the term to be about that person."""

WEAK_CUE_DISTANCE = 300
"""Characters between a case or detail cue and a name for the name to be a private individual's."""

_MARKING_PREFIX = "PROTECTIVE_MARKING_"
_CONTEXTUAL_KINDS = frozenset({"LOCATION"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """Everything found in one normalised text, before the level is decided.

    Attributes:
        findings: Recogniser findings at or above the score threshold.
        names: PERSON candidates from the name rules and from NER.
        special_terms: Special-category term candidates.
        disclosed: For each special term, whether it is a disclosure.
        places: LOCATION candidates from NER.
        cues: Context cues and sentences of the text.
        strict: Whether the text was scanned in strict mode.
    """

    findings: tuple[Finding, ...]
    names: tuple[Finding, ...]
    special_terms: tuple[Finding, ...]
    disclosed: tuple[bool, ...]
    places: tuple[Finding, ...]
    cues: Cues
    strict: bool = True
    """`ClassifierSettings.mode == "strict"`: the recall-first name rules apply (rule 2)."""
    narrative: tuple[Finding, ...] = ()
    """Names that strict mode reads as private individuals' from plain narrative (`name_narrative.py`)."""
    famous: frozenset[int] = frozenset()
    """Sentences that ask about a well-known public or fictional person (`public_figures.py`): a title and a name
    there is another character or public figure ("In Sherlock Holmes, how does Dr Watson meet Holmes?")."""


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Apply rule 5 to one list of findings (stable: earlier findings win ties).

    A sweep in order of start offset compares each finding only with those still
    open at its start, so long texts with many findings stay near-linear.
    """
    ordered = list(findings)
    beaten = [False] * len(ordered)
    active: list[int] = []
    for index in sorted(range(len(ordered)), key=lambda i: ordered[i].start):
        finding = ordered[index]
        active = [j for j in active if ordered[j].end > finding.start]
        for other_index in active:
            loser = _loser(ordered, other_index, index)
            if loser is not None:
                beaten[loser] = True
        active.append(index)
    return [f for i, f in enumerate(ordered) if not beaten[i]]


def _loser(ordered: list[Finding], first: int, second: int) -> int | None:
    """Which of two overlapping findings rule 5 drops (None: keep both)."""
    a, b = ordered[first], ordered[second]
    a_first = first < second
    if a.kind == b.kind:
        a_key, b_key = (a.end - a.start, a.score), (b.end - b.start, b.score)
        if a_key == b_key:
            return second if a_first else first
        return second if a_key > b_key else first
    if (a.start, a.end) == (b.start, b.end):
        if a.score == b.score:
            return second if a_first else first
        return second if a.score > b.score else first
    if a.start <= b.start and b.end <= a.end and a.score >= b.score:
        return second  # b lies inside a: the sort code inside an IBAN
    if b.start <= a.start and a.end <= b.end and b.score >= a.score:
        return first
    return None


def _near(finding: Finding, spans: Iterable[tuple[int, int]], distance: int) -> bool:
    return any(finding.start - end <= distance and start - finding.end <= distance for start, end in spans)


_SELF_EVIDENT_NAMES = frozenset(
    {"person_dialogue", "person_label", "person_named", "person_here", "person_listed", "person_workplace"}
)
"""Name rules whose match is itself evidence of a private individual: a name given as an answer, written
in a form's name field or given as one ("Name: Rhiannon Pugh", "his surname's Cartwright"), introducing a
caller ("Declan Furlong here"), written as records and clinic lists write it ("WILD, Karen", `name_lists.py`)
or known by a team or floor ("Tom from accounts")."""
_STRICT_ONLY_NAMES = frozenset({"person_subject"})
"""Name candidates that exist only in strict mode (a one-word name opening a statement)."""
_STRICT_NAMES = frozenset({"person_title", "person_addressee", "person_initial"})
"""In strict mode, an honorific and a name or an initial ("Mrs Okafor", "Mrs W (bed 4)"), or a name after a verb
that addresses or acts for a person ("remind John Smith", "forward this to maria gonzalez"), is a private
individual unless public wording is near."""


def _names_are_personal(evidence: Evidence, person_findings: bool) -> list[Finding]:
    cues = evidence.cues
    if person_findings or cues.strong:
        return list(evidence.names)
    evident = [
        n
        for n in evidence.names
        if n.recogniser in _SELF_EVIDENT_NAMES
        or (
            evidence.strict
            and n.recogniser in _STRICT_NAMES
            and not cues.public_near(n.start, n.end)
            and cues.sentence_index(n.start) not in evidence.famous
        )
    ]
    if evident:
        return list(evidence.names) if not cues.public else evident + _contextual_names(evidence)
    return _contextual_names(evidence)


def _contextual_names(evidence: Evidence) -> list[Finding]:
    cues = evidence.cues
    names = SpanIndex.of(evidence.names)
    statements_with_terms = {
        cues.sentence_index(t.start)
        for t in evidence.special_terms
        if not cues.sentence_at(t.start).question and not names.covers(t.start, t.end)
    }
    same_sentence_weak = {cues.sentence_index(w[0]) for w in cues.weak if not cues.public_in_sentence(w[0])}
    return [
        n
        for n in evidence.names
        if (cues.sentence_index(n.start) in same_sentence_weak and not cues.public_in_sentence(n.start))
        or not cues.public_near(n.start, n.end)
        and (
            cues.sentence_index(n.start) in statements_with_terms
            or _near(
                n,
                (
                    w
                    for w in cues.weak
                    if cues.paragraph_index(w[0]) == cues.paragraph_index(n.start) and not cues.public_near(*w)
                ),
                WEAK_CUE_DISTANCE,
            )
        )
    ]


def _term_is_about_person(evidence: Evidence, index: int, person_referenced: bool) -> bool:
    if person_referenced or evidence.disclosed[index]:
        return True
    if evidence.cues.fiction:
        return False  # "I'm writing a novel set in a fictional town ... the oncology waiting room": nobody's
    return _near(evidence.special_terms[index], evidence.cues.strong, STRONG_CUE_DISTANCE)


def decide(evidence: Evidence) -> tuple[Sensitivity, list[Finding]]:
    """Apply the module's rules; returns the level and the findings that justify it.

    Args:
        evidence: What was found in one text (normalised offsets).

    Returns:
        The level and the kept findings, sorted by position (normalised offsets).
    """
    findings = resolve_overlaps(evidence.findings)
    if not evidence.strict:  # one-word sentence subjects ("Aylin is...") are a strict-mode reading
        evidence = replace(evidence, names=tuple(n for n in evidence.names if n.recogniser not in _STRICT_ONLY_NAMES))
    identifiers = [f for f in findings if f.level >= Sensitivity.PERSONAL and not f.kind.startswith(_MARKING_PREFIX)]
    personal_names = _names_are_personal(evidence, bool(identifiers))
    if evidence.strict:
        already = set(personal_names)
        personal_names += [n for n in evidence.narrative if n not in already]
    in_identifier, in_longer_term = SpanIndex.of(identifiers), SpanIndex.of(evidence.special_terms)
    names = resolve_overlaps(
        replace(n, level=Sensitivity.PERSONAL)
        for n in personal_names
        if not in_identifier.covers(n.start, n.end) and not in_longer_term.covers_longer(n.start, n.end)
    )
    person_referenced = bool(identifiers) or bool(names)
    blockers = SpanIndex.of(findings + names)
    terms = [
        term
        for index, term in enumerate(evidence.special_terms)
        if _term_is_about_person(evidence, index, person_referenced) and not blockers.covers(term.start, term.end)
    ]
    name_sentences = {evidence.cues.sentence_index(n.start) for n in names}
    places = [
        replace(p, level=Sensitivity.PERSONAL)
        for p in evidence.places
        if p.kind in _CONTEXTUAL_KINDS
        and evidence.cues.sentence_index(p.start) in name_sentences
        and not blockers.covers(p.start, p.end)
    ]
    kept = findings + names + resolve_overlaps(terms) + resolve_overlaps(places)
    level = max((f.level for f in kept), default=Sensitivity.PUBLIC)
    return level, sorted(kept, key=lambda f: (f.start, f.end, f.kind))
