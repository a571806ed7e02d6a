"""Held-out P, part 1: SGLang decode rates of Llama 3.1 8B on H100 from the PyTorch blog's GemLite post.

Source: the PyTorch blog post "Accelerating LLM Inference with GemLite, TorchAO and SGLang" (21 January
2025), the Markdown file `_posts/2025-01-21-accelerating-llm-inference.md` of pytorch/pytorch.github.io at
commit 838362fb. Section "1. Teaser of Results" prints one table, "a summary of the results in 8xH100
machine on Llama 3.1-8B for decode": rows "Batch size 1, TP size 1", "Batch size 32, TP size 1" and "Batch
size 32, TP size 4"; columns "bfloat16 w/ torch.compile", "int4 weight only quantization, group size 64"
and "float8 per row dynamic quantization"; cells in tokens/sec (9 cells, all kept).

How the figures were measured, from the same post's "Repro Instructions": SGLang built from commit feb2b76
(December 2024, the v0.4.1 line), TorchAO nightly 0.8.0.dev20241223, GemLite 0.4.1, PyTorch 2.5.1;
`python3 -m sglang.bench_offline_throughput --model-path meta-llama/Llama-3.1-8B-Instruct
--json-model-override-args '{"architectures": ["TorchNativeLlamaForCausalLM"]}' --dataset-name random
--random-input 1024 --random-output 512 --random-range 1 --num-prompts $BATCH_SIZE --enable-torch-compile
--dtype $DTYPE --torchao-config $TORCHAO_CONFIG --tp-size $TP_SIZE`, and "We reported the last throughput
(token/s) as the performance for decode", i.e. the `gen throughput (token/s)` of SGLang's last "Decode
batch" log line. So every cell is a static batch of $BATCH_SIZE prompts of exactly 1024 tokens, each
generating exactly 512 (range ratio 1), all sent at once (one wave), and the printed rate is the decode
rate of the whole batch near the end of generation, prefill excluded.

Mapped here as mode "concurrency" with load = requests = the batch size (every prompt is in flight from the
start, as in a closed loop of that concurrency with as many prompts), metric "tpot_ms": the time per output
token of each sequence, 1000 x batch / printed rate (e.g. 1000 x 32 / 2799 = 11.433 ms). Both the printed
rate and the derived TPOT are quoted in `where`; the unit test recomputes the derivation.

Assumed (said in each note): H100 SXM (the post says "8xH100 machine" without the form factor; an
eight-GPU H100 machine is an HGX/DGX board with NVLink); the decode rate near the end of generation (about
1500 tokens of context) stands for the mean TPOT over the 512 steps (context 1024 to 1536); SGLang's
defaults at feb2b76 for what the command does not set (static memory fraction 0.88 at TP 1 and 0.85 at TP 4,
chunked prefill 8192, page size 1); KV cache in 16-bit (the command sets no KV dtype; bf16 for the bf16 and
fp8 columns; the int4 column's kernel, tinygemm in bf16 or GemLite in fp16, is not stated per cell, and
both keep a 16-bit KV cache); "int4 weight only quantization, group size 64" as 4-bit weights (dtype
"int4"); "float8 per row dynamic quantization" as fp8 weights and activations (dtype "fp8"). The TP 4 rows
use SGLang's torch-native tensor parallelism (DTensor), not its default parallel linear layers.

The same table is re-published in a Chinese translation of the post elsewhere; it is one measurement and
is cited once, here.
"""

# ruff: noqa: E501  (data table: one cell per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

COMMIT = "838362fb46fceb3b3baa9c3abe81326eefe7765c"
SOURCE = f"https://github.com/pytorch/pytorch.github.io/blob/{COMMIT}/_posts/2025-01-21-accelerating-llm-inference.md"
INPUT_TOKENS = 1024
OUTPUT_TOKENS = 512

