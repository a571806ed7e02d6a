"""Ages of identifiable people.

An age alone is not personal data ("a 45-year-old man presents with..." is a
textbook vignette); an age attached to someone identifiable is:

* straight after a person's name: "Milo Hartigan, 34, lives alone",
  "Milo Hartigan (34)", "Milo Hartigan, aged 34" (`ages_after_names`; the name is a
  candidate from the name rules or NER, and public wording near it drops it, so
  "Joe Biden, 81, said..." in a news question stays public);
* (strict mode) of a relation named by a possessive: "my mum is 84", "my 7-year-old
  son", "our daughter, aged 15" (`RelativeAge`): the writer plus a relation and an
  age is a short step from identifying the person; likewise a case role with a
  determiner ("the applicant, aged 19", "the tenant is 45 and..."), and the writer's
  own age ("I am 27 and...", not "I'm 5 minutes late").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from classifiers.given_names import GIVEN_NAMES
from classifiers.normalise import NormalisedText
from classifiers.recognisers.base import DIGITS, Pattern, PatternRecogniser, Recogniser, contains_digit
from classifiers.recognisers.digit_windows import DigitPattern
from classifiers.recognisers.postal_words import COUNTRIES
from classifiers.types import Finding, Sensitivity

__all__ = ["AGE", "NamedRecordAge", "PronounAge", "RelativeAge", "ages_after_names"]

AGE = "AGE"
_AGE_AFTER_NAME = re.compile(
    r"(?:,[ ]*|[ ]*\([ ]*)(?:aged[ ]+|age[ ]+|age:[ ]*)?(?P<age>\d{1,3})(?:[ ]*(?:years?[ -]old|yrs?|y/o|yo))?"
    r"[ ]*(?:,|\)|[ ]+(?:years?[ -]old|lives|is|was|has|who|from|of|and))"
    # "Eleanor Voss is 34 and...", "Jo turned 80 last week"
    r"|[ ]+(?:is|was|turned|turns|is now|has just turned)[ ]+(?:aged[ ]+|only[ ]+|just[ ]+)?(?P<stated>\d{1,3})"
    r"(?:[ ]*(?:years?[ -]old|yrs?))?(?![0-9%]|[.,]\d|[ ]*(?:am|pm|kg|cm|pounds|quid|percent|minutes|miles|times))",
    re.IGNORECASE,
)
_CASE_ROLES = (
    r"applicant|claimant|tenant|child|client|customer|pupil|student|resident|service user|victim|defendant|"
    r"appellant|complainant|deceased|employee|young person|individual|caller|occupant|learner|member|subject|"
    r"data subject|suspect|offender|witness|child's mother|child's father"
)
"""Case roles whose age, with a determiner, is an identifiable person's ("the applicant, aged 19").
A patient's counts only with "aged" ("the patient, aged 58"): "the patient is a 45-year-old man" is how
textbook vignettes are written."""
_RELATIONS = (
    r"son|daughter|child|kid|baby|boy|girl|wife|husband|partner|mother|mum|mom|father|dad|parent|brother|sister|"
    r"grandmother|grandfather|nan|gran|grandma|grandad|grandpa|aunt|uncle|nephew|niece|cousin|neighbour|"
    r"neighbor|friend|client|patient|tenant|stepson|stepdaughter|grandson|granddaughter|grandchild|grandkid|"
    r"stepmother|stepfather|stepmum|stepdad|fianc[eé]e?|toddler|teenager|twins?|foster child|foster son|"
    r"foster daughter|lodger|carer|flatmate|housemate|sibling|in-law|mother-in-law|father-in-law|eldest|youngest|"
    r"oldest|little one|lad|lass|kids|children|grandkids|grandchildren"
)


def ages_after_names(
    text: NormalisedText, names: Sequence[Finding], public_near: Callable[[int, int], bool]
) -> list[Finding]:
    """An age written straight after a name candidate, unless public wording is near the name."""
    findings = []
    for name in names:
        match = _AGE_AFTER_NAME.match(text.text, name.end)
        if match is None:
            continue
        group = "age" if match.group("age") is not None else "stated"
        if not 0 < int(match.group(group)) < 120 or public_near(name.start, name.end):
            continue
        start, end = match.span(group)
        findings.append(Finding(AGE, start, end, 0.7, "age_after_name", Sensitivity.PERSONAL))
    return findings


_MATHS = (
    "twice",
    "times as old",
    "older than",
    "younger than",
    "how old",
    "sum of their ages",
    "ratio",
    "altogether",
    "puzzle",
    "word problem",
)
"""Maths-problem wording: the ages of invented people."""


class RelativeAge(PatternRecogniser):
    """A possessive, a relation and an age: "my mum is 84", "my 7-year-old son" (strict mode)."""

    name = "relative_age"
    kind = AGE
    strict_only = True
    negative_context = _MATHS
    patterns = (
        Pattern(
            "relation_is_age",
            rf"(?<![a-z])(?:my|our|his|her|their)[ ]+(?:[a-z]+[ ]+)?(?:{_RELATIONS})(?:'s)?"
            rf"(?:[ ]+is|[ ]+was|[ ]+are|[ ]+were|[ ]+turned|[ ]+turns|"
            rf",?[ ]+who(?:[ ]+is|'s|[ ]+are|[ ]+turned|[ ]+has[ ]+just[ ]+turned)|,)?"
            rf"(?:[ ]+|[ ]*\([ ]*)(?:aged[ ]+|age[ ]+|now[ ]+|only[ ]+|just[ ]+)?\d{{1,3}}"
            rf"(?:[ ]*(?:years?[ -]old|yrs?|months?[ -]old))?"
            rf"(?![0-9%]|[.,]\d|[ ]*(?:am|pm|pounds|quid|percent|minutes))",
            score=0.6,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            "role_aged",
            rf"(?<![a-z])(?:the|this|our|my|your)[ ]+(?:{_CASE_ROLES}|patient)(?:'s)?"
            rf"(?:[ ]*,[ ]*|[ ]*\([ ]*|[ ]+)(?:who is[ ]+|is[ ]+)?(?:aged|age)[:]?[ ]+\d{{1,3}}(?![0-9%]|[.,]\d)",
            score=0.6,
            requires=("age",),
            flags=re.IGNORECASE,
        ),
        Pattern(
            "role_is_age",
            rf"(?<![a-z])(?:the|this|our|my|your)[ ]+(?:{_CASE_ROLES})(?:'s)?"
            rf"(?:[ ]+is|[ ]*,|,?[ ]+who(?:[ ]+is|'s))[ ]+(?:a[ ]+|an[ ]+|now[ ]+|only[ ]+)?"
            rf"\d{{1,3}}(?:[ -]*(?:years?[ -]old|yrs?|y/o|yo)|[ ]*[,;)]|[ ]+(?:and|but|with|who))(?![0-9%])",
            score=0.6,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
        Pattern(
            # a case note's sentence opening on its subject's role and age ("Client is 37 (born 1987)")
            "role_opens_note",
            rf"(?:^|(?<=[.!?])[ ]+)[ \t]*(?:{_CASE_ROLES})[ ]+is[ ]+(?:aged[ ]+)?"
            rf"\d{{1,3}}(?:[ -]*(?:years?[ -]old|yrs?|y/o|yo)|[ ]*[,;)(]|[ ]+(?:and|but|with|who))(?![0-9%])",
            score=0.6,
            requires=tuple(f"{role} is" for role in ("client", "claimant", "tenant", "applicant", "customer", "pupil",
                                                     "resident", "service user", "child", "student", "caller")),
            flags=re.IGNORECASE | re.MULTILINE,
        ),
        Pattern(
            "possessive_age_noun",
            r"(?<![a-z])(?:my|our|his|her|their)[ ]+(?:little[ ]+|eldest[ ]+|youngest[ ]+)?\d{1,2}[ -]?"
            r"(?:years?|yrs?|months?|weeks?)[ -]old(?![a-z])",
            score=0.6,
            requires=("old",),
            flags=re.IGNORECASE,
        ),
        Pattern(
            "role_years_of_age",
            rf"(?<![a-z])(?:{_CASE_ROLES})[ ]+(?:is|was)[ ]+\d{{1,3}}[ ]+years[ ]+of[ ]+age(?![a-z])",
            score=0.6,
            requires=("of age",),
            flags=re.IGNORECASE,
        ),
        Pattern(
            "own_age",
            r"(?<![a-z])(?:i am|i'm|im)[ ]+(?:only[ ]+|now[ ]+|just[ ]+)?\d{1,3}(?:[ ]*(?:years?[ -]old|yrs?|yo))?"
            r"(?![0-9%]|[.,]\d|[ ]*(?:am|pm|minutes?|mins?|hours?|hrs|days?|weeks?|months?|miles?|km|pounds|quid|"
            r"percent|times|x|th|st|nd|rd|of|out|in a row|points?|kg|lbs?|stone|cm|ft|inches|k|%))",
            score=0.6,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
        # "I'm a 52 year old man", "as a 70-year-old woman I find...": the writer describing themself
        Pattern(
            "own_age_noun",
            r"(?<![a-z])(?:i[ ]+am|i'm|im)[ ]+an?[ ]+\d{1,3}[ -]*(?:years?|yrs?)[ -]*old"
            r"|(?<![a-z])as[ ]+an?[ ]+\d{1,3}[ -]*(?:years?|yrs?)[ -]*old[ ]+[a-z]+[ ,]+(?:i|my)(?![a-z])",
            score=0.6,
            requires=("old",),
            flags=re.IGNORECASE,
        ),
        # a profile line: "Me: 34, F", "Age: 71, male"
        Pattern(
            "age_and_sex",
            r"(?<![a-z])(?:me|age|aged)[ ]*:[ ]*\d{1,3}[ ]*[,/][ ]*(?:m|f|male|female|man|woman|nb)(?![a-z])",
            score=0.6,
            requires=("me:", "me :", "age:", "age :", "aged:"),
            flags=re.IGNORECASE,
        ),
        # "Grandad is 95 next week": a family word as the subject of a sentence names the writer's relative
        Pattern(
            "family_subject_age",
            r"(?:^|(?<=[.!?\n])[ ]*|(?<=[.!?][ ]))(?:mum|mam|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa)"
            r"(?:[ ]+is|[ ]+was|[ ]+turned|[ ]+turns|'s)[ ]+(?:now[ ]+|only[ ]+|just[ ]+)?\d{1,3}"
            r"(?![0-9%]|[.,]\d|[ ]*(?:am|pm|pounds|quid|percent|minutes|miles))",
            score=0.6,
            requires=(
                "mum ",
                "mam ",
                "mom ",
                "dad ",
                "dad'",
                "nan ",
                "nan'",
                "nana",
                "gran ",
                "gran'",
                "granny",
                "grand",
            ),
            flags=re.IGNORECASE | re.MULTILINE,
        ),
        Pattern(
            "age_relation",
            rf"(?<![a-z])(?:my|our|his|her|their)[ ]+\d{{1,3}}[ -]+(?:years?|months?)[ -]+old[ ]+(?:{_RELATIONS})",
            score=0.6,
            requires=("old",),
            flags=re.IGNORECASE,
        ),
    )


class PronounAge(PatternRecogniser):
    """A pronoun's stated age in a statement: "she is 84 and lives alone", "he's 14 and being bullied" (strict).

    Weaker than a relation ("my mum is 84"): textbook vignettes write "She is 34 and has had
    abdominal pain...", so clinical-question wording near it drops it as maths wording does, and
    `public_values.py` drops it in history and news texts.
    """

    name = "pronoun_age"
    kind = AGE
    strict_only = True
    negative_context = (
        *_MATHS,
        "presents",
        "presented",
        "presenting",
        "presentation",
        "complains of",
        "on examination",
        "differential",
        "investigations",
        "most likely",
        "what tests",
        "next step",
        "management",
        "a&e",
        "emergency department",
    )
    patterns = (
        # "she is 84 and lives alone", "he's 14 and being bullied": a pronoun's stated age in a statement
        Pattern(
            "pronoun_is_age",
            r"(?<![a-z'])(?:he|she)(?:'s|[ ]+is|[ ]+was|[ ]+turned|[ ]+turns|[ ]+has[ ]+just[ ]+turned)[ ]+"
            r"(?:aged[ ]+|now[ ]+|only[ ]+|just[ ]+|nearly[ ]+|almost[ ]+)?\d{1,3}"
            r"(?:[ -]*(?:years?[ -]old|yrs?|y/o|yo))?"
            r"(?=[ ]*(?:[,;!)]|\.(?!\d)|$|-[ ]|"
            r"[ ](?:and|but|who|with|so|now|yet|next|this|years|in|last|since|on)(?![a-z])))",
            score=0.6,
            requires=DIGITS,
            flags=re.IGNORECASE,
        ),
    )


_RECORD_NAME_AGE = re.compile(
    r"(?<![A-Za-zÀ-ž])(?:(?P<surname>[A-ZÀ-Þ][A-Za-zÀ-ž'\-]+),[ ]+(?P<inverted>[A-ZÀ-Þ][a-zß-ÿ'\-]+)"
    r"|(?P<given>[A-ZÀ-Þ][a-zß-ÿ'\-]+)[ ]+(?P<family>[A-ZÀ-Þ][A-Za-zÀ-ž'\-]+))"
    r"[ ]*(?:[\-|;/,:]|\()[ ]*(?:aged|age|ages|dob|yrs)?[ ]*[:=]?[ ]*(?P<age>\d{1,3})"
    r"(?:[ ]*(?:years?[ -]old|yrs?|y/o|yo))?(?=[ ]*(?:[\-|;/,)\n]|$))",
)
"""A record line: a name, a separator and an age ("Belkacem, Salima - age 26 - room 12", "Okafor, Chidi | 44",
"Anna Kowalska (age 71)")."""
_AGE_PART = DigitPattern.compile(
    r"[\-|;/,:(](?:[ ]*(?:aged|age|ages|dob|yrs)?[ ]*[:=]?[ ]*)\d{1,3}(?![0-9])", re.IGNORECASE
)
"""The separator and age of a record line: found first (rarer than capitals), then the name before it."""
_PLACE = re.compile(rf"(?:{COUNTRIES}|england|scotland|wales|uk|britain|europe|asia|africa)", re.IGNORECASE)
"""A country after the comma: "Paris, France - ages 3 and up" is a place and an age range, not a record."""
_RECORD_LABEL = re.compile(r"(?i:record|name|patient|resident|client|tenant|pupil|occupant|guest|attendee)s?[ ]*:")
_AGE_WORD = re.compile(r"(?i:aged?|ages|yrs?|years|y/o|yo)")


class NamedRecordAge(Recogniser):
    """An age beside a name in a record line, any separator: "Belkacem, Salima - age 26" (module docstring).

    A name written surname first ("Belkacem, Salima") with an age after it is a record of a person;
    a given name and surname count when the given name is known, has an accented letter or a record
    label ("Record:", "Resident:") comes before. Without an age word, only a comma or bracket form
    of the inverted name counts ("Okafor, Chidi, 44"), not a bare number after a dash (a score).
    """

    name = "record_age"
    kind = AGE

    def find(self, text: NormalisedText) -> list[Finding]:
        """Each name-and-age record in the text."""
        if not contains_digit(text.text):
            return []
        findings = []
        source = text.text
        seen: set[int] = set()
        for part in _AGE_PART.finditer(text):
            match = _RECORD_NAME_AGE.search(source, max(0, part.start() - 60), part.end() + 24)
            if match is None or match.start("age") in seen:
                continue
            if match.group("inverted") is not None and _PLACE.fullmatch(match.group("inverted")) is not None:
                continue
            seen.add(match.start("age"))
            age = int(match.group("age"))
            if not 0 < age < 120:
                continue
            between = source[match.end(2 if match.group("surname") else 4) : match.start("age")]
            worded = _AGE_WORD.search(between) is not None or _AGE_WORD.search(source, match.end("age"), match.end())
            if not worded and not (match.group("surname") and between.strip() in {",", "("}):
                continue
            if match.group("given") is not None:
                given, family = match.group("given"), match.group("family")
                labelled = _RECORD_LABEL.search(source, max(0, match.start() - 20), match.start()) is not None
                if not (labelled or given.lower() in GIVEN_NAMES or not (given + family).isascii()):
                    continue
            start, end = match.span("age")
            findings.append(Finding(AGE, start, end, 0.6, self.name, Sensitivity.PERSONAL))
        return findings
