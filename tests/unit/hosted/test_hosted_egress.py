"""Data minimisation as a pure function: the allow-list, our forced fields, and what never leaves."""

from __future__ import annotations

import inspect
from typing import Any

import openai.resources.chat.completions as chat_resource
import openai.resources.completions as completions_resource
import pytest

from hosted import ALLOWED_FIELDS, minimise_body

CHAT_BODY: dict[str, Any] = {
    "model": "gpt-4.1-mini",
    "messages": [{"role": "user", "content": "What is the capital of France?"}],
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
    "response_format": {"type": "json_object"},
    "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
    "tool_choice": "auto",
    "parallel_tool_calls": False,
    "user": "dept-3f9a",
    "reasoning_effort": "low",
}


def test_allowed_chat_fields_pass_unchanged() -> None:
    wire = minimise_body("chat.completions", CHAT_BODY, service_tier="priority", stream=False)
    assert {k: v for k, v in wire.items() if k not in ("store", "service_tier", "stream")} == CHAT_BODY


@pytest.mark.parametrize(
    "field, value",
    [
        ("metadata", {"sensitivity": "personal", "case": "12345"}),
        ("prediction", {"type": "content", "content": "Jane Doe, NHS 943 476 5919"}),
        ("web_search_options", {"user_location": {"type": "approximate", "approximate": {"city": "Leeds"}}}),
        ("safety_identifier", "jane.doe@example.org"),
        ("prompt_cache_key", "jane.doe"),
        ("audio", {"voice": "alloy", "format": "wav"}),
        ("x_internal_trace", "abc"),
    ],
)
def test_fields_outside_the_allow_list_are_dropped(field: str, value: object) -> None:
    wire = minimise_body(
        "chat.completions", {**CHAT_BODY, field: value}, service_tier="priority", stream=False
    )
    assert field not in wire


def test_ours_override_the_clients_store_tier_and_stream() -> None:
    body = {**CHAT_BODY, "store": True, "service_tier": "flex", "stream": True}
    wire = minimise_body("chat.completions", body, service_tier="priority", stream=False)
    assert (wire["store"], wire["service_tier"], wire["stream"]) == (False, "priority", False)


def test_stream_options_only_travel_with_a_stream() -> None:
    body = {**CHAT_BODY, "stream_options": {"include_usage": True}}
    assert "stream_options" not in minimise_body(
        "chat.completions", body, service_tier="priority", stream=False
    )
    streamed = minimise_body("chat.completions", body, service_tier="priority", stream=True)
    assert streamed["stream_options"] == {"include_usage": True}
    assert streamed["stream"] is True


def test_none_means_unset_and_the_input_is_not_modified() -> None:
    body = {**CHAT_BODY, "temperature": None, "metadata": {"a": "b"}}
    snapshot = dict(body)
    wire = minimise_body("chat.completions", body, service_tier="default", stream=False)
    assert "temperature" not in wire
    assert body == snapshot


def test_completions_keep_prompt_and_drop_suffix_and_messages() -> None:
    body = {
        "model": "gpt-3.5-turbo-instruct",
        "prompt": "Say hi",
        "suffix": "Jane Doe",
        "messages": [],
        "echo": True,
    }
    wire = minimise_body("completions", body, service_tier="priority", stream=False)
    assert wire == {
        "model": "gpt-3.5-turbo-instruct",
        "prompt": "Say hi",
        "echo": True,
        "store": False,
        "service_tier": "priority",
        "stream": False,
    }


@pytest.mark.parametrize(
    "endpoint, body, missing",
    [
        ("chat.completions", {"model": "m"}, "messages"),
        ("chat.completions", {"messages": [{"role": "user", "content": "x"}]}, "model"),
        ("completions", {"model": "m", "messages": [{"role": "user", "content": "x"}]}, "prompt"),
    ],
)
def test_missing_required_fields_are_named(endpoint: Any, body: dict[str, Any], missing: str) -> None:
    with pytest.raises(ValueError, match=missing):
        minimise_body(endpoint, body, service_tier="priority", stream=False)


def test_unknown_endpoint_is_refused() -> None:
    with pytest.raises(ValueError, match="embeddings"):
        minimise_body("embeddings", {"model": "m"}, service_tier="priority", stream=False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "endpoint, create, extra_body",
    [
        ("chat.completions", chat_resource.AsyncCompletions.create, set()),
        ("completions", completions_resource.AsyncCompletions.create, {"store", "service_tier"}),
    ],
)
def test_every_allowed_field_is_a_parameter_of_the_sdk_call(
    endpoint: Any, create: Any, extra_body: set[str]
) -> None:
    """HostedClient passes the minimised body as keyword arguments; an unknown one would be a TypeError."""
    parameters = set(inspect.signature(create).parameters)
    sent = set(ALLOWED_FIELDS[endpoint]) | {"stream_options", "store", "service_tier", "stream"}
    assert sent - extra_body <= parameters
