"""The second blind round of stop 28 (held-out set 11): its misses, fixed after it was scored once.

Set 11 was scored blind at f44a2e3 (strict recall 0.986, precision 0.890); its leaks, false
positives and special rows levelled personal were then read and the rules changed against them,
so these cases guard the fixes and set 11's later scores are on a seen set. The texts are
written for the tests in the shape of the misses, not copied from the set.
"""

from __future__ import annotations

import pytest

from classifiers import Classifier, Sensitivity
from classifiers.normalise import normalise
from classifiers.recognisers.spoken_digits import spoken_digits

PERSONAL = Sensitivity.PERSONAL
SPECIAL = Sensitivity.SPECIAL

LEAKS = {
    "spoken_nino": "type this up: er his national insurance is J G one two three four five six C and that's it",
    "spoken_phone": "voicemail: hi it's dave from number nine can you ring me on oh seven nine one one double two "
    "three four five six seven thanks",
    "example_with_named_holder": "4.3 Managers must record arrangements.\nFor example, Priya Lal (HEO, Bristol, staff "
    "no. 6612098) works two days at home while her husband is abroad.",
    "posted_abroad": "Statement for Ana Kovač to be posted to Croatia, Ilica 12., HR-10000 Zagreb",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS)
def test_round11_leaks_are_sensitive(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= PERSONAL


SPECIAL_ROWS = {
    "pip_rates": "Confirm for Mrs Ann Rowe (NI JC 44 12 98 D) that she gets the enhanced rate of the daily living "
    "component of PIP.",
    "pastor": "Thank Pastor Kwesi Mensah of the Redeemed Christian Church in Peckham, 44 Grove Lane SE15 4PE.",
    "roma": "The complainant, Mr Jan Kovac (Roma, Slovak national), says staff refused to serve him.",
    "shorthand": "Ward list: Mr Alan Pike, bed 6, prostate ca, for discharge Friday.",
    "two_week_wait": '{"patient": {"nhsNumber": "2975162022", "name": "Graham Pettifer"}, "priority": "2ww"}',
    "polish_pregnancy": "Notatka: Pani Ewa Nowak, Flat 3, 27 Dudley Road WV2 3DA, jest w ciąży i ma cukrzycę.",
    "arabic_ptsd": "أنا سلمى، أعيش في 7 شارع كلارنس، كارديف CF10 5FH. أعاني من اضطراب ما بعد الصدمة",
    "urdu_autism": "میرا پتہ 27 سٹون ہال روڈ، بریڈفورڈ BD2 3QN ہے۔ میرے بیٹے کو آٹزم ہے",
    "ocr_conviction": "CR0WN COURT\nR v. MARCUS OKORO DOB 23/10/1994, Indictment T20237042. The defendant was "
    "c0nvicted of burglary.",
}


@pytest.mark.parametrize("text", SPECIAL_ROWS.values(), ids=SPECIAL_ROWS)
def test_round11_special_rows_are_special(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level >= SPECIAL


PUBLIC = {
    "hansard": "Q3. [901234] Nadia Whittome (Nottingham East) (Lab): What steps is the Department taking?\n\n"
    "Nadia Whittome: Councils are spending millions on temporary accommodation.",
    "radio_drama": "I'm writing a radio drama. Write a scene where a fictional receptionist, Maureen, deals with "
    "an angry resident called Mr Pennington.",
    "fictional_town_illness": "I'm writing a novel set in a fictional town. Tighten this: Helen Marsh sat in the "
    "oncology waiting room with Tom Okafor, waiting for the diagnosis.",
    "anonymised": "Shorten this anonymised case study: 'Ms A, a single parent (details changed), approached the "
    "council after a section 21 notice.'",
    "generic_caller": "Write guidance for our contact centre on handling a caller who says they are feeling "
    "suicidal. No real cases.",
    "history_month": "I'm preparing a LGBT+ History Month display about Alan Turing for the canteen.",
    "job_title": "Write a job description for a Domestic Abuse Housing Caseworker (Grade 7).",
    "near_miss": "This came up in the last two near-miss reports, so slow down when reversing.",
    "ocr_word_split": "Ten ants are remi nded that the cond ition of the property must be kept.",
    "welsh": 'Cyfieithwch: "Bydd y llyfrgell ar gau ddydd Llun Gŵyl y Banc. Gallwch ddychwelyd llyfrau drwy\'r '
    'blwch ar y wal."',
    "specimen_after": "HMRC's guidance uses QQ 12 34 56 C as the example - which prefixes are never issued?",
    "text_like_date": "Why does DATEDIF fail when column C holds dates of birth as text like 1984-03-07?",
    "blank_form": "Improve this form: Full name: ________ Address: ______________________ Postcode: ________",
    "girobank": "Write a regex for UK postcodes, including GIR 0AA, with pytest cases.",
    "ner_code": "Q2 Interpreter qualifications (20%), Q3 Safeguarding (15%): summarise the weightings.",
    "placeholder_word_name": 'Generate example JSON with obviously fake values like "Jane Example" for the Blue '
    "Badge schema, including a DLA field.",
}


@pytest.mark.parametrize("text", PUBLIC.values(), ids=PUBLIC)
def test_round11_false_positives_are_public(classifier: Classifier, text: str) -> None:
    assert classifier.classify(text).level == Sensitivity.PUBLIC


def test_a_declared_fiction_keeps_its_identifiers(classifier: Classifier) -> None:
    text = "I'm writing a fictional scene: Maureen reads out NHS number 943 476 5919."
    assert classifier.classify(text).level >= PERSONAL


@pytest.mark.parametrize(
    ("run", "digits"),
    [("oh one six one four two eight double seven three four", "01614287734"), ("nought triple five", "0555"),
     ("J G one two three", "123")],
)
def test_spoken_digits_by_hand(run: str, digits: str) -> None:
    assert spoken_digits(run) == digits


@pytest.mark.parametrize(
    ("original", "normalised"),
    [("Certificate of C0nviction", "Certificate of Conviction"), ("CR0WN COURT", "CROWN COURT"),
     ("value QUIxMjM0NTZD", "value QUIxMjM0NTZD"), ("SW1A 0AA", "SW1A 0AA"), ("A0 paper", "A0 paper")],
)
def test_ocr_zeros_in_words(original: str, normalised: str) -> None:
    assert normalise(original).text == normalised
