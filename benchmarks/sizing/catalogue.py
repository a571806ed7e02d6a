"""The catalogue of common open-weight models and data-centre GPUs, with sources.

Model figures are copied from each repository's published `config.json` (the
`hf_repo` field names it: https://huggingface.co/<hf_repo>/blob/main/config.json);
`params` is the model card's total. The Instruct and base repositories of each model
share the architecture. GPU figures are the dense (not 2:4-sparse) tensor throughput
and the memory and bandwidth of NVIDIA's datasheet or product page named in `source`.

Names are matched case-insensitively, with or without the organisation prefix and
with or without an -Instruct/-it suffix; an unknown name gets the closest matches.
"""

from __future__ import annotations

import difflib
import re

from benchmarks.sizing.errors import UnknownGpuError, UnknownModelError
from benchmarks.sizing.specs import GpuSpec, ModelSpec

_MOE_NOTE = "MoE: all experts are held in memory; decode reads only the experts its batch routes to."
_GEMMA2_NOTE = (
    "Every other layer uses a 4096-token sliding window; the KV formula counts full context "
    "for all layers, which over-estimates KV beyond 4096 tokens (conservative)."
)


def _llama(
    name: str, repo: str, layers: int, hidden: int, heads: int, inter: int, params: float, tied: bool = False
) -> ModelSpec:
    return ModelSpec(
        name=name,
        hf_repo=repo,
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=8,
        head_dim=hidden // heads,
        intermediate_size=inter,
        vocab_size=128256,
        max_context=131072,
        params=params,
        tied_embeddings=tied,
    )


def _qwen25(size: str, layers: int, hidden: int, heads: int, kv: int, inter: int, params: float) -> ModelSpec:
    return ModelSpec(
        name=f"Qwen2.5-{size}",
        hf_repo=f"Qwen/Qwen2.5-{size}-Instruct",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=kv,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=152064,
        max_context=32768,
        params=params,
        notes="Context up to 131072 with YaRN rope scaling enabled.",
    )


MODELS: tuple[ModelSpec, ...] = (
    _llama("Llama-3.2-1B", "meta-llama/Llama-3.2-1B-Instruct", 16, 2048, 32, 8192, 1.24e9, tied=True),
    _llama("Llama-3.2-3B", "meta-llama/Llama-3.2-3B-Instruct", 28, 3072, 24, 8192, 3.21e9, tied=True),
    _llama("Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Instruct", 32, 4096, 32, 14336, 8.03e9),
    _llama("Llama-3.1-70B", "meta-llama/Llama-3.1-70B-Instruct", 80, 8192, 64, 28672, 70.6e9),
    _llama("Llama-3.3-70B", "meta-llama/Llama-3.3-70B-Instruct", 80, 8192, 64, 28672, 70.6e9),
    _llama("Llama-3.1-405B", "meta-llama/Llama-3.1-405B-Instruct", 126, 16384, 128, 53248, 405.9e9),
    ModelSpec(
        name="Mistral-7B-v0.3",
        hf_repo="mistralai/Mistral-7B-Instruct-v0.3",
        layers=32,
        hidden_size=4096,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=14336,
        vocab_size=32768,
        max_context=32768,
        params=7.25e9,
    ),
    ModelSpec(
        name="Mixtral-8x7B",
        hf_repo="mistralai/Mixtral-8x7B-Instruct-v0.1",
        layers=32,
        hidden_size=4096,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=14336,
        vocab_size=32000,
        max_context=32768,
        params=46.7e9,
        experts=8,
        experts_per_token=2,
        notes=_MOE_NOTE,
    ),
    _qwen25("7B", 28, 3584, 28, 4, 18944, 7.61e9),
    _qwen25("14B", 48, 5120, 40, 8, 13824, 14.7e9),
    _qwen25("32B", 64, 5120, 40, 8, 27648, 32.5e9),
    _qwen25("72B", 80, 8192, 64, 8, 29568, 72.7e9),
    ModelSpec(
        name="Gemma-2-9B",
        hf_repo="google/gemma-2-9b-it",
        layers=42,
        hidden_size=3584,
        attention_heads=16,
        kv_heads=8,
        head_dim=256,
        intermediate_size=14336,
        vocab_size=256000,
        max_context=8192,
        params=9.24e9,
        tied_embeddings=True,
        notes=_GEMMA2_NOTE,
    ),
    ModelSpec(
        name="Gemma-2-27B",
        hf_repo="google/gemma-2-27b-it",
        layers=46,
        hidden_size=4608,
        attention_heads=32,
        kv_heads=16,
        head_dim=128,
        intermediate_size=36864,
        vocab_size=256000,
        max_context=8192,
        params=27.2e9,
        tied_embeddings=True,
        notes=_GEMMA2_NOTE,
    ),
    ModelSpec(
        name="Phi-3-mini-4k",
        hf_repo="microsoft/Phi-3-mini-4k-instruct",
        layers=32,
        hidden_size=3072,
        attention_heads=32,
        kv_heads=32,
        head_dim=96,
        intermediate_size=8192,
        vocab_size=32064,
        max_context=4096,
        params=3.82e9,
        notes="Multi-head attention (32 KV heads): large KV per token.",
    ),
)

