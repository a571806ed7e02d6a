"""Parse and validate one OpenAI request body, before any work is done on it.

Bodies are parsed once (orjson) and validated once (pydantic); the backend receives
the validated body as a dict. Every failure here is a 400 (or 413) in the OpenAI
error shape, naming the offending field — never FastAPI's 422.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import ValidationError

from classifiers.types import Sensitivity
from router.backends import Endpoint
from router.errors import ApiError
from router.protocol import ChatCompletionRequest, CompletionRequest

SENSITIVITY_HEADER = "x-sensitivity"
_MODELS: dict[str, type[ChatCompletionRequest] | type[CompletionRequest]] = {
    "chat.completions": ChatCompletionRequest,
    "completions": CompletionRequest,
}


@dataclass(frozen=True, slots=True)
class ParsedRequest:
    endpoint: Endpoint
    body: dict[str, Any]
    model: str
    stream: bool
    requested_level: Sensitivity | None


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _requested_level(header: str | None, metadata: dict[str, str] | None) -> Sensitivity | None:
    values = [(SENSITIVITY_HEADER, header), ("metadata.sensitivity", (metadata or {}).get("sensitivity"))]
    levels = []
    for param, value in values:
        if value is None:
            continue
        try:
            levels.append(Sensitivity.parse(value))
        except ValueError as exc:
            raise ApiError(400, str(exc), code="invalid_sensitivity", param=param) from None
    return max(levels) if levels else None


def body_too_large(limit: int) -> ApiError:
    """The 413 for a body over `server.max_body_bytes`, wherever the size is found out."""
    return ApiError(413, f"request body is larger than {limit} bytes", code="request_too_large")


def parse_request(
    endpoint: Endpoint, raw: bytes, sensitivity_header: str | None, max_body_bytes: int
) -> ParsedRequest:
    """Validate a raw body.

    Raises:
        ApiError: 413 over the body limit, 400 for invalid JSON, shape or sensitivity.
    """
    if len(raw) > max_body_bytes:
        raise body_too_large(max_body_bytes)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc.msg}", code="invalid_json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object", code="invalid_request")
    try:
        request = _MODELS[endpoint].model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = _field_path(first["loc"])
        raise ApiError(400, f"{param}: {first['msg']}", code="invalid_request", param=param) from None
    body = request.model_dump(mode="json", exclude_unset=True)
    return ParsedRequest(
        endpoint=endpoint,
        body=body,
        model=request.model,
        stream=request.stream,
        requested_level=_requested_level(sensitivity_header, request.metadata),
    )
