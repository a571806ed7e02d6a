"""The performance model: memory, KV cache, decode roofline and prefill, one formula each.

Notation: P = total parameters, P_a = active parameters (P for a dense model), L =
layers, H = attention heads, H_kv = KV heads, d = head dim, h = hidden size, I = MLP
(per-expert) width, V = vocabulary, B = batch (sequences decoding together), n =
tokens, c = context tokens a sequence has reached, TP = tensor-parallel size. Per
GPU: M = memory, W = memory bandwidth, F = dense tensor FLOP/s for the weight dtype,
link = one direction of the GPU-to-GPU bandwidth. A *replica* is one model instance over TP GPUs.

Memory
    weight bytes      = (P - P_emb) * b_w + P_emb * 2           P_emb = V*h*(1 if tied else 2)
                        b_w = 2 (bf16/fp16), 1 (fp8/int8), 0.5 + 2.5/128 (int4: 4-bit
                        weight + fp16 scale + 4-bit zero per 128-group); embeddings and LM
                        head stay 16-bit under AWQ/GPTQ/FP8, so bf16 reduces to P * 2.
    KV bytes / token  = 2 * L * max(H_kv, TP) * d * b_kv        (K and V; heads replicate
                        when TP > H_kv, as vLLM does; b_kv = 2 bf16, 1 fp8)
    KV bytes / seq    = KV bytes / token * c
    runtime / GPU     = overhead_gb + chunk * (3 * I / TP + 4 * h) * 2 + 256 * V * 4
                        (CUDA context, graphs, NCCL buffers; activations of one prefill
                        chunk; fp32 logits of 256 sequences)
    usable KV         = TP * (M * utilisation - runtime) - weight bytes
    max sequences     = floor(usable KV / KV bytes per seq)

Decode (one step produces one token for each of B sequences)
    bytes read        = weight bytes - input-embedding bytes (rows are gathered, not
                        streamed; a tied table is read as the LM head) - MoE experts no
                        token of the batch is routed to: expected fraction read per layer
                        = 1 - (1 - k/E)^B under uniform routing
                        + B * KV bytes / token * c_avg
    t_memory          = bytes read / (TP * W * eta_mem)
    FLOPs             = B * (2 * P_a + 4 * L * c_avg * H * d)       (matmuls + attention)
    t_compute         = FLOPs / (TP * F * mfu)
    t_comm            = 2 * L * (alpha + 2 (TP-1)/TP * B * h * 2 / link)    if TP > 1
                        (two ring all-reduces of bf16 activations per layer)
    step time         = max(t_memory, t_compute) + t_comm
    tokens/s          = B / step time;  per GPU = tokens/s / TP
    compute roof      = TP * F * mfu / (2 * P_a) tokens/s, which tokens/s never exceeds

Prefill (compute-bound; one request of n tokens, queueing-free)
    FLOPs             = 2 * P_a * n + 2 * L * n^2 * H * d            (causal attention)
    prefill time      = max(FLOPs / (TP * F * mfu), ceil(n / chunk) * weight bytes /
                        (TP * W * eta_mem)) + t_comm(n tokens)
    TTFT              ~ prefill time

Efficiency factors (`Efficiency`), and how they were chosen: eta_mem = 0.70 is the
fraction of datasheet bandwidth a single decoding sequence achieved in the two
published single-stream measurements in `benchmarks/results/sizing_validation.md`
(implied 0.70 on H100 SXM and 0.73 on A100 40GB, vLLM, Llama-3.1-8B, 16-bit); these two
rows are the calibration set. mfu = 0.50 was set before any comparison, from the
40-60 % of dense peak commonly quoted for large inference matmuls, and was not tuned.
alpha = 10 us per all-reduce is an assumption (NCCL's small-message latency on NVLink
is of that order) that only matters for TP > 1. The other rows of the validation
table are held out: they measure how well these choices carry over (mean absolute
error and the systematic patterns are stated there).
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field

from benchmarks.sizing.specs import (
    BYTES_PER_KV_ELEMENT,
    BYTES_PER_WEIGHT,
    EMBEDDING_BYTES,
    GpuSpec,
    KvDtype,
    ModelSpec,
    WeightDtype,
)

_FROZEN = ConfigDict(frozen=True, extra="forbid")
_LOGIT_SEQUENCES = 256
_ACTIVATION_BYTES = 2.0


class Efficiency(BaseModel):
    """How much of the datasheet a real engine achieves; see the module docstring for the choice."""

    model_config = _FROZEN

    memory: float = Field(default=0.70, gt=0, le=1, description="Fraction of datasheet bandwidth in decode.")
    mfu: float = Field(default=0.50, gt=0, le=1, description="Fraction of dense tensor peak in matmuls.")
    allreduce_latency_us: float = Field(default=10.0, ge=0, description="Fixed cost of one all-reduce.")
    runtime_overhead_gb: float = Field(default=1.0, ge=0, description="CUDA context, graphs, NCCL per GPU.")
    prefill_chunk_tokens: int = Field(default=8192, gt=0, description="Tokens per prefill chunk.")


class Deployment(BaseModel):
    """One replica's shape: which model, on which GPU, split how, in which dtypes."""

    model_config = _FROZEN

    model: ModelSpec
    gpu: GpuSpec
    tp: int = Field(default=1, ge=1, description="Tensor-parallel size (GPUs per replica).")
    weight_dtype: WeightDtype = "bf16"
    kv_dtype: KvDtype = "bf16"
    utilisation: float = Field(default=0.90, gt=0, le=1, description="Share of GPU memory the engine takes.")
    context: int = Field(default=8192, gt=0, description="Longest sequence served (vLLM --max-model-len).")
    max_num_seqs: int = Field(default=256, ge=1, description="Engine cap on sequences in a batch.")


