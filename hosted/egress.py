"""Data minimisation: what of a request body may leave for the hosted API.

Guarantee 4 of the design: requests to the hosted API carry `store=false` and only
the OpenAI body fields the request needs. So egress is an allow-list per endpoint,
never a deny-list: a field OpenAI adds tomorrow, or one a client invents, stays
inside until someone decides it is safe and adds it here.

Deliberately left out (each would be sent by a deny-list):

- `metadata`: free-form key/values, and where clients put `sensitivity`; never sent.
- `store`, `service_tier`, `stream`: set by us, whatever the client asked.
- `prediction`, `suffix`: text the model sees but the classifier may not have read.
- `web_search_options`: its `user_location` is personal data.
- `safety_identifier`, `prompt_cache_key`: identifiers that can link requests to a
  person; the router makes only `user` opaque.
- `audio`, `modalities`: no audio path through the router.

Pure functions: no I/O, no SDK; unit-tested directly.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal

logger = logging.getLogger(__name__)

Endpoint = Literal["chat.completions", "completions"]

# Sampling and output controls both endpoints share; none carries request text.
_COMMON_FIELDS = frozenset(
    {
        "model",
        "max_tokens",
        "temperature",
        "top_p",
        "stop",
        "seed",
        "n",
        "presence_penalty",
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "user",  # already replaced by the router with an opaque per-department id
    }
)

ALLOWED_FIELDS: Mapping[Endpoint, frozenset[str]] = {
    "chat.completions": _COMMON_FIELDS
    | {
        "messages",
        "max_completion_tokens",
        "top_logprobs",
        "response_format",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "functions",  # the deprecated form of `tools`, same content
        "function_call",
        "reasoning_effort",
        "verbosity",
    },
    "completions": _COMMON_FIELDS | {"prompt", "echo", "best_of"},
}

REQUIRED_FIELDS: Mapping[Endpoint, tuple[str, ...]] = {
    "chat.completions": ("model", "messages"),
    "completions": ("model", "prompt"),
}

# Only valid with `stream: true`; the API refuses it on a non-streaming request.
_STREAM_ONLY_FIELDS = frozenset({"stream_options"})


def minimise_body(
    endpoint: Endpoint, body: Mapping[str, Any], *, service_tier: str, stream: bool
) -> dict[str, Any]:
    """The body to send to the hosted API: allowed fields only, plus ours.

    Fields outside the endpoint's allow-list are dropped (their names, never their
    values, are logged at debug level); fields set to None are dropped as unset.
    `store` is always False, `service_tier` is ours, and `stream` says which method
    is calling.

    Args:
        endpoint: "chat.completions" or "completions".
        body: the OpenAI JSON body as the router resolved it (`model` set, `user`
            already opaque).
        service_tier: the tier to request (`hosted.service_tier`).
        stream: whether the answer is streamed.

    Returns:
        A new dict; `body` is not modified.

    Raises:
        ValueError: the endpoint is unknown or a required field is missing.
    """
    if endpoint not in ALLOWED_FIELDS:
        raise ValueError(f"unknown endpoint {endpoint!r}")
    allowed = ALLOWED_FIELDS[endpoint] | (_STREAM_ONLY_FIELDS if stream else frozenset())
    wire = {name: value for name, value in body.items() if name in allowed and value is not None}
    missing = [name for name in REQUIRED_FIELDS[endpoint] if name not in wire]
    if missing:
        raise ValueError(f"{endpoint} body lacks required field(s): {', '.join(missing)}")
    dropped = sorted(name for name in body if name not in allowed and body[name] is not None)
    if dropped:
        logger.debug("not sent to the hosted API: %s", ", ".join(dropped))
    wire["store"] = False
    wire["service_tier"] = service_tier
    wire["stream"] = stream
    return wire
