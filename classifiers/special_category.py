"""Special-category terms (UK GDPR Article 9, plus criminal records under Article 10).

The lexicon, its categories and the public taxonomies it was compiled from are in
`special_lexicon.py`; this module matches it and decides which terms are
disclosures. Every term also matches its plural and possessive ("convictions",
"Jehovah's Witnesses", "sex offenders register").

A term is only a *candidate*: "What are the symptoms of diabetes?" is public.
`aggregate.py` raises a text to `special` only when a term is about a person. One
way it can be is a disclosure, found here:

* a first-person subject ("I", "I'm", "I've") followed by a disclosure verb ("am",
  "have", "was", "suffer from"...) and at most three words before the term ("I have
  type 2 diabetes", "I'm gay"); or "my" and at most three words before it ("since my
  PTSD diagnosis");
* in a statement, a third-person subject ("he", "she", "they") the same way ("she
  was convicted"), or "his"/"her" the way "my" counts ("her probation officer"),
  unless general-knowledge wording is near (`Cues.public_near`: "Summarise Andy
  Murray's tennis career and his hip surgery" is about a public figure) or the text is
  a textbook vignette about an unnamed person (`Cues.vignette`: "A man in his 30s with
  HIV...");
* a relative clause about a named or described person: a comma or a capitalised
  word, then "who" and a disclosure verb ("a letter about Jo Bloggs, who has been
  having chemotherapy"), in statements and in requests alike, unless the text has
  general-knowledge wording ("Tell me about Tom Hanks, who has diabetes" stays a
  question about a public figure).

* the writer in other words: "we are"/"we're", "as a <term> (man), I...", "my <up to three
  words> has/is..." ("my 7 year old has type 1 diabetes"); a relative named without "my" as
  the subject ("Dad's got cancer", "mum has dementia"); a person described with "the"/"this"
  and a role or noun ("the lad next door is on probation"); a known given name's or a titled
  surname's possessive ("Priya's chemo", "Mr Evans's dementia") or a known given name as the
  subject ("Jason is a recovering alcoholic"), in statements and not near public wording. A
  sentence that ends in "?" but opens as a statement ("he's got dementia, can he still
  manage his money?") counts as a statement; one that opens with a question word or "if"
  does not.

Ambiguous words are only matched in phrases ("attends the mosque", "police
caution"), never alone ("church", "caution"). A term that names a line of work
rather than a person's circumstances is not a candidate: one followed by a job
word ("a prison officer", "mental health nurses", "asylum caseworkers") or one that
is itself a profession ("therapist", "probation officer"), unless a possessive shows
it is someone's own ("my probation officer", "her therapist"); likewise one that names a
policy or a law, or stands in guidance to anyone or a heading (`special_nobody.py`).
"""

from __future__ import annotations

import itertools
import re

from classifiers.cues import Cues
from classifiers.given_names import GIVEN_NAMES
from classifiers.name_narrative import names_famous
from classifiers.normalise import NormalisedText
from classifiers.recognisers.id_values import PLACEHOLDER
from classifiers.special_lexicon import CATEGORIES
from classifiers.special_nobody import generic_sentence, names_a_job, names_a_topic
from classifiers.term_regex import compile_terms
from classifiers.types import Finding, Sensitivity

__all__ = ["CATEGORIES", "SPECIAL_KIND_PREFIX", "find_special_terms", "is_disclosure"]

SPECIAL_KIND_PREFIX = "SPECIAL_CATEGORY_"

