from __future__ import annotations

from classifiers.aggregate import STRONG_CUE_DISTANCE, Evidence, decide, resolve_overlaps
from classifiers.cues import find_cues
from classifiers.normalise import normalise
from classifiers.types import Finding, Sensitivity

PERSONAL = Sensitivity.PERSONAL


def finding(kind: str, start: int, end: int, score: float = 0.9, level: Sensitivity = PERSONAL) -> Finding:
    return Finding(kind, start, end, score, "test", level)


def evidence(text: str, findings=(), names=(), terms=(), disclosed=None, places=()) -> Evidence:
    return Evidence(
        findings=tuple(findings),
        names=tuple(names),
        special_terms=tuple(terms),
        disclosed=tuple(disclosed if disclosed is not None else [False] * len(terms)),
        places=tuple(places),
        cues=find_cues(normalise(text)),
    )


def span(text: str, needle: str, kind: str, level: Sensitivity = PERSONAL) -> Finding:
    start = text.index(needle)
    return finding(kind, start, start + len(needle), level=level)


def test_no_findings_is_public():
    assert decide(evidence("Nothing here.")) == (Sensitivity.PUBLIC, [])


def test_rule_1_findings_keep_their_level():
    text = "SECRET and NHS 1"
    level, kept = decide(
        evidence(text, findings=[span(text, "SECRET", "PROTECTIVE_MARKING_SECRET", Sensitivity.SECRET)])
    )
    assert level is Sensitivity.SECRET and len(kept) == 1


def test_rule_2_name_alone_in_question_is_dropped():
    text = "Who was Winston Churchill?"
    level, kept = decide(evidence(text, names=[span(text, "Winston Churchill", "PERSON")]))
    assert (level, kept) == (Sensitivity.PUBLIC, [])


def test_rule_2_name_with_strong_cue_is_personal():
    text = "My client Winston Smith called."
    level, kept = decide(evidence(text, names=[span(text, "Winston Smith", "PERSON")]))
    assert level is PERSONAL and [f.kind for f in kept] == ["PERSON"]


def test_rule_2_weak_cue_must_be_near_the_name():
    near = "Jane Smith is behind on her rent."
    far = "Jane Smith joined us. " + "We talked about the weather for a while. " * 10 + "Rent arrears are common."
    for text, expected in ((near, PERSONAL), (far, Sensitivity.PUBLIC)):
        assert decide(evidence(text, names=[span(text, "Jane Smith", "PERSON")]))[0] is expected


def test_rule_2_name_with_identifier_is_personal():
    text = "Jane Smith 07700 900123"
    level, kept = decide(
        evidence(
            text, findings=[span(text, "07700 900123", "UK_PHONE_NUMBER")], names=[span(text, "Jane Smith", "PERSON")]
        )
    )
    assert level is PERSONAL and {f.kind for f in kept} == {"PERSON", "UK_PHONE_NUMBER"}


def test_rule_2_name_and_special_term_in_statement():
    text = "Jane Smith has diabetes."
    special = span(text, "diabetes", "SPECIAL_CATEGORY_HEALTH", Sensitivity.SPECIAL)
    level, _ = decide(evidence(text, names=[span(text, "Jane Smith", "PERSON")], terms=[special]))
    assert level is Sensitivity.SPECIAL


def test_rule_2_name_and_special_term_in_question_stays_public():
    text = "Did Freddie Mercury have HIV?"
    special = span(text, "HIV", "SPECIAL_CATEGORY_HEALTH", Sensitivity.SPECIAL)
    level, _ = decide(evidence(text, names=[span(text, "Freddie Mercury", "PERSON")], terms=[special]))
    assert level is Sensitivity.PUBLIC


def test_rule_3_term_without_person_is_dropped():
    text = "What are the symptoms of diabetes?"
    special = span(text, "diabetes", "SPECIAL_CATEGORY_HEALTH", Sensitivity.SPECIAL)
    assert decide(evidence(text, terms=[special])) == (Sensitivity.PUBLIC, [])


def test_rule_3_disclosure_is_special():
    text = "I have diabetes."
    special = span(text, "diabetes", "SPECIAL_CATEGORY_HEALTH", Sensitivity.SPECIAL)
    level, kept = decide(evidence(text, terms=[special], disclosed=[True]))
    assert level is Sensitivity.SPECIAL and kept == [special]


