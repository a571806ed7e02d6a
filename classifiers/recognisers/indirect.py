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

Found by the blind round of stop 28, three more shapes:

* a person in a named place singled out by a relative's: "the Year 11 girl at Thornhill Academy whose mum is
  head of science there", "the lad in Year 10 ... whose dad runs the chip shop";
* an exact age and where the person lives: "the 102-year-old woman who lives alone on the Isle of Muck";
* the member of staff who handled a named matter: "The planning officer who handled the Marsh
  Lane application".

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
_YOUNG = r"(?:lad|lass|boy|girl|child|kid|pupil|student|teenager|toddler|baby|son|daughter)"
_RELATIVE = r"(?:mum|mom|dad|mother|father|husband|wife|son|daughter|brother|sister|partner|parents?)"
_STAFF = (
    r"(?:officer|caseworker|case[ ]worker|assessor|inspector|manager|social[ ]worker|adviser|advisor|clerk|nurse|"
    r"doctor|gp|surveyor|health[ ]visitor|work[ ]coach|decision[ ]maker)"
)


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
            "singled_out_by_relative",
            rf"(?i:the|a)[ ]+(?:[A-Za-z0-9\-]+[ ]+){{0,3}}?(?i:{_YOUNG}|{_PEOPLE})(?:[ ]+[A-Za-z0-9'\-]+){{0,3}}?"
            rf"[ ]+(?:at|in|on|from)[ ]+[A-Z][A-Za-z0-9'\-]*(?:[ ]+[A-Za-z0-9'\-]+){{0,4}}?"
            rf"[ ]+whose[ ]+(?i:{_RELATIVE})[ ]+(?:is|was|runs|ran|owns|works|teaches|manages)(?![a-z])",
            score=0.6,
            requires=("whose",),
        ),
        Pattern(
            "age_and_home",
            rf"(?i:the)[ ]+\d{{1,3}}-year-old[ ]+(?:[a-z\-]+[ ]+)?(?i:{_PEOPLE}|{_YOUNG})[ ]+who[ ]+lives"
            rf"(?:[ ]+alone|[ ]+on[ ]+(?:her|his|their)[ ]+own)?[ ]+(?:on|in|at)[ ]+{_PLACE}",
            score=0.6,
            requires=("year-old",),
        ),
        Pattern(
            "staff_who_handled",
            rf"(?i:the)[ ]+(?:[a-z\-]+[ ]+){{0,2}}?(?i:{_STAFF})[ ]+who[ ]+(?:handled|dealt[ ]with|processed|assessed|"
            r"decided|signed[ ]off|visited|inspected|treated|approved|refused)[ ]+(?:the[ ]+|my[ ]+|our[ ]+|his[ ]+|"
            r"her[ ]+|their[ ]+)?[A-Z]",
            score=0.6,
            requires=("who",),
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