_PLURAL_OR_POSSESSIVE = r"(?:'s|s'?|es)?"
# Terms grouped by first letter (see `term_regex.py`); one lookbehind outside the
# alternation, so mid-word positions fail before any branch is tried.
_TERMS = compile_terms(
    {name: [t for t in terms if t[:1].isascii()] for name, terms in CATEGORIES.items()},
    before=r"(?<![a-z0-9])",
    after=r"(?![a-z0-9])",
    suffix=_PLURAL_OR_POSSESSIVE,
)
_OTHER_SCRIPT_TERMS = compile_terms(
    {name: [t for t in terms if not t[:1].isascii()] for name, terms in CATEGORIES.items()},
    before=r"(?<![a-z0-9])",
    after=r"(?![a-z0-9])",
)
"""Terms written in other scripts (Arabic, Urdu, Gurmukhi, Bengali), searched only in texts that are not ASCII:
in one expression with the rest they cost every English text a branch per script letter."""
_VERBS = (
    r"am|was|were|are|have|had|has|got|get|is|suffer(?:s|ed)?(?:[ ]+from)?|live[sd]?[ ]+with|"
    r"identif(?:y|ies|ied)[ ]+as|take[s]?|took|need(?:s|ed)?|use[sd]?|receive[sd]?|claim(?:s|ed)?|"
    r"attend(?:s|ed)?|practi[sc]e[sd]?|belong(?:s|ed)?[ ]+to|tested|went[ ]+to|spent|served|been|became|"
    r"joined|carr(?:y|ies|ied)|convert(?:s|ed)|came[ ]+out[ ]+as|undergo(?:es|ing)?|underwent|wears?|"
    r"broke|fractured|injured|hurt"
)
_ADVERB = r"(?:[a-z]+ly[ ]+)?"
_FIRST_PERSON = (
    rf"(?:i'm|i've|i'd|i[ ]+{_ADVERB}(?:{_VERBS})|(?:my|our)(?:[ ]+[a-z0-9'\-]+){{1,3}}[ ]+(?:{_VERBS})|my|we're|"
    rf"we[ ]+(?:are|were))"
)
_FAMILY_SUBJECT = r"(?:mum|mom|mam|dad|nan|nana|gran|granny|grandad|grandma|grandpa|hubby)"
"""Relation words that, without "my", name the writer's own relative ("Dad's got cancer", "mum has dementia")."""
_DESCRIBED = (
    r"(?:lad|lass|girl|boy|man|woman|guy|bloke|lady|tenant|claimant|client|neighbour|neighbor|resident|pupil|"
    r"student|customer|caller|applicant|employee|colleague|child|kid|occupant|service user|young person)"
)
"""A person described by a role or a noun with "the"/"this"/"that" ("the lad next door is on probation"); not
"patient", which textbook questions use ("The patient has diabetes. What is the treatment?")."""
_THIRD_PERSON = (
    rf"(?:he's|she's|they're|his|her|(?:he|she|they)[ ]+{_ADVERB}(?:{_VERBS})|"
    rf"{_FAMILY_SUBJECT}(?:'s|[ ]+{_ADVERB}(?:{_VERBS}))|"
    rf"(?:the|this|that)[ ]+(?:[a-z\-]+[ ]+){{0,2}}?{_DESCRIBED}(?:[ ]+next[ ]+door|[ ]+upstairs|[ ]+downstairs)?"
    rf"[ ]+{_ADVERB}(?:{_VERBS}))"
)
# Up to three words between verb and term, none of them the words of a general question
# ("I have a question about cancer") or of someone else ("I have a friend with...").
_NOT_DISCLOSING = (
    r"question|questions|about|information|advice|help|know|learn|read|reading|research|"
    r"article|essay|course|friend|friends|colleague|someone|somebody|people|anyone|everyone|reports?|"
    r"team|department|office|job|role|unit|organisation|company|employer|staff|council|service|project|"
    r"work|caseload|clients|customers|majesty's"
)
_TAIL = rf"(?:[ ]+(?!(?:{_NOT_DISCLOSING})\b)[a-z0-9'\-,]+){{0,3}}[ ]*$"
_FIRST_PERSON_TAIL = re.compile(r"(?<![a-z'])" + _FIRST_PERSON + _TAIL.replace("{0,3}", "{0,5}"))
"""The writer's own: up to five words between ("my 7 year old has type 1 diabetes")."""
_THIRD_PERSON_TAIL = re.compile(r"(?<![a-z'])(?<!or )(?<!and )(?<!/)" + _THIRD_PERSON + _TAIL)
"""Not "he or she has..." or "s/he is...": drafting for anyone, in legislation and guidance."""
# Matched on the original-case text: the word before "who" must be a comma or a capitalised word.
_RELATIVE_TAIL = re.compile(
    rf"(?:,|(?<![A-Za-z])[A-Z][a-z]+)[ ]+who(?i:'s|[ ]+{_ADVERB}(?:{_VERBS}))(?i:{_TAIL.removesuffix('$')})$"
)
_DISCLOSURE_WINDOW = 60
# a sentence that ends in "?" but opens as a statement: "he's got dementia, can he still manage his money?"
_QUESTION_OPENING = re.compile(
    r"[^a-z]*(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|would|"
    r"will|shall|may|might|has|have|had|if|whether|suppose|supposing|assuming|imagine|say)(?![a-z])"
)
# "Jason is a recovering alcoholic": a known given name as the subject of a disclosure verb
_GIVEN_NAME_SUBJECT = re.compile(
    rf"(?<![A-Za-z])(?P<given>[A-Z][a-z]+)(?:[ ]+[A-Z][a-z]+)?[ ]+(?i:{_ADVERB}(?:{_VERBS}))"
    rf"(?i:{_TAIL.removesuffix('$')})$"
)
# "as a gay man, I...", "as a Muslim, my...", "as someone with MS, can I...": the term describes the writer
_AS_A_BEFORE = re.compile(
    r"(?<![a-z])as[ ]+(?:an?[ ]+(?:[a-z\-]+[ ]+)?|(?:someone|somebody|a[ ]+person|one)[ ]+(?:with|who[ ]+has)[ ]+)$"
)
_WRITER_AFTER = re.compile(r"(?:[ ]*,)?(?:[ ]+[a-z\-]+){0,2}[ ]*,?[ ]+(?:i|i'm|i've|my|me)(?![a-z'])")
# "Jo's chemo starts next week", "Mrs Evans's dementia": a person's possessive straight before the term
_NAME_POSSESSIVE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<given>[A-Z][a-z]+)|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+[A-Z][a-z]+)'s?[ ]+(?:[a-z\-]+[ ]+)?$"
)


