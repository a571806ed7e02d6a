"""The real default model answers through the router: SmolLM2-135M-Instruct, converted on first start.

The conversion (~30 s) runs here once, in the test process, before the deploy, so
the replica finds the model in the data directory as it would on a second start.
"""

from __future__ import annotations

import concurrent.futures
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from local_models import SMOLLM2_MODEL_ID, ensure_smollm2
from tests.integration.conftest import auth_headers, sdk

QUESTION = "What is the capital of France? Answer in one sentence."


@pytest.fixture(scope="module")
def router(deploy: Any, data_dir: Path) -> str:
    ensure_smollm2(data_dir)
    # No hosted API: public questions are answered locally too.
    return str(deploy(local={"model_id": SMOLLM2_MODEL_ID, "max_context": 8192}))


@pytest.fixture
def client(router: str) -> openai.OpenAI:
    return sdk(router)


def _ask(client: openai.OpenAI, text: str = QUESTION, **extra: Any) -> Any:
    return client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": text}], max_tokens=32, temperature=0, **extra
    )


def test_the_default_model_answers_sensibly(client: openai.OpenAI) -> None:
    raw = _ask(client)
    completion = raw.parse()
    assert raw.headers["x-sovereign-route"] == "local"
    assert raw.headers["x-sovereign-model"] == SMOLLM2_MODEL_ID
    assert completion.model == SMOLLM2_MODEL_ID
    assert "Paris" in (completion.choices[0].message.content or "")
    assert completion.choices[0].finish_reason == "stop"


def test_streaming_gives_the_same_answer(client: openai.OpenAI) -> None:
    whole = _ask(client).parse().choices[0].message.content
    stream = client.chat.completions.create(
        model="auto",
        messages=[{"role": "user", "content": QUESTION}],
        max_tokens=32,
        temperature=0,
        stream=True,
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert streamed == whole


def test_concurrent_questions_are_answered_together(client: openai.OpenAI) -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda _: _ask(client).parse().choices[0].message.content, range(4)))
    assert all("Paris" in (answer or "") for answer in answers)


@pytest.mark.parametrize("stream", [False, True])
def test_a_prompt_longer_than_the_context_is_refused_naming_the_limit(router: str, stream: bool) -> None:
    # Streamed too: the refusal comes before the first chunk, so it is a 400, not a 200 and an error event.
    body = {"model": "auto", "messages": [{"role": "user", "content": "word " * 9000}], "max_tokens": 4,
            "stream": stream}
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=120.0, headers=auth_headers())
    assert response.status_code == 400
    error = response.json()["error"]
    assert "8192" in error["message"]
    assert error["param"] == "messages"


def test_models_lists_the_default_model(router: str) -> None:
    ids = [card["id"] for card in httpx.get(f"{router}/v1/models", timeout=10.0, headers=auth_headers()).json()["data"]]
    assert SMOLLM2_MODEL_ID in ids
