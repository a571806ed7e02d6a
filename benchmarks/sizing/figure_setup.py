"""A published figure's replica and efficiency: what `validate.predict` runs each figure on.

Kept apart from `validate.py` (the procedure and the report) so that each stays a module of one job:
here, how a figure's stated engine, GPU, model, checkpoint and memory setting become a `Deployment`
and an `Efficiency` (the fitted factors plus the engine's source-based terms, `engine_terms.py`).
"""

from __future__ import annotations

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.checkpoints import named_checkpoint, with_checkpoint
from benchmarks.sizing.efficiency import efficiency_for, runs_python_scheduler
from benchmarks.sizing.engine_terms import attention_dp, engine_limits, with_engine_terms, with_kernel_terms
from benchmarks.sizing.model import Deployment, Efficiency, runtime_bytes_per_gpu, weight_bytes
from benchmarks.sizing.online_fp8 import ACT_QUANT_LAYER_US, online_fp8
from benchmarks.sizing.published import PublishedFigure
from benchmarks.sizing.trt_buffers import runs_trt_engine, slot_buffer_bytes


def figure_efficiency(figure: PublishedFigure) -> Efficiency:
    """The GPU's fitted efficiency with the engine's token budget and KV block size.

    An engine release that predates its DeepSeek kernels pays their per-step cost on MLA
    models, early vLLM releases their MoE layers' cost, PyTorch-native generators their weight-only
    dequantising GEMMs' cost (`engine_terms.py`), vLLM's online FP8 its activation quantisation
    (`online_fp8.py`), all from sources outside the validation table.
    """
    eff = efficiency_for(
        find_gpu(figure.gpu),
        engine=figure.engine.name,
        context=figure.input_tokens + figure.output_tokens,
        prefill_chunk_tokens=engine_limits(figure)[1],
        kv_block_tokens=figure.engine.kv_block_tokens,
    )
    eff = with_engine_terms(
        eff, find_model(figure.model), figure.engine.name, find_gpu(figure.gpu), figure.weight_dtype
    )
    eff = with_kernel_terms(
        eff, figure.engine.name, find_model(figure.model), find_gpu(figure.gpu), figure.tp, figure.weight_dtype
    )
    if quantised_at_load(figure):
        # a dynamic activation-quantisation pass before each of a layer's four GEMM inputs (online_fp8.py)
        eff = eff.model_copy(update={"layer_overhead_us": eff.layer_overhead_us + ACT_QUANT_LAYER_US})
    return eff


def quantised_at_load(figure: PublishedFigure) -> bool:
    """Whether the figure's FP8 weights were quantised at load from a 16-bit checkpoint (`online_fp8.py`)."""
    if figure.weight_dtype != "fp8" or not runs_python_scheduler(figure.engine.name):
        return False  # vLLM's flag and kernels (the sources); TensorRT-LLM calibrates and fuses its own
    return online_fp8(f"{figure.engine.name} {figure.note}", find_model(figure.model).hf_repo)


def figure_deployment(figure: PublishedFigure, eff: Efficiency | None = None) -> Deployment:
    """The replica a figure was measured on.

    TensorRT-LLM gives the KV cache a fraction of the memory *left after the weights and
    runtime*; vLLM a fraction of the total. The former is expressed as the equivalent
    share of total memory, so one `Deployment.utilisation` serves both.
    """
    dep = Deployment(
        model=with_checkpoint(find_model(figure.model), named_checkpoint(f"{figure.engine.name} {figure.note}")),
        gpu=find_gpu(figure.gpu),
        tp=figure.tp,
        weight_dtype=figure.weight_dtype,
        kv_dtype=figure.kv_dtype,
        utilisation=figure.engine.memory_fraction,
        context=figure.input_tokens + figure.output_tokens,
        max_num_seqs=engine_limits(figure)[0],
        attention_dp=attention_dp(figure.engine.name),
        online_fp8=quantised_at_load(figure),
    )
    if not figure.engine.fraction_of_free or eff is None:
        return dep
    memory = dep.gpu.memory_bytes
    # decoder and runtime buffers for every batch slot a TensorRT engine was built for (trt_buffers.py):
    # allocated before the pool is sized, and not available to the KV cache
    slots = slot_buffer_bytes(dep.max_num_seqs, dep.model.vocab_size) if runs_trt_engine(figure.engine.name) else 0.0
    taken = runtime_bytes_per_gpu(dep, eff) + weight_bytes(dep.model, dep.weight_dtype) / dep.tp + slots
    share = (figure.engine.memory_fraction * max(memory - taken, 0.0) + taken - slots) / memory
    return dep.model_copy(update={"utilisation": min(share, 1.0)})


__all__ = ["figure_deployment", "figure_efficiency"]
