"""Request bodies as the router hands them to a backend (`model` already resolved)."""

from __future__ import annotations

from typing import Any


def chat_body(content: Any = "Where do I renew a licence?", **fields: Any) -> dict[str, Any]:
    """A chat body as the router passes it (model resolved), greedy unless overridden."""
    body = {"model": "local-demo-tiny", "messages": [{"role": "user", "content": content}], "temperature": 0}
    return {**body, **fields}


def completion_body(prompt: Any = "The council", **fields: Any) -> dict[str, Any]:
    """A completions body as the router passes it, greedy unless overridden."""
    return {"model": "local-demo-tiny", "prompt": prompt, "temperature": 0, **fields}
