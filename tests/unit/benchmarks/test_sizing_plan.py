"""From one replica to a deployment: batch choice, replicas, nodes and the refusals."""

from __future__ import annotations

import math

import pytest

from benchmarks.sizing import (
    Deployment,
    DoesNotFitError,
    Efficiency,
    InvalidDeploymentError,
    SloUnattainableError,
    Workload,
    decode_step,
    find_gpu,
    find_model,
    mean_itl_s,
    nodes_needed,
    prefill_time,
    replica_requests_per_s,
    replicas_needed,
    size_deployment,
)
from benchmarks.sizing.model import step_time


def deployment(model: str = "llama-3.1-8b", gpu: str = "h100-sxm", **changes: object) -> Deployment:
    dep = Deployment(model=find_model(model), gpu=find_gpu(gpu))
    return dep.model_copy(update=changes)


@pytest.mark.parametrize(
    ("demand", "capacity", "expected"),
    [(10, 3, 4), (9, 3, 3), (0.9, 0.3, 3), (0.01, 5, 1), (12.5, 2.5, 5), (12.6, 2.5, 6)],
)
def test_replicas_round_up_without_float_noise(demand, capacity, expected):
    # 0.9 / 0.3 is 3.0000000000000004 in binary floating point: still 3 replicas
    assert replicas_needed(demand, capacity) == expected


@pytest.mark.parametrize(
    ("replicas", "tp", "gpus_per_node", "expected"),
    [(4, 4, 8, 2), (5, 4, 8, 3), (3, 1, 8, 1), (9, 1, 8, 2), (3, 8, 8, 3), (3, 2, 6, 1), (4, 4, 6, 4)],
)
def test_nodes_hold_whole_replicas(replicas, tp, gpus_per_node, expected):
    # a node of 6 GPUs holds one TP-4 replica, not one and a half
    assert nodes_needed(replicas, tp, gpus_per_node) == expected


def test_cycle_arithmetic_by_hand():
    dep, eff, work = deployment(), Efficiency(), Workload(input_tokens=1000, output_tokens=250)
    context = 1000 + 125
    # batch 1: one arrival every 250 steps; 1/250 of steps carry the 1000-token prompt
    with_prompt = step_time(dep, eff, 1, context, 1000, 1000).total_s
    plain = decode_step(dep, eff, 1, context).total_s
    step = with_prompt / 250 + plain * 249 / 250
    # one request takes 250 steps of the engine plus the API server's 13.074 ms (frontend.py)
    assert replica_requests_per_s(dep, eff, work, 1) == pytest.approx(1 / (step * 250 + 0.013074))
    # the ITL a sequence sees at batch 1 carries no other prompt
    assert mean_itl_s(dep, eff, work, 1) == pytest.approx(plain)
    # batch 4: three other arrivals per 250 steps
    four = step_time(dep, eff, 4, context, 1000, 1000).total_s * 3 / 250
    four += decode_step(dep, eff, 4, context).total_s * 247 / 250
    assert mean_itl_s(dep, eff, work, 4) == pytest.approx(four)
    # batch 500 with 8192-token budget: 2 arrivals x 1000 tokens ride along in every step
    assert mean_itl_s(dep, eff, work, 500) == pytest.approx(
        step_time(dep, eff, 500, context, 499 / 250 * 1000, 1000).total_s
    )

def test_plan_meets_the_slos_with_the_largest_batch():
    work = Workload(rps=20, input_tokens=1000, output_tokens=250, ttft_slo_ms=1000, itl_slo_ms=30)
    dep, eff = deployment(), Efficiency()
    plan = size_deployment(dep, work, eff)
    assert plan.batch_limit == "inter-token latency SLO"
    assert plan.itl_ms <= 30
    assert mean_itl_s(dep, eff, work, plan.batch + 1) * 1e3 > 30
    assert plan.ttft_ms == pytest.approx(prefill_time(dep, eff, 1000) * 1e3)
    assert plan.replicas == math.ceil(20 / plan.replica_requests_per_s)
    assert plan.replicas >= max(plan.replicas_decode_bound, plan.replicas_prefill_bound)
    assert plan.gpus == plan.replicas and plan.nodes == math.ceil(plan.replicas / 8)
    assert 0 < plan.sized_utilisation <= 1
    assert plan.sized_utilisation == pytest.approx(20 / (plan.replicas * plan.replica_requests_per_s))


