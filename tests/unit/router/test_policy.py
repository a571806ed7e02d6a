from __future__ import annotations

import pytest

from classifiers.types import Sensitivity
from router.config import DepartmentPolicy
from router.errors import ApiError
from router.policy import ModelCatalogue, decide, effective_level, levels_served

CATALOGUE = ModelCatalogue(
    local_models=("local-demo-tiny",),
    hosted_models=("gpt-4.1-mini", "gpt-4.1"),
    local_default="local-demo-tiny",
    hosted_default="gpt-4.1-mini",
    hosted_enabled=True,
)
POLICY = DepartmentPolicy()


def _no_hosted() -> ModelCatalogue:
    return ModelCatalogue(
        local_models=CATALOGUE.local_models,
        hosted_models=CATALOGUE.hosted_models,
        local_default=CATALOGUE.local_default,
        hosted_default=CATALOGUE.hosted_default,
        hosted_enabled=False,
    )


@pytest.mark.parametrize(
    ("detected", "requested", "expected"),
    [
        (Sensitivity.PUBLIC, None, Sensitivity.PUBLIC),
        (Sensitivity.PUBLIC, Sensitivity.PERSONAL, Sensitivity.PERSONAL),
        (Sensitivity.SPECIAL, Sensitivity.PUBLIC, Sensitivity.SPECIAL),
        (Sensitivity.PERSONAL, Sensitivity.SECRET, Sensitivity.SECRET),
    ],
)
def test_client_may_raise_never_lower(detected, requested, expected) -> None:
    assert effective_level(detected, requested) is expected


def test_auto_public_goes_hosted_default() -> None:
    decision = decide(POLICY, CATALOGUE, Sensitivity.PUBLIC, "auto")
    assert (decision.route, decision.model, decision.rerouted_from) == ("hosted", "gpt-4.1-mini", None)


@pytest.mark.parametrize("level", [Sensitivity.PERSONAL, Sensitivity.SPECIAL])
def test_auto_sensitive_goes_local_default(level: Sensitivity) -> None:
    decision = decide(POLICY, CATALOGUE, level, "auto")
    assert (decision.route, decision.model) == ("local", "local-demo-tiny")


def test_auto_public_goes_local_when_hosted_disabled() -> None:
    decision = decide(POLICY, _no_hosted(), Sensitivity.PUBLIC, "auto")
    assert decision.route == "local"


def test_hosted_model_with_personal_data_is_rerouted_by_default() -> None:
    decision = decide(POLICY, CATALOGUE, Sensitivity.PERSONAL, "gpt-4.1")
    assert (decision.route, decision.model, decision.rerouted_from) == ("local", "local-demo-tiny", "gpt-4.1")


def test_hosted_model_with_personal_data_is_refused_when_policy_says_so() -> None:
    policy = DepartmentPolicy(hosted_model_when_sensitive="reject")
    with pytest.raises(ApiError) as caught:
        decide(policy, CATALOGUE, Sensitivity.SPECIAL, "gpt-4.1")
    assert (caught.value.status, caught.value.code) == (403, "sensitivity_not_allowed")


def test_named_hosted_model_for_public_is_honoured() -> None:
    decision = decide(POLICY, CATALOGUE, Sensitivity.PUBLIC, "gpt-4.1")
    assert (decision.route, decision.model) == ("hosted", "gpt-4.1")


def test_named_local_model_for_public_is_honoured() -> None:
    decision = decide(POLICY, CATALOGUE, Sensitivity.PUBLIC, "local-demo-tiny")
    assert decision.route == "local"


@pytest.mark.parametrize("model", ["auto", "local-demo-tiny", "gpt-4.1"])
def test_secret_is_refused_whatever_the_model(model: str) -> None:
    with pytest.raises(ApiError) as caught:
        decide(POLICY, CATALOGUE, Sensitivity.SECRET, model)
    assert caught.value.status == 403


