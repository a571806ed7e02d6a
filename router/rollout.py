"""Staged rollout (canary): a department's traffic split between two local models.

A department's policy may name a `rollout`: a `stable` local model, a `canary` local
model and the percentage of callers the canary answers. Each caller falls in one
bucket in [0, 100) computed from a hash of the department, the two models and the
caller's identity (the credential's key id or token subject), so:

- the same caller always gets the same arm (sticky), across replicas and restarts;
- raising `canary_percent` only moves callers from stable to canary, never back
  (the bucket does not depend on the percentage);
- a new stable/canary pair reshuffles who is in the canary cohort.

With access off every request is the anonymous principal's; the request's OpenAI
`user` field, when sent, then identifies the caller instead (the end user a client
reports), otherwise all anonymous traffic is one caller and lands in one arm.

The rollout applies to requests the policy routed to the stable model (asked for by
`auto` or by the stable model's name or alias). It never moves a request to a model
that may not serve its level, or that the caller's credential may not use: such a
request stays on the stable model (arm `stable`). The arm is sent in the response
header `x-sovereign-rollout-arm` and counted in `sovereign_rollout_requests`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from prometheus_client import Counter
from pydantic import BaseModel, ConfigDict, Field, model_validator

from router import metrics

Arm = Literal["stable", "canary"]
ARM_HEADER = "x-sovereign-rollout-arm"
_BUCKETS = 10_000  # 0.01 % resolution

ROLLOUT_REQUESTS = Counter(
    "sovereign_rollout_requests",
    "Requests answered under a department's staged rollout, by department, arm and model.",
    ["department", "arm", "model"],
    registry=metrics.REGISTRY,
)


class RolloutSettings(BaseModel):
    """A department's staged rollout between two local models."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    stable: str = Field(min_length=1, description="The local model (id or alias) most callers keep.")
    canary: str = Field(min_length=1, description="The local model (id or alias) under trial.")
    canary_percent: float = Field(
        ge=0, le=100, description="Share of callers (by key id or subject, sticky) the canary answers, 0-100."
    )

    @model_validator(mode="after")
    def _two_models(self) -> RolloutSettings:
        if self.stable == self.canary:
            raise ValueError(f"stable and canary are the same model ({self.stable!r})")
        return self


def bucket(department: str, rollout: RolloutSettings, caller: str) -> float:
    """The caller's place in [0, 100): the same for the same department, models and caller."""
    seed = "\x1f".join((department, rollout.stable, rollout.canary, caller)).encode("utf-8", "surrogatepass")
    value = int.from_bytes(hashlib.sha256(seed).digest()[:8], "big") % _BUCKETS
    return value * 100.0 / _BUCKETS


def arm_for(department: str, rollout: RolloutSettings, caller: str) -> Arm:
    """Which arm answers `caller`: canary when its bucket is below `canary_percent`."""
    return "canary" if bucket(department, rollout, caller) < rollout.canary_percent else "stable"


def caller_id(principal_id: str, anonymous: bool, body: dict[str, Any]) -> str:
    """The identity the arm sticks to: the credential, or the OpenAI `user` field when anonymous."""
    user = body.get("user")
    if anonymous and isinstance(user, str) and user:
        return f"user:{user}"
    return principal_id


@dataclass(frozen=True, slots=True)
class Assignment:
    """The model that answers and the arm it belongs to."""

    model: str
    arm: Arm


def assign(
    department: str,
    rollout: RolloutSettings | None,
    model: str,
    caller: str,
    *,
    same_model: frozenset[str],
    allowed: Callable[[str], bool],
) -> Assignment | None:
    """The rollout's choice for a request routed to local `model`, or None when no rollout applies.

    Args:
        department: the request's department.
        rollout: the department's rollout, if any.
        model: the local model the policy chose.
        caller: who asks (see `caller_id`).
        same_model: every name (id and aliases) of the stable model.
        allowed: called with the canary's name, True when the request may use it
            (its level is served, the credential may use the model).
    """
    if rollout is None or model not in same_model:
        return None
    if arm_for(department, rollout, caller) == "canary" and allowed(rollout.canary):
        return Assignment(rollout.canary, "canary")
    return Assignment(model, "stable")


class Rollouts:
    """The gateway's view of every department's rollout: one call per request, one per answer."""

    def __init__(self, local_models: Sequence[Any], levels_of: Callable[[str], tuple[str, ...] | None]) -> None:
        self._names = {name: frozenset(model.names) for model in local_models for name in model.names}
        self._levels_of = levels_of

    def choose(
        self,
        department: str,
        rollout: RolloutSettings | None,
        model: str,
        level: str,
        principal: Any,
        grant: Any,
        body: dict[str, Any],
    ) -> Assignment | None:
        """The arm for a request the policy routed to local `model` (None: no rollout applies)."""
        if rollout is None:
            return None

        def allowed(canary: str) -> bool:
            levels = self._levels_of(canary)
            if levels is not None and level not in levels:
                return False
            try:
                grant.check_model(canary)
            except Exception:  # noqa: BLE001 - the credential may not use the canary: stay stable
                return False
            return True

        caller = caller_id(principal.audit_id, principal.via == "none", body)
        return assign(department, rollout, model, caller,
                      same_model=self._names.get(rollout.stable, frozenset()), allowed=allowed)

    @staticmethod
    def answered(department: str, assignment: Assignment, headers: dict[str, str]) -> None:
        """Say the arm in the response headers and count the request."""
        headers[ARM_HEADER] = assignment.arm
        ROLLOUT_REQUESTS.labels(department, assignment.arm, assignment.model).inc()


def check_rollouts(departments: Mapping[str, Any], local_models: Sequence[Any]) -> None:
    """Each department's rollout names two different local models (ids or aliases).

    Raises:
        ValueError: naming the department and the model that is not a local model.
    """
    owner = {name: model.model_id for model in local_models for name in model.names}
    for name, policy in departments.items():
        rollout = getattr(policy, "rollout", None)
        if rollout is None:
            continue
        for arm in ("stable", "canary"):
            model = getattr(rollout, arm)
            if model not in owner:
                raise ValueError(
                    f"policy.departments.{name}.rollout.{arm}: {model!r} is not a local model "
                    f"(local models: {', '.join(owner)})"
                )
        if owner[rollout.stable] == owner[rollout.canary]:
            raise ValueError(f"policy.departments.{name}.rollout: stable and canary are the same model")
