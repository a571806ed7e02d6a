"""Round 15's analysis of the step's growth with the batch (`step_growth.py`), on hand-computed rows."""

from __future__ import annotations

from typing import Literal

import pytest

from benchmarks.sizing.published import VLLM, PublishedFigure
from benchmarks.sizing.step_growth import growth_by_tp, signed_grid, step_excess_s, step_growth
from benchmarks.sizing.validate import ValidationRow


def _row(
    batch: float,
    published: float,
    predicted: float,
    tp: int = 8,
    mode: Literal["static", "concurrency", "offline"] = "static",
    metric: Literal["output_tokens_per_s", "tpot_ms"] = "output_tokens_per_s",
    model: str = "Llama-3.1-70B",
    input_tokens: int = 128,
) -> ValidationRow:
    figure = PublishedFigure(
        key=f"t-{tp}-{batch}-{mode}-{metric}-{model}-{input_tokens}",
        source="test",
        where="test",
        engine=VLLM,
        model=model,
        gpu="H100-SXM",
        tp=tp,
        weight_dtype="fp8",
        kv_dtype="fp8",
        input_tokens=input_tokens,
        output_tokens=2048,
        mode=mode,
        load=None if mode == "offline" else batch,
        metric=metric,
        published=published,
        role="held-out",
    )
    error = (predicted - published) / published * 100
    return ValidationRow(figure=figure, batch=batch, predicted=predicted, error_pct=error)


def test_step_excess_is_the_step_time_the_model_misses():
    # 16 sequences: published 1000 tok/s is a 16 ms step, predicted 1250 tok/s a 12.8 ms step
    assert step_excess_s(_row(16, 1000.0, 1250.0)) == pytest.approx(0.0032)


def test_growth_per_added_sequence_between_smallest_and_largest_batch():
    rows = [
        _row(1, 100.0, 100.0),  # excess 0
        _row(32, 2000.0, 2500.0),  # in between: not used
        _row(101, 5000.0, 10100.0),  # 20.2 ms published, 10.0 ms predicted: excess 10.2 ms
    ]
    (g,) = step_growth(rows)
    assert (g.tp, g.batch_1, g.batch_2) == (8, 1, 101)
    assert g.excess_1_ms == pytest.approx(0.0)
    assert g.excess_2_ms == pytest.approx(10.2)
    assert g.growth_us == pytest.approx(102.0)  # 10.2 ms over 100 added sequences


def test_growth_leaves_out_other_metrics_modes_and_small_families():
    rows = [
        _row(1, 100.0, 100.0, metric="tpot_ms"),
        _row(64, 100.0, 100.0, metric="tpot_ms"),  # a latency family: not a throughput step
        _row(1, 100.0, 100.0, mode="offline"),
        _row(64, 100.0, 100.0, mode="offline"),  # offline: the batch is the model's, not the source's
        _row(1, 100.0, 100.0, input_tokens=256),
        _row(4, 400.0, 400.0, input_tokens=256),  # largest batch under 8
        _row(8, 800.0, 800.0, input_tokens=512),  # one batch only
    ]
    assert step_growth(rows) == []


def test_growth_median_by_tp():
    rows = [
        _row(1, 100.0, 100.0, tp=1),
        _row(11, 1000.0, 1100.0, tp=1),  # 11 ms vs 10 ms: 1 ms over 10 sequences, 100 us
        _row(1, 100.0, 100.0, tp=1, input_tokens=256),
        _row(11, 1100.0, 1100.0, tp=1, input_tokens=256),  # no miss: 0 us
        _row(1, 100.0, 100.0, tp=1, input_tokens=512),
        _row(11, 1000.0, 1000.0, tp=1, input_tokens=512),  # 11 ms vs 11 ms: 0 us
        _row(1, 100.0, 100.0, tp=8),
        _row(11, 500.0, 1100.0, tp=8),  # 22 ms vs 10 ms: 12 ms over 10, 1200 us
    ]
    (tp_1, n_1, median_1), (tp_8, n_8, median_8) = growth_by_tp(step_growth(rows))
    assert (tp_1, n_1, tp_8, n_8) == (1, 3, 8, 1)
    assert median_1 == pytest.approx(0.0)  # median of 100, 0, 0
    assert median_8 == pytest.approx(1200.0)


def test_signed_grid_means_speed_errors_by_tp_kind_and_batch():
    rows = [
        _row(16, 100.0, 130.0, tp=8),  # +30 % too fast
        _row(32, 100.0, 110.0, tp=8),  # +10 %
        _row(16, 100.0, 110.0, tp=8, metric="tpot_ms"),  # a 10 % longer TPOT: -10 % (too slow)
        _row(1, 100.0, 75.0, tp=1),  # -25 %
        _row(16, 100.0, 100.0, tp=8, model="Mixtral-8x7B"),
    ]
    grid = signed_grid(rows)
    assert [(tp, kind, bucket, n, k) for tp, kind, bucket, n, _m, k in grid] == [
        (1, "dense", "batch 1", 1, 1),
        (8, "MoE", "batch 8-63", 1, 0),
        (8, "dense", "batch 8-63", 3, 1),
    ]
    assert grid[0][4] == pytest.approx(-25.0)
    assert grid[2][4] == pytest.approx((30.0 + 10.0 - 10.0) / 3)
