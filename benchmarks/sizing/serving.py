"""Continuous batching with chunked prefill: one replica's steady state at a batch or a request rate.

An engine such as vLLM or TensorRT-LLM runs one step after another; each step decodes one
token for each of the B running sequences and, when requests are waiting, prefills up to
a token budget of their prompts in the same step (chunked prefill). In steady state each
sequence lasts O decode steps, so a = B / O new requests arrive per step (at a fixed
request rate r instead: a = r * step time), each bringing a prompt of I tokens.

    a <= 1            a fraction a of steps carry one prompt:
                      t = a * step(B, c, p=I) + (1 - a) * step(B, c)
    a > 1             every step carries a * I prefill tokens: t = step(B, c, p=a*I)
    B + a*I > budget  the prefill does not fit one step: k = (B + a I) / budget steps do the
                      work of one decode step, each over B/k sequences and a I / k prompt tokens:
                      t = k * step(B/k, c, p=a I/k)
    c                 = I + O / 2 (mean context while decoding)

    output tokens/s   = B / t(a = B / O)
    mean ITL          = t(a = (B - 1) / O)   (a sequence's own prefill is its TTFT, not an ITL)
    at a request rate r: B = r * (TTFT + (O - 1) * ITL) (Little's law), ITL = t(a = r * ITL),
                      TTFT = prefill(I) + ITL; solved by fixed-point iteration.

Offline batch (requests queued without delay): the largest B whose paged KV fits, where an
engine that reserves the whole sequence up front (TensorRT-LLM's guaranteed-no-evict)
holds I + O tokens per sequence and one that allocates on demand (vLLM) holds I + O / 2 on
average, capped by the engine's batch limit.

Fixed concurrency C above what the KV cache holds: an engine runs only the sequences whose KV
blocks fit and queues (or preempts and later recomputes) the rest ("there are times when KV
cache space is insufficient to handle all batched requests ... vLLM can preempt requests to free
up KV cache space for other requests", https://docs.vllm.ai/en/v0.8.3/performance/optimization.html;
SGLang's scheduler likewise admits by free KV tokens). So the running batch is
    B = min(C, engine's batch cap, sequences whose paged KV fits at the held length)
with the held length I + O / 2 for an engine that allocates on demand and I + O for one that
reserves up front (as for an offline batch). Queued requests wait before their first token,
which is TTFT, not TPOT: the decode steps a running request sees are those of B sequences.

Static batch (vLLM's benchmark_latency.py): B prompts prefilled together, then O - 1 steps:
    time = prefill(B x I tokens, in budget-sized chunks) + (O - 1) * step(B, c)

A finite offline run of N prompts of equal lengths (trtllm-bench with a stated request count)
on an engine that runs at most B at once: sequences admitted together finish together, so the
run is ceil(N / B) waves, B at a time and the remainder last, each a static batch:
    tokens/s = N * O / sum over waves of (prefill(wave) + (O - 1) * step(wave, c))
The steady state (B / t) describes only a run long enough that its first and last waves do not
matter; a run of 1000 prompts at a cap of 384 is three waves, the last of 232 (a third of the
run at 60 % of the batch).
"""

from __future__ import annotations

import math

from benchmarks.sizing.mla_absorbed_extend import prompt_attention_flops
from benchmarks.sizing.model import (
    Deployment,
    Efficiency,
    allreduce_time,
    attention_flops_s,
    fixed_step_s,
    gemm_roof,
    host_step_s,
    matmul_s,
    max_sequences,
    mla_reexpand_s,
    step_time,
    weights_memory_s,
)

_ITERATIONS = 40


def mean_step_s(dep: Deployment, eff: Efficiency, batch: float, prompt: int, output: int, arrivals: float) -> float:
    """Mean step time with `batch` sequences decoding and `arrivals` prompts of `prompt` tokens per step."""
    context = prompt + output / 2
    prefill = arrivals * prompt
    budget = eff.prefill_chunk_tokens
    if batch + prefill > budget:
        k = (batch + prefill) / budget
        return k * step_time(dep, eff, batch / k, context, prefill / k, prompt).total_s
    if arrivals <= 1:
        with_prompt = step_time(dep, eff, batch, context, prompt, prompt).total_s
        without = step_time(dep, eff, batch, context).total_s
        return arrivals * with_prompt + (1 - arrivals) * without
    return step_time(dep, eff, batch, context, prefill, prompt).total_s


def batch_tokens_per_s(dep: Deployment, eff: Efficiency, batch: float, prompt: int, output: int) -> float:
    """Output tokens/s of a replica that keeps `batch` sequences running (closed loop)."""
    return batch / mean_step_s(dep, eff, batch, prompt, output, batch / output)


