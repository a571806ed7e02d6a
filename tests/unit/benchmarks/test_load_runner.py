"""Whole load runs (`run_load`) against the real upstream simulator on loopback."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from benchmarks.load import LoadConfig, LoadResult, Workload, poisson_schedule, run_load
from benchmarks.upstream_sim import UpstreamSim

MODEL = "gpt-4.1-mini"


@pytest.fixture(scope="module")
def sim_options():
    # Paced at 1000 tokens/s, so inter-token gaps are real, measurable waits.
    return {"tokens_per_s": 1000}


def _config(sim: UpstreamSim, **overrides: Any) -> LoadConfig:
    settings: dict[str, Any] = {
        "base_url": sim.base_url,
        "api_key": "sk-load-test",
        "model": MODEL,
        "prompt_words": 4,
        "prompt_words_max": 12,
        "output_tokens": 3,
        "output_tokens_max": 10,
        "num_requests": 12,
        "concurrency": 3,
        "seed": 5,
    }
    return LoadConfig(**{**settings, **overrides})


def _run(config: LoadConfig) -> LoadResult:
    return asyncio.run(run_load(config, progress=False))


def _max_in_flight(result: LoadResult) -> int:
    events = []
    for record in result.records:
        events += [(record.start_s, 1), (record.start_s + record.result.latency_s, -1)]
    level = peak = 0
    for _, step in sorted(events, key=lambda event: (event[0], event[1])):
        level += step
        peak = max(peak, level)
    return peak


def test_fixed_concurrency_completes_every_request_with_the_servers_token_counts(sim):
    config = _config(sim, num_requests=24, headers={"X-Sensitivity": "personal"})
    result = _run(config)
    assert [record.index for record in result.records] == list(range(24))
    assert result.summary.completed == 24 and result.summary.failed == 0
    assert len(sim.records) == 24
    workload = Workload(config)
    for record in result.records:
        body = workload.request(record.index).body
        assert record.result.output_tokens == body["max_completion_tokens"]  # the simulator's usage
        assert (
            record.result.prompt_tokens == record.prompt_words == len(body["messages"][0]["content"].split())
        )
        assert record.result.usage_reported
    assert result.summary.total_output_tokens == sum(r.result.output_tokens for r in result.records)
    assert result.summary.total_input_tokens == sum(r.prompt_words for r in result.records)
    assert _max_in_flight(result) <= 3
    headers = sim.records[0]["headers"]
    assert headers["authorization"] == "Bearer sk-load-test"
    assert headers["x-sensitivity"] == "personal"


def test_streaming_ttft_within_e2e_and_one_gap_between_chunks(sim):
    result = _run(_config(sim))
    for record in result.records:
        r = record.result
        assert r.ttft_s is not None and r.ttft_s <= r.latency_s
        assert r.content_chunks == r.output_tokens
        assert len(r.itl_s) == r.content_chunks - 1
    summary = result.summary
    assert summary.ttft is not None and summary.itl is not None and summary.tpot is not None
    assert summary.itl.count == sum(len(record.result.itl_s) for record in result.records)


def test_rate_mode_follows_the_seeded_poisson_schedule(sim):
    config = _config(sim, mode="rate", rate=100.0, num_requests=15, seed=11)
    result = _run(config)
    expected = poisson_schedule(100.0, 15, seed=11)
    assert [record.scheduled_s for record in result.records] == pytest.approx(expected, rel=1e-12)
    # Never sent before its time (the clock is the same monotonic one).
    assert all(
        record.start_s >= record.scheduled_s for record in result.records if record.scheduled_s is not None
    )
    assert result.summary.completed == 15


def test_rate_mode_caps_requests_in_flight(sim):
    result = _run(_config(sim, mode="rate", rate=float("inf"), max_concurrency=2, num_requests=8))
    assert result.summary.completed == 8
    assert _max_in_flight(result) <= 2


@pytest.mark.timeout(60)
@pytest.mark.parametrize("mode", ["concurrency", "rate"])
def test_duration_stops_the_run(sim, mode):
    config = _config(sim, mode=mode, rate=50.0, num_requests=None, duration_s=0.4, concurrency=2)
    result = _run(config)
    assert result.records, "some requests were sent before the deadline"
    assert all(record.start_s < 0.4 for record in result.records)
    assert [record.index for record in result.records] == list(range(len(result.records)))
    assert result.summary.failed == 0  # in-flight requests finish instead of being cut off


def test_whichever_stop_comes_first_wins(sim):
    result = _run(_config(sim, num_requests=5, duration_s=600.0))
    assert len(result.records) == 5


def test_non_streaming_run(sim):
    result = _run(_config(sim, stream=False, endpoint="completions"))
    assert result.summary.completed == 12
    assert result.summary.ttft is None and result.summary.itl is None
    assert result.summary.e2el is not None and result.summary.e2el.count == 12
    assert all(record["body"]["stream"] is False for record in sim.records)
    assert all(record["path"] == "/v1/completions" for record in sim.records)


def test_server_errors_are_counted_not_raised(sim):
    sim.set_fault(500, count=3)
    result = _run(_config(sim))
    assert result.summary.completed == 9
    assert result.summary.failed == 3
    assert result.summary.errors["http_5xx"] == 3
    assert sum(result.summary.errors.values()) == 3


def test_timeouts_are_counted(sim):
    sim.set_fault(delay_ms=5_000, count=2)
    result = _run(_config(sim, num_requests=6, concurrency=2, timeout_s=0.3))
    assert result.summary.errors["timeout"] == 2
    assert result.summary.completed == 4


def test_jsonl_prompts_are_sent(sim, tmp_path):
    path = tmp_path / "prompts.jsonl"
    path.write_text(
        '{"prompt": "summarise the river report"}\n'
        '{"messages": [{"role": "user", "content": "plan the garden"}], "max_tokens": 2}\n',
        encoding="utf-8",
    )
    result = _run(_config(sim, prompts_file=path, num_requests=4, concurrency=1))
    sent = [record["body"] for record in sim.records]
    assert [body["messages"][0]["content"] for body in sent] == [
        "summarise the river report",
        "plan the garden",
    ] * 2
    assert [body["max_completion_tokens"] for body in sent][1::2] == [2, 2]
    assert [record.result.prompt_tokens for record in result.records] == [4, 3, 4, 3]


@pytest.mark.parametrize("stop", [{"num_requests": 4}, {"num_requests": None, "duration_s": 0.2}])
def test_progress_bar_reports_on_stderr(sim, capsys, stop):
    result = asyncio.run(run_load(_config(sim, **stop), progress=True))
    err = capsys.readouterr().err
    assert f"{result.summary.completed} ok" in err
    assert "0 errors" in err
