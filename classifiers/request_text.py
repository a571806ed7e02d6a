"""Every text in an OpenAI chat or completions request body.

Personal data can sit anywhere in a request, not only in the last user turn: a
system prompt with a case summary, an earlier assistant answer that repeated an NHS
number, a tool call's JSON arguments. `request_texts` collects, in request order:

* for each message of `messages` (any role: system, developer, user, assistant,
  tool, function): its `name`, its `content` (a string, or an array of content parts
  whose `text`/`refusal` is kept and whose images, audio and files are skipped),
  its `refusal`, each `tool_calls[].function.arguments` (and a custom tool call's
  `input`), and a legacy `function_call.arguments`;
* the completions `prompt` (a string or a list of strings; token-id lists are
  skipped), and `suffix`;
* `input` and `instructions` where a client sends them (Responses-style bodies);
* tool and function definitions, `response_format` schemas and `stop` sequences:
  they are sent to the hosted API with the request, and their descriptions and
  examples are free text a client can fill with anything.

Odd shapes are skipped, never raised on: the router validates the body, and the
classifier must not be the stage that turns a malformed body into a 500. Arguments
sent as JSON objects instead of strings are serialised so they are still classified.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["REQUEST_TEXT_SEPARATOR", "request_text", "request_texts"]

REQUEST_TEXT_SEPARATOR = "\n\n"
"""Joins the texts of a request in `request_text`; classify_request offsets refer to that string."""

_TEXT_PART_KEYS = ("text", "refusal", "input_text")
_DEFINITION_KEYS = ("tools", "functions", "response_format", "stop")


def _add(texts: list[str], value: object) -> None:
    if isinstance(value, str) and value:
        texts.append(value)


def _add_arguments(texts: list[str], value: object) -> None:
    """Tool arguments are a JSON string; a client that sends an object still gets classified."""
    if isinstance(value, str):
        _add(texts, value)
    elif isinstance(value, Mapping | list):
        try:
            _add(texts, json.dumps(value, ensure_ascii=False, default=str))
        except (TypeError, ValueError):  # circular or unserialisable: nothing we can read
            return


def _add_content(texts: list[str], content: object) -> None:
    if isinstance(content, str):
        _add(texts, content)
    elif isinstance(content, Mapping):
        _add_part(texts, content)
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, str):
                _add(texts, part)
            elif isinstance(part, Mapping):
                _add_part(texts, part)


def _add_part(texts: list[str], part: Mapping[Any, Any]) -> None:
    for key in _TEXT_PART_KEYS:
        _add(texts, part.get(key))


def _add_message(texts: list[str], message: Mapping[Any, Any]) -> None:
    _add(texts, message.get("name"))
    _add_content(texts, message.get("content"))
    _add(texts, message.get("refusal"))
    tool_calls = message.get("tool_calls")
    if isinstance(tool_calls, list):
        for call in tool_calls:
            if not isinstance(call, Mapping):
                continue
            function = call.get("function")
            if isinstance(function, Mapping):
                _add_arguments(texts, function.get("arguments"))
            custom = call.get("custom")
            if isinstance(custom, Mapping):
                _add_arguments(texts, custom.get("input"))
    function_call = message.get("function_call")
    if isinstance(function_call, Mapping):
        _add_arguments(texts, function_call.get("arguments"))


def _add_prompt(texts: list[str], prompt: object) -> None:
    if isinstance(prompt, str):
        _add(texts, prompt)
    elif isinstance(prompt, list):
        for item in prompt:
            if isinstance(item, str):  # lists of ints (token ids) are skipped
                _add(texts, item)


def request_texts(body: Mapping[str, Any]) -> list[str]:
    """Every text of a chat or completions body, in request order (see the module docstring).

    Args:
        body: The OpenAI request body as parsed JSON.

    Returns:
        The non-empty strings found; an empty list for a body with none (or not a mapping).
    """
    texts: list[str] = []
    if not isinstance(body, Mapping):
        return texts
    messages = body.get("messages")
    if isinstance(messages, list):
        for message in messages:
            if isinstance(message, Mapping):
                _add_message(texts, message)
    _add_prompt(texts, body.get("prompt"))
    _add(texts, body.get("suffix"))
    _add(texts, body.get("instructions"))
    request_input = body.get("input")
    if isinstance(request_input, list) and request_input and all(isinstance(i, Mapping) for i in request_input):
        for item in request_input:
            _add_message(texts, item)
    else:
        _add_prompt(texts, request_input)
    for key in _DEFINITION_KEYS:
        _add_arguments(texts, body.get(key))
    return texts


def request_text(body: Mapping[str, Any]) -> str:
    """The request's texts joined with `REQUEST_TEXT_SEPARATOR` (what classify_request classifies)."""
    return REQUEST_TEXT_SEPARATOR.join(request_texts(body))
