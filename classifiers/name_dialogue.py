"""A name given as the answer in a dialogue turn: "Name on the account?" -> "Jane Roe".

A turn that asks for a person's name (a question, or a request without a question
mark: "Please state your full name.") and the next turn's answer, after speaker labels
("Caller:", "[customer]", "A.") and fillers ("Yes, it's", "Mine -", "I think it was").
The answer is reported as `person_dialogue`, which `aggregate.py` always counts as a
private individual's: it was given in answer to a request for someone's name. A
question about a thing's name ("the name of the capital") or a quiz is not one.
"""

from __future__ import annotations

import re

from classifiers.given_names import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from classifiers.name_words import NOT_NAME_STARTS as _NOT_NAME_STARTS
from classifiers.surnames import SURNAMES
from classifiers.types import Finding, Sensitivity
from classifiers.vocabulary import is_english_word

__all__ = ["dialogue_answers"]

PERSON = "PERSON"

# A turn that asks for a name, then the next turn: "Agent: Name on the account?\nCaller: Jane Roe"
_NAME_QUESTION = re.compile(
    r"(?im)(?P<question>(?:name|who (?:is|am i|are we) (?:speaking|talking) (?:to|with)|who's calling|who is calling|"
    r"whose (?:account|details|behalf|claim|file|record|name|card|policy|booking)|"
    r"who (?:is|are) (?:this|the call|you calling|it) (?:about|regarding|for)|"
    # a question about who holds a private role or did a private thing ("Who is the landlord?", "Who was
    # driving?", "Who referred you?"), or whose affairs these are ("Whose benefit is it?")
    r"who(?:'s| is| was| are| were| will be| should be)[ ]+(?:the[ ]+|your[ ]+|my[ ]+|our[ ]+|their[ ]+|his[ ]+|"
    r"her[ ]+)?(?:[a-z\-]+[ ]+){0,2}?(?:landlord|landlady|account holder|holder|named driver|driver|tenant|lodger|"
    r"owner|claimant|applicant|beneficiary|next of kin|carer|guardian|payee|policyholder|policy holder|guarantor|"
    r"executor|appointee|sponsor|father|mother|parent|partner|emergency contact|contact|caller|referrer|patient|"
    r"child|signatory|employer|dad|mum|doctor|gp|social worker|key worker)s?(?![a-z])|"
    r"who (?:was|is|were|are) (?:driving|calling|living|staying|paying|renting)|"
    r"who (?:else )?(?:lives|stays|lived) (?:with you|there|at)|who referred you|who sent you|who told you|"
    r"whose (?:benefit|pension|money|car|house|flat|tenancy|phone|address|child|children|payment|refund|letter))"
    # a request put without a question mark ("Please state your name."): `_NAME_REQUEST` checks its verb
    r"(?:[^\n?]{0,40}\?|(?P<bare>)[^\n?]{0,30}(?=\n)))[ \t]*"
    # speaker labels: "Caller:", "[customer]", "A." (an initial "S." reads the same way: the surname answers)
    r"(?:\n[ \t]*)+(?:[A-Za-z][A-Za-z ]{0,20}:[ \t]*|\[[^\]\n]{1,20}\][ \t]*|[A-Za-z]{1,2}\.[ \t]+|[-–>*\"'][ \t]*)*"
    r"(?:(?:yes|yeah|yep|sure|ok|okay|of course|hi|hello|it's|it is|its|this is|that's|that is|that'd be|"
    r"my name is|my name's|name's|the name is|i'm|i am|it'll be|it should be|under|my (?:dad|mum|mother|father|"
    r"son|daughter|wife|husband|partner|brother|sister|gran|grandmother|grandfather|nan|aunt|uncle)|"
    r"mine|me|(?:i think|i believe)(?: it)?(?:'s| is| was)?|it was|that was|it would be|er|erm|um|uh|"
    # where a name is held, not the name ("it's in Samira Belkadi's name", "under my wife, Ana Ruiz")
    r"(?:in|under)(?: the name of)?|"
    r"please|thanks|sorry|just|only|mr|mrs|ms|miss|mx|dr|an? (?:man|woman|guy|lady|bloke|girl|boy|person) "
    r"(?:called|named)|(?:for|to) (?:my|our) [a-z]+|(?:my|our) [a-z]+'s|my [a-z]+)[ \t]*[,.:\-–]?[ \t]*)*"
    r"(?P<answer>[^\W\d_]+(?:['\-][^\W\d_]+)*(?:[ ]+[^\W\d_]+(?:['\-][^\W\d_]+)*){0,3})[ \t]*"
    r"(?:[.!,\"'(][^\n]*)?(?:$|\n)"
)
_NAME_REQUEST = re.compile(
    r"(?i)(?<![a-z])(?:state|confirm|give|spell|provide|have|take|get|tell (?:me|us)|what(?:'s|s| is))[ ]+"
    r"(?:me[ ]+|us[ ]+)?"
    r"(?:your|the|their|his|her)[ ]+(?:[a-z']+[ ]+){0,3}(?:full[ ]+|first[ ]+|last[ ]+|sur)?$"
)
"""The words before "name" in a request without a question mark ("Please state your full name.")."""
_TRIVIA_NAME = re.compile(
    r"(?i)quiz|trivia|(?<![a-z])name (?:a|an|one|two|three|some|any)(?![a-z])|name of (?:the |a |an )?+"
    r"(?!patient|person|caller|customer|policy|account|claimant|applicant|tenant|child|client|deceased|beneficiary|"
    r"holder|resident|owner|driver|member|pupil|student|employee|individual|cardholder|landlord|sender|recipient|"
    r"user|person|father|mother|parent|son|daughter|husband|wife|partner|baby|spouse|next of kin|doctor|gp|"
    r"social worker|carer|guardian|referrer|employer|lodger|witness|victim)"
)
"""A question asking for the name of a thing, or a quiz ("What is the name of the capital of France?")."""
_TURN_START = re.compile(r"[ \t]*(?:[A-Za-z][A-Za-z ]{0,20}:[ \t]*|\[[^\]\n]{1,20}\][ \t]*)?(?:your[ ]+|full[ ]+)*")
"""A turn that is only a speaker label before "name" ("Advisor: name pls"): a request for a name."""
_FILLERS = frozenset({"yes", "no", "sure", "ok", "okay", "it", "not", "none", "unknown", "pass", "n/a", "na"})


