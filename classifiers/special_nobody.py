"""Where a special-category word is about nobody: a line of work, a document or law, guidance, a heading.

Split out of `special_category.py`, which finds the terms and decides who they are about: these say when a
found term names no one's circumstance at all, so that it is not a candidate ("a mental health nurse", "our
menopause at work policy", "the Mental Health Act 1983", "If you are pregnant you're entitled to...", a
document's heading "Pregnancy and maternity.").
"""

from __future__ import annotations

import re

__all__ = ["generic_sentence", "names_a_job", "names_a_topic"]

_JOB_WORD = (
    r"(?:officers?|nurses?|guards?|governors?|staff|workers?|practitioners?|professionals?|specialists?|"
    r"consultants?|researchers?|lawyers?|solicitors?|charit(?:y|ies)|sector|system|policy|policies|reform|"
    r"statistics|figures|caseworkers?|unit|courses?|training)"
)
_JOB_AFTER = re.compile(rf"(?:[ ][a-z]+)?[ ]{_JOB_WORD}(?![a-z])")
"""A line of work after the term, straight or after one word ("Domestic Abuse Housing Caseworker")."""
_JOB_AT_END = re.compile(rf"[ ]{_JOB_WORD}$")
_PROFESSIONS = frozenset({"therapist", "psychiatrist", "oncologist", "therapists", "psychiatrists", "oncologists"})
_TOPIC_AFTER = re.compile(
    r"(?:[ ]+(?:at[ ]+work|in[ ]+the[ ]+workplace|leave|support|treatment))?[ ]+(?:policy|policies|guidance|"
    r"procedures?|strategy|strategies|act|bill|regulations|awareness|leaflets?|toolkit|framework|charter|"
    r"history month|(?:awareness )?(?:week|month|day)|staff network|network|confident|champions?|allies)(?![a-z])"
)
"""A document or law about the category ("our menopause at work policy", "the Mental Health Act 1983", "a fertility
treatment leave policy"): a topic, nobody's circumstance, unless a person's possessive is before it."""
_UNDER_THE = re.compile(r"(?<![a-z])under[ ]+(?:(?:section|s\.?)[ ]?\d+[a-z]?[ ]+of[ ]+)?the[ ]+$")
"""Someone held or assessed under the law ("detained under section 2 of the Mental Health Act"), not the law."""
_PERSONS_POSSESSIVE_BEFORE = re.compile(r"(?<![a-z])(?:my|his|her|their|[a-z]+'s)[ ]+(?:[a-z\-]+[ ]+)?$")
_POSSESSIVE_BEFORE = re.compile(r"(?<![a-z])(?:my|his|her|their|your|our|[a-z]+'s)[ ]+(?:[a-z\-]+[ ]+)?$")

_GENERIC_OPENING = re.compile(
    r"[ \t\-*•(\"']*(?:if[ ]you|if[ ]your|you[ ](?:must|can|may|might|could|should|will|need|have[ ]to|are[ ]entitled)|"
    r"you'(?:ll|re[ ]entitled)|employers?|anyone|everyone|people[ ](?:who|with)|workers|employees|claimants|"
    r"applicants|tenants|most[ ]people|many[ ]people|some[ ]people|around[ ]\d|about[ ]\d|(?:a|an|the)[ ](?:basic|"
    r"standard|enhanced)[ ](?:dbs[ ])?check|this[ ](?:guidance|section|page|part|act|policy)|under[ ](?:the|this|"
    r"section)|where[ ](?:a|an)[ ](?:person|employee|worker|applicant|claimant)|(?:a|an|any)[ ](?:person|employee|"
    r"worker|applicant|claimant|tenant|pupil)[ ](?:who|with|is|may|must|has|can)|(?:the[ ])?(?:department|government|"
    r"council|service|organisation|employer|manager|school|nhs|authority|agency|staff)s?[ ]"
    r"(?:should|must|will|may|can))(?![a-z])"
)
"""Guidance and legislation written to or about anyone: "If you're pregnant you're entitled...", "Employers cannot
ask you about spent convictions", "A person who has a disability..."."""
_STATISTIC = re.compile(
    r"\d(?:\.\d+)?[ ]?(?:%|per[ ]?cent)|(?<![a-z])(?:\d+|one)[ ]in[ ]\d|times[ ](?:more|less|as)[ ]likely|"
    r"(?<![a-z])(?<!enhanced )(?<!standard )(?<!lower )(?<!higher )(?<!middle )(?:rates?|proportion|prevalence|"
    r"average|statistics|figures)(?![a-z])"
)
"""A statistic: a sentence counting people ("The reoffending rate for adults released from custody was 36.8%")."""
_PLURAL_SUBJECT = re.compile(
    r"[ \t\-*•(\"']*(?:(?!(?:his|her|their|our|my|your)[ ])[a-z\-]+[ ]){0,3}?"
    r"(?:holders|users|households|adults|families|managers|organisations|"
    r"departments|services|councils|schools|staff|those|patients|pupils|students|prisoners|offenders|victims|"
    r"residents|customers|members|individuals|veterans|carers|parents)(?![a-z'])"
)
"""A plural subject: "Blue Badge holders park free", "users who have dyslexia", "Managers should..."."""
_GROUPS = (
    r"(?:users|people|those|adults|children|workers|employees|claimants|applicants|patients|pupils|students|"
    r"individuals|households|members|residents|customers|staff|the[ ]population|women|men)"
)
_GROUP_BEFORE = re.compile(rf"(?<![a-z]){_GROUPS}[ ](?:who|with)(?:(?![ ](?:he|she|his|her|they)[ ])[^.;:!?]){{0,40}}$")
_ANYONE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:any|every|each)[ ][a-z]+|a[ ](?:caller|member of the public))[ ]who[^.;:!?]{0,40}$"
)
"""Anyone in a role, or "a caller who discloses they are ..." in guidance: nobody's own circumstance ("they" is
that anyone)."""
_GROUP_AFTER = re.compile(rf"[^.;:!?]{{0,30}}?[ ](?:of|among|for)[ ](?:all[ ])?{_GROUPS}(?![a-z])")
"""A term said of a group: "users who have low literacy, dyslexia...", "the ethnicity ... of claimants"."""
_OWN_WORDS = re.compile(r"(?<![a-z'])(?:i|i'm|i've|my|me|we|our|us)(?![a-z'])")
_SENTENCE_OPEN = re.compile(r"(?:[.!?:;][ \t]+|\n)[^.!?:;\n]*$")
_SENTENCE_CLOSE = re.compile(r"[.!?;\n]")
_HEADING_WORDS = 6
_NUMBERED = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)][ \t]+$")
"""A numbered heading's number before it: "4. Criminal records.", "2.1 Reasonable adjustments."."""
_VERB = re.compile(
    r"(?<![a-z])(?:is|are|was|were|has|have|had|got|gets|get|needs|takes|been|being|will|can|did|does|do|went|"
    r"starts|started|lives|said|says)(?![a-z])|'s(?![a-z])"
)
"""A heading of a long document ("Pregnancy and maternity.", "Criminal record checks.") has no verb."""


