"""Access settings that would be unsafe are refused when the configuration loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def _jwks(tmp_path: Path) -> str:
    path = tmp_path / "jwks.json"
    path.write_text('{"keys": []}', encoding="utf-8")
    return str(path)


def _idp(tmp_path: Path, **changes: Any) -> dict[str, Any]:
    return {"issuer": "https://idp.example", "audience": "router", "jwks_file": _jwks(tmp_path), **changes}


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("ttl_over_max", "token_ttl_minutes"),
        ("missing_jwks_file", "jwks_file"),
        ("missing_jwks_ca_file", "jwks_ca_file"),
        ("duplicate_issuer", "issuer"),
        ("issuer_is_token_issuer", "token_issuer"),
        ("hs256", "algorithms"),
        ("unknown_alg", "algorithms"),
        ("no_algs", "algorithms"),
        ("empty_issuer", "issuer"),
        ("empty_audience", "audience"),
        ("empty_token_issuer", "token_issuer"),
    ],
)
def test_config_mistakes_are_refused_at_load(tmp_path: Path, case: str, message: str) -> None:
    fields: dict[str, Any] = {
        "ttl_over_max": {"token_ttl_minutes": 90, "token_max_ttl_minutes": 60},
        "missing_jwks_file": {"oidc": [_idp(tmp_path, jwks_file=str(tmp_path / "absent.json"))]},
        "missing_jwks_ca_file": {"oidc": [_idp(tmp_path, jwks_file=None, jwks_url="https://idp.example/jwks",
                                               jwks_ca_file=str(tmp_path / "absent.pem"))]},
        "duplicate_issuer": {"oidc": [_idp(tmp_path), _idp(tmp_path, audience="other")]},
        "issuer_is_token_issuer": {"oidc": [_idp(tmp_path, issuer="sovereign-router")]},
        "hs256": {"oidc": [_idp(tmp_path, algorithms=["RS256", "HS256"])]},
        "unknown_alg": {"oidc": [_idp(tmp_path, algorithms=["RS257"])]},
        "no_algs": {"oidc": [_idp(tmp_path, algorithms=[])]},
        "empty_issuer": {"oidc": [_idp(tmp_path, issuer="")]},
        "empty_audience": {"oidc": [_idp(tmp_path, audience="")]},
        "empty_token_issuer": {"token_issuer": ""},
    }[case]
    with pytest.raises(ValidationError, match=message):
        AccessSettings.model_validate(fields)


def test_a_sound_oidc_config_loads(tmp_path: Path) -> None:
    settings = AccessSettings.model_validate({
        "token_ttl_minutes": 60, "token_max_ttl_minutes": 60,
        "oidc": [_idp(tmp_path, algorithms=["RS256", "PS384", "ES256", "EdDSA"]),
                 _idp(tmp_path, issuer="https://other.example")],
    })
    assert len(settings.oidc) == 2
