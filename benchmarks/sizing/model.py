"""The performance model: memory, KV cache, decode roofline and prefill, one formula each.

Notation: P = total parameters, P_a = active parameters (P for a dense model), L =
layers, H = attention heads, H_kv = KV heads, d = head dim, h = hidden size, I = MLP
(per-expert) width, V = vocabulary, B = batch (sequences decoding together), n =
tokens, c = context tokens a sequence has reached, TP = tensor-parallel size. Per
GPU: M = memory, W = memory bandwidth, F = dense tensor FLOP/s for the weight dtype,
link = one direction of the GPU-to-GPU bandwidth. A *replica* is one model instance over TP GPUs.
M is the memory the driver reports where it was retrieved (nvidia-smi: 81559 MiB on an
"80GB" H100), else the datasheet's GB (`GpuSpec.memory_bytes`).

Memory
    weight bytes      = (P - P_16) * b_w + P_16 * 2               P_16 = P_emb + P_unq; P_emb = V*h*(1 if tied
                        else 2); P_unq = layers a quantised checkpoint keeps 16-bit (Meta's 405B FP8)
                        b_w = 2 (bf16/fp16), 1 (fp8/int8), 0.5 + 2.5/128 (int4: 4-bit
                        weight + fp16 scale + 4-bit zero per 128-group); embeddings and LM
                        head stay 16-bit under AWQ/GPTQ/FP8, so bf16 reduces to P * 2.
    KV bytes / token  = 2 * L * max(H_kv, TP) * d * b_kv        (K and V; heads replicate
                        when TP > H_kv, as vLLM does; b_kv = 2 bf16, 1 fp8)
                      = L * r * b_kv * TP   for MLA (DeepSeek): one compressed latent of r
                        = kv_lora_rank + rope dim elements per layer, replicated on every rank
    KV bytes / seq    = KV bytes / token * ceil(c / block) * block  (paged KV: a sequence
                        holds whole blocks, 16 tokens in vLLM, 32-64 in TensorRT-LLM)
    runtime / GPU     = overhead_gb + chunk * (3 * I / TP + 4 * h) * 2 + 256 * V * 4
                        (CUDA context, graphs, NCCL buffers; activations of one prefill
                        chunk; fp32 logits of 256 sequences)
    usable KV         = TP * (M * utilisation - runtime) - weight bytes
    max sequences     = floor(usable KV / KV bytes per seq)

Decode and mixed steps (one step produces one token for each of B sequences and may
carry p prefill tokens of arriving requests, as chunked prefill does)
    tokens            = B + p
    GEMMs (weights)
    bytes read        = weight bytes - input-embedding bytes (rows are gathered, not
                        streamed; a tied table is read as the LM head) - MoE experts no
                        token of the step is routed to: expected fraction read per layer
                        = 1 - (1 - k/E)^tokens under uniform routing (1 for an engine that runs
                        every token through every expert, `Efficiency.moe_dense_experts`: vLLM's
                        Mixtral before its fused-MoE kernel, `maturity_moe.py`)
    t_memory          = bytes read / (TP * W * eta_mem)      (/ s_skinny for a step of <= 4 tokens where the
                        engine runs a skinny GEMM kernel: vLLM on CDNA3, 16-bit weights, `rocm_skinny.py`)
    FLOPs             = tokens * 2 * (P_a - P_emb) + rows * 2 * V * h
                        (the input embedding is a gather; the 16-bit LM head runs at the BF16
                        rate and only for rows that sample: B decode rows + one per prompt)
    t_compute         = FLOPs / (TP * F * mfu)
    Attention (kernels of their own, run after the GEMMs, so their time adds)
    t_attention       = max(B * KV bytes / token * c_avg / (TP * W * eta_attn),
                            B * L * c_avg * f_dec / (TP * F_kv * mfu))
                        + B * L * a                                        (per sequence and layer)
                        + B * c_avg * L * H / TP * g                       (g: a kernel that walks a KV head
                          once per query head, upstream vLLM < 0.6.2 on CDNA3, `rocm_generic_pa.py`; 0 else)
                        + p * L * n_prompt / 2 * f_pre / (TP * F_kv * mfu) (prefill, causal; an engine
                          that attends absorbed once a chunk has a cached prefix pays f_dec for the pairs
                          past the first chunk, `mla_absorbed_extend.py`)
                        + p * (MLA context re-expanded per prefill token) / (TP * F * mfu) where the
                          engine up-projects an MLA prompt's cached chunks again (`mla_prefill.py`)
                        f = 4 H d per cached token for GQA/MHA; MLA decodes absorbed,
                        f_dec = 2 H (2 r + rope), and prefills expanded, f_pre = 2 H (2 d + rope);
                        F_kv = the tensor rate of the KV cache's dtype (BF16 for a 16-bit cache,
                        also under FP8 weights)
                        eta_attn = achieved bandwidth of paged decode attention, fitted per GPU;
                        a = the kernel's fixed work per sequence and layer on every rank (query
                        load, block-table walk, softmax reduction, output write), which does not
                        shrink as TP splits the KV heads; fitted, shared by all GPUs
    t_comm            = 2 * L * allreduce(tokens * h * 2 bytes)         if TP > 1 (`comm.py`)
    t_moe_floor       = L_moe * max(0, floor - expert bytes read / (L_moe * TP * W * eta_mem))
                        (a MoE kernel's latency floor per layer where an engine era has one,
                        `maturity_moe.py`; 0 otherwise; counted with t_fixed)
    t_fixed           = step overhead + engine step overhead + L * layer overhead + B * sequence
                        overhead (launches, scheduler, sampling; fitted). The engine term is vLLM's
                        Python scheduling and input preparation between steps, fitted on the vLLM
                        fit rows; zero for TensorRT-LLM's C++ executor. Plus (B + p) * token overhead
                        where an engine release pays one per token processed (`maturity_dpa.py`; 0 else).
                        Plus L * the eager launch cost when B exceeds the engine's largest captured
                        decode graph (SGLang before 0.5.3: 160, `graph_cap.py`).
    MoE               expert matmul FLOPs run at mfu * moe (grouped GEMMs over few tokens per
                        expert are less efficient than one dense GEMM; fitted); k of E experts per
                        token, or all E under `moe_dense_experts`
    step time         = max(t_gemm(t_memory, t_compute) + t_attention + t_comm + t_fixed, t_host)
                        t_host = L * host time per layer for a step run eagerly on an engine whose
                        host issues kernels slower than the GPU runs them (vLLM V1 --enforce-eager,
                        `eager_host.py`); 0 under CUDA graphs
    tokens/s          = B / step time;  per GPU = tokens/s / TP
    compute roof      = 1 / t_compute(1 token, 1 row) tokens/s, which tokens/s never exceeds

Tensor-parallel all-reduce: two per layer, from the interconnect's bandwidth and latency
(`comm.py`, where the algorithms and their sources are).

GEMM roofline near the ridge
    t_gemm            = (t_memory^p + t_compute^p)^(1/p)      p = eff.roof_exponent
                        A weight GEMM is neither purely bandwidth- nor purely FLOP-bound near the
                        ridge: streaming tiles and issuing MMAs overlap imperfectly, so the
                        attainable curve is rounded (p -> infinity is the sharp max(); p = 1 is
                        no overlap at all). p is fitted, shared by every GPU.

Prefill (one request of n tokens on an idle replica, queueing-free)
    FLOPs             = GEMM FLOPs(n tokens, 1 row) + 2 * L * n^2 * H * d  (causal attention)
    prefill time      = t_gemm(ceil(n / chunk) * weight bytes / (TP * W * eta_mem),
                        FLOPs / (TP * F * mfu)) + t_comm(n tokens) + ceil(n / chunk) * t_fixed
                        + n * token overhead
    TTFT              ~ prefill time

Efficiency factors (`Efficiency`) are per GPU and fitted on the fit rows of
`published.py` by `calibrate.py`; `efficiency.py` holds the values, their fit and
where each prior came from. `Efficiency()` itself is the ideal-ish default the
hand-computed tests use (no fixed overheads, full link bandwidth).
"""

