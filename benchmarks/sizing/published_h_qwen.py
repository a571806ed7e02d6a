"""Held-out H, part 1: Qwen2.5's own speed benchmark (vLLM 0.6.3 on A100 80 GB, batch 1).

The Qwen team's documentation page (QwenLM/Qwen2.5, docs/source/benchmark/speed_benchmark.rst, a file
at a commit) prints the speed of generating 2048 tokens at batch size 1 for input lengths 1, 6144, 14336
and 30720 tokens, on NVIDIA A100 80 GB GPUs ("the least number of GPUs as possible"), with vLLM 0.6.3,
PyTorch 2.4.0, CUDA 12.1, and vLLM's `gpu_memory_utilization=0.9 max_model_len=32768
enforce_eager=False` unless a row's note names another setting. One request at a time: mode
"concurrency", load 1, metric output tokens/s as printed ("Speed(tokens/s)"). Every row is held out.

Left out: the transformers tables (a different engine, same page), the 63488- and 129024-token rows
(other max_model_len settings, and vLLM 0.6.2 with sampling for the longest), and the 0.5B-3B models
(the catalogue has no Qwen2.5 below 7B).
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure
    from benchmarks.sizing.specs import KvDtype, WeightDtype

QWEN_SPEED = (
    "https://github.com/QwenLM/Qwen2.5/blob/010c37c33b13a1ac59944b349620e13404efe97d/"
    "docs/source/benchmark/speed_benchmark.rst"
)

# The page's vLLM settings, by the name its notes give them.
_SETTINGS = {
    "Default": (0.90, 32768, False),
    "Setting 1 (32B)": (1.00, 32768, True),
    "Setting 1 (72B)": (0.98, 4096, True),
}

# Quantization column -> (weight dtype, KV dtype, what the checkpoint is).
_QUANT: dict[str, tuple[WeightDtype, KvDtype, str]] = {
    "BF16": ("bf16", "bf16", "BF16 weights and activations; KV cache in the model dtype (vLLM 'auto')."),
    "GPTQ-Int8": (
        "int8",
        "fp16",
        "Qwen2.5-*-Instruct-GPTQ-Int8: weight-only INT8 (GPTQ), FP16 activations; KV cache FP16 (vLLM runs GPTQ in float16, 'auto' KV dtype).",
    ),
    "AWQ": (
        "int4",
        "fp16",
        "Qwen2.5-*-Instruct-AWQ: weight-only INT4 (AWQ, group 128), FP16 activations; KV cache FP16 (vLLM runs AWQ in float16, 'auto' KV dtype).",
    ),
}

# (table, model, input length, quantization, GPU Num, Speed(tokens/s) as printed, setting)
_Row = tuple[str, str, int, str, int, float, str]
# fmt: off
_ROWS: tuple[_Row, ...] = (
    ("7B (vLLM)", "Qwen2.5-7B", 1, "BF16", 1, 84.28, "Default"),
    ("7B (vLLM)", "Qwen2.5-7B", 6144, "BF16", 1, 80.70, "Default"),
    ("7B (vLLM)", "Qwen2.5-7B", 14336, "BF16", 1, 77.69, "Default"),
    ("7B (vLLM)", "Qwen2.5-7B", 30720, "BF16", 1, 70.33, "Default"),
    ("7B (vLLM)", "Qwen2.5-7B", 1, "GPTQ-Int8", 1, 122.01, "Default"),
    ("7B (vLLM)", "Qwen2.5-7B", 1, "AWQ", 1, 148.10, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 1, "BF16", 1, 46.30, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 6144, "BF16", 1, 43.83, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 14336, "BF16", 1, 41.91, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 30720, "BF16", 1, 37.18, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 1, "GPTQ-Int8", 1, 70.40, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 30720, "GPTQ-Int8", 1, 49.23, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 1, "AWQ", 1, 92.66, "Default"),
    ("14B (vLLM)", "Qwen2.5-14B", 30720, "AWQ", 1, 59.01, "Default"),
    ("32B (vLLM)", "Qwen2.5-32B", 1, "BF16", 1, 22.13, "Setting 1 (32B)"),
    ("32B (vLLM)", "Qwen2.5-32B", 6144, "BF16", 1, 21.05, "Setting 1 (32B)"),
    ("32B (vLLM)", "Qwen2.5-32B", 14336, "BF16", 1, 19.91, "Setting 1 (32B)"),
    ("32B (vLLM)", "Qwen2.5-32B", 30720, "BF16", 2, 31.82, "Default"),
    ("32B (vLLM)", "Qwen2.5-32B", 1, "GPTQ-Int8", 1, 37.57, "Default"),
    ("32B (vLLM)", "Qwen2.5-32B", 1, "AWQ", 1, 51.92, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 1, "BF16", 2, 18.19, "Setting 1 (72B)"),
    ("72B (vLLM)", "Qwen2.5-72B", 1, "BF16", 4, 31.37, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 6144, "BF16", 4, 29.90, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 14336, "BF16", 4, 30.10, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 30720, "BF16", 4, 27.53, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 1, "GPTQ-Int8", 2, 31.40, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 30720, "GPTQ-Int8", 2, 23.32, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 1, "AWQ", 2, 44.30, "Default"),
    ("72B (vLLM)", "Qwen2.5-72B", 30720, "AWQ", 2, 30.02, "Default"),
)
# fmt: on

_OUTPUT_TOKENS = 2048  # "We test the speed and memory of generating 2048 tokens"


def _engine(setting: str) -> Engine:
    from benchmarks.sizing.published import VLLM

    fraction, max_model_len, eager = _SETTINGS[setting]
    # vLLM 0.6.3 leaves chunked prefill off at max_model_len <= 32768, so one step schedules up to
    # max(max_model_len, 2048) tokens; max_num_seqs 256; 16-token KV blocks; KV = fraction x total memory.
    return VLLM.model_copy(
        update={
            "name": f"vLLM 0.6.3 (gpu_memory_utilization={fraction}, max_model_len={max_model_len}, enforce_eager={eager})",
            "memory_fraction": fraction,
            "max_num_tokens": max(max_model_len, 2048),
        }
    )


def qwen_speed_rows() -> list[PublishedFigure]:
    """The Qwen2.5 speed benchmark's vLLM rows, as printed, every one held out."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for table, model, isl, quant, gpus, speed, setting in _ROWS:
        weight, kv, checkpoint = _QUANT[quant]
        fraction, max_model_len, eager = _SETTINGS[setting]
        rows.append(
            PublishedFigure(
                key=f"h-{model.lower()}-a100-tp{gpus}-{quant.lower()}-{isl}-{_OUTPUT_TOKENS}",
                source=QWEN_SPEED,
                where=f"'{table}' table, row Input Length {isl}, Quantization {quant}, GPU Num {gpus}: Speed(tokens/s) {speed}",
                engine=_engine(setting),
                model=model,
                gpu="A100-80GB",
                tp=gpus,
                weight_dtype=weight,
                kv_dtype=kv,
                input_tokens=isl,
                output_tokens=_OUTPUT_TOKENS,
                mode="concurrency",
                load=1,
                metric="output_tokens_per_s",
                published=speed,
                role="held-out",
                requests=1,
                note=(
                    f"Model Qwen/{model}-Instruct. {checkpoint} GPU: NVIDIA A100 80GB (the page; SXM form factor "
                    f"assumed, not stated); GPU Num {gpus} taken as tensor parallelism {gpus} (vLLM's only "
                    f"multi-GPU mode for one model at 0.6.3). Batch size 1, {isl} input tokens, 2048 generated "
                    f"tokens. vLLM setting '{setting}': gpu_memory_utilization={fraction}, max_model_len="
                    f"{max_model_len}, enforce_eager={eager}"
                    + (" (no CUDA graphs: eager decode, slower per step)" if eager else "")
                    + ". The page does not say whether the speed's clock includes the prefill; the figure is "
                    "taken as output tokens/s of the single request, as printed."
                ),
            )
        )
    return rows