Column = Literal["bf16", "int4", "fp8"]
_COLUMNS: dict[Column, str] = {
    "bf16": "bfloat16 w/ torch.compile",
    "int4": "int4 weight only quantization, group size 64",
    "fp8": "float8 per row dynamic quantization",
}
# (batch size, TP size, column, tokens/sec as printed)
# fmt: off
CELLS: tuple[tuple[int, int, Column, int], ...] = (
    (1, 1, "bf16", 131), (1, 1, "int4", 255), (1, 1, "fp8", 166),
    (32, 1, "bf16", 2799), (32, 1, "int4", 3241), (32, 1, "fp8", 3586),
    (32, 4, "bf16", 5575), (32, 4, "int4", 6334), (32, 4, "fp8", 6159),
)
# fmt: on


def tpot_ms(batch: int, tokens_per_s: int) -> float:
    """Time per output token of each sequence when `batch` sequences decode together at the printed rate."""
    return round(1000.0 * batch / tokens_per_s, 3)


def _engine(tp: int) -> Engine:
    from benchmarks.sizing.published import Engine

    return Engine(
        name=(
            "SGLang at commit feb2b76 (Dec 2024, v0.4.1 line), bench_offline_throughput, TorchNativeLlamaForCausalLM "
            f"with torch.compile and TorchAO quantization, TP {tp}"
        ),
        memory_fraction=0.88 if tp == 1 else 0.85,  # SGLang's default mem_fraction_static at TP 1 / TP 4 (assumed)
        max_batch=256,  # not a limit for batches of 1 and 32 (torch.compile covers batch sizes up to 32)
        max_num_tokens=8192,  # SGLang's default chunked prefill size for an 80 GB GPU (assumed)
        kv_block_tokens=1,  # SGLang's default page size
        reserve_full_sequence=False,
        fraction_of_free=False,
    )


def gemlite_rows() -> list[PublishedFigure]:
    """The nine cells of the post's teaser table, in table order."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for batch, tp, column, printed in CELLS:
        derived = tpot_ms(batch, printed)
        rows.append(
            PublishedFigure(
                key=f"p-gemlite-llama-3.1-8b-h100-sxm-tp{tp}-{column}-b{batch}",
                source=SOURCE,
                where=(
                    f"'1. Teaser of Results' table, row 'Batch size {batch}, TP size {tp}', column '{_COLUMNS[column]}': "
                    f"{printed} tokens/sec; TPOT = 1000 x {batch} / {printed} = {derived} ms"
                ),
                engine=_engine(tp),
                model="Llama-3.1-8B",
                gpu="H100-SXM",
                tp=tp,
                weight_dtype=column,
                kv_dtype="bf16",
                input_tokens=INPUT_TOKENS,
                output_tokens=OUTPUT_TOKENS,
                mode="concurrency",
                load=float(batch),
                metric="tpot_ms",
                published=derived,
                role="held-out",
                requests=batch,
                note=(
                    f"Printed: {printed} tokens/sec, SGLang's decode rate (last 'Decode batch' log line, prefill excluded) "
                    f"of {batch} prompt(s) of exactly {INPUT_TOKENS} tokens each generating {OUTPUT_TOKENS} (random dataset, "
                    f"range ratio 1), all sent at once by sglang.bench_offline_throughput, Llama 3.1 8B Instruct on an "
                    f"8xH100 machine at TP {tp}; TPOT derived as 1000 x batch / rate. Weights: "
                    + {
                        "bf16": "bfloat16, torch.compile'd baseline. ",
                        "int4": "TorchAO int4 weight-only, group size 64 (tinygemm or GemLite kernel, not stated per cell). ",
                        "fp8": "TorchAO float8 per-row dynamic quantization (fp8 weights and activations). ",
                    }[column]
                    + "Assumed: H100 SXM (the post says only '8xH100 machine'); the late-decode rate (context ~1500) stands "
                    "for the mean TPOT over the 512 steps; 16-bit KV cache (no KV dtype set); SGLang feb2b76 defaults "
                    "(memory fraction 0.88 at TP 1, 0.85 at TP 4; chunked prefill 8192; page size 1)."
                ),
            )
        )
    return rows