class StepTime(BaseModel):
    """The parts of one decode step, in seconds."""

    model_config = _FROZEN

    memory_s: float
    compute_s: float
    comm_s: float

    @property
    def total_s(self) -> float:
        """Roofline: the slower of memory and compute, plus the all-reduces that cannot overlap."""
        return max(self.memory_s, self.compute_s) + self.comm_s

    @property
    def bound(self) -> str:
        """Which roof limits the step."""
        return "memory" if self.memory_s >= self.compute_s else "compute"


def weight_bytes(model: ModelSpec, dtype: str) -> float:
    """Bytes of weights across the whole replica: quantised layers plus 16-bit embeddings."""
    embedding = model.embedding_params
    return (model.params - embedding) * BYTES_PER_WEIGHT[dtype] + embedding * EMBEDDING_BYTES


def expert_fraction_read(model: ModelSpec, batch: int) -> float:
    """Expected share of a layer's experts that at least one of `batch` tokens is routed to."""
    if not model.is_moe:
        return 1.0
    return 1.0 - (1.0 - model.experts_per_token / model.experts) ** batch


def weight_bytes_read(model: ModelSpec, dtype: str, batch: int) -> float:
    """Weight bytes one decode step streams from memory (whole replica)."""
    total = weight_bytes(model, dtype)
    if not model.tied_embeddings:
        total -= model.vocab_size * model.hidden_size * EMBEDDING_BYTES
    experts = model.expert_params * BYTES_PER_WEIGHT[dtype]
    return total - experts * (1.0 - expert_fraction_read(model, batch))


def kv_bytes_per_token(model: ModelSpec, kv_dtype: str, tp: int = 1) -> float:
    """K and V of every layer for one token, whole replica (KV heads replicate when TP > H_kv)."""
    heads = max(model.kv_heads, tp)
    return 2 * model.layers * heads * model.head_dim * BYTES_PER_KV_ELEMENT[kv_dtype]


