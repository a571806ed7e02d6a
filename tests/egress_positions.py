"""Every position of an OpenAI request where a client can put a string, for egress property tests.

Each position is a function that places a marker (personal data the classifier must
catch) at one place of a request body: any field the egress schema declares, at any
depth, fields it does not declare, keys as well as values, and a value split across
two content parts. The property the tests hold over all of them: the marker is either
classified (the request stays inside) or absent from what the hosted API receives.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Body = dict[str, Any]

MARKERS = ("jane.doe@example.co.uk", "943 476 5919")
"""An e-mail address and a valid NHS number: each is personal data with no cue around it."""

_QUESTION = "What is the capital of France?"
_CHAT: Body = {"model": "auto", "max_tokens": 1, "messages": [{"role": "user", "content": _QUESTION}]}
_COMPLETION: Body = {"model": "auto", "max_tokens": 1, "prompt": "The capital of France is"}
_TOOL = {
    "type": "function",
    "function": {
        "name": "lookup",
        "description": "Look a thing up.",
        "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
    },
}
_CALL = {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": '{"q": "Paris"}'}}


def _chat(**fields: Any) -> Body:
    return {**copy.deepcopy(_CHAT), **fields}


def _turns(*messages: dict[str, Any]) -> list[dict[str, Any]]:
    return [*messages, {"role": "user", "content": _QUESTION}]


def _text(marker: str) -> str:
    return f"Please note {marker} here."


POSITIONS: dict[str, Callable[[str], Body]] = {
    "system.content": lambda m: _chat(messages=_turns({"role": "system", "content": _text(m)})),
    "developer.content_part": lambda m: _chat(
        messages=_turns({"role": "developer", "content": [{"type": "text", "text": _text(m)}]})
    ),
    "user.content": lambda m: _chat(messages=[{"role": "user", "content": _text(m)}]),
    "user.content_part": lambda m: _chat(
        messages=[
            {"role": "user", "content": [{"type": "text", "text": _QUESTION}, {"type": "text", "text": _text(m)}]}
        ]
    ),
    "user.name": lambda m: _chat(messages=[{"role": "user", "name": m, "content": _QUESTION}]),
    "user.image_url": lambda m: _chat(
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": _QUESTION},
                    {"type": "image_url", "image_url": {"url": f"https://example.org/{m}.png"}},
                ],
            }
        ]
    ),
    "user.file": lambda m: _chat(
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": _QUESTION},
                    {"type": "file", "file": {"filename": f"{m}.pdf", "file_data": "JVBERi0x"}},
                ],
            }
        ]
    ),
    "user.part_extra_key": lambda m: _chat(
        messages=[{"role": "user", "content": [{"type": "text", "text": _QUESTION, "extra": _text(m)}]}]
    ),
    "message.extra_key": lambda m: _chat(messages=[{"role": "user", "content": _QUESTION, "patient_note": _text(m)}]),
    "message.key_is_marker": lambda m: _chat(messages=[{"role": "user", "content": _QUESTION, m: "x"}]),
    "assistant.content": lambda m: _chat(messages=_turns({"role": "assistant", "content": _text(m)})),
    "assistant.refusal": lambda m: _chat(messages=_turns({"role": "assistant", "refusal": _text(m)})),
    "assistant.tool_call.id": lambda m: _chat(
        messages=_turns(
            {"role": "assistant", "tool_calls": [{**_CALL, "id": m}]},
            {"role": "tool", "tool_call_id": m, "content": "Paris"},
        )
    ),
    "assistant.tool_call.name": lambda m: _chat(
        messages=_turns({"role": "assistant", "tool_calls": [{**_CALL, "function": {"name": m, "arguments": "{}"}}]})
    ),
    "assistant.tool_call.arguments": lambda m: _chat(
        messages=_turns(
            {
                "role": "assistant",
                "tool_calls": [{**_CALL, "function": {"name": "lookup", "arguments": f'{{"q": "{m}"}}'}}],
            }
        )
    ),
    "assistant.tool_call.extra_key": lambda m: _chat(
        messages=_turns({"role": "assistant", "tool_calls": [{**_CALL, "note": _text(m)}]})
    ),
    "assistant.function_call": lambda m: _chat(
        messages=_turns({"role": "assistant", "function_call": {"name": "lookup", "arguments": f'{{"q": "{m}"}}'}})
    ),
    "tool.content": lambda m: _chat(
        messages=_turns(
            {"role": "assistant", "tool_calls": [_CALL]},
            {"role": "tool", "tool_call_id": "call_1", "content": _text(m)},
        )
    ),
    "tool.tool_call_id": lambda m: _chat(messages=_turns({"role": "tool", "tool_call_id": m, "content": "Paris"})),
    "function.name": lambda m: _chat(messages=_turns({"role": "function", "name": m, "content": "x"})),
    "tools.description": lambda m: _chat(tools=[{**_TOOL, "function": {**_TOOL["function"], "description": _text(m)}}]),
    "tools.name": lambda m: _chat(tools=[{**_TOOL, "function": {**_TOOL["function"], "name": m}}]),
    "tools.parameter_key": lambda m: _chat(
        tools=[
            {
                **_TOOL,
                "function": {
                    **_TOOL["function"],
                    "parameters": {"type": "object", "properties": {m: {"type": "string"}}},
                },
            }
        ]
    ),
    "tools.parameter_enum": lambda m: _chat(
        tools=[
            {
                **_TOOL,
                "function": {
                    **_TOOL["function"],
                    "parameters": {"type": "object", "properties": {"q": {"type": "string", "enum": [m]}}},
                },
            }
        ]
    ),
    "tools.extra_key": lambda m: _chat(tools=[{**_TOOL, "note": _text(m)}]),
    "tool_choice.name": lambda m: _chat(tools=[_TOOL], tool_choice={"type": "function", "function": {"name": m}}),
    "functions.description": lambda m: _chat(functions=[{"name": "lookup", "description": _text(m)}]),
    "function_call.name": lambda m: _chat(functions=[{"name": "lookup"}], function_call={"name": m}),
    "response_format.description": lambda m: _chat(
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "answer", "description": _text(m), "schema": {"type": "object"}},
        }
    ),
    "response_format.schema_key": lambda m: _chat(
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": {"type": "object", "properties": {m: {"type": "string"}}}},
        }
    ),
    "stop": lambda m: _chat(stop=[m]),
    "metadata": lambda m: _chat(metadata={"note": m}),
    "user": lambda m: _chat(user=m),
    "logit_bias.key": lambda m: _chat(logit_bias={m: 1}),
    "reasoning_effort": lambda m: _chat(reasoning_effort=m),
    "verbosity": lambda m: _chat(verbosity=m),
    "presence_penalty": lambda m: _chat(presence_penalty=m),
    "parallel_tool_calls": lambda m: _chat(tools=[_TOOL], parallel_tool_calls={"note": m}),
    "stream_options.extra_key": lambda m: _chat(stream=True, stream_options={"include_usage": True, "note": m}),
    "top_level.extra_key": lambda m: _chat(patient_note=_text(m)),
    "top_level.key_is_marker": lambda m: _chat(**{m: 1}),
    "prediction": lambda m: _chat(prediction={"type": "content", "content": _text(m)}),
    "web_search_options": lambda m: _chat(
        web_search_options={"user_location": {"type": "approximate", "approximate": {"city": m}}}
    ),
    "safety_identifier": lambda m: _chat(safety_identifier=m),
    "completions.prompt": lambda m: {**_COMPLETION, "prompt": _text(m)},
    "completions.prompt_list": lambda m: {**_COMPLETION, "prompt": ["Hello", _text(m)]},
    "completions.suffix": lambda m: {**_COMPLETION, "suffix": _text(m)},
    "completions.stop": lambda m: {**_COMPLETION, "stop": m},
    "completions.extra_key": lambda m: {**_COMPLETION, "note": _text(m)},
}
"""Position name -> body builder; `endpoint_of` gives the endpoint the body is for."""


def endpoint_of(position: str) -> str:
    return "completions" if position.startswith("completions.") else "chat.completions"


def split_across_parts(marker: str, cut: int) -> Body:
    """A chat body with the marker split across two text parts at `cut` (1 <= cut < len(marker))."""
    return _chat(
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": f"Please note {marker[:cut]}"},
                    {"type": "text", "text": f"{marker[cut:]} here."},
                ],
            }
        ]
    )


def leaked(marker: str, sent: str, cut: int | None = None) -> bool:
    """Whether `sent` (what the hosted API received, as text) gives the marker away.

    A split marker leaks when both halves were sent: the model joins content parts.
    """
    if marker in sent:
        return True
    return cut is not None and marker[:cut] in sent and marker[cut:] in sent