from __future__ import annotations

import math

from benchmarks.sizing.block_fp8 import weight_gemm_flops
from benchmarks.sizing.comm import allreduce_once, allreduce_time, fully_connected
from benchmarks.sizing.deployment import Deployment, Efficiency, StepTime, gemm_roof
from benchmarks.sizing.footprint import (
    expert_bytes_read,
    expert_fraction_read,
    kv_bytes_per_token,
    paged_tokens,
    weight_bytes,
    weight_bytes_read,
)
from benchmarks.sizing.mla_absorbed_extend import prompt_attention_flops
from benchmarks.sizing.mla_prefill import reexpand_flops_per_prefill_token

_LOGIT_SEQUENCES = 256
_ACTIVATION_BYTES = 2.0


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


def replica_kv_bytes_per_token(dep: Deployment) -> float:
    """KV bytes one token costs the replica: under attention data parallelism no rank replicates it.

    Tensor-parallel MLA keeps the one compressed latent on every rank (x TP); with attention DP
    (SGLang `--enable-dp-attention`, TensorRT-LLM `enable_attention_dp`) each rank runs attention
    for its own sequences only, so a token's latent is held, and read, once. Source: SGLang's DP /
    DPA guide (https://docs.sglang.io/docs/advanced_features/dp_dpa_router_guide: MLA has one KV
    head, so TP duplicates the KV cache on every GPU; DP attention removes the duplication).
    Not modelled: the attention weights each DP rank then holds whole (Ray Serve's data-parallel
    attention page: QKV layers replicated), which costs memory and weight reads per rank.
    """
    return kv_bytes_per_token(dep.model, dep.kv_dtype, 1 if dep.attention_dp else dep.tp)