def batch_itl_s(dep: Deployment, eff: Efficiency, batch: float, prompt: int, output: int) -> float:
    """Mean inter-token latency a sequence sees with `batch` sequences running."""
    return mean_step_s(dep, eff, batch, prompt, output, max(batch - 1, 0) / output)


def offline_batch(
    dep: Deployment, eff: Efficiency, prompt: int, output: int, max_batch: int, reserve_full_sequence: bool
) -> int:
    """Sequences an engine runs together when requests queue without delay (KV- or cap-limited)."""
    held = prompt + output if reserve_full_sequence else prompt + output / 2
    return max(1, min(max_sequences(dep, eff, held), max_batch))


def running_batch(
    dep: Deployment,
    eff: Efficiency,
    concurrency: float,
    prompt: int,
    output: int,
    max_batch: int,
    reserve_full_sequence: bool,
) -> float:
    """Sequences an engine keeps running under `concurrency` requests in flight (see the module docstring).

    At most the concurrency, the engine's batch cap, and the sequences whose paged KV fits at the
    held length; the rest wait in the queue.
    """
    return float(min(concurrency, offline_batch(dep, eff, prompt, output, max_batch, reserve_full_sequence)))


def rate_point(
    dep: Deployment, eff: Efficiency, rps: float, prompt: int, output: int, ttft_s: float
) -> tuple[float, float]:
    """(mean batch, mean ITL in s) of a replica receiving `rps` requests per second.

    `ttft_s` is the queueing-free prefill time of one prompt (`model.prefill_time`).
    """
    itl = step_time(dep, eff, 1, prompt + output / 2).total_s
    batch = 1.0
    for _ in range(_ITERATIONS):
        batch = max(1.0, rps * (ttft_s + itl + (output - 1) * itl))
        step = itl
        for _ in range(_ITERATIONS):
            step = mean_step_s(dep, eff, batch, prompt, output, rps * step)
        itl = step
    return batch, itl


def static_batch_tokens_per_s(
    dep: Deployment,
    eff: Efficiency,
    batch: int,
    prompt: int,
    output: int,
    waves: bool = True,
    max_batch: int | None = None,
) -> float:
    """Output tokens/s of `batch` prompts prefilled together and decoded `output` tokens each.

    When the KV cache cannot hold all `batch` sequences at their full length (prompt + output),
    the engine cannot keep them all running: it runs them in waves of as many as fit (vLLM admits
    by the blocks a sequence holds now and preempts when the cache fills, which costs at least
    as much). Each wave is one static batch; the run's tokens/s is all tokens over all waves' time.
    `waves` False: the batch ran at once whatever the estimate says (an engine that reserves
    every sequence's KV up front, as TensorRT-LLM does, fails rather than runs a batch that does
    not fit, so a figure it published is proof that its batch fitted).
    `max_batch`: the engine's cap on running sequences; a finite offline run of more prompts than
    the cap (`batch` = the prompts) runs in waves of the cap whether or not the KV cache is the limit.
    """
    capacity = max_sequences(dep, eff, prompt + output) if waves else batch
    if max_batch is not None and capacity > 0:
        capacity = min(capacity, max_batch)
    if 0 < capacity < batch:
        sizes = [capacity] * (batch // capacity) + ([batch % capacity] if batch % capacity else [])
        seconds = sum(size * output / _one_wave_tokens_per_s(dep, eff, size, prompt, output) for size in sizes)
        return batch * output / seconds
    return _one_wave_tokens_per_s(dep, eff, batch, prompt, output)


def _one_wave_tokens_per_s(dep: Deployment, eff: Efficiency, batch: int, prompt: int, output: int) -> float:
    """Output tokens/s of one static batch whose KV cache fits: prefill all prompts, then decode together."""
    m = dep.model
    tokens = batch * prompt
    attention = batch * prompt_attention_flops(m, prompt, eff.prefill_chunk_tokens, eff.mla_absorbed_extend)
    chunks = math.ceil(tokens / eff.prefill_chunk_tokens)
    compute_s = matmul_s(dep, eff, tokens, batch) + attention / attention_flops_s(dep, eff)
    compute_s += mla_reexpand_s(dep, eff, tokens, prompt)
    memory_s = chunks * weights_memory_s(dep, eff, tokens)
    prefill = max(
        gemm_roof(memory_s, compute_s, eff.roof_exponent)
        + allreduce_time(dep, eff, tokens)
        + chunks * fixed_step_s(dep, eff)
        + tokens * eff.token_overhead_us * 1e-6,
        chunks * host_step_s(dep, eff),
    )
    decode = (output - 1) * step_time(dep, eff, batch, prompt + output / 2).total_s
    return batch * output / (prefill + decode)


__all__ = [
    "batch_itl_s",
    "batch_tokens_per_s",
    "mean_step_s",
    "offline_batch",
    "rate_point",
    "running_batch",
    "static_batch_tokens_per_s",
]
