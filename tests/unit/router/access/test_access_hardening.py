"""A second audit's findings: inputs that crashed, hung or weakened the access layer."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from router.access import AccessSettings, Authenticator
from router.access.settings import OidcProvider
from router.errors import ApiError
from tests.jwks_server import JwksServer, jwks_server


def _jwks_file(tmp_path: Path) -> tuple[Path, rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey]:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    keys = []
    for kid, public in (("rsa1", rsa_key.public_key()), ("ec1", ec_key.public_key())):
        jwk = json.loads(jwt.algorithms.get_default_algorithms()["RS256" if kid == "rsa1" else "ES256"].to_jwk(public))
        keys.append({**jwk, "kid": kid})
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": keys}), encoding="utf-8")
    return path, rsa_key, ec_key


def _status(auth: Authenticator, token: str) -> int:
    try:
        asyncio.run(auth.authenticate([f"Bearer {token}"]))
    except ApiError as exc:
        return exc.status
    return 200


def test_an_algorithm_that_does_not_fit_the_kid_is_401_not_500(tmp_path: Path) -> None:
    path, rsa_key, ec_key = _jwks_file(tmp_path)
    provider = OidcProvider(issuer="https://idp.example", audience="router", jwks_file=path, department="DWP")
    auth = Authenticator(AccessSettings(oidc=(provider,)), tmp_path)
    claims = {"iss": "https://idp.example", "aud": "router", "sub": "u1", "exp": int(time.time()) + 60}
    ok_rsa = jwt.encode(claims, rsa_key, algorithm="RS256", headers={"kid": "rsa1"})
    ok_ec = jwt.encode(claims, ec_key, algorithm="ES256", headers={"kid": "ec1"})
    assert _status(auth, ok_rsa) == 200 and _status(auth, ok_ec) == 200
    # ES256 named with an RSA kid, and RS256 with an EC kid: a caller needs no credential to send these.
    es_with_rsa_kid = jwt.encode(claims, ec_key, algorithm="ES256", headers={"kid": "rsa1"})
    rs_with_ec_kid = jwt.encode(claims, rsa_key, algorithm="RS256", headers={"kid": "ec1"})
    assert _status(auth, es_with_rsa_kid) == 401
    assert _status(auth, rs_with_ec_kid) == 401
    auth.close()


@pytest.fixture
def counting_jwks() -> Iterator[JwksServer]:
    with jwks_server(b'{"keys": []}') as server:
        yield server


def _rsa_jwk(kid: str) -> tuple[dict[str, Any], rsa.RSAPrivateKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return {**json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key())), "kid": kid}, key


def test_unknown_kids_do_not_refetch_the_jwks_more_than_once_a_minute(
    tmp_path: Path, counting_jwks: JwksServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from router.access import oidc

    known, known_key = _rsa_jwk("k1")
    counting_jwks.body = json.dumps({"keys": [known]}).encode()
    provider = OidcProvider(issuer="https://idp.example", audience="router",
                            jwks_url=counting_jwks.url, department="DWP")
    auth = Authenticator(AccessSettings(oidc=(provider,)), tmp_path)
    claims = {"iss": "https://idp.example", "aud": "router", "sub": "u1", "exp": int(time.time()) + 60}
    assert _status(auth, jwt.encode(claims, known_key, algorithm="RS256", headers={"kid": "k1"})) == 200
    assert len(counting_jwks.hits) == 1
    # Anyone, without a credential, can name a kid the IdP never issued: each must not cost an IdP fetch.
    for n in range(5):
        token = jwt.encode(claims, known_key, algorithm="RS256", headers={"kid": f"made-up-{n}"})
        assert _status(auth, token) == 401
    assert len(counting_jwks.hits) == 1
    # Once the interval has passed, a miss refetches: a rotated IdP key is picked up.
    rotated, rotated_key = _rsa_jwk("k2")
    counting_jwks.body = json.dumps({"keys": [known, rotated]}).encode()
    monkeypatch.setattr(oidc, "JWKS_REFETCH_MIN_S", 0.0)
    assert _status(auth, jwt.encode(claims, rotated_key, algorithm="RS256", headers={"kid": "k2"})) == 200
    assert len(counting_jwks.hits) == 2
    auth.close()


@pytest.mark.parametrize("department", ["HMRC\n2026-12-07 forged log line", "HMRC\x1b[31m", "HM\u202eRC", "D" * 129])
def test_an_oidc_department_or_role_with_control_characters_is_401(tmp_path: Path, department: str) -> None:
    path, rsa_key, _ = _jwks_file(tmp_path)
    provider = OidcProvider(issuer="https://idp.example", audience="router", jwks_file=path)
    auth = Authenticator(AccessSettings(oidc=(provider,)), tmp_path)
    claims = {"iss": "https://idp.example", "aud": "router", "sub": "u1", "exp": int(time.time()) + 60,
              "department": "HMRC", "roles": ["caseworker"]}
    sign = lambda extra: jwt.encode({**claims, **extra}, rsa_key, algorithm="RS256", headers={"kid": "rsa1"})  # noqa: E731
    assert _status(auth, sign({})) == 200
    # Department and roles end up in metric labels and log lines: nothing that could forge either.
    assert _status(auth, sign({"department": department})) == 401
    assert _status(auth, sign({"roles": ["caseworker", department]})) == 401
    auth.close()


def test_the_rbac_grant_cache_is_bounded() -> None:
    from router.access.principal import Principal
    from router.access.rbac import CACHE_MAX, Rbac
    from router.access.settings import RolePolicy

    rbac = Rbac({"*": {"*": RolePolicy()}})
    # An IdP's tokens may carry any set of roles: each distinct set must not grow memory forever.
    for n in range(CACHE_MAX + 50):
        rbac.grant(Principal("HMRC", (f"role-{n}",), f"u{n}", "oidc"))
    assert len(rbac._cache) <= CACHE_MAX


@pytest.mark.parametrize(("skew_s", "status"), [(10, 200), (120, 401)])
def test_an_oidc_token_from_an_idp_whose_clock_runs_ahead_is_accepted_within_30_s(
    tmp_path: Path, skew_s: int, status: int
) -> None:
    # An IdP's clock a few seconds ahead stamps `iat`/`nbf` in the router's future: PyJWT
    # refuses that without leeway, locking out every user of the department until the clocks agree.
    path, rsa_key, _ = _jwks_file(tmp_path)
    provider = OidcProvider(issuer="https://idp.example", audience="router", jwks_file=path, department="DWP")
    auth = Authenticator(AccessSettings(oidc=(provider,)), tmp_path)
    now = int(time.time())
    claims = {"iss": "https://idp.example", "aud": "router", "sub": "u1", "iat": now + skew_s, "nbf": now + skew_s,
              "exp": now + 300}
    assert _status(auth, jwt.encode(claims, rsa_key, algorithm="RS256", headers={"kid": "rsa1"})) == status
    auth.close()
