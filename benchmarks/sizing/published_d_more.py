"""Held-out D, second part: AMD MI300X and MI325X rows.

Every row is `role="held-out"` by rule (see `published_d.py` for why and for the set's
shape). Sources: ROCm/vllm's dev-docker README at one commit (static batches on
8 x MI300X), InferenceX issue 890 and pull request 3318 (DeepSeek-R1 on 8 x MI325X with
SGLang, fixed concurrency). None is cited by an earlier set.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Metric, PublishedFigure

ROCM_DEV_DOCKER = "https://github.com/ROCm/vllm/blob/040de12d45c16d6de6ad386cc57dd68b8c5b805e/docs/dev-docker/README.md"
INFERENCEX_890 = "https://github.com/SemiAnalysisAI/InferenceX/issues/890"
INFERENCEX_PR3318 = "https://github.com/SemiAnalysisAI/InferenceX/pull/3318"
INFERENCEX_MI325X_SCRIPT = "https://github.com/SemiAnalysisAI/InferenceX/blob/1fc5d73cdd31c7fbdd657f3c7e5ec2180f4b0598/benchmarks/dsr1_fp8_mi325x.sh"

# ROCm/vllm docs/dev-docker/README.md at 040de12 (image rocm6.4.1_vllm_0.10.0_20250812), 'Latency Measurements',
# TP 8 on 8 x MI300X: (model, batch, input, output, printed latency s). Batches 1, 8, 32, 128 of the table's 1-128,
# chosen by rule (every other power of two from 1, plus the largest) before any prediction.
_ROCM_LATENCY = (
    ("Llama-3.1-70B", 1, 128, 2048, 17.236),
    ("Llama-3.1-70B", 8, 128, 2048, 19.677),
    ("Llama-3.1-70B", 32, 128, 2048, 24.932),
    ("Llama-3.1-70B", 128, 128, 2048, 46.484),
    ("Llama-3.1-70B", 1, 2048, 2048, 17.500),
    ("Llama-3.1-70B", 8, 2048, 2048, 20.161),
    ("Llama-3.1-70B", 32, 2048, 2048, 25.966),
    ("Llama-3.1-70B", 128, 2048, 2048, 52.394),
    ("Llama-3.1-405B", 1, 128, 2048, 48.453),
    ("Llama-3.1-405B", 8, 128, 2048, 54.226),
    ("Llama-3.1-405B", 32, 128, 2048, 68.901),
    ("Llama-3.1-405B", 128, 128, 2048, 117.027),
    ("Llama-3.1-405B", 1, 2048, 2048, 48.362),
    ("Llama-3.1-405B", 8, 2048, 2048, 54.471),
    ("Llama-3.1-405B", 32, 2048, 2048, 70.538),
    ("Llama-3.1-405B", 128, 2048, 2048, 125.471),
)

# DeepSeek-R1-0528 FP8, SGLang, TP 8 / EP 1 on 8 x MI325X: (source, where, SGLang image, input, output,
# concurrency, printed output tok/s/GPU, printed mean TPOT ms).
# fmt: off
_INFERENCEX_MI325X = (
    (INFERENCEX_890, "comment 'Running MI325 SGLang DeepSeek Benchmarks', Benchmark Results", "sglang:v0.5.9-rocm700-mi30x", 1024, 1024, 4, 19.91, 24.03),
    (INFERENCEX_890, "comment 'Running MI325 SGLang DeepSeek Benchmarks', Benchmark Results", "sglang:v0.5.9-rocm700-mi30x", 1024, 1024, 8, 36.76, 26.17),
    (INFERENCEX_PR3318, "description, 'Baseline' table (2026-09-10, 8k/1k, TP8/EP1)", "lmsysorg/sglang:v0.5.19-rocm700-mi30x", 8192, 1024, 4, 24.91, 18.53),
    (INFERENCEX_PR3318, "description, 'Baseline' table (2026-09-10, 8k/1k, TP8/EP1)", "lmsysorg/sglang:v0.5.19-rocm700-mi30x", 8192, 1024, 8, 43.38, 21.56),
    (INFERENCEX_PR3318, "description, 'Baseline' table (2026-09-10, 8k/1k, TP8/EP1)", "lmsysorg/sglang:v0.5.19-rocm700-mi30x", 8192, 1024, 16, 69.39, 26.75),
    (INFERENCEX_PR3318, "description, 'Baseline' table (2026-09-10, 8k/1k, TP8/EP1)", "lmsysorg/sglang:v0.5.19-rocm700-mi30x", 8192, 1024, 32, 95.57, 39.45),
    (INFERENCEX_PR3318, "description, 'Baseline' table (2026-09-10, 8k/1k, TP8/EP1)", "lmsysorg/sglang:v0.5.19-rocm700-mi30x", 8192, 1024, 64, 114.89, 66.55),
)
# fmt: on


def _rocm_latency_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    engine = VLLM.model_copy(update={"name": "vLLM 0.10.0 (ROCm 6.4.1 rocm/vllm-dev container), benchmark_latency"})
    return [
        PublishedFigure(
            key=f"d-rocm-vllm0100-{model.lower()}-mi300x-tp8-b{batch}-{isl}-{osl}",
            source=ROCM_DEV_DOCKER,
            where=f"'Performance Results', 'Latency Measurements' table, {model.replace('-', ' ')} "
            f"(amd/{model}-Instruct-FP8-KV), FP8, TP 8, batch {batch}, {isl}/{osl}: "
            f"MI300X latency {latency_s} s",
            engine=engine,
            model=model,
            gpu="MI300X",
            tp=8,
            weight_dtype="fp8",
            kv_dtype="fp16",
            input_tokens=isl,
            output_tokens=osl,
            mode="static",
            load=batch,
            metric="output_tokens_per_s",
            published=batch * osl / latency_s,
            role="held-out",
            note=f"printed: end-to-end latency {latency_s} s for a batch of {batch}, {isl} in, {osl} out "
            f"(benchmark_latency, whole batch prefilled then decoded); published = {batch} x {osl} / {latency_s}. "
            "System: Supermicro AS-8125GS-TNMR2, 8 x MI300X 192 GB 750 W. The page's latency command: "
            "--dtype float16 --gpu-memory-utilization 0.9, no --kv-cache-dtype, so the KV cache is taken as FP16 "
            "(vLLM's 'auto' = model dtype) although the checkpoint carries FP8 KV scales; FP8 weights (the amd/...-FP8-KV "
            "checkpoint). Other engine settings: vLLM defaults (not stated). The README is updated in place: this row "
            "is the snapshot at the commit in the URL (vLLM v0.10.0 image)",
        )
        for model, batch, isl, osl, latency_s in _ROCM_LATENCY
    ]


def _inferencex_mi325x_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import VLLM, PublishedFigure

    rows = []
    for source, where, image, isl, osl, concurrency, per_gpu, tpot_ms in _INFERENCEX_MI325X:
        # Server flags from the repository's MI325X launch script (a version of it; the run's own revision is
        # not printed): --mem-fraction-static 0.8, --chunked-prefill-size 131072, --kv-cache-dtype fp8_e4m3,
        # page size 1 (SGLang's default), --disable-radix-cache.
        engine = VLLM.model_copy(
            update={
                "name": f"SGLang ({image}, InferenceX dsr1-fp8-mi325x-sglang)",
                "memory_fraction": 0.80,
                "max_num_tokens": 131072,
                "kv_block_tokens": 1,
            }
        )
        metrics: tuple[tuple[Metric, float, str], ...] = (
            ("tpot_ms", tpot_ms, f"mean TPOT {tpot_ms} ms"),
            ("output_tokens_per_s", 8 * per_gpu, f"output tput/GPU {per_gpu} tok/s (published = 8 GPUs x {per_gpu})"),
        )
        for metric, value, printed in metrics:
            rows.append(
                PublishedFigure(
                    key=f"d-inferencex-deepseek-r1-mi325x-tp8-{isl}-{osl}-c{concurrency}-{'tpot' if metric == 'tpot_ms' else 'tput'}",
                    source=source,
                    where=f"{where}, concurrency {concurrency}: {printed}",
                    engine=engine,
                    model="DeepSeek-R1",
                    gpu="MI325X",
                    tp=8,
                    weight_dtype="fp8",
                    kv_dtype="fp8",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="concurrency",
                    load=concurrency,
                    metric=metric,
                    published=value,
                    role="held-out",
                    note=f"{concurrency} concurrent requests, {concurrency * 10} prompts (the script's num-prompts = "
                    f"10 x concurrency). DeepSeek-R1-0528 FP8, SGLang image {image}, TP 8, EP 1, 8 x MI325X. Engine "
                    f"flags from {INFERENCEX_MI325X_SCRIPT} (a version of the launch script; the run's own revision is "
                    "not printed): mem-fraction-static 0.8, chunked-prefill 131072, FP8 (e4m3) KV cache, AITER "
                    "attention, radix cache off; max running requests SGLang's default (concurrency <= 64 stays under "
                    "it). The workflow's random-range-ratio is not printed: lengths are "
                    f"{isl}/{osl} at most and may average a little less",
                )
            )
    return rows


def more_rows() -> list[PublishedFigure]:
    """Held-out D rows from the ROCm README and InferenceX."""
    return [*_rocm_latency_rows(), *_inferencex_mi325x_rows()]


__all__ = ["more_rows"]
