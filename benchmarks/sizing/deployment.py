"""The performance model's inputs and one step's result: efficiency factors, a replica's shape, a step's parts.

Split from `model.py` (which holds the formulas and re-exports these) so that `comm.py` and
`model.py` can both use them without an import cycle. What each field means, and where the
fitted values come from, is in `efficiency.py`; the formulas that use them are in `model.py`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from benchmarks.sizing.specs import GpuSpec, KvDtype, ModelSpec, WeightDtype

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Efficiency(BaseModel):
    """How much of the datasheet a real engine achieves; fitted values per GPU live in `efficiency.py`."""

    model_config = _FROZEN

    memory: float = Field(default=0.70, gt=0, le=1, description="Fraction of datasheet bandwidth in decode.")
    attention_memory: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="Fraction of datasheet bandwidth the decode attention kernels reach reading the KV cache "
        "(paged, many sequences at once); None: the same as `memory`.",
    )
    mfu: float = Field(default=0.50, gt=0, le=1, description="Fraction of dense tensor peak in matmuls.")
    allreduce_latency_us: float = Field(default=10.0, ge=0, description="Fixed cost of one all-reduce.")
    link: float = Field(default=1.0, gt=0, le=1, description="Fraction of link bandwidth an all-reduce achieves.")
    step_overhead_us: float = Field(default=0.0, ge=0, description="Fixed cost of one engine step.")
    engine_step_overhead_us: float = Field(
        default=0.0,
        ge=0,
        description="The serving engine's own extra cost per step on top of step_overhead_us: vLLM schedules, "
        "prepares inputs and samples in Python between steps, which TensorRT-LLM's C++ executor does not.",
    )
    layer_overhead_us: float = Field(default=0.0, ge=0, description="Fixed cost per layer per step.")
    graph_max_batch: int | None = Field(
        default=None,
        ge=1,
        description="Largest decode batch the engine replays as a captured CUDA graph; a decode step of more "
        "sequences runs eagerly and pays `ungraphed_layer_us` per layer (`graph_cap.py`); None: no such cap.",
    )
    ungraphed_layer_us: float = Field(
        default=0.0, ge=0, description="Extra cost per layer of a decode step above `graph_max_batch` (eager launches)."
    )
    host_layer_us: float = Field(
        default=0.0,
        ge=0,
        description="Host (CPU) time per layer of a step run eagerly: the host issues each layer's kernels one "
        "by one while the GPU runs ahead, so a step takes at least layers x this (`eager_host.py`); 0: "
        "the step is never host-bound (CUDA graphs, or a C++ runtime).",
    )
    sequence_overhead_us: float = Field(default=0.0, ge=0, description="Cost per running sequence per step.")
    token_overhead_us: float = Field(
        default=0.0,
        ge=0,
        description="Cost per token a step processes (decode rows and prefill tokens alike) on top of the GEMM "
        "roofline: an engine release whose kernels fall short of it in proportion to the tokens "
        "(`maturity_dpa.py`); 0 for the fitted engines.",
    )
    attention_overhead_ns: float = Field(
        default=0.0,
        ge=0,
        description="Decode attention's cost per sequence per layer on every GPU, whatever the TP (query load, "
        "block-table walk, softmax reduction, output write): it does not shrink as TP splits the KV heads.",
    )
    generic_attention_ns: float = Field(
        default=0.0,
        ge=0,
        description="Decode attention's excess per sequence, cached token, layer and query head on the GPU where "
        "the engine walks a KV head once per query head (upstream vLLM before 0.6.2 on CDNA3, `rocm_generic_pa.py`).",
    )
    moe: float = Field(default=1.0, gt=0, le=1, description="MoE expert matmuls' efficiency relative to mfu.")
    moe_layer_floor_us: float = Field(
        default=0.0,
        ge=0,
        description="Least time one MoE layer's expert kernels take per step, whatever the bytes they stream "
        "(a small-batch kernel's latency floor, which does not shrink with TP); 0: none (`maturity_moe.py`).",
    )
    moe_dense_experts: bool = Field(
        default=False,
        description="Every token runs through every expert a rank holds, masked by its routing weight (vLLM's "
        "Mixtral before the fused-MoE kernel): all expert weights are read and multiplied every step.",
    )
    skinny_gemm_max_tokens: int = Field(
        default=0,
        ge=0,
        description="Steps over at most this many tokens stream the weights through a skinny-GEMM kernel "
        "(vLLM's wvSplitK on CDNA3, 16-bit weights, `rocm_skinny.py`); 0: none.",
    )
    skinny_gemm_speedup: float = Field(
        default=1.0, ge=1, description="How much faster the skinny kernel streams weights than the fitted share."
    )
    roof_exponent: float | None = Field(
        default=None,
        ge=1,
        description="p of the rounded GEMM roofline (t_memory^p + t_compute^p)^(1/p); None: the sharp max().",
    )
    runtime_overhead_gb: float = Field(default=1.0, ge=0, description="CUDA context, graphs, NCCL per GPU.")
    mixed_prefill: bool = Field(
        default=True,
        description="Prompts are prefilled in the same step as the running sequences' decode (vLLM's chunked "
        "prefill, TensorRT-LLM's in-flight batching); False: a prefill batch runs as a forward pass of its own "
        "while decoding waits (SGLang unless launched with --enable-mixed-chunk).",
    )
    mla_context_reexpand: bool = Field(
        default=False,
        description="Each later prefill chunk of an MLA prompt up-projects the cached context again "
        "(vLLM V1's MLA chunked prefill, `mla_prefill.py`).",
    )
    mla_absorbed_extend: bool = Field(
        default=False,
        description="A prefill chunk of an MLA prompt with a cached prefix attends in the absorbed form "
        "(SGLang's Triton MLA backend up to 0.4.5, `mla_absorbed_extend.py`).",
    )
    prefill_chunk_tokens: int = Field(default=8192, gt=0, description="Tokens per step (chunked-prefill budget).")
    kv_block_tokens: int = Field(default=16, gt=0, description="Paged-KV block size in tokens.")


class Deployment(BaseModel):
    """One replica's shape: which model, on which GPU, split how, in which dtypes."""

    model_config = _FROZEN

    model: ModelSpec
    gpu: GpuSpec
    tp: int = Field(default=1, ge=1, description="Tensor-parallel size (GPUs per replica).")
    weight_dtype: WeightDtype = "bf16"
    kv_dtype: KvDtype = "bf16"
    utilisation: float = Field(default=0.90, gt=0, le=1, description="Share of GPU memory the engine takes.")
    context: int = Field(default=8192, gt=0, description="Longest sequence served (vLLM --max-model-len).")
    max_num_seqs: int = Field(default=256, ge=1, description="Engine cap on sequences in a batch.")
    attention_dp: bool = Field(
        default=False,
        description="Attention data-parallel over the TP ranks (each rank caches only its own sequences' KV).",
    )
    online_fp8: bool = Field(
        default=False,
        description="FP8 weights quantised per tensor at load from a 16-bit checkpoint (vLLM --quantization fp8), "
        "not the family's own FP8 release (`block_fp8.py`).",
    )


