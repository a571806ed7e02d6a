"""Indirect identification: a role only one person holds in a place (UK GDPR Article 4(1): "directly or indirectly").

Found by the blind red-team (stop 27): "The only female firefighter at Hay-on-Wye station has
raised a sexual harassment complaint...", "The only GP in Tobermory has been struck off",
"The vicar of St Endellion church in Cornwall has been arrested" name nobody, yet everyone
there knows who is meant. Two shapes are read (strict mode only, recall first):

* "the only <person> ... at/in/on/of <Place>": a person word after "only", a capitalised place
  within a few words;
* a local office that one person holds, of or at a named place: "the vicar of St Endellion",
  "the landlord of The Red Lion", "the head teacher of Foula Primary School", "the lollipop
  lady outside Greenfield Primary".

National offices ("the Chief Executive of NHS England") are public roles and are not read.
"""

from __future__ import annotations

from classifiers.recognisers.base import Pattern, PatternRecogniser

__all__ = ["IndirectIdentifier"]

_PEOPLE = (
    r"(?:man|men|woman|women|boy|girl|child|baby|pupil|student|teacher|head[ ]?teacher|gp|doctor|nurse|midwife|"
    r"officer|firefighter|paramedic|vicar|priest|imam|rabbi|councillor|manager|employee|member[ ]of[ ]staff|"
    r"resident|patient|family|person|worker|driver|landlord|landlady|tenant|owner|shopkeeper|pharmacist|dentist|"
    r"solicitor|postman|postwoman|carer|cleaner|caretaker|receptionist|volunteer|trainee|apprentice)"
)
_LOCAL_OFFICES = (
    r"(?:vicar|rector|curate|landlord|landlady|head[ ]?teacher|headmaster|headmistress|caretaker|"
    r"lollipop[ ](?:lady|man)|practice[ ]manager|postmaster|postmistress|shopkeeper)"
)
_PLACE = r"(?:the[ ]+)?[A-Z][A-Za-z'\-]+"


class IndirectIdentifier(PatternRecogniser):
    """ "The only female firefighter at Hay-on-Wye station", "the vicar of St Endellion church"."""

    name = "indirect_identifier"
    kind = "INDIRECT_IDENTIFIER"
    strict_only = True
    patterns = (
        Pattern(
            "only_person_in_place",
            rf"(?i:the|our|their|its)[ ]+only[ ]+(?:[A-Za-z\-]+[ ]+){{0,3}}?(?i:{_PEOPLE})"
            rf"(?:[ ]+[a-z\-]+){{0,4}}?[ ]+(?:at|in|on|of|for|from)[ ]+{_PLACE}",
            score=0.6,
            requires=("only",),
        ),
        Pattern(
            "role_of_the_only_place",
            rf"(?i:{_LOCAL_OFFICES}|{_PEOPLE})[ ]+(?:of|at)[ ]+the[ ]+only[ ]+(?:[a-z\-]+[ ]+){{0,3}}?"
            rf"(?:in|on|at)[ ]+{_PLACE}",
            score=0.6,
            requires=("only",),
        ),
        Pattern(
            "local_office_of_place",
            rf"(?i:the|our)[ ]+(?i:{_LOCAL_OFFICES})[ ]+(?:of|at|outside)[ ]+{_PLACE}",
            score=0.6,
            requires=(
                "vicar",
                "rector",
                "curate",
                "landlord",
                "landlady",
                "teacher",
                "headmaster",
                "headmistress",
                "caretaker",
                "lollipop",
                "practice manager",
                "postmaster",
                "postmistress",
                "shopkeeper",
            ),
        ),
    )
