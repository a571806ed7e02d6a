"""TransformersEngine answers in OpenAI shapes with the real demo model on CPU."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from local_models import DEMO_MODEL_ID, TransformersEngine, UnsupportedParameter

from .bodies import chat_body, completion_body
from .conftest import demo_settings

pytestmark = pytest.mark.anyio

USAGE_KEYS = {"prompt_tokens", "completion_tokens", "total_tokens"}


async def _chunks(engine: TransformersEngine, endpoint: Any, body: dict[str, Any]) -> list[dict[str, Any]]:
    return [chunk async for chunk in engine.stream(endpoint, body)]


def _chat_text(chunks: list[dict[str, Any]]) -> str:
    return "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])


def _completion_text(chunks: list[dict[str, Any]]) -> str:
    return "".join(c["choices"][0]["text"] for c in chunks if c["choices"])


async def test_chat_completion_shape_and_usage(engine: TransformersEngine) -> None:
    body = chat_body(max_tokens=12)
    response = await engine.create("chat.completions", body)

    assert set(response) == {"id", "object", "created", "model", "choices", "usage"}
    assert response["object"] == "chat.completion"
    assert response["id"].startswith("chatcmpl-")
    assert response["model"] == DEMO_MODEL_ID
    assert isinstance(response["created"], int)
    [choice] = response["choices"]
    assert choice["index"] == 0
    assert choice["message"]["role"] == "assistant"
    assert isinstance(choice["message"]["content"], str) and choice["message"]["content"]
    assert choice["finish_reason"] == "length"
    usage = response["usage"]
    assert set(usage) == USAGE_KEYS
    # The prompt as the model saw it: the chat template around the one user message.
    expected_prompt = engine._tokenizer.apply_chat_template(
        body["messages"], add_generation_prompt=True, tokenize=True, return_dict=False
    )
    assert usage["prompt_tokens"] == len(expected_prompt)
    assert usage["completion_tokens"] == 12
    assert usage["total_tokens"] == usage["prompt_tokens"] + 12


async def test_text_completion_shape_and_usage(engine: TransformersEngine) -> None:
    response = await engine.create("completions", completion_body("The council", max_tokens=7))

    assert response["object"] == "text_completion"
    assert response["id"].startswith("cmpl-")
    [choice] = response["choices"]
    assert set(choice) == {"index", "text", "logprobs", "finish_reason"}
    assert choice["finish_reason"] == "length"
    prompt_ids = engine._tokenizer.encode("The council", add_special_tokens=True)
    assert prompt_ids[0] == engine._tokenizer.bos_token_id
    assert response["usage"] == {
        "prompt_tokens": len(prompt_ids),
        "completion_tokens": 7,
        "total_tokens": 7 + len(prompt_ids),
    }


async def test_token_id_prompt_matches_the_text_prompt(engine: TransformersEngine) -> None:
    prompt_ids = engine._tokenizer.encode("The council", add_special_tokens=True)
    by_text = await engine.create("completions", completion_body("The council", max_tokens=9))
    by_ids = await engine.create("completions", completion_body(prompt_ids, max_tokens=9))
    assert by_ids["choices"][0]["text"] == by_text["choices"][0]["text"]


@pytest.mark.parametrize("field", ["max_tokens", "max_completion_tokens"])
async def test_output_stops_at_max_tokens(engine: TransformersEngine, field: str) -> None:
    response = await engine.create("chat.completions", chat_body(**{field: 5}))
    assert response["usage"]["completion_tokens"] == 5
    assert response["choices"][0]["finish_reason"] == "length"


async def test_default_max_tokens_comes_from_settings(engine: TransformersEngine) -> None:
    response = await engine.create("completions", completion_body())
    assert response["usage"]["completion_tokens"] == engine._settings.max_tokens_default


async def test_stop_sequence_cuts_the_answer(engine: TransformersEngine) -> None:
    whole = await engine.create("chat.completions", chat_body(max_tokens=24))
    full = whole["choices"][0]["message"]["content"]
    stop = full[8:11]
    expected = full[: full.index(stop)]

    cut = await engine.create("chat.completions", chat_body(max_tokens=24, stop=[stop, "never-produced"]))
    streamed = await _chunks(engine, "chat.completions", chat_body(max_tokens=24, stop=stop))

    assert cut["choices"][0]["message"]["content"] == expected
    assert cut["choices"][0]["finish_reason"] == "stop"
    assert cut["usage"]["completion_tokens"] < 24
    assert _chat_text(streamed) == expected
    assert streamed[-1]["choices"][0]["finish_reason"] == "stop"


async def test_stop_that_never_appears_changes_nothing(engine: TransformersEngine) -> None:
    plain = await engine.create("completions", completion_body(max_tokens=16))
    with_stop = await engine.create("completions", completion_body(max_tokens=16, stop="never-produced"))
    assert with_stop["choices"][0] == plain["choices"][0]


@pytest.mark.parametrize("sampling", [{"temperature": 0}, {"temperature": 0.9, "top_p": 0.95, "seed": 7}])
async def test_streamed_chat_equals_the_whole_answer(
    engine: TransformersEngine, sampling: dict[str, Any]
) -> None:
    body = chat_body(max_tokens=20, **sampling)
    whole = await engine.create("chat.completions", body)
    chunks = await _chunks(engine, "chat.completions", body)

    assert _chat_text(chunks) == whole["choices"][0]["message"]["content"]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert all("role" not in c["choices"][0]["delta"] for c in chunks[1:])
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[-1]["choices"][0] == {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "length"}
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-1])
    assert all("usage" not in c for c in chunks)


async def test_streamed_completion_equals_the_whole_answer(engine: TransformersEngine) -> None:
    body = completion_body(max_tokens=20)
    whole = await engine.create("completions", body)
    chunks = await _chunks(engine, "completions", body)

    assert _completion_text(chunks) == whole["choices"][0]["text"]
    assert {c["object"] for c in chunks} == {"text_completion"}
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"


@pytest.mark.parametrize(
    ("endpoint", "body"), [("chat.completions", chat_body()), ("completions", completion_body())]
)
async def test_include_usage_adds_a_final_usage_chunk(
    engine: TransformersEngine, endpoint: Any, body: Any
) -> None:
    body = {**body, "max_tokens": 6}
    whole = await engine.create(endpoint, body)
    chunks = await _chunks(
        engine, endpoint, {**body, "stream": True, "stream_options": {"include_usage": True}}
    )

    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"] == whole["usage"]
    assert all(c["usage"] is None for c in chunks[:-1])
    assert chunks[-2]["choices"][0]["finish_reason"] == "length"


async def test_seed_makes_sampling_repeatable(engine: TransformersEngine) -> None:
    body = completion_body(max_tokens=16, temperature=1.0, seed=1234)
    first, second = [await engine.create("completions", body) for _ in range(2)]
    other = await engine.create("completions", {**body, "seed": 4321})

    assert first["choices"][0]["text"] == second["choices"][0]["text"]
    assert other["choices"][0]["text"] != first["choices"][0]["text"]


async def test_content_parts_are_joined_as_text(engine: TransformersEngine) -> None:
    parts = [{"type": "text", "text": "Where do I "}, {"type": "text", "text": "renew a licence?"}]
    as_parts = await engine.create("chat.completions", chat_body(parts, max_tokens=10))
    as_string = await engine.create(
        "chat.completions", chat_body("Where do I renew a licence?", max_tokens=10)
    )

    assert as_parts["choices"] == as_string["choices"]
    assert as_parts["usage"] == as_string["usage"]


async def test_concurrent_requests_each_get_their_own_answer(engine: TransformersEngine) -> None:
    bodies = [
        completion_body(prompt, max_tokens=10) for prompt in ("The council", "A caseworker", "How do I")
    ]
    alone = [(await engine.create("completions", body))["choices"][0]["text"] for body in bodies]

    together = await asyncio.gather(*(engine.create("completions", body) for body in bodies))

    assert [r["choices"][0]["text"] for r in together] == alone
    assert not engine.busy


async def test_the_models_own_sampling_defaults_do_not_leak_in(
    engine: TransformersEngine, demo_model_path: Path, tmp_path: Path
) -> None:
    # Real checkpoints ship defaults such as temperature 0.6 or a repetition penalty; an
    # OpenAI request that sets none of them must still mean OpenAI's defaults.
    model_dir = Path(shutil.copytree(demo_model_path, tmp_path / "opinionated"))
    config_path = model_dir / "generation_config.json"
    config = json.loads(config_path.read_text())
    config.update(do_sample=True, temperature=0.6, top_k=5, repetition_penalty=1.5, no_repeat_ngram_size=2)
    config_path.write_text(json.dumps(config))
    opinionated = TransformersEngine(demo_settings(), model_dir)
    try:
        for sampling in ({"temperature": 0}, {"temperature": 1.0, "seed": 99}):
            body = completion_body(max_tokens=24, **sampling)
            expected = await engine.create("completions", body)
            answered = await opinionated.create("completions", body)
            assert answered["choices"] == expected["choices"]
    finally:
        opinionated.close()


async def test_seeds_out_of_torchs_range_are_refused_and_leave_the_engine_healthy(engine: TransformersEngine) -> None:
    # torch.manual_seed overflows on them: counted as failed generations, three in a row
    # would fail health and get the replica restarted for a client's mistake.
    for seed in (2**64, 2**70, -(2**63) - 1):
        with pytest.raises(UnsupportedParameter) as caught:
            await engine.create("completions", completion_body(max_tokens=4, temperature=0.9, seed=seed))
        assert caught.value.param == "seed"
    engine.check_health()
    answer = await engine.create("completions", completion_body(max_tokens=4, temperature=0.9, seed=2**64 - 1))
    assert answer["choices"][0]["text"] is not None
