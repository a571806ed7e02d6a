"""Held-out F, second part: figures printed on vLLM's GitHub (an issue, a pull request) and on Neural Magic's nm-vllm CI.

Every row is `role="held-out"` by rule (see `published_f.py` for why and for the set's
shape). A pull request or an issue prints what its author measured; only figures that
describe the stock engine of the day are taken (a pull request's "master" column, an
issue's reported measurements), with the engine version the page states.

* vLLM pull request 2542 ("Fused MOE for Mixtral", January 2024): Mixtral 8x7B on 8 x H100
  at TP 8, `benchmark_latency` at 1000 tokens in / 50 out, static batches 1-64, the
  "Compare to master" block (7 rows, all of it).
* vLLM issue 16300 (April 2025): QwQ-32B on A100 80 GB at TP 2, 4 and 8 with vLLM 0.7.2,
  `benchmark_latency` at 1 token in / 200 out, batches 1, 16 and 128 (7 rows: every cell
  the page prints in full).
* nm-vllm's benchmark bot (github-action-benchmark comment on commit a55fb2b, May 2024):
  `benchmark_throughput` with Llama 2 7B chat on one A10G, 1000 prompts of 256 tokens in /
  128 out (1 row, offline).
* vLLM pull requests 5238 and 5294 (June 2024, FP8 MoE config retunes on H100): inter-token
  latency at a fixed request rate (1, 2, 4 and 6 requests/s) with 1000 tokens in / 50 out,
  FP8 Mixtral 8x7B at TP 2 and 4 and FP8 Mixtral 8x22B at TP 4 and 8, the "was" figures
  (the engine before each retune), mode "rate" (16 rows).
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

VLLM_PR2542 = "https://github.com/vllm-project/vllm/pull/2542"
VLLM_ISSUE16300 = "https://github.com/vllm-project/vllm/issues/16300"
NM_VLLM_A55FB2B = "https://github.com/neuralmagic/nm-vllm/commit/a55fb2b6b1ea4ad71f646906428a57fbc2386f4d"
VLLM_PR5238 = "https://github.com/vllm-project/vllm/pull/5238"
VLLM_PR5294 = "https://github.com/vllm-project/vllm/pull/5294"

# vLLM PR 2542, description, 'Compare to master' block of
# `benchmark_latency.py --model=mistralai/Mixtral-8x7B-Instruct-v0.1 --input-len 1000 --output-len 50 -tp 8
# --num-iters 100 --batch-size <bs>`: (batch, printed latency s). All seven batches the block prints.
_PR2542_MASTER = ((1, 0.590), (2, 0.631), (4, 0.709), (8, 0.838), (16, 1.086), (32, 1.615), (64, 2.727))

# vLLM issue 16300, description table ('input=1<br/>output=200' rows): (batch, TP, printed latency s, printed tok/s).
# The bs=128 row is taken only at TP 2: the page's TP 4 and TP 8 cells of that row are cut off where the index
# stores it, so they are left out rather than guessed.
_ISSUE16300 = (
    (1, 2, 5.50, 36.2),
    (1, 4, 3.91, 50.0),
    (1, 8, 3.15, 63.0),
    (16, 2, 6.07, 528.0),
    (16, 4, 4.77, 660.0),
    (16, 8, 4.25, 760.0),
    (128, 2, 11.34, 2300.0),
)

# nm-vllm commit a55fb2b, github-action-benchmark comment: request_throughput for 'VLLM Engine throughput -
# synthetic, model NousResearch/Llama-2-7b-chat-hf, max_model_len 4096, benchmark_throughput {input-len 256,
# output-len 128, num-prompts 1000}', gpu_description 'NVIDIA A10G x 1'.
_NM_REQUESTS_PER_S = 3.8411561978243216

# vLLM PRs 5238 (Mixtral 8x7B) and 5294 (Mixtral 8x22B), description: 'qps = <r>: <new> ms (was <old> ms)',
# ITL at 1000 tokens in / 50 out, FP8, on H100. (model, source, TP, qps, printed 'was' ms, printed new ms).
_FP8_MOE_ITL = (
    ("Mixtral-8x7B", VLLM_PR5238, 2, 1, 11.6, 10.5),
    ("Mixtral-8x7B", VLLM_PR5238, 2, 2, 11.6, 10.2),
    ("Mixtral-8x7B", VLLM_PR5238, 2, 4, 11.9, 11.8),
    ("Mixtral-8x7B", VLLM_PR5238, 2, 6, 12.7, 12.6),
    ("Mixtral-8x7B", VLLM_PR5238, 4, 1, 11.7, 10.9),
    ("Mixtral-8x7B", VLLM_PR5238, 4, 2, 12.0, 11.1),
    ("Mixtral-8x7B", VLLM_PR5238, 4, 4, 12.2, 12.0),
    ("Mixtral-8x7B", VLLM_PR5238, 4, 6, 13.0, 12.9),
    ("Mixtral-8x22B", VLLM_PR5294, 4, 1, 23.3, 14.4),
    ("Mixtral-8x22B", VLLM_PR5294, 4, 2, 19.4, 17.1),
    ("Mixtral-8x22B", VLLM_PR5294, 4, 4, 28.8, 28.7),
    ("Mixtral-8x22B", VLLM_PR5294, 4, 6, 42.9, 42.3),
    ("Mixtral-8x22B", VLLM_PR5294, 8, 1, 23.3, 13.2),
    ("Mixtral-8x22B", VLLM_PR5294, 8, 2, 22.2, 14.9),
    ("Mixtral-8x22B", VLLM_PR5294, 8, 4, 30.3, 20.1),
    ("Mixtral-8x22B", VLLM_PR5294, 8, 6, 36.5, 30.3),
)


def _pr2542_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(update={"name": "vLLM main of January 2024 (before fused MoE), benchmark_latency"})
    return [
        PublishedFigure(
            key=f"f-vllm-pr2542-mixtral-8x7b-h100-tp8-b{batch}-1000-50",
            source=VLLM_PR2542,
            where=f"description, 'Compare to master' block: bs={batch}: {latency_s}s",
            engine=engine,
            model="Mixtral-8x7B",
            gpu="H100-SXM",
            tp=8,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=1000,
            output_tokens=50,
            mode="static",
            load=batch,
            metric="output_tokens_per_s",
            published=batch * 50 / latency_s,
            role="held-out",
            note=f"printed: {latency_s} s average latency of 'benchmark_latency.py --model=mistralai/Mixtral-8x7B-"
            f"Instruct-v0.1 --input-len 1000 --output-len 50 -tp 8 --num-iters 100 --batch-size {batch}' on master "
            f"(the stock engine before the PR's fused MoE kernel); published = {batch} x 50 / {latency_s}. The whole "
            "batch is prefilled (1000 tokens each), then decoded 50 steps. BF16 (dtype 'auto' for this checkpoint). "
            "'H100' with TP 8 taken as an 8-GPU HGX H100 SXM 80 GB node (the catalogue's H100-SXM); the form "
            "factor is not stated. Engine settings are vLLM's defaults of the time (gpu_memory_utilization 0.9).",
        )
        for batch, latency_s in _PR2542_MASTER
    ]


def _issue16300_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(update={"name": "vLLM 0.7.2 (torch 2.5), benchmark_latency"})
    return [
        PublishedFigure(
            key=f"f-vllm-issue16300-qwq-32b-a100-80gb-tp{tp}-b{batch}-1-200",
            source=VLLM_ISSUE16300,
            where=f"description, results table, row 'input=1 output=200', batch-size {batch}, column tp={tp}: "
            f"{latency_s}s / {tokens_per_s:g}tok/s",
            engine=engine,
            model="Qwen2.5-32B",
            gpu="A100-80GB",
            tp=tp,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=1,
            output_tokens=200,
            mode="static",
            load=batch,
            metric="output_tokens_per_s",
            published=tokens_per_s,
            role="held-out",
            note=f"printed: {latency_s} s and {tokens_per_s:g} tok/s for benchmark_latency.py (vLLM 0.7.2, torch 2.5) "
            f"with a static batch of {batch}, 1 input token and 200 output tokens, TP {tp} on '8*A100(80GB)'. "
            "published = the printed tok/s (= batch x 200 / latency within its rounding). Model QwQ-32B, whose "
            "config.json (Qwen2ForCausalLM: 64 layers, hidden 5120, 40 query / 8 KV heads, MLP 27648, vocabulary "
            "152064) is the catalogue's Qwen2.5-32B architecture; BF16 (the checkpoint's dtype, 'auto'). A100 taken "
            "as the SXM4 80 GB part (an 8-GPU board with NVLink); the form factor is not stated.",
        )
        for batch, tp, latency_s, tokens_per_s in _ISSUE16300
    ]


def _nm_vllm_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(
        update={"name": "nm-vllm nightly of May 2024 (Neural Magic's vLLM fork), benchmark_throughput"}
    )
    return [
        PublishedFigure(
            key="f-nm-vllm-a55fb2b-llama-2-7b-a10-tp1-offline-256-128",
            source=NM_VLLM_A55FB2B,
            where="github-action-benchmark comment on the commit, bigger_is_better 'request_throughput', "
            "'VLLM Engine throughput - synthetic', NousResearch/Llama-2-7b-chat-hf, NVIDIA A10G x 1: "
            f"{_NM_REQUESTS_PER_S} prompts/s",
            engine=engine,
            model="Llama-2-7B",
            gpu="A10",
            tp=1,
            weight_dtype="fp16",
            kv_dtype="fp16",
            input_tokens=256,
            output_tokens=128,
            mode="offline",
            load=None,
            metric="output_tokens_per_s",
            published=_NM_REQUESTS_PER_S * 128,
            role="held-out",
            requests=1000,
            note=f"printed: request_throughput {_NM_REQUESTS_PER_S} prompts/s for benchmark_throughput with "
            "input-len 256, output-len 128, num-prompts 1000, max_model_len 4096 on one NVIDIA A10G (the "
            "catalogue's A10, alias a10g); published = prompts/s x 128 output tokens. The same comment's "
            "token_throughput counts input + output tokens (x 384), so it is not used. FP16 weights and KV cache "
            "(dtype 'auto' for this checkpoint, whose config says float16). Engine: nm-vllm (reported as "
            "vllm_version 0.2.0 of the fork, torch 2.3.0+cu121), vLLM defaults otherwise.",
        )
    ]


def _fp8_moe_rate_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(
        update={"name": "vLLM main of June 2024 (FP8 fused-MoE configs before the retune), online serving"}
    )
    return [
        PublishedFigure(
            key=f"f-vllm-pr{source.rsplit('/', 1)[1]}-{model.lower()}-h100-tp{tp}-fp8-qps{qps}-1000-50",
            source=source,
            where=f"description, TP{tp} block: 'qps = {qps}: {new_ms} ms (was {was_ms} ms)'",
            engine=engine,
            model=model,
            gpu="H100-SXM",
            tp=tp,
            weight_dtype="fp8",
            kv_dtype="bf16",
            input_tokens=1000,
            output_tokens=50,
            mode="rate",
            load=qps,
            metric="itl_ms",
            published=was_ms,
            role="held-out",
            note=f"printed: 'qps = {qps}: {new_ms} ms (was {was_ms} ms)', the inter-token latency of "
            + ("Mixtral-8x7B-v0.1" if model == "Mixtral-8x7B" else "Mixtral 8x22B")
            + f" in FP8 with prompt length 1000 and generation length 50 at {qps} requests/s, TP {tp}. published = "
            "the 'was' figure, the engine as it stood before the PR's config retune (this set's rule: the stock "
            "engine of the day, as with PR 2542's master column); the PR's own figure is in `where`. Taken as the "
            "mean ITL of vLLM's benchmark_serving at a Poisson request rate (the PR says 'ITL' only, not mean or "
            "median, nor the request count). FP8 weights (W8A8, the PR's subject); KV cache not stated, vLLM's "
            "default 16-bit assumed. 'H100' taken as H100 SXM 80 GB (the catalogue's H100-SXM); the form factor "
            "is not stated. Engine settings otherwise vLLM's defaults of the time.",
        )
        for model, source, tp, qps, was_ms, new_ms in _FP8_MOE_ITL
    ]


def vllm_rows() -> list[PublishedFigure]:
    """Held-out F rows from vLLM's GitHub and nm-vllm's CI."""
    return [*_pr2542_rows(), *_issue16300_rows(), *_nm_vllm_rows(), *_fp8_moe_rate_rows()]


__all__ = ["vllm_rows"]
