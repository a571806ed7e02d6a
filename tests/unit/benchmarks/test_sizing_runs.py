"""How a published run was executed, against hand-computed values: the engine a sweep built once
(`trtllm_bench.built_for_dataset`) and a finite offline run of more prompts than the engine runs
at once (waves, `serving.static_batch_tokens_per_s(max_batch=...)`).
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, Efficiency, find_gpu, find_model
from benchmarks.sizing.engine_terms import engine_limits
from benchmarks.sizing.published import FIGURES
from benchmarks.sizing.serving import static_batch_tokens_per_s
from benchmarks.sizing.trtllm_bench import built_for_dataset, trtllm_bench_settings


def test_the_dataset_an_engine_was_built_for_is_read_from_its_stated_name():
    azure = "TensorRT-LLM v0.15.0 trtllm-bench (one engine per model, built for the 2048/2048 dataset)"
    assert built_for_dataset(azure) == (2048, 2048)
    assert built_for_dataset("TensorRT-LLM 0.17 (TensorRT engine)") is None


def test_a_sweep_engine_built_for_2048_2048_caps_every_length_at_that_datasets_limits():
    # Llama 3.1 8B FP8 on one H100 (81559 MiB = 79.647 GiB reported), engine built for 2048/2048:
    # engine 8.03e9 B / 2^30 = 7.479 GiB; KV per token 2 * 32 * 8 * 128 * 1 B / 2^30 = 6.1035e-5 GiB
    # requests = 0.95 * (79.647 - 7.479) / (6.1035e-5 * 4096) = 68.56 / 0.25 = 274.2
    # max batch = 128 * ceil(274.2 / 128) = 384; tokens = 274.2 * (1 + 1) = 548 -> at least 2048
    model, gpu = find_model("llama-3.1-8b"), find_gpu("h100-sxm")
    assert trtllm_bench_settings(model, gpu, 1, "fp8", "fp8", 2048, 2048) == (384, 2048)
    azure = [f for f in FIGURES if f.key.startswith("d-azure-trtllm015-llama-3.1-8b-h100-sxm-tp1-")]
    assert len(azure) == 6
    # the 128/128 run uses the 2048/2048 engine's limits, not the (4096, 8192) a 128/128 build would get
    assert {engine_limits(f) for f in azure} == {(384, 2048)}
    assert trtllm_bench_settings(model, gpu, 1, "fp8", "fp8", 128, 128) == (4096, 8192)


def _wave_seconds(dep: Deployment, eff: Efficiency, size: int, prompt: int, output: int) -> float:
    return size * output / static_batch_tokens_per_s(dep, eff, size, prompt, output)


def test_a_finite_run_of_more_prompts_than_the_cap_runs_in_waves_of_the_cap():
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("h100-sxm"), weight_dtype="fp8", kv_dtype="fp8")
    eff = Efficiency(step_overhead_us=200.0)
    # 1000 prompts at a cap of 384: waves of 384, 384 and 232 (1000 - 768)
    seconds = 2 * _wave_seconds(dep, eff, 384, 128, 128) + _wave_seconds(dep, eff, 232, 128, 128)
    expected = 1000 * 128 / seconds
    assert static_batch_tokens_per_s(dep, eff, 1000, 128, 128, waves=False, max_batch=384) == pytest.approx(expected)
    assert static_batch_tokens_per_s(dep, eff, 1000, 128, 128, waves=True, max_batch=384) == pytest.approx(expected)
    # the last, smaller wave makes the run slower than 1000/384 full waves would be
    assert expected < 384 * 128 / _wave_seconds(dep, eff, 384, 128, 128)
    # no cap below the prompts: one wave, as before
    one = static_batch_tokens_per_s(dep, eff, 300, 128, 128, waves=False)
    assert static_batch_tokens_per_s(dep, eff, 300, 128, 128, waves=False, max_batch=384) == pytest.approx(one)
