# ruff: noqa: E501, E741, B905, B007, UP031  (data generators: one row or frame per line; short names as in the formulas they copy)
"""Special-category statements about an identifiable person, and protective markings
(held-out set 7). All hand-written for this set.
"""

from __future__ import annotations

import random
from typing import Any

from .holdout7_common import row
from .holdout7_values import Names

# (subgroup, template); {n} is a full name, {f} a first name.
STATEMENTS = [
    ("health", "I'm {n} and I was diagnosed with multiple sclerosis in March; can I still work shifts?"),
    ("health", "{n} had a mastectomy last year and is still on tamoxifen."),
    ("health", "please note {n} is HIV positive and on antiretrovirals, undetectable viral load"),
    ("health", "My name is {n}. I'm 22 weeks pregnant and my midwife says I can't lift at work."),
    ("health", "{n}'s dialysis is Monday, Wednesday and Friday, so she can't attend before 2pm."),
    ("disability", "{n} is profoundly deaf and needs a BSL interpreter for the hearing."),
    ("disability", "I am {n}, registered blind since 2015, and I need letters in large print."),
    ("disability", "{n} has a learning disability and his mum helps him read his post."),
    ("disability", "this is {n} - i'm a wheelchair user and the assessment centre has no lift"),
    ("mental_health", "{n} was sectioned under section 2 in October and is now back home."),
    ("mental_health", "I'm {n}; I have severe anxiety and panic attacks on the phone, please email me."),
    ("mental_health", "Risk note: {n} disclosed suicidal thoughts at the last appointment."),
    ("mental_health", "{n} is being treated for an eating disorder at the Priory unit."),
    ("religion", "{n} is a practising Sikh and will not remove his turban for the photo."),
    ("religion", "As a Jehovah's Witness, {n} refuses blood products - please flag for theatre."),
    ("religion", "I'm {n}, I'm Muslim and fasting for Ramadan so can the interview be in the morning?"),
    ("religion", "{n} converted to Catholicism when she married and wants a priest informed."),
    ("ethnicity", "{n} identifies as Gypsy/Irish Traveller on the equality monitoring form."),
    ("ethnicity", "Ethnic origin of {n}: Black Caribbean."),
    ("ethnicity", "I am {n}, of Bangladeshi heritage, and I believe I was refused because of my race."),
    ("sexuality", "{n} is gay and fears returning home where it is criminalised."),
    ("sexuality", "I'm {n} and I'm bisexual; my ex has been threatening to out me at work."),
    ("sexuality", "{n} and her wife are applying to adopt together."),
    ("political", "{n} is a paid-up member of the Green Party and stood in the council by-election."),
    ("political", "I, {n}, took part in the climate protest and was photographed by the police."),
    ("union", "{n} is the Unite rep at the depot and has asked for facility time."),
    ("union", "I'm {n} and I joined the RCN last month; will they represent me at the hearing?"),
    ("genetics", "{n} carries the BRCA2 mutation; her sister tested negative."),
    ("genetics", "Genetic test: {n} is heterozygous for Factor V Leiden."),
    ("biometrics", "{n} enrolled her fingerprints and facial image at the UKVCAS centre on Tuesday."),
    ("biometrics", "The voice-print for {n} failed verification twice so we reset it."),
    ("criminal", "{n} has a spent conviction for shoplifting from 2012."),
    ("criminal", "I'm {n}; I was released on licence in June and my probation officer is in Preston."),
    ("criminal", "DBS check for {n} shows a caution for common assault (2017)."),
    ("criminal", "{n} is on the sex offenders register until 2031."),
    ("gender_identity", "{n} has a Gender Recognition Certificate and her old name must not be used."),
    ("gender_identity", "i'm {n}, i'm trans and waiting for the gender clinic, can i change my title?"),
    ("sex_life", "{n} attended the sexual health clinic for chlamydia treatment."),
    ("substance", "{n} is on a methadone script from the community drug team."),
    ("health", "Sick note: {f} {l} off work with long covid until further notice."),
]


def special_rows(rng: random.Random, names: Names) -> list[dict[str, Any]]:
    rows = []
    for i, (sub, tmpl) in enumerate(STATEMENTS):
        f, l, src = names.faker(rng.choice(["th_TH", "ar_SA", "hi_IN"])) if i % 9 == 4 else names.any()
        if "i'm {n}" in tmpl or "this is {n}" in tmpl:
            f, l = f.lower(), l.lower()
        n = f"{f} {l}"
        text = tmpl.format(n=n, f=f, l=l)
        rows.append(row(text, "special", f"special:{sub}", src, [], ["PERSON", "SPECIAL_CATEGORY"], [n]))
    return rows


MARKINGS = [
    ("special", "OFFICIAL-SENSITIVE: draft briefing on the regional fraud pilot. Do not forward outside the team."),
    ("special", "official sensitive - personal\nsummary of the staff grievance hearing attached"),
    ("special", "Classification: OFFICIAL-SENSITIVE [COMMERCIAL]. Pricing schedule for lot 3 follows."),
    ("special", "[OFFICIAL - SENSITIVE] Please summarise the attached incident log for the director."),
    ("secret", "SECRET UK EYES ONLY - assessment of the port security exercise, annex B."),
    ("secret", "TOP SECRET//STRAP1 - summarise this signals report in three bullet points"),
    ("secret", "s e c r e t -- handle via approved channels only. Draft response to the minister below."),
    ("special", "Protective marking: OFFICIAL-SENSITIVE\nSubject: ministerial red box return, comments by 4pm"),
]


def marking_rows() -> list[dict[str, Any]]:
    return [row(t, lvl, "marking:" + ("official_sensitive" if lvl == "special" else "secret"),
                "handwritten:holdout7_markings", [], ["PROTECTIVE_MARKING"], [])
            for lvl, t in MARKINGS]