class StepTime(BaseModel):
    """The parts of one engine step, in seconds.

    `memory_s` and `compute_s` are the weight GEMMs' two roofs (streaming the weights, and
    their FLOPs); `attention_s` is the attention kernels' own roofline (reading the KV cache,
    or their FLOPs). GEMMs and attention are separate kernels that run one after the other,
    so attention's time adds to the GEMMs' rather than hiding under them. `host_s` is the
    host's time to issue an eager step's kernels (0 under CUDA graphs).
    """

    model_config = _FROZEN

    memory_s: float
    compute_s: float
    comm_s: float
    fixed_s: float = 0.0
    attention_s: float = 0.0
    roof_exponent: float | None = None
    host_s: float = 0.0

    @property
    def gemm_s(self) -> float:
        """The weight GEMMs' time: the rounded roofline of their two roofs (`gemm_roof`)."""
        return gemm_roof(self.memory_s, self.compute_s, self.roof_exponent)

    @property
    def gpu_s(self) -> float:
        """GEMM roofline, then attention, all-reduces and fixed costs, none of which overlap."""
        return self.gemm_s + self.attention_s + self.comm_s + self.fixed_s

    @property
    def total_s(self) -> float:
        """The GPU's time, or the host's where an eager step issues its kernels slower than the GPU runs them.

        `host_s` is 0 unless the step runs eagerly on a host-bound engine (`eager_host.py`): the host
        launches kernels asynchronously, so the step lasts the longer of the two, not their sum.
        """
        return max(self.gpu_s, self.host_s)

    @property
    def bound(self) -> str:
        """Which part takes longest: streaming weights (memory), GEMM FLOPs (compute) or attention."""
        parts = {"memory": self.memory_s, "compute": self.compute_s, "attention": self.attention_s}
        return max(parts, key=lambda name: parts[name])


def gemm_roof(memory_s: float, compute_s: float, exponent: float | None) -> float:
    """Time of a GEMM with roofs `memory_s` and `compute_s`: (m^p + c^p)^(1/p), or max() when p is None.

    Near the ridge neither roof is reached alone (tile loads and MMAs overlap imperfectly);
    far from it the larger roof dominates and the result tends to max(m, c).
    """
    if exponent is None or memory_s <= 0 or compute_s <= 0:
        return max(memory_s, compute_s)
    top = max(memory_s, compute_s)
    return float(top * ((memory_s / top) ** exponent + (compute_s / top) ** exponent) ** (1.0 / exponent))


__all__ = ["Deployment", "Efficiency", "StepTime", "gemm_roof"]
