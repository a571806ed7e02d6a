"""From one replica's performance to a whole deployment: batch, replicas, nodes.

Serving B sequences that each arrive with I input and leave with O output tokens, a
replica in steady state runs continuous batching with chunked prefill (`serving.py`):
each step decodes B sequences and prefills the prompts of the a = B / O requests that
replace finished ones, inside the engine's token budget:

    replica req/s     = B / mean step(a = B / O) / O;  output tokens/s = replica req/s * O
    mean ITL          = mean step(a = (B - 1) / O)
    TTFT              = prefill(I)                                  (queueing-free)

Uncertainty: the plan also gives the replicas and nodes needed if the replica's real
capacity sits at the 10th or 90th percentile of the held-out validation errors of
comparable rows (`band.py`), e.g. "3-4 nodes".

The batch is the largest B that (a) fits the KV cache at I + O tokens per sequence
and the engine's max_num_seqs, and (b) keeps the mean ITL within the SLO; ITL grows
with B, so a binary search finds it. Then

    replicas          = ceil(req/s needed / (replica req/s * max load))
                        >= ceil(req/s * O / (decode tokens/s * max load))   (decode bound)
                        >= ceil(req/s * prefill(I) / max load)              (prefill bound)
    nodes             = ceil(replicas * TP / GPUs per node)
    sized utilisation = req/s needed / (replicas * replica req/s)           (<= max load)

The max load (0.8 unless given) is the headroom a plan keeps: TTFT above is queueing-free,
and a replica run at its full capacity queues without bound.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field

from benchmarks.sizing.band import BAND_BASIS, BANDS
from benchmarks.sizing.catalogue import GPUS
from benchmarks.sizing.errors import SloUnattainableError
from benchmarks.sizing.fit import check_fits, check_shape, valid_tps
from benchmarks.sizing.frontend import served_requests_per_s
from benchmarks.sizing.model import (
    Deployment,
    Efficiency,
    decode_step,
    max_sequences,
    prefill_time,
    replica_kv_bytes_per_token,
    runtime_bytes_per_gpu,
    usable_kv_bytes,
    weight_bytes,
)
from benchmarks.sizing.serving import batch_itl_s, batch_tokens_per_s
from benchmarks.sizing.specs import BYTES_PER_WEIGHT

_FROZEN = ConfigDict(frozen=True, extra="forbid")
_EPSILON = 1e-9


class Workload(BaseModel):
    """The traffic a deployment must carry and the latency it must keep."""

    model_config = _FROZEN

    rps: float = Field(default=1.0, gt=0, description="Requests per second, sustained.")
    input_tokens: int = Field(default=1000, gt=0, description="Mean prompt tokens per request.")
    output_tokens: int = Field(default=250, gt=0, description="Mean generated tokens per request.")
    ttft_slo_ms: float = Field(default=2000.0, gt=0, description="Time-to-first-token target.")
    itl_slo_ms: float = Field(default=50.0, gt=0, description="Mean inter-token latency target.")
    max_load: float = Field(
        default=0.8,
        gt=0,
        le=1,
        description="Share of a replica's capacity the plan fills: the rest absorbs bursts. TTFT is predicted "
        "queueing-free, and a replica planned at 100 % builds a queue that grows without bound.",
    )


class CurvePoint(BaseModel):
    """Decode throughput and latency of one replica at one batch size."""

    model_config = _FROZEN

    batch: int
    tokens_per_s_per_gpu: float
    itl_ms: float
    bound: str


class SizingPlan(BaseModel):
    """Everything the report shows; all byte figures are whole-replica unless named per GPU."""

    model_config = _FROZEN

    deployment: Deployment
    workload: Workload
    efficiency: Efficiency
    gpus_per_node: int
    weight_bytes: float
    weight_bytes_per_gpu: float
    runtime_bytes_per_gpu: float
    kv_bytes_per_token: float
    kv_bytes_per_sequence: float
    usable_kv_bytes: float
    max_sequences_at_context: int
    max_sequences_at_workload: int
    batch: int
    batch_limit: str
    ttft_ms: float
    itl_ms: float
    decode_tokens_per_s_per_gpu: float
    replica_requests_per_s: float
    replica_output_tokens_per_s: float
    replicas_decode_bound: int
    replicas_prefill_bound: int
    replicas: int
    gpus: int
    nodes: int
    sized_utilisation: float
    error_band_pct: tuple[float, float]
    error_band_basis: str
    replicas_range: tuple[int, int]
    nodes_range: tuple[int, int]
    curve: tuple[CurvePoint, ...]


def mean_itl_s(dep: Deployment, eff: Efficiency, work: Workload, batch: int) -> float:
    """Mean inter-token latency at `batch`, other sequences' chunked prefills included (`serving.py`)."""
    return batch_itl_s(dep, eff, batch, work.input_tokens, work.output_tokens)


