"""Held-out P, part 2: offline vLLM throughput of Llama 3.1 405B FP8 on 8 x MI300X from AMD's vLLM docs README.

Source: saienduri/vllm-docs, `README.md` at commit 080d0ad6 ("vllm FP8 Latency and Throughput benchmarks
on AMD MI300x", AMD's documentation of its FP8 vLLM docker of August/September 2024). Section
"Performance", table "LLaMA3 405B", header "Llama3.1 405B (fp8, tp 8) | MI300X (vllm) | H100 (trt-llm
0.12.0) | MI300X / H100", four rows of input/output lengths (128/128, 128/2048, 2048/128, 2048/2048). Only
the "MI300X (vllm)" column is taken (4 rows): the H100 column is NVIDIA's TensorRT-LLM 0.12 figures,
re-published from TensorRT-LLM's performance overview (an already cited repository).

How the figures were measured, from the same README at that commit: "a server with MI300X accelerators"
("MI300X with 8 GPUs", 192 GB each, ROCm 6.2.0, 750 W power cap), AMD's vLLM fork (the README lists "vLLM
0.6.0"; the docker named for the run is `vllm_fp8_throughput:20240826b`), offline
`benchmark_throughput.py` launched with `torchrun --nproc_per_node=8`: `--model Meta-Llama-3.1-405B
--quantized-weights-path /quantized/llama.safetensors --quantization fp8 --kv-cache-dtype fp8 --dtype
float16 --max-num-batched-tokens 65536 --gpu-memory-utilization 0.99 --max-model-len 8192 --num-prompts
2000 --tensor-parallel-size 8 --input-len 128 --output-len 128`, and "You can change to the other models
with various input and output length". Fixed lengths (benchmark_throughput's synthetic prompts of exactly
--input-len tokens, --output-len generated with ignore_eos), all 2000 prompts submitted at once: mode
"offline", requests 2000.

Assumed (said in each note): the unit is output tokens per second. The table does not label it. Reading
it as total (input + output) tokens per second would give, for 2048/128, 295.4 x 128 / 2176 = 17.4 output
tokens/s for 2000 prompts on eight GPUs, and a prefill rate near 280 tokens/s, which no run of this engine
produces; AMD sets the column beside NVIDIA's output-token figures for the same lengths (305 at 2048/128).
The command shown for 128/128 (2000 prompts, max-num-batched-tokens 65536, memory fraction 0.99) is taken
for all four lengths. vLLM defaults otherwise: 16-token KV blocks, at most 256 sequences per step, no
chunked prefill, the fraction taken of total memory. Later commits of the same README change the command
(`--num-scheduler-steps 10`, a different checkpoint path) but not the table; the command at this commit
is the one taken. The weights are Meta-Llama-3.1-405B (base) quantized to FP8 with AMD Quark (same
architecture as the catalogue's Llama-3.1-405B).
"""

# ruff: noqa: E501  (data table: one row per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

COMMIT = "080d0ad63154d46325ced75a1633b7b2653b3d58"
SOURCE = f"https://github.com/saienduri/vllm-docs/blob/{COMMIT}/README.md"
PROMPTS = 2000

# (input tokens, output tokens, "MI300X (vllm)" cell as printed)
ROWS: tuple[tuple[int, int, str], ...] = (
    (128, 128, "1950.3"),
    (128, 2048, "2459.8"),
    (2048, 128, "295.4"),
    (2048, 2048, "1501.2"),
)


def mi300xdocs_rows() -> list[PublishedFigure]:
    """The four MI300X cells of the README's 'LLaMA3 405B' table, in table order."""
    from benchmarks.sizing.published import Engine, PublishedFigure

    engine = Engine(
        name="vLLM 0.6.0 (AMD ROCm fork, FP8 docker of Aug 2024), benchmark_throughput.py offline, TP 8",
        memory_fraction=0.99,  # --gpu-memory-utilization 0.99 (printed)
        max_batch=256,  # vLLM's default max_num_seqs (assumed)
        max_num_tokens=65536,  # --max-num-batched-tokens 65536 (printed)
        kv_block_tokens=16,  # vLLM's default block size (assumed)
        reserve_full_sequence=False,
        fraction_of_free=False,
    )
    rows = []
    for isl, osl, printed in ROWS:
        rows.append(
            PublishedFigure(
                key=f"p-mi300xdocs-llama-3.1-405b-mi300x-tp8-fp8-{isl}-{osl}",
                source=SOURCE,
                where=f"'Performance' / 'LLaMA3 405B' table, row {isl}/{osl}, column 'MI300X (vllm)': {printed}",
                engine=engine,
                model="Llama-3.1-405B",
                gpu="MI300X",
                tp=8,
                weight_dtype="fp8",
                kv_dtype="fp8",
                input_tokens=isl,
                output_tokens=osl,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                requests=PROMPTS,
                note=(
                    f"Printed: {printed} for Llama 3.1 405B FP8 (Quark FP8 weights, FP8 KV cache) on 8 x MI300X at TP 8, "
                    f"{isl} in / {osl} out, vLLM benchmark_throughput.py offline in AMD's ROCm 6.2 vLLM fork (README: vLLM "
                    "0.6.0). Assumed: the unit is output tokens/s (unlabelled; a total-token reading gives implausibly "
                    "low prefill rates, and AMD compares it with NVIDIA's output-token column); the 128/128 command "
                    "(2000 prompts, max-num-batched-tokens 65536, memory fraction 0.99, max-model-len 8192) for every "
                    "length; vLLM defaults otherwise (16-token blocks, max_num_seqs 256, no chunked prefill)."
                ),
            )
        )
    return rows
