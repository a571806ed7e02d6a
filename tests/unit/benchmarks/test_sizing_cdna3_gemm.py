"""2024 ROCm vLLM builds' matrix rate on CDNA3 (`cdna3_gemm.py`), with hand-computed values.

The constant is derived from its source (ROCm/TransformerEngine issue 79's FP8 training TFLOP/s on
8 x MI300X and 8 x H200) and H200's fitted `mfu`; the tests recompute it by hand so that a change of
either shows up here.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, find_gpu, find_model
from benchmarks.sizing.cdna3_gemm import (
    cdna3_mfu,
    early_cdna3_mfu,
    early_rocm_vllm,
    relative_matrix_efficiency,
)
from benchmarks.sizing.efficiency import efficiency_for
from benchmarks.sizing.engine_terms import with_engine_terms
from benchmarks.sizing.fitted import FITTED
from benchmarks.sizing.model import matmul_s

AZURE = "vLLM (ROCm image rocm/vllm-dev:20241121-tuned, version not printed; 0.6.4-era defaults assumed)"


def test_relative_efficiency_is_the_two_fractions_of_fp8_peak():
    # 474 / 2614.9 = 0.18127 of MI300X's FP8 peak; 897.56 / 1979 = 0.45354 of H200's; 0.18127 / 0.45354 = 0.39968
    assert relative_matrix_efficiency() == pytest.approx(0.39968, abs=5e-5)


def test_early_rate_is_h200_fitted_mfu_times_the_ratio():
    assert early_cdna3_mfu() == pytest.approx(FITTED["H200"]["mfu"] * 0.39968, rel=1e-4)
    # with the current fit (H200 mfu 0.5931): 0.5931 x 0.39968 = 0.2370, below MI300X's 0.45
    assert early_cdna3_mfu() < FITTED["MI300X"]["mfu"]


@pytest.mark.parametrize(
    ("engine", "early"),
    [
        ("vLLM 0.6.3.dev109 (ROCm, ghcr.io/embeddedllm/vllm-rocm:cb3b2b9)", True),
        ("vLLM v0.6.1 (ROCm build), LLM.generate on one batch", True),
        (AZURE, True),  # no version: the image's 2024 date decides
        ("vLLM 0.6.7.dev (ROCm rocm/vllm-dev:20250112)", False),  # ROCm's first 2025 image
        ("vLLM 0.10.0 (ROCm 6.4.1 rocm/vllm-dev container)", False),
        ("vLLM (ROCm), benchmark_latency.py", False),  # neither version nor date stated: no rule
        ("SGLang 0.4.2.post4 (ROCm, rocm/sglang-staging:20250212)", False),  # SGLang has its own term
        ("vLLM (ROCm, rocm/vllm-dev:20241121)", True),
    ],
)
def test_which_engines_are_early_rocm_vllm(engine, early):
    assert early_rocm_vllm(engine) is early


def test_the_rate_applies_on_cdna3_only_and_never_raises_mfu():
    mi300x, mi325x, h100 = find_gpu("mi300x"), find_gpu("mi325x"), find_gpu("h100-sxm")
    assert cdna3_mfu(0.45, AZURE, mi300x) == pytest.approx(early_cdna3_mfu())
    assert cdna3_mfu(0.45, AZURE, mi325x) == pytest.approx(early_cdna3_mfu())
    assert cdna3_mfu(0.45, AZURE, h100) == 0.45  # NVIDIA: no such rate
    assert cdna3_mfu(0.45, "vLLM 0.10.2", mi300x) == 0.45  # a later build keeps the fitted value
    assert cdna3_mfu(0.1, AZURE, mi300x) == 0.1  # the lower of the two


def test_weight_gemm_time_scales_by_the_mfu_ratio():
    # Llama-3.1-8B FP8 on one MI300X, 1000 tokens: matmul seconds are linear in 1 / mfu, so the early build's
    # GEMMs take 0.45 / 0.2370 = 1.90 x as long (hand: 1000 x 2 x (8.03e9 - 0.53e9) / (2614.9e12 x 0.45) = 12.7 ms
    # for the layers, then 1.90 x that)
    mi300x, llama = find_gpu("mi300x"), find_model("llama-3.1-8b")
    dep = Deployment(model=llama, gpu=mi300x, tp=1, weight_dtype="fp8", kv_dtype="fp8", utilisation=0.9)
    late = efficiency_for(mi300x, engine="vLLM 0.10.2")
    early = with_engine_terms(efficiency_for(mi300x, engine=AZURE), llama, AZURE, mi300x, "fp8")
    assert late.mfu == FITTED["MI300X"]["mfu"]
    assert early.mfu == pytest.approx(early_cdna3_mfu())
    ratio = matmul_s(dep, early, 1000, 1000) / matmul_s(dep, late, 1000, 1000)
    assert ratio == pytest.approx(late.mfu / early.mfu, rel=1e-9)
    assert 0.010 < matmul_s(dep, late, 1000, 0) < 0.015
