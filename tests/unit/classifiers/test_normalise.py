from __future__ import annotations

import pytest

from classifiers.normalise import normalise


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("plain ascii", "plain ascii"),
        ("４０１ ０２３", "401 023"),  # full-width digits
        ("ＡＢ１２", "AB12"),  # full-width letters
        ("a\u200bb\u200cc\u200dd\u2060e\ufeff", "abcde"),  # zero-width and BOM removed
        ("x\u00adz", "xz"),  # soft hyphen (Cf)
        ("٤٠١", "401"),  # Arabic-Indic digits
        ("0161\u2013496\u20140000", "0161-496-0000"),  # en and em dashes
        ("a\u00a0b\u2009c", "a b c"),  # no-break and thin spaces
        ("I\u2019m", "I'm"),
        ("\ufb01le", "file"),  # ligature expands
        ("4 0 1 0 2 3 2 1 3 7", "4010232137"),  # letter-spacing closed
        ("j a n e @ x . c o m", "jane@x.com"),
        ("a b c d", "a b c d"),  # four singles are left alone
        ("I am a b", "I am a b"),
        ("is 4 0 1 0 2 3 2 1 3 7 a week", "is 4010232137 a week"),  # the article stays a word
        ("4 0 1 0 2 3 2 1 3 7 a a I", "4010232137 a a I"),
        ("a 4 0 1 0 2 3 I think", "a 401023 I think"),
        ("Q Q 1 2 3 4 5 6 C", "QQ123456C"),
        ("x\ufe0fy", "xy"),  # variation selector
        # look-alikes inside a token of ASCII letters or digits
        ("NI: \u0408G103792\u0410", "NI: JG103792A"),  # Cyrillic Je and A among Latin letters and digits
        ("\u041f\u0440\u0438\u0432\u0435\u0442 2024", "\u041f\u0440\u0438\u0432\u0435\u0442 2024"),  # a Cyrillic word
        ("Ren\u00e9e", "Ren\u00e9e"),  # a Latin accent is no look-alike
        ("07911 l23456", "07911 123456"),  # l for 1 among digits
        ("JG 1O 37 92 A", "JG 10 37 92 A"),
        ("Oslo 1l", "Oslo 11"),
        ("lOl 1", "lOl 1"),  # no digit in the token
        ("l0ll", "l0ll"),  # more look-alikes than digits
        ("Iceland 100 Oak", "Iceland 100 Oak"),
    ],
)
def test_normalised_text(original, normalised):
    assert normalise(original).text == normalised


def test_ascii_without_spacing_keeps_identity_map():
    result = normalise("Nothing to change here.")
    assert result.source is None
    assert result.to_original(0, 7) == (0, 7)


def test_same_length_changes_keep_identity_map():
    assert normalise("£12 costs ０").source is None


@pytest.mark.parametrize(
    ("original", "needle", "expected"),
    [
        ("NHS ４０１ ０２３ ２１３７!", "401 023 2137", "４０１ ０２３ ２１３７"),
        ("call 0\u200b7\u200b7\u200b0\u200b0 now", "07700", "0\u200b7\u200b7\u200b0\u200b0"),
        ("id: 4 0 1 0 2 3 2 1 3 7.", "4010232137", "4 0 1 0 2 3 2 1 3 7"),
        ("\ufb01x 12", "fix 12", "\ufb01x 12"),
        ("\ufb01x 12", "ix", "\ufb01x"),  # a span starting inside an expansion covers the whole source character
    ],
)
def test_spans_map_back_to_original(original, needle, expected):
    result = normalise(original)
    start = result.text.index(needle)
    begin, end = result.to_original(start, start + len(needle))
    assert original[begin:end] == expected


def test_lower_has_same_length_even_for_expanding_lowercase():
    result = normalise("İstanbul İ")
    assert len(result.lower) == len(result.text)
    assert result.lower.startswith("i")


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("call 0-7-7-0-0-9-0-0-1-2-3 now", "call 07700900123 now"),
        ("card 4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.", "card 4111111111111111."),
        ("version 1.2.3.4 and 2024-01-05", "version 1.2.3.4 and 2024-01-05"),  # too short / not single digits
        ("ref A1-2-3-4-5-6", "ref A1-2-3-4-5-6"),  # not a whole token
    ],
)
def test_digits_split_one_by_one_by_hyphens_or_dots_are_closed_up(original: str, normalised: str) -> None:
    text = normalise(original)
    assert text.text == normalised
    start = normalised.find("0770") if "0770" in normalised else normalised.find("4111")
    if start >= 0:
        begin, end = text.to_original(start, start + 4)
        assert original[begin:end].replace("-", "").replace(".", "") == normalised[start : start + 4]


def test_digits_split_by_hyphens_are_found_and_mapped_back() -> None:
    from classifiers import Classifier, ClassifierSettings

    original = "Call me on 0-7-7-0-0-9-0-0-1-2-3 please"
    [finding] = Classifier(ClassifierSettings(ner_enabled=False)).classify(original).findings
    assert finding.kind == "UK_PHONE_NUMBER"
    assert original[finding.start : finding.end] == "0-7-7-0-0-9-0-0-1-2-3"


def test_look_alikes_keep_offsets():
    """One character for one: a finding's span in the normalised text is the same span of the original."""
    original = "NI \u0408G103792\u0410 and 07911 l23456"
    result = normalise(original)
    assert result.source is None
    assert len(result.text) == len(original)
    assert result.to_original(3, 12) == (3, 12)