def test_plan_batch_limited_by_memory_or_engine_cap():
    relaxed = Workload(input_tokens=4000, output_tokens=4000, itl_slo_ms=10_000, ttft_slo_ms=10_000)
    memory_bound = size_deployment(deployment(context=8192), relaxed, Efficiency())
    assert memory_bound.batch == memory_bound.max_sequences_at_workload
    assert memory_bound.batch_limit == "KV-cache memory"
    capped = size_deployment(deployment(max_num_seqs=16), Workload(itl_slo_ms=10_000), Efficiency())
    assert (capped.batch, capped.batch_limit) == (16, "engine max_num_seqs")


def test_plan_curve_is_monotonic_and_includes_the_chosen_batch():
    plan = size_deployment(deployment(), Workload(itl_slo_ms=30), Efficiency())
    assert plan.batch in [point.batch for point in plan.curve]
    rates = [point.tokens_per_s_per_gpu for point in plan.curve]
    assert rates == sorted(rates)


def test_seventy_b_in_bf16_on_one_h100_says_what_would_fit():
    with pytest.raises(DoesNotFitError) as caught:
        size_deployment(deployment("llama-3.1-70b"), Workload(), Efficiency())
    error = caught.value
    assert "Llama-3.1-70B in bf16 needs 141 GB of weights" in error.message
    # TP 2 (2 x 81559 MiB as nvidia-smi reports) leaves 149 GB after runtime memory for 141 GB of
    # weights and one 8192-token sequence (2.7 GB). fp8 weights (73 GB) fit at TP 2,
    # int4 (40 GB) on one GPU; a B200 (180 GB) holds the bf16 weights alone.
    assert "--tp 2 (2 x H100-SXM) or more" in error.suggestions
    assert "--weight-dtype fp8 at --tp 2" in error.suggestions
    assert "--weight-dtype int4 at --tp 1" in error.suggestions
    assert "--gpu B200 at --tp 1" in error.suggestions
    assert "--tp 2 (2 x H100-SXM)" in str(error)


def test_context_too_long_for_memory_suggests_the_longest_that_fits():
    dep = deployment("llama-3.1-8b", "l4", context=131_072)
    with pytest.raises(DoesNotFitError) as caught:
        size_deployment(dep, Workload(), Efficiency())
    assert any(s.startswith("--context ") for s in caught.value.suggestions)


@pytest.mark.parametrize(
    ("model", "tp", "valid"), [("qwen2.5-7b", 8, "1, 2, 4"), ("llama-3.2-3b", 3, "1, 2, 4, 8")]
)
def test_tensor_parallel_must_divide_the_heads(model, tp, valid):
    with pytest.raises(InvalidDeploymentError, match=f"valid --tp values: {valid}$"):
        size_deployment(deployment(model, tp=tp), Workload(), Efficiency())


def test_a_replica_never_spans_nodes():
    with pytest.raises(InvalidDeploymentError, match="never spans nodes"):
        size_deployment(deployment("llama-3.1-405b", tp=8), Workload(), Efficiency(), gpus_per_node=4)


def test_context_limits():
    with pytest.raises(InvalidDeploymentError, match="maximum of 4096"):
        size_deployment(deployment("phi-3-mini-4k", context=8192), Workload(), Efficiency())
    with pytest.raises(InvalidDeploymentError, match="longer than --context 1024"):
        size_deployment(
            deployment(context=1024), Workload(input_tokens=1000, output_tokens=250), Efficiency()
        )


def test_unattainable_slo_is_refused_with_advice():
    with pytest.raises(SloUnattainableError) as caught:
        size_deployment(deployment(), Workload(itl_slo_ms=1), Efficiency())
    assert "ITL" in caught.value.message
    assert any("--tp" in s for s in caught.value.suggestions)