_SCRIPTS = (
    "\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    "\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
)
"""Greek, Cyrillic, Hebrew, Arabic, the Indic scripts, Thai, Hangul and CJK: a word in them inside an English
sentence is a name (nobody writes the sentence's common nouns in another script)."""
_UPPER = "[A-ZÀ-ÞĀ-ž]"
_LOWER = "[a-zß-ÿĀ-ž'\\-]"
_PARTICLES = r"(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|ten|bin|al|el)"
_NAMED_SUBJECT = re.compile(
    rf"(?:(?<![{_SCRIPTS}A-Za-zÀ-ž])[{_SCRIPTS}]+(?:[ ][{_SCRIPTS}]+){{0,3}}"
    rf"|(?<![A-Za-zÀ-ž])(?P<first>{_UPPER}{_LOWER}+)"
    rf"(?P<last>(?:[ ]+(?:{_UPPER}{_LOWER}*|{_PARTICLES})){{0,2}}[ ]+{_UPPER}{_LOWER}+))"
    rf"(?:'s?[ ]+|[ ]+(?:and[ ]+(?:his|her|their)[ ]+|(?i:{_ADVERB}(?:{_VERBS}))(?i:{_TAIL.removesuffix('$')})))"
    r"(?:[a-z\-]+[ ]+)?$"
)
"""A person named in another script or as given name and surname, as the subject or owner of the term:
"जैन is a practising Sikh", "Hilario Cáceres attended the sexual health clinic", "<name>'s dialysis",
"<name> and her wife", "Siobhán Ó Briain has dementia". A Latin-script name counts when a word has an
accented letter (a place or an organisation is rarely "Hilario Cáceres"); ASCII pairs are left to
`_GIVEN_NAME_SUBJECT`, which knows given names, so that a public figure's possessive ("Summarise Angela
Merkel's refugee policy") stays public."""


