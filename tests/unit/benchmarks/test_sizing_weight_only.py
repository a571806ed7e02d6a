"""Weight-only dequantising GEMMs in PyTorch-native generators (`weight_only.py`).

The per-layer constants are re-derived from gpt-fast's README points, and the two-point solution
is checked on hand-made numbers, so a changed constant or formula fails here.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import find_gpu, find_model
from benchmarks.sizing.deployment import Efficiency
from benchmarks.sizing.engine_terms import engine_step_terms_us, with_engine_terms
from benchmarks.sizing.weight_only import (
    GPTFAST_README_POINTS,
    WEIGHT_ONLY_LAYER_US,
    per_layer_cost_us,
    weight_only_step_us,
)


def test_two_points_give_the_cost_per_layer_and_the_bandwidth():
    # hand-made: B = 1000 GB/s, c = 100 us; 10 layers, 1 GB -> t = 1 ms + 1 ms = 2 ms -> 500 tok/s, 500 GB/s;
    # 20 layers, 4 GB -> t = 4 ms + 2 ms = 6 ms -> 166.67 tok/s, 666.67 GB/s
    c_us, bandwidth = per_layer_cost_us(((10, 500.0, 500.0), (20, 1000 / 6, 4000 / 6)))
    assert c_us == pytest.approx(100.0)
    assert bandwidth == pytest.approx(1000.0)


def test_constants_are_re_derived_from_gpt_fast_readme():
    c8, b8 = per_layer_cost_us(GPTFAST_README_POINTS["int8"])
    c4, b4 = per_layer_cost_us(GPTFAST_README_POINTS["int4"])
    assert c8 == pytest.approx(WEIGHT_ONLY_LAYER_US["int8"], abs=0.1)
    assert c4 == pytest.approx(WEIGHT_ONLY_LAYER_US["int4"], abs=0.1)
    assert (round(b8), round(b4)) == (1435, 1209)  # GB/s; int8's asymptote ~ the 16-bit row's 1397
    assert WEIGHT_ONLY_LAYER_US["fp8"] == WEIGHT_ONLY_LAYER_US["int8"]  # 8-bit weight-only, same path


def test_rule_applies_to_pytorch_native_generators_and_quantised_weights_only():
    llama = find_model("llama-3.1-8b")  # 32 layers
    h100 = find_gpu("h100-sxm")
    torchao = "torchao _models/llama/generate.py (PyTorch, torch.compile, batch 1)"
    assert weight_only_step_us(llama, torchao, "int4") == pytest.approx(32 * 45.5)
    assert weight_only_step_us(llama, "gpt-fast (PyTorch)", "int8") == pytest.approx(32 * 51.2)
    assert weight_only_step_us(llama, torchao, "fp8") == pytest.approx(32 * 51.2)
    assert weight_only_step_us(llama, torchao, "bf16") == 0.0
    assert weight_only_step_us(llama, "vLLM 0.8.5", "int4") == 0.0
    assert engine_step_terms_us(llama, torchao, h100, "int4") == pytest.approx(32 * 45.5)
    eff = with_engine_terms(Efficiency(step_overhead_us=10.0), llama, torchao, h100, "int4")
    assert eff.step_overhead_us == pytest.approx(10.0 + 32 * 45.5)
    assert not eff.moe_dense_experts
    untouched = Efficiency()
    assert with_engine_terms(untouched, llama, "vLLM 0.8.5", h100, "int4") is untouched