def max_sequences(dep: Deployment, eff: Efficiency, tokens: float) -> int:
    """Sequences of `tokens` tokens whose paged KV cache fits at once (0 when not even one does)."""
    per_sequence = replica_kv_bytes_per_token(dep) * paged_tokens(tokens, eff.kv_block_tokens)
    return max(0, math.floor(usable_kv_bytes(dep, eff) / per_sequence))


def fixed_step_s(dep: Deployment, eff: Efficiency, batch: float = 0.0) -> float:
    """Per-step cost that does not scale with bytes or FLOPs: launches, scheduling, sampling (and the eager
    launches of a decode batch above the engine's largest captured graph, `graph_cap.py`)."""
    ungraphed = eff.graph_max_batch is not None and batch > eff.graph_max_batch
    layer_us = eff.layer_overhead_us + (eff.ungraphed_layer_us if ungraphed else 0.0)
    return (
        eff.step_overhead_us
        + eff.engine_step_overhead_us
        + dep.model.layers * layer_us
        + batch * eff.sequence_overhead_us
    ) * 1e-6


def matmul_s(dep: Deployment, eff: Efficiency, tokens: float, logit_rows: float | None = None) -> float:
    """Seconds of weight matmuls for `tokens` tokens, `logit_rows` of which need logits.

    Per token, 2 FLOPs per layer weight (routed-expert FLOPs run at mfu * moe). The input
    embedding is a row gather, not a matmul; the LM head (V x h, kept 16-bit under FP8/INT4,
    so at the BF16 rate) runs only for rows whose next token is sampled: every decode row and
    each prompt's last position, not every prefill token. `logit_rows` None: every token.
    """
    m = dep.model
    rows = tokens if logit_rows is None else logit_rows
    routed = m.expert_params * m.experts_per_token / m.experts if m.is_moe else 0.0
    expert = m.expert_params if (m.is_moe and eff.moe_dense_experts) else routed
    sixteen_bit = m.unquantised_params  # layers a quantised checkpoint left in 16-bit run at the BF16 rate
    body = m.active_params - m.embedding_params - routed - sixteen_bit
    # block-scaled FP8 checkpoints on Hopper run below the BF16 rate (block_fp8.py)
    layers_s = tokens * 2 * (body + expert / eff.moe) / (dep.tp * weight_gemm_flops(dep) * eff.mfu)
    layers_s += tokens * 2 * sixteen_bit / (dep.tp * dep.gpu.flops("bf16") * eff.mfu)
    head_s = rows * 2 * m.vocab_size * m.hidden_size / (dep.tp * dep.gpu.flops("bf16") * eff.mfu)
    return layers_s + head_s


