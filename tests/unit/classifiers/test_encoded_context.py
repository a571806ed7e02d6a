"""Encoded runs read with their neighbours: a cue on one side of the encoding, its value on the other.

Found by QA: "National Insurance number QQ%2012%2034%2056%20C" was public, because the
decoded run ("QQ 12 34 56 C", a prefix that needs a cue) was classified on its own.
"""

from __future__ import annotations

import base64

import pytest

from classifiers import Classifier, Sensitivity
from classifiers.encoded import ContextWindow, EncodedRun, context_window, encoded_runs

PERSONAL = Sensitivity.PERSONAL


def _run(text: str) -> EncodedRun:
    (run,) = encoded_runs(text)
    return run


def test_the_window_is_the_decoded_run_between_whole_words() -> None:
    text = "x" * 130 + " the National Insurance number QQ%2012%2034%2056%20C is on file" + " y" * 40
    window = context_window(text, _run(text))
    assert window is not None
    assert window.text.startswith("the National Insurance number QQ 12 34 56 C is on file")
    assert "x" not in window.text  # the 130-letter word before the cut is left out, not read in half
    assert not window.text.endswith(" ")


def test_a_run_alone_has_no_window() -> None:
    text = "QQ%2012%2034%2056%20C"
    assert context_window(text, _run(text)) is None


def test_spans_map_back_to_the_original_text() -> None:
    # "ab " + run(decoded "XY Z") + " cd": hand-computed offsets
    run = EncodedRun(start=3, end=12, encoding="url", decoded="XY Z")
    window = ContextWindow(text="ab XY Z cd", start=0, run=run, decoded_at=3)
    assert window.outer_span(0, 2) == (0, 2)  # before the run: unchanged
    assert window.outer_span(8, 10) == (13, 15)  # after it: shifted by the encoding's length
    assert window.outer_span(4, 6) == (3, 12)  # inside the decoded text: the whole run
    assert window.outer_span(3, 7) == (3, 12)  # exactly the decoded text
    assert window.outer_span(0, 5) == (0, 12)  # across its start
    assert window.outer_span(5, 10) == (3, 15)  # across its end


@pytest.mark.parametrize(
    "text",
    [
        "National Insurance number QQ%2012%2034%2056%20C",
        "Her NI number is " + base64.b64encode(b"QQ 12 34 56 C").decode(),
        "national insurance no. QQ&#32;12&#32;34&#32;56&#32;C on the form",
    ],
)
def test_a_cue_before_an_encoded_value_counts(rules_classifier: Classifier, text: str) -> None:
    result = rules_classifier.classify(text)
    assert result.level >= PERSONAL
    assert [f.kind for f in result.findings] == ["UK_NATIONAL_INSURANCE_NUMBER"]
    finding, run = result.findings[0], _run(text)
    assert finding.recogniser.startswith("encoded_")
    assert (finding.start, finding.end) == (run.start, run.end)


def test_an_encoded_cue_before_a_plain_value_counts(rules_classifier: Classifier) -> None:
    text = "National%20Insurance%20number: QQ123456C"
    result = rules_classifier.classify(text)
    assert result.level >= PERSONAL
    assert [(f.kind, text[f.start : f.end]) for f in result.findings] == [("UK_NATIONAL_INSURANCE_NUMBER", "QQ123456C")]


@pytest.mark.parametrize(
    "text",
    [
        "The guidance is at https://www.gov.uk/guidance/national%20insurance%20rates and explains the bands.",
        "Search results: https://intranet/search?q=annual%20leave%20policy were empty.",
        "The example National Insurance number QQ%2012%2034%2056%20C is printed on every form.",
    ],
)
def test_links_and_illustrations_stay_public(rules_classifier: Classifier, text: str) -> None:
    assert rules_classifier.classify(text).level < PERSONAL


@pytest.mark.parametrize(
    "text",
    [
        'The API returned {"name": "Ren\\u00e9e Dubois", "status": "claim open"} for the claim.',
        "Customer: Jos\\u00e9 Garc\\u00eda, account overdue",
    ],
)
def test_a_name_with_unicode_escapes_is_read(classifier: Classifier, text: str) -> None:
    # Found by QA: JSON pasted into a message spells "Renée" as "Ren\\u00e9e"; read raw it was no name
    findings = classifier.classify(text).findings
    assert [f.recogniser for f in findings if f.kind == "PERSON"] == ["encoded_unicode"]
    (person,) = [f for f in findings if f.kind == "PERSON"]
    assert "\\u00e9" in text[person.start : person.end]


def test_a_window_does_not_decode_its_neighbours_again(
    rules_classifier: Classifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each of the 20 links is decoded once and read once between its neighbours: 41 scans (373 before)
    calls: list[tuple[object, ...]] = []
    prepare = rules_classifier._prepare

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return prepare(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rules_classifier, "_prepare", counted)
    rules_classifier.classify("see doc%20file " * 20)
    assert len(calls) == 1 + 2 * 20
