"""The access stage of the pipeline: credential → principal → grant.

`Gateway._handle` calls `AccessGate.admit` before it parses, classifies or rate-counts
anything, so an unauthenticated request never reaches the classifier, a quota or a
backend. It is not free: `Ingress._openai` has already read its body (at most
`server.max_body_bytes`, 413 beyond) and the auditor records it (every request, refused
or not, leaves one audit record: DESIGN.md guarantee 3). With
`access.enabled` off (an explicit choice: it is on by default) every request is the
`anonymous` department's, unlimited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from prometheus_client import Counter

from router import metrics
from router.access.authenticator import Authenticator
from router.access.principal import ANONYMOUS_DEPARTMENT, UNAUTHENTICATED_DEPARTMENT, Principal
from router.access.rbac import UNLIMITED, Grant, Rbac
from router.access.settings import AccessSettings
from router.errors import ApiError

AUTHORIZATION = "authorization"

AUTH_FAILURES = Counter(
    "sovereign_auth_failures", "Requests refused for missing or invalid credentials.", registry=metrics.REGISTRY
)
DEPARTMENT_REQUESTS = Counter(
    "sovereign_department_requests",
    "Authenticated requests by department and credential kind.",
    ["department", "via"],
    registry=metrics.REGISTRY,
)


class _Headers(Protocol):
    def getlist(self, key: str) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class Admission:
    principal: Principal
    grant: Grant


_ANONYMOUS = Admission(Principal(ANONYMOUS_DEPARTMENT, (), "anonymous", "none"), UNLIMITED)


class AccessGate:
    def __init__(self, settings: AccessSettings, data_dir: Path) -> None:
        self.enabled = settings.enabled
        self.authenticator = Authenticator(settings, data_dir) if settings.enabled else None
        self._rbac = Rbac(settings.rbac)

    @property
    def unattributed_department(self) -> str:
        """The department a request counts against until (unless) it is authenticated."""
        return UNAUTHENTICATED_DEPARTMENT if self.enabled else ANONYMOUS_DEPARTMENT

    async def admit(self, headers: _Headers) -> Admission:
        """The caller and what it may do; ApiError 401 (credential) or 403 (no allowed role)."""
        if self.authenticator is None:
            return _ANONYMOUS
        try:
            principal = await self.authenticator.authenticate(headers.getlist(AUTHORIZATION))
        except ApiError as exc:
            if exc.status == 401:  # not a 503: an outage of the store is no caller's failure
                AUTH_FAILURES.inc()
            raise
        DEPARTMENT_REQUESTS.labels(principal.department, principal.via).inc()
        return Admission(principal, self._rbac.grant(principal))

    def close(self) -> None:
        if self.authenticator is not None:
            self.authenticator.close()


def _strings(body: dict[str, object], name: str) -> tuple[str, ...] | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ApiError(400, f"{name} must be a list of strings", code="invalid_request", param=name)
    return tuple(value)


_TOKEN_FIELDS = ("roles", "models", "max_level", "ttl_minutes")
TOKEN_BODY_MAX_BYTES = 64 * 1024
"""`POST /v1/tokens` takes four short fields: a body larger than this is refused (413)."""


async def issue_token(
    gate: AccessGate,
    headers: _Headers,
    raw: bytes,
    on_principal: Callable[[str, str], None] | None = None,
    known_models: frozenset[str] | None = None,
) -> dict[str, object]:
    """`POST /v1/tokens`: a signed, role-scoped, short-lived token for the calling API key.

    Body (all optional): `roles`, `models` (lists of strings), `max_level`, `ttl_minutes`; any
    other field is a 400 naming it, and so is a model outside `known_models` (the router's:
    a token narrowed to a misspelt model could use nothing).
    `on_principal` hears (department, audit id) once the caller is authenticated: the audit record's.
    """
    import time

    import orjson

    if gate.authenticator is None:
        raise ApiError(404, "token issuing needs access.enabled", code="not_found")
    try:
        principal = await gate.authenticator.authenticate(headers.getlist(AUTHORIZATION))
    except ApiError as exc:
        if exc.status == 401:  # counted as the OpenAI endpoints' refusals are
            AUTH_FAILURES.inc()
        raise
    if on_principal is not None:
        on_principal(principal.department, principal.audit_id)
    try:
        body = orjson.loads(raw) if raw.strip() else {}
    except orjson.JSONDecodeError:
        raise ApiError(400, "the body is not valid JSON", code="invalid_json") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object", code="invalid_request")
    unknown = sorted(str(name) for name in body if name not in _TOKEN_FIELDS)
    if unknown:  # a typo (`ttl_minute`) must not silently give the defaults
        raise ApiError(400, f"unknown field {unknown[0]!r}; accepted: {', '.join(_TOKEN_FIELDS)}",
                       code="invalid_request", param=unknown[0])
    max_level, ttl = body.get("max_level"), body.get("ttl_minutes")
    if max_level is not None and not isinstance(max_level, str):
        raise ApiError(400, "max_level must be a string", code="invalid_request", param="max_level")
    if ttl is not None and (not isinstance(ttl, int) or isinstance(ttl, bool)):
        raise ApiError(400, "ttl_minutes must be an integer", code="invalid_request", param="ttl_minutes")
    models = _strings(body, "models")
    if known_models is not None and (unknown_models := sorted(set(models or ()) - known_models)):
        raise ApiError(400, f"unknown model {unknown_models[0]!r}; this router has: {', '.join(sorted(known_models))}",
                       code="model_not_found", param="models")
    token, expires_at = await gate.authenticator.issue_token(
        principal, roles=_strings(body, "roles"), models=models, max_level=max_level, ttl_minutes=ttl,
    )
    return {"token": token, "token_type": "Bearer", "expires_at": expires_at,
            "expires_in": max(0, expires_at - int(time.time()))}
