"""Access settings that would be unsafe are refused when the configuration loads."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from router.access import AccessSettings


def test_a_postgresql_store_needs_a_shared_secret() -> None:
    # Without it each node makes its own secret file: keys hashed on one node fail on the others.
    with pytest.raises(ValidationError, match="access.secret"):
        AccessSettings(store="postgresql", dsn="postgresql://router@db/keys")  # type: ignore[arg-type]
    AccessSettings(store="postgresql", dsn="postgresql://router@db/keys", secret="s" * 32)  # type: ignore[arg-type]


@pytest.mark.parametrize("secret", ["", "short", "x" * 31])
def test_a_short_access_secret_is_refused(secret: str) -> None:
    # An empty or short secret keys the token signature with next to nothing: anyone could re-sign
    # a token with any roles.
    with pytest.raises(ValidationError, match="at least 32 characters"):
        AccessSettings(secret=secret)  # type: ignore[arg-type]
    AccessSettings(secret="x" * 32)  # type: ignore[arg-type]
