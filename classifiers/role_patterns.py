"""The patterns of the role cues (`cues.find_cues`): a role or label that names someone's part in a case.

Split out of `cues.py` so that the cue rules and the patterns they read each fit a screen: a role with a
determiner ("the claimant") and the policy wording that makes it anyone's ("The employee may..."), a case
note's or a record's role, labels ("Beneficiary: ..."), self-introductions, definitions, "in the name of".
"""

from __future__ import annotations

import re

from classifiers.cue_terms import ROLES

__all__ = [
    "AS_ROLE", "AS_ROLE_CUE", "CONDITION_BEFORE", "DEFINING", "DEFINITION", "INTRODUCTION", "IN_THE_NAME_OF",
    "NAMES_A_THING", "POLICY_MODAL", "ROLE", "ROLE_LABEL", "ROLE_NOTE", "ROLE_RECORD", "opens_sentence",
]  # fmt: skip

ROLE = re.compile(rf"(?<![a-z])(?:the|this|that)[ ]+(?:{ROLES})(?![a-z])")
POLICY_MODAL = re.compile(
    r"[ ]+(?:may|must|should|shall|can|will need to|is entitled|are entitled|has the right|have the right|"
    r"needs to|is required|are required|is expected)(?![a-z])"
)
"""A rule for anyone in the role ("The employee may be accompanied by a trade union representative"): a policy's
generic person, not someone's case."""
CONDITION_BEFORE = re.compile(r"(?<![a-z])(?:if|where|unless|until|once|whenever|whether)[ ]+$")
"""A condition on whoever holds the role ("if the employee is unwell after treatment"): a policy's generic person."""
NAMES_A_THING = re.compile(
    r"[Tt]he[ ]+[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){0,2}[ ]+(?:Programme|Scheme|Service|Services|Team|Fund|Panel|Board|"
    r"Network|Forum|Hub|Portal|Line|Policy|Charter)(?![a-z])"
)
"""The role word capitalised inside a capitalised name ("The Employee Assistance Programme"): a scheme's name."""
ROLE_NOTE = re.compile(
    r"(?:client|patient|claimant|service user|resident|customer|pupil|tenant|applicant)"
    r"[ ]+(?:(?:is|was)[ ]+(?:aged[ ]+)?\d{1,3}(?![\d%.,:])|lives|lived|reports|reported|states|stated|presented|"
    r"attended|disclosed|denies|denied)(?![a-z])"
)
"""A role and what a case note says it did ("Client is 37 (born 1987)", "Patient reports..."): the role is someone's
when the words open a sentence (`opens_sentence`; matched from the role word, so that `re` skips to its letters)."""


def opens_sentence(lower: str, start: int) -> bool:
    """Only spaces or tabs between `start` and the text's start, a line break or a sentence's end."""
    before = start
    while before > 0 and lower[before - 1] in " \t":
        before -= 1
    return before == 0 or lower[before - 1] in ".!?\n"


