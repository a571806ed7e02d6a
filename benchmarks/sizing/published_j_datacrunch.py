"""Held-out J, part 1: DataCrunch's H200 report, SGLang on 4 x H200, Llama-3.3-70B offline.

`datacrunch-research/h200-benchmarks`, `sglang/outputs/llama_3_3_70b_offline_output.jsonl` (the raw
bench_serving result lines) with the script that wrote it (`sglang/experiments/llama_3_3_70b_sglang.sh`,
same commit): Llama-3.3-70B-Instruct BF16 on 4 x H200 at TP 4, `python3 -m sglang.launch_server
--model-path meta-llama/Llama-3.3-70B-Instruct --tp-size 4 --disable-radix-cache --enable-torch-compile`,
offline (`request_rate: Infinity`, all prompts sent at once). 5 rows.

Weaknesses, said here and on every row:

* Variable lengths. The random dataset ran with `random_range_ratio: 0.0`, so each request's input and
  output lengths are drawn uniformly from [1, nominal]. The rows are kept only because the run is
  offline and the file prints the totals (`total_input_tokens`, `total_output_tokens`, `completed`), so
  the mean lengths are stated; `input_tokens` / `output_tokens` are those means, rounded. A model that
  assumes every request has the mean length will differ from a run with uniform lengths (short
  requests finish early, long ones leave a tail), so these rows are weaker than fixed-length ones and
  their keys carry "-varlen".
* Inferred engine version. The SGLang version is not printed: the image is lmsysorg/sglang:dev pulled
  in the same weeks as DataCrunch's DeepSeek-V3 post (SGLang 0.4.0-0.4.1); 0.4.1 defaults assumed.

Independence: the first version of held-out J also took DataCrunch's DeepSeek-V3 post
(`datacrunch-research/blogs`); those runs are the ones sgl-project/sglang's
`benchmark/benchmark_dsv3/README.md` publishes, which held-out H holds, so they were removed. No earlier
set holds a Llama-3.3-70B row on H200 with any of these five values (checked by value; the unit test
checks (model, GPU, value) against every earlier set). The ShareGPT lines of the same file, and the
repository README's tables (ShareGPT), are not taken.

Not stated anywhere, SGLang 0.4.1's defaults (assumed): the token-level KV pool (page size 1); no fixed
cap on running requests (4096 used); chunked prefill 8192 tokens; mem_fraction_static 0.85 at TP 4.
Every row is held out.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

H200_OFFLINE = (
    "https://github.com/datacrunch-research/h200-benchmarks/blob/c091ef530a525d2e788bc41c39a4450b09c9f2ad/"
    "sglang/outputs/llama_3_3_70b_offline_output.jsonl"
)
H200_SCRIPT = (
    "https://github.com/datacrunch-research/h200-benchmarks/blob/c091ef530a525d2e788bc41c39a4450b09c9f2ad/"
    "sglang/experiments/llama_3_3_70b_sglang.sh"
)

# fmt: off
# Llama-3.3-70B, 4 x H200, TP 4, offline, random_range_ratio 0.0:
# (nominal in, nominal out, completed, total_input_tokens, total_output_tokens, output_throughput as printed)
_LLAMA70_OFFLINE: tuple[tuple[int, int, int, int, int, str], ...] = (
    (1024, 1024, 3000, 1525074, 1544818, "4520.698730654741"),
    (1024, 512, 4000, 2034177, 1029594, "3492.2944910189917"),
    (4096, 2048, 800, 1637669, 818620, "2051.287161036558"),
    (4096, 1024, 1500, 3097487, 760205, "1654.9938601765348"),
    (256, 512, 6000, 777987, 1529561, "6648.4389207099675"),
)
# fmt: on


def _llama70_engine() -> Engine:
    from benchmarks.sizing.published import VLLM

    return VLLM.model_copy(
        update={
            "name": (
                "SGLang (lmsysorg/sglang:dev, version not printed; 0.4.1 defaults assumed), 'python3 -m "
                "sglang.launch_server --model-path meta-llama/Llama-3.3-70B-Instruct --tp-size 4 "
                "--disable-radix-cache --enable-torch-compile'"
            ),
            "memory_fraction": 0.85,
            "max_batch": 4096,
            "max_num_tokens": 8192,
            "kv_block_tokens": 1,
        }
    )


def llama70_offline_rows() -> list[PublishedFigure]:
    """Llama-3.3-70B BF16 on 4 x H200, offline, variable lengths with stated totals (mean lengths)."""
    from benchmarks.sizing.published import PublishedFigure

    engine = _llama70_engine()
    rows = []
    for nominal_in, nominal_out, completed, total_in, total_out, printed in _LLAMA70_OFFLINE:
        mean_in = round(total_in / completed)
        mean_out = round(total_out / completed)
        rows.append(
            PublishedFigure(
                key=f"j-datacrunch-llama33-70b-h200-tp4-offline-{nominal_in}-{nominal_out}-varlen-tok-s",
                source=H200_OFFLINE,
                where=(
                    f"result line with random_input_len {nominal_in}, random_output_len {nominal_out}, "
                    f'completed {completed}: "output_throughput": {printed}'
                ),
                engine=engine,
                model="Llama-3.3-70B",
                gpu="H200",
                tp=4,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=mean_in,
                output_tokens=mean_out,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                requests=completed,
                note=(
                    f"SGLang on 4 x H200, TP 4, Llama-3.3-70B-Instruct BF16, KV BF16, radix cache off. Client "
                    f"(script {H200_SCRIPT}): sglang.bench_serving --dataset-name random --random-input "
                    f"{nominal_in} --random-output {nominal_out} --num-prompt {completed}, no request rate "
                    f"(offline). random_range_ratio 0.0: lengths vary uniformly in [1, nominal]; the row uses "
                    f"the mean lengths from the printed totals ({total_in} input / {total_out} output tokens "
                    f"over {completed} requests = {total_in / completed:.1f} / {total_out / completed:.1f}). "
                    "SGLang version not printed (0.4.1 defaults assumed; module docstring)."
                ),
            )
        )
    return rows


def datacrunch_rows() -> list[PublishedFigure]:
    """Every row of this part, in source order."""
    return llama70_offline_rows()
