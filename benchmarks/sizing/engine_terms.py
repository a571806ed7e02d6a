"""An engine release's own costs on top of the fitted efficiency, gathered from the rule modules.

Each rule is documented, with its source, in its own module: early SGLang/vLLM releases on MLA
models and SGLang on CDNA3 (`maturity.py`), early vLLM MoE layers (`maturity_moe.py`), and
PyTorch-native generators' weight-only dequantising GEMMs (`weight_only.py`). They apply by the
engine name, GPU, model and weight format a figure states, never by row.
"""

from __future__ import annotations

from benchmarks.sizing.deployment import Efficiency
from benchmarks.sizing.maturity import maturity_step_overhead_us
from benchmarks.sizing.maturity_moe import moe_terms
from benchmarks.sizing.specs import GpuSpec, ModelSpec
from benchmarks.sizing.weight_only import weight_only_step_us


def engine_step_terms_us(model: ModelSpec, engine: str, gpu: GpuSpec, weight_dtype: str) -> float:
    """Extra seconds (in us) per engine step that `engine` pays by the rules above."""
    extra = maturity_step_overhead_us(model, engine, gpu)
    extra += moe_terms(model, engine, gpu).layer_overhead_us * model.moe_layers
    return extra + weight_only_step_us(model, engine, weight_dtype)


def with_engine_terms(eff: Efficiency, model: ModelSpec, engine: str, gpu: GpuSpec, weight_dtype: str) -> Efficiency:
    """`eff` plus the per-step costs and the MoE layout that `engine` has on `model`, `gpu`, `weight_dtype`."""
    extra = engine_step_terms_us(model, engine, gpu, weight_dtype)
    dense = moe_terms(model, engine, gpu).dense_experts
    if not extra and not dense:
        return eff
    return eff.model_copy(update={"step_overhead_us": eff.step_overhead_us + extra, "moe_dense_experts": dense})


__all__ = ["engine_step_terms_us", "with_engine_terms"]