ROLE_RECORD = re.compile(
    r"[\"'](?:patient|client|service[ _]user|pupil|claimant|tenant|applicant|customer)[\"'][ ]*:[ ]*[{\[]"
)
"""A record's key naming its subject's role, holding the record ('{"patient": {"id": ..., "dx": "HIV"}}')."""
# Relational and financial roles written as labels ("Beneficiary: Jane Roe", "the account
# holder is Jane Roe", "next of kin - John Roe") and self-introductions ("my name is...",
# "this is Jane Roe speaking") say a private individual is named, in questions too.
ROLE_LABEL = re.compile(
    r"(?<![a-z])(?:beneficiary|account holder|account-holder|joint account holder|next of kin|payee|executor|"
    r"guarantor|policy ?holder|card ?holder|power of attorney|appointee|named driver|emergency contact|"
    r"(?:joint|lead|sole) tenant|trustee|sponsor|guardian|nominee|nominated person|signatory|co-applicant|"
    r"tenant|landlord|landlady|claimant|applicant|appellant|"
    r"name on the (?:account|card|policy|claim|form|tenancy|licence))(?:[ ]+of[ ]+the[ ]+[a-z]+)?(?:'s)?"
    r"(?:[ ]+(?:full[ ]+)?name)?"
    r"(?:[ ]*[:\-=][ ]*|[ ]+(?:is|was|will be|should be)[ ]+)"
)
# A person put in a relational or financial role ("add Jo Bloggs as the beneficiary", "named
# as next of kin"): the role says the name is a private individual's, wherever it stands.
AS_ROLE = (
    r"(?:as|named as|appointed as|listed as)[ ]+(?:the[ ]+|a[ ]+|an[ ]+|my[ ]+|his[ ]+|her[ ]+|their[ ]+|"
    r"our[ ]+|your[ ]+)?(?:joint[ ]+|sole[ ]+|main[ ]+|second[ ]+|named[ ]+|authori[sz]ed[ ]+|additional[ ]+|"
    r"registered[ ]+|nominated[ ]+)?(?:beneficiary|account holder|"
    r"next of kin|payee|executor|executrix|guarantor|policyholder|policy holder|cardholder|appointee|"
    r"named driver|emergency contact|attorney|trustee|signatory|nominee|dependant|co-applicant|joint tenant)"
    r"(?![a-z])"
)
"""A person put in a relational or financial role (lower case; `name_frames.py` uses it too)."""
AS_ROLE_CUE = re.compile(rf"(?<![a-z]){AS_ROLE}")
INTRODUCTION = re.compile(
    r"(?<![a-z])(?:my[ ]+(?:full[ ]+|first[ ]+|last[ ]+|real[ ]+|maiden[ ]+|legal[ ]+|given[ ]+|middle[ ]+|"
    r"married[ ]+|preferred[ ]+|birth[ ]+)?name(?:'s|s|[ ]+is|[ ]*:)|the name's|"
    r"i'm called|i am called|call me|i go by|you're through to|you are through to|"
    r"(?:i'm|im|i am)[ ]+(?:writing|calling|emailing|ringing|messaging|contacting you|getting in touch|acting)[ ]+as|"
    r"(?:this|it) is(?=[ ]+[\w'\-]+(?:[ ]+[\w'\-]+){0,2}[ ]+(?:speaking|calling|here|writing)\b)|"
    r"(?:^|(?<=\n)|(?<=:)|hi|hiya|hello|hey|dear all|morning|afternoon|evening)[ ,!\-]*(?<![a-z])"
    r"(?:i'm|im|i am|it's|its|myself|this is)(?=[ ]+[a-z]))"
)
DEFINITION = re.compile(
    r"s?[ \t]*(?:[:\-–=][ \t]*)?\n?[ \t]*(?:(?:is|are)[ ]+)?"
    r"(?:means|refers to|is defined as|shall mean|has the meaning|"
    r"(?:a|an|any|the)[ ]+(?:natural[ ]+|legal[ ]+)?(?:person|individual|people|party|organisation|body|someone)[ ]+"
    r"(?:who|whom|that|which|to whom|in whose|named|making|bringing|entitled|responsible)|"
    r"(?:someone|anyone|a person|any person|one|those|people) (?:who|whose|that))(?![a-z])"
)
"""A role or label followed by its definition ("Claimant: a person who...", "the data subject means..."): a glossary
defines the word, it names nobody, so the word is no cue."""
DEFINING = re.compile(r"(?<![a-z])(?:means|refers to|is defined as|shall mean|has the meaning)(?![a-z])")
"""A definition's verb earlier in the sentence: a role after it is the definition's generic person ("'data subject'
means the individual whose data...")."""
# An account, policy or booking held "in the name of" someone names its holder.
IN_THE_NAME_OF = re.compile(
    r"(?<![a-z])(?:account|policy|booking|tenancy|card|bill|claim|licence|lease|mortgage|loan|contract|"
    r"reservation|ticket|order|cheque|payment|vehicle|car|property|house|flat|registered|held|booked|made out)s?"
    r"(?:[ ]+(?:is|are|was|were|still))?[ ]+(?:in|under)[ ]+the[ ]+name[ ]+of(?![a-z])"
)
