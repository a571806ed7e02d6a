"""What the redaction tests share: the values, the request bodies and a body's strings."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings

from hosted import build_outgoing
from hosted.redaction import Redaction

NAME, NHS, POSTCODE = "Jane Doe", "943 476 5919", "SW1A 1AA"
VALUES = [("PERSON", NAME), ("UK_NHS_NUMBER", NHS), ("UK_POSTCODE", POSTCODE)]

HYPOTHESIS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def chat(*messages: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return build_outgoing("chat.completions", {"model": "gpt-4.1-mini", "messages": list(messages), **fields}).body


def user(content: Any, **fields: Any) -> dict[str, Any]:
    return {"role": "user", "content": content, **fields}


def strings(value: Any) -> list[str]:
    """Every string of a body, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (key, *strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return []


def restore_body(redaction: Redaction, value: Any) -> Any:
    """What the round trip compares: every string and key of a body restored."""
    if isinstance(value, str):
        return redaction.restore(value)
    if isinstance(value, dict):
        return {redaction.restore(k): restore_body(redaction, v) for k, v in value.items()}
    if isinstance(value, list):
        return [restore_body(redaction, v) for v in value]
    return value
