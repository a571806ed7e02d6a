"""Held-out K, part 1: silybench-data, Qwen3-8B BF16 and FP8 on one H100 SXM (GCP a3-highgpu-1g), vLLM 0.30.0.

tgarg01/silybench-data publishes, per run, a `result.json` and a derived table of every
(workload, concurrency) point, `derived/csv/perf_points.csv` (the file cited here, at commit 93e4887).
The runs are those of its experiment `2026-09-24-qwen3-8b-pipeline`; the experiment file calls them a
pipeline validation, "not a published result", but keeps them with every raw file, and the figures are
ordinary `vllm bench serve` measurements, so they are taken as a measurement like any other (said in
every row's note).

* Hardware (result.json): one `H100-80GB` on GCP `a3-highgpu-1g` (an H100 SXM 80 GB), TP 1.
* Engine (result.json `software`): vLLM 0.30.0, image `vllm/vllm-openai:v0.30.0`; serving args
  `--max-model-len 16384 --gpu-memory-utilization 0.9 --tensor-parallel-size 1` and, for the FP8 run,
  `--quantization fp8` (weights FP8 quantised at load, activations FP8; no `--kv-cache-dtype`, so the KV
  cache stays BF16). Not printed, assumed from vLLM's V1 defaults for an 80 GB GPU behind the OpenAI
  server: `max_num_seqs` 1024, `max_num_batched_tokens` 8192 (chunked prefill on), 16-token KV blocks.
* Workload (experiment.yaml): `dataset: random`, fixed `input_len` / `output_len` per workload
  (chat-128-128, prefill-1024-128, decode-128-1024, balanced-2048-2048), closed loop at `users`
  (`--max-concurrency`) 1 ... 512, 3 repeats; the CSV prints `num_prompts` per repeat. The harness
  (tgarg01/silybench-bench `gpubench/perf.py` at 5c24413, a later commit: the runs used an uncommitted
  tree) passes `--random-range-ratio 0 --ignore-eos`; in vLLM 0.30 a range ratio of 0 samples lengths
  in [len x (1 - 0), len x (1 + 0)], i.e. fixed (not the uniform 0..len of older tools). The data agree:
  in every row used here `total_token_throughput` / `output_throughput` equals (input + output) /
  output (e.g. 2.0 for 2048/2048, 1.125 for 128/1024), which a spread of lengths would not give. The
  printed figure is the per-field median of the 3 repeats (`build_perf_point` in the same file).
* Metric: `output_throughput` (output tokens/s, the whole server), as printed (full float precision).

Rows (12): FP8 run 20260924T225750Z and BF16 run 20260924T125045Z, a spread of concurrencies in each
workload that stays at or below the point where the CSV's own `slo_pass` turns False (no queueing-only
points). Keys start "k-silybench-".
"""

# ruff: noqa: E501  (data table: one printed row per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

PERF_POINTS = "https://github.com/tgarg01/silybench-data/blob/93e4887353137e64bd5605fa3d1f4529da0a1dc5/derived/csv/perf_points.csv"

_RUNS = {
    "fp8": "20260924T225750Z_h100-80gbx1_qwen3-8b_fp8",
    "bf16": "20260924T125045Z_h100-80gbx1_qwen3-8b_bf16",
}

# (precision, workload, input_len, output_len, concurrency, num_prompts, output_throughput as printed)
# fmt: off
_POINTS: tuple[tuple[str, str, int, int, int, int, str], ...] = (
    ("fp8", "chat-128-128", 128, 128, 1, 50, "213.32177147819823"),
    ("fp8", "chat-128-128", 128, 128, 16, 80, "3087.5758453923195"),
    ("fp8", "chat-128-128", 128, 128, 128, 640, "13376.872440456742"),
    ("fp8", "decode-128-1024", 128, 1024, 4, 50, "796.8824229135593"),
    ("fp8", "decode-128-1024", 128, 1024, 64, 320, "8620.671339221317"),
    ("fp8", "prefill-1024-128", 1024, 128, 32, 160, "3444.254825621756"),
    ("fp8", "balanced-2048-2048", 2048, 2048, 16, 80, "2136.1056726290326"),
    ("bf16", "chat-128-128", 128, 128, 4, 50, "548.1721750421502"),
    ("bf16", "chat-128-128", 128, 128, 64, 320, "6957.695752209764"),
    ("bf16", "balanced-2048-2048", 2048, 2048, 1, 50, "142.36511581395524"),
    ("bf16", "balanced-2048-2048", 2048, 2048, 4, 50, "506.39290062007683"),
    ("bf16", "balanced-2048-2048", 2048, 2048, 32, 160, "2528.523651964338"),
)
# fmt: on


def _engine() -> Engine:
    from benchmarks.sizing.published import VLLM

    return VLLM.model_copy(
        update={
            "name": (
                "vLLM 0.30.0 (vllm/vllm-openai:v0.30.0), vllm serve --gpu-memory-utilization 0.9 --max-model-len 16384; "
                "max_num_seqs 1024 and max_num_batched_tokens 8192 assumed (V1 defaults, 80 GB GPU, OpenAI server)"
            ),
            "memory_fraction": 0.9,
            "max_batch": 1024,
            "max_num_tokens": 8192,
            "kv_block_tokens": 16,
        }
    )


def silybench_rows() -> list[PublishedFigure]:
    """The twelve chosen (workload, concurrency) points of the two Qwen3-8B runs."""
    from benchmarks.sizing.published import PublishedFigure

    engine = _engine()
    rows = []
    for precision, workload, isl, osl, users, prompts, printed in _POINTS:
        rows.append(
            PublishedFigure(
                key=f"k-silybench-qwen3-8b-h100-tp1-{precision}-{isl}-{osl}-c{users}",
                source=PERF_POINTS,
                where=(
                    f"row run_id {_RUNS[precision]}, workload {workload}, input_len {isl}, output_len {osl}, "
                    f"concurrency {users}, num_prompts {prompts}: output_throughput {printed}"
                ),
                engine=engine,
                model="Qwen3-8B",
                gpu="H100-SXM",
                tp=1,
                weight_dtype="fp8" if precision == "fp8" else "bf16",
                kv_dtype="bf16",
                input_tokens=isl,
                output_tokens=osl,
                mode="concurrency",
                load=float(users),
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                note=(
                    f"vllm bench serve, random dataset with fixed lengths {isl}/{osl}, --max-concurrency {users}, "
                    f"{prompts} prompts per repeat, median of 3 repeats; GCP a3-highgpu-1g "
                    f"(H100 SXM 80 GB), TP 1, {'--quantization fp8 (FP8 weights and activations)' if precision == 'fp8' else 'BF16 weights'}, "
                    "KV cache BF16. The repository labels these runs a pipeline validation, not a published result; "
                    "taken as measured. max_num_seqs / max_num_batched_tokens not printed (vLLM defaults assumed)."
                ),
                requests=prompts,
            )
        )
    return rows
