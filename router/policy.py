"""From a classified request to a route: which backend, which model, or a refusal.

The fail-closed choices live here as explicit branches, not in scattered `except`
blocks:

- a classifier failure is treated as `personal` (the lowest level that keeps the
  request inside the boundary);
- a level whose action is `reject` is refused with 403 whatever model was asked for;
- a hosted model asked for above `public` is re-routed to the local default or
  refused, per the department's policy — it is never sent, except redacted when the
  department's action for `personal` is `redact_hosted` (never for `special` or above);
- a local model answers only the levels its `levels` list: `auto` resolves to the
  local default if it may serve the level, else to the first configured local model
  that may; a local model asked for by name that may not is treated like a hosted
  model asked for with sensitive data (re-routed to one that may, or 403, per the
  same department setting); when no local model may serve the level, 403;
- content the classifier cannot read (images, audio, files, token ids) is treated
  like a level above `public` for routing, unless the department opts in, and then
  only for requests it sends hosted as they are (never redacted: it cannot redact
  what it cannot read);
- with the hosted backend disabled, public requests are answered locally.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from classifiers.types import Sensitivity
from router.config import DepartmentPolicy, Settings
from router.errors import ApiError

AUTO_MODEL = "auto"
Route = Literal["local", "hosted", "redacted-hosted"]


@dataclass(frozen=True, slots=True)
class ModelCatalogue:
    """The models the router can answer with, and the defaults `auto` resolves to.

    `local_models` holds every local model's id and aliases (the default model's
    first); `local_levels` says which levels each of those names may serve.
    """

    local_models: tuple[str, ...]
    hosted_models: tuple[str, ...]
    local_default: str
    hosted_default: str
    hosted_enabled: bool
    local_levels: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> ModelCatalogue:
        local = settings.local.all_models
        return cls(
            local_models=tuple(name for model in local for name in model.names),
            hosted_models=settings.hosted.models,
            local_default=settings.local.model_id,
            hosted_default=settings.hosted.default_model,
            hosted_enabled=settings.hosted.enabled,
            local_levels=tuple((name, model.levels) for model in local for name in model.names),
        )

    def route_of(self, model: str) -> Route | None:
        if model in self.local_models:
            return "local"
        if model in self.hosted_models:
            return "hosted"
        return None

    def levels_of(self, model: str) -> tuple[str, ...] | None:
        """The levels a local model is configured to serve, or None when it sets no limit."""
        return dict(self.local_levels).get(model)

    def may_serve(self, model: str, level: Sensitivity) -> bool:
        """Whether local model `model` may answer a request classified `level`."""
        levels = self.levels_of(model)
        return levels is None or level.label in levels

    def local_for(self, level: Sensitivity) -> str | None:
        """The local model for `level`: the default if it may serve it, else the first that may, else None."""
        if self.may_serve(self.local_default, level):
            return self.local_default
        return next((name for name, levels in self.local_levels if level.label in levels), None)


@dataclass(frozen=True, slots=True)
class RouteDecision:
    route: Route
    model: str
    level: Sensitivity
    rerouted_from: str | None = None


def effective_level(detected: Sensitivity, requested: Sensitivity | None) -> Sensitivity:
    """A client may raise the level, never lower it."""
    return detected if requested is None else max(detected, requested)


def decide(
    policy: DepartmentPolicy,
    catalogue: ModelCatalogue,
    level: Sensitivity,
    requested_model: str,
    unreadable: str | None = None,
) -> RouteDecision:
    """Choose the backend and model for one request.

    Args:
        policy: the department's policy.
        catalogue: the models the router can answer with.
        level: the request's effective level.
        requested_model: `model` as the client sent it.
        unreadable: where the request holds content the classifier cannot read, or None.

    Raises:
        ApiError: 404 for an unknown model, 403 when the policy refuses the level or the model.
    """
    requested_route = None if requested_model == AUTO_MODEL else catalogue.route_of(requested_model)
    if requested_model != AUTO_MODEL and requested_route is None:
        raise ApiError(404, f"The model '{requested_model}' does not exist", code="model_not_found", param="model")

    action = policy.action_for(level)
    if action == "reject":
        raise ApiError(
            403,
            f"requests classified '{level.label}' are not accepted by this endpoint",
            code="sensitivity_not_allowed",
        )

    # The opt-in is for plain hosted (public) work: a redacted request's image, audio or
    # file would leave unredacted, as the classifier never read it.
    readable = unreadable is None or (policy.unreadable_content_hosted and action == "hosted")
    goes_hosted = action in ("hosted", "redact_hosted")
    hosted_allowed = goes_hosted and catalogue.hosted_enabled and readable
    hosted_route: Route = "redacted-hosted" if action == "redact_hosted" else "hosted"
    if requested_model == AUTO_MODEL:
        if hosted_allowed:
            return RouteDecision(hosted_route, catalogue.hosted_default, level)
        return RouteDecision("local", local_model_for(catalogue, level), level)

    if requested_route == "local":
        if catalogue.may_serve(requested_model, level):
            return RouteDecision("local", requested_model, level)
        if policy.hosted_model_when_sensitive == "reject":
            raise ApiError(
                403,
                f"model '{requested_model}' is not configured to serve requests classified '{level.label}'; "
                "use a model that is (see /v1/models) or 'auto'",
                code="sensitivity_not_allowed",
                param="model",
            )
        return RouteDecision("local", local_model_for(catalogue, level), level, rerouted_from=requested_model)
    if hosted_allowed:
        return RouteDecision(hosted_route, requested_model, level)

    # A hosted model was asked for, and the request may not (or cannot) go hosted.
    if (not goes_hosted or not readable) and policy.hosted_model_when_sensitive == "reject":
        reason = f"classified '{level.label}'" if not goes_hosted else f"holds unreadable content ({unreadable})"
        raise ApiError(
            403,
            f"model '{requested_model}' is hosted outside the boundary and this request is "
            f"{reason}; use a local model or 'auto'",
            code="sensitivity_not_allowed",
            param="model",
        )
    return RouteDecision("local", local_model_for(catalogue, level), level, rerouted_from=requested_model)


def local_model_for(catalogue: ModelCatalogue, level: Sensitivity) -> str:
    """The local model for `level`; 403 when no local model is configured to serve it (fail closed)."""
    model = catalogue.local_for(level)
    if model is None:
        raise ApiError(
            403,
            f"no local model is configured to serve requests classified '{level.label}'",
            code="sensitivity_not_allowed",
        )
    return model


def levels_served(policy: DepartmentPolicy, route: Route) -> list[str]:
    """Levels a model on `route` may answer under `policy` (for /v1/models)."""
    return [
        level.label
        for level in Sensitivity
        if policy.action_for(level) != "reject"
        and (route == "local" or policy.action_for(level) in ("hosted", "redact_hosted"))
    ]
