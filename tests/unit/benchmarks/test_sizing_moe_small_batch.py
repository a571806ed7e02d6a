"""A fused Triton MoE layer's small-batch floor (`moe_small_batch.py`)."""

from __future__ import annotations

import pytest

from benchmarks.sizing import find_gpu, find_model
from benchmarks.sizing.figure_setup import figure_efficiency
from benchmarks.sizing.moe_small_batch import SMALL_BATCH_BANDWIDTH_SHARE, runs_triton_fused_moe, small_batch_floor_us
from benchmarks.sizing.published_k_massed import massed_rows


def test_share_from_pr_6825():
    # 8 experts x 3 x 2048 x 768 x 2 B = 75,497,472 B in 109.21 us on a 1.555 TB/s A100 PCIe 40GB
    assert SMALL_BATCH_BANDWIDTH_SHARE == pytest.approx(75_497_472 / (109.21e-6 * 1.555e12), rel=1e-12)
    assert SMALL_BATCH_BANDWIDTH_SHARE == pytest.approx(0.4446, abs=1e-4)


def test_floor_is_one_tokens_experts_at_the_share():
    model = find_model("Qwen3-30B-A3B")
    h100_pcie = find_gpu("H100-PCIe")  # 2.0 TB/s
    # 75.5 MB / (0.4446 x 2.0 TB/s) = 84.9 us at TP 1; half at TP 2; half again in FP8
    assert small_batch_floor_us(model, h100_pcie, 1, "bf16") == pytest.approx(
        75_497_472 / (0.444569 * 2.0e12) * 1e6, rel=1e-5
    )
    assert small_batch_floor_us(model, h100_pcie, 2, "bf16") == pytest.approx(
        small_batch_floor_us(model, h100_pcie, 1, "bf16") / 2
    )
    assert small_batch_floor_us(model, h100_pcie, 1, "fp8") == pytest.approx(
        small_batch_floor_us(model, h100_pcie, 1, "bf16") / 2
    )
    assert small_batch_floor_us(find_model("Llama-3.1-8B"), h100_pcie, 1, "bf16") == 0.0  # dense


@pytest.mark.parametrize(
    ("engine", "gpu", "expected"),
    [
        ("vLLM 0.8.5", "H100-SXM", True),
        ("SGLang v0.4.6", "A100-80GB", True),
        ("TensorRT-LLM 0.16.0", "H100-SXM", False),
        ("vLLM (ROCm)", "MI300X", False),
        ("vLLM 0.10", "B200", False),
    ],
)
def test_which_engines(engine, gpu, expected):
    assert runs_triton_fused_moe(engine, find_gpu(gpu)) is expected


def test_massed_moe_rows_get_the_floor():
    row = next(r for r in massed_rows() if r.model == "Qwen3-30B-A3B")
    floor = small_batch_floor_us(find_model("Qwen3-30B-A3B"), find_gpu("H100-PCIe"), 1, "bf16")
    assert figure_efficiency(row).moe_layer_floor_us == pytest.approx(floor)
