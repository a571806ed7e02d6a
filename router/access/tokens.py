"""Short-lived, role-scoped tokens the router signs itself (JWT, HS256).

A token carries `dept`, `roles`, optional `models` and `max_level`, `iat`/`exp`
(minutes), `iss` and `sub` (the key id it was issued from). The header's `kid`
names the signing key; each kid's secret is derived from the access secret
(HMAC(secret, "jwt:" + kid)), so the store only keeps kid names. Rotation: add a
new kid (`keys rotate-signing`); the newest signs, every listed kid verifies, and a
kid removed from the list stops verifying.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from typing import Any

import jwt

from router.access.errors import AuthFailed
from router.access.principal import Principal

ALGORITHM = "HS256"


def signing_secret(root: bytes, kid: str) -> bytes:
    return hmac.new(root, b"jwt:" + kid.encode(), hashlib.sha256).digest()


def new_kid() -> str:
    return time.strftime("%Y%m%d", time.gmtime()) + "-" + secrets.token_hex(3)


def sign(root: bytes, kid: str, issuer: str, principal: Principal, ttl_s: int) -> tuple[str, int]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": issuer,
        "sub": principal.subject,
        "dept": principal.department,
        "roles": list(principal.roles),
        "iat": now,
        "exp": now + ttl_s,
        "jti": uuid.uuid4().hex,
    }
    if principal.models is not None:
        claims["models"] = list(principal.models)
    if principal.max_level is not None:
        claims["max_level"] = principal.max_level.label
    return jwt.encode(claims, signing_secret(root, kid), algorithm=ALGORITHM, headers={"kid": kid}), now + ttl_s


def verify(root: bytes, kids: list[str], issuer: str, token: str, header: dict[str, Any]) -> Principal:
    from classifiers.types import Sensitivity

    kid = header.get("kid")
    if header.get("alg") != ALGORITHM or not isinstance(kid, str) or kid not in kids:
        raise AuthFailed("unknown signing key or algorithm")
    try:
        claims = jwt.decode(
            token, signing_secret(root, kid), algorithms=[ALGORITHM], issuer=issuer,
            options={"require": ["exp", "iat", "iss", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise AuthFailed(type(exc).__name__) from None
    dept, roles = claims.get("dept"), claims.get("roles")
    if not isinstance(dept, str) or not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise AuthFailed("malformed claims")
    models = claims.get("models")
    max_level = claims.get("max_level")
    return Principal(
        department=dept,
        roles=tuple(roles),
        subject=str(claims["sub"]),
        via="token",
        models=tuple(models) if isinstance(models, list) else None,
        max_level=Sensitivity.parse(max_level) if isinstance(max_level, str) else None,
    )
