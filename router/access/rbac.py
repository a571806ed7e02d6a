"""Role-based access: what a principal's roles allow, checked before and after policy.

`access.rbac[department][role]` is a `RolePolicy`; `'*'` matches any role. Once
`access.rbac` lists any department, a department it does not list gets the roles of
the `'*'` department, or none at all (403): a misspelt department name opens nothing.
With no `access.rbac` (the development default) there are no role limits (the
department policy still applies). A principal's permissions are the union over its roles; a token's own
`models` / `max_level` narrow them further. Refusals are 403.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifiers.types import Sensitivity
from router.access.errors import forbidden
from router.access.principal import Principal
from router.access.settings import RolePolicy


@dataclass(frozen=True, slots=True)
class Grant:
    """The union of a principal's role policies (None: unlimited)."""

    models: frozenset[str] | None
    routes: frozenset[str] | None
    max_level: Sensitivity
    redact_allowed: bool

    def check_model(self, model: str) -> None:
        if self.models is not None and model not in self.models:
            raise forbidden("this credential may not use the model asked for", code="model_not_allowed", param="model")

    def check_route(self, route: str, level: Sensitivity) -> None:
        if level > self.max_level:
            raise forbidden("this credential may not send requests at this sensitivity level",
                            code="sensitivity_not_allowed")
        if route == "redacted-hosted" and not self.redact_allowed:
            raise forbidden("this credential may not send redacted requests to the hosted API",
                            code="route_not_allowed")
        if self.routes is not None and route not in self.routes:
            raise forbidden("this credential may not use this route", code="route_not_allowed")


UNLIMITED = Grant(None, None, Sensitivity.SECRET, True)


def _union(policies: list[RolePolicy]) -> Grant:
    models: set[str] | None = set()
    routes: set[str] | None = set()
    for policy in policies:
        if models is not None:
            models = None if policy.allowed_models is None else models | set(policy.allowed_models)
        if routes is not None:
            routes = None if policy.allowed_routes is None else routes | set(policy.allowed_routes)
    return Grant(
        models=None if models is None else frozenset(models),
        routes=None if routes is None else frozenset(routes),
        max_level=max(Sensitivity.parse(p.max_level) for p in policies),
        redact_allowed=any(p.redact_allowed for p in policies),
    )


CACHE_MAX = 4096
"""Grants remembered per (department, roles); an IdP's tokens may carry any role set, so the
cache is bounded (oldest entry out first) rather than growing with what callers send."""


class Rbac:
    def __init__(self, rbac: dict[str, dict[str, RolePolicy]]) -> None:
        self._rbac = rbac
        self._cache: dict[tuple[str, tuple[str, ...]], Grant | None] = {}

    def grant(self, principal: Principal) -> Grant:
        """The principal's grant; 403 when its department lists roles and it has none of them."""
        key = (principal.department, principal.roles)
        if key in self._cache:
            grant = self._cache[key]
        else:
            grant = self._cache[key] = self._compute(principal.department, principal.roles)
            if len(self._cache) > CACHE_MAX:
                del self._cache[next(iter(self._cache))]
        if grant is None:
            raise forbidden("this credential's roles are not allowed to use the router", code="role_not_allowed")
        if principal.models is None and principal.max_level is None:
            return grant
        models = grant.models if principal.models is None else frozenset(principal.models) & (
            grant.models if grant.models is not None else frozenset(principal.models))
        level = grant.max_level if principal.max_level is None else min(grant.max_level, principal.max_level)
        return Grant(models, grant.routes, level, grant.redact_allowed)

    def _compute(self, department: str, roles: tuple[str, ...]) -> Grant | None:
        if not self._rbac:
            return UNLIMITED  # no policy file at all: the development default
        table = self._rbac.get(department, self._rbac.get("*"))
        if table is None:
            return None  # a policy file that does not name the department: nothing allowed
        policies = [table[role] for role in roles if role in table]
        if "*" in table:
            policies.append(table["*"])
        return _union(policies) if policies else None