def test_unknown_model_is_404() -> None:
    with pytest.raises(ApiError) as caught:
        decide(POLICY, CATALOGUE, Sensitivity.PUBLIC, "gpt-nonexistent")
    assert (caught.value.status, caught.value.code, caught.value.param) == (404, "model_not_found", "model")


def test_public_may_be_kept_local_by_policy() -> None:
    policy = DepartmentPolicy(actions={"public": "local", "personal": "local", "special": "local", "secret": "reject"})
    decision = decide(policy, CATALOGUE, Sensitivity.PUBLIC, "gpt-4.1")
    assert (decision.route, decision.rerouted_from) == ("local", "gpt-4.1")


def test_levels_served_per_route() -> None:
    assert levels_served(POLICY, "local") == ["public", "personal", "special"]
    assert levels_served(POLICY, "hosted") == ["public"]


IMAGE = "messages[0].content[1]"


def test_unreadable_content_stays_local_by_default() -> None:
    assert decide(POLICY, CATALOGUE, Sensitivity.PUBLIC, "auto", IMAGE).route == "local"
    rerouted = decide(POLICY, CATALOGUE, Sensitivity.PUBLIC, "gpt-4.1", IMAGE)
    assert (rerouted.route, rerouted.rerouted_from) == ("local", "gpt-4.1")


def test_unreadable_content_with_a_hosted_model_is_refused_under_a_rejecting_policy() -> None:
    with pytest.raises(ApiError) as caught:
        decide(DepartmentPolicy(hosted_model_when_sensitive="reject"), CATALOGUE, Sensitivity.PUBLIC, "gpt-4.1", IMAGE)
    assert (caught.value.status, caught.value.code) == (403, "sensitivity_not_allowed")
    assert IMAGE in caught.value.message


def test_a_department_may_opt_in_to_unreadable_content_hosted() -> None:
    opted_in = DepartmentPolicy(unreadable_content_hosted=True)
    assert decide(opted_in, CATALOGUE, Sensitivity.PUBLIC, "auto", IMAGE).route == "hosted"
    # the opt-in is for public requests only
    assert decide(opted_in, CATALOGUE, Sensitivity.PERSONAL, "auto", IMAGE).route == "local"


REDACTING = DepartmentPolicy(actions={"public": "hosted", "personal": "redact_hosted", "special": "local",
                                      "secret": "reject"})


def test_redact_hosted_sends_personal_work_redacted_and_nothing_above() -> None:
    assert decide(REDACTING, CATALOGUE, Sensitivity.PERSONAL, "auto").route == "redacted-hosted"
    assert decide(REDACTING, CATALOGUE, Sensitivity.PERSONAL, "gpt-4.1").route == "redacted-hosted"
    assert decide(REDACTING, CATALOGUE, Sensitivity.SPECIAL, "auto").route == "local"
    assert decide(REDACTING, CATALOGUE, Sensitivity.PUBLIC, "auto").route == "hosted"
    assert decide(REDACTING, CATALOGUE, Sensitivity.PERSONAL, "auto", IMAGE).route == "local"
    assert decide(REDACTING, _no_hosted(), Sensitivity.PERSONAL, "auto").route == "local"
    assert levels_served(REDACTING, "hosted") == ["public", "personal"]


@pytest.mark.parametrize("level", ["public", "special", "secret"])
def test_redact_hosted_is_refused_for_any_level_but_personal(level: str) -> None:
    actions = {"public": "hosted", "personal": "local", "special": "local", "secret": "reject", level: "redact_hosted"}
    with pytest.raises(ValueError, match="personal"):
        DepartmentPolicy(actions=actions)


# Local models with `levels`: the default serves public and personal only; `gov-sensitive`
# (and its alias) serves personal and special; `gov-public` serves public only.
TIERED = ModelCatalogue(
    local_models=("smollm2", "gov-public", "gov-sensitive", "gov-s"),
    hosted_models=CATALOGUE.hosted_models,
    local_default="smollm2",
    hosted_default=CATALOGUE.hosted_default,
    hosted_enabled=True,
    local_levels=(
        ("smollm2", ("public", "personal")),
        ("gov-public", ("public",)),
        ("gov-sensitive", ("personal", "special")),
        ("gov-s", ("personal", "special")),
    ),
)
REJECTING = DepartmentPolicy(hosted_model_when_sensitive="reject")


