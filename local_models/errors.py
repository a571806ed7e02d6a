"""Exceptions raised by in-boundary backends.

    LocalModelError
    ├── BackendUnavailable      the engine is not loaded / not answering (router: 503)
    ├── BackendTimeout          a generation ran past its deadline (router: 504)
    └── UnsupportedParameter    a request parameter the engine cannot honour (router: 400)

Third-party exceptions (torch, transformers, vllm, httpx) are caught at the edge of
the module that calls them and re-raised as one of these with `raise ... from exc`.
"""

from __future__ import annotations


class LocalModelError(Exception):
    """Base class of every error a local backend raises."""


class BackendUnavailable(LocalModelError):
    """The local engine cannot serve requests right now."""


class BackendTimeout(LocalModelError):
    """A local generation did not finish before its deadline."""


class UnsupportedParameter(LocalModelError):
    """The request asks for something the engine cannot do; `param` names the field."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param
        self.message = message

    def __reduce__(self) -> tuple[type[UnsupportedParameter], tuple[str, str]]:
        # Keeps `param` when Ray pickles the exception across the handle call.
        return (type(self), (self.param, self.message))
