"""A second audit's findings: inputs that crashed, hung or weakened the access layer."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from router.access import AccessSettings, Authenticator
from router.access.settings import OidcProvider
from router.errors import ApiError


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
