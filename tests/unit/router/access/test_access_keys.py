"""API keys: format, keyed hash, the SQLite store, administration and authentication."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from router.access import AccessSettings, Authenticator, KeyAdmin
from router.access.keys import KEY_PREFIX, hash_key, key_id_of, matches, new_key, parse_duration
from router.errors import ApiError


@pytest.fixture
def admin(tmp_path: Path) -> KeyAdmin:
    return KeyAdmin(AccessSettings(cache_ttl_s=0.2), tmp_path)


def _auth(tmp_path: Path, **settings: object) -> Authenticator:
    return Authenticator(AccessSettings(**{"cache_ttl_s": 0.2, **settings}), tmp_path)  # type: ignore[arg-type]


def _bearer(key: str) -> list[str]:
    return [f"Bearer {key}"]


def test_key_format_has_visible_prefix_and_high_entropy() -> None:
    seen = set()
    for _ in range(100):
        key_id, key = new_key()
        assert key.startswith(KEY_PREFIX + key_id + "_")
        assert key_id_of(key) == key_id
        assert len(key) - len(KEY_PREFIX) - len(key_id) - 1 >= 43  # 32 random bytes
        seen.add(key)
    assert len(seen) == 100


@pytest.mark.parametrize("text", ["", "srk_", "srk_zzzzzzzzzzzz_" + "a" * 43, "sk-abc", "srk_0123456789ab_short"])
def test_malformed_keys_have_no_id(text: str) -> None:
    assert key_id_of(text) is None


def test_only_a_keyed_hash_is_stored(admin: KeyAdmin, tmp_path: Path) -> None:
    key, record = admin.create("HMRC", ("caseworker",))
    stored = admin.records()
    assert [r.key_id for r in stored] == [record.key_id]
    raw = (tmp_path / "access" / "keys.sqlite3").read_bytes()
    secret = key.split("_", 2)[2]  # whole: the secret's own characters may include `_`
    assert key.encode() not in raw and secret.encode() not in raw
    assert record.key_hash != hash_key(b"other secret", key)
    assert (tmp_path / "access" / "keys.sqlite3").stat().st_mode & 0o077 == 0


def test_matches_is_keyed() -> None:
    _, key = new_key()
    from router.access.keys import KeyRecord

    record = KeyRecord("x", "d", (), hash_key(b"s1", key), 0.0)
    assert matches(b"s1", key, record)
    assert not matches(b"s2", key, record)


def test_authenticate_key_gives_department_and_roles(admin: KeyAdmin, tmp_path: Path) -> None:
    key, record = admin.create("HMRC", ("caseworker", "analyst"))
    principal = asyncio.run(_auth(tmp_path).authenticate(_bearer(key)))
    assert (principal.department, principal.roles, principal.subject, principal.via) == (
        "HMRC", ("caseworker", "analyst"), record.key_id, "key")


@pytest.mark.parametrize(
    "headers",
    [[], ["Bearer"], ["Basic abc"], ["Bearer srk_nope"], ["Bearer not-a-jwt"], ["Bearer a.b.c"],
     ["Bearer " + "x" * 10000]],
)
def test_missing_or_malformed_credentials_are_401(tmp_path: Path, headers: list[str]) -> None:
    with pytest.raises(ApiError) as caught:
        asyncio.run(_auth(tmp_path).authenticate(headers))
    assert caught.value.status == 401
    assert caught.value.body()["error"]["type"] == "authentication_error"
    assert caught.value.headers["www-authenticate"].startswith("Bearer")


def test_wrong_expired_and_revoked_keys_all_say_the_same(admin: KeyAdmin, tmp_path: Path) -> None:
    good, _ = admin.create("HMRC", ("caseworker",))
    expired, _ = admin.create("HMRC", ("caseworker",), expires_in_s=-1)
    revoked, record = admin.create("HMRC", ("caseworker",))
    admin.revoke(record.key_id)
    wrong = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
    auth = _auth(tmp_path)
    bodies = []
    for key in (wrong, expired, revoked):
        with pytest.raises(ApiError) as caught:
            asyncio.run(auth.authenticate(_bearer(key)))
        assert caught.value.status == 401
        bodies.append(caught.value.body())
    assert bodies[0] == bodies[1] == bodies[2]


def test_revocation_takes_effect_within_the_cache_ttl(admin: KeyAdmin, tmp_path: Path) -> None:
    key, record = admin.create("HMRC", ("caseworker",))
    auth = _auth(tmp_path)

    async def scenario() -> None:
        await auth.authenticate(_bearer(key))
        admin.revoke(record.key_id)
        await asyncio.sleep(0.3)
        with pytest.raises(ApiError):
            await auth.authenticate(_bearer(key))

    asyncio.run(scenario())


def test_a_key_created_after_a_miss_works_within_the_ttl(admin: KeyAdmin, tmp_path: Path) -> None:
    auth = _auth(tmp_path)
    key, _ = admin.create("DWP", ("caseworker",))
    assert asyncio.run(auth.authenticate(_bearer(key))).department == "DWP"


def test_dev_key_only_on_an_empty_store(tmp_path: Path) -> None:
    admin = KeyAdmin(AccessSettings(), tmp_path)
    key = admin.ensure_dev_key()
    assert key is not None and admin.ensure_dev_key() is None
    assert asyncio.run(_auth(tmp_path).authenticate(_bearer(key))).department == "local-dev"
    assert KeyAdmin(AccessSettings(dev_key=False), tmp_path / "other").ensure_dev_key() is None


def test_configured_secret_is_used_on_every_node(tmp_path: Path) -> None:
    settings = AccessSettings(secret="shared-cluster-secret-" * 2, sqlite_path=tmp_path / "shared.sqlite3")
    key, _ = KeyAdmin(settings, tmp_path / "node-a").create("HMRC", ("r",))
    auth = Authenticator(settings, tmp_path / "node-b")
    assert asyncio.run(auth.authenticate(_bearer(key))).department == "HMRC"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90d", 90 * 86400), ("12h", 43200), ("30m", 1800), ("45s", 45), ("2y", 2 * 365.25 * 86400),
     ("100y", 36525 * 86400), ("36525d", 36525 * 86400)],  # a year is 365.25 days: both are the 100-year most
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


def test_parse_duration_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        parse_duration("soon")


def test_expiry_is_checked_at_use(admin: KeyAdmin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key, _ = admin.create("HMRC", ("r",), expires_in_s=60)
    auth = _auth(tmp_path, cache_ttl_s=60)
    asyncio.run(auth.authenticate(_bearer(key)))
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 120)
    with pytest.raises(ApiError):
        asyncio.run(auth.authenticate(_bearer(key)))
