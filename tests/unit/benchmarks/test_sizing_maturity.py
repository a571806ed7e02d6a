"""Engine maturity by engine, vendor and era (`maturity.py`): SGLang serving an MLA model on CDNA3.

The constant is re-derived here from its source (aiter pull request 1930's published TPOT), so a
change to the model that moves the derivation shows up as a failing test, not a silent drift.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, find_gpu, find_model
from benchmarks.sizing.efficiency import efficiency_for
from benchmarks.sizing.maturity import (
    AITER_1930_TPOT_MS,
    CDNA3_SGLANG_MLA_STEP_OVERHEAD_US,
    EARLY_MLA_STEP_OVERHEAD_US,
    maturity_step_overhead_us,
)
from benchmarks.sizing.serving import batch_itl_s


def test_cdna3_sglang_mla_overhead_is_the_gap_to_aiter_pr_1930():
    # SGLang, DeepSeek-R1 FP8, 8 x MI300X, TP 8, 1k/1k; SGLang's default KV dtype for an FP8 checkpoint (BF16)
    mi300x = find_gpu("mi300x")
    dep = Deployment(model=find_model("deepseek-r1"), gpu=mi300x, tp=8, weight_dtype="fp8", utilisation=0.8)
    eff = efficiency_for(mi300x, engine="SGLang", context=2048, prefill_chunk_tokens=131072, kv_block_tokens=1)
    gaps = [published / 1e3 - batch_itl_s(dep, eff, c, 1024, 1024) for c, published in AITER_1930_TPOT_MS]
    # 13.1, 13.0, 12.2 and 7.1 ms when derived: a per-step cost that does not grow with the batch
    assert all(0.005 < gap < 0.015 for gap in gaps)
    assert sum(gaps) / len(gaps) * 1e6 == pytest.approx(CDNA3_SGLANG_MLA_STEP_OVERHEAD_US, abs=500)


def test_the_cdna3_cost_applies_by_engine_vendor_and_era_only():
    r1, llama = find_model("deepseek-r1"), find_model("llama-3.1-70b")
    mi325x, mi300x, h200 = find_gpu("mi325x"), find_gpu("mi300x"), find_gpu("h200")
    sglang = "SGLang (sglang:v0.5.9-rocm700-mi30x, InferenceX dsr1-fp8-mi325x-sglang)"
    assert maturity_step_overhead_us(r1, sglang, mi325x) == CDNA3_SGLANG_MLA_STEP_OVERHEAD_US
    assert maturity_step_overhead_us(r1, "SGLang v0.5.7", mi300x) == CDNA3_SGLANG_MLA_STEP_OVERHEAD_US
    assert maturity_step_overhead_us(r1, "SGLang v0.5.7", h200) == 0.0  # NVIDIA: no such cost
    assert maturity_step_overhead_us(r1, "vLLM 0.10.2", mi300x) == 0.0  # the source measured SGLang only
    assert maturity_step_overhead_us(llama, sglang, mi325x) == 0.0  # GQA model: not the MLA/block-FP8 path
    assert maturity_step_overhead_us(r1, sglang) == 0.0  # GPU unknown: no vendor rule
    # an early release pays the early cost, not both
    assert maturity_step_overhead_us(r1, "SGLang 0.4.2.post4 (ROCm)", mi300x) == EARLY_MLA_STEP_OVERHEAD_US
