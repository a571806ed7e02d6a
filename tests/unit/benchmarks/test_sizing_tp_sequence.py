"""Round 16's per-sequence step cost at TP > 1 (`tp_sequence.py`): its formula, its fit-rows-only scan, and the
rounding bound on what two whole-number rows can say, on hand-computed cases."""

from __future__ import annotations

import pytest

from benchmarks.sizing.calibrate import fit_rows
from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.model import Deployment, Efficiency, fixed_step_s
from benchmarks.sizing.published import VLLM, PublishedFigure
from benchmarks.sizing.tp_sequence import (
    ScanPoint,
    identified,
    rounding_slope_us,
    scan,
    vllm_tp_fit_rows,
    with_tp_sequence_cost,
)


def _dep(tp: int) -> Deployment:
    return Deployment(model=find_model("Llama-3.1-70B"), gpu=find_gpu("H100-SXM"), tp=tp, weight_dtype="fp8")


def test_cost_is_per_sequence_and_step_at_tp_above_one_only():
    eff = Efficiency(sequence_overhead_us=1.5)
    # TP 2, 128 sequences, c = 10 us: 128 * (1.5 + 10) us = 1.472 ms (no step or layer overhead set)
    assert fixed_step_s(_dep(2), with_tp_sequence_cost(eff, 2, 10.0), 128) == pytest.approx(1.472e-3)
    # TP 1 pays only the shared 1.5 us per sequence: 0.192 ms
    assert fixed_step_s(_dep(1), with_tp_sequence_cost(eff, 1, 10.0), 128) == pytest.approx(0.192e-3)
    assert with_tp_sequence_cost(eff, 8, 0.0) is eff


def _static(batch: int, published: float, role: str = "fit") -> PublishedFigure:
    return PublishedFigure(
        key=f"t-{batch}-{role}",
        source="test",
        where="test",
        engine=VLLM,
        model="Llama-3.1-405B",
        gpu="MI300X",
        tp=8,
        weight_dtype="fp8",
        kv_dtype="fp8",
        input_tokens=128,
        output_tokens=128,
        mode="static",
        load=batch,
        metric="output_tokens_per_s",
        published=published,
        role="fit" if role == "fit" else "held-out",
    )


def test_rounding_bound_of_two_whole_number_rows():
    # 36 tok/s at batch 1: step 1/36 s, +-0.5/36^2 = 385.8 us; 71 tok/s at batch 2: +-2*0.5/71^2 = 198.4 us;
    # over one added sequence the slope is known to +-584.2 us
    assert rounding_slope_us(_static(1, 36.0), _static(2, 71.0)) == pytest.approx(584.2, abs=0.1)
    # batch 1 -> 9: the second bound is 9*0.5/71^2 = 892.7 us, spread over 8 sequences: (385.8 + 892.7) / 8 = 159.8 us
    assert rounding_slope_us(_static(1, 36.0), _static(9, 71.0)) == pytest.approx(159.8, abs=0.1)
    with pytest.raises(ValueError):
        rounding_slope_us(_static(2, 71.0), _static(1, 36.0))


def test_scan_refuses_held_out_rows():
    with pytest.raises(ValueError, match="held-out"):
        scan((0.0,), [_static(4, 137.0, role="held-out")])
    with pytest.raises(ValueError, match="held-out"):
        vllm_tp_fit_rows([_static(4, 137.0, role="held-out")])


def test_identified_is_the_lowest_error_the_smaller_on_a_tie():
    points = [
        ScanPoint(0.0, 2, 5.0, 1, 5.0, 0.0),
        ScanPoint(1.0, 2, 4.0, 1, 4.0, 0.0),
        ScanPoint(2.0, 2, 4.0, 1, 4.0, 0.0),
    ]
    assert identified(points) == 1.0


def test_fit_rows_identify_no_engine_wide_cost():
    """The committed result: on the fit rows the error is lowest without the cost, and grows with it."""
    points = scan((0.0, 1.0, 8.0))
    assert identified(points) == 0.0
    assert points[0].rows == len(fit_rows())
    assert points[0].mean_abs_pct < points[1].mean_abs_pct < points[2].mean_abs_pct
    # the vLLM-only reading has two rows, batch 1 and 2 on MI300X, too coarse to identify anything
    assert [f.load for f in vllm_tp_fit_rows()] == [1, 2]
