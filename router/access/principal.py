"""Who a request is: the department and roles its credential was issued to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from classifiers.types import Sensitivity

ANONYMOUS_DEPARTMENT = "anonymous"  # every request's department with access off
# The audit's department for a request refused before it was authenticated (401, 413).
UNAUTHENTICATED_DEPARTMENT = "unauthenticated"

Via = Literal["key", "token", "oidc", "none"]


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller.

    `subject` is the key id (for a key or a token issued from one) or the IdP's `sub`;
    `models` and `max_level` are a token's own narrower scope (None: the roles' scope).
    """

    department: str
    roles: tuple[str, ...]
    subject: str
    via: Via
    models: tuple[str, ...] | None = None
    max_level: Sensitivity | None = None

    @property
    def audit_id(self) -> str:
        """What the audit record names: how, and which credential (never key material)."""
        return f"{self.via}:{self.subject}"
