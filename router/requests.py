"""Parse and validate one OpenAI request body, before any work is done on it.

Bodies are parsed once (orjson) and validated once, against the egress schema
(`hosted.build_outgoing`): the body it builds is what the classifier reads, what the
local engine receives and what may be sent to the hosted API. Every failure here is a
400 (or 413) in the OpenAI error shape, naming the field as the client wrote it —
never FastAPI's 422.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from classifiers import request_text
from classifiers.types import Sensitivity
from hosted import SCHEMA_KEYS, InvalidBody, OutgoingRequest, build_outgoing
from router.backends import Endpoint
from router.errors import ApiError

SENSITIVITY_HEADER = "x-sensitivity"


@dataclass(frozen=True, slots=True)
class ParsedRequest:
    """A validated request and what the pipeline reads from it."""

    outgoing: OutgoingRequest
    requested_level: Sensitivity | None
    classified_text: str
    """Every string the body can send, unreadable content aside: what is classified."""

    @property
    def endpoint(self) -> Endpoint:
        return self.outgoing.endpoint

    @property
    def body(self) -> dict[str, Any]:
        return self.outgoing.body

    @property
    def model(self) -> str:
        return str(self.outgoing.body["model"])

    @property
    def stream(self) -> bool:
        return self.outgoing.stream


def text_to_classify(body: Mapping[str, Any]) -> str:
    """Every string of an outgoing body but its `model` (the policy sets that), joined for the classifier."""
    return request_text({k: v for k, v in body.items() if k != "model"}, schema_keys=SCHEMA_KEYS)


def _as_sent(value: str) -> str:
    """A header value as the client wrote it: Starlette decodes header bytes as Latin-1, and
    a client's UTF-8 ("é") would come back in the error message as "Ã©"."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _requested_level(header_values: Iterable[str], metadata: dict[str, str] | None) -> Sensitivity | None:
    """The highest level the client asked for.

    Every `X-Sensitivity` header counts, and each may list several values separated by
    commas: a proxy may merge repeated headers, and a raise must never be dropped. A header
    with no value at all (`X-Sensitivity:`) is refused like an unknown one: it is most often a
    template whose variable was unset, and the raise it meant to carry would be lost silently.
    """
    header_values = [_as_sent(value) for value in header_values]
    if any(not value.replace(",", "").strip() for value in header_values):
        raise ApiError(400, "X-Sensitivity is empty; expected a level such as personal",
                       code="invalid_sensitivity", param=SENSITIVITY_HEADER)
    values = [(SENSITIVITY_HEADER, item) for value in header_values for item in value.split(",") if item.strip()]
    if metadata and "sensitivity" in metadata:
        values.append(("metadata.sensitivity", metadata["sensitivity"]))
    levels = []
    for param, value in values:
        try:
            levels.append(Sensitivity.parse(value))
        except ValueError as exc:
            raise ApiError(400, str(exc), code="invalid_sensitivity", param=param) from None
    return max(levels) if levels else None


def body_too_large(limit: int) -> ApiError:
    """The 413 for a body over `server.max_body_bytes`, wherever the size is found out."""
    return ApiError(413, f"request body is larger than {limit} bytes", code="request_too_large")


_JSON_FAULTS = {
    # orjson's words for these say what went wrong inside the parser, not in the body.
    "failed to allocate memory": "arrays or objects left unclosed or nested too deep",
    "str is not valid UTF-8": "the body is not UTF-8 text",
}


def _json_fault(exc: orjson.JSONDecodeError) -> str:
    """orjson's reason, in the words a client can act on, and where in the body."""
    reason = next((ours for theirs, ours in _JSON_FAULTS.items() if exc.msg.startswith(theirs)), exc.msg)
    return f"{reason} (at byte {exc.pos})"


def parse_request(
    endpoint: Endpoint, raw: bytes, sensitivity_headers: Iterable[str], max_body_bytes: int
) -> ParsedRequest:
    """Validate a raw body.

    Args:
        endpoint: "chat.completions" or "completions".
        raw: the request body.
        sensitivity_headers: every `X-Sensitivity` header value the request carried.
        max_body_bytes: `server.max_body_bytes`.

    Raises:
        ApiError: 413 over the body limit, 400 for invalid JSON, shape or sensitivity.
    """
    if len(raw) > max_body_bytes:
        raise body_too_large(max_body_bytes)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ApiError(400, f"request body is not valid JSON: {_json_fault(exc)}", code="invalid_json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object", code="invalid_request")
    try:
        outgoing = build_outgoing(endpoint, data)
    except InvalidBody as exc:
        raise ApiError(400, exc.message, code="invalid_request", param=exc.param) from None
    return ParsedRequest(
        outgoing,
        _requested_level(sensitivity_headers, outgoing.metadata),
        text_to_classify(outgoing.readable_body()),
    )
