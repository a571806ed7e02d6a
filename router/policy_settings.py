"""The `policy` section: what each department allows at each sensitivity level.

Split from `router/config.py` (which composes every section into `Settings`); the
routing decision that reads it is `router/policy.py`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from classifiers.settings import Mode
from classifiers.types import Sensitivity
from hosted.settings import ServiceTier
from router.labels import AiLabelSettings
from router.rollout import RolloutSettings

Action = Literal["local", "hosted", "redact_hosted", "reject"]
# The policy of every department that `policy.departments` does not name.
ANY_DEPARTMENT = "*"
_DEFAULT_ACTIONS: dict[str, Action] = {"public": "hosted", "personal": "local", "special": "local", "secret": "reject"}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DepartmentPolicy(_Section):
    """What one department allows at each level."""

    actions: dict[str, Action] = Field(
        default_factory=lambda: dict(_DEFAULT_ACTIONS),
        description="Action per sensitivity level: local, hosted, redact_hosted (personal only) or reject.",
    )
    hosted_model_when_sensitive: Literal["reroute", "reject"] = Field(
        default="reroute",
        description="A model asked for that may not serve the request's level (a hosted model with sensitive "
        "data, or a local model whose levels exclude it): answer with a local model that may (header "
        "x-sovereign-rerouted-from) or refuse with 403.",
    )
    hosted_fallback_to_local: bool = Field(
        default=True, description="When the hosted API is down, answer public requests locally instead of 503."
    )
    service_tier: ServiceTier | None = Field(
        default=None, description="The hosted service tier this department asks for; unset uses hosted.service_tier."
    )
    accept_tier_downgrade: bool = Field(
        default=True,
        description="Accept a hosted answer served on a lower tier than asked (recorded either way); false "
        "treats it as the hosted API being unavailable (local fallback or 503).",
    )
    priority_class: str = Field(
        default="standard",
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Priority class of this department's local requests: they may hold the slots a local "
        "model reserves for this class (local.reserved_shares); other classes share the rest.",
    )
    hosted_regions: tuple[str, ...] | None = Field(
        default=None, description="Hosted upstream regions this department may use (data residency); unset: any."
    )
    classifier_mode: Mode | None = Field(
        default=None,
        description="This department's classifier strictness (strict | balanced); unset uses classifier.mode.",
    )
    unreadable_content_hosted: bool = Field(
        default=False,
        description="Let public requests with content the classifier cannot read (images, audio, files, "
        "token-id prompts) go to the hosted API; by default they are answered locally or refused.",
    )

    # Issue 12: labelling, staged rollout, retention (router/labels.py, router/rollout.py,
    # router/audit/retention.py).
    ai_label: AiLabelSettings = Field(
        default_factory=AiLabelSettings, description="Labelling of AI-generated answers beyond the header."
    )
    rollout: RolloutSettings | None = Field(
        default=None,
        description="Staged rollout: split this department's callers between two local models "
        "({stable, canary, canary_percent}), sticky per key; unset: no rollout.",
    )
    retention: Literal["off", "encrypted"] = Field(
        default="off",
        description="Keep this department's prompts and completions: 'off' (never stored) or 'encrypted' "
        "(AES-256-GCM beside the audit record; needs audit.retention_key_file or audit.retention_key_env).",
    )

    @field_validator("actions")
    @classmethod
    def _check_actions(cls, actions: dict[str, Action]) -> dict[str, Action]:
        for name in actions:
            Sensitivity.parse(name)
        missing = [level.label for level in Sensitivity if level.label not in actions]
        if missing:
            raise ValueError(f"no action for level(s): {', '.join(missing)}")
        for level in (Sensitivity.PERSONAL, Sensitivity.SPECIAL, Sensitivity.SECRET):
            if actions[level.label] == "hosted":
                raise ValueError(
                    f"level {level.label!r} cannot be sent to the hosted API; use 'local' or 'reject'"
                )
        for label, action in actions.items():
            if action == "redact_hosted" and label != Sensitivity.PERSONAL.label:
                raise ValueError(f"redact_hosted is for the 'personal' level only, not {label!r}")
        return actions

    def action_for(self, level: Sensitivity) -> Action:
        return self.actions[level.label]


class PolicySettings(_Section):
    """Department policies, looked up by the department a request's credential was issued to."""

    departments: dict[str, DepartmentPolicy] = Field(
        default_factory=lambda: {ANY_DEPARTMENT: DepartmentPolicy()},
        description="Policy per department name; '*' is the policy of every department not listed (required).",
    )

    @field_validator("departments")
    @classmethod
    def _needs_any(cls, departments: dict[str, DepartmentPolicy]) -> dict[str, DepartmentPolicy]:
        if ANY_DEPARTMENT not in departments:
            raise ValueError(
                f"a {ANY_DEPARTMENT!r} entry (the policy of departments not listed) is required"
                + ("; the 'default' placeholder department is now '*'" if "default" in departments else "")
            )
        return departments

    def policy_for(self, department: str) -> DepartmentPolicy:
        """The department's own policy, else the '*' policy."""
        return self.departments.get(department) or self.departments[ANY_DEPARTMENT]
