"""Priority classes at a local model's queue: one department's flood cannot take another's reserved slot.

The local model is an in-boundary server (the project's upstream simulator on loopback,
paced at 20 tokens/s so each request holds its slot for seconds) with two slots: one
reserved for the class `sensitive`, one shared. Department `Bulk` (class `standard`)
floods it; department `Care` (class `sensitive`) must be admitted at once, ahead of
the Bulk requests already waiting, while a Bulk request sent at the same moment waits
its turn. The order is read from what the server received, and the queue depth by
class from the router's /metrics.
"""

from __future__ import annotations

import concurrent.futures
import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from router.access import AccessSettings, KeyAdmin
from tests.integration.conftest import auth_headers, hosted_overrides

MODEL = "dept-sim"
ACCESS: dict[str, Any] = {"enabled": True}
POLICY: dict[str, Any] = {"departments": {"*": {}, "default": {}, "Care": {"priority_class": "sensitive"}}}


@pytest.fixture(scope="module")
def sim_options() -> dict[str, Any]:
    return {"tokens_per_s": 20}


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any, _sim_server: Any) -> str:
    in_boundary = {
        "engine": "openai",
        "model_id": MODEL,
        "served_model_name": "gpt-4.1-mini",
        "url": _sim_server.base_url,
        "in_boundary": True,
        "max_ongoing_requests": 2,
        "max_queued_requests": 16,
        "reserved_shares": {"sensitive": 0.5},
    }
    return str(
        deploy(local={"models": [in_boundary]}, access=ACCESS, policy=POLICY, **hosted_overrides(upstream.base_url))
    )


@pytest.fixture(scope="module")
def keys(router: str, data_dir: Path) -> Any:
    admin = KeyAdmin(AccessSettings(**ACCESS), data_dir)
    try:
        yield {"bulk": admin.create("Bulk", ("caseworker",))[0], "care": admin.create("Care", ("caseworker",))[0]}
    finally:
        admin.close()


def _ask(router: str, key: str, tag: str, max_tokens: int) -> int:
    body = {"model": MODEL, "messages": [{"role": "user", "content": f"request {tag}"}],
            "max_tokens": max_tokens, "stream": True}
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, timeout=120.0,
                      headers=auth_headers(key)) as response:
        for _ in response.iter_lines():
            pass
        return response.status_code


def _queued(router: str, klass: str) -> float:
    text = httpx.get(f"{router}/metrics", timeout=10.0, headers=auth_headers()).text
    match = re.search(rf'sovereign_local_queue_depth{{model="{MODEL}",priority_class="{klass}"}} (\S+)', text)
    return float(match.group(1)) if match else -1.0


def _wait_for(condition: Any, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _order(sim: Any) -> list[str]:
    return [record["body"]["messages"][0]["content"].removeprefix("request ") for record in sim.records
            if record["path"].endswith("/chat/completions")]


def test_a_reserved_class_is_admitted_ahead_of_another_departments_flood(
    router: str, keys: dict[str, str], sim: Any, upstream: Any
) -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        flood = [pool.submit(_ask, router, keys["bulk"], f"bulk{i}", 40) for i in range(4)]
        # One Bulk request holds the shared slot; three wait (the reserved slot is not theirs).
        _wait_for(lambda: _queued(router, "standard") == 3)
        assert _order(sim) and _order(sim)[0].startswith("bulk")
        late_bulk = pool.submit(_ask, router, keys["bulk"], "late-bulk", 2)
        _wait_for(lambda: _queued(router, "standard") == 4)
        care = pool.submit(_ask, router, keys["care"], "care", 2)
        assert care.result(timeout=60) == 200
        received_when_care_finished = len(_order(sim))
        statuses = [f.result(timeout=120) for f in [*flood, late_bulk]]

    order = _order(sim)
    assert statuses == [200] * 5
    assert order.index("care") < order.index("late-bulk")
    assert order.index("care") < received_when_care_finished <= 3  # at most the Bulk in flight went first
    assert sorted(order) == sorted(["care", "late-bulk", *(f"bulk{i}" for i in range(4))])
    assert _queued(router, "standard") == 0 and _queued(router, "sensitive") == 0
    assert upstream.records == []
