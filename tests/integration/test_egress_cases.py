"""Issue 15's egress cases over the real Serve app and the recording upstream.

Each case once leaked personal data to the hosted API through a part of the request
the classifier did not read, or misbehaved on the same pass. Each now ends one of
three ways: the value is classified (the request stays local), dropped by the egress
schema, or refused with a 400 naming the field — and the recording proves which.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.conftest import auth_headers, hosted_overrides, recorded_text

NHS = "943 476 5919"
EMAIL = "jane.doe@example.co.uk"
QUESTION = "What is the capital of France?"


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(**hosted_overrides(upstream.base_url)))


def _post(router: str, body: dict[str, Any], endpoint: str = "chat/completions", **kwargs: Any) -> httpx.Response:
    # Header pairs, not a dict: some tests repeat X-Sensitivity.
    extra = kwargs.pop("headers", {})
    headers = [*auth_headers().items(), *(extra.items() if isinstance(extra, dict) else extra)]
    return httpx.post(f"{router}/v1/{endpoint}", json={"max_tokens": 2, **body}, timeout=60, headers=headers,
                      **kwargs)


def _chat(messages: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"model": "auto", "messages": messages, **fields}


def _user(content: Any, **fields: Any) -> list[dict[str, Any]]:
    return [{"role": "user", "content": content, **fields}]


@pytest.mark.parametrize(
    "messages",
    [
        _user(QUESTION, patient_note=f"Jane Doe, NHS number {NHS}"),
        _user([{"type": "text", "text": "Summarise.", "extra": f"Jane Doe, NHS number {NHS}"}]),
    ],
    ids=["message-extra-key", "part-extra-key"],
)
def test_unknown_keys_on_messages_and_parts_are_dropped_before_the_hosted_call(
    router: str, upstream: Any, messages: list[dict[str, Any]]
) -> None:
    response = _post(router, _chat(messages))
    assert response.status_code == 200 and response.headers["x-sovereign-route"] == "hosted"
    [record] = upstream.records
    assert NHS not in recorded_text(upstream) and "Jane" not in recorded_text(upstream)
    assert set(record["body"]["messages"][0]) == {"role", "content"}


@pytest.mark.parametrize(
    "part",
    [
        {"type": "image_url", "image_url": {"url": f"https://records.example.org/{EMAIL}/scan.png"}},
        {"type": "file", "file": {"filename": f"{EMAIL}.pdf", "file_data": "JVBERi0xLjQK"}},
        {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
    ],
    ids=["image_url", "file", "input_audio"],
)
def test_content_the_classifier_cannot_read_never_goes_hosted(router: str, upstream: Any, part: dict) -> None:
    response = _post(router, _chat(_user([{"type": "text", "text": "What is this?"}, part])))
    # The local model takes text only, so the request is refused, naming the part.
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("unsupported_content", "messages[0].content[1]")
    assert "not sent to the hosted API" in error["message"]
    assert response.headers["x-sovereign-route"] == "local"
    assert upstream.records == []


def test_a_hosted_model_asked_for_with_an_image_is_rerouted_not_sent(router: str, upstream: Any) -> None:
    image = {"type": "image_url", "image_url": {"url": "https://example.org/a.png"}}
    response = _post(router, {**_chat(_user([image])), "model": "gpt-4.1-mini"})
    assert response.status_code == 400 and response.headers["x-sovereign-route"] == "local"
    assert upstream.records == []


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "assistant", "tool_calls": [{"id": EMAIL, "type": "function",
                                                "function": {"name": "lookup", "arguments": "{}"}}]},
         {"role": "tool", "tool_call_id": EMAIL, "content": "found"}, {"role": "user", "content": QUESTION}],
        [{"role": "tool", "tool_call_id": f"call {NHS}", "content": "found"}, {"role": "user", "content": QUESTION}],
        [{"role": "user", "name": EMAIL, "content": QUESTION}],
    ],
    ids=["tool_calls.id", "tool_call_id", "name"],
)
def test_identifiers_in_id_and_name_fields_are_classified(
    router: str, upstream: Any, messages: list[dict[str, Any]]
) -> None:
    response = _post(router, _chat(messages))
    assert response.headers["x-sovereign-route"] == "local"
    assert response.headers["x-sovereign-sensitivity"] == "personal"
    assert upstream.records == []


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"messages": [{"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {
            "name": EMAIL, "arguments": "{}"}}]}]}, "messages[0].tool_calls[0].function.name"),
        ({"tool_choice": {"type": "function", "function": {"name": EMAIL}}}, "tool_choice"),
        ({"function_call": {"name": EMAIL}}, "function_call"),
        ({"reasoning_effort": f"low {EMAIL}"}, "reasoning_effort"),
        ({"verbosity": EMAIL}, "verbosity"),
        ({"presence_penalty": "0.5"}, "presence_penalty"),
        ({"logit_bias": {EMAIL: 1}}, "logit_bias"),
        ({"parallel_tool_calls": {"note": EMAIL}}, "parallel_tool_calls"),
        ({"stop": 5}, "stop"),
        ({"messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_values_of_the_wrong_type_are_400_naming_the_field_as_written(
    router: str, upstream: Any, fields: dict[str, Any], param: str
) -> None:
    response = _post(router, {**_chat(_user(QUESTION)), **fields})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["param"].startswith(param) and ".str" not in error["param"]
    assert error["type"] == "invalid_request_error"
    assert upstream.records == []


def test_a_token_id_prompt_is_answered_locally(router: str, upstream: Any) -> None:
    response = _post(router, {"model": "auto", "prompt": [101, 102, 103]}, endpoint="completions")
    assert response.status_code == 200 and response.headers["x-sovereign-route"] == "local"
    assert upstream.records == []


@pytest.mark.parametrize(("first", "second"), [("jane.doe", "@example.co.uk"), ("943 476", " 5919")])
def test_a_value_split_across_content_parts_is_classified_whole(
    router: str, upstream: Any, first: str, second: str
) -> None:
    parts = [{"type": "text", "text": f"Write to {first}"}, {"type": "text", "text": f"{second} today."}]
    response = _post(router, _chat(_user(parts)))
    assert response.headers["x-sovereign-route"] == "local"
    assert upstream.records == []


@pytest.mark.parametrize(
    "headers",
    [[("X-Sensitivity", "public"), ("X-Sensitivity", "personal")],
     [("X-Sensitivity", "personal"), ("X-Sensitivity", "public")],
     [("X-Sensitivity", "public, special")]],
    ids=["public-then-personal", "personal-then-public", "comma-separated"],
)
def test_every_sensitivity_header_counts_and_the_highest_wins(router: str, upstream: Any, headers: list) -> None:
    response = _post(router, _chat(_user(QUESTION)), headers=headers)
    assert response.status_code == 200
    assert response.headers["x-sovereign-route"] == "local"
    assert response.headers["x-sovereign-sensitivity"] in ("personal", "special")
    assert upstream.records == []


def test_an_unknown_sensitivity_in_any_header_is_400(router: str, upstream: Any) -> None:
    headers = [("X-Sensitivity", "personal"), ("X-Sensitivity", "classified")]
    response = _post(router, _chat(_user(QUESTION)), headers=headers)
    assert response.status_code == 400 and response.json()["error"]["param"] == "x-sensitivity"
    assert upstream.records == []


@pytest.mark.parametrize("omit", ["done", "finish_reason", "usage"])
def test_a_hosted_stream_cut_short_ends_with_an_error_event(router: str, upstream: Any, omit: str) -> None:
    upstream.set_fault(stream_omit=omit)
    body = _chat(_user("Count to five."), stream=True, stream_options={"include_usage": True})
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, timeout=60,
                      headers=auth_headers()) as response:
        assert response.status_code == 200 and response.headers["x-sovereign-route"] == "hosted"
        lines = [line for line in response.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    assert '"error"' in lines[-2] and "backend_unavailable" in lines[-2]


def test_errors_relayed_from_the_hosted_api_say_which_side_refused(router: str, upstream: Any) -> None:
    upstream.set_fault(400, message="context too long", param="messages", count=1)
    response = _post(router, _chat(_user(QUESTION)))
    assert response.status_code == 400 and response.json()["error"]["message"] == "context too long"
    assert response.headers["x-sovereign-route"] == "hosted"
    assert response.headers["x-sovereign-sensitivity"] == "public"


def test_policy_refusals_say_the_level_and_that_no_backend_was_called(router: str, upstream: Any) -> None:
    response = _post(router, _chat(_user(QUESTION)), headers={"X-Sensitivity": "secret"})
    assert response.status_code == 403
    assert response.headers["x-sovereign-route"] == "none"
    assert response.headers["x-sovereign-sensitivity"] == "secret"
    assert upstream.records == []
