"""llama.cpp's pre-PR-9816 F16 matrix-vector ceiling (llamacpp_dmmv.py) and GDDR parts' memory shares
(efficiency.memory_source): hand-computed values, where each applies, what it leaves alone."""

from __future__ import annotations

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.deployment import Deployment
from benchmarks.sizing.efficiency import efficiency_for, memory_source
from benchmarks.sizing.engine_terms import with_engine_terms
from benchmarks.sizing.fitted import FITTED
from benchmarks.sizing.llamacpp_dmmv import dmmv_bytes_s, dmmv_memory_share, llamacpp_build, runs_scalar_dmmv
from benchmarks.sizing.model import weights_memory_s

_M_ENGINE = "llama.cpp build befddd0f (2834), llama-bench, CUDA, all layers on the GPU, F16 weights and KV, batch 1"


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        (_M_ENGINE, 2834),
        ("llama.cpp build e8496488 (2843), llama-bench", 2843),
        ("llama.cpp (no build stated)", None),
        ("vLLM 0.6.1 build abc (2834)", None),  # another engine, whatever it prints
    ],
)
def test_build_number_is_read_from_the_engine_name(engine: str, expected: int | None) -> None:
    assert llamacpp_build(engine) == expected


@pytest.mark.parametrize(
    ("engine", "dtype", "expected"),
    [
        (_M_ENGINE, "fp16", True),
        (_M_ENGINE, "bf16", True),
        (_M_ENGINE, "int4", False),  # quantised weights take mmvq, not dmmv
        ("llama.cpp build 0123abcd (4100), llama-bench", "fp16", False),  # after PR 9816's vector loads
        ("vLLM 0.10.0", "fp16", False),
    ],
)
def test_applies_to_16_bit_weights_on_builds_before_pr_9816(engine: str, dtype: str, expected: bool) -> None:
    assert runs_scalar_dmmv(engine, dtype) is expected


def test_ceiling_is_bytes_per_sm_cycle_times_sms_times_clock() -> None:
    # A100: 5.4 B x 108 SMs x 1.41 GHz = 822.312 GB/s, of 2.039 TB/s = 0.40329
    a100 = find_gpu("A100-80GB")
    assert dmmv_bytes_s(a100) == pytest.approx(822.312e9)
    assert dmmv_memory_share(0.6242, _M_ENGINE, a100, "fp16") == pytest.approx(0.403292, abs=1e-6)
    # the PCIe A100 has the same SMs and clock, so the same ceiling in bytes/s: 822.312 / 1935 = 0.42497
    assert dmmv_memory_share(0.6242, _M_ENGINE, find_gpu("A100-PCIe-80GB"), "fp16") == pytest.approx(0.424968, abs=1e-6)
    # H100 PCIe: 5.4 x 114 x 1.755 = 1080.378 GB/s of 2.0 TB/s
    assert dmmv_memory_share(0.9, _M_ENGINE, find_gpu("H100-PCIe"), "fp16") == pytest.approx(0.540189, abs=1e-6)


def test_gddr_parts_are_not_capped() -> None:
    # L40S: 5.4 x 142 x 2.52 = 1932.3 GB/s, above its 864 GB/s: the fitted share stands
    l40s = find_gpu("L40S")
    assert dmmv_bytes_s(l40s) == pytest.approx(1932.336e9)
    assert dmmv_memory_share(0.7225, _M_ENGINE, l40s, "fp16") == 0.7225
    # A40: 5.4 x 84 x 1.74 = 789.264 GB/s, above its 696 GB/s
    assert dmmv_memory_share(0.7225, _M_ENGINE, find_gpu("A40"), "fp16") == 0.7225


def test_engine_terms_carry_the_cap_into_the_weight_time() -> None:
    gpu, model = find_gpu("A100-80GB"), find_model("Llama-3-8B")
    eff = efficiency_for(gpu, engine=_M_ENGINE)
    capped = with_engine_terms(eff, model, _M_ENGINE, gpu, "fp16")
    assert capped.memory == pytest.approx(822.312e9 / 2.039e12)
    dep = Deployment(model=model, gpu=gpu, tp=1, weight_dtype="fp16", kv_dtype="fp16")
    # the weights' streaming time grows by the ratio of the shares, nothing else in the term changes
    ratio = weights_memory_s(dep, capped, 1.0) / weights_memory_s(dep, eff, 1.0)
    assert ratio == pytest.approx(eff.memory / capped.memory, rel=1e-9)
    # vLLM on the same GPU keeps the fitted share
    assert with_engine_terms(eff, model, "vLLM 0.10.0", gpu, "fp16").memory == eff.memory


@pytest.mark.parametrize(
    ("gpu", "expected"),
    [
        ("A40", "L40S"),  # GDDR6 Ampere: the fitted GDDR part, not the A100's HBM2e
        ("RTX-A6000", "L40S"),
        ("A10", "L40S"),
        ("L4", "L40S"),  # Ada: its generation default is already the GDDR part
        ("A100-PCIe-80GB", "A100-80GB"),  # HBM: the generation default
        ("H100-SXM", "H100-SXM"),  # fitted
    ],
)
def test_memory_shares_come_from_a_part_with_the_same_memory(gpu: str, expected: str) -> None:
    assert memory_source(find_gpu(gpu)) == expected


def test_gddr_ampere_part_takes_memory_shares_but_keeps_its_generations_matrix_rate() -> None:
    eff = efficiency_for(find_gpu("A40"))
    assert eff.memory == FITTED["L40S"]["memory"]
    assert eff.attention_memory == FITTED["L40S"]["attention_memory"]
    assert eff.mfu == FITTED["A100-80GB"]["mfu"]
    assert eff.allreduce_latency_us == FITTED["A100-80GB"]["allreduce_latency_us"]