_H100_PAGE = "https://www.nvidia.com/en-us/data-center/h100/ (H100 datasheet)"
GPUS: tuple[GpuSpec, ...] = (
    GpuSpec(
        name="H100-SXM",
        memory_gb=80,
        bandwidth_tb_s=3.35,
        bf16_tflops=989,
        fp8_tflops=1979,
        interconnect_gb_s=900,
        interconnect="NVLink 4",
        source=_H100_PAGE,
        notes="HBM3, up to 700 W.",
    ),
    GpuSpec(
        name="H100-PCIe",
        memory_gb=80,
        bandwidth_tb_s=2.0,
        bf16_tflops=756,
        fp8_tflops=1513,
        interconnect_gb_s=128,
        interconnect="PCIe Gen5 (NVLink bridge optional)",
        source=_H100_PAGE,
        notes="HBM2e, 300-350 W. With the 600 GB/s NVLink bridge only pairs are linked.",
    ),
    GpuSpec(
        name="H200",
        memory_gb=141,
        bandwidth_tb_s=4.8,
        bf16_tflops=989,
        fp8_tflops=1979,
        interconnect_gb_s=900,
        interconnect="NVLink 4",
        source="https://www.nvidia.com/en-us/data-center/h200/ (H200 SXM column)",
        notes="HBM3e.",
    ),
    GpuSpec(
        name="B200",
        memory_gb=180,
        bandwidth_tb_s=7.7,
        bf16_tflops=2250,
        fp8_tflops=4500,
        interconnect_gb_s=1800,
        interconnect="NVLink 5",
        source="https://www.nvidia.com/en-us/data-center/hgx/ (HGX B200, per-GPU figures)",
        notes="HBM3e, up to 1000 W. FP4 (not modelled) doubles FP8 throughput.",
    ),
    GpuSpec(
        name="A100-80GB",
        memory_gb=80,
        bandwidth_tb_s=2.039,
        bf16_tflops=312,
        fp8_tflops=None,
        interconnect_gb_s=600,
        interconnect="NVLink 3",
        source="https://www.nvidia.com/en-us/data-center/a100/ (A100 80GB SXM)",
        notes="HBM2e; no FP8.",
    ),
    GpuSpec(
        name="A100-40GB",
        memory_gb=40,
        bandwidth_tb_s=1.555,
        bf16_tflops=312,
        fp8_tflops=None,
        interconnect_gb_s=600,
        interconnect="NVLink 3",
        source="https://www.nvidia.com/en-us/data-center/a100/ (A100 40GB SXM)",
        notes="HBM2; no FP8.",
    ),
    GpuSpec(
        name="L40S",
        memory_gb=48,
        bandwidth_tb_s=0.864,
        bf16_tflops=362,
        fp8_tflops=733,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4, no NVLink",
        source="https://www.nvidia.com/en-us/data-center/l40s/ (L40S datasheet)",
        notes="GDDR6, 350 W.",
    ),
    GpuSpec(
        name="L4",
        memory_gb=24,
        bandwidth_tb_s=0.300,
        bf16_tflops=121,
        fp8_tflops=242,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4, no NVLink",
        source="https://www.nvidia.com/en-us/data-center/l4/ (L4 datasheet)",
        notes="GDDR6, 72 W.",
    ),
)


def _normalise(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip().lower())


def _model_keys(spec: ModelSpec) -> set[str]:
    repo_name = spec.hf_repo.split("/")[-1].lower()
    stripped = re.sub(r"-(instruct|it)(?=-v|$)", "", repo_name)
    return {_normalise(spec.name), spec.hf_repo.lower(), repo_name, stripped}


def _gpu_keys(spec: GpuSpec) -> set[str]:
    key = _normalise(spec.name)
    return {key, key.replace("-", ""), f"nvidia-{key}"}


def _suggest(wanted: str, names: list[str]) -> list[str]:
    lowered = {name.lower(): name for name in names}
    close = difflib.get_close_matches(wanted, list(lowered), n=3, cutoff=0.5)
    prefixed = [key for key in lowered if key.startswith(wanted) and key not in close]
    return [lowered[key] for key in close + prefixed][:4]


def find_model(name: str) -> ModelSpec:
    """Look up a catalogue model by name or Hugging Face repository, case-insensitively.

    Raises:
        UnknownModelError: with the closest catalogue names and the whole list.
    """
    wanted = _normalise(name)
    for spec in MODELS:
        if wanted in _model_keys(spec):
            return spec
    names = [spec.name for spec in MODELS]
    close = _suggest(wanted, names)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UnknownModelError(
        f"unknown model {name!r}: {hint}Known models: {', '.join(names)}. "
        "Or pass the path of a local config.json (or of the directory holding it)."
    )


def find_gpu(name: str) -> GpuSpec:
    """Look up a catalogue GPU by name, case-insensitively ('h100-sxm', 'H100 SXM', 'h100sxm').

    Raises:
        UnknownGpuError: with the closest catalogue names and the whole list.
    """
    wanted = _normalise(name)
    for spec in GPUS:
        if wanted in _gpu_keys(spec) or wanted.replace("-", "") in _gpu_keys(spec):
            return spec
    names = [spec.name for spec in GPUS]
    close = _suggest(wanted, names)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UnknownGpuError(f"unknown GPU {name!r}: {hint}Known GPUs: {', '.join(names)}.")
