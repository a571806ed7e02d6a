"""Every sensitive row of a held-out evaluation set, sent through the real app: none reaches the upstream.

The quality reports measure the classifier on its own; this sends the same rows as
requests through the whole pipeline (parse, egress schema, classify, policy), streaming
and not, with the recording simulator as the hosted API. A sensitive row must be
answered inside the boundary, so the recording holds nothing of any of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.integration.conftest import auth_headers, hosted_overrides

HELD_OUT = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "classify_holdout.jsonl"


def _sensitive_rows() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in HELD_OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row["sensitive"]]


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(**hosted_overrides(upstream.base_url)))


@pytest.mark.parametrize("stream", [False, True], ids=["create", "stream"])
def test_no_sensitive_held_out_row_reaches_the_hosted_api(router: str, upstream: Any, stream: bool) -> None:
    rows = _sensitive_rows()
    assert len(rows) > 100
    routes: dict[str, str] = {}
    with httpx.Client(base_url=router, timeout=60, headers=auth_headers()) as client:
        for row in rows:
            body = {"model": "auto", "messages": [{"role": "user", "content": row["text"]}], "max_tokens": 1,
                    "stream": stream}
            response = client.post("/v1/chat/completions", json=body)
            assert response.status_code in (200, 403), response.text  # 403: SECRET, refused by policy
            routes[row["id"]] = response.headers["x-sovereign-route"]
    leaked = sorted(row_id for row_id, route in routes.items() if route not in ("local", "none"))
    assert leaked == [], f"rows answered outside the boundary: {leaked}"
    assert upstream.records == []
