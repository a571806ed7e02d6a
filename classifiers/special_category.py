"""Special-category terms (UK GDPR Article 9, plus criminal records under Article 10).

The categories are those of UK GDPR Article 9(1): racial or ethnic origin, political
opinions, religious or philosophical beliefs, trade union membership, genetic data,
biometric data, health, sex life or sexual orientation; Article 10 adds criminal
convictions and offences. Immigration and asylum status is treated the same way
(the Data Protection Act 2018 Schedule 2 immigration exemption marks it as
high-risk, and departments handle it as sensitive).

A term is only a *candidate*: "What are the symptoms of diabetes?" is public.
`aggregate.py` raises a text to `special` only when a term is about a person. One
way it can be is a disclosure, found here: a first-person subject ("I", "I'm",
"I've") or, in a statement, a third-person one ("he", "she"), followed by a
disclosure verb ("am", "have", "was", "suffer from"...) and at most three words
before the term ("I have type 2 diabetes", "she was convicted", "I'm gay"); or
"my" and at most three words before it ("since my PTSD diagnosis").
Ambiguous words are only matched in phrases ("attends the mosque", "police
caution"), never alone ("church", "caution").
"""

from __future__ import annotations

import re

from classifiers.cues import Cues
from classifiers.normalise import NormalisedText
from classifiers.types import Finding, Sensitivity

__all__ = ["CATEGORIES", "SPECIAL_KIND_PREFIX", "find_special_terms", "is_disclosure"]

SPECIAL_KIND_PREFIX = "SPECIAL_CATEGORY_"

CATEGORIES: dict[str, str] = {
    "HEALTH": (
        r"diagnos(?:ed|is|es)|cancer|tumou?r|leuka?emia|diabet(?:es|ic)|hiv|hiv/aids|hepatitis|asthma(?:tic)?|"
        r"epilep(?:sy|tic)|stroke(?! of)|dementia|alzheimer'?s|parkinson'?s|multiple sclerosis|motor neurone disease|"
        r"depression|depressed|anxiety|panic attacks?|bipolar|schizophreni[ac]|psychosis|psychotic|ptsd|ocd|"
        r"eating disorder|anorexi[ac]|bulimi[ac]|self[- ]harm(?:ing|ed)?|suicidal|suicide attempt|overdosed?|"
        r"mental health|mental illness|sectioned|psychiatri(?:c|st)|therapist|counselling|antidepressants?|"
        r"sertraline|fluoxetine|citalopram|insulin|chemotherapy|radiotherapy|surgery|hospitali[sz]ed|"
        r"admitted to hospital|pregnant|pregnancy|miscarriage|abortion|ivf|sexual health|chlamydia|"
        r"gonorrh?oea|syphilis|illness|disease|medical condition|medical history|medication|prescription|"
        r"prescribed|heart attack|heart condition|long covid|autism|autistic|adhd|dyslexi[ac]|addiction|"
        r"alcoholi[cs]m?|alcohol dependency|substance misuse|drug misuse|rehab|fit note|sick note|"
        r"terminally ill|terminal illness|blood test results?|hiv positive|crohn'?s|colitis|"
        r"brca[12]?|gene mutation|genetic condition"
    ),
    "DISABILITY": (
        r"disabilit(?:y|ies)|(?<=is |am |'m |be |as )disabled|(?<= a )disabled|(?<=was |are )disabled|"
        r"disabled (?:person|people|child|adult|parent|son|daughter|badge|facilities|access|benefits?)|"
        r"wheelchair(?: user)?|registered blind|(?<=is |am |'m )blind|partially sighted|visually impaired|deaf|"
        r"hard of hearing|hearing impair(?:ed|ment)|mobility (?:impairment|problems|issues)|"
        r"personal independence payment|pip (?:claim|award|assessment|application|payment|tribunal|appeal)|"
        r"(?:claims?|receives?|gets?|on) pip|disability living allowance|attendance allowance|"
        r"blue badge|reasonable adjustments?|learning difficult(?:y|ies)|learning disabilit(?:y|ies)|"
        r"special educational needs|ehcp|education, health and care plan"
    ),
    "ETHNICITY": (
        r"ethnicity|ethnic origin|ethnic minority|racial origin|black british|black african|"
        r"black caribbean|white british|white irish|british asian|asian british|mixed race|mixed heritage|"
        r"(?:pakistani|bangladeshi|indian|chinese|african|caribbean|somali|polish|irish|jamaican|nigerian|"
        r"arab|kurdish|roma|gypsy|traveller) (?:heritage|descent|origin)|racially motivated|racial abuse|"
        r"romany|gypsy|irish traveller|traveller community"
    ),
    "RELIGION": (
        r"religion|religious beliefs?|muslim|islamic faith|christian|catholic|protestant|anglican|jewish|"
        r"judaism|hindu|hinduism|sikh|sikhism|buddhist|buddhism|atheist|agnostic|jehovah'?s witness|mormon|"
        r"quaker|(?:attends|goes to|going to|prays at|member of) (?:the |a |his |her |their )?"
        r"(?:local )?(?:mosque|church|synagogue|gurdwara|temple)|"
        r"wears? (?:a |the )?(?:hijab|niqab|burqa|turban|kippah)|"
        r"observes ramadan|fasting for ramadan"
    ),
    "SEXUALITY": (
        r"sexual orientation|sexuality|gay|lesbian|bisexual|homosexual|queer|lgbtq?\+?|transgender|"
        r"trans (?:woman|man)|non-binary|gender reassignment|gender identity|gender recognition certificate|"
        r"same-sex partner|sex life|sexual history"
    ),
    "TRADE_UNION": (
        r"trade union(?: member(?:ship)?| rep(?:resentative)?)?|union member(?:ship)?|union rep(?:resentative)?|"
        r"shop steward|unison (?:member|union|rep)|member of unison|gmb|nasuwt|usdaw|"
        r"member of (?:the )?(?:unite|pcs|rmt|rcn|bma|neu|cwu|ucu|fbu)|"
        r"(?:unite|pcs|rmt|neu|ucu|cwu|fbu) union"
    ),
    "CRIMINAL_RECORD": (
        r"criminal record|criminal convictions?|convicted|previous convictions?|spent convictions?|"
        r"unspent convictions?|police caution|cautioned by (?:the )?police|received a caution|arrested|"
        r"charged with|criminal offence|sex offender|ex-offender|prison|jail(?:ed)?|imprisoned|"
        r"custodial sentence|sentenced|probation (?:officer|service|order)|parole|community order|electronic tag|"
        r"served (?:a )?(?:sentence|time)|pleaded guilty|found guilty|guilty of|police record|on bail|"
        r"released from (?:prison|custody|jail|hmp|hmyoi)|hmp [a-z]+|hmyoi [a-z]+|"
        r"serv(?:ing|ed) (?:a |an )?(?:\d+|one|two|three|four|five|six|ten|twelve|eighteen)?[ -]?"
        r"(?:months?|years?|sentence|prison sentence)"
    ),
    "IMMIGRATION": (
        r"asylum(?: seeker| claim| application)?|refugee(?: status)?|immigration status|leave to remain|"
        r"indefinite leave|settled status|pre-settled status|overstayed|visa overstay|deportation|deported|"
        r"removal order|immigration detention|immigration bail|undocumented|illegal immigrant|"
        r"no recourse to public funds|nrpf|home office reference|biometric residence permit|brp|"
        r"victim of trafficking|modern slavery"
    ),
    "BIOMETRIC": (
        r"biometrics?|biometric data|fingerprints?|facial recognition|face scan|iris scan|retina(?:l)? scan|"
        r"voiceprint|dna (?:sample|profile|test|result)s?|genetic (?:test|testing|data|condition|disorder)s?|genome"
    ),
    "POLITICAL": (
        r"political (?:opinions?|views|beliefs|affiliation)|party membership|"
        r"member of the (?:[a-z]+ ){1,3}party|"
        r"votes? (?:labour|conservative|tory|lib dem|green|reform|snp|plaid)"
    ),
}