def runtime_bytes_per_gpu(dep: Deployment, eff: Efficiency) -> float:
    """Memory each GPU needs besides weights and KV: runtime, one chunk's activations, logits."""
    m = dep.model
    activations = eff.prefill_chunk_tokens * (3 * m.intermediate_size / dep.tp + 4 * m.hidden_size)
    logits = _LOGIT_SEQUENCES * m.vocab_size * 4.0
    return eff.runtime_overhead_gb * 1e9 + activations * _ACTIVATION_BYTES + logits


def usable_kv_bytes(dep: Deployment, eff: Efficiency) -> float:
    """KV-cache bytes left across the replica after weights and runtime; negative when it does not fit."""
    per_gpu = dep.gpu.memory_bytes * dep.utilisation - runtime_bytes_per_gpu(dep, eff)
    return dep.tp * per_gpu - weight_bytes(dep.model, dep.weight_dtype)


def max_sequences(dep: Deployment, eff: Efficiency, tokens: int) -> int:
    """Sequences of `tokens` tokens whose KV cache fits at once (0 when not even one does)."""
    per_sequence = kv_bytes_per_token(dep.model, dep.kv_dtype, dep.tp) * tokens
    return max(0, math.floor(usable_kv_bytes(dep, eff) / per_sequence))


def allreduce_time(dep: Deployment, eff: Efficiency, tokens: int) -> float:
    """Two ring all-reduces per layer of `tokens` bf16 activation rows; zero without TP."""
    if dep.tp == 1:
        return 0.0
    payload = tokens * dep.model.hidden_size * _ACTIVATION_BYTES
    one = eff.allreduce_latency_us * 1e-6 + 2 * (dep.tp - 1) / dep.tp * payload / dep.gpu.link_bytes_s
    return 2 * dep.model.layers * one


def decode_step(dep: Deployment, eff: Efficiency, batch: int, context: float) -> StepTime:
    """Time of one decode step for `batch` sequences at mean context `context` tokens."""
    m = dep.model
    kv_read = batch * kv_bytes_per_token(m, dep.kv_dtype, dep.tp) * context
    bytes_read = weight_bytes_read(m, dep.weight_dtype, batch) + kv_read
    memory_s = bytes_read / (dep.tp * dep.gpu.bandwidth_bytes_s * eff.memory)
    flops = batch * (2 * m.active_params + 4 * m.layers * context * m.attention_heads * m.head_dim)
    compute_s = flops / (dep.tp * dep.gpu.flops(dep.weight_dtype) * eff.mfu)
    return StepTime(memory_s=memory_s, compute_s=compute_s, comm_s=allreduce_time(dep, eff, batch))


def decode_tokens_per_s(dep: Deployment, eff: Efficiency, batch: int, context: float) -> float:
    """Output tokens per second of one replica decoding `batch` sequences."""
    return batch / decode_step(dep, eff, batch, context).total_s


def compute_roof_tokens_per_s(dep: Deployment, eff: Efficiency) -> float:
    """Upper bound on decode tokens/s of one replica: matmul FLOPs alone at mfu."""
    return dep.tp * dep.gpu.flops(dep.weight_dtype) * eff.mfu / (2 * dep.model.active_params)


def prefill_time(dep: Deployment, eff: Efficiency, tokens: int) -> float:
    """Seconds to prefill one `tokens`-token prompt on an otherwise idle replica (TTFT)."""
    m = dep.model
    flops = 2 * m.active_params * tokens + 2 * m.layers * tokens**2 * m.attention_heads * m.head_dim
    compute_s = flops / (dep.tp * dep.gpu.flops(dep.weight_dtype) * eff.mfu)
    chunks = math.ceil(tokens / eff.prefill_chunk_tokens)
    weights = weight_bytes_read(m, dep.weight_dtype, tokens)
    memory_s = chunks * weights / (dep.tp * dep.gpu.bandwidth_bytes_s * eff.memory)
    return max(compute_s, memory_s) + allreduce_time(dep, eff, tokens)
