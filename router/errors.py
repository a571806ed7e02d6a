"""One place that turns exceptions into OpenAI-shaped error responses.

Every refusal the router makes is an `ApiError`; exceptions of `local_models` and
`hosted` are translated by `to_api_error`. Nothing else may produce an error body,
so no client ever sees FastAPI's 422 shape or a stack trace.
"""

from __future__ import annotations

import logging

from hosted.errors import (
    HostedAuthFailed,
    HostedCircuitOpen,
    HostedError,
    HostedRejected,
    HostedTimeout,
    HostedUnavailable,
)
from local_models.errors import BackendTimeout, BackendUnavailable, LocalModelError, UnsupportedParameter
from router.protocol import ErrorInfo, ErrorResponse

logger = logging.getLogger(__name__)

_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
}


RETRY_AFTER_S = "5"
"""Seconds a client should wait before retrying when no backend can serve the request now."""


class TierRefused(HostedUnavailable):
    """The hosted API served a lower tier than asked and the department does not accept it."""


HANDOFF_HUMAN_REVIEW = "human_review"
"""`error.handoff` when no backend can answer: a department routes these to a human queue."""


class ApiError(Exception):
    """A refusal with its HTTP status and OpenAI error fields."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.headers = headers or {}

    @property
    def type(self) -> str:
        return _TYPE_BY_STATUS.get(self.status, "server_error" if self.status >= 500 else "invalid_request_error")

    @property
    def handoff(self) -> str | None:
        """Hand-off code for a refusal no backend could answer (local down, hosted not allowed or down)."""
        return HANDOFF_HUMAN_REVIEW if self.status == 503 and self.code == "backend_unavailable" else None

    def body(self) -> dict[str, object]:
        info = ErrorInfo(message=self.message, type=self.type, param=self.param, code=self.code)
        body = ErrorResponse(error=info).model_dump()
        if self.handoff is not None:
            # Beside the OpenAI fields, not instead of them: clients that do not know it ignore it.
            body["error"]["handoff"] = self.handoff
        return body


def _unwrap(exc: BaseException) -> BaseException:
    """Ray wraps a replica's exception; the original is its cause."""
    cause = getattr(exc, "cause", None)
    return cause if isinstance(cause, BaseException) else exc


def to_api_error(exc: BaseException) -> ApiError:
    """Translate any exception from a backend into the error the client sees."""
    exc = _unwrap(exc)
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, UnsupportedParameter):
        return ApiError(400, exc.message, code="unsupported_parameter", param=exc.param)
    if isinstance(exc, BackendTimeout):
        return ApiError(504, "the local model did not answer in time", code="backend_timeout")
    if isinstance(exc, BackendUnavailable | LocalModelError):
        return ApiError(503, "the local model is unavailable", code="backend_unavailable",
                        headers={"retry-after": RETRY_AFTER_S})
    if isinstance(exc, HostedError):
        # The upstream's own words stay in the log; the client's answer is ours (below).
        logger.warning("hosted API error: %s", exc.log_text())
    if isinstance(exc, HostedAuthFailed):
        # Our credential, not the client's: a gateway error.
        return ApiError(502, "the hosted API refused the router's credential", code="upstream_auth_failed")
    if isinstance(exc, HostedRejected) and exc.status_code == 429:
        # OpenAI's words name the router's organisation ("... in organization org-..."): ours instead.
        return ApiError(429, "the hosted API is rate-limited; retry after the time in Retry-After",
                        code="rate_limit_exceeded", headers={"retry-after": exc.retry_after or RETRY_AFTER_S})
    if isinstance(exc, HostedRejected):
        headers = {"retry-after": exc.retry_after} if exc.retry_after else None
        return ApiError(exc.status_code, exc.message, code=exc.code, param=exc.param, headers=headers)
    if isinstance(exc, HostedCircuitOpen | TierRefused):
        return ApiError(503, f"the hosted API is unavailable: {exc}", code="backend_unavailable",
                        headers={"retry-after": RETRY_AFTER_S})
    if isinstance(exc, HostedTimeout):
        return ApiError(504, "the hosted API did not answer in time", code="backend_timeout")
    if isinstance(exc, HostedUnavailable | HostedError):
        # The upstream's own words (addresses, its error text) stay in the log, not the answer.
        return ApiError(503, "the hosted API is unavailable", code="backend_unavailable",
                        headers={"retry-after": RETRY_AFTER_S})
    logger.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
    return ApiError(500, "internal error", code="internal_error")
