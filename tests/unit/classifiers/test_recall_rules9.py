"""Recall (issue 9, ninth pass): mechanisms for held-out set 7's non-name misses, each on variants in other words.

Set 7 became a tuned set this round; its misses named the mechanisms (an address introduced by
"my address abroad:" in a script or order no street-word list knows; a plate written with a
spaced dash, a middle dot, a slash or two spaces; a special-category statement whose subject is
named in another script; an age in a record line; a postcode with a mistyped inward code; a
letter-spaced marking with a handling instruction). The texts here are written for this file in
other words, formats and countries, so that a rule written for one row would not pass them.
"""

from __future__ import annotations

import pytest

from classifiers import Sensitivity
from classifiers.normalise import normalise
from classifiers.recognisers.address_cued import CuedAddress
from classifiers.recognisers.age import NamedRecordAge

PUBLIC = Sensitivity.PUBLIC

CUED_ADDRESSES = {
    "spanish_no_street_word": "my forwarding address: Ronda de Toledo 14, 3º izq, 28005 Madrid, Spain",
    "catalan": "my new address is Travessera de Gràcia 45, 2n 1a, 08021 Barcelona",
    "taiwan_cjk": "Please post it to my address overseas: 台北市信義區松仁路100號5樓, Taiwan",
    "japan_latin": "please post it to me at 4-2-1 Nishi Shinjuku, Shinjuku-ku, Tokyo 160-0023, JAPAN",
    "korea_hangul": "I'm now residing at 서울특별시 강남구 테헤란로 152, 06236",
    "russia_cyrillic": "He lives at ул. Ленина, д. 5, кв. 12, Москва",
    "thai": "she now lives at 88 ซอยสุขุมวิท 21 คลองเตยเหนือ วัฒนา 10110, Thailand",
    "israel_latin": "Address: 12 Rehov Herzl, Haifa 3303112, Israel",
    "egypt_upper": "HOME ADDRESS - 4 NILE STREET, CAIRO 11511, EGYPT",
    "nigeria_dash": "my address in Lagos is 17 Adeola Odeku, Victoria Island - Nigeria",
    "peru_lower": "i moved to jr. huallaga 320, lima 15001, peru last year",
}


@pytest.mark.parametrize("text", CUED_ADDRESSES.values(), ids=CUED_ADDRESSES.keys())
def test_an_address_after_an_address_cue_is_personal(rules_classifier, text):
    assert rules_classifier.classify(text).level >= Sensitivity.PERSONAL


def test_the_cued_address_covers_the_address_up_to_its_country():
    text = normalise("Please send the certificate to my address abroad: 9 Calle Luna, Soria, 42001, Spain. Thanks")
    (finding,) = CuedAddress().find(text)
    assert text.text[finding.start : finding.end] == "9 Calle Luna, Soria, 42001, Spain"


PLATES = {
    "spaced_hyphen": "the van YR23 - MRD belongs to my husband, is it taxed?",
    "middle_dot_lower": "Reg: vb24·afx | Keeper: me",
    "en_dash": "I bought LR23–RJT last week and the log book hasn't arrived",
    "two_spaces": "Speeding notice for VN02  URH on the A59, I wasn't driving.",
    "slash_permit": "Please add WC24/GUS to my residents' permit.",
    "backslash": "Parking fine for my Golf, registration BD51\\SMR, I was at work.",
    "underscore_permit": "Can you renew the parking permit for YC19_PLK please",
    "spaced_lower": "The V5C for our tow car, reg yb 20 xrt, shows the old address.",
    "spaced_middle_dot": "Vehicle tax reminder for DL 14 · HJK - I declared SORN in March.",
    "em_dash_prefix_plate": "my car reg is P—123—KLM and it failed its MOT",
    "foreign_spaced_dashes": "my French car's plate is AB – 123 – CD",
    "bullet_german": "Kennzeichen: M • AB 1234",
}


@pytest.mark.parametrize("text", PLATES.values(), ids=PLATES.keys())
def test_plates_with_any_separator_are_personal(rules_classifier, text):
    assert rules_classifier.classify(text).level >= Sensitivity.PERSONAL


SPECIAL_NAMED = {
    "arabic_possessive_health": "جوليا المهيدب's chemotherapy is on Tuesdays, so she can't attend then.",
    "devanagari_religion": "सुन्दर जैन is a practising Jain and keeps a strict diet.",
    "devanagari_sexuality": "इन्दिरा दास and her wife are applying for a joint tenancy.",
    "devanagari_criminal": "कान्ती राव has an unspent conviction for theft.",
    "accented_sex_life": "Hilario Cáceres attended the sexual health clinic last week.",
    "cyrillic_health": "Сергей Иванов has been on dialysis since March.",
    "chinese_religion": "王伟 is a devout Buddhist and needs Friday afternoons off.",
    "accented_health": "Zoë Ångström has type 1 diabetes and needs breaks.",
    "his_husband": "Marek Nowak and his husband have asked for a joint account.",
    "hebrew_health": "דוד כהן was diagnosed with epilepsy in 2019.",
    "greek_criminal": "Νίκος Παπαδόπουλος is on probation until May.",
}


