"""The refusals of the access layer, in the OpenAI error shape.

Every authentication failure says the same thing — missing, malformed, unknown,
expired, revoked, bad signature: a caller learns nothing about which keys exist.
"""

from __future__ import annotations

from router.errors import ApiError

_CHALLENGE = {"www-authenticate": 'Bearer realm="sovereign-router"'}


class AuthFailed(Exception):
    """Internal: why a credential was refused (logged, never sent)."""


class AuthUnavailable(Exception):
    """Internal: a credential could not be checked — the key store or an identity provider's
    JWKS could not be read. Fails closed: 503, never an admission and never a 500."""


class StoreUnavailable(AuthUnavailable):
    """The key store's database failed (the driver's error is chained, and logged)."""


RETRY_AFTER_S = 5


def unauthenticated() -> ApiError:
    return ApiError(401, "invalid or missing credentials", code="invalid_api_key", headers=dict(_CHALLENGE))


def forbidden(message: str, code: str = "permission_denied", param: str | None = None) -> ApiError:
    return ApiError(403, message, code=code, param=param)


def unavailable() -> ApiError:
    """503 for an outage of what checks credentials: says nothing of which part failed."""
    return ApiError(503, "authentication is temporarily unavailable; retry shortly", code="auth_unavailable",
                    headers={"retry-after": str(RETRY_AFTER_S)})