def replica_requests_per_s(dep: Deployment, eff: Efficiency, work: Workload, batch: int) -> float:
    """Requests per second one replica completes at `batch` (prefill and decode both counted).

    The replica is served through vLLM's OpenAI API server, whose per-request time (template,
    tokenisation, detokenising and streaming, `frontend.py`) adds to the engine's.
    """
    engine_rps = batch_tokens_per_s(dep, eff, batch, work.input_tokens, work.output_tokens) / work.output_tokens
    return served_requests_per_s(engine_rps)


def band_key(dep: Deployment) -> str:
    """The validation group a deployment is compared with for its uncertainty band."""
    if dep.model.is_moe:
        return "moe"
    return "dense-tp1" if dep.tp == 1 else "dense-tp>1"


def error_band(dep: Deployment) -> tuple[float, float, str]:
    """(low, high) held-out error in per cent for deployments like `dep`, and which rows it comes from.

    The quantiles are chosen by leave-one-set-out coverage (`band_fit.py`), not fixed at 10th-90th.
    """
    key = band_key(dep) if band_key(dep) in BANDS else "all"
    low, high, count = BANDS[key]
    tail, coverage = BAND_BASIS.get(key, (0.1, 0.0))
    return low, high, (
        f"held-out validation rows '{key}' ({count} rows), percentiles p{tail * 100:g}-p{100 - tail * 100:g}, "
        f"tails widened until bands computed without one held-out set covered {coverage * 100:.0f} % of its rows "
        "on average (band_fit.py)"
    )


def replicas_range(demand: float, capacity: float, band: tuple[float, float]) -> tuple[int, int]:
    """Replicas if the true capacity is capacity / (1 + e) for e at either end of the error band.

    An over-prediction (e > 0) means the replica really serves less, so it needs more replicas.
    """
    low, high = band
    fewer = replicas_needed(demand, capacity / (1 + low / 100))
    more = replicas_needed(demand, capacity / (1 + high / 100))
    return min(fewer, more), max(fewer, more)


def replicas_needed(demand: float, capacity: float) -> int:
    """Replicas so that `capacity` each covers `demand` (ceil, tolerant of float noise)."""
    return max(1, math.ceil(demand / capacity - _EPSILON))


def nodes_needed(replicas: int, tp: int, gpus_per_node: int) -> int:
    """Nodes to hold `replicas` replicas of `tp` GPUs each (a replica never spans nodes)."""
    per_node = gpus_per_node // tp
    return math.ceil(replicas / per_node)


def _largest_batch(dep: Deployment, eff: Efficiency, work: Workload, limit: int) -> int:
    slo = work.itl_slo_ms / 1e3
    low, high = 1, limit
    while low < high:
        middle = (low + high + 1) // 2
        if mean_itl_s(dep, eff, work, middle) <= slo:
            low = middle
        else:
            high = middle - 1
    return low


def _curve(
    dep: Deployment, eff: Efficiency, work: Workload, limit: int, batch: int
) -> tuple[CurvePoint, ...]:
    context = work.input_tokens + work.output_tokens / 2
    sizes = sorted({2**i for i in range(int(math.log2(limit)) + 1)} | {limit, batch})
    points = []
    for size in sizes:
        step = decode_step(dep, eff, size, context)
        points.append(
            CurvePoint(
                batch=size,
                tokens_per_s_per_gpu=size / step.total_s / dep.tp,
                itl_ms=mean_itl_s(dep, eff, work, size) * 1e3,
                bound=step.bound,
            )
        )
    return tuple(points)


def _slo_suggestions(dep: Deployment, gpus_per_node: int) -> tuple[str, ...]:
    """What could still help a replica that misses the SLOs at batch 1: only what this one has not tried."""
    found = []
    if any(tp > dep.tp for tp in valid_tps(dep, gpus_per_node)):
        found.append("a larger --tp (more GPUs per replica cuts both)")
    smaller = [d for d in ("fp8", "int4") if BYTES_PER_WEIGHT[d] < BYTES_PER_WEIGHT[dep.weight_dtype]]
    if smaller:
        found.append(f"--weight-dtype {' or '.join(smaller)} (fewer bytes per step)")
    by_bandwidth = sorted(GPUS, key=lambda g: -g.bandwidth_tb_s)
    faster = [g.name for g in by_bandwidth if g.bandwidth_tb_s > dep.gpu.bandwidth_tb_s]
    if faster:
        found.append(f"a GPU with more bandwidth ({', '.join(faster[:3])})")
    found.append("relaxed --ttft-slo-ms / --itl-slo-ms or shorter prompts")
    return tuple(found)


