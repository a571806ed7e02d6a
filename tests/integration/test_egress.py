"""Guarantee 4: what reaches the hosted API is the minimum the request needs."""

from __future__ import annotations

from typing import Any

import pytest

from router.access.keys import KEY_PREFIX
from tests.integration.conftest import CLIENT_KEY, SUITE_DEPARTMENT, UPSTREAM_KEY, hosted_overrides, sdk


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(**hosted_overrides(upstream.base_url)))


def test_only_the_needed_fields_and_none_of_the_clients_headers_cross(router: str, upstream: Any) -> None:
    client = sdk(router)
    client.chat.completions.create(
        model="auto",
        messages=[{"role": "user", "content": "Which river flows through London?"}],
        max_tokens=5,
        user="caseworker-4711",
        metadata={"ticket": "INC-99"},
        extra_headers={"X-Sovereign-Department": "hmrc", "X-Stainless-Custom": "client-marker"},
        extra_body={"made_up_field": "should not cross"},
    )
    [record] = upstream.records
    headers, body = record["headers"], record["body"]
    assert headers["authorization"] == f"Bearer {UPSTREAM_KEY}"
    assert CLIENT_KEY not in str(headers)
    assert not [name for name in headers if name.startswith("x-sovereign")]
    assert not [name for name in headers if name.startswith("x-stainless")]
    assert "client-marker" not in str(headers)
    assert body["store"] is False
    assert body["service_tier"] == "priority"
    assert "metadata" not in body and "made_up_field" not in body
    assert body["user"].startswith("sr-") and "caseworker" not in body["user"]
    assert set(body) <= {"model", "messages", "max_tokens", "user", "store", "service_tier", "stream"}
    # Nowhere in what the upstream recorded (path, headers, body): who asked, with which key, for whom.
    everything = str(record)
    # The key's id and its secret whole: the secret's own characters may include `_`, so
    # splitting on every `_` could give an empty or one-letter piece that any text contains.
    key_id, key_secret = CLIENT_KEY.removeprefix(KEY_PREFIX).split("_", 1)
    for internal in (SUITE_DEPARTMENT, "hmrc", key_id, key_secret, "caseworker-4711", "INC-99"):
        assert internal not in everything, internal


def test_the_opaque_user_id_is_stable_per_department(router: str, upstream: Any) -> None:
    client = sdk(router)
    for user in ("alice", "bob"):
        client.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "Define photosynthesis."}], max_tokens=3, user=user
        )
    first, second = (record["body"]["user"] for record in upstream.records)
    assert first == second
