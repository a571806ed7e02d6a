"""The egress schema as pure functions: what is built, what is dropped, what is refused."""

from __future__ import annotations

import inspect
from typing import Any

import openai.resources.chat.completions as chat_resource
import openai.resources.completions as completions_resource
import pytest

from hosted import SCHEMA_KEYS, InvalidBody, build_outgoing, with_our_fields
from hosted.egress_schema import INBOUND_ONLY

CHAT_BODY: dict[str, Any] = {
    "model": "gpt-4.1-mini",
    "messages": [
        {"role": "system", "content": "Be brief.", "name": "setup"},
        {"role": "user", "content": [{"type": "text", "text": "What is the capital of France?"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "Paris"},
    ],
    "max_tokens": 5,
    "max_completion_tokens": 6,
    "temperature": 0.2,
    "top_p": 0.9,
    "stop": ["\n"],
    "seed": 7,
    "n": 1,
    "presence_penalty": 0.1,
    "frequency_penalty": 0.1,
    "logit_bias": {"50256": -100},
    "logprobs": True,
    "top_logprobs": 2,
    "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object"}}},
    "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
    "tool_choice": {"type": "function", "function": {"name": "f"}},
    "parallel_tool_calls": False,
    "reasoning_effort": "low",
    "verbosity": "medium",
}


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def test_every_field_of_the_schema_is_built_as_sent() -> None:
    built = build_outgoing("chat.completions", CHAT_BODY)
    assert built.body == _without_none(CHAT_BODY)
    assert built.unreadable is None and built.stream is False


@pytest.mark.parametrize(
    "field, value",
    [
        ("metadata", {"sensitivity": "personal", "case": "12345"}),
        ("prediction", {"type": "content", "content": "Jane Doe, NHS 943 476 5919"}),
        ("web_search_options", {"user_location": {"type": "approximate", "approximate": {"city": "Leeds"}}}),
        ("safety_identifier", "jane.doe@example.org"),
        ("prompt_cache_key", "jane.doe"),
        ("user", "jane.doe"),
        ("store", True),
        ("service_tier", "flex"),
        ("x_internal_trace", "abc"),
    ],
)
def test_top_level_fields_outside_the_schema_or_inbound_only_are_not_built(field: str, value: object) -> None:
    assert field not in build_outgoing("chat.completions", {**CHAT_BODY, field: value}).body


@pytest.mark.parametrize(
    "body",
    [
        {"model": "m", "messages": [{"role": "user", "content": "hi", "patient_note": "Jane Doe"}]},
        {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "hi", "x": "Jane"}]}]},
        {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream_options": {"note": "Jane"}},
        {"model": "m", "messages": [{"role": "user", "content": "hi"}],
         "tools": [{"type": "function", "function": {"name": "f"}, "note": "Jane"}]},
        {"model": "m", "messages": [{"role": "assistant", "content": "hi", "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}", "note": "Jane"}}]}]},
    ],
)
def test_unknown_keys_are_dropped_at_every_depth(body: dict[str, Any]) -> None:
    assert "Jane" not in repr(build_outgoing("chat.completions", body).body)


@pytest.mark.parametrize(
    "extra, param",
    [
        ({"presence_penalty": "0.5"}, "presence_penalty"),
        ({"temperature": "1"}, "temperature"),
        ({"max_tokens": 5.5}, "max_tokens"),
        ({"parallel_tool_calls": {"note": "Jane"}}, "parallel_tool_calls"),
        ({"reasoning_effort": "Jane Doe"}, "reasoning_effort"),
        ({"verbosity": "jane.doe@example.org"}, "verbosity"),
        ({"logit_bias": {"jane": 1}}, "logit_bias.jane"),
        ({"stop": 5}, "stop"),
        ({"tool_choice": {"type": "function", "function": {"name": "Jane Doe"}}}, "tool_choice"),
        ({"messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        ({"messages": [{"role": "wizard", "content": "x"}]}, "messages[0].role"),
        ({"messages": [{"content": "x"}]}, "messages[0].role"),
        ({"messages": [{"role": "user"}]}, "messages[0].content"),
        ({"messages": [{"role": "user", "content": [{"type": "video", "video": "x"}]}]}, "messages[0].content"),
        ({"messages": [{"role": "assistant", "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": {"a": 1}}}]}]},
         "messages[0].tool_calls[0].function.arguments"),
        ({"metadata": {"sensitivity": 3}}, "metadata.sensitivity"),
    ],
)
def test_wrong_types_are_refused_naming_the_field_as_the_client_wrote_it(extra: dict[str, Any], param: str) -> None:
    with pytest.raises(InvalidBody) as caught:
        build_outgoing("chat.completions", {**CHAT_BODY, **extra})
    assert caught.value.param is not None and caught.value.param.startswith(param)
    assert ".str" not in caught.value.param and "list[" not in caught.value.param


@pytest.mark.parametrize(
    "endpoint, body, missing",
    [
        ("chat.completions", {"model": "m"}, "messages"),
        ("chat.completions", {"messages": [{"role": "user", "content": "x"}]}, "model"),
        ("completions", {"model": "m", "messages": [{"role": "user", "content": "x"}]}, "prompt"),
    ],
)
def test_missing_required_fields_are_named(endpoint: Any, body: dict[str, Any], missing: str) -> None:
    with pytest.raises(InvalidBody) as caught:
        build_outgoing(endpoint, body)
    assert caught.value.param == missing


def _user(content: Any) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": "user", "content": content}]}