@pytest.mark.parametrize("text", SPECIAL_NAMED.values(), ids=SPECIAL_NAMED.keys())
def test_special_statements_about_a_named_person_are_special(rules_classifier, text):
    assert rules_classifier.classify(text).level is Sensitivity.SPECIAL


RECORD_AGES = {
    "inverted_dash": "Record: Belkacem, Salima - age 26 - room 12",
    "inverted_bar": "Nowak, Zofia | age: 9 | class 4B",
    "inverted_comma": "Okoro, Chidi, 44, bed 3",
    "labelled_given_surname": "Resident: Tegan Marsh - aged 71",
    "accented_bracket": "Émile Durand (age 33) missed his appointment",
    "semicolon": "Kowalczyk, Agnieszka; age 58; ward 4",
    "inverted_yrs": "Haddad, Rami - 19 yrs - hostel place",
}


@pytest.mark.parametrize("text", RECORD_AGES.values(), ids=RECORD_AGES.keys())
def test_an_age_in_a_name_record_is_personal(rules_classifier, text):
    assert rules_classifier.classify(text).level >= Sensitivity.PERSONAL


def test_record_age_reports_the_age():
    text = normalise("Record: Belkacem, Salima - age 26 - room 12")
    (finding,) = NamedRecordAge().find(text)
    assert text.text[finding.start : finding.end] == "26"


MISTYPED_POSTCODES = {
    "inward_ii": "I live at HR9 8II, can you send the form there?",
    "inward_cm": "My postcode is SW1A 1CM - letters are not coming.",
    "inward_ok_street": "flat 3, 22 Mill Road, LS6 9OK",
    "address_label": "Address: 14 Kiln Lane, DE4 2KV",
    "send_it_to": "please send it to BS7 8IO, ta",
}


@pytest.mark.parametrize("text", MISTYPED_POSTCODES.values(), ids=MISTYPED_POSTCODES.keys())
def test_a_mistyped_postcode_with_address_context_is_personal(rules_classifier, text):
    assert rules_classifier.classify(text).level >= Sensitivity.PERSONAL


MARKINGS = {
    "letter_spaced": "s e c r e t -- handle via approved channels only. Draft response below.",
    "do_not_forward": "Secret: do not forward. Minutes of Tuesday's meeting follow.",
    "need_to_know": "TOP SECRET | need to know only | briefing attached",
    "named_recipients": "secret - named recipients only\nThe plan is as follows.",
    "letter_spaced_top": "T O P  S E C R E T // not for onward distribution",
}


@pytest.mark.parametrize("text", MARKINGS.values(), ids=MARKINGS.keys())
def test_a_secret_marking_with_a_handling_instruction_is_secret(rules_classifier, text):
    assert rules_classifier.classify(text).level is Sensitivity.SECRET


NAMES_WITH_PARTICLES_OR_EXTENDED_LATIN = {
    "irish_particle": "Siobhán Ó Briain has dementia and her son holds power of attorney.",
    "polish_person_only_term": "Łukasz Wójcik is undocumented and afraid to register with a GP.",
    "czech_three_words": "Tomáš de la Vega has been sectioned twice this year.",
}


@pytest.mark.parametrize(
    "text", NAMES_WITH_PARTICLES_OR_EXTENDED_LATIN.values(), ids=NAMES_WITH_PARTICLES_OR_EXTENDED_LATIN.keys()
)
def test_names_with_particles_or_extended_latin_letters_are_subjects(rules_classifier, text):
    assert rules_classifier.classify(text).level is Sensitivity.SPECIAL


ACTIVITIES = {
    "protest": "I, Asdrubal Olivé, took part in the climate protest and was photographed by the police.",
    "march": "My brother attended a Palestine solidarity march last Saturday.",
    "voice_print": "The voice-print for Mourad Ayad failed verification twice so we reset it.",
}


@pytest.mark.parametrize("text", ACTIVITIES.values(), ids=ACTIVITIES.keys())
def test_political_activity_and_voice_prints_are_special_in_balanced_mode(classifier, text):
    assert classifier.classify(text, mode="balanced").level is Sensitivity.SPECIAL


SENT_TO = {
    "send_it_to": "Please send it to 31 Calle de Alcalá, 4ºB, 28014 Madrid, Spain",
    "post_the_x_to": "post the certificate to 8 Rua Augusta, Lisboa 1100-053, Portugal",
    "ship_to_cjk": "ship to: 台北市大安區仁愛路四段100號",
    "moving_to": "we're moving to 3 Lindenstraße, 10969 Berlin, Germany in May",
}


@pytest.mark.parametrize("text", SENT_TO.values(), ids=SENT_TO.keys())
def test_an_address_something_is_sent_to_is_personal(rules_classifier, text):
    assert rules_classifier.classify(text).level >= Sensitivity.PERSONAL
