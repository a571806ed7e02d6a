"""What the sizing model needs to know about a model and a GPU.

`ModelSpec` holds a decoder-only transformer's architecture as its Hugging Face
`config.json` states it (layers, hidden size, attention and KV heads, head dim, MLP
width, vocabulary, experts) plus the parameter count its model card publishes.
`GpuSpec` holds a GPU's datasheet figures. Both are frozen: the catalogue is shared
and a sizing run must not be able to change it.

Units are decimal throughout (GB = 1e9 bytes, TB/s = 1e12 bytes/s, TFLOP/s = 1e12),
because datasheets use them. A card sold as "80GB" exposes a little more than 80e9
bytes, so treating it as exactly 80e9 errs on the side of fewer sequences, never more.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

WeightDtype = Literal["bf16", "fp16", "fp8", "int8", "int4"]
KvDtype = Literal["bf16", "fp16", "fp8"]

WEIGHT_DTYPES: tuple[WeightDtype, ...] = ("bf16", "fp16", "fp8", "int8", "int4")
KV_DTYPES: tuple[KvDtype, ...] = ("bf16", "fp16", "fp8")

# Group-wise int4 (AWQ/GPTQ, group size 128) stores one fp16 scale (2 B) and one
# packed 4-bit zero point (0.5 B) per 128 weights on top of the 4-bit weight itself.
INT4_GROUP_SIZE = 128
_INT4_BYTES = 0.5 + (2.0 + 0.5) / INT4_GROUP_SIZE

BYTES_PER_WEIGHT: dict[str, float] = {
    "bf16": 2.0,
    "fp16": 2.0,
    "fp8": 1.0,  # per-tensor or per-channel scales: negligible bytes
    "int8": 1.0,
    "int4": _INT4_BYTES,
}
BYTES_PER_KV_ELEMENT: dict[str, float] = {"bf16": 2.0, "fp16": 2.0, "fp8": 1.0}

# Embedding table and LM head stay in 16-bit under AWQ, GPTQ and FP8 checkpoints
# (vLLM, llm-compressor and ModelOpt all leave lm_head unquantised).
EMBEDDING_BYTES = 2.0

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class ModelSpec(BaseModel):
    """Architecture of a decoder-only transformer, as its `config.json` states it."""

    model_config = _FROZEN

    name: str = Field(description="Catalogue name, e.g. Llama-3.1-8B.")
    hf_repo: str = Field(description="Hugging Face repository whose config.json the figures come from.")
    layers: int = Field(gt=0, description="num_hidden_layers.")
    hidden_size: int = Field(gt=0, description="hidden_size.")
    attention_heads: int = Field(gt=0, description="num_attention_heads.")
    kv_heads: int = Field(gt=0, description="num_key_value_heads (GQA); equals attention_heads for MHA.")
    head_dim: int = Field(gt=0, description="head_dim, or hidden_size / num_attention_heads when absent.")
    intermediate_size: int = Field(gt=0, description="MLP width of one (expert) gated MLP.")
    vocab_size: int = Field(gt=0, description="vocab_size.")
    max_context: int = Field(gt=0, description="max_position_embeddings.")
    params: float = Field(gt=0, description="Total parameters (published model-card figure).")
    tied_embeddings: bool = Field(default=False, description="tie_word_embeddings.")
    experts: int = Field(default=1, ge=1, description="Routed experts per MoE layer; 1 means dense.")
    experts_per_token: int = Field(default=1, ge=1, description="Experts each token is routed to.")
    dense_layers: int = Field(default=0, ge=0, description="Leading layers with a dense MLP in an MoE model.")
    mla_kv_dim: int = Field(
        default=0, ge=0, description="MLA latent cached per layer (kv_lora_rank + qk_rope_head_dim); 0 = GQA/MHA."
    )
    mla_rope_dim: int = Field(
        default=0, ge=0, description="MLA qk_rope_head_dim: the decoupled RoPE part of each query/key head."
    )
    q_lora_rank: int = Field(
        default=0, ge=0, description="MLA q_lora_rank: queries pass through a latent this wide; 0 = projected directly."
    )
    shared_experts: int = Field(default=0, ge=0, description="n_shared_experts: experts every token passes through.")
    dense_intermediate_size: int = Field(
        default=0, ge=0, description="MLP width of the leading dense layers of an MoE model; 0 = intermediate_size."
    )
    unquantised_params: float = Field(
        default=0.0,
        ge=0,
        description="Parameters besides the embeddings that a quantised checkpoint keeps in 16-bit (Meta's "
        "Llama-3.1-405B-FP8 leaves attention and the first and last layers in BF16); 0 = all quantised.",
    )
    checkpoint_dtype: WeightDtype = Field(
        default="bf16",
        description="The precision the published checkpoint stores its weights in (DeepSeek-V3/R1: FP8): what "
        "`size` plans with unless --weight-dtype says otherwise.",
    )
    notes: str = Field(default="", description="Anything the formulas leave out for this model.")

    @property
    def is_moe(self) -> bool:
        """Whether the MLPs are routed experts."""
        return self.experts > 1

    @property
    def embedding_params(self) -> int:
        """Input embedding plus LM head (one table when they are tied)."""
        return self.vocab_size * self.hidden_size * (1 if self.tied_embeddings else 2)

    @property
    def kv_lora_rank(self) -> int:
        """MLA's compressed KV width (the latent without its RoPE part); 0 for GQA/MHA."""
        return self.mla_kv_dim - self.mla_rope_dim if self.mla_kv_dim else 0

    @property
    def attention_params_per_layer(self) -> int:
        """Q, K, V and output projections (biases and norms ignored: < 0.1 %).

        MLA (DeepSeek-V2/V3): queries through an optional q_lora_rank latent to H heads of
        head_dim + rope dims; keys and values through one kv_lora_rank + rope latent, expanded
        per head to head_dim (K) and head_dim (V); output projection from H * head_dim.
        """
        h, heads, d = self.hidden_size, self.attention_heads, self.head_dim
        if self.mla_kv_dim:
            q_head = d + self.mla_rope_dim
            q = h * self.q_lora_rank + self.q_lora_rank * heads * q_head if self.q_lora_rank else h * heads * q_head
            kv = h * self.mla_kv_dim + self.kv_lora_rank * heads * (d + d)
            return q + kv + heads * d * h
        q_width = heads * d
        kv_width = self.kv_heads * d
        return h * (q_width + 2 * kv_width) + q_width * h

    def attention_flops_per_cached_token(self, decode: bool) -> float:
        """FLOPs one layer spends per (query token, cached token) pair in attention.

        GQA/MHA: QK^T and PV, 2 * H * d each. MLA decodes in the absorbed form (vLLM's and SGLang's
        MLA backends, FlashMLA): each head scores against the whole latent (kv_lora_rank + rope) and
        sums values over the kv_lora_rank latent, 2 * H * (2 r + rope); its prefill expands K and V
        per head instead, 2 * H * ((head_dim + rope) + head_dim).
        """
        heads, d = self.attention_heads, self.head_dim
        if not self.mla_kv_dim:
            return 4.0 * heads * d
        if decode:
            return 2.0 * heads * (2 * self.kv_lora_rank + self.mla_rope_dim)
        return 2.0 * heads * (d + self.mla_rope_dim + d)

    @property
    def mlp_params_per_expert(self) -> int:
        """Gate, up and down projections of one gated (SwiGLU/GeGLU) MLP."""
        return 3 * self.hidden_size * self.intermediate_size

    @property
    def estimated_params(self) -> float:
        """Parameters counted from the architecture (used for a config.json without a card).

        An MoE layer holds its routed and shared experts and the router; the leading
        `dense_layers` of an MoE (DeepSeek's first_k_dense_replace) hold one dense MLP of
        `dense_intermediate_size` instead.
        """
        attention = self.layers * self.attention_params_per_layer
        if not self.is_moe:
            return float(self.embedding_params + attention + self.layers * self.mlp_params_per_expert)
        routed = (self.experts + self.shared_experts) * self.mlp_params_per_expert + self.hidden_size * self.experts
        dense_width = self.dense_intermediate_size or self.intermediate_size
        dense = self.dense_layers * 3 * self.hidden_size * dense_width
        return float(self.embedding_params + attention + self.moe_layers * routed + dense)

    @property
    def moe_layers(self) -> int:
        """Layers whose MLP is routed experts."""
        return self.layers - self.dense_layers if self.is_moe else 0

    @property
    def expert_params(self) -> float:
        """Parameters in routed experts (0 for a dense model)."""
        if not self.is_moe:
            return 0.0
        return float(self.moe_layers * self.experts * self.mlp_params_per_expert)

    @property
    def active_params(self) -> float:
        """Parameters each token passes through: all of a dense model, k of E experts of an MoE."""
        unused = 1.0 - self.experts_per_token / self.experts
        return self.params - self.expert_params * unused


