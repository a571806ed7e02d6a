"""From an `Authorization` header to a `Principal`, in the ingress replica.

- `Bearer srk_…` — an API key: its id finds the record (cached for `cache_ttl_s`, so a
  key created or revoked takes effect within seconds), the keyed hash is compared in
  constant time, then expiry and revocation are checked.
- `Bearer <JWT>` whose `iss` is the router's — a token it signed (`tokens.py`), valid
  only while the key it was issued from (`sub`) is: revoking the key ends its tokens
  within `cache_ttl_s`, and a token is never issued past its key's expiry.
- `Bearer <JWT>` from a configured identity provider — OIDC (`oidc.py`).

Every failure is the same 401; the reason is logged at debug level only. When the
credential cannot be checked at all (the key store or an IdP's JWKS is down) the answer
is 503 `auth_unavailable` with Retry-After: refused, never admitted, never a 500. A store
that stops answering is an outage too: each read waits STORE_TIMEOUT_S at most, on a few
threads of the authenticator's own, so stalled reads cannot fill the event loop's
default thread pool (which OIDC verification and the rest of the replica use).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import jwt

from router.access import tokens
from router.access.admin import KeyAdmin, key_hash_secret, root_secret
from router.access.errors import AuthFailed, AuthUnavailable, forbidden, unauthenticated, unavailable
from router.access.keys import KeyRecord, key_id_of, matches
from router.access.oidc import OidcVerifiers
from router.access.principal import Principal
from router.access.settings import AccessSettings
from router.access.store import KeyStore, open_key_store
from router.errors import ApiError

logger = logging.getLogger(__name__)

_BEARER = "bearer "
_NO_RECORD = KeyRecord("", "", (), "0" * 64, 0.0, revoked=0.0)
_MAX_CREDENTIAL = 8192
STORE_TIMEOUT_S = 2.0  # a key store read waits this long, then 503 auth_unavailable: never a hang
_STORE_THREADS = 4
_T = TypeVar("_T")


class Authenticator:
    """One per ingress replica; the store is only read (and only on a cache miss)."""

    def __init__(self, settings: AccessSettings, data_dir: Path, store: KeyStore | None = None) -> None:
        self._settings = settings
        self._store = store if store is not None else open_key_store(settings, data_dir)
        self._root = root_secret(settings, data_dir)
        self._hash_secret = key_hash_secret(self._root)
        self._ttl = settings.cache_ttl_s
        self._records: dict[str, tuple[float, KeyRecord | None]] = {}
        self._kids: tuple[float, list[str]] | None = None
        # sha256(token) → (trusted until, monotonic; the token's exp, epoch; its principal)
        self._tokens: dict[bytes, tuple[float, float, Principal]] = {}
        self._oidc = OidcVerifiers(settings.oidc)
        self._store_threads = ThreadPoolExecutor(_STORE_THREADS, thread_name_prefix="key-store")

    async def authenticate(self, authorization: list[str]) -> Principal:
        """Raises ApiError(401) for anything but exactly one valid bearer credential."""
        try:
            if len(authorization) != 1:
                raise AuthFailed("missing or repeated Authorization header")
            value = authorization[0]
            if len(value) > _MAX_CREDENTIAL or value[: len(_BEARER)].lower() != _BEARER:
                raise AuthFailed("not a bearer credential")
            credential = value[len(_BEARER) :].strip()
            if credential.startswith("srk_"):
                return await self._key(credential)
            return await self._jwt(credential)
        except AuthFailed as exc:
            logger.debug("credential refused: %s", exc)
            raise unauthenticated() from None
        except AuthUnavailable as exc:
            # The store or an IdP's JWKS could not be read: refuse (fail closed), as a 503 the
            # client may retry; the cause is logged here, never sent.
            logger.warning("credentials cannot be checked: %s (%r)", exc, exc.__cause__)
            raise unavailable() from None

    async def _key(self, key: str) -> Principal:
        key_id = key_id_of(key)
        if key_id is None:
            raise AuthFailed("malformed key")
        record = await self._record(key_id)
        # The hash is computed for unknown ids too: the answer takes as long either way.
        if not matches(self._hash_secret, key, record or _NO_RECORD) or record is None or not record.usable():
            raise AuthFailed("unknown, expired or revoked key")
        return Principal(department=record.department, roles=record.roles, subject=record.key_id, via="key")

    async def _record(self, key_id: str) -> KeyRecord | None:
        now = time.monotonic()
        cached = self._records.get(key_id)
        if cached is not None and cached[0] > now:
            return cached[1]
        record = await self._from_store(self._store.get, key_id)
        if len(self._records) > 10_000:  # unknown ids are cached too: bound the map
            self._records.clear()
        self._records[key_id] = (now + self._ttl, record)
        return record

    async def _signing_kids(self) -> list[str]:
        now = time.monotonic()
        if self._kids is not None and self._kids[0] > now:
            return self._kids[1]
        kids: list[str] = await self._from_store(self._store.signing_kids)
        self._kids = (now + self._ttl, kids)
        return kids

    async def _from_store(self, call: Callable[..., _T], *args: object) -> _T:
        """Run a blocking store call on the store's threads; AuthUnavailable when it does not
        answer within STORE_TIMEOUT_S (the thread finishes on its own: PostgreSQL's
        statement_timeout, `postgres_store.py`, ends a stalled statement there)."""
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(STORE_TIMEOUT_S):
                return await loop.run_in_executor(self._store_threads, functools.partial(call, *args))
        except TimeoutError:
            raise AuthUnavailable(f"the key store did not answer within {STORE_TIMEOUT_S:g} s") from None

    async def _jwt(self, token: str) -> Principal:
        # A token verified here is trusted again, without the signature check, until the
        # sooner of its own expiry and cache_ttl_s: a client sends the same token with every
        # request, and its verification (three JWT parses, an HMAC or an RSA check, a thread
        # hop for OIDC) is most of what authentication costs. A retired signing key or an
        # IdP's rotated JWKS takes effect within cache_ttl_s, as key revocation does.
        digest = hashlib.sha256(token.encode()).digest()
        cached = self._tokens.get(digest)
        if cached is not None and cached[0] > time.monotonic() and cached[1] > time.time():
            return cached[2]
        try:
            header = jwt.get_unverified_header(token)
            claims = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError as exc:
            raise AuthFailed(type(exc).__name__) from None
        issuer = claims.get("iss")
        expires = claims.get("exp")  # verified below: present and in the future
        if issuer == self._settings.token_issuer:
            principal = tokens.verify(self._root, await self._signing_kids(), issuer, token, header)
            # A token lives no longer than the key it was issued from: revoked or expired, the
            # key's record (cached for cache_ttl_s, like a key's own use) ends its tokens too.
            record = await self._record(principal.subject)
            if record is None or not record.usable() or record.department != principal.department:
                raise AuthFailed("the token's key is unknown, expired or revoked")
            if record.expires is not None and isinstance(expires, int | float):
                expires = min(expires, record.expires)
        elif not self._oidc:
            raise AuthFailed("no identity provider configured")
        else:
            principal = await asyncio.to_thread(self._oidc.verify, token, header)
        if isinstance(expires, int | float):
            if len(self._tokens) > 10_000:
                self._tokens.clear()
            self._tokens[digest] = (time.monotonic() + self._ttl, float(expires), principal)
        return principal

    async def issue_token(
        self,
        principal: Principal,
        *,
        roles: tuple[str, ...] | None = None,
        models: tuple[str, ...] | None = None,
        max_level: str | None = None,
        ttl_minutes: int | None = None,
    ) -> tuple[str, int]:
        """A signed token scoped to (a subset of) the principal's roles; (token, expiry epoch).

        503 (`auth_unavailable`) when the key store cannot be read."""
        try:
            return await self._issue(principal, roles, models, max_level, ttl_minutes)
        except AuthUnavailable as exc:
            logger.warning("token not issued: %s (%r)", exc, exc.__cause__)
            raise unavailable() from None

    async def _issue(
        self,
        principal: Principal,
        roles: tuple[str, ...] | None,
        models: tuple[str, ...] | None,
        max_level: str | None,
        ttl_minutes: int | None,
    ) -> tuple[str, int]:
        from classifiers.types import Sensitivity

        if principal.via != "key":
            raise forbidden("tokens are issued to API keys only")
        scoped_roles = principal.roles if roles is None else roles
        if not set(scoped_roles) <= set(principal.roles):
            raise forbidden("a token cannot carry a role its key does not have", param="roles")
        ttl = ttl_minutes if ttl_minutes is not None else self._settings.token_ttl_minutes
        if not 1 <= ttl <= self._settings.token_max_ttl_minutes:
            raise ApiError(400, f"ttl_minutes must be 1..{self._settings.token_max_ttl_minutes}",
                           code="invalid_request", param="ttl_minutes")
        try:
            level = Sensitivity.parse(max_level) if max_level is not None else None
        except ValueError:
            raise ApiError(400, "unknown sensitivity level", code="invalid_request", param="max_level") from None
        lifetime_s = ttl * 60
        record = await self._record(principal.subject)
        if record is not None and record.expires is not None:  # never beyond the key's own expiry
            lifetime_s = min(lifetime_s, math.floor(record.expires - time.time()))
        if lifetime_s < 1:
            raise unauthenticated()
        kids = await self._signing_kids()
        if not kids:
            await self._from_store(KeyAdmin.rotate_signing_on, self._store)
            self._kids = None
            kids = await self._signing_kids()
        scoped = Principal(principal.department, scoped_roles, principal.subject, "token", models, level)
        return tokens.sign(self._root, kids[0], self._settings.token_issuer, scoped, lifetime_s)

    def close(self) -> None:
        self._store.close()
        self._store_threads.shutdown(wait=False, cancel_futures=True)