# One lookbehind outside the alternation: mid-word positions fail before any branch is tried.
_TERMS = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(rf"(?P<{name}>(?:{terms})(?![a-z0-9]))" for name, terms in CATEGORIES.items()) + ")"
)
_FIRST_PERSON = r"(?:i'm|i've|i'd|i[ ]+(?:{verbs})|my)"
_THIRD_PERSON = r"(?:he's|she's|(?:he|she)[ ]+(?:{verbs}))"
_VERBS = (
    r"am|was|have|had|has|got|get|is|suffer(?:s|ed)?(?:[ ]+from)?|live[sd]?[ ]+with|identif(?:y|ies|ied)[ ]+as|"
    r"take[s]?|took|need(?:s|ed)?|use[sd]?|receive[sd]?|claim(?:s|ed)?|attend(?:s|ed)?|practi[sc]e[sd]?|"
    r"belong(?:s|ed)?[ ]+to|tested|went[ ]+to|spent|served|been|became|joined"
)
# Up to three words between verb and term, none of them the words of a general question
# ("I have a question about cancer") or of someone else ("I have a friend with...").
_NOT_DISCLOSING = (
    r"question|questions|about|information|advice|help|know|learn|read|reading|research|"
    r"article|essay|course|friend|friends|colleague|someone|somebody|people|anyone|everyone|reports?"
)
_TAIL = rf"(?:[ ]+(?!(?:{_NOT_DISCLOSING})\b)[a-z0-9'\-,]+){{0,3}}[ ]*$"
_FIRST_PERSON_TAIL = re.compile(r"(?<![a-z'])" + _FIRST_PERSON.format(verbs=_VERBS) + _TAIL)
_THIRD_PERSON_TAIL = re.compile(r"(?<![a-z'])" + _THIRD_PERSON.format(verbs=_VERBS) + _TAIL)
_DISCLOSURE_WINDOW = 60


def find_special_terms(text: NormalisedText) -> list[Finding]:
    """Every special-category term, as candidate findings of kind SPECIAL_CATEGORY_<NAME>."""
    findings = []
    for match in _TERMS.finditer(text.lower):
        category = match.lastgroup or "HEALTH"
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


def is_disclosure(text: NormalisedText, cues: Cues, term: Finding) -> bool:
    """True when the term follows a disclosing subject and verb in its sentence (see above)."""
    sentence = cues.sentence_at(term.start)
    window_start = max(sentence.start, term.start - _DISCLOSURE_WINDOW)
    before = text.lower[window_start : term.start]
    if _FIRST_PERSON_TAIL.search(before) is not None:
        return True
    return not sentence.question and _THIRD_PERSON_TAIL.search(before) is not None
