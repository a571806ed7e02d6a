from __future__ import annotations

import orjson
import pytest

from classifiers.types import Sensitivity
from router.errors import ApiError
from router.requests import parse_request

LIMIT = 4096


def _parse(body: object, header: str | list[str] | None = None, endpoint: str = "chat.completions"):
    raw = body if isinstance(body, bytes) else orjson.dumps(body)
    headers = [header] if isinstance(header, str) else header or []
    return parse_request(endpoint, raw, headers, LIMIT)  # type: ignore[arg-type]


def _error(body: object, header: str | list[str] | None = None, endpoint: str = "chat.completions") -> ApiError:
    with pytest.raises(ApiError) as caught:
        _parse(body, header, endpoint)
    return caught.value


CHAT = {"model": "auto", "messages": [{"role": "user", "content": "hi"}]}


def test_valid_chat_body_drops_unknown_fields_and_keeps_only_what_was_sent() -> None:
    parsed = _parse({**CHAT, "future_param": 1})
    assert parsed.body == CHAT
    assert parsed.model == "auto" and parsed.stream is False and parsed.requested_level is None


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": [{"role": "user", "content": "x"}]}, "model"),
        ({"model": "auto"}, "messages"),
        ({"model": "auto", "messages": []}, "messages"),
        ({"model": "auto", "messages": [{"role": "wizard", "content": "x"}]}, "messages[0].role"),
        ({**CHAT, "max_tokens": 0}, "max_tokens"),
        ({**CHAT, "temperature": 9}, "temperature"),
    ],
)
def test_shape_errors_are_400_naming_the_field(body: object, param: str) -> None:
    error = _error(body)
    assert (error.status, error.param) == (400, param)
    assert error.body()["error"]["type"] == "invalid_request_error"


@pytest.mark.parametrize("raw", [b"{not json", b"", b"[1, 2]", b'"text"'])
def test_invalid_json_or_non_object_is_400(raw: bytes) -> None:
    assert _error(raw).status == 400


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (b"[" * 300, "arrays or objects left unclosed or nested too deep (at byte"),  # orjson: "failed to allocate"
        (b"\xff\xfe{\x00", "the body is not UTF-8 text (at byte 0)"),  # UTF-16; orjson: "... surrogates not allowed"
        (b'{"model":', "unexpected end of data (at byte 9)"),
    ],
)
def test_invalid_json_is_said_in_words_about_the_body(raw: bytes, said: str) -> None:
    error = _error(raw)
    assert error.code == "invalid_json" and said in error.message, error.message


def test_oversized_body_is_413() -> None:
    error = _error({**CHAT, "messages": [{"role": "user", "content": "x" * LIMIT}]})
    assert error.status == 413


def test_completions_prompt_forms() -> None:
    for prompt in ["text", ["a", "b"], [1, 2, 3]]:
        assert _parse({"model": "auto", "prompt": prompt}, endpoint="completions").body["prompt"] == prompt
    assert _error({"model": "auto"}, endpoint="completions").param == "prompt"


def test_sensitivity_from_header_and_metadata_takes_the_higher() -> None:
    parsed = _parse({**CHAT, "metadata": {"sensitivity": "special"}}, header="personal")
    assert parsed.requested_level is Sensitivity.SPECIAL
    assert _parse(CHAT, header="PERSONAL").requested_level is Sensitivity.PERSONAL


@pytest.mark.parametrize(("header", "metadata", "param"), [("classified", None, "x-sensitivity"),
                                                             (None, "nope", "metadata.sensitivity")])
def test_unknown_sensitivity_is_400(header, metadata, param) -> None:
    body = {**CHAT, "metadata": {"sensitivity": metadata}} if metadata else CHAT
    error = _error(body, header=header)
    assert (error.status, error.param, error.code) == (400, param, "invalid_sensitivity")


def test_an_unknown_sensitivity_is_echoed_as_the_client_wrote_it() -> None:
    """Starlette hands header bytes over as Latin-1: UTF-8 "é" arrives as "Ã©", and is read back as "é"."""
    error = _error(CHAT, header="é".encode().decode("latin-1"))
    assert "'é'" in error.message and "Ã" not in error.message, error.message
    assert "'\xe9'" in _error(CHAT, header="\xe9").message  # a Latin-1 byte that is no UTF-8 stays as it came


@pytest.mark.parametrize(
    ("headers", "level"),
    [
        (["public", "personal"], Sensitivity.PERSONAL),
        (["personal", "public"], Sensitivity.PERSONAL),
        (["public, special"], Sensitivity.SPECIAL),
        (["public,", " personal "], Sensitivity.PERSONAL),
    ],
)
def test_every_sensitivity_header_and_every_comma_separated_value_counts(headers, level) -> None:
    assert _parse(CHAT, header=headers).requested_level is level


@pytest.mark.parametrize("headers", [["personal", "classified"], ["public, nope"], [""], [" , "], ["personal", ""]])
def test_an_unknown_sensitivity_anywhere_is_400(headers) -> None:
    error = _error(CHAT, header=headers)
    assert (error.status, error.param, error.code) == (400, "x-sensitivity", "invalid_sensitivity")


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({**CHAT, "stop": 5}, "stop"),
        ({"model": "auto", "messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        ({**CHAT, "presence_penalty": "0.5"}, "presence_penalty"),
    ],
)
def test_param_names_the_field_without_pydantic_branch_suffixes(body, param) -> None:
    error = _error(body)
    assert error.param == param
    assert error.body()["error"]["message"].startswith(f"{param}: ")


def test_the_classified_text_holds_every_client_string_and_no_schema_key() -> None:
    body = {
        "model": "auto",
        "messages": [
            {"role": "user", "name": "caller_a", "content": [{"type": "text", "text": "943 476"},
                                                            {"type": "text", "text": " 5919"}]},
            {"role": "assistant", "tool_calls": [{"id": "call_jane", "type": "function",
                                                  "function": {"name": "lookup", "arguments": '{"q": 1}'}}]},
            {"role": "tool", "tool_call_id": "call_jane", "content": "ok"},
        ],
        "tools": [{"type": "function", "function": {"name": "lookup", "parameters": {
            "type": "object", "properties": {"nhs_number": {"type": "string"}}}}}],
    }
    text = _parse(body).classified_text
    for expected in ("caller_a", "943 476 5919", "call_jane", "lookup", '{"q": 1}', "nhs_number"):
        assert expected in text
    assert "tool_calls" not in text and "auto" not in text