def _named_subject(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` ends with a named person as the subject or owner of what follows."""
    match = _NAMED_SUBJECT.search(text, start, end)
    if match is None:
        return False
    first, last = match.group("first"), match.group("last")
    if first is None or last is None:
        return True
    return not (first + last).isascii()  # an ASCII pair is `_GIVEN_NAME_SUBJECT`'s ("Angela Merkel's ... policy")


_PERSON_ONLY_TERMS = frozenset({"disabled", "undocumented", "stateless"})
"""Adjectives that technical and public texts use of things ("the option is disabled", "an undocumented API",
"a stateless service"): a candidate only when a person is the subject or the noun."""
_PERSON_WORDS = (
    r"(?:i|i'm|im|me|my|we|our|he|she|they|him|her|his|their|who|person|people|child|children|son|daughter|man|"
    r"woman|men|women|mum|mom|dad|mother|father|parent|parents|partner|husband|wife|brother|sister|baby|boy|girl|"
    r"adult|adults|claimant|tenant|applicant|customer|client|resident|pupil|student|migrant|migrants|refugee|"
    r"refugees|worker|workers|family|families|veteran|individual|someone|somebody)"
)
_PERSON_BEFORE = re.compile(rf"(?<![a-z']){_PERSON_WORDS}(?![a-z'])(?:[ ]+[a-z']+){{0,3}}[ ]+$")
_PERSON_AFTER = re.compile(rf"[ ]+(?:[a-z\-]+[ ]+)?{_PERSON_WORDS}(?![a-z'])")


def _person_near(text: NormalisedText, start: int, end: int) -> bool:
    """A person as the subject just before the word (a pronoun, a person noun, a name in capitals), or as the noun
    just after it ("a disabled son")."""
    window = max(0, start - 40)
    return (
        _PERSON_BEFORE.search(text.lower, window, start) is not None
        or _PERSON_AFTER.match(text.lower, end) is not None
        or _NAME_IS_BEFORE.search(text.text, window, start) is not None
    )


_NAME_IS_BEFORE = re.compile(rf"{_UPPER}{_LOWER}+[ ]+{_UPPER}{_LOWER}+[ ]+(?:is|was|are|were|has[ ]been)[ ]+$")
"""A name as the subject: "Łukasz Wójcik is undocumented"."""


def find_special_terms(text: NormalisedText) -> list[Finding]:
    """Every special-category term, as candidate findings of kind SPECIAL_CATEGORY_<NAME>.

    Terms in guidance to anyone or in a short heading (`special_nobody.generic_sentence`) are left out: they are about
    nobody, and a generic "your child" near them must not make them someone's.
    """
    findings = []
    lower = text.lower
    matches = _TERMS.finditer(lower)
    if not lower.isascii():
        matches = itertools.chain(matches, _OTHER_SCRIPT_TERMS.finditer(lower))
    for match in matches:
        if names_a_job(lower, match.start(), match.end()) or names_a_topic(lower, match.start(), match.end()):
            continue
        if generic_sentence(lower, match.start(), match.end()):
            continue
        start, end = match.span()
        if lower[start:end] in _PERSON_ONLY_TERMS and not _person_near(text, start, end):
            continue
        category = (match.lastgroup or "HEALTH").partition("__")[0]
        findings.append(
            Finding(
                SPECIAL_KIND_PREFIX + category,
                match.start(),
                match.end(),
                0.7,
                "special_category",
                Sensitivity.SPECIAL,
            )
        )
    return findings


def _public_about(text: NormalisedText, cues: Cues, term: Finding) -> bool:
    """Public wording in the term's own sentence, or near it in a sentence about a well-known person. Public
    wording in another sentence ("Karen Wild has stage 3 breast cancer. Write a short story for her kids")
    asks for writing about the person the first one discloses about."""
    if cues.public_in_sentence(term.start):
        return True
    sentence = cues.sentence_at(term.start)
    return cues.public_near(term.start, term.end) and names_famous(text.text, sentence.start, sentence.end)


def is_disclosure(text: NormalisedText, cues: Cues, term: Finding) -> bool:
    """True when the term follows a disclosing subject and verb in its sentence (see above); never in a declared
    fiction, whose characters are nobody (`Cues.fiction`)."""
    if cues.fiction:
        return False
    sentence = cues.sentence_at(term.start)
    if PLACEHOLDER.search(text.text, sentence.start, sentence.end) is not None:
        return False  # a template ("I, [full name], ... have been diagnosed with [condition]") discloses nothing
    window_start = max(sentence.start, term.start - _DISCLOSURE_WINDOW)
    before = text.lower[window_start : term.start]
    statement = not sentence.question or _QUESTION_OPENING.match(text.lower, sentence.start) is None
    if _FIRST_PERSON_TAIL.search(before) is not None:
        return True
    if _AS_A_BEFORE.search(before) is not None and _WRITER_AFTER.match(text.lower, term.end) is not None:
        return True
    if statement and not cues.vignette and not _public_about(text, cues, term):
        possessive = _NAME_POSSESSIVE_BEFORE.search(text.text, window_start, term.start)
        if possessive is not None and (
            possessive.group("given") is None or possessive.group("given").lower() in GIVEN_NAMES
        ):
            return True
        subject = _GIVEN_NAME_SUBJECT.search(text.text, window_start, term.start)
        if subject is not None and subject.group("given").lower() in GIVEN_NAMES:
            return True
        if _named_subject(text.text, window_start, term.start):
            return True
    if (
        statement
        and _THIRD_PERSON_TAIL.search(before) is not None
        and not cues.vignette
        and not cues.public_near(term.start, term.end)
        and not names_famous(text.text, sentence.start, sentence.end)
    ):
        return True  # "he", "her" of a public figure in a news or history question is no disclosure
    return (
        not cues.public_near(term.start, term.end)
        and _RELATIVE_TAIL.search(text.text, window_start, term.start) is not None
    )
