"""`/v1/models` for one caller: what its grant lets it use, `auto` included only when it can answer."""

from __future__ import annotations

from router.config import DepartmentPolicy
from router.model_cards import model_list
from router.policy import ModelCatalogue

CATALOGUE = ModelCatalogue(
    local_models=("smollm2", "gov-sensitive"), hosted_models=("gpt-4.1-mini",), local_default="smollm2",
    hosted_default="gpt-4.1-mini", hosted_enabled=True,
)


def _ids(granted: frozenset[str] | None) -> list[str]:
    return [card.id for card in model_list(DepartmentPolicy(), CATALOGUE, granted).data]


def test_every_model_and_auto_without_a_model_grant() -> None:
    assert _ids(None) == ["auto", "smollm2", "gov-sensitive", "gpt-4.1-mini"]


def test_auto_is_listed_while_a_default_it_resolves_to_is_granted() -> None:
    assert _ids(frozenset({"smollm2"})) == ["auto", "smollm2"]
    assert _ids(frozenset({"gpt-4.1-mini"})) == ["auto", "gpt-4.1-mini"]


def test_auto_is_not_listed_when_nothing_it_resolves_to_is_granted() -> None:
    # before: listed, though a request for it was refused 403 model_not_allowed (QA)
    assert _ids(frozenset({"gov-sensitive"})) == ["gov-sensitive"]
    assert _ids(frozenset({"nonexistent"})) == []


def test_auto_follows_what_it_can_resolve_to() -> None:
    # a local model the router picks for a level the default may not serve answers auto too
    sensitive = ModelCatalogue(
        local_models=("smollm2", "gov-sensitive"), hosted_models=(), local_default="smollm2", hosted_default="gpt-x",
        hosted_enabled=False, local_levels=(("smollm2", ("public", "personal")), ("gov-sensitive", ("special",))),
    )
    assert [c.id for c in model_list(DepartmentPolicy(), sensitive, frozenset({"gov-sensitive"})).data] == [
        "auto", "gov-sensitive"]
    # the hosted default answers nothing while hosted is off
    assert [c.id for c in model_list(DepartmentPolicy(), sensitive, frozenset({"gpt-x"})).data] == []


def test_a_grant_of_auto_alone_lists_nothing_it_cannot_use() -> None:
    # `auto` answers with the model it resolves to, which the grant must name (QA: listed, then 403)
    assert _ids(frozenset({"auto"})) == []
    assert _ids(frozenset({"auto", "smollm2"})) == ["auto", "smollm2"]
