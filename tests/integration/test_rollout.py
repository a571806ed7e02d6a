"""Staged rollout and AI-content labels over the real Serve app.

One config variant (shared with test_retention.py, so the two modules pay one deploy):
access on; department HMRC splits its callers 30/70 between the tiny local model
(stable) and a second local model (canary) served by the project's upstream simulator
as an in-boundary OpenAI-compatible server, and labels its answers; DWP retains text
encrypted; any other department gets the default policy. The simulator records what
it received, so a canary answer is proven to come from the canary, not just said to.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from local_models import DEMO_MODEL_ID
from router.access import AccessSettings, KeyAdmin
from router.audit.retention import new_key
from router.labels import FOOTER_SEPARATOR
from router.rollout import ARM_HEADER, RolloutSettings, arm_for

CANARY = "canary-sim"
CANARY_PERCENT = 30.0
LABEL = "AI-generated: check before relying on it."
ACCESS: dict[str, Any] = {"enabled": True, "cache_ttl_s": 0.5}
ROLLOUT = RolloutSettings(stable=DEMO_MODEL_ID, canary=CANARY, canary_percent=CANARY_PERCENT)


def governance_overrides(upstream: Any, data_dir: Path) -> dict[str, Any]:
    """The config variant of this module and test_retention.py."""
    key_file = data_dir / "keys" / "retention.key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(new_key() + "\n")
        key_file.chmod(0o600)
    return {
        "access": ACCESS,
        "local": {"models": [{"engine": "openai", "model_id": CANARY, "url": upstream.base_url,
                              "in_boundary": True, "served_model_name": "canary-upstream"}]},
        "policy": {"departments": {
            "*": {},
            "HMRC": {"rollout": ROLLOUT.model_dump(),
                     "ai_label": {"text": LABEL, "body_field": True, "footer": True}},
            "DWP": {"retention": "encrypted"},
        }},
        "audit": {"retention_key_file": str(key_file)},
    }


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any, data_dir: Path) -> str:
    return str(deploy(**governance_overrides(upstream, data_dir)))


@pytest.fixture(scope="module")
def admin(router: str, data_dir: Path) -> Any:
    keys = KeyAdmin(AccessSettings(**ACCESS), data_dir)
    yield keys
    keys.close()


def _body(text: str, model: str = "auto", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": text}], "max_tokens": 4, **extra}


def _post(router: str, key: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{router}/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"},
                      timeout=60.0)


def _rollout_count(router: str, arm: str, model: str) -> float:
    text = httpx.get(f"{router}/metrics", timeout=30).text
    pattern = (rf'^sovereign_rollout_requests_total\{{(?=[^}}]*department="HMRC")(?=[^}}]*arm="{arm}")'
               rf'(?=[^}}]*model="{re.escape(model)}")[^}}]*\}} (\S+)$')
    match = re.search(pattern, text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def test_each_key_gets_its_arm_every_time_and_the_split_follows_the_percentage(
    router: str, admin: KeyAdmin, upstream: Any
) -> None:
    n = 120
    keys = [admin.create("HMRC", ("caseworker",)) for _ in range(n)]
    expected = {key: arm_for("HMRC", ROLLOUT, f"key:{record.key_id}") for key, record in keys}
    before = {arm: _rollout_count(router, arm, model) for arm, model in (("canary", CANARY),
                                                                        ("stable", DEMO_MODEL_ID))}
    upstream.clear_records()

    async def ask_all() -> list[tuple[str, httpx.Response]]:
        limit = asyncio.Semaphore(8)
        async with httpx.AsyncClient(timeout=120) as client:
            async def ask(key: str, round_: int) -> tuple[str, httpx.Response]:
                async with limit:
                    response = await client.post(
                        f"{router}/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                        json=_body(f"Name a British bird (round {round_}).", max_tokens=1))
                    return key, response
            # Every key twice: the second answer must come from the same arm as the first.
            return await asyncio.gather(*(ask(key, r) for r in (1, 2) for key, _ in keys))

    results = asyncio.run(ask_all())
    arms: dict[str, set[str]] = {}
    for key, response in results:
        assert response.status_code == 200, response.text
        arm = response.headers[ARM_HEADER]
        model = response.headers["x-sovereign-model"]
        assert model == (CANARY if arm == "canary" else DEMO_MODEL_ID)
        arms.setdefault(key, set()).add(arm)
    assert all(len(seen) == 1 for seen in arms.values())  # sticky
    assert {key: seen.pop() for key, seen in arms.items()} == expected  # the hash the router uses
    canary = sum(1 for arm in expected.values() if arm == "canary")
    # Binomial(n, 0.3): mean 36, sd 5.0; 5 sd either side. (The ratio itself is tested over
    # 20,000 callers in tests/unit/router/test_rollout.py; here it shows the wiring.)
    sd = (n * 0.3 * 0.7) ** 0.5
    assert abs(canary - n * 0.3) <= 5 * sd
    # The canary's answers came from the canary server, asked for by its served name.
    assert len(upstream.records) == 2 * canary
    assert {r["body"]["model"] for r in upstream.records} <= {"canary-upstream"}
    after = {arm: _rollout_count(router, arm, model) for arm, model in (("canary", CANARY),
                                                                       ("stable", DEMO_MODEL_ID))}
    assert after["canary"] - before["canary"] == 2 * canary
    assert after["stable"] - before["stable"] == 2 * (n - canary)


def test_other_departments_have_no_rollout(router: str, admin: KeyAdmin) -> None:
    key, _ = admin.create("DfE", ("caseworker",))
    for _ in range(3):
        response = _post(router, key, _body("Name a British bird."))
        assert response.status_code == 200, response.text
        assert ARM_HEADER not in response.headers
        assert response.headers["x-sovereign-model"] == DEMO_MODEL_ID


def test_the_label_is_added_to_non_streaming_answers_and_changes_nothing_else(
    router: str, admin: KeyAdmin
) -> None:
    labelled_key, _ = admin.create("HMRC", ("caseworker",))
    plain_key, _ = admin.create("DfE", ("caseworker",))
    # The canary server answers deterministically: the same question to the same model,
    # once through a department that labels and once through one that does not.
    body = _body("What is the capital of France?", model=CANARY)
    labelled, plain = _post(router, labelled_key, body), _post(router, plain_key, body)
    assert labelled.status_code == plain.status_code == 200, (labelled.text, plain.text)
    assert labelled.headers["x-ai-generated"] == plain.headers["x-ai-generated"] == "true"
    got, want = labelled.json(), plain.json()
    assert got.pop("sovereign") == {"ai_generated": True, "label": LABEL}
    assert "sovereign" not in want
    content = got["choices"][0]["message"]["content"]
    assert content == want["choices"][0]["message"]["content"] + FOOTER_SEPARATOR + LABEL
    for field in ("id", "created"):
        got.pop(field), want.pop(field)
    got["choices"][0]["message"]["content"] = want["choices"][0]["message"]["content"]
    assert got == want


def test_streams_keep_the_header_only(router: str, admin: KeyAdmin) -> None:
    key, _ = admin.create("HMRC", ("caseworker",))
    with httpx.stream("POST", f"{router}/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                      json=_body("What is the capital of France?", model=CANARY, stream=True), timeout=60) as response:
        assert response.status_code == 200
        assert response.headers["x-ai-generated"] == "true"
        text = "".join(response.iter_text())
    assert LABEL not in text and '"sovereign"' not in text
    assert text.rstrip().endswith("data: [DONE]")
