"""Signed tokens (scope, expiry, kid rotation) and RBAC grants."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import jwt
import pytest
from starlette.datastructures import Headers

from classifiers.types import Sensitivity
from router.access import AccessSettings, Authenticator, KeyAdmin, Principal, Rbac, RolePolicy
from router.access.tokens import signing_secret
from router.errors import ApiError


@pytest.fixture
def setup(tmp_path: Path) -> tuple[KeyAdmin, Authenticator, Principal]:
    settings = AccessSettings(cache_ttl_s=0.0)
    admin = KeyAdmin(settings, tmp_path)
    key, _ = admin.create("HMRC", ("caseworker", "analyst"))
    auth = Authenticator(settings, tmp_path)
    principal = asyncio.run(auth.authenticate([f"Bearer {key}"]))
    return admin, auth, principal


def _check(auth: Authenticator, token: str) -> Principal:
    return asyncio.run(auth.authenticate([f"Bearer {token}"]))


def test_token_carries_scope(setup: tuple[KeyAdmin, Authenticator, Principal]) -> None:
    _, auth, key_principal = setup
    token, expires = asyncio.run(auth.issue_token(key_principal, roles=("caseworker",), models=("demo",),
                                                  max_level="personal", ttl_minutes=5))
    assert expires - time.time() == pytest.approx(300, abs=5)
    principal = _check(auth, token)
    assert principal.department == "HMRC" and principal.roles == ("caseworker",) and principal.via == "token"
    assert principal.models == ("demo",) and principal.max_level is Sensitivity.PERSONAL
    assert jwt.get_unverified_header(token)["kid"]


def test_token_cannot_widen_roles_or_come_from_a_token(setup: tuple[KeyAdmin, Authenticator, Principal]) -> None:
    _, auth, key_principal = setup
    with pytest.raises(ApiError) as caught:
        asyncio.run(auth.issue_token(key_principal, roles=("admin",)))
    assert caught.value.status == 403
    token, _ = asyncio.run(auth.issue_token(key_principal))
    with pytest.raises(ApiError):
        asyncio.run(auth.issue_token(_check(auth, token)))
    with pytest.raises(ApiError) as too_long:
        asyncio.run(auth.issue_token(key_principal, ttl_minutes=10_000))
    assert too_long.value.status == 400


def test_expired_tampered_and_unknown_kid_tokens_are_401(
    setup: tuple[KeyAdmin, Authenticator, Principal], tmp_path: Path
) -> None:
    admin, auth, key_principal = setup
    token, _ = asyncio.run(auth.issue_token(key_principal))
    kid = jwt.get_unverified_header(token)["kid"]
    claims = jwt.decode(token, options={"verify_signature": False})
    root = (tmp_path / "keys" / "access.key").read_text().strip()
    secret = signing_secret(bytes.fromhex(root), kid)
    expired = jwt.encode({**claims, "exp": int(time.time()) - 10}, secret, algorithm="HS256", headers={"kid": kid})
    unknown = jwt.encode(claims, secret, algorithm="HS256", headers={"kid": "not-a-kid"})
    other = jwt.encode(claims, b"x" * 32, algorithm="HS256", headers={"kid": kid})
    escalated = jwt.encode({**claims, "dept": "MOD"}, b"y" * 32, algorithm="HS256", headers={"kid": kid})
    none = jwt.encode(claims, None, algorithm="none", headers={"kid": kid})
    for bad in (expired, unknown, other, escalated, none, token + "x"):
        with pytest.raises(ApiError) as caught:
            _check(auth, bad)
        assert caught.value.status == 401


def test_rotation_keeps_old_tokens_valid_and_signs_with_the_new_kid(
    setup: tuple[KeyAdmin, Authenticator, Principal],
) -> None:
    admin, auth, key_principal = setup
    old, _ = asyncio.run(auth.issue_token(key_principal))
    time.sleep(0.01)
    new_kid = admin.rotate_signing()
    new, _ = asyncio.run(auth.issue_token(key_principal))
    assert jwt.get_unverified_header(new)["kid"] == new_kid != jwt.get_unverified_header(old)["kid"]
    assert _check(auth, old).department == _check(auth, new).department == "HMRC"


def _principal(department: str, *roles: str, **scope: object) -> Principal:
    return Principal(department, roles, "k", "key", **scope)  # type: ignore[arg-type]


def test_rbac_union_of_roles_and_403s() -> None:
    rbac = Rbac({
        "HMRC": {
            "caseworker": RolePolicy(allowed_models=("local-a",), allowed_routes=("local",), max_level="special",
                                     redact_allowed=False),
            "analyst": RolePolicy(allowed_models=("gpt-x",), allowed_routes=("hosted",), max_level="public"),
        }
    })
    grant = rbac.grant(_principal("HMRC", "caseworker", "analyst"))
    grant.check_model("local-a")
    grant.check_model("gpt-x")
    grant.check_route("hosted", Sensitivity.PUBLIC)
    only_case = rbac.grant(_principal("HMRC", "caseworker"))
    for call in (lambda: only_case.check_model("gpt-x"), lambda: only_case.check_route("hosted", Sensitivity.PUBLIC),
                 lambda: rbac.grant(_principal("HMRC", "analyst")).check_route("local", Sensitivity.PERSONAL),
                 lambda: rbac.grant(_principal("HMRC", "intern"))):
        with pytest.raises(ApiError) as caught:
            call()
        assert caught.value.status == 403
    # Once the policy file names any department, one it does not name gets no roles: a typo opens nothing.
    with pytest.raises(ApiError) as unlisted:
        rbac.grant(_principal("HMCR", "caseworker"))
    assert (unlisted.value.status, unlisted.value.code) == (403, "role_not_allowed")


def test_unlisted_departments_take_the_star_entry_and_no_policy_file_means_no_limits() -> None:
    rbac = Rbac({"HMRC": {"caseworker": RolePolicy(max_level="special")},
                 "*": {"*": RolePolicy(allowed_routes=("local",), max_level="personal")}})
    other = rbac.grant(_principal("DWP", "anyone"))
    other.check_route("local", Sensitivity.PERSONAL)
    for route, level in (("hosted", Sensitivity.PUBLIC), ("local", Sensitivity.SPECIAL)):
        with pytest.raises(ApiError):
            other.check_route(route, level)
    with pytest.raises(ApiError):  # a listed department does not fall back to '*'
        rbac.grant(_principal("HMRC", "analyst"))
    # No access.rbac at all (the development default): no role limits.
    Rbac({}).grant(_principal("DWP", "anyone")).check_route("hosted", Sensitivity.SECRET)


def test_token_scope_narrows_the_grant() -> None:
    rbac = Rbac({})
    grant = rbac.grant(_principal("DWP", "r", models=("m1",), max_level=Sensitivity.PERSONAL))
    grant.check_model("m1")
    with pytest.raises(ApiError):
        grant.check_model("m2")
    with pytest.raises(ApiError):
        grant.check_route("local", Sensitivity.SPECIAL)


def test_retired_kid_stops_verifying(setup: tuple[KeyAdmin, Authenticator, Principal]) -> None:
    admin, auth, key_principal = setup
    old, _ = asyncio.run(auth.issue_token(key_principal))
    old_kid = jwt.get_unverified_header(old)["kid"]
    with pytest.raises(ValueError):
        admin.retire_signing(old_kid)  # still the newest
    time.sleep(0.01)
    admin.rotate_signing()
    assert admin.retire_signing(old_kid)
    assert not admin.retire_signing(old_kid)
    with pytest.raises(ApiError) as caught:
        _check(auth, old)
    assert caught.value.status == 401


def test_a_verified_token_is_trusted_until_the_cache_ttl_or_its_expiry(tmp_path: Path) -> None:
    settings = AccessSettings(cache_ttl_s=0.5)
    admin = KeyAdmin(settings, tmp_path)
    key, _ = admin.create("HMRC", ("caseworker",))
    auth = Authenticator(settings, tmp_path)
    principal = asyncio.run(auth.authenticate([f"Bearer {key}"]))
    token, _ = asyncio.run(auth.issue_token(principal, ttl_minutes=5))
    old_kid = jwt.get_unverified_header(token)["kid"]
    assert _check(auth, token).via == "token"
    admin.rotate_signing()
    assert admin.retire_signing(old_kid)
    assert _check(auth, token).via == "token"  # still trusted: verified less than cache_ttl_s ago
    time.sleep(0.6)
    with pytest.raises(ApiError):  # re-verified after the ttl: its kid is retired
        _check(auth, token)
    # A cached token past its own expiry is refused at once, whatever the ttl.
    long_cache = Authenticator(AccessSettings(cache_ttl_s=60), tmp_path)
    claims = {**jwt.decode(token, options={"verify_signature": False}), "exp": int(time.time()) + 3}
    kid = jwt.get_unverified_header(asyncio.run(long_cache.issue_token(principal))[0])["kid"]
    root = bytes.fromhex((tmp_path / "keys" / "access.key").read_text().strip())
    short = jwt.encode(claims, signing_secret(root, kid), algorithm="HS256", headers={"kid": kid})
    assert _check(long_cache, short).via == "token"
    time.sleep(max(0.0, claims["exp"] - time.time()) + 0.1)
    with pytest.raises(ApiError):
        _check(long_cache, short)
    auth.close()
    long_cache.close()
    admin.close()


def test_a_token_stops_working_when_its_key_is_revoked(tmp_path: Path) -> None:
    settings = AccessSettings(cache_ttl_s=0.3)
    admin = KeyAdmin(settings, tmp_path)
    key, record = admin.create("HMRC", ("caseworker",))
    auth = Authenticator(settings, tmp_path)
    token, _ = asyncio.run(auth.issue_token(_check(auth, key), ttl_minutes=30))
    assert _check(auth, token).via == "token"
    assert admin.revoke(record.key_id)
    time.sleep(0.4)  # past cache_ttl_s: the replica looks the key up again
    for credential in (key, token):
        with pytest.raises(ApiError) as caught:
            _check(auth, credential)
        assert caught.value.status == 401
    auth.close()
    admin.close()


def test_a_token_never_outlives_its_key(tmp_path: Path) -> None:
    settings = AccessSettings(cache_ttl_s=0.0)
    admin = KeyAdmin(settings, tmp_path)
    key, record = admin.create("HMRC", ("caseworker",), expires_in_s=120)
    auth = Authenticator(settings, tmp_path)
    token, expires_at = asyncio.run(auth.issue_token(_check(auth, key), ttl_minutes=60))
    assert record.expires is not None
    assert expires_at <= record.expires
    assert jwt.decode(token, options={"verify_signature": False})["exp"] <= record.expires
    auth.close()
    admin.close()


def test_redact_then_hosted_needs_a_role_that_allows_it() -> None:
    rbac = Rbac({
        "HMRC": {
            "caseworker": RolePolicy(redact_allowed=False),  # every route, but not redacted to the hosted API
            "analyst": RolePolicy(redact_allowed=True),
        }
    })
    caseworker = rbac.grant(_principal("HMRC", "caseworker"))
    caseworker.check_route("local", Sensitivity.PERSONAL)
    caseworker.check_route("hosted", Sensitivity.PUBLIC)
    with pytest.raises(ApiError) as caught:
        caseworker.check_route("redacted-hosted", Sensitivity.PERSONAL)
    assert (caught.value.status, caught.value.code) == (403, "route_not_allowed")
    rbac.grant(_principal("HMRC", "analyst")).check_route("redacted-hosted", Sensitivity.PERSONAL)
    rbac.grant(_principal("HMRC", "caseworker", "analyst")).check_route("redacted-hosted", Sensitivity.PERSONAL)


def _bearer_headers(credential: str) -> Headers:
    """The request headers `issue_token` reads, as the ingress hands them over."""
    return Headers({"authorization": f"Bearer {credential}"})


def test_refused_token_requests_count_as_auth_failures(tmp_path: Path) -> None:
    from router import metrics
    from router.access.gate import AccessGate, issue_token

    def failures() -> float:
        return metrics.REGISTRY.get_sample_value("sovereign_auth_failures_total") or 0.0

    gate = AccessGate(AccessSettings(cache_ttl_s=0.0), tmp_path)
    before = failures()
    with pytest.raises(ApiError) as caught:
        asyncio.run(issue_token(gate, _bearer_headers("srk_000000000000_" + "a" * 43), b"{}"))
    assert caught.value.status == 401
    assert failures() == before + 1
    gate.close()


def test_a_token_for_a_model_the_router_does_not_have_is_refused(tmp_path: Path) -> None:
    from router.access.gate import AccessGate, issue_token

    settings = AccessSettings(cache_ttl_s=0.0)
    key, _ = KeyAdmin(settings, tmp_path).create("HMRC", ("caseworker",))
    gate, known = AccessGate(settings, tmp_path), frozenset({"auto", "smollm2"})

    def issue(body: bytes) -> dict[str, object]:
        return asyncio.run(issue_token(gate, _bearer_headers(key), body, known_models=known))

    with pytest.raises(ApiError) as caught:  # before: issued, and the token could use nothing
        issue(b'{"models": ["smollm2", "nonexistent"]}')
    assert (caught.value.status, caught.value.code, caught.value.param) == (400, "model_not_found", "models")
    assert "'nonexistent'" in caught.value.message
    assert issue(b'{"models": ["smollm2"]}')["token_type"] == "Bearer"
    gate.close()
