"""vLLM's MLA chunked prefill: every later chunk of a prompt up-projects the cached context again.

An MLA model caches one latent per token (kv_lora_rank + rope elements) instead of per-head keys and
values. vLLM prefills in the compute-friendly form (multi-head attention with expanded K and V), so a
chunk of a prompt whose earlier chunks are already cached must expand that cached context back to
per-head keys and values before attending to it. Source: vLLM's MLA backend,
`vllm/v1/attention/backends/mla/common.py` (vllm-project/vllm, its module docstring, "## Chunked
Prefill"): for each prefill step, "for chunk_idx in range(cdiv(C, MCC))": `cache_k_nope_chunk =
(cache_kv_c_chunk @ W_UK)`, `cache_v_chunk = (cache_kv_c_chunk @ W_UV)` over the C cached context
tokens, then attention and `merge_attn_states` (the code: `_compute_prefill_context`, `kv_b_proj` on
the gathered latent). The expansion is a GEMM with the `kv_b_proj` weight (kv_lora_rank x heads x
(nope + v head dims)): 2 * r * H * (d + d) FLOPs per cached context token and layer, split over TP.

A prompt of n tokens prefilled in chunks of b runs K = ceil(n / b) chunks; chunk j (0-based) expands
the j * b tokens before it, so the prompt re-expands b * K (K - 1) / 2 context tokens in all:
per prefill token, L * 2 r H (2 d) * b K (K - 1) / (2 n) FLOPs, run at the weight GEMMs' rate
(`kv_b_proj` is one of the checkpoint's quantised linear layers). A 30000-token prompt at vLLM's
2048-token budget is 15 chunks and 215040 re-expanded tokens, about a fifth of its own GEMM FLOPs on
DeepSeek-R1; a prompt that fits one chunk pays nothing. Decode is unaffected (it attends in the
absorbed form, against the latent).

Rule (by engine and model, never by row): vLLM V1 releases (>= 0.8.0, the engine whose MLA backend
this file is) serving an MLA model. SGLang's extend path with a cached prefix is not covered here
(its source was not read for this), and neither is TensorRT-LLM. Motivated by held-out I (seen after
round 8): SkyPilot's vLLM 0.8.4 DeepSeek-R1 rows with 10000- and 30000-token prompts were the
ones still too fast once the early-MLA step cost applied.
"""

from __future__ import annotations

import math

from benchmarks.sizing.eager_host import v1_engine
from benchmarks.sizing.specs import ModelSpec


def reexpanded_context_tokens(prompt: float, chunk: int) -> float:
    """Cached context tokens a prompt of `prompt` tokens up-projects again over its chunks of `chunk`."""
    if prompt <= chunk:
        return 0.0
    chunks = math.ceil(prompt / chunk)
    return chunk * chunks * (chunks - 1) / 2


def reexpand_flops_per_prefill_token(model: ModelSpec, prompt: float, chunk: int) -> float:
    """FLOPs per prefill token (whole replica) that re-expanding the cached MLA context adds."""
    if not model.mla_kv_dim or prompt <= 0:
        return 0.0
    per_context_token = model.layers * 2.0 * model.kv_lora_rank * model.attention_heads * (2 * model.head_dim)
    return per_context_token * reexpanded_context_tokens(prompt, chunk) / prompt


def reexpands_context(model: ModelSpec, engine: str) -> bool:
    """Whether `engine` re-expands an MLA model's cached context for each prefill chunk (vLLM V1)."""
    return bool(model.mla_kv_dim) and v1_engine(engine)


__all__ = ["reexpand_flops_per_prefill_token", "reexpanded_context_tokens", "reexpands_context"]
