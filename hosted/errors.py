"""Exceptions raised by the hosted backend.

    HostedError
    ├── HostedUnavailable    connection failed or 5xx after the SDK's retries (router: fall back / 503)
    │   └── HostedCircuitOpen every allowed upstream's breaker is open: nothing was sent
    ├── HostedTimeout        no answer before `hosted.timeout_s` (router: fall back / 504)
    └── HostedRejected       the API answered 4xx; keeps status, message, code, param
        └── HostedAuthFailed our credential was refused (401/403; router: 502, not the client's fault)

`openai` SDK exceptions are mapped to these once, in `hosted/client.py`.

`InvalidBody` is not a hosted failure: the egress schema refused a client's body
before anything was sent (router: 400 naming the field).
"""

from __future__ import annotations


class HostedError(Exception):
    """Base class of every error the hosted backend raises."""

    def log_text(self) -> str:
        """What the router's log says of this failure (never the client's answer).

        The upstream's own words, which say why: they quote no request text the router
        did not already judge fit to leave (public work, or a redacted body).
        """
        return f"{type(self).__name__}: {self}"


class HostedUnavailable(HostedError):
    """The hosted API could not be reached or failed on its side."""


class HostedCircuitOpen(HostedUnavailable):
    """Every upstream the request may use has an open circuit breaker; no call was made."""


class HostedTimeout(HostedError):
    """The hosted API did not answer in time."""


class HostedRejected(HostedError):
    """The hosted API refused the request; its status and message are passed on."""

    def __init__(
        self,
        status_code: int,
        message: str,
        code: str | None = None,
        param: str | None = None,
        retry_after: str | None = None,
        rate_limits: dict[str, float] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.code = code
        self.param = param
        self.retry_after = retry_after
        self.rate_limits = rate_limits or {}  # the answer's `x-ratelimit-*` counts (a 429 carries them too)


    def log_text(self) -> str:
        return f"{type(self).__name__} {self.status_code} {self.code or '-'}: {self.message}"


class HostedAuthFailed(HostedRejected):
    """The hosted API refused our own credential."""

    def log_text(self) -> str:
        # Status and code only: OpenAI's message quotes part of the refused key.
        return f"{type(self).__name__} {self.status_code} {self.code or '-'}"


class InvalidBody(ValueError):
    """A client body the egress schema refuses; `param` is the field as the client wrote it."""

    def __init__(self, param: str | None, message: str) -> None:
        super().__init__(message)
        self.param = param
        self.message = message
