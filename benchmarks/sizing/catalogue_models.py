"""The catalogue's open-weight models, copied from each repository's published `config.json`.

Sources and conventions: `catalogue.py`'s docstring.
"""

from __future__ import annotations

from benchmarks.sizing.specs import ModelSpec

__all__ = ["MODELS"]

_MOE_NOTE = "MoE: all experts are held in memory; decode reads only the experts its batch routes to."
_GEMMA2_NOTE = (
    "Every other layer uses a 4096-token sliding window; the KV formula counts full context "
    "for all layers, which over-estimates KV beyond 4096 tokens (conservative)."
)

_GEMMA3_NOTE = (
    "Five of every six layers use a 1024-token sliding window; the KV formula counts full context "
    "for all layers, which over-estimates KV beyond 1024 tokens (conservative). Text model only."
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


def _llama2(size: str, layers: int, hidden: int, heads: int, kv: int, inter: int, params: float) -> ModelSpec:
    return ModelSpec(
        name=f"Llama-2-{size}",
        hf_repo=f"meta-llama/Llama-2-{size.lower()}-chat-hf",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=kv,
        head_dim=hidden // heads,
        intermediate_size=inter,
        vocab_size=32000,
        max_context=4096,
        params=params,
    )


def _qwen3(size: str, layers: int, hidden: int, heads: int, inter: int, params: float, tied: bool = False) -> ModelSpec:
    return ModelSpec(
        name=f"Qwen3-{size}",
        hf_repo=f"Qwen/Qwen3-{size}",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=8,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=151936,
        max_context=40960,
        params=params,
        tied_embeddings=tied,
        notes="Context up to 131072 with YaRN rope scaling enabled.",
    )


def _qwen3_moe(size: str, layers: int, hidden: int, heads: int, inter: int, params: float) -> ModelSpec:
    return ModelSpec(
        name=f"Qwen3-{size}",
        hf_repo=f"Qwen/Qwen3-{size}",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=4,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=151936,
        max_context=40960,
        params=params,
        experts=128,
        experts_per_token=8,
        notes=_MOE_NOTE,
    )


def _deepseek(
    name: str,
    repo: str,
    shape: tuple[int, int, int, int, int, int],
    shared: tuple[int, int, int],
    params: float,
) -> ModelSpec:
    """A DeepSeek-V2/V3 MoE with MLA, from its config.json.

    shape = (num_hidden_layers, hidden_size, num_attention_heads, moe_intermediate_size,
    n_routed_experts, num_experts_per_tok); shared = (n_shared_experts, first_k_dense_replace,
    intermediate_size of those dense layers). MLA: kv_lora_rank 512, qk_rope_head_dim 64,
    qk_nope_head_dim = v_head_dim = 128 in every release; q_lora_rank 1536 (V3/R1) or none (V2-Lite).
    """
    layers, hidden, heads, inter, experts, top_k = shape
    shared_experts, dense_layers, dense_inter = shared
    return ModelSpec(
        name=name,
        hf_repo=repo,
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=heads,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=129280 if layers > 30 else 102400,
        max_context=163840,
        params=params,
        experts=experts,
        experts_per_token=top_k,
        dense_layers=dense_layers,
        dense_intermediate_size=dense_inter,
        shared_experts=shared_experts,
        mla_kv_dim=512 + 64,
        mla_rope_dim=64,
        q_lora_rank=1536 if layers > 30 else 0,
        checkpoint_dtype="fp8" if layers > 30 else "bf16",  # V3 and R1 were released as block-scaled FP8
        notes=_MOE_NOTE + " MLA: KV is one 576-element latent per layer, held whole on every TP rank; "
        "decode attention runs in the absorbed form (scores against the latent).",
    )


MODELS: tuple[ModelSpec, ...] = (
    _llama2("7B", 32, 4096, 32, 32, 11008, 6.74e9),
    _llama2("13B", 40, 5120, 40, 40, 13824, 13.0e9),
    _llama2("70B", 80, 8192, 64, 8, 28672, 69.0e9),
    _llama("Llama-3.2-1B", "meta-llama/Llama-3.2-1B-Instruct", 16, 2048, 32, 8192, 1.24e9, tied=True),
    _llama("Llama-3.2-3B", "meta-llama/Llama-3.2-3B-Instruct", 28, 3072, 24, 8192, 3.21e9, tied=True),
    _llama("Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Instruct", 32, 4096, 32, 14336, 8.03e9),
    _llama("Llama-3-8B", "meta-llama/Meta-Llama-3-8B-Instruct", 32, 4096, 32, 14336, 8.03e9).model_copy(
        update={"max_context": 8192, "vocab_size": 128256}
    ),
    _llama("Llama-3-70B", "meta-llama/Meta-Llama-3-70B-Instruct", 80, 8192, 64, 28672, 70.6e9).model_copy(
        update={"max_context": 8192}
    ),
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
    ModelSpec(
        name="Mixtral-8x22B",
        hf_repo="mistralai/Mixtral-8x22B-Instruct-v0.1",
        layers=56,
        hidden_size=6144,
        attention_heads=48,
        kv_heads=8,
        head_dim=128,
        intermediate_size=16384,
        vocab_size=32768,
        max_context=65536,
        params=140.6e9,
        experts=8,
        experts_per_token=2,
        notes=_MOE_NOTE,
    ),
    ModelSpec(
        name="Mistral-Nemo-12B",
        hf_repo="mistralai/Mistral-Nemo-Instruct-2407",
        layers=40,
        hidden_size=5120,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=14336,
        vocab_size=131072,
        max_context=131072,
        params=12.2e9,
    ),
    ModelSpec(
        name="Mistral-Small-24B",
        hf_repo="mistralai/Mistral-Small-24B-Instruct-2501",
        layers=40,
        hidden_size=5120,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=32768,
        vocab_size=131072,
        max_context=32768,
        params=23.6e9,
    ),
    _qwen25("7B", 28, 3584, 28, 4, 18944, 7.61e9),
    _qwen25("14B", 48, 5120, 40, 8, 13824, 14.7e9),
    _qwen25("32B", 64, 5120, 40, 8, 27648, 32.5e9),
    _qwen25("72B", 80, 8192, 64, 8, 29568, 72.7e9),
    _qwen3("4B", 36, 2560, 32, 9728, 4.02e9, tied=True),
    _qwen3("8B", 36, 4096, 32, 12288, 8.19e9),
    _qwen3("14B", 40, 5120, 40, 17408, 14.8e9),
    _qwen3("32B", 64, 5120, 64, 25600, 32.8e9),
    _qwen3_moe("30B-A3B", 48, 2048, 32, 768, 30.5e9),
    _qwen3_moe("235B-A22B", 94, 4096, 64, 1536, 235.1e9),
    _deepseek(
        "DeepSeek-V2-Lite", "deepseek-ai/DeepSeek-V2-Lite-Chat", (27, 2048, 16, 1408, 64, 6), (2, 1, 10944), 15.7e9
    ),
    _deepseek("DeepSeek-V3", "deepseek-ai/DeepSeek-V3", (61, 7168, 128, 2048, 256, 8), (1, 3, 18432), 671e9),
    _deepseek("DeepSeek-R1", "deepseek-ai/DeepSeek-R1", (61, 7168, 128, 2048, 256, 8), (1, 3, 18432), 671e9),
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
        name="Gemma-3-12B",
        hf_repo="google/gemma-3-12b-it",
        layers=48,
        hidden_size=3840,
        attention_heads=16,
        kv_heads=8,
        head_dim=256,
        intermediate_size=15360,
        vocab_size=262208,
        max_context=131072,
        params=11.8e9,
        tied_embeddings=True,
        notes=_GEMMA3_NOTE,
    ),
    ModelSpec(
        name="Gemma-3-27B",
        hf_repo="google/gemma-3-27b-it",
        layers=62,
        hidden_size=5376,
        attention_heads=32,
        kv_heads=16,
        head_dim=128,
        intermediate_size=21504,
        vocab_size=262208,
        max_context=131072,
        params=27.4e9,
        tied_embeddings=True,
        notes=_GEMMA3_NOTE,
    ),
    ModelSpec(
        name="Phi-4",
        hf_repo="microsoft/phi-4",
        layers=40,
        hidden_size=5120,
        attention_heads=40,
        kv_heads=10,
        head_dim=128,
        intermediate_size=17920,
        vocab_size=100352,
        max_context=16384,
        params=14.7e9,
    ),
    ModelSpec(
        name="Phi-3.5-MoE",
        hf_repo="microsoft/Phi-3.5-MoE-instruct",
        layers=32,
        hidden_size=4096,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=6400,
        vocab_size=32064,
        max_context=131072,
        params=41.9e9,
        experts=16,
        experts_per_token=2,
        notes=_MOE_NOTE,
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
