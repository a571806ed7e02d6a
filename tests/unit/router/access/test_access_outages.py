"""Outages fail closed with 503 and Retry-After, never a 500: an unreadable key store, an
identity provider whose JWKS cannot be read, a quota ledger that does not answer."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from router.access import AccessSettings, Authenticator, KeyAdmin, Principal
from router.access.settings import OidcProvider, Quota
from router.errors import ApiError
from router.limits import LeaseRequest, Limiter, local_lease_fn
from router.limits.ledger import Lease
from tests.jwks_server import jwks_server

HMRC = Principal("HMRC", ("caseworker",), "k1", "key")


def _unavailable(call: object) -> ApiError:
    with pytest.raises(ApiError) as caught:
        asyncio.run(call)  # type: ignore[arg-type]
    error = caught.value
    assert (error.status, error.code) == (503, "auth_unavailable"), error
    assert int(error.headers["retry-after"]) >= 1
    assert "sqlite" not in error.message.lower() and "jwks" not in error.message.lower()  # nothing for an attacker
    return error


def test_a_broken_key_store_is_503_not_500(tmp_path: Path) -> None:
    settings = AccessSettings(cache_ttl_s=0.0)
    admin = KeyAdmin(settings, tmp_path)
    key, _ = admin.create("HMRC", ("caseworker",))
    auth = Authenticator(settings, tmp_path)
    principal = asyncio.run(auth.authenticate([f"Bearer {key}"]))
    token, _ = asyncio.run(auth.issue_token(principal))
    admin.close()
    # A disk fault or a bad restore: the file, its WAL and WAL index overwritten in place.
    for part in (tmp_path / "access").glob("keys.sqlite3*"):
        part.write_bytes(b"no longer a database" * 1024)
    _unavailable(auth.authenticate([f"Bearer {key}"]))
    _unavailable(auth.authenticate([f"Bearer {token}"]))
    _unavailable(auth.issue_token(principal))
    auth.close()


@pytest.fixture
def garbage_jwks() -> Iterator[str]:
    with jwks_server(b"<html>502 Bad Gateway</html>", "text/html") as server:
        yield server.url


def test_an_identity_provider_whose_jwks_cannot_be_read_is_503(tmp_path: Path, garbage_jwks: str) -> None:
    provider = OidcProvider(issuer="https://idp.example", audience="router", jwks_url=garbage_jwks, department="DWP")
    auth = Authenticator(AccessSettings(oidc=(provider,)), tmp_path)
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    token = jwt.encode({"iss": "https://idp.example", "aud": "router", "sub": "u1", "exp": int(time.time()) + 60},
                       private, algorithm="RS256", headers={"kid": "k1"})
    _unavailable(auth.authenticate([f"Bearer {token}"]))
    auth.close()


def test_a_failing_ledger_refuses_with_503_once_the_local_share_is_spent() -> None:
    ledger = local_lease_fn()
    up = [True]

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        if not up[0]:
            raise ConnectionError("the ledger actor is gone")
        return await ledger(requests)

    limiter = Limiter({"HMRC": Quota(requests_per_min=100)}, lease)

    async def scenario() -> tuple[int, ApiError]:
        await limiter.admit(HMRC)  # leases a share of 5
        up[0] = False
        admitted = 1
        while True:
            try:
                await limiter.admit(HMRC)
            except ApiError as exc:
                return admitted, exc
            admitted += 1

    admitted, error = asyncio.run(scenario())
    assert admitted == 5  # the share already leased is spent; nothing more is admitted unlimited
    assert (error.status, error.code) == (503, "quota_unavailable")
    assert int(error.headers["retry-after"]) >= 1


def test_a_ledger_that_never_answers_is_503_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    from router.limits import quotas

    monkeypatch.setattr(quotas, "LEASE_TIMEOUT_S", 0.1)
    monkeypatch.setattr(quotas, "LEASE_ABANDON_S", 0.3)
    calls = [0]

    async def hanging(requests: list[LeaseRequest]) -> list[Lease]:
        calls[0] += 1
        await asyncio.Event().wait()  # a ledger actor stuck behind a dead node: no answer, no error
        raise AssertionError("unreachable")

    limiter = Limiter({"HMRC": Quota(requests_per_min=100)}, hanging)

    async def refused() -> ApiError:
        with pytest.raises(ApiError) as caught:
            await asyncio.wait_for(limiter.admit(HMRC), timeout=30)  # before the fix: hung here
        return caught.value

    async def scenario() -> list[ApiError]:
        errors = [await refused()]
        await asyncio.sleep(0.6)  # past LEASE_ABANDON_S: the stuck lease was given up
        errors.append(await refused())  # and this request leased afresh
        return errors

    for error in asyncio.run(scenario()):
        assert (error.status, error.code) == (503, "quota_unavailable")
        assert int(error.headers["retry-after"]) >= 1
    assert calls[0] == 2


class _StalledStore:
    """A key store whose every read blocks (a database that stopped answering)."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def get(self, key_id: str) -> None:
        self.release.wait()

    def signing_kids(self) -> list[str]:
        self.release.wait()
        return []

    def close(self) -> None:
        self.release.set()


@pytest.mark.parametrize("credential", ["key", "token"])
def test_a_stalled_key_store_is_503_not_a_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               credential: str) -> None:
    import router.access.authenticator as authenticator

    monkeypatch.setattr(authenticator, "STORE_TIMEOUT_S", 0.2, raising=False)
    settings = AccessSettings(cache_ttl_s=0.0)
    admin = KeyAdmin(settings, tmp_path)
    key, _ = admin.create("HMRC", ("caseworker",))
    minted = Authenticator(settings, tmp_path)
    token, _ = asyncio.run(minted.issue_token(asyncio.run(minted.authenticate(["Bearer " + key]))))
    minted.close()
    admin.close()
    store = _StalledStore()
    auth = Authenticator(settings, tmp_path, store=store)  # type: ignore[arg-type]
    bearer = key if credential == "key" else token

    async def call() -> object:
        # The guard only keeps a regression from hanging the suite; the store's own timeout answers first.
        return await asyncio.wait_for(auth.authenticate(["Bearer " + bearer]), 10)

    try:
        _unavailable(call())
    finally:
        auth.close()
