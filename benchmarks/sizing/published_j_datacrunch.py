"""Held-out J, part 1: DataCrunch's H200 reports, SGLang on one 8 x H200 (and 4 x H200) node.

Two of DataCrunch's research repositories publish SGLang serving results with the client command and
the server launch line next to them (files at a commit):

* `datacrunch-research/blogs`, `deepseek-v3-h200-deployment/deepseek-v3-h200-deployment.md`: DeepSeek-V3
  (MoE, the block-FP8 checkpoint) on one 8 x H200 node at TP 8. The post states the engine ("We are
  testing the latest sglang v0.4.1", the lmsysorg/sglang:dev image) and the client:
  `python3 -m sglang.bench_serving --backend sglang --dataset-name random --random-range-ratio 1
  --random-input 1024 --random-output 1024 --request-rate R --num-prompts N` (fixed lengths, 1024 in /
  1024 out; bench_serving ignores EOS by default). Two server configurations, each with its own table
  of request rate (RPS 1, 2, 4, 8) x prompts (300, 600, 1200, 2400):
  - "BF16" table: `python3 -m sglang.launch_server --model deepseek-ai/DeepSeek-V3 --tp 8
    --trust-remote-code --enable-torch-compile --enable-dp-attention --mem-fraction-static 0.8
    --disable-cuda-graph`. The checkpoint is block-wise FP8 and no quantisation flag is passed, so
    SGLang serves the FP8 weights (weight dtype fp8, taken as such; the table's label "BF16" is read as
    the KV cache / activations), KV cache BF16.
  - "FP8" table: `--tp 8 --quantization fp8 --kv-cache-dtype fp8_e5m2 --trust-remote-code
    --enable-dp-attention` (weights FP8, KV cache FP8 e5m2). mem_fraction_static not passed: SGLang
    0.4.1's default for TP 8, 0.81 (assumed).
  The two servers differ in more than the KV dtype: the "BF16" one disables CUDA graphs and turns on
  torch.compile, the "FP8" one keeps CUDA graphs (SGLang's default) without torch.compile; each row's
  note says which. The 2 x 8 H200 (TP 16, two nodes) tables of the same post are not taken (two nodes).
  Taken per rate: output token throughput, median TPOT and median ITL (medians as printed; the model's
  per-token latency is a mean, so these rows compare a mean prediction against a median).
* `datacrunch-research/h200-benchmarks`, `sglang/outputs/llama_3_3_70b_offline_output.jsonl` (the
  raw bench_serving result lines) with the script that wrote it
  (`sglang/experiments/llama_3_3_70b_sglang.sh`, same commit): Llama-3.3-70B-Instruct BF16 on 4 x H200
  at TP 4, `python3 -m sglang.launch_server --model-path meta-llama/Llama-3.3-70B-Instruct --tp-size 4
  --disable-radix-cache --enable-torch-compile`, offline (`request_rate: Infinity`, all prompts sent at
  once). The random dataset here ran with `random_range_ratio: 0.0`, so each request's input and output
  lengths are drawn uniformly from [1, nominal]: lengths vary. They are taken only because the run is
  offline and the file prints the totals (`total_input_tokens`, `total_output_tokens`, `completed`),
  so the mean lengths are stated; `input_tokens` / `output_tokens` are those means, rounded. A
  model that assumes every request has the mean length will differ from a run with uniform lengths
  (short requests finish early, long ones leave a tail), so these 5 rows are weaker than the fixed-length
  ones and their keys carry "-varlen". The SGLang version is not printed: the image is
  lmsysorg/sglang:dev pulled in the same weeks as the DeepSeek-V3 post (SGLang 0.4.0-0.4.1; 0.4.1 defaults
  assumed). The ShareGPT lines of the same file, and the repository README's tables (ShareGPT), are
  not taken.

Not stated anywhere, SGLang 0.4.1's defaults (assumed): the token-level KV pool (page size 1); no fixed
cap on running requests (4096 used); chunked prefill 8192 tokens, halved to 4096 per rank when
`--enable-dp-attention` is on (0.4.1's server_args does `chunked_prefill_size // 2` with DP attention);
mem_fraction_static 0.81 at TP 8 and 0.85 at TP 4 where not passed. Every row is held out.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, Metric, PublishedFigure

DSV3_POST = (
    "https://github.com/datacrunch-research/blogs/blob/60e1e7adb3482b2397231e04cbbccaf38040c77c/"
    "deepseek-v3-h200-deployment/deepseek-v3-h200-deployment.md"
)
H200_OFFLINE = (
    "https://github.com/datacrunch-research/h200-benchmarks/blob/c091ef530a525d2e788bc41c39a4450b09c9f2ad/"
    "sglang/outputs/llama_3_3_70b_offline_output.jsonl"
)
H200_SCRIPT = (
    "https://github.com/datacrunch-research/h200-benchmarks/blob/c091ef530a525d2e788bc41c39a4450b09c9f2ad/"
    "sglang/experiments/llama_3_3_70b_sglang.sh"
)

# DeepSeek-V3, 8 x H200, TP 8, 1024/1024 fixed: (RPS, prompts, median TPOT ms, median ITL ms, output tok/s)
# fmt: off
_DSV3: dict[str, tuple[tuple[int, int, float, float, float], ...]] = {
    "bf16": (
        (1, 300, 209.48, 159.64, 639.99),
        (2, 600, 229.30, 162.99, 1313.74),
        (4, 1200, 316.35, 237.99, 2378.26),
        (8, 2400, 516.67, 255.96, 2249.03),
    ),
    "fp8": (
        (1, 300, 143.71, 101.78, 773.15),
        (2, 600, 228.78, 149.46, 1401.77),
        (4, 1200, 366.48, 287.95, 2214.76),
        (8, 2400, 675.95, 515.18, 2864.31),
    ),
}
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


def _dsv3_engine(config: str) -> Engine:
    from benchmarks.sizing.published import VLLM

    if config == "bf16":
        name = (
            "SGLang 0.4.1, 'python3 -m sglang.launch_server --model deepseek-ai/DeepSeek-V3 --tp 8 "
            "--trust-remote-code --enable-torch-compile --enable-dp-attention --mem-fraction-static 0.8 "
            "--disable-cuda-graph'"
        )
        fraction = 0.80
    else:
        name = (
            "SGLang 0.4.1, 'python3 -m sglang.launch_server --model deepseek-ai/DeepSeek-V3 --tp 8 "
            "--quantization fp8 --kv-cache-dtype fp8_e5m2 --trust-remote-code --enable-dp-attention'"
        )
        fraction = 0.81
    return VLLM.model_copy(
        update={
            "name": name,
            "memory_fraction": fraction,
            "max_batch": 4096,
            "max_num_tokens": 4096,
            "kv_block_tokens": 1,
        }
    )


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


def dsv3_rows() -> list[PublishedFigure]:
    """DeepSeek-V3 on 8 x H200: output throughput, median TPOT and median ITL per request rate."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for config, table in _DSV3.items():
        engine = _dsv3_engine(config)
        kv = "fp8" if config == "fp8" else "bf16"
        heading = "BF16" if config == "bf16" else "FP8"
        for rps, prompts, tpot, itl, tok_s in table:
            cells: tuple[tuple[Metric, float, str, str], ...] = (
                ("output_tokens_per_s", tok_s, "Output token throughput", "tok-s"),
                ("tpot_ms", tpot, "Median TPOT (ms)", "tpot"),
                ("itl_ms", itl, "Median ITL (ms)", "itl"),
            )
            for metric, value, column, suffix in cells:
                rows.append(
                    PublishedFigure(
                        key=f"j-datacrunch-dsv3-h200-tp8-{config}-rps{rps}-{suffix}",
                        source=DSV3_POST,
                        where=(
                            f"section '2.2 DeepSeek V3 on 8xH200 (single-node)', '2.2.1 {heading}' Results table, row RPS {rps} / {prompts} prompts, "
                            f"column '{column}': {value:.2f}"
                        ),
                        engine=engine,
                        model="DeepSeek-V3",
                        gpu="H200",
                        tp=8,
                        weight_dtype="fp8",
                        kv_dtype=kv,
                        input_tokens=1024,
                        output_tokens=1024,
                        mode="rate",
                        load=float(rps),
                        metric=metric,
                        published=value,
                        role="held-out",
                        requests=prompts,
                        note=(
                            f"SGLang 0.4.1 on one 8 x H200 node, TP 8 with data-parallel attention, DeepSeek-V3 "
                            f"block-FP8 checkpoint, KV {'FP8 (fp8_e5m2)' if kv == 'fp8' else 'BF16'}. Client: "
                            f"sglang.bench_serving --dataset-name random --random-range-ratio 1 --random-input 1024 "
                            f"--random-output 1024 (fixed lengths, EOS ignored), Poisson arrivals at {rps} req/s, "
                            f"{prompts} prompts. Engine settings not printed are SGLang 0.4.1's defaults (module "
                            "docstring; assumed)."
                            + (
                                " This server ran with CUDA graphs off (--disable-cuda-graph) and torch.compile on."
                                if config == "bf16"
                                else " This server ran with CUDA graphs on (default) and no torch.compile."
                            )
                            + (
                                " The published latency is a median, not a mean."
                                if metric != "output_tokens_per_s"
                                else ""
                            )
                        ),
                    )
                )
    return rows


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
    return [*dsv3_rows(), *llama70_offline_rows()]
