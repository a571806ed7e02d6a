"""The AI-generated label: a field and/or a footer on non-streaming answers, nothing else changed."""

from __future__ import annotations

import copy
from typing import Any

from router.labels import FOOTER_SEPARATOR, AiLabelSettings, label_body


def _chat() -> dict[str, Any]:
    return {
        "id": "chatcmpl-1", "object": "chat.completion", "model": "m",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "Paris."}, "finish_reason": "stop"},
            {"index": 1, "message": {"role": "assistant", "content": None, "tool_calls": []}},
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    }


def test_off_by_default_the_body_is_untouched() -> None:
    body = _chat()
    assert label_body(AiLabelSettings(), copy.deepcopy(body)) == body


def test_the_footer_is_appended_to_each_text_and_nothing_else_changes() -> None:
    settings = AiLabelSettings(footer=True, text="AI-generated.")
    original = _chat()
    labelled = label_body(settings, copy.deepcopy(original))
    assert labelled["choices"][0]["message"]["content"] == "Paris." + FOOTER_SEPARATOR + "AI-generated."
    assert labelled["choices"][1] == original["choices"][1]  # a tool call has no text to label
    labelled["choices"][0]["message"]["content"] = "Paris."
    assert labelled == original


def test_completions_get_the_footer_on_text() -> None:
    body = {"object": "text_completion", "choices": [{"index": 0, "text": " the end"}]}
    labelled = label_body(AiLabelSettings(footer=True, text="AI"), body)
    assert labelled["choices"][0]["text"] == " the end\n\nAI"


def test_the_field_sits_beside_the_openai_fields() -> None:
    original = _chat()
    labelled = label_body(AiLabelSettings(body_field=True, text="AI-generated."), copy.deepcopy(original))
    assert labelled.pop("sovereign") == {"ai_generated": True, "label": "AI-generated."}
    assert labelled == original
