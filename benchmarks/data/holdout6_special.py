"""Held-out set 6, ``special:`` and ``marking:`` rows.

Special-category statements about a named person (UK GDPR Article 9 and 10 data:
health, disability, religion, sexuality, gender identity, ethnicity, criminal
record, biometrics, genetics, trade-union membership, political opinion, sex life),
written for set 6 in varied voices, and protective markings.
"""

from __future__ import annotations

import random

from benchmarks.data.holdout6_common import Row, noisy
from benchmarks.data.holdout6_values import OTHER_SCRIPT_LOCALES, person

# (subgroup, frame)
SPECIAL = (
    ("health", "{name} has been signed off with a slipped disc until the end of the month."),
    ("health", "hi it's {first}, i'm on chemo now so can my PIP review be postponed? {name}"),
    ("mental_health", "Case note: {name} disclosed suicidal thoughts during the call; crisis team contacted 15:10."),
    ("mental_health", "{name} is under the community mental health team for bipolar disorder and missed two "
        "appointments."),
    ("health", "Please note {name} is diabetic and must eat at regular times during the hearing."),
    ("health", "{name}'s blood test shows hepatitis C; she has asked us not to tell her employer."),
    ("disability", "{name} is profoundly deaf and needs a BSL interpreter for the interview."),
    ("disability", "my son {name} has autism and a learning disability, he can't attend the jobcentre alone"),
    ("disability", "Reasonable adjustment: {name} is registered blind — send letters in braille."),
    ("religion", "{name} asked for the hearing not to be on a Friday afternoon as he attends Jumu'ah prayers at the "
        "mosque."),
    ("religion", "Dietary note for the custody suite: {name} is a practising Sikh and keeps his kara and turban."),
    ("religion", "{name} converted to Christianity in 2021, which is the basis of her fear of return."),
    ("religion", "our tenant {name} is a Jehovah's Witness and refuses the blood transfusion consent form"),
    ("sexuality", "{name} told the officer she is a lesbian and her family have threatened her."),
    ("sexuality", "The applicant, {name}, is bisexual and was outed at work in Kampala."),
    ("sexuality", "{name} and his husband want to adopt — will his sexuality be recorded on the file?"),
    ("gender_identity", "{name} is a trans woman and holds a Gender Recognition Certificate; please update the "
        "title to Ms."),
    ("gender_identity", "client {name} is non-binary and transitioning, uses they/them, old name on the NI record"),
    ("ethnicity", "Equality monitoring: {name} — ethnic group: Gypsy or Irish Traveller."),
    ("ethnicity", "{name} describes herself as Black Caribbean and says the refusal was racially motivated."),
    ("ethnicity", "Ethnicity recorded for {name}: Bangladeshi (Asian or Asian British)."),
    ("criminal", "{name} has a spent conviction for shoplifting from 2012 — does it need to go on the DBS?"),
    ("criminal", "DBS result for {name}: caution for possession of cannabis, 2018."),
    ("criminal", "{name} was released on licence in April after serving four years for fraud."),
    ("criminal", "My brother {name} is on the sex offenders register — can he still visit us?"),
    ("biometrics", "Fingerprints and facial image enrolled for {name} at the UKVCAS appointment; biometric match "
        "failed twice."),
    ("biometrics", "Voiceprint set up for {name}'s account; the caller failed voice ID so we used security questions."),
    ("genetics", "{name} has tested positive for the BRCA2 gene variant and asks about risk-reducing surgery."),
    ("genetics", "Genetic counselling letter: {name} is a carrier of cystic fibrosis."),
    ("union", "{name} is the Unite rep at the depot and was dismissed the week after the ballot."),
    ("union", "{name} pays union subs to UNISON through payroll — can that be stopped?"),
    ("political", "{name} stood as a Green Party candidate and says the decision was biased against her politics."),
    ("sex_life", "{name} told the nurse she has multiple partners and requested a sexual health screen."),
    ("health", "IVF funding appeal: {name}, 38, two failed cycles, low ovarian reserve."),
    ("health", "{name} uses a stoma bag and asks for a private room for the search."),
    ("substance", "{name} is on a methadone script collected daily from the pharmacy on the high street."),
    ("health", "the patient {lname} - hiv positive, viral load undetectable, asking about travel vaccines"),
    ("mental_health", "{name} was detained under section 2 of the Mental Health Act on Saturday night."),
    ("health", "Mrs {last} rang to say her husband's dementia has got worse and he can't sign the forms."),
    ("disability", "{name} has cerebral palsy and uses a communication aid; allow extra time at the tribunal."),
)

MARKINGS = (
    ("special", "OFFICIAL-SENSITIVE\n\nSubject: handling plan for the regional estates review. Do not forward "
        "outside the "
        "team."),
    ("special", "Classification: OFFICIAL - SENSITIVE: COMMERCIAL — draft pricing schedule for the framework."),
    ("special", "official-sensitive (personal) — summary of the tribunal outcomes for the quarter, for internal use"),
    ("special", "[OFFICIAL SENSITIVE] Please summarise the attached note on the procurement dispute."),
    ("special", "Marking: OFFICIAL–SENSITIVE  Caveat: LOCSEN  — briefing on the relocation of the custody suite."),
    ("special", "The header of this doc says OFFICIAL-SENSITIVE; can you turn it into bullet points for the minister's "
        "office?"),
    ("secret", "SECRET\nUK EYES ONLY\nAssessment of the supply-chain vulnerabilities identified in the review."),
    ("secret", "TOP SECRET — STRAP 1. Summarise the key judgements below."),
    ("secret", "classification: secret. rewrite the following paragraph in plain English"),
    ("secret", "TOP-SECRET//NOFORN Draft cable text follows; make it shorter."),
)


def build_special(rng: random.Random, seed: int) -> list[Row]:
    """40 special-category statements about a named person and 10 markings."""
    rows = []
    for i, (sub, frame) in enumerate(SPECIAL):
        p = person(rng, seed, OTHER_SCRIPT_LOCALES) if i % 9 == 4 else person(rng, seed)
        text = frame.format(name=p.full, first=p.first, last=p.last, lname=p.full.lower())
        vals = [v for v in (p.full, p.full.lower()) if v in text] or [p.last]
        text = noisy(rng, text, vals)
        rows.append(Row(text, "special", f"special:{sub}", p.source,
                        [], ["PERSON", "SPECIAL_CATEGORY"], [v for v in vals if v in text]))
    for level, text in MARKINGS:
        rows.append(Row(text, level, f"marking:{level}", "handwritten:holdout6_special", [],
                        ["PROTECTIVE_MARKING"], []))
    return rows
