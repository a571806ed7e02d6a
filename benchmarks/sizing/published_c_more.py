"""Held-out C, further rows from benchmark repositories, posts and issues (see published_c.py).

Every row is `role="held-out"`, by the rule stated in `published_c.py`.

* dstack's Llama 3.1 405B FP8 comparison of 8 x H100 SXM and 8 x MI300X with vLLM
  (`comparison/h100sxm5_vs_mi300x` in dstackai/benchmarks): `benchmark_throughput` with a
  fixed number of prompts of fixed lengths submitted at once, read from the folder's CSVs.
  Chosen by rule before any prediction: lengths 128/2048 and 2048/2048 at 8 and 64 prompts,
  and 32784/2048 at 4 prompts, for the two runs the README describes with their launch
  commands (H100 with meta-llama/Llama-3.1-405B-FP8, MI300X with
  amd/Llama-3.1-405B-Instruct-FP8-KV). Left out: the MI300X runs of Meta's checkpoint (the
  README calls them unoptimised for the GPU), the "4xMi300x" and "8xMi300x 2FP8" runs (no
  launch command or parallel layout stated), and the online runs (ShareGPT prompts).
* LMDeploy's "Benchmark on A100 (FP16)" page (TurboMind, v0.1.0a1), static inference
  benchmark (`profile_generation`: a fixed number of concurrent sessions, fixed lengths):
  chosen by rule, Llama 2 7B and 13B at TP 1 and Llama 2 70B at TP 4, concurrency 1 and
  64, lengths 128/2048 and 2048/128: mode "concurrency", 12 rows.
* vLLM pull request 4002 (fused-MoE configs for Mixtral 8x22B): `benchmark_latency` on
  A100-80G at TP 4 and TP 8, batches 8, 16 and 32, the "with config" rows (the merged
  state): mode "static", 6 rows. The rows without the PR's config are left out (they
  measure a kernel configuration the PR replaced).
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

_DSTACK_405B = "https://github.com/dstackai/benchmarks/blob/85a2fe177aabe8a5556ce75e791dcd74b1cd8187/comparison/h100sxm5_vs_mi300x/{path}"
DSTACK_405B_README = _DSTACK_405B.format(path="README.md")

# csv_data/throughput_latency_curve_{isl}_{osl}.csv: (CSV gpu label, catalogue GPU, input, output,
# batch_size = prompts, end_to_end_latency s). The CSVs' tokens_per_second counts input and output.
_LLAMA_405B = (
    ("8xH100-meta-Llama-31-405B-FP8", "H100-SXM", 128, 2048, 8, 75.05596489),
    ("8xH100-meta-Llama-31-405B-FP8", "H100-SXM", 128, 2048, 64, 123.1509682),
    ("8xH100-meta-Llama-31-405B-FP8", "H100-SXM", 2048, 2048, 8, 78.6),
    ("8xH100-meta-Llama-31-405B-FP8", "H100-SXM", 2048, 2048, 64, 262.68),
    ("8xH100-meta-Llama-31-405B-FP8", "H100-SXM", 32784, 2048, 4, 236.1237305),
    ("8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV", "MI300X", 128, 2048, 8, 68.69831185),
    ("8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV", "MI300X", 128, 2048, 64, 99.36810183),
    ("8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV", "MI300X", 2048, 2048, 8, 70.53868689),
    ("8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV", "MI300X", 2048, 2048, 64, 125.3573432),
    ("8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV", "MI300X", 32784, 2048, 4, 129.3197857),
)


def _dstack_405b_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engines = {
        "H100-SXM": VLLM.model_copy(
            update={
                "name": "vLLM 0.6.3.post2.dev308 (nightly wheel), benchmark_throughput, --max-model-len 91680",
                "max_num_tokens": 512,
            }
        ),
        "MI300X": VLLM.model_copy(
            update={
                "name": "vLLM 0.6.3.dev109 (ROCm, ghcr.io/embeddedllm/vllm-rocm:cb3b2b9), benchmark_throughput, "
                "--max-model-len 91680 --enforce-eager"
            }
        ),
    }
    rows = []
    for label, gpu, isl, osl, prompts, latency_s in _LLAMA_405B:
        rows.append(
            PublishedFigure(
                key=f"c-dstack-llama-3.1-405b-{gpu.lower()}-tp8-b{prompts}-{isl}-{osl}",
                source=_DSTACK_405B.format(path=f"csv_data/throughput_latency_curve_{isl}_{osl}.csv"),
                where=f"row gpu={label}, input_len={isl}, output_len={osl}, batch_size={prompts}: "
                f"end_to_end_latency {latency_s} s",
                engine=engines[gpu],
                model="Llama-3.1-405B",
                gpu=gpu,
                tp=8,
                weight_dtype="fp8",
                kv_dtype="bf16",
                input_tokens=isl,
                output_tokens=osl,
                mode="static",
                load=prompts,
                metric="output_tokens_per_s",
                published=prompts * osl / latency_s,
                role="held-out",
                note=f"published = {prompts} prompts x {osl} output tokens / {latency_s} s (the CSV's tokens_per_second "
                f"counts input and output: it equals {prompts} x {isl + osl} / latency). vLLM benchmark_throughput, "
                f"--tensor-parallel-size 8, {prompts} prompts of fixed lengths submitted at once (taken as a static batch "
                f"of {prompts}; the engine runs them in waves if its KV cache cannot hold them all). "
                + (
                    "meta-llama/Llama-3.1-405B-FP8 on 8 x 'NVIDIA H100 80GB HBM3' (NVLink, the README's topology); "
                    "--num-scheduler-step 1. Prefill budget 512 tokens: vLLM 0.6 turns chunked prefill on by default "
                    "on CUDA for max_model_len > 32K (the dstack 8xH100 README says so too) and then defaults "
                    "max_num_batched_tokens to 512. "
                    if gpu == "H100-SXM"
                    else "amd/Llama-3.1-405B-Instruct-FP8-KV on 8 x MI300X (xGMI); --num-scheduler-step 1, "
                    "--enforce-eager (no HIP graphs). "
                )
                + "No --kv-cache-dtype in the README's command, so KV assumed BF16 (vLLM's 'auto'), also for the "
                "FP8-KV checkpoint. gpu_memory_utilization and max_num_seqs not stated: vLLM defaults assumed (on "
                "MI300X also the prefill budget, 8192; whether that ROCm build chunks prefill is not stated). Commands and versions from {DSTACK_405B_README}",
            )
        )
    return rows


LMDEPLOY_A100 = (
    "https://github.com/InternLM/lmdeploy/blob/3e391df4673326f79363eebe030876861a9b7090/docs/en/benchmark/a100_fp16.md"
)

# 'Static Inference Benchmark' tables: (catalogue model, table heading, TP, batch, prompt_tokens, output_tokens,
# throughput(out tok/s)).
_LMDEPLOY = (
    ("Llama-2-7B", "llama2-7b", 1, 1, 128, 2048, 98.92),
    ("Llama-2-7B", "llama2-7b", 1, 1, 2048, 128, 86.1),
    ("Llama-2-7B", "llama2-7b", 1, 64, 128, 2048, 1852.06),
    ("Llama-2-7B", "llama2-7b", 1, 64, 2048, 128, 493.46),
    ("Llama-2-13B", "llama2-13b", 1, 1, 128, 2048, 55.29),
    ("Llama-2-13B", "llama2-13b", 1, 1, 2048, 128, 48.99),
    ("Llama-2-13B", "llama2-13b", 1, 64, 128, 2048, 998.86),
    ("Llama-2-13B", "llama2-13b", 1, 64, 2048, 128, 286.32),
    ("Llama-2-70B", "llama2-70b", 4, 1, 128, 2048, 32.38),
    ("Llama-2-70B", "llama2-70b", 4, 1, 2048, 128, 28.32),
    ("Llama-2-70B", "llama2-70b", 4, 64, 128, 2048, 1391.8),
    ("Llama-2-70B", "llama2-70b", 4, 64, 2048, 128, 270.47),
)


def _lmdeploy_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import Engine, PublishedFigure

    engine = Engine(
        name="LMDeploy v0.1.0a1 (TurboMind), profile_generation",
        memory_fraction=0.95,
        max_batch=64,
        max_num_tokens=8192,
        kv_block_tokens=128,
        reserve_full_sequence=False,
        fraction_of_free=True,
    )
    return [
        PublishedFigure(
            key=f"c-lmdeploy-{model.lower()}-a100-80gb-tp{tp}-c{batch}-{isl}-{osl}",
            source=LMDEPLOY_A100,
            where=f"'Static Inference Benchmark', table {table}, batch {batch}, tp {tp}, prompt_tokens {isl}, "
            f"output_tokens {osl}: throughput(out tok/s) {value}",
            engine=engine,
            model=model,
            gpu="A100-80GB",
            tp=tp,
            weight_dtype="fp16",
            kv_dtype="fp16",
            input_tokens=isl,
            output_tokens=osl,
            mode="concurrency",
            load=batch,
            metric="output_tokens_per_s",
            published=value,
            role="held-out",
            note=f"{batch} concurrent session(s) generating exactly {osl} tokens each (profile_generation), FP16 weights "
            "and KV (the page's title; TurboMind v0.1 has no FP8). 'A100-80G' taken as the 80 GB SXM part "
            "(NVLink between the TP ranks): the page says '(x8) A100-80G' and does not name the form factor. "
            "Engine limits not stated: taken from the table's own evidence (mem(GB) 73.6-78.4 of 80, i.e. the KV "
            "cache takes nearly all free memory: 0.95 of free memory assumed), TurboMind's 128-token KV blocks and "
            "max batch 64 (the largest batch on the page) assumed, prefill budget 8192 tokens assumed",
        )
        for model, table, tp, batch, isl, osl, value in _LMDEPLOY
    ]


VLLM_PR4002 = "https://github.com/vllm-project/vllm/pull/4002"
VLLM_LATENCY_DEFAULTS = (
    "https://github.com/vllm-project/vllm/blob/00db02095a5d578c18383609a00fa0c6e7fc8db8/benchmarks/benchmark_latency.py"
)
VLLM_A100_MOE_CONFIG = (
    "https://github.com/vllm-project/vllm/blob/c6991a3bffc217a79a1c2413da13be7ce923dbf0/vllm/model_executor/layers/"
    "fused_moe/configs/E=8,N=4096,device_name=NVIDIA_A100-SXM4-80GB.json"
)

# PR 4002 description, "TP4 with config" / "TP8 with config": (TP, batch, "Avg latency" s). The last value is
# printed as 4.3906944... in the stored copy of the thread; the digits shown are used.
_PR4002 = (
    (4, 8, 5.4268179705676935),
    (4, 16, 6.107941208345195),
    (4, 32, 6.893939550562451),
    (8, 8, 3.7083894722008455),
    (8, 16, 4.047313968433688),
    (8, 32, 4.3906944),
)
_LATENCY_IN, _LATENCY_OUT = 32, 128


def _vllm_pr4002_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(update={"name": "vLLM ~0.4.0 (April 2024, PR 4002 fused-MoE configs), benchmark_latency"})
    return [
        PublishedFigure(
            key=f"c-vllm-pr4002-mixtral-8x22b-a100-80gb-tp{tp}-b{batch}",
            source=VLLM_PR4002,
            where=f"PR description, 'TP{tp} with config', bs {batch}: Avg latency {latency} seconds",
            engine=engine,
            model="Mixtral-8x22B",
            gpu="A100-80GB",
            tp=tp,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=_LATENCY_IN,
            output_tokens=_LATENCY_OUT,
            mode="static",
            load=batch,
            metric="output_tokens_per_s",
            published=batch * _LATENCY_OUT / latency,
            role="held-out",
            note=f"printed: average end-to-end latency {latency} s of one batch of {batch}; published = {batch} x "
            f"{_LATENCY_OUT} / latency. No lengths given in the PR: benchmark_latency's defaults, --input-len 32 "
            f"--output-len 128 (ignore_eos), as in {VLLM_LATENCY_DEFAULTS} (a later copy; these defaults are "
            "long-standing). dtype auto: BF16 weights and KV (the checkpoint's dtype). 'A100-80G' taken as A100 SXM4 "
            f"80 GB: the A100 config the PR's shapes map to is named for that device ({VLLM_A100_MOE_CONFIG}). "
            "vLLM defaults otherwise (gpu_memory_utilization 0.90)",
        )
        for tp, batch, latency in _PR4002
    ]


def more_rows() -> list[PublishedFigure]:
    """The rows from benchmark repositories, posts and issues."""
    return [*_dstack_405b_rows(), *_lmdeploy_rows(), *_vllm_pr4002_rows()]


__all__ = ["more_rows"]
