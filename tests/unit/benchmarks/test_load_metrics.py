"""`bench load` statistics: percentiles as numpy computes them, vLLM-named summaries."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.load import ERROR_KINDS, ErrorKind, RequestResult, latency_stats, percentile, summarise


@pytest.mark.parametrize(
    "values", [[3.0], [1.0, 2.0], [5.0, 1.0, 4.0, 2.0, 3.0], [0.1 * i**2 for i in range(37)]]
)
@pytest.mark.parametrize("q", [0.0, 1.0, 50.0, 90.0, 95.0, 99.0, 100.0])
def test_percentile_matches_numpy(values, q):
    assert percentile(values, q) == pytest.approx(float(np.percentile(values, q)), rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(("values", "q"), [([], 50.0), ([1.0], -1.0), ([1.0], 100.5)])
def test_percentile_rejects_nonsense(values, q):
    with pytest.raises(ValueError):
        percentile(values, q)


def test_latency_stats_are_in_milliseconds():
    stats = latency_stats([0.001, 0.002, 0.003, 0.004])
    assert stats is not None
    assert stats.count == 4
    assert stats.mean_ms == pytest.approx(2.5)
    assert stats.median_ms == pytest.approx(2.5)
    assert stats.std_ms == pytest.approx(float(np.std([1, 2, 3, 4])))
    assert stats.percentiles_ms[99.0] == pytest.approx(float(np.percentile([1, 2, 3, 4], 99)))
    assert latency_stats([]) is None


def _ok(
    latency: float, ttft: float, itl: list[float], output_tokens: int, prompt_tokens: int | None = 10
) -> RequestResult:
    return RequestResult(
        ok=True,
        status=200,
        error_kind=None,
        error=None,
        latency_s=latency,
        ttft_s=ttft,
        itl_s=tuple(itl),
        output_tokens=output_tokens,
        prompt_tokens=prompt_tokens,
        content_chunks=len(itl) + 1,
        usage_reported=prompt_tokens is not None,
    )


def _failed(kind: ErrorKind, latency: float = 0.5) -> RequestResult:
    return RequestResult(ok=False, status=None, error_kind=kind, error="x", latency_s=latency)


def test_summary_follows_vllm_definitions():
    results = [
        _ok(1.0, 0.1, [0.3, 0.3, 0.3], 4),
        _ok(2.0, 0.2, [0.9, 0.9], 3, prompt_tokens=None),
        _ok(0.5, 0.05, [], 1),
        _failed("http_5xx", latency=9.0),
        _failed("timeout"),
        _failed("http_5xx"),
    ]
    summary = summarise(results, duration_s=4.0)
    assert summary.completed == 3
    assert summary.failed == 3
    assert summary.errors == {**dict.fromkeys(ERROR_KINDS, 0), "http_5xx": 2, "timeout": 1}
    assert summary.total_output_tokens == 8
    assert summary.total_input_tokens == 20  # the answer without usage adds no input tokens
    assert summary.requests_with_usage == 2
    assert summary.request_throughput == pytest.approx(3 / 4.0)
    assert summary.output_throughput == pytest.approx(8 / 4.0)
    assert summary.total_token_throughput == pytest.approx(28 / 4.0)
    assert summary.ttft is not None and summary.ttft.mean_ms == pytest.approx((100 + 200 + 50) / 3)
    # TPOT = (e2e - ttft) / (tokens - 1), only for answers with more than one token.
    assert summary.tpot is not None and summary.tpot.count == 2
    assert summary.tpot.mean_ms == pytest.approx((900 / 3 + 1800 / 2) / 2)
    # ITL pools every gap of every successful request; e2e excludes failures (the 9 s one).
    assert summary.itl is not None and summary.itl.count == 5
    assert summary.e2el is not None and summary.e2el.max_ms == pytest.approx(2000.0)


def test_summary_dict_uses_vllm_key_names():
    data = summarise([_ok(1.0, 0.1, [0.3, 0.3, 0.3], 4)], duration_s=1.0).as_dict()
    for key in (
        "completed",
        "duration",
        "total_input_tokens",
        "total_output_tokens",
        "request_throughput",
        "output_throughput",
        "total_token_throughput",
        "mean_ttft_ms",
        "median_ttft_ms",
        "p99_ttft_ms",
        "mean_tpot_ms",
        "p99_itl_ms",
        "std_itl_ms",
        "mean_e2el_ms",
        "p90_e2el_ms",
    ):
        assert key in data, key
    assert data["p99_itl_ms"] == pytest.approx(300.0)


def test_non_streaming_summary_has_no_token_timings():
    result = RequestResult(ok=True, status=200, error_kind=None, error=None, latency_s=0.2, output_tokens=5)
    data = summarise([result], duration_s=1.0).as_dict()
    assert "mean_ttft_ms" not in data and "mean_itl_ms" not in data and "mean_tpot_ms" not in data
    assert data["mean_e2el_ms"] == pytest.approx(200.0)


def test_summary_needs_a_positive_duration():
    with pytest.raises(ValueError, match="duration_s"):
        summarise([], duration_s=0.0)
