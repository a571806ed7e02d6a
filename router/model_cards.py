"""`GET /v1/models`: the cards one caller may use, with where each model runs and its levels.

A real OpenAI client checks the model it asks for against this list, so `auto` comes
first; the levels on each card are those the caller's department sends that way, and a
caller whose grant names models sees only those (and `auto`).
"""

from __future__ import annotations

import time

from classifiers.types import Sensitivity
from router.config import DepartmentPolicy
from router.policy import AUTO_MODEL, ModelCatalogue, levels_served
from router.protocol import HostedStatus, ModelCard, ModelList, SovereignModelInfo

_OURS = "sovereign-router"


def model_list(policy: DepartmentPolicy, catalogue: ModelCatalogue, granted: frozenset[str] | None) -> ModelList:
    """The caller's model list.

    Args:
        policy: the caller's department's policy.
        catalogue: the models the router answers with.
        granted: the models the caller's grant allows (None: every model).
    """
    created = int(time.time())
    local_levels = levels_served(policy, "local")
    hosted_levels = levels_served(policy, "hosted") if catalogue.hosted_enabled else []
    auto_levels = sorted(set(local_levels) | set(hosted_levels), key=local_levels.index)
    cards = [ModelCard(id=AUTO_MODEL, created=created, owned_by=_OURS,
                       sovereign=SovereignModelInfo(route="auto", levels=auto_levels))]
    for model in catalogue.local_models:
        allowed = catalogue.levels_of(model)
        levels = [level for level in local_levels if allowed is None or level in allowed]
        cards.append(ModelCard(id=model, created=created, owned_by=_OURS,
                               sovereign=SovereignModelInfo(route="local", levels=levels)))
    if catalogue.hosted_enabled:
        cards += [ModelCard(id=model, created=created, owned_by="openai",
                            sovereign=SovereignModelInfo(route="hosted", levels=hosted_levels))
                  for model in catalogue.hosted_models]
        status = HostedStatus(enabled=True, detail="public requests are answered by the hosted API")
    else:
        status = HostedStatus(
            enabled=False, detail="no hosted API key is configured; public requests are answered locally"
        )
    if granted is not None:
        # `auto` stays while a model it resolves to is granted: what answers is checked against the grant
        answers_auto = {catalogue.local_for(Sensitivity.parse(level)) for level in local_levels}
        if catalogue.hosted_enabled:
            answers_auto.add(catalogue.hosted_default)
        auto = {AUTO_MODEL} if answers_auto & granted else set()
        cards = [card for card in cards if card.id in (granted - {AUTO_MODEL}) | auto]
    return ModelList(data=cards, sovereign=status)
