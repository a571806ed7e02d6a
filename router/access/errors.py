"""The refusals of the access layer, in the OpenAI error shape.

Every authentication failure says the same thing — missing, malformed, unknown,
expired, revoked, bad signature: a caller learns nothing about which keys exist.
"""

from __future__ import annotations

from router.errors import ApiError

_CHALLENGE = {"www-authenticate": 'Bearer realm="sovereign-router"'}


class AuthFailed(Exception):
    """Internal: why a credential was refused (logged, never sent)."""


def unauthenticated() -> ApiError:
    return ApiError(401, "invalid or missing credentials", code="invalid_api_key", headers=dict(_CHALLENGE))


def forbidden(message: str, code: str = "permission_denied", param: str | None = None) -> ApiError:
    return ApiError(403, message, code=code, param=param)
