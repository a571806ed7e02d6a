"""A finite fixed-rate run, step by step (`rate_run.py`), and SGLang 0.4.1's per-token cost (`maturity_dpa.py`).

Hand-computed cases: each expected value is assembled from single calls of the step formula
(`serving.mean_step_s`), step by step as the module docstring states the rules.
"""

from __future__ import annotations

import statistics

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.efficiency import efficiency_for, mixes_prefill, runs_eager
from benchmarks.sizing.engine_terms import with_engine_terms
from benchmarks.sizing.maturity_dpa import (
    EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US,
    derive_token_overhead_us,
    early_sglang_dpa_token_us,
    pr2643_predicted_tok_s,
)
from benchmarks.sizing.model import Deployment, step_time
from benchmarks.sizing.published_h import held_out_h
from benchmarks.sizing.rate_run import finite_rate_run
from benchmarks.sizing.serving import mean_step_s
from benchmarks.sizing.validate import figure_deployment, figure_efficiency, predict


def _toy() -> tuple[Deployment, object]:
    gpu = find_gpu("H100-SXM")
    dep = Deployment(model=find_model("Llama-3.1-8B"), gpu=gpu, tp=1, context=2048)
    return dep, efficiency_for(gpu)


def test_one_request_is_a_prefill_step_then_output_minus_one_decode_steps():
    dep, eff = _toy()
    prefill = mean_step_s(dep, eff, 0.0, 100, 3, 1.0)
    decode = mean_step_s(dep, eff, 1.0, 100, 3, 0.0)
    run = finite_rate_run(dep, eff, 1.0, 1, 100, 3, 64)
    assert run.duration_s == pytest.approx(prefill + 2 * decode)
    assert run.median_tpot_s == pytest.approx(decode)  # (end of step 2 - end of step 0) / 2
    assert run.output_tokens_per_s == pytest.approx(3 / (prefill + 2 * decode))


def test_a_cap_of_one_runs_requests_one_after_another():
    dep, eff = _toy()
    prefill = mean_step_s(dep, eff, 0.0, 100, 2, 1.0)
    decode = mean_step_s(dep, eff, 1.0, 100, 2, 0.0)
    # both arrive at once (rate far above capacity); the second waits for the first to finish
    run = finite_rate_run(dep, eff, 1e9, 2, 100, 2, 1)
    assert run.peak_batch == 1
    assert run.duration_s == pytest.approx(2 * (prefill + decode))
    assert run.tpots_s == pytest.approx([decode, decode])


def test_two_requests_a_second_apart_do_not_meet():
    dep, eff = _toy()
    prefill = mean_step_s(dep, eff, 0.0, 100, 2, 1.0)
    decode = mean_step_s(dep, eff, 1.0, 100, 2, 0.0)
    assert prefill + decode < 1.0  # the first finishes before the second arrives
    run = finite_rate_run(dep, eff, 1.0, 2, 100, 2, 64)
    assert run.duration_s == pytest.approx(1.0 + prefill + decode)
    assert run.peak_batch == 1


def test_a_rate_above_capacity_piles_up_and_slows_every_token():
    dep, eff = _toy()
    light = finite_rate_run(dep, eff, 0.5, 50, 512, 256, 4096)
    heavy = finite_rate_run(dep, eff, 200.0, 2000, 512, 256, 4096)
    assert heavy.peak_batch > 10 * light.peak_batch
    assert heavy.median_tpot_s > light.median_tpot_s
    # overloaded, the run's throughput is below what was offered (200 req/s x 256 tokens)
    assert heavy.output_tokens_per_s < 200 * 256
    assert statistics.median(heavy.tpots_s) == heavy.median_tpot_s


def test_a_finite_rate_run_rejects_impossible_input():
    dep, eff = _toy()
    with pytest.raises(ValueError, match="output >= 2"):
        finite_rate_run(dep, eff, 1.0, 10, 100, 1, 64)


def test_rate_rows_with_a_prompt_count_are_run_step_by_step_for_both_metrics():
    rows = [f for f in held_out_h() if f.mode == "rate" and f.load == 8 and "fp8-rps8" in f.key]
    tpot = next(f for f in rows if f.metric == "tpot_ms")
    tput = next(f for f in rows if f.metric == "output_tokens_per_s")
    eff = figure_efficiency(tpot)
    dep = figure_deployment(tpot, eff)
    value, batch = predict(tput, eff)
    # tokens/s is a throughput, not a time (it returned the ITL in ms before)
    assert value > 1000
    tpot_ms, _ = predict(tpot, eff)
    assert tpot_ms == pytest.approx(step_time(dep, eff, batch, 1536).total_s * 1e3, rel=0.5)


def test_a_rate_throughput_without_a_prompt_count_is_the_steady_state_batch_over_its_itl():
    figure = next(f for f in held_out_h() if f.mode == "rate" and f.metric == "output_tokens_per_s")
    steady = figure.model_copy(update={"requests": None})
    eff = figure_efficiency(steady)
    itl_figure = steady.model_copy(update={"metric": "tpot_ms"})
    itl_ms, batch = predict(itl_figure, eff)
    value, _ = predict(steady, eff)
    assert value == pytest.approx(batch / (itl_ms / 1e3))


