"""Parsing an OpenAI body: what is kept, what is refused (naming the field), the context budget."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from local_models import LocalModelError, UnsupportedParameter
from local_models.request import MAX_STOP_CHARS, GenerationRequest, completion_budget, parse_request

from .bodies import chat_body, completion_body

TOOL = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}

REFUSED_CHAT = [
    ("n", {"n": 2}),
    ("tools", {"tools": [TOOL]}),
    ("tools", {"tools": [TOOL], "tool_choice": "auto"}),
    ("tool_choice", {"tool_choice": "required"}),
    ("tool_choice", {"tool_choice": {"type": "function", "function": {"name": "lookup"}}}),
    ("functions", {"functions": [{"name": "lookup"}]}),
    ("function_call", {"function_call": "auto"}),
    ("response_format", {"response_format": {"type": "json_object"}}),
    ("response_format", {"response_format": {"type": "json_schema", "json_schema": {"name": "x"}}}),
    ("logprobs", {"logprobs": True}),
    ("top_logprobs", {"top_logprobs": 3}),
    ("logit_bias", {"logit_bias": {"50": 10}}),
    ("presence_penalty", {"presence_penalty": 0.5}),
    ("frequency_penalty", {"frequency_penalty": -1}),
    ("audio", {"audio": {"voice": "alloy", "format": "wav"}, "modalities": ["text", "audio"]}),
    ("temperature", {"temperature": 2.5}),
    ("temperature", {"temperature": "hot"}),
    ("top_p", {"top_p": 0}),
    ("max_tokens", {"max_tokens": 0}),
    ("max_completion_tokens", {"max_completion_tokens": -5}),
    ("seed", {"seed": "abc"}),
    ("seed", {"seed": 2**64}),
    ("seed", {"seed": -(2**63) - 1}),
    ("seed", {"seed": 10**30}),
    ("stop", {"stop": 5}),
    ("stop", {"stop": ["ok", 3]}),
    ("stop", {"stop": ["ok", "Z" * 1001]}),
    ("messages", {"messages": []}),
    ("messages", {"messages": [{"role": "wizard", "content": "x"}]}),
    (
        "messages",
        {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
    ),
    ("messages", {"messages": [{"role": "assistant", "content": None, "tool_calls": [{"id": "c1"}]}]}),
]

REFUSED_COMPLETIONS = [
    ("prompt", {"prompt": ["one", "two"]}),
    ("prompt", {"prompt": [[1, 2], [3, 4]]}),
    ("prompt", {"prompt": {"text": "x"}}),
    ("best_of", {"best_of": 3}),
    ("echo", {"echo": True}),
    ("logprobs", {"logprobs": 0}),
    ("suffix", {"suffix": "end"}),
    ("n", {"n": 4}),
]


@pytest.mark.parametrize(("param", "fields"), REFUSED_CHAT)
def test_chat_refusals_name_the_parameter(param: str, fields: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedParameter) as caught:
        parse_request("chat.completions", chat_body(**fields))
    assert caught.value.param == param


@pytest.mark.parametrize(("param", "fields"), REFUSED_COMPLETIONS)
def test_completion_refusals_name_the_parameter(param: str, fields: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedParameter) as caught:
        parse_request("completions", completion_body(**fields))
    assert caught.value.param == param


@pytest.mark.parametrize(
    "fields",
    [
        {"n": 1, "best_of": None, "logprobs": False, "top_logprobs": 0},
        {"tools": [TOOL], "tool_choice": "none"},
        {"response_format": {"type": "text"}},
        {"presence_penalty": 0, "frequency_penalty": 0.0, "logit_bias": {}},
        {"modalities": ["text"], "user": "opaque-id", "store": False, "parallel_tool_calls": False},
    ],
)
def test_harmless_values_of_refusable_fields_are_accepted(fields: dict[str, Any]) -> None:
    assert parse_request("chat.completions", chat_body(**fields)).endpoint == "chat.completions"


def test_chat_keeps_text_roles_sampling_and_stop() -> None:
    body = {
        "messages": [
            {"role": "developer", "content": "Be brief."},
            {
                "role": "user",
                "content": [{"type": "text", "text": "Hello, "}, {"type": "text", "text": "world"}],
            },
            {"role": "assistant", "content": None},
        ],
        "temperature": 0.7,
        "top_p": 0.9,
        "seed": 11,
        "stop": "END",
        "max_tokens": 30,
        "max_completion_tokens": 20,
        "stream_options": {"include_usage": True},
    }
    request = parse_request("chat.completions", body)

    assert request.messages == (
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hello, world"},
        {"role": "assistant", "content": ""},
    )
    # max_completion_tokens is OpenAI's current name and wins over the deprecated max_tokens.
    assert (request.max_tokens, request.max_tokens_param) == (20, "max_completion_tokens")
    assert (request.temperature, request.top_p, request.seed) == (0.7, 0.9, 11)
    assert request.stop == ("END",)
    assert request.include_usage is True
    assert request.prompt_param == "messages"


@pytest.mark.parametrize("seed", [-(2**63), 0, 2**63, 2**64 - 1])
def test_seeds_torch_accepts_are_kept(seed: int) -> None:
    assert parse_request("chat.completions", chat_body(seed=seed, temperature=0.9)).seed == seed


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [("Hi", "Hi"), (["Hi"], "Hi"), ([5, 6, 7], (5, 6, 7)), ([[5, 6]], (5, 6)), (None, "")],
)
def test_completion_prompt_forms(prompt: Any, expected: str | tuple[int, ...]) -> None:
    request = parse_request("completions", completion_body(prompt, stop=["a", "", "b"]))
    assert request.prompt == expected
    assert request.stop == ("a", "b")
    assert request.prompt_param == "prompt"


def test_a_stop_sequence_up_to_the_limit_is_kept() -> None:
    longest = "Z" * MAX_STOP_CHARS
    assert parse_request("completions", completion_body("Hi", stop=longest)).stop == (longest,)


def test_unknown_endpoint_is_an_error_of_ours() -> None:
    with pytest.raises(LocalModelError):
        parse_request("embeddings", {"input": "x"})


CHAT = GenerationRequest(endpoint="chat.completions", max_tokens=100)


@pytest.mark.parametrize(
    ("prompt_tokens", "request_", "policy", "expected"),
    [
        (10, CHAT, "reject", 100),
        (10, CHAT, "clamp", 100),
        (450, CHAT, "clamp", 62),
        (10, GenerationRequest(endpoint="completions"), "reject", 64),
        (500, GenerationRequest(endpoint="completions"), "reject", 12),
    ],
)
def test_budget_within_context(
    prompt_tokens: int, request_: GenerationRequest, policy: Any, expected: int
) -> None:
    budget = completion_budget(prompt_tokens, request_, max_context=512, default_max_tokens=64, policy=policy)
    assert budget == expected


def test_budget_rejects_max_tokens_beyond_context_naming_the_field_used() -> None:
    request = GenerationRequest(
        endpoint="chat.completions", max_tokens=100, max_tokens_param="max_completion_tokens"
    )
    with pytest.raises(UnsupportedParameter) as caught:
        completion_budget(450, request, max_context=512, default_max_tokens=64, policy="reject")
    assert caught.value.param == "max_completion_tokens"
    assert "62" in caught.value.message


@pytest.mark.parametrize(("endpoint", "param"), [("chat.completions", "messages"), ("completions", "prompt")])
def test_budget_refuses_a_prompt_that_fills_the_context(endpoint: Any, param: str) -> None:
    with pytest.raises(UnsupportedParameter) as caught:
        completion_budget(
            512, GenerationRequest(endpoint=endpoint), max_context=512, default_max_tokens=64, policy="clamp"
        )
    assert caught.value.param == param


def test_refusal_survives_pickling_with_its_param() -> None:
    with pytest.raises(UnsupportedParameter) as caught:
        parse_request("chat.completions", chat_body(n=3))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is UnsupportedParameter
    assert (copy.param, copy.message) == ("n", caught.value.message)
