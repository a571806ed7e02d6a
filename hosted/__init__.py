"""The hosted OpenAI API as a backend: minimised egress, priority tier, our errors.

`HostedClient`, `HostedCall` and `map_sdk_errors` load the `openai` SDK (about half a second),
so they are imported on first use: the router reads `HostedSettings` at start-up,
and commands that never call the hosted API (`classify`, `size`) should not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hosted.egress import SCHEMA_KEYS, OutgoingRequest, build_outgoing, client_path, with_our_fields
from hosted.egress_schema import UNREADABLE_PARTS
from hosted.errors import (
    HostedAuthFailed,
    HostedCircuitOpen,
    HostedError,
    HostedRejected,
    HostedTimeout,
    HostedUnavailable,
    InvalidBody,
)
from hosted.redaction import Redaction, redact, values_present
from hosted.settings import HostedSettings

if TYPE_CHECKING:
    from hosted.client import HostedCall, HostedClient, map_sdk_errors

__all__ = [
    "SCHEMA_KEYS",
    "UNREADABLE_PARTS",
    "OutgoingRequest",
    "build_outgoing",
    "client_path",
    "with_our_fields",
    "InvalidBody",
    "HostedAuthFailed",
    "HostedCircuitOpen",
    "HostedCall",
    "HostedClient",
    "HostedError",
    "HostedRejected",
    "HostedSettings",
    "HostedTimeout",
    "HostedUnavailable",
    "map_sdk_errors",
    "Redaction",
    "redact",
    "values_present",
]

_LAZY = frozenset({"HostedCall", "HostedClient", "map_sdk_errors"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from hosted import client

        return getattr(client, name)
    raise AttributeError(f"module 'hosted' has no attribute {name!r}")
