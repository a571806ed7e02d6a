"""OIDC access tokens from a department's identity provider.

The provider is chosen by the token's (unverified) `iss`; then everything is
verified against that provider alone: signature with a key from its JWKS (by
`kid`, of the type the token's `alg` needs; PyJWT's JWKS client fetches the in-boundary
URL and caches it 5 minutes; an unknown kid refetches it at most once a minute), the
provider's algorithms only (never `none`), `iss`, `aud`, `exp`. A JWKS that cannot be read
(unreachable, not JSON, no keys) is the IdP's outage: 503, retryable; a readable JWKS
without the token's `kid` is the token's fault: 401.
"""

from __future__ import annotations

import json
import ssl
import time
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa

from router.access.errors import AuthFailed, AuthUnavailable
from router.access.principal import Principal
from router.access.settings import OidcProvider

# Which key types each algorithm family signs with (RFC 7518 §3, RFC 8037).
_KEY_CLASSES: dict[str, tuple[type, ...]] = {
    "RS": (rsa.RSAPublicKey,),
    "PS": (rsa.RSAPublicKey,),
    "ES": (ec.EllipticCurvePublicKey,),
    "Ed": (ed25519.Ed25519PublicKey, ed448.Ed448PublicKey),
}

# An IdP's clock may run a little ahead of (or behind) ours: `iat`/`nbf` a few seconds in the
# future, or `exp` just past, are accepted within this leeway (not more: a token stays short-lived).
CLOCK_SKEW_S = 30


def _fits(alg: str, key: Any) -> bool:
    """Whether the JWKS key named by the token's kid can verify the token's alg at all."""
    classes = _KEY_CLASSES.get(alg[:2])
    return classes is not None and isinstance(key, classes)


JWKS_REFETCH_MIN_S = 60.0
"""An unknown kid refetches a provider's JWKS at most this often; in between it is a 401."""


class _JwksClient(jwt.PyJWKClient):
    """PyJWKClient that remembers when it last fetched (successfully or not)."""

    fetched_at = float("-inf")

    def fetch_data(self) -> Any:
        self.fetched_at = time.monotonic()
        return super().fetch_data()


MAX_CLAIM_CHARS = 128


def _label_safe(value: str) -> bool:
    """A department or role an IdP names: it becomes a metric label and is written to logs, so no
    control or format character (a newline forging a log line, a bidi override) and a bounded length."""
    return 0 < len(value) <= MAX_CLAIM_CHARS and value.isprintable()


class _Verifier:
    def __init__(self, provider: OidcProvider) -> None:
        self.provider = provider
        self._client: _JwksClient | None = None
        self._keys: jwt.PyJWKSet | None = None
        if provider.jwks_url is not None:
            # Certificate verification is always on; jwks_ca_file only says which CA to trust.
            context = ssl.create_default_context(cafile=provider.jwks_ca_file) if provider.jwks_ca_file else None
            self._client = _JwksClient(provider.jwks_url, cache_keys=False, lifespan=300, timeout=5,
                                       ssl_context=context)
        elif provider.jwks_file is not None:
            self._keys = jwt.PyJWKSet.from_dict(json.loads(provider.jwks_file.read_text(encoding="utf-8")))

    def key_for(self, token: str, kid: str | None) -> Any:
        """The signing key named by `kid`.

        AuthUnavailable (503) when the provider's JWKS cannot be read — unreachable, not
        JSON, no usable keys: an outage of the IdP refuses its users' requests, retryably.
        AuthFailed (401) when the JWKS was read and has no key with this `kid`.
        """
        if self._client is None:
            assert self._keys is not None  # noqa: S101 - one source is required by OidcProvider
            for listed in self._keys.keys:
                if listed.key_id == kid:
                    return listed.key
            raise AuthFailed("unknown kid")
        try:
            keys = self._client.get_signing_keys()  # cached for `lifespan`; fetched when stale
        except (jwt.PyJWKClientError, jwt.PyJWKSetError, ValueError) as exc:  # ValueError: not JSON
            raise AuthUnavailable(f"JWKS of {self.provider.issuer} unreadable: {type(exc).__name__}") from exc
        if not isinstance(kid, str):
            raise AuthFailed("no kid")
        key = self._client.match_kid(keys, kid)
        if key is None and time.monotonic() - self._client.fetched_at >= JWKS_REFETCH_MIN_S:
            # An IdP that rotated its keys: refetch, but at most once per interval. PyJWKClient's own
            # get_signing_key refetches on every miss, so each made-up kid (no credential needed)
            # would cost the IdP a request.
            try:
                key = self._client.match_kid(self._client.get_signing_keys(refresh=True), kid)
            except (jwt.PyJWKClientError, jwt.PyJWKSetError, ValueError) as exc:
                raise AuthUnavailable(f"JWKS of {self.provider.issuer} unreadable: {type(exc).__name__}") from exc
        if key is None:
            raise AuthFailed("unknown kid")
        return key.key

    def verify(self, token: str, header: dict[str, Any]) -> Principal:
        provider = self.provider
        alg = header.get("alg")
        if not isinstance(alg, str) or alg not in provider.algorithms:
            raise AuthFailed("algorithm not accepted")
        key = self.key_for(token, header.get("kid"))
        if not _fits(alg, key):
            raise AuthFailed("algorithm does not fit the key's type")
        try:
            claims = jwt.decode(
                token, key, algorithms=[alg], audience=provider.audience,
                issuer=provider.issuer, options={"require": ["exp", "iss", "aud", "sub"]},
                leeway=CLOCK_SKEW_S,
            )
        except (jwt.PyJWTError, TypeError, ValueError) as exc:
            # TypeError/ValueError: PyJWT's answer to a key the algorithm cannot use. Anyone can send
            # such a header without a credential: it is a refusal (401), never a 500.
            raise AuthFailed(type(exc).__name__) from None
        department = provider.department or claims.get(provider.department_claim)
        if not isinstance(department, str) or not department:
            raise AuthFailed("no department claim")
        if not _label_safe(department):
            raise AuthFailed("department claim with control characters or too long")
        if provider.departments is not None and department not in provider.departments:
            raise AuthFailed("the provider may not name this department")
        raw_roles = claims.get(provider.roles_claim, [])
        roles = raw_roles.split() if isinstance(raw_roles, str) else raw_roles
        if not isinstance(roles, list) or not all(isinstance(r, str) and _label_safe(r) for r in roles):
            raise AuthFailed("malformed roles claim")
        return Principal(department=department, roles=tuple(roles), subject=str(claims["sub"]), via="oidc")


class OidcVerifiers:
    """All configured providers, by issuer."""

    def __init__(self, providers: tuple[OidcProvider, ...]) -> None:
        self._by_issuer = {p.issuer: _Verifier(p) for p in providers}

    def __bool__(self) -> bool:
        return bool(self._by_issuer)

    def verify(self, token: str, header: dict[str, Any]) -> Principal:
        try:
            issuer = jwt.decode(token, options={"verify_signature": False}).get("iss")
        except jwt.PyJWTError as exc:
            raise AuthFailed(type(exc).__name__) from None
        verifier = self._by_issuer.get(issuer) if isinstance(issuer, str) else None
        if verifier is None:
            raise AuthFailed("unknown issuer")
        return verifier.verify(token, header)
