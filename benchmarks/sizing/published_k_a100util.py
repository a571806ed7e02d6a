"""Held-out K, part 4: Qwen2.5-7B on 2 x A100 80 GB PCIe (TP 2, no NVLink), vLLM 0.19.0, memory-fraction sweep.

cssnoeasy/a100-vllm-benchmark-blog's supplementary experiment 1 (`补充实验/实验一：--gpu-memory-utilization
多值对比测试/experiment-01-gpu-memory-utilization.md`, the file cited here, at commit 9faec04; published
2026-07-06) serves Qwen/Qwen2.5-7B-Instruct on "2 × NVIDIA A100 80GB PCIe（无 NVLink）" with vLLM 0.19.0,
`--tensor-parallel-size 2 --max-model-len 4096`, once per `--gpu-memory-utilization` value, and runs
`python -m vllm.benchmarks.serve --dataset-name random --random-input-len 2048 --random-output-len 512
--num-prompts 100 --max-concurrency 32` against each (the script is printed in the file's appendix).

* Metric: table 3.1's "输出Token吞吐 (tok/s)" (output tokens/s), as printed; mode "concurrency", load 32.
* Lengths: fixed 2048 in; the script does not pass `--ignore-eos`, but every printed output rate is
  512 x the printed request rate within the rounding of the latter (e.g. 2533.11 / 4.95 = 511.7), so the
  requests generated their full 512 tokens; taken as fixed 2048/512 (said in each note).
* Held-out I (`published_i_a100.py`) already holds this repository's *formal baseline* for the same
  model, GPUs, TP 2 and 2048/512 at concurrency 32 with memory fraction 0.75 (another file, another
  run). To keep K independent of what has been seen, the 0.75 row of this sweep (the closest to it) is
  left out; the rows kept differ in the engine's memory fraction, and the 0.70 row is the one where the
  file reports the KV cache running short ("触发 Swap", the engine preempting).

Not printed, assumed: vLLM 0.19.0's V1 defaults for an 80 GB GPU behind the OpenAI server
(`max_num_seqs` 1024, `max_num_batched_tokens` 8192, chunked prefill, 16-token KV blocks); BF16
weights and KV cache (the checkpoint's dtype; no quantisation flag). Keys start "k-a100util-".

Rows (4): memory fraction 0.70, 0.80, 0.90 and 0.95.
"""

# ruff: noqa: E501  (data table: one printed row per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

# The path has CJK characters and spaces; the URL carries it percent-encoded, as GitHub serves it.
SOURCE = "https://github.com/cssnoeasy/a100-vllm-benchmark-blog/blob/9faec04f03ad33264a7e01854909f2b9a83fb104/" + quote(
    "补充实验/实验一：--gpu-memory-utilization 多值对比测试/experiment-01-gpu-memory-utilization.md"
)

# (--gpu-memory-utilization as printed, 请求吞吐 (req/s) as printed, 输出Token吞吐 (tok/s) as printed)
_SWEEP: tuple[tuple[str, str, str], ...] = (
    ("0.70", "2.97", "1522.90"),
    ("0.80", "4.93", "2525.03"),
    ("0.90", "4.95", "2533.11"),
    ("0.95", "4.95", "2532.27"),
)


def a100util_rows() -> list[PublishedFigure]:
    """The four kept rows of table 3.1 (memory fraction 0.75 left out: see the module docstring)."""
    from benchmarks.sizing.published import VLLM, PublishedFigure

    rows = []
    for fraction, request_rate, printed in _SWEEP:
        engine = VLLM.model_copy(
            update={
                "name": (
                    f"vLLM 0.19.0, vllm serve --tensor-parallel-size 2 --gpu-memory-utilization {fraction} "
                    "--max-model-len 4096; max_num_seqs 1024 and max_num_batched_tokens 8192 assumed (V1 defaults)"
                ),
                "memory_fraction": float(fraction),
                "max_batch": 1024,
                "max_num_tokens": 8192,
                "kv_block_tokens": 16,
            }
        )
        rows.append(
            PublishedFigure(
                key=f"k-a100util-qwen2.5-7b-a100pcie-tp2-bf16-2048-512-c32-mem{fraction.replace('.', '')}",
                source=SOURCE,
                where=(
                    f"3.1 性能数据总表, --gpu-memory-utilization {fraction}: 请求吞吐 (req/s) {request_rate}, "
                    f"输出Token吞吐 (tok/s) {printed}"
                ),
                engine=engine,
                model="Qwen2.5-7B",
                gpu="A100-PCIe-80GB",
                tp=2,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=2048,
                output_tokens=512,
                mode="concurrency",
                load=32.0,
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                note=(
                    "vllm bench serve, random 2048/512, 100 prompts, --max-concurrency 32, no --ignore-eos but "
                    f"output rate = 512 x request rate within rounding ({printed} / {request_rate}); 2 x A100 80GB PCIe "
                    f"without NVLink, TP 2, vLLM 0.19.0, --gpu-memory-utilization {fraction}, --max-model-len 4096; "
                    "engine limits not printed (V1 defaults assumed); BF16 weights and KV."
                    + (" The file reports KV cache swap/preemption at this setting." if fraction == "0.70" else "")
                ),
                requests=100,
            )
        )
    return rows
