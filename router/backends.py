"""The contract between the router and a backend.

A backend takes the OpenAI JSON body (a dict produced from the router's validated
request model, `model` already resolved to the backend's model id) and returns
OpenAI-shaped dicts: a whole response from `create`, or chunk dicts from `stream`
(the router adds the SSE framing and the final `[DONE]`). Backends satisfy this
structurally; `local_models` and `hosted` never import it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal, Protocol

Endpoint = Literal["chat.completions", "completions"]


class Backend(Protocol):
    async def create(self, endpoint: Endpoint, body: dict[str, Any]) -> dict[str, Any]: ...

    def stream(self, endpoint: Endpoint, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]: ...
