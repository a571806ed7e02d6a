"""Cost per token on each path and the break-even volume, by hand."""

from __future__ import annotations

import pytest

from benchmarks.sizing import (
    Deployment,
    Efficiency,
    Prices,
    Workload,
    break_even_rps,
    compare_costs,
    find_gpu,
    find_model,
    size_deployment,
)
from benchmarks.sizing.cost import hosted_cost_per_request


def test_hosted_cost_per_request():
    # 1000 x $1.50/M + 250 x $9.00/M = $0.0015 + $0.00225
    assert hosted_cost_per_request(Prices(), 1000, 250) == pytest.approx(0.00375)


@pytest.mark.parametrize(
    ("replica_usd_per_s", "replica_rps", "hosted_per_request", "expected"),
    [
        # one replica costs $1/s and earns its keep above 2 req/s; a second replica at 10 req/s
        # costs $2/s against $5/s hosted, so local stays cheaper from 2 req/s on
        (1.0, 10.0, 0.5, 2.0),
        # $4/s replicas: at 30-32 req/s four replicas ($16/s) cost more than hosted ($15-16/s);
        # from 32 req/s on local is cheaper in every segment (n0 = ceil(5 / 1) = 5, r* = 4 x 4 / 0.5)
        (4.0, 10.0, 0.5, 32.0),
        # ratio exactly 2 (n0 = 2): single-replica crossing R / h
        (2.5, 10.0, 0.5, 5.0),
        # a replica at full load earns $5/s hosted-equivalent but costs $6/s: never
        (6.0, 10.0, 0.5, None),
        (0.0, 10.0, 0.5, 0.0),
    ],
)
def test_break_even_rps(replica_usd_per_s, replica_rps, hosted_per_request, expected):
    result = break_even_rps(replica_usd_per_s, replica_rps, hosted_per_request)
    assert result == (None if expected is None else pytest.approx(expected))


def test_break_even_is_where_the_step_function_stays_below_hosted():
    replica, capacity, hosted = 4.0, 10.0, 0.5
    threshold = break_even_rps(replica, capacity, hosted)
    assert threshold is not None
    for tenth in range(1, 2000):
        rate = tenth / 10
        local = -(-rate // capacity) * replica
        assert (local <= rate * hosted + 1e-9) or rate < threshold


def test_compare_costs_for_a_sized_plan():
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("h100-sxm"))
    work = Workload(rps=2, input_tokens=1000, output_tokens=250, itl_slo_ms=40)
    plan = size_deployment(dep, work, Efficiency())
    cost = compare_costs(
        plan, Prices(gpu_hour_usd=4.0, hosted_input_usd_per_m=1.5, hosted_output_usd_per_m=9.0)
    )
    assert cost.local_usd_per_hour == pytest.approx(plan.gpus * 4.0)
    assert cost.hosted_usd_per_hour == pytest.approx(2 * 3600 * 0.00375)  # $27/h
    # 2 req/s x 3600 s x 1250 tokens = 9 M tokens per hour
    assert cost.local_usd_per_m_tokens == pytest.approx(cost.local_usd_per_hour / 9.0)
    assert cost.hosted_usd_per_m_tokens == pytest.approx(3.0)  # $0.00375 per 1250 tokens
    full = plan.replica_requests_per_s * 3600 * 1250 / 1e6
    assert cost.local_usd_per_m_tokens_at_full_load == pytest.approx(4.0 / full)
    assert cost.cheaper == ("local" if cost.local_usd_per_hour < 27 else "hosted")
    expected = break_even_rps(4.0 / 3600, plan.replica_requests_per_s, 0.00375)
    assert cost.break_even_requests_per_s == pytest.approx(expected)
    assert cost.break_even_m_tokens_per_day == pytest.approx(expected * 1250 * 86_400 / 1e6)