def test_auto_goes_to_the_first_local_model_that_may_serve_the_level() -> None:
    assert decide(POLICY, TIERED, Sensitivity.PERSONAL, "auto").model == "smollm2"
    decision = decide(POLICY, TIERED, Sensitivity.SPECIAL, "auto")
    assert (decision.route, decision.model, decision.rerouted_from) == ("local", "gov-sensitive", None)


def test_a_local_model_asked_for_above_its_levels_is_rerouted_to_one_that_may_serve_it() -> None:
    decision = decide(POLICY, TIERED, Sensitivity.SPECIAL, "gov-public")
    assert (decision.route, decision.model, decision.rerouted_from) == ("local", "gov-sensitive", "gov-public")
    # within its levels it is honoured, alias included
    assert decide(POLICY, TIERED, Sensitivity.SPECIAL, "gov-s").model == "gov-s"
    assert decide(POLICY, TIERED, Sensitivity.PUBLIC, "gov-public").model == "gov-public"


def test_a_local_model_asked_for_above_its_levels_is_refused_under_a_rejecting_policy() -> None:
    with pytest.raises(ApiError) as caught:
        decide(REJECTING, TIERED, Sensitivity.PERSONAL, "gov-public")
    assert (caught.value.status, caught.value.code, caught.value.param) == (403, "sensitivity_not_allowed", "model")
    assert "personal" in caught.value.message


def test_a_hosted_model_with_special_data_is_rerouted_to_a_local_model_that_may_serve_it() -> None:
    decision = decide(POLICY, TIERED, Sensitivity.SPECIAL, "gpt-4.1")
    assert (decision.model, decision.rerouted_from) == ("gov-sensitive", "gpt-4.1")


def test_a_level_no_local_model_may_serve_is_refused() -> None:
    policy = DepartmentPolicy(actions={"public": "local", "personal": "local", "special": "local", "secret": "local"})
    for model in ("auto", "smollm2", "gpt-4.1"):
        with pytest.raises(ApiError) as caught:
            decide(policy, TIERED, Sensitivity.SECRET, model)
        assert (caught.value.status, caught.value.code) == (403, "sensitivity_not_allowed")
    only_public = ModelCatalogue(("a",), (), "a", "gpt-4.1-mini", False, (("a", ("public",)),))
    with pytest.raises(ApiError):
        decide(POLICY, only_public, Sensitivity.PERSONAL, "auto")


def test_local_for_prefers_the_default() -> None:
    assert TIERED.local_for(Sensitivity.PUBLIC) == "smollm2"
    assert TIERED.local_for(Sensitivity.SPECIAL) == "gov-sensitive"
    assert TIERED.local_for(Sensitivity.SECRET) is None
    assert CATALOGUE.local_for(Sensitivity.SECRET) == "local-demo-tiny"  # no levels configured: no limit


def test_unreadable_content_never_goes_redacted_hosted_even_when_opted_in() -> None:
    opted_in = REDACTING.model_copy(update={"unreadable_content_hosted": True})
    assert decide(opted_in, CATALOGUE, Sensitivity.PUBLIC, "auto", IMAGE).route == "hosted"
    assert decide(opted_in, CATALOGUE, Sensitivity.PERSONAL, "auto", IMAGE).route == "local"
    assert decide(opted_in, CATALOGUE, Sensitivity.PERSONAL, "auto").route == "redacted-hosted"
    rerouted = decide(opted_in, CATALOGUE, Sensitivity.PERSONAL, "gpt-4.1", IMAGE)
    assert (rerouted.route, rerouted.rerouted_from) == ("local", "gpt-4.1")