def dialogue_answers(text: str) -> list[Finding]:
    """The answer to a turn asking for a name (module docstring); not ordinary words.

    An answer of two or more capitalised words counts as a name even when each is also a
    word ("Marguerite Delacroix", "Rose Hill"): a question about a thing's name ("the name of
    the capital") is a quiz (`_TRIVIA_NAME`) and never gets here.
    """
    if "\n" not in text:
        return []
    lower = text.lower()
    if "name" not in lower and "who" not in lower:
        return []  # every question `_NAME_QUESTION` reads asks for a "name" or "who" (~50 µs per KB saved)
    findings = []
    for match in _NAME_QUESTION.finditer(text):
        if _TRIVIA_NAME.search(match.group("question")):
            continue
        bare = match.start("bare")
        if bare >= 0 and (
            text[bare - 4 : bare].lower() != "name"
            or (
                _NAME_REQUEST.search(text, max(0, text.rfind("\n", 0, bare) + 1, bare - 64), bare - 4) is None
                and _TURN_START.fullmatch(text, text.rfind("\n", 0, bare) + 1, bare - 4) is None
            )
        ):
            continue  # a line ending without a question mark that does not ask for a name
        words = match.group("answer").split()
        lowered = [w.lower() for w in words]
        if lowered[0].split("'")[0] in _NOT_NAME_STARTS or lowered[0] in _FILLERS:
            continue  # also "I'd rather not say", "It's private"
        # an answer of ordinary words only ("Paris", "Blue Whale") is not a person's name
        # (a given name that is also a word, "Paris", counts only beside another word)
        title_case = len(words) > 1 and all(w[:1].isupper() for w in words)
        if not title_case and not any(
            w in GIVEN_NAMES
            or w in SURNAMES
            or (w in AMBIGUOUS_GIVEN_NAMES and len(words) > 1)
            or not is_english_word(w)
            for w in lowered
        ):
            continue
        start = match.start("answer")
        findings.append(Finding(PERSON, start, match.end("answer"), 0.7, "person_dialogue", Sensitivity.PERSONAL))
    return findings
