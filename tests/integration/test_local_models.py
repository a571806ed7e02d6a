"""Several local models behind one router: aliases, an in-boundary OpenAI-compatible server, /v1/models.

The in-boundary server here is the project's own OpenAI-compatible upstream (a second
upstream-sim on loopback, apart from the one that stands in for the hosted API): what
it records is what the local path sent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from local_models import DEMO_MODEL_ID
from router.access import AccessSettings, KeyAdmin
from tests.integration.conftest import auth_headers, hosted_overrides, sdk

PERSONAL = "Reply to jane.doe@example.co.uk about her missing parcel."
PUBLIC = "What is the capital of France?"
# Authentication on, so that the department comes from the key: `Strict` refuses a model
# asked for above its levels instead of re-routing (both the '*' entry and the older
# 'default' placeholder are listed, so the module runs either way round).
ACCESS: dict[str, Any] = {"enabled": True}
POLICY: dict[str, Any] = {
    "departments": {"*": {}, "default": {}, "Strict": {"hosted_model_when_sensitive": "reject"}}
}


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any, _sim_server: Any) -> str:
    in_boundary = {
        "engine": "openai",
        "model_id": "dept-vllm",
        "aliases": ["gov-sensitive"],
        "served_model_name": "gpt-4.1-mini",  # a name the simulator answers to
        "url": _sim_server.base_url,
        "in_boundary": True,
        "levels": ["personal", "special"],
        "num_cpus": 0.1,
    }
    return str(
        deploy(
            local={"aliases": ["gov-general"], "models": [in_boundary]},
            access=ACCESS,
            policy=POLICY,
            **hosted_overrides(upstream.base_url),
        )
    )


@pytest.fixture(scope="module")
def strict_key(router: str, data_dir: Path) -> Any:
    admin = KeyAdmin(AccessSettings(**ACCESS), data_dir)
    try:
        yield admin.create("Strict", ("caseworker",))[0]
    finally:
        admin.close()


@pytest.fixture
def client(router: str) -> openai.OpenAI:
    return sdk(router)


def _chat(client: openai.OpenAI, model: str, text: str = PERSONAL) -> Any:
    return client.chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": text}], max_tokens=6
    )


def test_models_lists_auto_every_local_name_and_the_hosted_models(client: openai.OpenAI, router: str) -> None:
    listed = httpx.get(f"{router}/v1/models", timeout=10.0, headers=auth_headers()).json()["data"]
    cards = {card["id"]: card for card in listed}
    ids = list(cards)

    assert ids[0] == "auto"
    assert cards["auto"]["sovereign"] == {"route": "auto", "levels": ["public", "personal", "special"]}
    assert ids[1:4] == [DEMO_MODEL_ID, "gov-general", "dept-vllm"]
    assert cards["gov-sensitive"]["sovereign"] == {"route": "local", "levels": ["personal", "special"]}
    assert cards["gpt-4.1-mini"]["sovereign"]["route"] == "hosted"
    # The SDK's own listing works, and a model it retrieves is one the router serves.
    assert "auto" in [model.id for model in client.models.list()]


def test_the_sdk_retrieves_one_model_and_an_unknown_one_is_a_404(client: openai.OpenAI, router: str) -> None:
    auto = client.models.retrieve("auto")
    alias = client.models.retrieve("gov-sensitive")

    assert auto.id == "auto" and auto.object == "model"
    assert alias.id == "gov-sensitive" and alias.model_extra is not None
    assert alias.model_extra["sovereign"] == {"route": "local", "levels": ["personal", "special"]}
    with pytest.raises(openai.NotFoundError) as caught:
        client.models.retrieve("no-such-model")
    assert caught.value.code == "model_not_found" and caught.value.param == "model"
    assert httpx.get(f"{router}/v1/models/auto", timeout=10.0).status_code == 401  # the same admission as the list


def test_an_alias_reaches_the_in_boundary_server_never_the_hosted_api(
    client: openai.OpenAI, upstream: Any, sim: Any
) -> None:
    raw = _chat(client, "gov-sensitive")
    completion = raw.parse()

    assert raw.headers["x-sovereign-route"] == "local"
    assert completion.model == "dept-vllm"
    assert completion.choices[0].message.content
    [record] = sim.records
    assert record["body"]["model"] == "gpt-4.1-mini"
    assert upstream.records == []


def test_the_default_models_alias_is_answered_by_the_default_model(client: openai.OpenAI, sim: Any) -> None:
    completion = _chat(client, "gov-general").parse()
    assert completion.model == DEMO_MODEL_ID
    assert sim.records == []


def test_streaming_through_the_in_boundary_server(client: openai.OpenAI, sim: Any) -> None:
    stream = client.chat.completions.create(
        model="dept-vllm", messages=[{"role": "user", "content": PERSONAL}], max_tokens=4, stream=True
    )
    chunks = list(stream)
    assert chunks and all(chunk.model == "dept-vllm" for chunk in chunks)
    assert len(sim.records) == 1


def test_an_in_boundary_outage_is_a_503_and_never_goes_hosted(client: openai.OpenAI, upstream: Any, sim: Any) -> None:
    sim.set_fault(503)
    with pytest.raises(openai.APIStatusError) as caught:
        _chat(client, "dept-vllm")
    assert caught.value.status_code == 503
    assert upstream.records == []


def test_a_local_model_asked_for_a_level_it_may_not_serve_is_rerouted_inside_the_boundary(
    client: openai.OpenAI, upstream: Any, sim: Any
) -> None:
    # dept-vllm serves personal and special only; a public question goes to the default model.
    raw = _chat(client, "dept-vllm", PUBLIC)
    assert raw.headers["x-sovereign-route"] == "local"
    assert raw.headers["x-sovereign-model"] == DEMO_MODEL_ID
    assert raw.headers["x-sovereign-rerouted-from"] == "dept-vllm"
    assert raw.parse().model == DEMO_MODEL_ID
    assert sim.records == [] and upstream.records == []


def test_a_local_model_asked_for_a_level_it_may_not_serve_is_refused_when_the_policy_rejects(
    router: str, strict_key: str, upstream: Any, sim: Any
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        _chat(sdk(router, strict_key), "dept-vllm", PUBLIC)
    error = caught.value.body
    assert isinstance(error, dict)
    assert (error["code"], error["param"]) == ("sensitivity_not_allowed", "model")
    assert caught.value.response.headers["x-sovereign-sensitivity"] == "public"
    assert sim.records == [] and upstream.records == []
    # within its levels the same department is answered by the model it asked for
    assert _chat(sdk(router, strict_key), "dept-vllm").parse().model == "dept-vllm"


def test_a_broken_in_boundary_answer_is_a_503_or_an_error_event_never_a_complete_one(
    router: str, client: openai.OpenAI, upstream: Any, sim: Any
) -> None:
    # A 200 that is not JSON (a proxy's HTML page): 503, not 500.
    sim.set_fault(wrong_content_type=True, count=1)
    with pytest.raises(openai.APIStatusError) as caught:
        _chat(client, "dept-vllm")
    assert caught.value.status_code == 503
    # A stream that ends without a chunk: 503 before the response starts.
    body = {"model": "dept-vllm", "messages": [{"role": "user", "content": PERSONAL}], "max_tokens": 6, "stream": True}
    sim.set_fault(end_after_chunks=0, count=1)
    empty = httpx.post(f"{router}/v1/chat/completions", json=body, headers=auth_headers(), timeout=30.0)
    assert empty.status_code == 503
    # A stream cut short after its first chunks: they arrive, then an error event, then [DONE].
    sim.set_fault(end_after_chunks=2, count=1)
    cut = httpx.post(f"{router}/v1/chat/completions", json=body, headers=auth_headers(), timeout=30.0)
    events = [line[len("data: "):] for line in cut.text.splitlines() if line.startswith("data: ")]
    assert cut.status_code == 200 and events[-1] == "[DONE]"
    assert '"code":"backend_unavailable"' in events[-2] and len(events) >= 4  # chunk, chunk, error, [DONE]
    assert upstream.records == []
