"""Precision (issue 9, sixth pass): public texts shaped like this pass's new recall rules stay public.

Each new mechanism (identity-document cues, UK kinds' cues without a valid shape, non-UK
postcodes and boxes, plate context, pronoun ages, record-layout dates, form encoding,
misspelt conditions) gets public look-alikes written for this file.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity

PUBLIC = Sensitivity.PUBLIC

LOOK_ALIKES = {
    "ni_tax_year": "What are the national insurance 2024/25 thresholds for the self-employed?",
    "utr_tax_year": "Where do I put my tax reference 2023-24 on the paper form?",
    "nhs_number_helpline": "Is the nhs number 111 free to call from a mobile?",
    "iban_format": "How many characters is a German IBAN, and what does DE mean at the start?",
    "lower_case_word_number": "follow world2022s on instagram for travel tips",
    "passport_fee": "The passport fee rose to 88.50 in April; is that for adults only?",
    "history_age": "He was 21, and in 1940 he joined the RAF as a pilot during the Second World War.",
    "maths_age": "She is 12 and her brother is 3 years older. How old will he be in 5 years?",
    "vignette_age": "A woman presents to A&E. She is 34 and has had abdominal pain for two days. What tests?",
    "size_and_date": "The study ran from 01/02/2015 to 31/12/2018 in 400 adult patients, male and female.",
    "bp_oil": "BP 500 barrels a day is a small field by Houston standards",
    "plate_like_code": "Use discount code AB12 CDE at the Ford dealership checkout.",
    "form_maths": "Simplify x=2+3+4 and explain each step.",
    "typo_general": "Is depresion more common in winter?",
    "dad_general": "What should I say to a friend whose dad has cancer?",
    "eircode_question": "What does the D6W part of a Dublin Eircode mean?",
    "imei_phone": "My phone shows IMEI 35-209900-176148-1 on the box. What is an IMEI used for?",
    "imei_fifteen_digits": "Is IMEI 490154203237518 a valid handset number, and who issues them?",
    "format_something_like": "What format does a national insurance number have? Something like QQ 12 34 56 C?",
    "passport_year_words": "My passport from 2019 was lost on holiday; how do I report it?",
    "museum_address": "Museumstraat 1, 1071 XX Amsterdam is the Rijksmuseum; when does it open?",
}


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_public_look_alikes_of_the_new_rules_stay_public(classifier, name):
    result = classifier.classify(LOOK_ALIKES[name])
    assert result.level == PUBLIC, [(f.kind, LOOK_ALIKES[name][f.start : f.end]) for f in result.findings]


def test_a_public_figures_birth_is_not_a_date_of_birth_finding(classifier):
    # the name itself is the name rules' business; the date told as general knowledge is not a record
    text = "Adele was born on 5 May 1988. How many albums has she released since then?"
    assert "DATE_OF_BIRTH" not in {f.kind for f in classifier.classify(text).findings}