def moe_floor_s(dep: Deployment, eff: Efficiency, tokens: float) -> float:
    """Time the MoE layers' latency floor adds to a step over `tokens` tokens: per MoE layer, what
    `eff.moe_layer_floor_us` exceeds the time its routed experts' bytes take to stream (0 without a floor)."""
    m = dep.model
    if not eff.moe_layer_floor_us or not m.is_moe:
        return 0.0
    experts = expert_bytes_read(m, dep.weight_dtype, tokens, eff.moe_dense_experts)
    per_layer_s = experts / m.moe_layers / (dep.tp * dep.gpu.bandwidth_bytes_s * eff.memory)
    return m.moe_layers * max(0.0, eff.moe_layer_floor_us * 1e-6 - per_layer_s)


def weights_memory_s(dep: Deployment, eff: Efficiency, tokens: float) -> float:
    """Seconds to stream the weights a pass over `tokens` tokens reads (every expert if the engine runs all)."""
    read = weight_bytes_read(dep.model, dep.weight_dtype, tokens, eff.moe_dense_experts)
    # a step of <= skinny_gemm_max_tokens runs a skinny GEMM kernel where the engine has one (rocm_skinny.py)
    skinny = eff.skinny_gemm_speedup if 0 < tokens <= eff.skinny_gemm_max_tokens else 1.0
    return read / (dep.tp * dep.gpu.bandwidth_bytes_s * eff.memory * skinny)


def step_time(
    dep: Deployment,
    eff: Efficiency,
    batch: float,
    context: float,
    prefill_tokens: float = 0.0,
    prompt_tokens: float = 0.0,
) -> StepTime:
    """One engine step: `batch` sequences decode at mean context `context` while
    `prefill_tokens` tokens of prompts `prompt_tokens` long are prefilled in the same step."""
    tokens = batch + prefill_tokens
    memory_s = weights_memory_s(dep, eff, tokens)
    return StepTime(
        memory_s=memory_s,
        compute_s=matmul_s(dep, eff, tokens, batch + (prefill_tokens / prompt_tokens if prompt_tokens else 0.0)),
        attention_s=attention_s(dep, eff, batch, context, prefill_tokens, prompt_tokens),
        comm_s=allreduce_time(dep, eff, tokens),
        fixed_s=fixed_step_s(dep, eff, batch) + moe_floor_s(dep, eff, tokens) + tokens * eff.token_overhead_us * 1e-6,
        roof_exponent=eff.roof_exponent,
        host_s=host_step_s(dep, eff),
    )


def host_step_s(dep: Deployment, eff: Efficiency) -> float:
    """The host's time to issue one eager step's kernels (0 when the engine replays graphs; `eager_host.py`)."""
    return dep.model.layers * eff.host_layer_us * 1e-6


def attention_flops_s(dep: Deployment, eff: Efficiency) -> float:
    """FLOP/s of the replica's attention kernels: they multiply queries by the cache in the KV dtype.

    A 16-bit cache runs at the BF16 tensor rate whatever the weights are (FlashAttention and
    FlashMLA with a BF16 cache, also under FP8 weights); an FP8 cache at the FP8 rate where the GPU has one.
    """
    return dep.tp * dep.gpu.flops("fp8" if dep.kv_dtype == "fp8" else "bf16") * eff.mfu


