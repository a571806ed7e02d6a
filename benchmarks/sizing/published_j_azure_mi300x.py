"""Held-out J, part 2: Azure ND MI300X v5, vLLM (ROCm) `benchmark_throughput`, Llama 3.1 8B, 70B and 405B FP8.

Microsoft's AI-benchmarking-guide (read from the samuel-bohman fork, the copy the index holds at a
commit) publishes, per Azure VM type, a results page. Held-out D took the two NVIDIA pages
(`ND_H100_v5_results.md`, `ND_H200_v5_results.md`: TensorRT-LLM 0.15 runs) and left the MI300X page
out because the harness's `--max-num-seqs` for it was not found. This part takes the MI300X page
(`Azure_Results/ND_MI300X_v5_results.md`, its own measurements: another machine, another engine) now
that a stored revision of the harness config gives that value:

* Page: "End-to-End Inference Workloads - vLLM", tables "LLAMA 3.1 (8B)" (tp size 1),
  "LLAMA 3.1 (70B)" (tp size 8) and "LLAMA 3 (405B)" (tp size 8), "Performance results ... with FP8
  quantization, 1000 requests", column "throughput(tokens/sec)" at six fixed length pairs. 18 rows
  (every cell of the three tables), mode "offline".
* Harness (`Benchmarks/AMD/LLMBenchmark.py`, commit 04e2ae7): in the `rocm/vllm-dev:20241121-tuned`
  container, `python /app/vllm/benchmarks/benchmark_throughput.py --model amd/<model> --quantization
  fp8 --kv-cache-dtype fp8 --dtype half --gpu-memory-utilization 0.90 --distributed-executor-backend mp
  --num-scheduler-steps 10 --tensor-parallel-size <tp> --enable-chunked-prefill false
  --max-seq-len-to-capture 131072 --max-num-batched-tokens 131072 --max-model-len 8192 --max-num-seqs
  <n> --num-prompts <requests> --input-len <in> --output-len <out>`: every prompt exactly `in` tokens,
  every output exactly `out` tokens (benchmark_throughput's synthetic prompts ignore EOS), all prompts
  handed to the engine at once (offline).
* Which throughput: the harness keeps `line.split(' ')[6]` of benchmark_throughput's "Throughput: "
  line. That index exists only in the three-figure form "Throughput: R requests/s, T total tokens/s,
  O output tokens/s", where token 6 is O: output tokens/s (the two-figure form of older vLLM has no
  token 6 and the harness would have failed). So the printed number is taken as output tokens/s.
* Config (`config.json`, commit 5d58e2c, the only stored revision): the AMD entries
  `Meta-Llama-3.1-8B-Instruct-FP8-KV` (tp_sizes [1]), `Meta-Llama-3.1-70B-Instruct-FP8-KV` and
  `Meta-Llama-3.1-405B-Instruct-FP8-KV` (tp_sizes [8]) list `max_num_seqs: [3000]`, `num_requests: [1000]` and the same six length pairs the
  page prints; taken as the settings of the published run (assumed: the page does not print them).
  The checkpoints are AMD's FP8 (weights and KV scales) Llama 3.1 Instruct quantisations: weights FP8,
  KV cache FP8, activations FP16.

Not printed, assumed: the vLLM version inside `rocm/vllm-dev:20241121-tuned` (a November 2024 ROCm dev
image, vLLM 0.6.4-era; the one 2024 engine of this set, said on every row); 16-token KV blocks (vLLM's
default); KV = 0.90 x total memory minus weights and activations (vLLM's rule). The 405B table's
heading says "LLAMA 3 (405B)"; the config and the checkpoint are Llama 3.1 405B (same shapes). This part
is 18 of the set's rows, far over the brief's 30 % cap for one source: too few other sources with fixed
lengths and stated conditions were found (report); its keys start "j-azure-mi300x-" so it can be cut
down by rule if the lead wants the cap kept. The page `Azure_Results/AMD_MI300X_results.md` prints the same numbers (the same runs) and is
not a second source.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

PAGE = (
    "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/3de0c294fd1059a91a2c158712c4a078619d73e8/"
    "Azure_Results/ND_MI300X_v5_results.md"
)
HARNESS = (
    "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/04e2ae7d224dff22b002cf60acdaeb5adc0a2faf/"
    "Benchmarks/AMD/LLMBenchmark.py"
)
CONFIG = (
    "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/5d58e2c75f7d03c49ab865fe1a52d5d8dea151f6/config.json"
)

_LENGTHS = ((128, 128), (128, 1024), (128, 2048), (500, 2000), (1024, 1024), (2048, 2048))
# (section heading as printed, catalogue model, TP, throughput(tokens/sec) for _LENGTHS as printed)
# fmt: off
_TABLES: tuple[tuple[str, str, int, tuple[int, ...]], ...] = (
    ("LLAMA 3.1 (8B)", "Llama-3.1-8B", 1, (18149, 19579, 16394, 13559, 10995, 7356)),
    ("LLAMA 3.1 (70B)", "Llama-3.1-70B", 8, (9026, 12461, 12204, 10877, 8256, 7421)),
    ("LLAMA 3 (405B)", "Llama-3.1-405B", 8, (2484, 3846, 3902, 3407, 2363, 1840)),
)
# fmt: on


def _engine() -> Engine:
    from benchmarks.sizing.published import VLLM

    return VLLM.model_copy(
        update={
            "name": (
                "vLLM (ROCm image rocm/vllm-dev:20241121-tuned, version not printed; 0.6.4-era defaults assumed), "
                "benchmark_throughput --max-num-seqs 3000 --max-num-batched-tokens 131072 --enable-chunked-prefill "
                "false --num-scheduler-steps 10 --gpu-memory-utilization 0.90"
            ),
            "memory_fraction": 0.90,
            "max_batch": 3000,
            "max_num_tokens": 131072,
            "kv_block_tokens": 16,
        }
    )


def azure_mi300x_rows() -> list[PublishedFigure]:
    """The 8B (TP 1), 70B and 405B (TP 8) vLLM throughput tables of the ND MI300X v5 page."""
    from benchmarks.sizing.published import PublishedFigure

    engine = _engine()
    rows = []
    for heading, model, tp, values in _TABLES:
        for (isl, osl), value in zip(_LENGTHS, values, strict=True):
            rows.append(
                PublishedFigure(
                    key=f"j-azure-mi300x-vllm-{model.lower()}-tp{tp}-{isl}-{osl}",
                    source=PAGE,
                    where=(
                        f"'End-to-End Inference Workloads - vLLM', '{heading}' table ('Performance results ... with "
                        f"FP8 quantization, 1000 requests'), tp size {tp}, input len {isl}, output len {osl}: "
                        f"throughput(tokens/sec) {value}"
                    ),
                    engine=engine,
                    model=model,
                    gpu="MI300X",
                    tp=tp,
                    weight_dtype="fp8",
                    kv_dtype="fp8",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="offline",
                    load=None,
                    metric="output_tokens_per_s",
                    published=float(value),
                    role="held-out",
                    requests=1000,
                    note=(
                        f"Azure ND MI300X v5 (8 x AMD Instinct MI300X), TP {tp}. Harness ({HARNESS}): vLLM "
                        f"benchmark_throughput in rocm/vllm-dev:20241121-tuned, amd/Meta-{model}-Instruct-FP8-KV "
                        "(FP8 weights, FP8 KV cache, --dtype half), fixed lengths (synthetic "
                        f"prompts of exactly {isl} tokens, exactly {osl} output tokens), 1000 prompts offline, "
                        "chunked prefill off, --max-num-batched-tokens 131072, --num-scheduler-steps 10, "
                        f"--gpu-memory-utilization 0.90. max_num_seqs 3000 and 1000 requests from the config "
                        f"({CONFIG}; assumed to be the published run's). The printed value is the harness's token "
                        "6 of benchmark_throughput's 'Throughput:' line, i.e. output tokens/s (module docstring). "
                        "vLLM version not printed (November 2024 ROCm dev image; 0.6.4-era defaults assumed)."
                    ),
                )
            )
    return rows
