"""Local GPU cost against the hosted API, per token and at the break-even volume.

The local path costs its GPUs by the hour whether busy or idle; the hosted path costs
per token. With g GPU hourly price, TP GPUs per replica, n replicas, r requests/s of
I input and O output tokens, p_in and p_out hosted prices per million tokens:

    local $/h               = n * TP * g               (GPUs the plan allocates)
    hosted $/request        = (I * p_in + O * p_out) / 1e6
    hosted $/h              = r * 3600 * hosted $/request
    local $/M tokens        = local $/h / (r * 3600 * (I + O) / 1e6)   (at the sized utilisation)
    hosted $/M tokens       = (I * p_in + O * p_out) / (I + O)          (blended at this mix)

Break-even volume: a replica costs R = TP * g / 3600 $/s and serves up to C req/s;
hosted costs h $/request. Local is never cheaper when C * h <= R. Otherwise local
with ceil(r / C) replicas is cheaper than hosted at every rate r >= r*, where

    n0 = ceil(C * h / (C * h - R)),   r* = (n0 - 1) * R / h

(below n0 replicas the step to one more replica can cost more than the traffic that
triggered it; n0 = 2 gives the single-replica crossing R / h). The volume is reported
as requests/s and million tokens/day (input + output).

The default prices are examples only, not quotes: the GPU price is a round on-demand
figure and the hosted prices are GPT-5.4 mini on the priority tier as listed on
https://openai.com/api-priority-processing/ in the copy consulted (1.50 / 9.00 USD per
million input / output tokens). Pass your own contract prices.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field

from benchmarks.sizing.plan import SizingPlan

EXAMPLE_GPU_HOUR_USD = 3.00
EXAMPLE_HOSTED_INPUT_USD_PER_M = 1.50
EXAMPLE_HOSTED_OUTPUT_USD_PER_M = 9.00
_SECONDS_PER_DAY = 86_400

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Prices(BaseModel):
    """What the two paths cost; the defaults are examples, see the module docstring."""

    model_config = _FROZEN

    gpu_hour_usd: float = Field(default=EXAMPLE_GPU_HOUR_USD, ge=0, description="Price of one GPU-hour.")
    hosted_input_usd_per_m: float = Field(default=EXAMPLE_HOSTED_INPUT_USD_PER_M, ge=0)
    hosted_output_usd_per_m: float = Field(default=EXAMPLE_HOSTED_OUTPUT_USD_PER_M, ge=0)


class CostComparison(BaseModel):
    """The cost side of the report."""

    model_config = _FROZEN

    prices: Prices
    local_usd_per_hour: float
    hosted_usd_per_hour: float
    local_usd_per_m_tokens: float
    local_usd_per_m_tokens_at_full_load: float
    hosted_usd_per_m_tokens: float
    cheaper: str
    break_even_requests_per_s: float | None
    break_even_m_tokens_per_day: float | None


def hosted_cost_per_request(prices: Prices, input_tokens: int, output_tokens: int) -> float:
    """USD the hosted API charges for one request of this size."""
    return (
        input_tokens * prices.hosted_input_usd_per_m + output_tokens * prices.hosted_output_usd_per_m
    ) / 1e6


def break_even_rps(
    replica_usd_per_s: float, replica_rps: float, hosted_usd_per_request: float
) -> float | None:
    """Lowest request rate above which the local path is cheaper at every rate; None if never.

    Args:
        replica_usd_per_s: R, what one replica's GPUs cost per second.
        replica_rps: C, requests per second one replica serves within the SLOs.
        hosted_usd_per_request: h, what the hosted API charges per request.
    """
    revenue = replica_rps * hosted_usd_per_request
    if revenue <= replica_usd_per_s:
        return None
    if replica_usd_per_s == 0:
        return 0.0
    first_safe = math.ceil(revenue / (revenue - replica_usd_per_s) - 1e-12)
    return (max(first_safe, 2) - 1) * replica_usd_per_s / hosted_usd_per_request


def compare_costs(plan: SizingPlan, prices: Prices) -> CostComparison:
    """Cost per million tokens on each path for the sized workload, and the break-even volume."""
    work = plan.workload
    tokens = work.input_tokens + work.output_tokens
    per_request = hosted_cost_per_request(prices, work.input_tokens, work.output_tokens)
    local_hour = plan.gpus * prices.gpu_hour_usd
    hosted_hour = work.rps * 3600 * per_request
    m_tokens_per_hour = work.rps * 3600 * tokens / 1e6
    replica_hour = plan.deployment.tp * prices.gpu_hour_usd
    full_load_m_tokens = plan.replica_requests_per_s * 3600 * tokens / 1e6
    break_even = break_even_rps(replica_hour / 3600, plan.replica_requests_per_s, per_request)
    return CostComparison(
        prices=prices,
        local_usd_per_hour=local_hour,
        hosted_usd_per_hour=hosted_hour,
        local_usd_per_m_tokens=local_hour / m_tokens_per_hour,
        local_usd_per_m_tokens_at_full_load=replica_hour / full_load_m_tokens,
        hosted_usd_per_m_tokens=per_request * 1e6 / tokens,
        cheaper="local" if local_hour < hosted_hour else "hosted",
        break_even_requests_per_s=break_even,
        break_even_m_tokens_per_day=None
        if break_even is None
        else break_even * tokens * _SECONDS_PER_DAY / 1e6,
    )