@pytest.mark.parametrize(
    "endpoint, body, param, says",
    [
        # each used to say "Input should be a valid string" at the field (the string form's failure)
        ("chat.completions", _user([]), "messages[0].content", "at least 1 item"),
        ("chat.completions", _user([{"type": "video", "video": "x"}]), "messages[0].content[0].type", "'video'"),
        ("chat.completions", _user([{"type": "text", "text": 5}]), "messages[0].content[0].text", "valid string"),
        ("chat.completions", {**_user("hi"), "stop": ["a"] * 5}, "stop", "at most 4 items"),
        ("completions", {"model": "auto", "prompt": [-1, 2]}, "prompt[0]", "greater than or equal to 0"),
        # an assistant's empty part list was accepted; a system part's wrong type was not named
        ("chat.completions", {**_user("hi"), "messages": [{"role": "assistant", "content": []}]},
         "messages[0].content", "at least 1 item"),
        ("chat.completions", {"model": "auto", "messages": [
            {"role": "system", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
         "messages[0].content[0].type", "should be 'text', got 'image_url'"),
        ("chat.completions", {**_user("hi"), "reasoning_effort": "extreme"}, "reasoning_effort", "got 'extreme'"),
    ],
)
def test_a_field_of_several_forms_reports_what_is_wrong_with_the_form_sent(
    endpoint: Any, body: dict[str, Any], param: str, says: str
) -> None:
    with pytest.raises(InvalidBody) as caught:
        build_outgoing(endpoint, body)
    assert caught.value.param == param and says in str(caught.value)


def test_only_a_short_tag_is_repeated_back() -> None:
    with pytest.raises(InvalidBody) as caught:
        build_outgoing("chat.completions", {**_user("hi"), "reasoning_effort": "Jane Doe, NHS 943 476 5919, " * 3})
    assert "got" not in str(caught.value) and "Jane" not in str(caught.value)


def test_audio_output_is_refused() -> None:
    with pytest.raises(InvalidBody) as caught:
        build_outgoing("chat.completions", {**CHAT_BODY, "modalities": ["text", "audio"]})
    assert caught.value.param == "modalities"


@pytest.mark.parametrize(
    "endpoint, body, where",
    [
        ("chat.completions", {"model": "m", "messages": [{"role": "user", "content": [
            {"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": {"url": "data:x"}}]}]},
         "messages[0].content[1]"),
        ("chat.completions", {"model": "m", "messages": [{"role": "user", "content": [
            {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}}]}]},
         "messages[0].content[0]"),
        ("chat.completions", {"model": "m", "messages": [{"role": "user", "content": [
            {"type": "file", "file": {"filename": "jane.pdf", "file_data": "AAAA"}}]}]},
         "messages[0].content[0]"),
        ("completions", {"model": "m", "prompt": [1, 2, 3]}, "prompt"),
        ("completions", {"model": "m", "prompt": [[1, 2], [3]]}, "prompt"),
    ],
)
def test_unreadable_content_is_marked_and_left_out_of_what_is_classified(
    endpoint: Any, body: dict[str, Any], where: str
) -> None:
    built = build_outgoing(endpoint, body)
    assert built.unreadable == where
    readable = repr(built.readable_body())
    assert "data:x" not in readable and "AAAA" not in readable and "jane.pdf" not in readable
    assert "[1, 2" not in readable


def test_a_client_type_key_elsewhere_does_not_hide_text_from_the_classifier() -> None:
    body = {**CHAT_BODY, "tools": [{"type": "function", "function": {
        "name": "f", "parameters": {"type": "image_url", "description": "Jane Doe"}}}]}
    built = build_outgoing("chat.completions", body)
    assert built.unreadable is None
    assert "Jane Doe" in repr(built.readable_body())


def test_with_our_fields_sets_store_tier_and_stream_and_keeps_stream_options_only_with_a_stream() -> None:
    built = build_outgoing("chat.completions", {**CHAT_BODY, "stream": True, "stream_options": {"include_usage": True}})
    assert built.stream is True and built.body["stream_options"] == {"include_usage": True}
    streamed = with_our_fields(built.body, service_tier="priority", stream=True)
    assert (streamed["store"], streamed["service_tier"], streamed["stream"]) == (False, "priority", True)
    plain = with_our_fields(built.body, service_tier="flex", stream=False)
    assert "stream_options" not in plain and plain["service_tier"] == "flex"
    assert "stream_options" not in build_outgoing("chat.completions", {**CHAT_BODY, "stream_options": {}}).body


def test_completions_body() -> None:
    body = {"model": "gpt-3.5-turbo-instruct", "prompt": "Say hi", "suffix": "!", "echo": True, "messages": []}
    assert build_outgoing("completions", body).body == {
        "model": "gpt-3.5-turbo-instruct", "prompt": "Say hi", "suffix": "!", "echo": True,
    }


def test_schema_keys_are_the_schemas_own_names_only() -> None:
    assert {"messages", "content", "tool_calls", "tool_call_id", "arguments", "schema"} <= SCHEMA_KEYS
    assert "patient_note" not in SCHEMA_KEYS
    assert INBOUND_ONLY <= SCHEMA_KEYS


@pytest.mark.parametrize(
    "endpoint, create, not_sdk_parameters",
    [
        ("chat.completions", chat_resource.AsyncCompletions.create, set()),
        ("completions", completions_resource.AsyncCompletions.create, {"store", "service_tier"}),
    ],
)
def test_every_top_level_field_built_is_a_parameter_of_the_sdk_call(
    endpoint: Any, create: Any, not_sdk_parameters: set[str]
) -> None:
    """A field the SDK does not know is one the API does not document: it must not be in the schema."""
    from hosted.egress_schema import ChatCompletionBody, CompletionBody

    model = ChatCompletionBody if endpoint == "chat.completions" else CompletionBody
    sent = (set(model.model_fields) - INBOUND_ONLY) | {"store", "service_tier", "stream"}
    assert sent - not_sdk_parameters <= set(inspect.signature(create).parameters)