def generic_sentence(lower: str, start: int, end: int) -> bool:
    """True when the term at `lower[start:end]` is in guidance to anyone or a short heading, and nobody's own.

    Long public documents (GOV.UK guidance, legislation, HR policies) name special categories in sentences
    addressed to every reader; "your child" elsewhere in them is a generic reader's child, not a case.
    """
    window = max(0, start - 300)
    opening = _SENTENCE_OPEN.search(lower, window, start)
    sentence_start = opening.start() + (1 if lower[opening.start()] == "\n" else 2) if opening else window
    if opening is None and window > 0:
        return False
    close = _SENTENCE_CLOSE.search(lower, end)
    sentence_end = close.start() if close is not None else len(lower)
    if _ANYONE_BEFORE.search(lower, max(sentence_start, start - 60), start) is not None:
        return True  # "how to handle a caller who discloses they are feeling suicidal" (even in "our" guidance)
    if _OWN_WORDS.search(lower, sentence_start, sentence_end) is not None:
        return False
    if (
        _GENERIC_OPENING.match(lower, sentence_start) is not None
        or _PLURAL_SUBJECT.match(lower, sentence_start) is not None
        or _STATISTIC.search(lower, sentence_start, sentence_end) is not None
        or _GROUP_BEFORE.search(lower, max(sentence_start, start - 60), start) is not None
        or _GROUP_AFTER.match(lower, end) is not None
    ):
        return True
    heading = lower[sentence_start:sentence_end]
    return (
        (
            sentence_start == 0
            or lower[sentence_start - 1] == "\n"
            or _NUMBERED.search(lower, max(0, sentence_start - 16), sentence_start) is not None
        )
        and len(heading.split()) <= _HEADING_WORDS
        and close is not None
        and lower[close.start()] in ".\n"
        and len(lower) - sentence_end > 40
        and "," not in heading
        and _VERB.search(heading) is None
    )


def names_a_job(lower: str, start: int, end: int) -> bool:
    """True when the term at `lower[start:end]` is a line of work, not a circumstance ("a mental health nurse")."""
    term = lower[start:end]
    if _JOB_AFTER.match(lower, end) is None and _JOB_AT_END.search(term) is None and term not in _PROFESSIONS:
        return False
    return _POSSESSIVE_BEFORE.search(lower, max(0, start - 40), start) is None


def names_a_topic(lower: str, start: int, end: int) -> bool:
    """True when the term at `lower[start:end]` names a policy, guidance or law (`_TOPIC_AFTER`)."""
    if _TOPIC_AFTER.match(lower, end) is None:
        return False
    before = max(0, start - 40)
    if _UNDER_THE.search(lower, before, start):
        return False
    return _PERSONS_POSSESSIVE_BEFORE.search(lower, before, start) is None
