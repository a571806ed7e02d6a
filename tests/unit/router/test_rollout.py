"""Staged rollout: the arm a caller gets is sticky, the split matches the percentage, and
the canary never serves a level or a caller it may not."""

from __future__ import annotations

import math
from types import SimpleNamespace
from typing import Any

import pytest
from pydantic import ValidationError

from router.rollout import ARM_HEADER, ROLLOUT_REQUESTS, Rollouts, RolloutSettings, arm_for, bucket, caller_id


def _rollout(percent: float) -> RolloutSettings:
    return RolloutSettings(stable="model-a", canary="model-b", canary_percent=percent)


def test_the_same_caller_always_gets_the_same_arm() -> None:
    rollout = _rollout(50)
    for n in range(200):
        caller = f"key:k{n}"
        arms = {arm_for("HMRC", rollout, caller) for _ in range(5)}
        assert len(arms) == 1


@pytest.mark.parametrize("percent", [1, 10, 25, 50, 90])
def test_the_split_over_many_callers_is_the_percentage_within_binomial_bounds(percent: float) -> None:
    # Each caller is an independent Bernoulli(p) draw if the hash is uniform: the canary count
    # over n callers is Binomial(n, p). Five standard deviations: a false alarm about once in
    # 1.7 million runs, and a split off by a point or more at n = 20,000 fails.
    n, p = 20_000, percent / 100
    canary = sum(arm_for("DWP", _rollout(percent), f"key:{i:08x}") == "canary" for i in range(n))
    sigma = math.sqrt(n * p * (1 - p))
    assert abs(canary - n * p) <= 5 * sigma, (canary, n * p, sigma)


def test_raising_the_percentage_only_moves_callers_to_the_canary() -> None:
    callers = [f"key:{i}" for i in range(2000)]
    at_10 = {c for c in callers if arm_for("HO", _rollout(10), c) == "canary"}
    at_30 = {c for c in callers if arm_for("HO", _rollout(30), c) == "canary"}
    assert at_10 < at_30
    assert all(arm_for("HO", _rollout(0), c) == "stable" for c in callers)
    assert all(arm_for("HO", _rollout(100), c) == "canary" for c in callers)


def test_departments_and_model_pairs_draw_independent_cohorts() -> None:
    callers = [f"key:{i}" for i in range(2000)]
    a = {c for c in callers if bucket("HMRC", _rollout(50), c) < 50}
    b = {c for c in callers if bucket("DWP", _rollout(50), c) < 50}
    other = RolloutSettings(stable="model-a", canary="model-c", canary_percent=50)
    c = {c for c in callers if bucket("HMRC", other, c) < 50}
    # Independent halves overlap on about a quarter of the callers, not all of them.
    assert 350 < len(a & b) < 650 and 350 < len(a & c) < 650


def test_anonymous_callers_are_told_apart_by_the_openai_user_field() -> None:
    assert caller_id("none:anonymous", True, {"user": "u-17"}) == "user:u-17"
    assert caller_id("none:anonymous", True, {}) == "none:anonymous"
    # A credential is the identity: the user field cannot pick an arm for it.
    assert caller_id("key:abc", False, {"user": "u-17"}) == "key:abc"


def test_settings_refuse_one_model_twice_and_a_percentage_out_of_range() -> None:
    with pytest.raises(ValidationError, match="same model"):
        RolloutSettings(stable="a", canary="a", canary_percent=5)
    with pytest.raises(ValidationError):
        RolloutSettings(stable="a", canary="b", canary_percent=101)


class _Grant:
    def __init__(self, models: tuple[str, ...] | None) -> None:
        self.models = models

    def check_model(self, model: str) -> None:
        if self.models is not None and model not in self.models:
            raise PermissionError(model)


def _rollouts(levels: dict[str, tuple[str, ...] | None]) -> Rollouts:
    models = [SimpleNamespace(names=("model-a", "gov-general")), SimpleNamespace(names=("model-b",))]
    return Rollouts(models, levels.get)


def _first_canary_caller() -> str:
    return next(f"key:{i}" for i in range(1000) if arm_for("HMRC", _rollout(50), f"key:{i}") == "canary")


def _principal(subject: str) -> Any:
    via, _, sub = subject.partition(":")
    return SimpleNamespace(audit_id=subject, via=via, subject=sub)


def test_the_canary_answers_its_callers_by_model_id_or_alias() -> None:
    rollouts = _rollouts({})
    caller = _principal(_first_canary_caller())
    for asked in ("model-a", "gov-general"):
        arm = rollouts.choose("HMRC", _rollout(50), asked, "personal", caller, _Grant(None), {})
        assert arm is not None and (arm.model, arm.arm) == ("model-b", "canary")
    # A request routed to another model is not part of the rollout.
    assert rollouts.choose("HMRC", _rollout(50), "model-b", "personal", caller, _Grant(None), {}) is None
    assert rollouts.choose("HMRC", None, "model-a", "personal", caller, _Grant(None), {}) is None


def test_the_canary_never_serves_a_level_or_a_credential_it_may_not() -> None:
    caller = _principal(_first_canary_caller())
    public_only = _rollouts({"model-b": ("public",)})
    arm = public_only.choose("HMRC", _rollout(50), "model-a", "special", caller, _Grant(None), {})
    assert arm is not None and (arm.model, arm.arm) == ("model-a", "stable")
    arm = _rollouts({}).choose("HMRC", _rollout(50), "model-a", "personal", caller, _Grant(("model-a",)), {})
    assert arm is not None and (arm.model, arm.arm) == ("model-a", "stable")


def test_an_answer_carries_the_arm_header_and_is_counted() -> None:
    caller = _principal(_first_canary_caller())
    arm = _rollouts({}).choose("HMRC", _rollout(50), "model-a", "personal", caller, _Grant(None), {})
    assert arm is not None
    before = ROLLOUT_REQUESTS.labels("HMRC", "canary", "model-b")._value.get()
    headers: dict[str, str] = {}
    Rollouts.answered("HMRC", arm, headers)
    assert headers == {ARM_HEADER: "canary"}
    assert ROLLOUT_REQUESTS.labels("HMRC", "canary", "model-b")._value.get() == before + 1