def size_deployment(dep: Deployment, work: Workload, eff: Efficiency, gpus_per_node: int = 8) -> SizingPlan:
    """Size a deployment of `dep` replicas for `work`.

    Raises:
        InvalidDeploymentError: TP does not divide the heads or exceeds the node.
        DoesNotFitError: weights, runtime and one sequence do not fit; lists what would.
        SloUnattainableError: TTFT or ITL is missed even at batch 1; lists what might help.
    """
    check_shape(dep, gpus_per_node, work.input_tokens + work.output_tokens)
    check_fits(dep, eff, gpus_per_node)
    ttft_ms = prefill_time(dep, eff, work.input_tokens) * 1e3
    itl_one_ms = mean_itl_s(dep, eff, work, 1) * 1e3
    if ttft_ms > work.ttft_slo_ms or itl_one_ms > work.itl_slo_ms:
        raise SloUnattainableError(
            f"{dep.model.name} on {dep.tp} x {dep.gpu.name} ({dep.weight_dtype}) cannot meet the SLOs even "
            f"with one sequence: TTFT {ttft_ms:.0f} ms (SLO {work.ttft_slo_ms:.0f} ms), "
            f"ITL {itl_one_ms:.1f} ms (SLO {work.itl_slo_ms:.1f} ms).",
            _slo_suggestions(dep, gpus_per_node),
        )
    tokens = work.input_tokens + work.output_tokens
    at_workload = max_sequences(dep, eff, tokens)
    limit = min(at_workload, dep.max_num_seqs)
    batch = _largest_batch(dep, eff, work, limit)
    if batch < limit:
        reason = "inter-token latency SLO"
    elif at_workload <= dep.max_num_seqs:
        reason = "KV-cache memory"
    else:
        reason = "engine max_num_seqs"
    context = work.input_tokens + work.output_tokens / 2
    step = decode_step(dep, eff, batch, context)
    per_replica = replica_requests_per_s(dep, eff, work, batch)
    replicas = replicas_needed(work.rps, per_replica * work.max_load)
    decode_tps = batch / step.total_s
    low, high, basis = error_band(dep)
    span = replicas_range(work.rps, per_replica * work.max_load, (low, high))
    kv_token = replica_kv_bytes_per_token(dep)
    return SizingPlan(
        deployment=dep,
        workload=work,
        efficiency=eff,
        gpus_per_node=gpus_per_node,
        weight_bytes=weight_bytes(dep.model, dep.weight_dtype),
        weight_bytes_per_gpu=weight_bytes(dep.model, dep.weight_dtype) / dep.tp,
        runtime_bytes_per_gpu=runtime_bytes_per_gpu(dep, eff),
        kv_bytes_per_token=kv_token,
        kv_bytes_per_sequence=kv_token * dep.context,
        usable_kv_bytes=usable_kv_bytes(dep, eff),
        max_sequences_at_context=max_sequences(dep, eff, dep.context),
        max_sequences_at_workload=at_workload,
        batch=batch,
        batch_limit=reason,
        ttft_ms=ttft_ms,
        itl_ms=mean_itl_s(dep, eff, work, batch) * 1e3,
        decode_tokens_per_s_per_gpu=decode_tps / dep.tp,
        replica_requests_per_s=per_replica,
        replica_output_tokens_per_s=per_replica * work.output_tokens,
        replicas_decode_bound=replicas_needed(work.rps * work.output_tokens, decode_tps * work.max_load),
        replicas_prefill_bound=replicas_needed(work.rps * ttft_ms / 1e3, work.max_load),
        replicas=replicas,
        gpus=replicas * dep.tp,
        nodes=nodes_needed(replicas, dep.tp, gpus_per_node),
        sized_utilisation=work.rps / (replicas * per_replica),
        error_band_pct=(low, high),
        error_band_basis=basis,
        replicas_range=span,
        nodes_range=(nodes_needed(span[0], dep.tp, gpus_per_node), nodes_needed(span[1], dep.tp, gpus_per_node)),
        curve=_curve(dep, eff, work, limit, batch),
    )
