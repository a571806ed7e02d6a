from __future__ import annotations

import pytest

from classifiers.request_text import REQUEST_TEXT_SEPARATOR, request_text, request_texts


def test_chat_every_role_and_shape():
    body = {
        "model": "auto",
        "messages": [
            {"role": "system", "content": "system prompt"},
            {"role": "developer", "content": "developer note"},
            {
                "role": "user",
                "name": "jane_doe",
                "content": [
                    {"type": "text", "text": "first part"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
                    {"type": "text", "text": "second part"},
                ],
            },
            {
                "role": "assistant",
                "content": None,
                "refusal": "cannot help",
                "tool_calls": [
                    {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": '{"nhs": "1"}'}},
                    {"id": "c2", "type": "custom", "custom": {"name": "x", "input": "custom input"}},
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": "tool result"},
            {"role": "assistant", "function_call": {"name": "f", "arguments": '{"a": 2}'}},
        ],
    }
    assert request_texts(body) == [
        "system prompt",
        "developer note",
        "jane_doe",
        "first part",
        "second part",
        "cannot help",
        '{"nhs": "1"}',
        "custom input",
        "tool result",
        '{"a": 2}',
    ]


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("a prompt", ["a prompt"]),
        (["one", "two"], ["one", "two"]),
        ([1, 2, 3], []),  # token ids
        ([[1, 2], [3]], []),
        (["text", 5, None], ["text"]),
    ],
)
def test_completions_prompt(prompt, expected):
    assert request_texts({"model": "m", "prompt": prompt}) == expected


def test_suffix_and_responses_style_fields():
    body = {"prompt": "p", "suffix": "s", "instructions": "i", "input": [{"role": "user", "content": "in"}]}
    assert request_texts(body) == ["p", "s", "i", "in"]


def test_arguments_sent_as_objects_are_serialised():
    body = {"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": {"name": "Jane"}}}]}]}
    assert request_texts(body) == ['{"name": "Jane"}']


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"messages": None},
        {"messages": "not a list"},
        {"messages": [None, 3, "text", ["nested"]]},
        {"messages": [{"role": "user", "content": 42}]},
        {"messages": [{"role": "user", "content": [None, 1, {"type": "text", "text": 3}]}]},
        {"messages": [{"role": "assistant", "tool_calls": "bad"}]},
        {"messages": [{"role": "assistant", "tool_calls": [None, {"function": "bad"}]}]},
        {"messages": [{"role": "assistant", "function_call": ["bad"]}]},
        {"prompt": {"not": "valid"}},
        {"input": 7},
    ],
)
def test_malformed_shapes_are_skipped(body):
    assert request_texts(body) == []


def test_not_a_mapping_is_skipped():
    assert request_texts(["not", "a", "body"]) == []  # type: ignore[arg-type]


def test_circular_arguments_are_skipped():
    arguments: dict[str, object] = {}
    arguments["self"] = arguments
    body = {"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": arguments}}]}]}
    assert request_texts(body) == []


def test_request_text_joins_with_separator():
    body = {"messages": [{"role": "system", "content": "a"}, {"role": "user", "content": "b"}]}
    assert request_text(body) == "a" + REQUEST_TEXT_SEPARATOR + "b"


def test_tool_definitions_schemas_and_stop_sequences_are_classified(classifier):
    body = {
        "model": "auto",
        "messages": [{"role": "user", "content": "Look up the record."}],
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "Patient NHS 943 476 5919"}}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "r", "schema": {"example": "x@y.co.uk"}}},
        "stop": ["JG 10 37 59 A"],
    }
    text = request_text(body)
    for secret in ("943 476 5919", "x@y.co.uk", "JG 10 37 59 A"):
        assert secret in text
    assert classifier.classify_request(body).sensitive
