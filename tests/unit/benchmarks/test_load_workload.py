"""`bench load` configuration, request bodies and the Poisson arrival schedule (no network)."""

from __future__ import annotations

import itertools
import random
import statistics
from pathlib import Path

import pytest
from pydantic import ValidationError

from benchmarks.load import (
    LoadConfig,
    PromptFileError,
    Workload,
    load_prompts,
    poisson_arrivals,
    poisson_schedule,
)

BASE = "http://127.0.0.1:9/v1"


# --- config ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"mode": "rate"}, "rate mode needs rate"),
        ({"num_requests": None}, "stop condition"),
        ({"prompt_words": 10, "prompt_words_max": 5}, "prompt_words_max"),
        ({"output_tokens": 10, "output_tokens_max": 5}, "output_tokens_max"),
        ({"mode": "rate", "rate": float("inf"), "num_requests": None, "duration_s": 1.0}, "infinite rate"),
        ({"base_url": "127.0.0.1:8000/v1"}, "http://"),
        ({"concurrency": 0}, "greater than or equal to 1"),
        ({"unknown": 1}, "Extra inputs"),
    ],
)
def test_config_rejects_bad_combinations(overrides, message):
    with pytest.raises(ValidationError, match=message):
        LoadConfig(**{"base_url": BASE, **overrides})


def test_config_url_and_headers():
    config = LoadConfig(
        base_url=BASE + "/", endpoint="completions", api_key="sk-x", headers={"X-Sensitivity": "personal"}
    )
    assert config.url == "http://127.0.0.1:9/v1/completions"
    assert config.request_headers() == {"Authorization": "Bearer sk-x", "X-Sensitivity": "personal"}


def test_api_key_defaults_from_environment(monkeypatch):
    assert LoadConfig(base_url=BASE).api_key == "unused"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    assert LoadConfig(base_url=BASE).api_key == "sk-from-env"


def test_public_dict_never_holds_credentials():
    config = LoadConfig(
        base_url=BASE,
        api_key="sk-secret-1",
        headers={"X-Api-Key": "secret-2", "Authorization": "Bearer secret-3", "X-Sensitivity": "special"},
        mode="rate",
        rate=float("inf"),
    )
    data = config.public_dict()
    assert "api_key" not in data
    assert data["headers"] == {"X-Api-Key": "***", "Authorization": "***", "X-Sensitivity": "special"}
    assert data["rate"] == "Infinity"
    assert "secret" not in repr(config)


# --- request bodies --------------------------------------------------------------------------


def test_bodies_are_deterministic_per_seed_and_index():
    config = LoadConfig(
        base_url=BASE, prompt_words=5, prompt_words_max=50, output_tokens=4, output_tokens_max=64
    )
    first = Workload(config)
    second = Workload(config)
    # Asked for in a different order, request 7 is still the same request.
    assert [first.request(i).body for i in (7, 3)] == [second.request(i).body for i in (7, 3)]
    other_seed = Workload(config.model_copy(update={"seed": 1}))
    assert other_seed.request(7).body != first.request(7).body


def test_fixed_lengths_make_exact_prompts_and_limits():
    config = LoadConfig(base_url=BASE, model="m", prompt_words=12, output_tokens=9)
    spec = Workload(config).request(0)
    assert spec.prompt_words == 12
    assert len(spec.body["messages"][0]["content"].split()) == 12
    assert spec.body["max_completion_tokens"] == 9
    assert spec.body["stream"] is True
    assert spec.body["stream_options"] == {"include_usage": True}
    assert spec.body["model"] == "m"
    assert "ignore_eos" not in spec.body


def test_uniform_lengths_stay_within_bounds_and_vary():
    config = LoadConfig(
        base_url=BASE, prompt_words=3, prompt_words_max=30, output_tokens=2, output_tokens_max=20
    )
    workload = Workload(config)
    specs = [workload.request(i) for i in range(200)]
    words = {s.prompt_words for s in specs}
    outputs = {s.body["max_completion_tokens"] for s in specs}
    assert min(words) >= 3 and max(words) <= 30 and len(words) > 10
    assert min(outputs) >= 2 and max(outputs) <= 20 and len(outputs) > 10


def test_completions_non_streaming_body():
    config = LoadConfig(base_url=BASE, endpoint="completions", stream=False, ignore_eos=True, output_tokens=5)
    body = Workload(config).request(3).body
    assert isinstance(body["prompt"], str)
    assert body["max_tokens"] == 5
    assert body["stream"] is False
    assert "stream_options" not in body
    assert body["ignore_eos"] is True


# --- prompts files ---------------------------------------------------------------------------


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_prompts_file_is_used_in_order_and_cycled(tmp_path):
    path = _write(
        tmp_path / "prompts.jsonl",
        '{"prompt": "one two three"}',
        "",
        '{"messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi there"}]}',
        '{"prompt": "fixed output", "max_tokens": 3}',
    )
    config = LoadConfig(base_url=BASE, prompts_file=path, output_tokens=11)
    workload = Workload(config)
    bodies = [workload.request(i).body for i in range(4)]
    assert bodies[0]["messages"] == [{"role": "user", "content": "one two three"}]
    assert bodies[1]["messages"][0] == {"role": "system", "content": "be brief"}
    assert workload.request(1).prompt_words == 4
    assert bodies[2]["max_completion_tokens"] == 3
    assert bodies[0]["max_completion_tokens"] == 11
    assert bodies[3] == bodies[0]
    completions = Workload(config.model_copy(update={"endpoint": "completions"}))
    assert completions.request(1).body["prompt"] == "be brief\nhi there"


@pytest.mark.parametrize(
    "line",
    [
        '{"prompt": ""}',
        '["not", "an", "object"]',
        '{"messages": []}',
        "not json",
        '{"prompt": "x", "max_tokens": 0}',
    ],
)
def test_bad_prompt_lines_name_the_line(tmp_path, line):
    path = _write(tmp_path / "bad.jsonl", '{"prompt": "fine"}', line)
    with pytest.raises(PromptFileError, match=r"bad\.jsonl:2"):
        load_prompts(path)


def test_empty_prompts_file_is_an_error(tmp_path):
    with pytest.raises(PromptFileError, match="no prompts"):
        load_prompts(_write(tmp_path / "empty.jsonl", ""))


# --- Poisson schedule ------------------------------------------------------------------------


def test_schedule_is_seeded_exponential_gaps():
    rng = random.Random(42)
    expected = list(itertools.accumulate(rng.expovariate(5.0) for _ in range(50)))
    assert poisson_schedule(5.0, 50, seed=42) == pytest.approx(expected, rel=1e-12)
    assert poisson_schedule(5.0, 50, seed=42) == poisson_schedule(5.0, 50, seed=42)
    assert poisson_schedule(5.0, 50, seed=43) != poisson_schedule(5.0, 50, seed=42)


def test_schedule_has_the_poisson_shape():
    offsets = poisson_schedule(20.0, 20_000, seed=7)
    gaps = [b - a for a, b in itertools.pairwise([0.0, *offsets])]
    assert all(gap > 0 for gap in gaps)
    # Exponential gaps: mean 1/rate and standard deviation equal to the mean.
    assert statistics.fmean(gaps) == pytest.approx(1 / 20.0, rel=0.03)
    assert statistics.pstdev(gaps) == pytest.approx(1 / 20.0, rel=0.05)


def test_infinite_rate_sends_everything_at_once():
    assert list(itertools.islice(poisson_arrivals(float("inf"), seed=0), 5)) == [0.0] * 5
