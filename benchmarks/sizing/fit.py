"""Whether a deployment can run at all, and if not, what would.

A replica *fits* when its weights, runtime memory and the KV cache of one sequence
at the full context length fit in TP GPUs at the memory utilisation asked for
(`model.max_sequences(dep, eff, context) >= 1`). A tensor-parallel size is valid when
it divides the attention heads, divides or is a multiple of the KV heads (vLLM's
rule) and does not exceed a node. When a check fails the error lists the changes
that would pass it: a larger --tp, a smaller weight dtype, a shorter context, or
another GPU of the catalogue.
"""

from __future__ import annotations

from benchmarks.sizing.catalogue import GPUS
from benchmarks.sizing.errors import DoesNotFitError, InvalidDeploymentError
from benchmarks.sizing.model import (
    Deployment,
    Efficiency,
    max_sequences,
    replica_kv_bytes_per_token,
    runtime_bytes_per_gpu,
    usable_kv_bytes,
    weight_bytes,
)
from benchmarks.sizing.specs import BYTES_PER_WEIGHT

_TP_CANDIDATES = (1, 2, 4, 8, 16)


def valid_tps(dep: Deployment, gpus_per_node: int) -> list[int]:
    """Tensor-parallel sizes this model accepts within one node."""
    heads, kv = dep.model.attention_heads, dep.model.kv_heads
    return [
        tp
        for tp in _TP_CANDIDATES
        if tp <= gpus_per_node and heads % tp == 0 and (kv % tp == 0 or tp % kv == 0)
    ]


def check_shape(dep: Deployment, gpus_per_node: int, tokens: int) -> None:
    """Reject a TP the model or node cannot take, and requests longer than the context.

    Raises:
        InvalidDeploymentError: naming the valid choices.
    """
    valid = valid_tps(dep, gpus_per_node)
    if dep.tp not in valid:
        raise InvalidDeploymentError(
            f"--tp {dep.tp} is not possible for {dep.model.name} ({dep.model.attention_heads} attention "
            f"heads, {dep.model.kv_heads} KV heads) on nodes of {gpus_per_node} GPUs "
            "(a replica never spans nodes).",
            (f"valid --tp values: {', '.join(map(str, valid))}",),
        )
    if dep.context > dep.model.max_context:
        raise InvalidDeploymentError(
            f"--context {dep.context} exceeds {dep.model.name}'s maximum of {dep.model.max_context} tokens.",
            (f"--context {dep.model.max_context} or less",),
        )
    if tokens > dep.context:
        longer = (f"--context {tokens} or more",) if tokens <= dep.model.max_context else ()
        raise InvalidDeploymentError(
            f"a request of {tokens} tokens (input + output) is longer than --context {dep.context}"
            + ("." if longer else f" and than {dep.model.name}'s maximum of {dep.model.max_context} tokens."),
            (*longer, "shorter --input-tokens/--output-tokens"),
        )


def fits(dep: Deployment, eff: Efficiency) -> bool:
    """Whether weights, runtime and one full-context sequence fit the replica's GPUs."""
    return max_sequences(dep, eff, dep.context) >= 1


def _smallest_fitting_tp(dep: Deployment, eff: Efficiency, gpus_per_node: int, above: int = 0) -> int | None:
    for tp in valid_tps(dep, gpus_per_node):
        if tp > above and fits(dep.model_copy(update={"tp": tp}), eff):
            return tp
    return None


def _alternatives(dep: Deployment, eff: Efficiency, gpus_per_node: int) -> list[str]:
    found = []
    tp = _smallest_fitting_tp(dep, eff, gpus_per_node, above=dep.tp)
    if tp is not None:
        found.append(f"--tp {tp} ({tp} x {dep.gpu.name}) or more")
    for dtype in ("fp8", "int4"):
        if BYTES_PER_WEIGHT[dtype] < BYTES_PER_WEIGHT[dep.weight_dtype]:
            tp = _smallest_fitting_tp(dep.model_copy(update={"weight_dtype": dtype}), eff, gpus_per_node)
            if tp is not None:
                found.append(f"--weight-dtype {dtype} at --tp {tp}")
    room = usable_kv_bytes(dep.model_copy(update={"context": 1}), eff)
    if room > 0:
        longest = int(room // replica_kv_bytes_per_token(dep))
        if longest >= 1:
            found.append(f"--context {longest} or less (the longest sequence whose KV cache fits)")
    for gpu in GPUS:
        if gpu.name != dep.gpu.name and gpu.memory_gb > dep.gpu.memory_gb:
            tp = _smallest_fitting_tp(dep.model_copy(update={"gpu": gpu}), eff, gpus_per_node)
            if tp is not None and tp <= dep.tp:
                found.append(f"--gpu {gpu.name} at --tp {tp}")
    return found or [
        f"nothing in the catalogue up to --tp {gpus_per_node} fits; pipeline parallelism "
        "across nodes is not modelled"
    ]


def check_fits(dep: Deployment, eff: Efficiency, gpus_per_node: int) -> None:
    """Raise with what would fit when the replica cannot hold one full-context sequence.

    Raises:
        DoesNotFitError: e.g. "Llama-3.1-70B in bf16 needs 141 GB of weights; ..." with
            the --tp, --weight-dtype, --context and --gpu choices that would fit.
    """
    if fits(dep, eff):
        return
    weights_gb = weight_bytes(dep.model, dep.weight_dtype) / 1e9
    budget_gb = dep.tp * (dep.gpu.memory_bytes * dep.utilisation - runtime_bytes_per_gpu(dep, eff)) / 1e9
    sequence_gb = replica_kv_bytes_per_token(dep) * dep.context / 1e9
    raise DoesNotFitError(
        f"{dep.model.name} in {dep.weight_dtype} needs {weights_gb:.0f} GB of weights; {dep.tp} x "
        f"{dep.gpu.name} ({dep.gpu.memory_gb:.0f} GB each) {'has' if dep.tp == 1 else 'have'} {budget_gb:.1f} GB "
        "after runtime memory at "
        f"--utilisation {dep.utilisation:.2f}, not enough for the weights and the KV cache of one "
        f"{dep.context}-token sequence ({sequence_gb:.1f} GB). It would fit with:",
        tuple(_alternatives(dep, eff, gpus_per_node)),
    )
