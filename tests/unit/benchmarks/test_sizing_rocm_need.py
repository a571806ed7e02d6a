"""Round 17's need table (`rocm_need.py`): bisection and per-unit reading, hand-computed."""

from __future__ import annotations

import pytest

from benchmarks.sizing.catalogue import find_gpu
from benchmarks.sizing.figure_setup import figure_efficiency
from benchmarks.sizing.published_q import held_out_q
from benchmarks.sizing.rocm_need import UPPER_US, needed_extra, per_unit, rocm_rows, row_need
from benchmarks.sizing.validate import predict


def test_needed_extra_inverts_a_falling_rate() -> None:
    # 1000 tokens over (10 + x) us: 50 tok/us at x = 10 (1000 / 20)
    assert needed_extra(lambda x: 1000 / (10 + x), 50.0) == pytest.approx(10.0, abs=1e-9)


def test_needed_extra_none_when_already_too_slow_and_cap_when_unreachable() -> None:
    assert needed_extra(lambda x: 1000 / (10 + x), 200.0) is None  # 100 at x = 0: already below 200
    assert needed_extra(lambda x: 1000 / (10 + x), 0.001) == UPPER_US  # would need ~1e6 us


def test_per_unit_by_hand() -> None:
    # 14,435 us over 32 layers, 64 all-reduces, 256 sequences
    unit = per_unit(14435.0, layers=32, tp=8, batch=256)
    assert unit.per_layer_us == pytest.approx(451.09375)
    assert unit.per_allreduce_us == pytest.approx(225.546875)
    assert unit.per_sequence_us == pytest.approx(56.38671875)
    assert per_unit(5359.0, layers=36, tp=1, batch=8).per_allreduce_us is None


def test_row_need_closes_the_row_when_added() -> None:
    figure = next(f for f in held_out_q() if f.key == "q-nchc-qwen3-8b-mi325x-tp1-b8-256-128")
    need = row_need(figure)
    step = need.extra_us["step_overhead_us"]
    assert step is not None and need.error_pct > 20
    eff = figure_efficiency(figure)
    closed = predict(figure, eff.model_copy(update={"step_overhead_us": eff.step_overhead_us + step}))[0]
    assert closed == pytest.approx(figure.published, rel=1e-6)
    assert need.extra_us["allreduce_latency_us"] is None  # TP 1: no all-reduce to ask about


def test_rocm_rows_are_held_out_cdna3_throughput_rows() -> None:
    rows = rocm_rows()
    assert {f.key for f in held_out_q() if f.metric == "output_tokens_per_s"} <= {f.key for f in rows}
    assert all(f.role == "held-out" and find_gpu(f.gpu).generation == "cdna3" for f in rows)
    assert all(f.metric == "output_tokens_per_s" for f in rows)
