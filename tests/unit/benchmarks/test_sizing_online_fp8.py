"""vLLM's online FP8 (`online_fp8.py`): per-tensor GEMMs at the FP8 rate, plus a quantisation pass per GEMM input."""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, find_gpu, find_model
from benchmarks.sizing.block_fp8 import BLOCK_FP8_OF_BF16, weight_gemm_flops
from benchmarks.sizing.figure_setup import figure_deployment, figure_efficiency, quantised_at_load
from benchmarks.sizing.online_fp8 import ACT_QUANT_LAYER_US, ACT_QUANT_US, online_fp8
from benchmarks.sizing.published_k_silybench import silybench_rows


def test_quantisation_cost_from_pr_17126():
    # 2 x 6144 x 4096 = 50,331,648 FLOPs: 11.5905 us at 4.342494 TFLOP/s, 9.2436 us at 5.445039
    assert ACT_QUANT_US == pytest.approx(50_331_648 / 4.342494e6 - 50_331_648 / 5.445039e6, rel=1e-12)
    assert ACT_QUANT_US == pytest.approx(2.3469, abs=1e-4)
    assert ACT_QUANT_LAYER_US == pytest.approx(4 * 2.3469, abs=1e-3)


@pytest.mark.parametrize(
    ("stated", "repo", "expected"),
    [
        ("vllm serve --quantization fp8", "Qwen/Qwen3-8B", True),
        ("--quantization=fp8", "meta-llama/Llama-3.1-8B-Instruct", True),
        ('LLM(..., quantization="fp8")', "Qwen/Qwen3-8B", True),
        ("--quantization fp8_per_block", "Qwen/Qwen3-8B", False),  # another scheme
        ("--kv-cache-dtype fp8", "Qwen/Qwen3-8B", False),  # the cache, not the weights
        ("Quantization: FP8", "meta-llama/Llama-3.1-70B-Instruct", False),  # TensorRT-LLM's report line
        ("--quantization fp8", "deepseek-ai/DeepSeek-V3", False),  # an FP8 checkpoint: nothing to quantise
    ],
)
def test_flag(stated, repo, expected):
    assert online_fp8(stated, repo) is expected


def test_online_fp8_runs_at_the_fp8_rate_not_the_block_rate():
    base = Deployment(model=find_model("Qwen3-8B"), gpu=find_gpu("H100-SXM"), weight_dtype="fp8")
    h100 = find_gpu("H100-SXM")
    # Qwen's own FP8 release is block-scaled: 0.7348 x the BF16 peak
    assert weight_gemm_flops(base) == pytest.approx(h100.flops("bf16") * BLOCK_FP8_OF_BF16)
    # the BF16 checkpoint quantised per tensor at load: the FP8 peak
    assert weight_gemm_flops(base.model_copy(update={"online_fp8": True})) == pytest.approx(h100.flops("fp8"))


def test_silybench_fp8_rows_pay_the_pass_and_bf16_rows_do_not():
    rows = silybench_rows()
    fp8 = next(r for r in rows if r.weight_dtype == "fp8")
    bf16 = next(r for r in rows if r.weight_dtype == "bf16")
    assert quantised_at_load(fp8) and not quantised_at_load(bf16)
    assert figure_deployment(fp8, figure_efficiency(fp8)).online_fp8
    extra = figure_efficiency(fp8).layer_overhead_us - figure_efficiency(bf16).layer_overhead_us
    assert extra == pytest.approx(ACT_QUANT_LAYER_US)
