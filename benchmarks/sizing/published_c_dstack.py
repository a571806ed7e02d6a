"""Held-out C, dstack's DeepSeek-R1 benchmark on 8 x MI300X and 8 x H200 (see published_c.py).

Every row is `role="held-out"`, by the rule stated in `published_c.py`. The figures are
read from the benchmark's raw result files (CSV), not from its charts: the online file
holds SGLang's `bench_serving` output per (GPU, engine, concurrency), the offline file
vLLM's `benchmark_throughput` totals per (GPU, engine, prompts, lengths).

Chosen before any prediction, by rule: online, the vLLM rows on both GPUs and the SGLang
rows on MI300X at concurrency 8 and 64 (TPOT and output throughput); offline, the vLLM
rows at 1024 prompts. Left out: SGLang on H200, which the README launches with
`--enable-dp-attention` (attention data-parallel, not the tensor-parallel layout the
model describes); TensorRT-LLM on H200, launched with `--ep_size 4` (expert parallel);
the prefix-cached runs; the offline SGLang runs (their launch flags are not stated).
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, Metric, PublishedFigure

_REPO = "https://github.com/dstackai/benchmarks/blob/{commit}/Deepseek-R1/{path}"
DSTACK_ONLINE = _REPO.format(commit="7f37e6697725e58dd09b9ef190b62ce19f01d45e", path="raw_data/online_results.csv")
DSTACK_OFFLINE = _REPO.format(commit="7f37e6697725e58dd09b9ef190b62ce19f01d45e", path="raw_data/offline_results.csv")
DSTACK_README = _REPO.format(commit="209ca6f9c2f940314362d3e8dab59bf129a1a9a9", path="README.md")

_ISL, _OSL_ONLINE, _PROMPTS_ONLINE = 3200, 800, 500

# online_results.csv, dataset random, random_input_len 3200, random_output_len 800, random_range_ratio 1,
# 500 prompts: (CSV GPU, catalogue GPU, backend, max_concurrency, output_throughput, mean_tpot_ms).
_ONLINE = (
    ("mi300x", "MI300X", "vllm", 8, 148.1944755, 50.87484791),
    ("mi300x", "MI300X", "vllm", 64, 671.838344, 77.96798761),
    ("mi300x", "MI300X", "sglang", 8, 190.1142609, 38.75499567),
    ("mi300x", "MI300X", "sglang", 64, 612.3397485, 84.94547977),
    ("h200", "H200", "vllm", 8, 237.589178, 31.28089729),
    ("h200", "H200", "vllm", 64, 758.3782529, 65.61773396),
)

# offline_results.csv, backend vllm, num_requests 1024, input_len 3200:
# (CSV GPU, catalogue GPU, output_len, elapsed_time s, total_output_tokens).
_OFFLINE = (
    ("mi300", "MI300X", 800, 755.7529773, 819200),
    ("mi300", "MI300X", 1600, 1356.931249, 1638400),
    ("mi300", "MI300X", 3200, 2698.302436, 3276800),
    ("h200", "H200", 800, 837.3510345, 819200),
    ("h200", "H200", 1600, 1568.906264, 1638400),
)

_COMMON_NOTE = (
    "deepseek-ai/DeepSeek-R1 as published (block-wise FP8 weights); no --kv-cache-dtype in the README's launch "
    "commands, so KV assumed BF16 (the model dtype). TP 8 on one node (README: --tensor-parallel-size 8 / --tp 8). "
)


def _engines() -> dict[tuple[str, str], Engine]:
    from benchmarks.sizing.published import VLLM

    return {
        ("MI300X", "vllm"): VLLM.model_copy(
            update={
                "name": "vLLM 0.7.3.dev (ROCm, rocm/vllm-dev:vllm-ds3-staging-0217), --max-model-len 32768",
                "max_num_tokens": 32768,
            }
        ),
        ("H200", "vllm"): VLLM.model_copy(
            update={"name": "vLLM 0.7.4.dev181 nightly, VLLM_ATTENTION_BACKEND=FLASHMLA"}
        ),
        ("MI300X", "sglang"): VLLM.model_copy(
            update={
                "name": "SGLang 0.4.2.post4 (ROCm, rocm/sglang-staging:20250212)",
                "memory_fraction": 0.81,
                "max_batch": 4096,
                "max_num_tokens": 8192,
                "kv_block_tokens": 1,
            }
        ),
    }


_ENGINE_NOTE = {
    "vllm": "vLLM limits not stated: defaults assumed (gpu_memory_utilization 0.90, max_num_seqs 256). Prefill "
    "budget: on MI300X (a V0 build) 32768 = --max-model-len, because vLLM's V0 engine arguments of that time turn "
    "chunked prefill off for MLA models and a V0 engine without chunked prefill takes max_model_len as its token "
    "budget; on H200 (a nightly between V0 and V1) not determinable, 8192 assumed. ",
    "sglang": "SGLang limits not stated: 0.4.2 defaults assumed (mem_fraction_static 0.81 at TP 8, "
    "chunked_prefill_size 8192, page size 1; max_running_requests unset, not binding at 64 requests). ",
}


def _online_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    engines = _engines()
    rows = []
    for csv_gpu, gpu, backend, concurrency, throughput, tpot in _ONLINE:
        metrics: tuple[tuple[Metric, float, str], ...] = (
            ("tpot_ms", tpot, f"mean_tpot_ms {tpot}"),
            ("output_tokens_per_s", throughput, f"output_throughput {throughput}"),
        )
        for metric, value, printed in metrics:
            rows.append(
                PublishedFigure(
                    key=f"c-dstack-deepseek-r1-{gpu.lower()}-{backend}-tp8-{_ISL}-{_OSL_ONLINE}-c{concurrency}-"
                    f"{'tpot' if metric == 'tpot_ms' else 'tput'}",
                    source=DSTACK_ONLINE,
                    where=f"row GPU={csv_gpu}, backend={backend}, dataset_name=random, max_concurrency={concurrency}, "
                    f"random_input_len={_ISL}, random_output_len={_OSL_ONLINE}: {printed}",
                    engine=engines[(gpu, backend)],
                    model="DeepSeek-R1",
                    gpu=gpu,
                    tp=8,
                    weight_dtype="fp8",
                    kv_dtype="bf16",
                    input_tokens=_ISL,
                    output_tokens=_OSL_ONLINE,
                    mode="concurrency",
                    load=concurrency,
                    metric=metric,
                    published=value,
                    role="held-out",
                    note=f"{concurrency} concurrent requests, {_PROMPTS_ONLINE} prompts, random_range_ratio 1 (the CSV's "
                    f"total_input_tokens 1600000 and total_output_tokens 400000 are exactly 500 x {_ISL} and 500 x "
                    f"{_OSL_ONLINE}); SGLang's bench_serving (the dstack fork), TPOT excludes the first token. "
                    + _COMMON_NOTE
                    + _ENGINE_NOTE[backend]
                    + f"Launch commands and versions from {DSTACK_README}",
                )
            )
    return rows


def _offline_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import PublishedFigure

    engines = _engines()
    rows = []
    for csv_gpu, gpu, osl, elapsed, out_tokens in _OFFLINE:
        rows.append(
            PublishedFigure(
                key=f"c-dstack-deepseek-r1-{gpu.lower()}-vllm-tp8-offline-{_ISL}-{osl}",
                source=DSTACK_OFFLINE,
                where=f"row GPU={csv_gpu}, backend=vllm, input_len={_ISL}, output_len={osl}, num_requests=1024: "
                f"elapsed_time {elapsed} s, total_output_tokens {out_tokens}",
                engine=engines[(gpu, "vllm")],
                model="DeepSeek-R1",
                gpu=gpu,
                tp=8,
                weight_dtype="fp8",
                kv_dtype="bf16",
                input_tokens=_ISL,
                output_tokens=osl,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=out_tokens / elapsed,
                role="held-out",
                note=f"published = total_output_tokens / elapsed_time = {out_tokens} / {elapsed} (the CSV's "
                "tokens_per_second counts input and output). vLLM benchmark_throughput, 1024 prompts of fixed "
                f"lengths, --tensor-parallel-size 8 --max-model-len 32768 (README). "
                + _COMMON_NOTE
                + _ENGINE_NOTE["vllm"]
                + "The offline runs' vLLM build is not stated apart from the online one: the online build assumed.",
            )
        )
    return rows


def dstack_rows() -> list[PublishedFigure]:
    """The dstack DeepSeek-R1 rows (online fixed concurrency, then offline)."""
    return [*_online_rows(), *_offline_rows()]


__all__ = ["dstack_rows"]
