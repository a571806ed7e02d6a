"""Bytes a model occupies and streams: weights, the experts a step reads, KV per token.

Pure functions of the architecture (`ModelSpec`) and dtypes, kept apart from `model.py`'s
step times so that each module stays small; `model.py` re-exports them. The formulas are
in `model.py`'s docstring (Memory; MoE expert fraction read per step).
"""

from __future__ import annotations

import math

from benchmarks.sizing.specs import BYTES_PER_KV_ELEMENT, BYTES_PER_WEIGHT, EMBEDDING_BYTES, ModelSpec


def weight_bytes(model: ModelSpec, dtype: str) -> float:
    """Bytes of weights across the whole replica: quantised layers plus 16-bit embeddings.

    A checkpoint that leaves some layers unquantised (`ModelSpec.unquantised_params`) holds
    those in 16-bit too; under bf16/fp16 this changes nothing.
    """
    sixteen_bit = model.embedding_params + model.unquantised_params
    return (model.params - sixteen_bit) * BYTES_PER_WEIGHT[dtype] + sixteen_bit * EMBEDDING_BYTES


def expert_fraction_read(model: ModelSpec, tokens: float, dense: bool = False) -> float:
    """Expected share of a layer's experts that at least one of `tokens` tokens is routed to.

    `dense`: the engine runs every token through every expert (masked by its routing weight),
    so every expert is read whatever the routing.
    """
    if not model.is_moe or dense:
        return 1.0
    return float(1.0 - (1.0 - model.experts_per_token / model.experts) ** max(tokens, 1.0))


def expert_bytes_read(model: ModelSpec, dtype: str, tokens: float, dense: bool = False) -> float:
    """Routed-expert weight bytes one step over `tokens` tokens streams (whole replica; 0 for a dense model)."""
    if not model.is_moe:
        return 0.0
    return model.expert_params * BYTES_PER_WEIGHT[dtype] * expert_fraction_read(model, tokens, dense)


def weight_bytes_read(model: ModelSpec, dtype: str, batch: float, dense: bool = False) -> float:
    """Weight bytes one step over `batch` tokens streams from memory (whole replica)."""
    total = weight_bytes(model, dtype)
    if not model.tied_embeddings:
        total -= model.vocab_size * model.hidden_size * EMBEDDING_BYTES
    experts = model.expert_params * BYTES_PER_WEIGHT[dtype] if model.is_moe else 0.0
    return total - experts + expert_bytes_read(model, dtype, batch, dense)


def kv_bytes_per_token(model: ModelSpec, kv_dtype: str, tp: int = 1) -> float:
    """K and V of every layer for one token, whole replica (KV heads replicate when TP > H_kv).

    MLA models (DeepSeek-V2/V3) cache one compressed latent per layer instead, and every
    tensor-parallel rank holds the whole latent.
    """
    if model.mla_kv_dim:
        return model.layers * model.mla_kv_dim * BYTES_PER_KV_ELEMENT[kv_dtype] * tp
    heads = max(model.kv_heads, tp)
    return 2 * model.layers * heads * model.head_dim * BYTES_PER_KV_ELEMENT[kv_dtype]


def paged_tokens(tokens: float, block: int) -> int:
    """Tokens of KV a sequence of `tokens` occupies: whole blocks of `block` tokens."""
    return math.ceil(tokens / block) * block


__all__ = [
    "expert_bytes_read",
    "expert_fraction_read",
    "kv_bytes_per_token",
    "paged_tokens",
    "weight_bytes",
    "weight_bytes_read",
]
