"""Data minimisation: the hosted body is built from one schema, never copied and filtered.

Guarantee 4 of the design: requests to the hosted API carry `store=false` and only
the OpenAI body fields the request needs. `build_outgoing` validates a client body
against `hosted.egress_schema` (unknown keys dropped at every depth, values
type-checked) and returns the body that may leave; the router classifies every
string of that same body (`SCHEMA_KEYS` tells which keys are the schema's own rather
than the client's), hands it to the local engine, or sends it here with
`with_our_fields`. There is no second copy of the body to drift from the first.

Pure functions: no I/O, no SDK; unit-tested directly.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from hosted.egress_schema import (
    INBOUND_ONLY,
    UNREADABLE_PARTS,
    ChatCompletionBody,
    CompletionBody,
    schema_field_names,
)
from hosted.errors import InvalidBody

logger = logging.getLogger(__name__)
_TAG_ECHO = 32
"""Longest value an error message repeats back (`_message`)."""

Endpoint = Literal["chat.completions", "completions"]

_BODIES: dict[str, type[ChatCompletionBody] | type[CompletionBody]] = {
    "chat.completions": ChatCompletionBody,
    "completions": CompletionBody,
}

SCHEMA_KEYS = schema_field_names()
"""Keys the schema defines; any other key in an outgoing body is the client's text."""


@dataclass(frozen=True, slots=True)
class OutgoingRequest:
    """One validated request: what may leave, and what the router reads but never sends.

    Attributes:
        endpoint: "chat.completions" or "completions".
        body: the body that may leave (the client's `model` included); no `store`,
            `service_tier`, `stream`, `user` or `metadata`.
        stream: whether the client asked for a stream.
        metadata: the client's `metadata` (read for `sensitivity`; never sent).
        unreadable: the path of the first content the classifier cannot read (an
            image, audio, a file, token ids), or None.
    """

    endpoint: Endpoint
    body: dict[str, Any]
    stream: bool
    metadata: dict[str, str] | None
    unreadable: str | None

    def readable_body(self) -> dict[str, Any]:
        """`body` without the content the classifier cannot read: what it classifies.

        Unreadable parts exist only where the schema allows them (content parts of user
        messages, a token-id prompt), so they are removed by position, never by a
        `type` key a client could put anywhere.
        """
        if self.unreadable is None:
            return self.body
        if self.endpoint == "completions":
            return {name: value for name, value in self.body.items() if name != "prompt"}
        messages = [
            {**message, "content": [p for p in message["content"] if p["type"] not in UNREADABLE_PARTS]}
            if isinstance(message.get("content"), list)
            else message
            for message in self.body["messages"]
        ]
        return {**self.body, "messages": messages}


def build_outgoing(endpoint: Endpoint, data: Mapping[str, Any]) -> OutgoingRequest:
    """Validate a client body against the egress schema and build what may leave.

    Raises:
        InvalidBody: a value has the wrong type or range, a required field is missing, or
            audio output is asked for; `param` is the field as the client wrote it.
    """
    try:
        request = _BODIES[endpoint].model_validate(data)
    except ValidationError as exc:
        first = _most_telling(exc.errors())
        param = client_path(data, first["loc"], missing=_missing_key(first))
        raise InvalidBody(param or None, f"{param or 'body'}: {_message(first)}") from None
    if isinstance(request, ChatCompletionBody) and "audio" in (request.modalities or ()):
        raise InvalidBody("modalities", "audio output is not supported by this endpoint")
    wire = request.model_dump(by_alias=True, exclude_none=True)
    for name in INBOUND_ONLY:
        wire.pop(name, None)
    if not request.stream:
        wire.pop("stream_options", None)  # the API refuses it on a non-streaming request
    dropped = sorted(name for name in data if name not in wire and name not in INBOUND_ONLY)
    if dropped:
        logger.debug("not accepted from the client: %s", ", ".join(map(str, dropped)))
    return OutgoingRequest(
        endpoint=endpoint,
        body=wire,
        stream=bool(request.stream),
        metadata=request.metadata,
        unreadable=_unreadable(endpoint, wire),
    )


def with_our_fields(body: Mapping[str, Any], *, service_tier: str, stream: bool) -> dict[str, Any]:
    """The body as sent to the hosted API: the built body plus `store`, `service_tier`, `stream`."""
    wire = dict(body)
    wire["store"] = False
    wire["service_tier"] = service_tier
    wire["stream"] = stream
    if not stream:
        wire.pop("stream_options", None)
    return wire


def _most_telling(errors: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The error to report: where a field takes one of several forms (`stop`: a string or a list),
    pydantic reports every form's failure, and the first is "should be a valid string" even for a
    list that is only too long. A failure other than a type mismatch says more (the list's length,
    the unknown part type), then the one that got deepest into the value; else the first."""
    return min(
        enumerate(errors),
        key=lambda item: (str(item[1]["type"]).endswith("_type"), -len(item[1]["loc"]), item[0]),
    )[1]


def _message(error: Mapping[str, Any]) -> str:
    """pydantic's message, with the value sent where it is a short tag the client chose
    ("Input should be 'text', got 'image_url'"): a part or role type, never free text."""
    sent = error.get("input")
    if error["type"] == "literal_error" and isinstance(sent, str) and len(sent) <= _TAG_ECHO and sent.isprintable():
        return f"{error['msg']}, got {sent!r}"
    return str(error["msg"])


def _missing_key(error: Mapping[str, Any]) -> str | None:
    """The key an error is about that the body does not contain: a missing field or tag."""
    if error["type"] == "missing" and error["loc"] and isinstance(error["loc"][-1], str):
        return str(error["loc"][-1])
    if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
        return str(error.get("ctx", {}).get("discriminator", "")).strip("'") or None
    return None


def client_path(data: object, loc: Sequence[int | str], *, missing: str | None = None) -> str:
    """A pydantic error location as the client wrote it: `messages[0].content`, not `...content.str`.

    pydantic adds the union branch or tag it tried (`str`, `list[str]`, `user`) to the
    location; those parts match nothing in the client's body and are skipped. A
    `missing` key (a required field or a union's tag) is appended.
    """
    path = ""
    current: object = data
    for part in loc:
        if isinstance(part, int) and isinstance(current, list) and 0 <= part < len(current):
            path += f"[{part}]"
            current = current[part]
        elif isinstance(part, str) and isinstance(current, Mapping) and part in current:
            path += f".{part}" if path else part
            current = current.get(part)
    if missing:
        path += f".{missing}" if path else missing
    return path


def _unreadable(endpoint: Endpoint, wire: Mapping[str, Any]) -> str | None:
    if endpoint == "completions":
        prompt = wire.get("prompt")
        return "prompt" if isinstance(prompt, list) and prompt and not isinstance(prompt[0], str) else None
    for i, message in enumerate(wire.get("messages", ())):
        content = message.get("content")
        if isinstance(content, list):
            for j, part in enumerate(content):
                if part.get("type") in UNREADABLE_PARTS:
                    return f"messages[{i}].content[{j}]"
    return None