def attention_s(
    dep: Deployment, eff: Efficiency, batch: float, context: float, prefill_tokens: float = 0.0, prompt: float = 0.0
) -> float:
    """Attention kernels of one step: decode reads each sequence's KV cache; prefill is FLOP-bound.

    Decode attention of B sequences at context c reads B * c * KV bytes/token and does
    L * c * f_dec FLOPs per sequence; p prefill tokens of a prompt n long do L * n/2 * f_pre
    FLOPs each (causal, on average half the prompt). f = 4 H d for GQA/MHA; MLA decodes in the
    absorbed form, f_dec = 2 H (2 r + rope), and prefills expanded, f_pre = 2 H (2 d + rope)
    (`ModelSpec.attention_flops_per_cached_token`). Each kernel is the slower of its bytes and FLOPs.
    """
    m = dep.model
    kv_read = batch * replica_kv_bytes_per_token(dep) * context
    decode_flops = batch * m.layers * context * m.attention_flops_per_cached_token(decode=True)
    per_prompt = prompt_attention_flops(m, prompt, eff.prefill_chunk_tokens, eff.mla_absorbed_extend)
    prefill_flops = prefill_tokens * per_prompt / prompt if prompt else 0.0
    flops = attention_flops_s(dep, eff)
    kv_efficiency = eff.memory if eff.attention_memory is None else eff.attention_memory
    decode = max(kv_read / (dep.tp * dep.gpu.bandwidth_bytes_s * kv_efficiency), decode_flops / flops)
    per_sequence = batch * m.layers * eff.attention_overhead_ns * 1e-9
    # a kernel that walks each KV head once per query head (`rocm_generic_pa.py`; 0 for the fitted engines)
    per_sequence += batch * context * m.layers * m.attention_heads / dep.tp * eff.generic_attention_ns * 1e-9
    return decode + per_sequence + prefill_flops / flops + mla_reexpand_s(dep, eff, prefill_tokens, prompt)


def mla_reexpand_s(dep: Deployment, eff: Efficiency, prefill_tokens: float, prompt: float) -> float:
    """Seconds of re-expanding cached MLA context for `prefill_tokens` tokens of `prompt`-token prompts
    (0 unless the engine does, `mla_prefill.py`); a GEMM at the weight GEMMs' rate."""
    if not eff.mla_context_reexpand or prefill_tokens <= 0:
        return 0.0
    flops = prefill_tokens * reexpand_flops_per_prefill_token(dep.model, prompt, eff.prefill_chunk_tokens)
    return flops / (dep.tp * weight_gemm_flops(dep) * eff.mfu)


def decode_step(dep: Deployment, eff: Efficiency, batch: float, context: float) -> StepTime:
    """Time of one decode step for `batch` sequences at mean context `context` tokens."""
    return step_time(dep, eff, batch, context)


def decode_tokens_per_s(dep: Deployment, eff: Efficiency, batch: float, context: float) -> float:
    """Output tokens per second of one replica decoding `batch` sequences."""
    return batch / decode_step(dep, eff, batch, context).total_s


def compute_roof_tokens_per_s(dep: Deployment, eff: Efficiency) -> float:
    """Upper bound on decode tokens/s of one replica: matmul FLOPs alone at mfu."""
    return 1.0 / matmul_s(dep, eff, 1, 1)


def prefill_time(dep: Deployment, eff: Efficiency, tokens: int) -> float:
    """Seconds to prefill one `tokens`-token prompt on an otherwise idle replica (TTFT)."""
    m = dep.model
    attention = prompt_attention_flops(m, tokens, eff.prefill_chunk_tokens, eff.mla_absorbed_extend)
    compute_s = matmul_s(dep, eff, tokens, 1) + attention / attention_flops_s(dep, eff)
    compute_s += mla_reexpand_s(dep, eff, tokens, tokens)
    chunks = math.ceil(tokens / eff.prefill_chunk_tokens)
    memory_s = chunks * weights_memory_s(dep, eff, tokens)
    gpu_s = (
        gemm_roof(memory_s, compute_s, eff.roof_exponent)
        + allreduce_time(dep, eff, tokens)
        + chunks * fixed_step_s(dep, eff)
        + tokens * eff.token_overhead_us * 1e-6
    )
    return max(gpu_s, chunks * host_step_s(dep, eff))


__all__ = [
    "Deployment",
    "Efficiency",
    "StepTime",
    "allreduce_once",
    "allreduce_time",
    "attention_flops_s",
    "attention_s",
    "compute_roof_tokens_per_s",
    "decode_step",
    "decode_tokens_per_s",
    "expert_fraction_read",
    "fixed_step_s",
    "fully_connected",
    "gemm_roof",
    "host_step_s",
    "kv_bytes_per_token",
    "matmul_s",
    "max_sequences",
    "mla_reexpand_s",
    "replica_kv_bytes_per_token",
    "moe_floor_s",
    "paged_tokens",
    "prefill_time",
    "runtime_bytes_per_gpu",
    "step_time",
    "usable_kv_bytes",
    "weight_bytes",
    "weight_bytes_read",
    "weights_memory_s",
]
