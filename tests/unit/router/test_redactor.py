"""The redactor over the real classifier: every span out, a public re-check, else local."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any

import pytest

from classifiers import Classification, Classifier, ClassifierSettings
from classifiers.settings import Mode
from classifiers.types import Finding, Sensitivity
from hosted import build_outgoing
from router.redactor import Redactor
from router.requests import text_to_classify


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    instance = Classifier(ClassifierSettings())
    instance.warm_up()
    return instance


def _redactor(
    classifier: Classifier, *, beyond_fails: bool = False, recheck_fails: bool = False,
    rechecked: list[str] | None = None, beyond: list[Finding] | None = None,
) -> Redactor:
    async def names_beyond(text: str, found: Sequence[str]) -> list[Finding]:
        if beyond_fails:
            raise RuntimeError("NER down")
        return classifier.names_beyond(text, found) if beyond is None else beyond

    async def classify_level(text: str, mode: Mode | None) -> tuple[Classification, bool]:
        if recheck_fails:
            raise RuntimeError("re-check crashed")
        if rechecked is not None:
            rechecked.append(text)
        return classifier.classify(text, mode), False

    return Redactor(names_beyond, classify_level, timeout_s=5.0)


def _redact(redactor: Redactor, classifier: Classifier, text: str) -> Any:
    body = build_outgoing("chat.completions", {"model": "auto", "messages": [{"role": "user", "content": text}]}).body
    return asyncio.run(redactor.redact(text, classifier.classify(text), body, None))


def test_every_name_and_identifier_leaves_and_the_recheck_reads_no_numbers(classifier: Classifier) -> None:
    text = (
        "Please update NHS number 943 476 5919 for the patient. "
        "Yesterday Thandiwe Okonkwo phoned the ward in Bristol; Thandiwe asked for a call back."
    )
    rechecked: list[str] = []
    redaction = _redact(_redactor(classifier, rechecked=rechecked), classifier, text)
    assert redaction is not None
    sent = redaction.body["messages"][0]["content"]
    for value in ("943 476 5919", "Thandiwe", "Okonkwo", "Bristol"):
        assert value not in sent
    assert "<UK_NHS_NUMBER_1>" in sent and "<PERSON_1>" in sent
    assert rechecked and not any(ch.isdigit() for ch in rechecked[0])
    assert redaction.restore(sent) == text


def test_a_failed_full_span_pass_keeps_the_request_local(classifier: Classifier) -> None:
    text = "Please update NHS number 943 476 5919 for Thandiwe Okonkwo."
    assert _redact(_redactor(classifier, beyond_fails=True), classifier, text) is None


def test_what_the_recheck_still_calls_personal_stays_local(classifier: Classifier) -> None:
    # The level pass is given no findings at all: the values are then never redacted,
    # and the re-check of the "redacted" body finds the NHS number.
    text = "Please update NHS number 943 476 5919 for the patient."
    body = build_outgoing("chat.completions", {"model": "auto", "messages": [{"role": "user", "content": text}]}).body
    empty = Classification(level=classifier.classify(text).level, findings=())
    assert asyncio.run(_redactor(classifier).redact(text, empty, body, None)) is None


def test_the_recheck_reads_the_sentences_near_the_placeholders(classifier: Classifier) -> None:
    filler = "The library opens at nine on weekdays and at ten on Saturdays, and the cafe closes earlier. "
    text = "Please update NHS number 943 476 5919 for the patient. " + filler * 10
    rechecked: list[str] = []
    assert _redact(_redactor(classifier, rechecked=rechecked), classifier, text) is not None
    assert rechecked[0].startswith("user\n\nPlease update NHS number <UK_NHS_NUMBER> for the patient.")
    assert len(rechecked[0]) < len(text) / 2


def test_a_value_removed_from_a_second_string_has_the_whole_text_rechecked(classifier: Classifier) -> None:
    # The number runs across two text parts: its rest leaves the second part with no
    # placeholder there, so nothing anchors a partial re-check.
    parts = [{"type": "text", "text": "Please update NHS number 943 476"}, {"type": "text", "text": " 5919 today. "}]
    parts[1]["text"] += "The library opens at nine on weekdays and at ten on Saturdays. " * 10
    body = build_outgoing("chat.completions", {"model": "auto", "messages": [{"role": "user", "content": parts}]})
    text = "Please update NHS number 943 476 5919 today."
    found = Classification(level=classifier.classify(text).level, findings=classifier.classify(text).findings)
    rechecked: list[str] = []
    redaction = asyncio.run(_redactor(classifier, rechecked=rechecked).redact(text, found, body.body, None))
    assert redaction is not None and not redaction.anchored
    assert rechecked[0].count("The library opens") == 20  # the part alone and the parts joined, all read


def test_a_level_raised_only_by_the_client_stays_local(classifier: Classifier) -> None:
    # X-Sensitivity: personal on a plain question: the level pass found nothing to
    # replace, so a "redacted" body would be the whole text, unchanged.
    text = "Please summarise the attached note for Alice Smith about her appointment."
    found = classifier.classify(text)
    assert found.findings  # the classifier sees the name ...
    public = Classification(level=Sensitivity.PUBLIC, findings=found.findings)  # ... but, say, below personal
    body = build_outgoing("chat.completions", {"model": "auto", "messages": [{"role": "user", "content": text}]}).body
    assert asyncio.run(_redactor(classifier).redact(text, public, body, None)) is None
    plain = "What time does the library open on Saturdays?"
    nothing = classifier.classify(plain)
    assert nothing.level == Sensitivity.PUBLIC
    plain_body = build_outgoing(
        "chat.completions", {"model": "auto", "messages": [{"role": "user", "content": plain}]}
    ).body
    assert asyncio.run(_redactor(classifier).redact(plain, nothing, plain_body, None)) is None


def test_a_fault_inside_redaction_keeps_the_request_local_not_a_500(classifier: Classifier) -> None:
    text = "Please update NHS number 943 476 5919 for Thandiwe Okonkwo."
    assert _redact(_redactor(classifier, recheck_fails=True), classifier, text) is None
    # A "name" that is only a zero-width character (a span NER drew over one) is no value
    # to redact: it neither crashes nor stops the rest from going redacted.
    zero_width = text.replace("for ", "for \u200b")
    start = zero_width.index("\u200b")
    beyond = [Finding(kind="PERSON", start=start, end=start + 1, score=0.9, recogniser="ner")]
    redaction = _redact(_redactor(classifier, beyond=beyond), classifier, zero_width)
    assert redaction is not None and "943 476 5919" not in str(redaction.body)


FILLER = "The library opens at nine on weekdays and at ten on Saturdays, and the cafe closes earlier. " * 4
FREE_FORM_LEAKS = {
    "a property named model": {"type": "object", "properties": {"model": {"description": "NHS number 943 476 5919"}}},
    "a format value": {"type": "object", "properties": {"x": {"type": "string", "format": "NHS number 943 476 5919"}}},
    "a type value": {"type": "object", "properties": {"x": {"type": "NHS number 943 476 5919"}}},
    "a role value": {"type": "object", "properties": {"x": {"role": "NHS number 943 476 5919"}}},
}


@pytest.mark.parametrize("parameters", FREE_FORM_LEAKS.values(), ids=FREE_FORM_LEAKS.keys())
def test_a_value_in_a_tools_free_form_schema_never_leaves(classifier: Classifier, parameters: dict[str, Any]) -> None:
    text_in = "Please update NHS number 943 476 5919 for the patient. " + FILLER
    tool = {"type": "function", "function": {"name": "f", "description": FILLER, "parameters": parameters}}
    body = build_outgoing(
        "chat.completions", {"model": "auto", "messages": [{"role": "user", "content": text_in}], "tools": [tool]}
    ).body
    text = text_to_classify(body)
    redaction = asyncio.run(_redactor(classifier).redact(text, classifier.classify(text), body, None))
    assert redaction is None or "943 476 5919" not in json.dumps(redaction.body)


def test_a_value_the_redaction_did_not_take_for_text_keeps_the_request_local(classifier: Classifier) -> None:
    text = "Please update NHS number 943 476 5919 for the patient."
    body = build_outgoing("chat.completions", {"model": "auto", "messages": [{"role": "user", "content": text}]}).body
    body["model"] = "nhs 943-476-5919"  # `model` is copied as it is: only the last defence can see it
    assert asyncio.run(_redactor(classifier).redact(text, classifier.classify(text), body, None)) is None


@pytest.mark.parametrize(
    ("endpoint", "fields"),
    [("chat.completions", {"logprobs": True, "top_logprobs": 2}), ("completions", {"logprobs": 0})],
)
def test_a_request_for_logprobs_is_answered_locally(
    classifier: Classifier, endpoint: str, fields: dict[str, Any]
) -> None:
    text = "Please update NHS number 943 476 5919 for the patient."
    shape = {"messages": [{"role": "user", "content": text}]} if endpoint == "chat.completions" else {"prompt": text}
    body = build_outgoing(endpoint, {"model": "auto", **shape, **fields}).body  # type: ignore[arg-type]
    redactor = _redactor(classifier)
    assert asyncio.run(redactor.redact(text, classifier.classify(text), body, None)) is None
    body.pop("logprobs")
    assert asyncio.run(redactor.redact(text, classifier.classify(text), body, None)) is not None
