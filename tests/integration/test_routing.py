"""The promise end to end: general questions go hosted, personal data never leaves."""

from __future__ import annotations

import re
from typing import Any

import httpx
import openai
import pytest

from tests.integration.conftest import UPSTREAM_KEY, auth_headers, hosted_overrides, recorded_text, sdk

GENERAL = "What is the capital of France?"
SENSITIVE = {
    "nhs_number": "Summarise the referral for the patient with NHS number 943 476 5919.",
    "nino": "Draft a letter to the claimant, National Insurance number JG 10 37 59 A, about their payment.",
    "email": "Reply to jane.doe@example.co.uk about her missing parcel.",
    "official_sensitive": "OFFICIAL-SENSITIVE: summarise the attached briefing on staffing levels.",
}
MARKERS = {
    "nhs_number": "943 476 5919",
    "nino": "JG 10 37 59 A",
    "email": "jane.doe@example.co.uk",
    "official_sensitive": "staffing levels",
}


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(**hosted_overrides(upstream.base_url)))


@pytest.fixture
def client(router: str) -> openai.OpenAI:
    return sdk(router)


def _chat(client: openai.OpenAI, text: str, model: str = "auto", **extra: Any) -> Any:
    return client.chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": text}], max_tokens=8, **extra
    )


def test_general_question_is_answered_through_the_hosted_upstream(client: openai.OpenAI, upstream: Any) -> None:
    raw = _chat(client, GENERAL)
    completion = raw.parse()
    assert completion.choices[0].message.content
    assert raw.headers["x-sovereign-route"] == "hosted"
    assert raw.headers["x-sovereign-sensitivity"] == "public"
    assert raw.headers["x-sovereign-model"] == "gpt-4.1-mini"
    assert raw.headers["x-ai-generated"] == "true"
    [request_id] = raw.headers.get_list("x-request-id")  # one id, not ours and Ray's side by side
    assert len(request_id) >= 16
    timing = raw.headers["server-timing"]
    for stage in ("classify", "policy", "backend", "total"):
        assert f"{stage};dur=" in timing
    [record] = upstream.records
    assert record["path"] == "/v1/chat/completions"
    assert record["body"]["messages"][0]["content"] == GENERAL
    assert record["body"]["store"] is False
    assert record["body"]["service_tier"] == "priority"


@pytest.mark.parametrize("kind", sorted(SENSITIVE))
def test_personal_data_is_answered_locally_and_never_sent(client: openai.OpenAI, upstream: Any, kind: str) -> None:
    raw = _chat(client, SENSITIVE[kind])
    assert raw.parse().choices[0].message.content is not None
    assert raw.headers["x-sovereign-route"] == "local"
    assert raw.headers["x-sovereign-model"] == "local-demo-tiny"
    assert raw.headers["x-sovereign-sensitivity"] in {"personal", "special"}
    assert upstream.records == []
    assert MARKERS[kind] not in recorded_text(upstream)


def test_official_sensitive_is_special(client: openai.OpenAI) -> None:
    assert _chat(client, SENSITIVE["official_sensitive"]).headers["x-sovereign-sensitivity"] == "special"


def test_secret_is_refused_with_403(client: openai.OpenAI, upstream: Any) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        _chat(client, "SECRET\nSummarise the operational plan for next week.")
    assert caught.value.status_code == 403
    assert caught.value.code == "sensitivity_not_allowed"
    assert upstream.records == []


def test_hosted_model_asked_for_with_personal_data_is_rerouted(client: openai.OpenAI, upstream: Any) -> None:
    raw = _chat(client, SENSITIVE["nhs_number"], model="gpt-4.1")
    assert raw.headers["x-sovereign-route"] == "local"
    assert raw.headers["x-sovereign-rerouted-from"] == "gpt-4.1"
    assert raw.parse().model == "local-demo-tiny"
    assert upstream.records == []


def test_client_can_raise_the_level_but_not_lower_it(client: openai.OpenAI, upstream: Any) -> None:
    raised = _chat(client, GENERAL, extra_headers={"X-Sensitivity": "personal"})
    assert raised.headers["x-sovereign-route"] == "local"
    via_metadata = _chat(client, GENERAL, metadata={"sensitivity": "special"})
    assert via_metadata.headers["x-sovereign-sensitivity"] == "special"
    lowered = _chat(client, SENSITIVE["email"], extra_headers={"X-Sensitivity": "public"})
    assert lowered.headers["x-sovereign-route"] == "local"
    assert upstream.records == []


def test_completions_endpoint_routes_both_ways(client: openai.OpenAI, upstream: Any) -> None:
    public = client.completions.with_raw_response.create(model="auto", prompt=GENERAL, max_tokens=8)
    assert public.headers["x-sovereign-route"] == "hosted"
    assert public.parse().choices[0].text
    personal = client.completions.with_raw_response.create(model="auto", prompt=SENSITIVE["nino"], max_tokens=8)
    assert personal.headers["x-sovereign-route"] == "local"
    assert personal.parse().usage.completion_tokens <= 8
    assert MARKERS["nino"] not in recorded_text(upstream)


def test_models_lists_local_and_hosted_with_their_route(router: str) -> None:
    models = {m["id"]: m for m in httpx.get(f"{router}/v1/models", headers=auth_headers()).json()["data"]}
    assert models["local-demo-tiny"]["sovereign"] == {"route": "local", "levels": ["public", "personal", "special"]}
    assert models["gpt-4.1-mini"]["sovereign"] == {"route": "hosted", "levels": ["public"]}
    assert models["gpt-4.1-mini"]["object"] == "model"


def test_health_readiness_and_metrics(router: str, client: openai.OpenAI) -> None:
    assert httpx.get(f"{router}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{router}/readyz").json()
    assert ready["status"] == "ready" and ready["hosted"] == "enabled"
    assert "haproxy_ports" not in ready  # HAProxy mode: its stats and metrics ports are on loopback
    _chat(client, GENERAL)
    metrics = httpx.get(f"{router}/metrics").text
    assert re.search(r'sovereign_requests_total\{department="[^"]+",level="public",route="hosted",status="200"\}',
                     metrics)


def test_upstream_is_called_with_the_routers_key_not_the_clients(client: openai.OpenAI, upstream: Any) -> None:
    _chat(client, GENERAL)
    [record] = upstream.records
    assert record["headers"]["authorization"] == f"Bearer {UPSTREAM_KEY}"
