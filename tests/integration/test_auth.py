"""The auth matrix over the real Serve app: 401 for every bad credential, 403 for what a role
may not do, 200 for each allowed combination; the credential's department reaches policy,
the hosted user id and the audit record."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from local_models import DEMO_MODEL_ID
from router.access import AccessSettings, KeyAdmin
from router.access.keys import key_id_of
from router.access.tokens import signing_secret
from tests.integration.conftest import hosted_overrides, sdk

PERSONAL = "Summarise the referral for the patient with NHS number 943 476 5919."
PUBLIC = "What is the capital of France?"
ACCESS: dict[str, Any] = {
    "enabled": True,
    "cache_ttl_s": 0.5,
    "rbac": {
        "HMRC": {
            "caseworker": {"allowed_routes": ["local"], "max_level": "special"},
            "analyst": {"allowed_routes": ["hosted", "local"], "max_level": "public"},
        },
        "DWP": {"*": {"allowed_models": [DEMO_MODEL_ID]}},
        "Cabinet-Office": {"*": {}},
        "Home-Office": {"*": {}},
    },
}


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(access=ACCESS, **hosted_overrides(upstream.base_url)))


@pytest.fixture(scope="module")
def admin(router: str, data_dir: Path) -> Any:
    keys = KeyAdmin(AccessSettings(**ACCESS), data_dir)
    yield keys
    keys.close()


@pytest.fixture(scope="module")
def keys(admin: KeyAdmin) -> dict[str, str]:
    return {
        "caseworker": admin.create("HMRC", ("caseworker",))[0],
        "analyst": admin.create("HMRC", ("analyst",))[0],
        "intern": admin.create("HMRC", ("intern",))[0],
        "dwp": admin.create("DWP", ("caseworker",))[0],
        "expired": admin.create("DWP", ("caseworker",), expires_in_s=-1)[0],
        "typo": admin.create("HMCR", ("caseworker",))[0],  # a department the policy file does not name
    }


def _post(router: str, text: str, authorization: str | None, model: str = "auto") -> httpx.Response:
    headers = {} if authorization is None else {"Authorization": authorization}
    body = {"model": model, "messages": [{"role": "user", "content": text}], "max_tokens": 4}
    return httpx.post(f"{router}/v1/chat/completions", json=body, headers=headers, timeout=60.0)


def _assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) >= {"message", "type", "param", "code"}
    return dict(error)


def test_missing_malformed_and_wrong_credentials_are_401(router: str, keys: dict[str, str]) -> None:
    good = keys["caseworker"]
    wrong = good[:-3] + ("aaa" if not good.endswith("aaa") else "bbb")
    bodies = []
    for authorization in (None, "", "Bearer", "Basic " + good, good, "Bearer sk-not-ours", "Bearer " + wrong,
                          "Bearer " + keys["expired"], "Bearer a.b.c"):
        response = _post(router, PERSONAL, authorization)
        error = _assert_error(response, 401)
        assert error["type"] == "authentication_error"
        assert response.headers["www-authenticate"].startswith("Bearer")
        bodies.append(error)
    assert all(body == bodies[0] for body in bodies)  # nothing tells an attacker which case it was


def test_revoked_key_is_refused_within_seconds(router: str, admin: KeyAdmin) -> None:
    key, record = admin.create("HMRC", ("caseworker",))
    issued = httpx.post(f"{router}/v1/tokens", json={"ttl_minutes": 30},
                        headers={"Authorization": f"Bearer {key}"}, timeout=30)
    token = issued.json()["token"]
    for credential in (key, token):
        assert _post(router, PERSONAL, f"Bearer {credential}").status_code == 200
    admin.revoke(record.key_id)
    refused: set[str] = set()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(refused) < 2:
        for credential in {key, token} - refused:
            response = _post(router, PERSONAL, f"Bearer {credential}")
            if response.status_code == 401:
                # The same answer as for a key that never existed: nothing says it was revoked.
                assert _assert_error(response, 401) == _assert_error(_post(router, PERSONAL, "Bearer sk-not"), 401)
                refused.add(credential)
        time.sleep(0.2)
    # The key's tokens end with it: a token issued from a revoked key is refused as fast as the key.
    assert refused == {key, token}, "a revoked key (or a token issued from it) was still accepted after 10 s"


def test_allowed_combinations_answer(router: str, keys: dict[str, str], upstream: Any) -> None:
    ok = _post(router, PERSONAL, f"Bearer {keys['caseworker']}")
    assert ok.status_code == 200 and ok.headers["x-sovereign-route"] == "local"
    hosted = _post(router, PUBLIC, f"Bearer {keys['analyst']}")
    assert hosted.status_code == 200 and hosted.headers["x-sovereign-route"] == "hosted"
    dwp = _post(router, PERSONAL, f"Bearer {keys['dwp']}", model=DEMO_MODEL_ID)
    assert dwp.status_code == 200
    completion = sdk(router, keys["caseworker"]).chat.completions.create(
        model="auto", messages=[{"role": "user", "content": PERSONAL}], max_tokens=4)
    assert completion.choices[0].message is not None
    # The hosted API sees the department's opaque id, not a shared one and not the key.
    [record] = upstream.records
    assert record["body"]["user"].startswith("sr-")
    assert keys["analyst"] not in str(record)


def test_department_user_ids_differ(router: str, keys: dict[str, str], upstream: Any, admin: KeyAdmin) -> None:
    other, _ = admin.create("Cabinet-Office", ("any",))
    for key in (keys["analyst"], other):
        assert _post(router, PUBLIC, f"Bearer {key}").status_code == 200
    users = [record["body"]["user"] for record in upstream.records]
    assert len(users) == 2 and users[0] != users[1]


def test_what_roles_may_not_do_is_403(router: str, keys: dict[str, str]) -> None:
    cases = [
        (keys["caseworker"], PUBLIC, "auto", "route_not_allowed"),  # public goes hosted; caseworkers: local only
        (keys["analyst"], PERSONAL, "auto", "sensitivity_not_allowed"),  # above the role's maximum level
        (keys["dwp"], PUBLIC, "gpt-4.1-mini", "model_not_allowed"),  # HMRC analysts' hosted model; not DWP's
        (keys["intern"], PERSONAL, "auto", "role_not_allowed"),  # a role HMRC does not list
        (keys["typo"], PERSONAL, "auto", "role_not_allowed"),  # a department access.rbac does not list
    ]
    for key, text, model, code in cases:
        error = _assert_error(_post(router, text, f"Bearer {key}", model=model), 403)
        assert (error["type"], error["code"]) == ("permission_error", code)


def test_tokens_issued_over_http(router: str, keys: dict[str, str], data_dir: Path) -> None:
    response = httpx.post(f"{router}/v1/tokens", json={"ttl_minutes": 5, "max_level": "personal"},
                          headers={"Authorization": f"Bearer {keys['caseworker']}", "x-request-id": "token-issued"},
                          timeout=30)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"  # RFC 6749 §5.1: no cache keeps a credential
    token = response.json()["token"]
    # Audited as every request is: who asked and the outcome, never the token.
    issued = _audit_rows(data_dir, "token-issued")
    assert [(r["endpoint"], r["status"], r["principal"]) for r in issued] == [
        ("tokens", 200, f"key:{key_id_of(keys['caseworker'])}")]
    assert token not in str(issued)
    assert 290 <= response.json()["expires_in"] <= 300
    assert _post(router, PERSONAL, f"Bearer {token}").status_code == 200
    special = "OFFICIAL-SENSITIVE: summarise the attached briefing on staffing levels."
    _assert_error(_post(router, special, f"Bearer {token}"), 403)  # the token's own max level
    # A token cannot mint tokens, nor widen roles.
    _assert_error(httpx.post(f"{router}/v1/tokens", json={}, headers={"Authorization": f"Bearer {token}"}), 403)
    _assert_error(httpx.post(f"{router}/v1/tokens", json={"roles": ["analyst"]},
                             headers={"Authorization": f"Bearer {keys['caseworker']}"}), 403)
    _assert_error(httpx.post(f"{router}/v1/tokens", json={}), 401)
    # Expired, and signed by a key the router does not know: 401.
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    root = bytes.fromhex((data_dir / "keys" / "access.key").read_text().strip())
    expired = jwt.encode({**claims, "exp": int(time.time()) - 5}, signing_secret(root, header["kid"]),
                         algorithm="HS256", headers={"kid": header["kid"]})
    forged = jwt.encode(claims, b"k" * 32, algorithm="HS256", headers={"kid": "unknown-kid"})
    for bad in (expired, forged):
        _assert_error(_post(router, PERSONAL, f"Bearer {bad}"), 401)


def test_token_requests_refused_early_are_audited_and_a_misspelt_field_is_400(
    router: str, keys: dict[str, str], data_dir: Path
) -> None:
    headers = {"Authorization": f"Bearer {keys['caseworker']}"}
    # A typo must not silently give the default lifetime: 400 naming the field.
    error = _assert_error(httpx.post(f"{router}/v1/tokens", json={"ttl_minute": 5}, headers=headers, timeout=30), 400)
    assert error["param"] == "ttl_minute" and "ttl_minute" in error["message"]
    # A body over the limit is refused before it is read, and still leaves its audit record.
    response = httpx.post(f"{router}/v1/tokens", content=b"{" + b" " * (128 * 1024) + b"}",
                          headers={**headers, "content-type": "application/json", "x-request-id": "token-413"},
                          timeout=30)
    _assert_error(response, 413)
    assert [(r["endpoint"], r["status"]) for r in _audit_rows(data_dir, "token-413")] == [("tokens", 413)]


def _audit_rows(data_dir: Path, request_id: str, timeout_s: float = 20.0) -> list[dict[str, Any]]:
    import sqlite3

    import orjson

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with sqlite3.connect(data_dir / "audit" / "audit.sqlite3") as db:
            rows = [orjson.loads(body) for (body,) in db.execute("SELECT body FROM audit_records").fetchall()]
        found = [row for row in rows if row["request_id"] == request_id]
        if found:
            return found
        time.sleep(0.2)
    return []


def test_audit_records_name_the_department_and_credential(router: str, admin: KeyAdmin, data_dir: Path) -> None:
    import sqlite3

    import orjson

    key, record = admin.create("Home-Office", ("caseworker",))
    assert _post(router, PERSONAL, f"Bearer {key}").status_code == 200
    _post(router, PERSONAL, None)
    deadline = time.monotonic() + 20
    found: list[dict[str, Any]] = []
    while time.monotonic() < deadline and not found:
        with sqlite3.connect(data_dir / "audit" / "audit.sqlite3") as db:
            rows = db.execute("SELECT body FROM audit_records WHERE department = 'Home-Office'").fetchall()
        found = [orjson.loads(body) for (body,) in rows]
        time.sleep(0.2)
    assert [(r["principal"], r["status"]) for r in found] == [(f"key:{record.key_id}", 200)]


def test_openapi_and_docs_are_served(router: str) -> None:
    document = httpx.get(f"{router}/openapi.json", timeout=10).json()
    assert "/v1/tokens" in document["paths"] and "bearer" in document["components"]["securitySchemes"]
    page = httpx.get(f"{router}/docs", timeout=10)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")


def test_models_need_a_credential_and_show_what_it_may_use(router: str, keys: dict[str, str]) -> None:
    _assert_error(httpx.get(f"{router}/v1/models", timeout=10), 401)
    dwp = httpx.get(f"{router}/v1/models", headers={"Authorization": f"Bearer {keys['dwp']}"}, timeout=10)
    assert [card["id"] for card in dwp.json()["data"]] == ["auto", DEMO_MODEL_ID]
    hmrc = httpx.get(f"{router}/v1/models", headers={"Authorization": f"Bearer {keys['analyst']}"}, timeout=10)
    assert "gpt-4.1-mini" in [card["id"] for card in hmrc.json()["data"]]