def test_rule_3_identifier_anywhere_makes_terms_count():
    text = "NHS 1. " + "x " * 400 + "diabetes"
    special = span(text, "diabetes", "SPECIAL_CATEGORY_HEALTH", Sensitivity.SPECIAL)
    level, _ = decide(evidence(text, findings=[span(text, "NHS 1", "UK_NHS_NUMBER")], terms=[special]))
    assert level is Sensitivity.SPECIAL


def test_rule_3_strong_cue_must_be_near():
    near = "My son has autism."
    far = "My son is seven. " + "Filler words here. " * (STRONG_CUE_DISTANCE // 10) + "Autism is common."
    for text, expected in ((near, Sensitivity.SPECIAL), (far, Sensitivity.PUBLIC)):
        start = text.lower().index("autism")
        special = finding("SPECIAL_CATEGORY_HEALTH", start, start + 6, level=Sensitivity.SPECIAL)
        assert decide(evidence(text, terms=[special]))[0] is expected


def test_rule_4_places_need_a_personal_name_in_the_sentence():
    text = "My client Jane Smith moved to Leeds. Bradford is nearby."
    places = [span(text, "Leeds", "LOCATION"), span(text, "Bradford", "LOCATION")]
    _, kept = decide(evidence(text, names=[span(text, "Jane Smith", "PERSON")], places=places))
    assert [text[f.start : f.end] for f in kept if f.kind == "LOCATION"] == ["Leeds"]


def test_rule_5_same_kind_overlap_keeps_longest():
    short, long = finding("EMAIL", 0, 5, 0.9), finding("EMAIL", 0, 8, 0.8)
    assert resolve_overlaps([short, long]) == [long]


def test_rule_5_same_span_different_kinds_keeps_highest_then_first():
    nhs, chi = finding("NHS", 0, 10, 0.85), finding("CHI", 0, 10, 0.65)
    assert resolve_overlaps([chi, nhs]) == [nhs]
    tie_a, tie_b = finding("A", 0, 10, 0.9), finding("B", 0, 10, 0.9)
    assert resolve_overlaps([tie_a, tie_b]) == [tie_a]


def test_rule_5_partial_overlap_of_different_kinds_keeps_both():
    a, b = finding("A", 0, 10), finding("B", 5, 15)
    assert resolve_overlaps([a, b]) == [a, b]


def test_rule_5_finding_inside_a_stronger_one_is_dropped():
    iban, account, nino = finding("IBAN", 0, 27, 0.95), finding("ACCOUNT", 10, 19, 0.55), finding("NINO", 0, 9, 0.6)
    assert resolve_overlaps([account, iban, nino]) == [iban]


def test_rule_5_weaker_container_keeps_both():
    outer, inner = finding("PERSON", 0, 20, 0.5), finding("EMAIL", 5, 15, 0.9)
    assert resolve_overlaps([outer, inner]) == [outer, inner]


def test_rule_5_term_inside_another_finding_is_dropped():
    text = "She lives at 14 Church Road."
    address = span(text, "14 Church Road", "UK_STREET_ADDRESS")
    term = finding(
        "SPECIAL_CATEGORY_RELIGION", text.index("Church"), text.index("Church") + 6, level=Sensitivity.SPECIAL
    )
    level, kept = decide(evidence(text, findings=[address], terms=[term]))
    assert level is PERSONAL and kept == [address]


def test_rule_6_level_is_the_maximum():
    text = "OFFICIAL-SENSITIVE x 07700 900123"
    findings = [
        span(text, "OFFICIAL-SENSITIVE", "PROTECTIVE_MARKING_OFFICIAL_SENSITIVE", Sensitivity.SPECIAL),
        span(text, "07700 900123", "UK_PHONE_NUMBER"),
    ]
    assert decide(evidence(text, findings=findings))[0] is Sensitivity.SPECIAL


def test_marking_alone_does_not_make_names_personal():
    text = "OFFICIAL-SENSITIVE. Who was Winston Churchill?"
    marking = span(text, "OFFICIAL-SENSITIVE", "PROTECTIVE_MARKING_OFFICIAL_SENSITIVE", Sensitivity.SPECIAL)
    _, kept = decide(evidence(text, findings=[marking], names=[span(text, "Winston Churchill", "PERSON")]))
    assert [f.kind for f in kept] == [marking.kind]


def test_rule_2_a_term_inside_the_name_is_no_evidence_about_it():
    text = "Christian Horner leads the team."
    name = span(text, "Christian Horner", "PERSON")
    term = span(text, "Christian", "SPECIAL_CATEGORY_RELIGION", Sensitivity.SPECIAL)
    assert decide(evidence(text, names=[name], terms=[term])) == (Sensitivity.PUBLIC, [])