def test_the_per_token_cost_is_re_derived_from_the_release_note():
    assert derive_token_overhead_us() == EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US
    assert pr2643_predicted_tok_s(EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US) == pytest.approx(2673.55, rel=0.01)
    # without it the model runs the release's ShareGPT run more than 3x too fast
    assert pr2643_predicted_tok_s(0.0) > 3 * 2673.55


def test_the_per_token_cost_applies_by_release_flag_and_model():
    v3, llama = find_model("DeepSeek-V3"), find_model("Llama-3.1-70B")
    dpa = "SGLang v0.4.1, --tp 8 --enable-dp-attention"
    assert early_sglang_dpa_token_us(v3, dpa) == EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US
    assert early_sglang_dpa_token_us(v3, "SGLang v0.4.2, --tp 8 --enable-dp-attention") == 0.0
    assert early_sglang_dpa_token_us(v3, "SGLang v0.4.1, --tp 8") == 0.0
    assert early_sglang_dpa_token_us(llama, dpa) == 0.0
    assert early_sglang_dpa_token_us(v3, "vLLM 0.7.3, attention DP") == 0.0
    gpu = find_gpu("H200")
    eff = with_engine_terms(efficiency_for(gpu), v3, dpa, gpu, "fp8")
    assert eff.token_overhead_us == EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US


def test_the_per_token_cost_counts_decode_rows_and_prefill_tokens():
    dep, eff = _toy()
    with_cost = eff.model_copy(update={"token_overhead_us": 5.0})
    base = step_time(dep, eff, 10, 1000, 100, 100).fixed_s
    # (10 decode rows + 100 prefill tokens) x 5 us = 550 us
    assert step_time(dep, with_cost, 10, 1000, 100, 100).fixed_s - base == pytest.approx(550e-6)


def test_an_eager_flag_set_to_false_keeps_graphs_on():
    assert not runs_eager("vLLM 0.6.3 (gpu_memory_utilization=0.9, max_model_len=32768, enforce_eager=False)")
    assert runs_eager("vLLM 0.6.3 (gpu_memory_utilization=1.0, max_model_len=32768, enforce_eager=True)")
    assert runs_eager("vLLM 0.4.0, --enforce-eager")
    assert runs_eager("SGLang v0.4.1, '... --enable-torch-compile --disable-cuda-graph'")
    assert not runs_eager("SGLang v0.4.1, '... --enable-dp-attention'")


def test_sglang_prefills_apart_from_decode_unless_mixed_chunk_is_stated():
    assert not mixes_prefill("SGLang v0.4.1, 'python3 -m sglang.launch_server --tp 8 --enable-dp-attention'")
    assert mixes_prefill("SGLang v0.4.6 --enable-mixed-chunk")
    assert mixes_prefill("vLLM 0.6.3")
    assert mixes_prefill("TensorRT-LLM 0.14 + Triton")
    assert efficiency_for(find_gpu("H200"), engine="SGLang v0.4.1").mixed_prefill is False


def test_an_unmixed_engine_runs_each_admitted_prompt_as_a_pass_of_its_own():
    dep, eff = _toy()
    unmixed = eff.model_copy(update={"mixed_prefill": False, "prefill_chunk_tokens": 8192})
    context = 100 + 3 / 2
    prefill = step_time(dep, unmixed, 0, context, 100, 100).total_s
    decode = step_time(dep, unmixed, 1, context).total_s
    # one request: its prompt alone, then two decode steps of one sequence
    run = finite_rate_run(dep, unmixed, 1.0, 1, 100, 3, 64)
    assert run.duration_s == pytest.approx(prefill + 2 * decode)
    # a second request arriving while the first decodes stalls it by a whole prefill pass
    both = finite_rate_run(dep, unmixed, 1 / (prefill + 0.5 * decode), 2, 100, 3, 64)
    mixed = finite_rate_run(dep, eff, 1 / (prefill + 0.5 * decode), 2, 100, 3, 64)
    assert max(both.tpots_s) > max(mixed.tpots_s)


def test_an_unmixed_prefill_above_the_budget_runs_in_budget_sized_passes():
    dep, eff = _toy()
    unmixed = eff.model_copy(update={"mixed_prefill": False, "prefill_chunk_tokens": 256})
    context = 300 + 2 / 2
    # one prompt of 300 tokens: passes of 256 and 44 tokens, then one decode step of one sequence
    prefill = (
        step_time(dep, unmixed, 0, context, 256, 300).total_s + step_time(dep, unmixed, 0, context, 44, 300).total_s
    )
    decode = step_time(dep, unmixed, 1, context).total_s
    run = finite_rate_run(dep, unmixed, 1.0, 1, 300, 2, 64)
    assert run.duration_s == pytest.approx(prefill + decode)
    assert run.median_tpot_s == pytest.approx(decode)
