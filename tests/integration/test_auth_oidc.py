"""OIDC access tokens: a real loopback HTTP server serves the IdP's JWKS; tokens are signed by a
test key. Valid, expired, wrong audience, wrong issuer, unknown kid and `alg: none`."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from router.access import AccessSettings, Authenticator, OidcProvider
from router.errors import ApiError
from tests.jwks_server import jwks_server

ISSUER = "https://idp.hmrc.example/realms/staff"
AUDIENCE = "sovereign-router"


def _rsa() -> Any:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def signing_key() -> Any:
    return _rsa()


@pytest.fixture(scope="module")
def jwks(signing_key: Any) -> dict[str, Any]:
    jwk = json.loads(RSAAlgorithm.to_jwk(signing_key.public_key()))
    return {"keys": [{**jwk, "kid": "idp-key-1", "use": "sig", "alg": "RS256"}]}


@pytest.fixture(scope="module")
def jwks_url(jwks: dict[str, Any]) -> Iterator[str]:
    with jwks_server(json.dumps(jwks).encode()) as server:
        yield server.url


def _token(key: Any, *, kid: str = "idp-key-1", alg: str = "RS256", **overrides: Any) -> str:
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "user-123", "iat": now, "exp": now + 300,
              "roles": ["caseworker"], "department": "HMRC", **overrides}
    return jwt.encode(claims, key if alg != "none" else None, algorithm=alg, headers={"kid": kid})


def _auth(tmp_path: Path, provider: OidcProvider) -> Authenticator:
    return Authenticator(AccessSettings(enabled=True, oidc=(provider,)), tmp_path)


def _check(auth: Authenticator, token: str) -> Any:
    return asyncio.run(auth.authenticate([f"Bearer {token}"]))


def test_valid_token_maps_claims_to_department_and_roles(jwks_url: str, signing_key: Any, tmp_path: Path) -> None:
    auth = _auth(tmp_path, OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=jwks_url))
    principal = _check(auth, _token(signing_key))
    assert (principal.department, principal.roles, principal.subject, principal.via) == (
        "HMRC", ("caseworker",), "user-123", "oidc")
    # A fixed department for the issuer wins over the claim; roles may be a space-separated string.
    fixed = _auth(tmp_path, OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=jwks_url, department="DWP"))
    principal = _check(fixed, _token(signing_key, department="MOD", roles="a b"))
    assert (principal.department, principal.roles) == ("DWP", ("a", "b"))


@pytest.mark.parametrize(
    "case",
    ["expired", "wrong_audience", "wrong_issuer", "unknown_kid", "alg_none", "other_key", "hs256_with_public_key",
     "no_department"],
)
def test_bad_tokens_are_401(case: str, jwks_url: str, jwks: dict[str, Any], signing_key: Any, tmp_path: Path) -> None:
    auth = _auth(tmp_path, OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=jwks_url))
    token = {
        "expired": lambda: _token(signing_key, exp=int(time.time()) - 60, iat=int(time.time()) - 600),
        "wrong_audience": lambda: _token(signing_key, aud="someone-else"),
        "wrong_issuer": lambda: _token(signing_key, iss="https://evil.example/"),
        "unknown_kid": lambda: _token(signing_key, kid="idp-key-9"),
        "alg_none": lambda: _token(signing_key, alg="none"),
        "other_key": lambda: _token(_rsa()),
        # The classic confusion: HMAC-sign with the public key's bytes and claim HS256.
        "hs256_with_public_key": lambda: jwt.encode(
            {"iss": ISSUER, "aud": AUDIENCE, "sub": "x", "exp": int(time.time()) + 60, "department": "HMRC"},
            json.dumps(jwks["keys"][0]).encode().ljust(32, b"x"), algorithm="HS256", headers={"kid": "idp-key-1"}),
        "no_department": lambda: _token(signing_key, department=None),
    }[case]()
    with pytest.raises(ApiError) as caught:
        _check(auth, token)
    assert caught.value.status == 401
    assert caught.value.body()["error"]["message"] == "invalid or missing credentials"


def test_jwks_from_a_file(jwks: dict[str, Any], signing_key: Any, tmp_path: Path) -> None:
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(jwks))
    auth = _auth(tmp_path, OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_file=path))
    assert _check(auth, _token(signing_key)).department == "HMRC"
    with pytest.raises(ApiError):
        _check(auth, _token(signing_key, kid="nope"))


def test_provider_settings_refuse_none_and_need_one_jwks_source() -> None:
    with pytest.raises(ValueError):
        OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url="https://x", algorithms=("none",))
    with pytest.raises(ValueError):
        OidcProvider(issuer=ISSUER, audience=AUDIENCE)



@pytest.mark.parametrize("url", ["https://idp.internal/certs", "http://127.0.0.1:8080/jwks", "http://[::1]/jwks",
                                 "http://localhost/jwks"])
def test_jwks_urls_that_are_accepted(url: str) -> None:
    OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=url)


@pytest.mark.parametrize("url", ["http://idp.internal/certs", "http://10.0.0.5/jwks", "file:///etc/jwks.json",
                                 "ftp://idp/jwks", "https:///no-host", "idp.internal/certs"])
def test_jwks_urls_that_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="jwks_url"):  # plain http would let the network swap the IdP's keys
        OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=url)


def test_a_provider_names_only_its_own_departments(jwks_url: str, signing_key: Any, tmp_path: Path) -> None:
    auth = _auth(tmp_path, OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=jwks_url,
                                        departments=("HMRC", "VOA")))
    assert _check(auth, _token(signing_key, department="VOA")).department == "VOA"
    with pytest.raises(ApiError) as caught:  # HMRC's IdP cannot speak for the MOD
        _check(auth, _token(signing_key, department="MOD"))
    assert caught.value.status == 401
    with pytest.raises(ValueError):
        OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=jwks_url, department="MOD", departments=("HMRC",))


def test_jwks_over_https_verified_against_a_private_ca(
    jwks: dict[str, Any], signing_key: Any, tmp_path: Path
) -> None:
    import ssl

    from tests.pki import certificate

    cert, key, _, _ = certificate(tmp_path, "idp")
    body = json.dumps(jwks).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/jwks.json"
        trusted = _auth(tmp_path, OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=url, jwks_ca_file=cert))
        assert _check(trusted, _token(signing_key)).department == "HMRC"
        # Without the CA the certificate is not trusted: verification stays on, the JWKS is
        # unreadable, and the request is refused as an outage (503), never let through.
        untrusted = _auth(tmp_path, OidcProvider(issuer=ISSUER, audience=AUDIENCE, jwks_url=url))
        with pytest.raises(ApiError) as caught:
            _check(untrusted, _token(signing_key))
        assert (caught.value.status, caught.value.code) == (503, "auth_unavailable")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