class GpuSpec(BaseModel):
    """Datasheet figures of one GPU model (dense tensor throughput, not the 2:4-sparse figure)."""

    model_config = _FROZEN

    name: str = Field(description="Catalogue name, e.g. H100-SXM.")
    memory_gb: float = Field(gt=0, description="Memory per GPU as the datasheet names it (its '80GB').")
    visible_memory_mib: int | None = Field(
        default=None,
        gt=0,
        description="Memory the driver reports (nvidia-smi 'FB Memory Usage Total', MiB); None where no "
        "report was retrieved, and then memory_gb * 1e9 bytes is used (conservative).",
    )
    bandwidth_tb_s: float = Field(gt=0, description="Memory bandwidth, TB/s.")
    bf16_tflops: float = Field(gt=0, description="Dense BF16 tensor throughput, TFLOP/s.")
    fp8_tflops: float | None = Field(description="Dense FP8 tensor throughput; None where there is no FP8.")
    interconnect_gb_s: float = Field(
        gt=0, description="GPU-to-GPU bandwidth per GPU as the datasheet states it (both directions)."
    )
    interconnect: str = Field(description="NVLink generation or PCIe.")
    link_hop_us: float = Field(default=0.0, ge=0, description="Latency of one ring step over the interconnect, us.")
    mesh_links: int | None = Field(
        default=None,
        ge=1,
        description="Point-to-point links to the node's other GPUs, one per peer, that `interconnect_gb_s` "
        "sums (AMD Infinity Fabric: 7); None for a switched fabric (NVSwitch) or PCIe, where one GPU's "
        "whole bandwidth reaches any peer.",
    )
    generation: str = Field(default="", description="Architecture (ampere, ada, hopper, blackwell, cdna3).")
    aliases: tuple[str, ...] = Field(default=(), description="Other names vendors and benchmark pages use.")
    source: str = Field(description="Datasheet or product page the figures come from.")
    notes: str = Field(default="", description="Variant details (TDP, form factor).")

    @property
    def memory_bytes(self) -> float:
        """Memory per GPU in bytes, as the engine sees it.

        A datasheet's "80GB" is closer to 80 GiB: nvidia-smi reports 81559 MiB (85.5e9 bytes) on an
        H100 SXM. For a 70B model on one 80 GB GPU, 5.5 GB is most of the KV cache, so the driver's
        figure is used wherever one was retrieved.
        """
        if self.visible_memory_mib is not None:
            return self.visible_memory_mib * 2**20
        return self.memory_gb * 1e9

    @property
    def bandwidth_bytes_s(self) -> float:
        """Memory bandwidth in bytes/s."""
        return self.bandwidth_tb_s * 1e12

    @property
    def link_bytes_s(self) -> float:
        """One direction of the GPU-to-GPU link, bytes/s (datasheets quote both directions)."""
        return self.interconnect_gb_s * 1e9 / 2

    def group_link_bytes_s(self, tp: int) -> float:
        """One direction of the bandwidth a rank has to the other TP - 1 ranks of its group, bytes/s.

        A switched fabric gives any group the whole link; a point-to-point mesh (`mesh_links`) only the
        links to the group's peers, one each: MI300X at TP 2 reaches its one peer over one 64 GB/s link,
        not over all seven (AMD's MI300X platform: each GPU has seven 128 GB/s bidirectional xGMI links,
        one to each other GPU of the node).
        """
        if self.mesh_links is None:
            return self.link_bytes_s
        return self.link_bytes_s / self.mesh_links * min(max(tp - 1, 1), self.mesh_links)

    def flops(self, weight_dtype: str) -> float:
        """Dense matmul FLOP/s for weights of this dtype.

        FP8 weights run on FP8 tensor cores where the GPU has them; everywhere else
        (int8/int4 weight-only kernels, FP8 on Ampere via Marlin) weights are
        dequantised and the matmul runs at BF16 rate.
        """
        if weight_dtype == "fp8" and self.fp8_tflops is not None:
            return self.fp8_tflops * 1e12
        return self.bf16_tflops * 1e12


__all__ = [
    "BYTES_PER_KV_ELEMENT",
    "BYTES_PER_WEIGHT",
    "EMBEDDING_BYTES",
    "KV_DTYPES",
    "WEIGHT_DTYPES",
    "GpuSpec",
    "KvDtype",
    "ModelSpec",
    "WeightDtype",
]
