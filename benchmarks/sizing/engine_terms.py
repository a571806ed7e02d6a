"""An engine release's own costs on top of the fitted efficiency, gathered from the rule modules.

Each rule is documented, with its source, in its own module: early SGLang/vLLM releases on MLA
models and SGLang on CDNA3 (`maturity.py`), SGLang 0.4.1's cost per token under attention data
parallelism (`maturity_dpa.py`), early vLLM MoE layers (`maturity_moe.py`), and
PyTorch-native generators' weight-only dequantising GEMMs (`weight_only.py`), vLLM V1's re-expansion of
an MLA prompt's cached chunks (`mla_prefill.py`), 2024 ROCm vLLM builds' matrix rate on CDNA3
(`cdna3_gemm.py`), llama.cpp's scalar-load F16 matrix-vector kernel before PR 9816 (`llamacpp_dmmv.py`),
upstream vLLM's generic paged attention on CDNA3 before 0.6.2 (`rocm_generic_pa.py`).
They apply by the
engine name, GPU, model and weight format a figure states, never by row. `engine_limits` gives
an engine's batch and token caps (a trtllm-bench engine's from the dataset it was built for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.cdna3_gemm import cdna3_mfu
from benchmarks.sizing.deployment import Efficiency
from benchmarks.sizing.llamacpp_dmmv import dmmv_memory_share
from benchmarks.sizing.maturity import maturity_step_overhead_us
from benchmarks.sizing.maturity_dpa import attention_dp, early_sglang_dpa_token_us
from benchmarks.sizing.maturity_moe import moe_terms
from benchmarks.sizing.mla_absorbed_extend import absorbs_extend
from benchmarks.sizing.mla_prefill import reexpands_context
from benchmarks.sizing.moe_small_batch import with_small_batch_floor
from benchmarks.sizing.rocm_generic_pa import generic_paged_attention_ns
from benchmarks.sizing.rocm_skinny import with_skinny_gemm
from benchmarks.sizing.specs import GpuSpec, ModelSpec
from benchmarks.sizing.trtllm_bench import built_for_dataset, trtllm_bench_settings
from benchmarks.sizing.weight_only import weight_only_step_us

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def engine_step_terms_us(model: ModelSpec, engine: str, gpu: GpuSpec, weight_dtype: str) -> float:
    """Extra seconds (in us) per engine step that `engine` pays by the rules above."""
    extra = maturity_step_overhead_us(model, engine, gpu)
    return extra + weight_only_step_us(model, engine, weight_dtype)


def with_engine_terms(eff: Efficiency, model: ModelSpec, engine: str, gpu: GpuSpec, weight_dtype: str) -> Efficiency:
    """`eff` plus the per-step costs, MoE floor and MoE layout `engine` has on `model`, `gpu`, `weight_dtype`."""
    extra = engine_step_terms_us(model, engine, gpu, weight_dtype)
    per_token = early_sglang_dpa_token_us(model, engine)
    moe = moe_terms(model, engine, gpu)
    reexpand = reexpands_context(model, engine)
    absorbed = absorbs_extend(model, engine)
    mfu = cdna3_mfu(eff.mfu, engine, gpu)
    memory = dmmv_memory_share(eff.memory, engine, gpu, weight_dtype)
    generic_ns = generic_paged_attention_ns(engine, gpu)
    unchanged = not (extra or per_token or moe.dense_experts or moe.layer_floor_us or reexpand or absorbed)
    unchanged = unchanged and not generic_ns
    if unchanged and mfu == eff.mfu and memory == eff.memory:
        return eff
    return eff.model_copy(
        update={
            "mfu": mfu,
            "memory": memory,
            "step_overhead_us": eff.step_overhead_us + extra,
            "token_overhead_us": eff.token_overhead_us + per_token,
            "moe_dense_experts": moe.dense_experts,
            "moe_layer_floor_us": moe.layer_floor_us,
            "mla_context_reexpand": reexpand,
            "mla_absorbed_extend": absorbed,
            "generic_attention_ns": generic_ns,
        }
    )


def with_kernel_terms(
    eff: Efficiency, engine: str, model: ModelSpec, gpu: GpuSpec, tp: int, weight_dtype: str
) -> Efficiency:
    """`eff` with the kernel terms of today's releases that depend on the replica's shape: the fused
    Triton MoE kernel's small-batch floor (`moe_small_batch.py`) and ROCm's skinny GEMMs for 16-bit
    weights (`rocm_skinny.py`). `validate` applies them with a figure's engine, `size` with vLLM, so a
    plan carries the terms its validation figures were scored with."""
    eff = with_small_batch_floor(eff, engine, model, gpu, tp, weight_dtype)
    return with_skinny_gemm(eff, engine, gpu, weight_dtype)


def engine_limits(figure: PublishedFigure) -> tuple[int, int]:
    """(max batch, max tokens per step) of the engine that produced `figure`.

    An engine built by `trtllm-bench build --dataset` has them set from the dataset's lengths
    (`trtllm_bench.py`); any other engine has the fixed values in `published.py`.
    An engine whose name states the dataset it was built from ("built for the 2048/2048
    dataset") has the limits of that dataset whatever lengths it then ran.
    """
    engine = figure.engine
    built_for = built_for_dataset(engine.name)
    if built_for is None and not engine.tuned_per_dataset:
        return engine.max_batch, engine.max_num_tokens
    isl, osl = built_for or (figure.input_tokens, figure.output_tokens)
    model, gpu = find_model(figure.model), find_gpu(figure.gpu)
    return trtllm_bench_settings(model, gpu, figure.tp, figure.weight_dtype, figure.kv_dtype, isl, osl)


__all__ = ["attention_dp", "engine_limits", "engine_step_terms_us", "with_engine_terms", "with_kernel_terms"]
