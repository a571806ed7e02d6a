"""request_texts reads every string of a body, whatever the field, plus joined content parts."""

from __future__ import annotations

from classifiers.request_text import REQUEST_TEXT_SEPARATOR, request_text, request_texts

SCHEMA = frozenset(
    {
        "model",
        "messages",
        "role",
        "content",
        "type",
        "text",
        "name",
        "tool_calls",
        "id",
        "function",
        "arguments",
        "tools",
        "parameters",
    }
)


def test_every_string_value_in_document_order_and_keys_outside_the_schema() -> None:
    body = {
        "model": "m",
        "messages": [
            {"role": "system", "content": "sys", "name": "ops"},
            {
                "role": "assistant",
                "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}}
                ],
            },
        ],
        "tools": [{"type": "function", "function": {"name": "f", "parameters": {"nhs_number": {"type": "string"}}}}],
        "patient_note": "Jane",
    }
    assert request_texts(body, schema_keys=SCHEMA) == [
        "m",
        "system",
        "sys",
        "ops",
        "assistant",
        "call_1",
        "function",
        "f",
        '{"a": 1}',
        "function",
        "f",
        "nhs_number",
        "string",
        "patient_note",
        "Jane",
    ]


def test_without_schema_keys_every_key_is_read_too() -> None:
    assert request_texts({"role": "user"}) == ["role", "user"]


def test_content_parts_are_also_read_joined_as_the_engines_join_them() -> None:
    parts = [{"type": "text", "text": "jane.doe"}, {"type": "text", "text": "@example.co.uk"}]
    texts = request_texts({"content": parts}, schema_keys=SCHEMA)
    assert texts[-1] == "jane.doe@example.co.uk"
    assert "jane.doe" in texts and "@example.co.uk" in texts  # each part alone as well


def test_a_single_part_is_not_duplicated() -> None:
    assert request_texts({"content": [{"type": "text", "text": "hi"}]}, schema_keys=SCHEMA) == ["text", "hi"]


def test_non_strings_and_empty_strings_carry_no_text() -> None:
    assert request_texts({"n": 1, "t": 0.5, "b": True, "x": None, "s": ""}, schema_keys=frozenset("ntbxs")) == []
    assert request_texts(None) == []
    assert request_texts([1, 2, [3]]) == []


def test_request_text_joins_with_separator() -> None:
    body = {"messages": [{"content": "a"}, {"content": "b"}]}
    assert request_text(body, schema_keys=SCHEMA) == f"a{REQUEST_TEXT_SEPARATOR}b"
