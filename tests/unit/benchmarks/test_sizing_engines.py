"""Engine-side terms of the sizing model, against hand-computed values.

trtllm-bench's build heuristic (`trtllm_bench.py`), the driver-reported memory of a GPU,
attention as a kernel of its own, and the LM head run only for rows that sample a token.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, Efficiency, find_gpu, find_model
from benchmarks.sizing.efficiency import efficiency_for, engine_values, runs_python_scheduler
from benchmarks.sizing.model import fixed_step_s, matmul_s, step_time
from benchmarks.sizing.published import FIGURES
from benchmarks.sizing.serving import batch_tokens_per_s, static_batch_tokens_per_s
from benchmarks.sizing.trtllm_bench import round_batch, round_tokens, trtllm_bench_settings
from benchmarks.sizing.validate import (
    engine_limits,
    figure_deployment,
    figure_efficiency,
    held_out_set,
    predict,
    render_fit_only,
    validate,
)


def test_batch_cap_rounds_up_in_steps_that_grow_with_the_batch():
    assert round_batch(10) == 64  # at least 64
    assert round_batch(65) == 96  # 32 * ceil(65 / 32)
    assert round_batch(300) == 384  # 128 * ceil(300 / 128)
    assert round_batch(1635) == 1792  # 256 * ceil(1635 / 256)


def test_token_budget_is_at_least_2048_and_rounds_up():
    assert round_tokens(27) == 2048
    assert round_tokens(4000) == 4096  # 256 * ceil(4000 / 256)
    assert round_tokens(5000) == 5120  # 512 * ceil(5000 / 512)
    assert round_tokens(8776) == 9216  # 1024 * ceil(8776 / 1024)


def test_trtllm_bench_settings_by_hand():
    # Llama-3.1-70B FP8 on 8 x H100 (81559 MiB = 79.648 GiB each), 128 in / 2048 out:
    # engine 70.6e9 B = 65.75 GiB; KV 2 x 80 x 8 x 128 x 1 B = 1.5259e-4 GiB/token;
    # requests = 0.95 x (637.19 - 65.75) / (1.5259e-4 x 2176) = 1635 -> batch cap 1792;
    # tokens = 1635 x (1 + 128 / 2048) = 1737 -> 2048
    seventy, h100 = find_model("llama-3.1-70b"), find_gpu("h100-sxm")
    assert trtllm_bench_settings(seventy, h100, 8, "fp8", "fp8", 128, 2048) == (1792, 2048)
    # Llama-3.1-8B FP8 on one H100, 2048 / 128: 0.95 x (79.648 - 7.479) / (6.1035e-5 x 2176)
    # = 516 requests -> 640; tokens 516 x 17 = 8776 -> 9216
    assert trtllm_bench_settings(find_model("llama-3.1-8b"), h100, 1, "fp8", "fp8", 2048, 128) == (640, 9216)


def test_tensorrt_llm_figures_take_the_tuned_limits_and_others_the_fixed_ones():
    by_key = {figure.key: figure for figure in FIGURES}
    assert engine_limits(by_key["trt017-llama-3.1-70b-h100-sxm-tp8-128-2048"]) == (1792, 2048)
    assert engine_limits(by_key["vllm-h100-8b-c1"]) == (256, 8192)
    assert engine_limits(by_key["trt014-online-70b-h100-sxm-467-256-qps2"]) == (4096, 8192)


def test_driver_reported_memory_is_used_where_one_was_retrieved():
    assert find_gpu("h100-sxm").memory_bytes == 81559 * 2**20  # 85.52 GB, not 80e9
    assert find_gpu("a100-40gb").memory_bytes == 40960 * 2**20
    assert find_gpu("mi300x").memory_bytes == 192e9  # no driver report retrieved: the datasheet's GB


def test_attention_adds_to_the_gemms_instead_of_hiding_under_them():
    # Llama-3.1-8B bf16 on one H100 at batch 256, context 2000, ideal efficiency:
    # GEMMs are compute-bound, attention (KV read) still costs its own time on top.
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("h100-sxm"))
    eff = Efficiency(memory=1.0, mfu=1.0)
    step = step_time(dep, eff, batch=256, context=2000)
    kv_read = 256 * 131_072 * 2000 / 3.35e12  # 20.03 ms
    assert step.attention_s == pytest.approx(kv_read)
    assert step.total_s == pytest.approx(max(step.memory_s, step.compute_s) + kv_read)
    assert step.bound == "attention"


def test_lm_head_runs_only_for_rows_that_sample():
    # 1000 prefill tokens of one prompt: every token through the layers, one through the LM head.
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("h100-sxm"))
    eff = Efficiency(mfu=1.0)
    head = 128_256 * 4096
    body = 8.03e9 - 2 * head  # untied: input embedding (a gather) and LM head are both outside
    assert matmul_s(dep, eff, 1000, 1) == pytest.approx((2 * 1000 * body + 2 * head) / 989e12)
    assert matmul_s(dep, eff, 1000) == pytest.approx(2 * 1000 * (body + head) / 989e12)


def test_fit_only_report_never_shows_a_held_out_row():
    rows = validate(figures=[figure for figure in FIGURES if figure.role == "fit"])
    text = render_fit_only(rows)
    held_out = [figure.key for figure in FIGURES if figure.role == "held-out"]
    assert held_out and not any(f"{key}:" in text for key in held_out)
    assert all(f"{row.figure.key}:" in text for row in rows)


@pytest.mark.parametrize("tp", [1, 2, 8])
def test_attention_overhead_per_sequence_and_layer_does_not_shrink_with_tp(tp: int):
    # 100 sequences x 32 layers x 100 ns = 0.32 ms on every GPU, however the KV heads are split
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("h100-sxm"), tp=tp)
    plain = step_time(dep, Efficiency(), batch=100, context=500).attention_s
    with_overhead = step_time(dep, Efficiency(attention_overhead_ns=100), batch=100, context=500).attention_s
    assert with_overhead - plain == pytest.approx(100 * 32 * 100e-9)


def test_vllm_step_overhead_applies_to_vllm_engines_only():
    shared = {"step_overhead_us": 100.0, "vllm_step_overhead_us": 250.0, "moe": 0.8}
    assert runs_python_scheduler("vLLM 0.10.2 (ROCm 7.0.0 container), benchmark_latency")
    assert runs_python_scheduler("vllm")
    assert not runs_python_scheduler("TensorRT-LLM 0.17 (TensorRT engine)")
    assert not runs_python_scheduler("SGLang v0.5.7")
    vllm = engine_values(shared, "vLLM nightly benchmark")
    assert vllm == {"step_overhead_us": 100.0, "engine_step_overhead_us": 250.0, "moe": 0.8}
    assert engine_values(shared, "TensorRT-LLM 1.0")["engine_step_overhead_us"] == 0.0


def test_engine_step_overhead_adds_to_every_step():
    # fixed per step = (step + engine + L x layer + B x sequence) us: (100 + 250 + 32 x 2 + 8 x 1) us = 422 us
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("h100-sxm"))
    eff = Efficiency(step_overhead_us=100, engine_step_overhead_us=250, layer_overhead_us=2, sequence_overhead_us=1)
    assert fixed_step_s(dep, eff, batch=8) == pytest.approx(422e-6)
    assert fixed_step_s(dep, eff.model_copy(update={"engine_step_overhead_us": 0.0}), batch=8) == pytest.approx(172e-6)


def test_size_plans_a_vllm_deployment_by_default():
    h100 = find_gpu("h100-sxm")
    assert efficiency_for(h100).engine_step_overhead_us == efficiency_for(h100, engine="vLLM").engine_step_overhead_us
    assert efficiency_for(h100, engine="TensorRT-LLM").engine_step_overhead_us == 0.0


def test_an_offline_run_of_fewer_prompts_than_the_batch_is_one_static_wave():
    figure = next(f for f in FIGURES if f.key.startswith("b-vllm-pr17530-") and f.input_tokens == 1000)
    assert figure.requests == 200  # the PR's command: --num-prompts 200
    eff = figure_efficiency(figure)
    dep = figure_deployment(figure, eff)
    predicted, batch = predict(figure, eff)
    assert batch == 200
    assert predicted == pytest.approx(static_batch_tokens_per_s(dep, eff, 200, 1000, 2000))
    # without the stated prompt count the same row is a steady state at the engine's batch cap
    steady, steady_batch = predict(figure.model_copy(update={"requests": None}), eff)
    assert steady_batch == 256
    assert steady == pytest.approx(batch_tokens_per_s(dep, eff, 256, 1000, 2000))


def test_held_out_rows_are_labelled_by_set():
    sets = {held_out_set(f) for f in FIGURES}
    assert {"fit", "A", "B", "C", "D"} <= sets
    c_row = next(f for f in FIGURES if f.key.startswith("c-dstack-"))
    assert held_out_set(c_row) == "C"
    d_row = next(f for f in FIGURES if f.key.startswith("d-azure-"))
    assert held_out_set(d_row) == "D"
    b_row = next(f for f in FIGURES if f.key.startswith("b-vllm-pr17530-"))
    a_row = next(f for f in FIGURES if f.key == "trt017-mistral-7b-v0.3-h200-tp1-128-128")
    fit_row = next(f for f in FIGURES if f.key == "vllm-h100-8b-c1")
    assert (held_out_set(a_row), held_out_set(b_row), held_out_set(fit_row)) == ("A", "B", "fit")
    # a held-out row from a set added later is none of A-D
    assert held_out_set(a_row.model_copy(update={"key": "some-later-row"})) == "later"
