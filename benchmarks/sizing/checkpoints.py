"""Quantised checkpoints that leave some layers in 16-bit, and how a figure names them.

The sizing model's `weight_dtype` says how *every* linear layer is stored. Most FP8
checkpoints do that (NVIDIA ModelOpt, llm-compressor and AMD Quark quantise every linear
layer inside the transformer blocks). Meta's own FP8 release of Llama 3.1 405B does not:
the Llama 3 paper (https://arxiv.org/abs/2407.21783, section 6.2.2, "FP8 quantization")
applies FP8 to the feed-forward layers only, "not to parameters of self-attention layers",
and does not quantise the first and last Transformer layers; the checkpoint's
`modules_to_not_convert` lists those modules and vLLM's `fbgemm_fp8` method loads them
unquantised. Its weights are therefore ~487 GB, not the ~410 GB of an all-FP8 405B, which
moves both the bytes each decode step streams and the KV cache left on 8 x 80 GB.

Applied by rule, never by row: a published figure whose conditions name one of these
checkpoints (`figure_checkpoint`) is predicted with that checkpoint's layout.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.sizing.catalogue import find_model
from benchmarks.sizing.specs import ModelSpec


def meta_fbgemm_fp8_unquantised(model: ModelSpec) -> float:
    """Parameters Meta's FP8 recipe keeps in BF16: every layer's attention, the first and last layers' MLPs."""
    dense_mlp = model.mlp_params_per_expert
    return float(model.layers * model.attention_params_per_layer + 2 * dense_mlp)


# Hugging Face repository (lower case) -> parameters it leaves in 16-bit besides the embeddings.
PARTIAL_CHECKPOINTS: dict[str, Callable[[ModelSpec], float]] = {
    "meta-llama/llama-3.1-405b-fp8": meta_fbgemm_fp8_unquantised,
    "meta-llama/llama-3.1-405b-instruct-fp8": meta_fbgemm_fp8_unquantised,
    "meta-llama/meta-llama-3.1-405b-fp8": meta_fbgemm_fp8_unquantised,
    "meta-llama/meta-llama-3.1-405b-instruct-fp8": meta_fbgemm_fp8_unquantised,
}


def named_checkpoint(text: str) -> str | None:
    """The partially quantised checkpoint `text` (a figure's stated conditions) names, if any."""
    lowered = text.lower()
    for repo in PARTIAL_CHECKPOINTS:
        # a repo name followed by "-kv" or more characters is another checkpoint (AMD's ...-FP8-KV)
        start = lowered.find(repo)
        while start != -1:
            end = start + len(repo)
            if end == len(lowered) or not (lowered[end].isalnum() or lowered[end] in "-_."):
                return repo
            start = lowered.find(repo, end)
    return None


# Hugging Face repository (lower case) -> the catalogue model it is a checkpoint of.
CHECKPOINT_BASE: dict[str, str] = {repo: "Llama-3.1-405B" for repo in PARTIAL_CHECKPOINTS}


def checkpoint_model(name: str) -> ModelSpec | None:
    """The catalogue model as partially quantised checkpoint `name` stores it; None for any other name.

    `size --model meta-llama/Llama-3.1-405B-FP8 --weight-dtype fp8` then plans with that
    checkpoint's 487 GB of weights, not the 410 GB of an all-FP8 405B.
    """
    repo = name.strip().lower()
    if repo not in CHECKPOINT_BASE:
        return None
    model = with_checkpoint(find_model(CHECKPOINT_BASE[repo]), repo)
    return model.model_copy(
        update={"name": f"{model.name} ({name.strip()})", "hf_repo": name.strip(), "checkpoint_dtype": "fp8"}
    )


def with_checkpoint(model: ModelSpec, repo: str | None) -> ModelSpec:
    """`model` as checkpoint `repo` stores it: its 16-bit layers set, or unchanged for an unknown repo."""
    if repo is None or repo.lower() not in PARTIAL_CHECKPOINTS:
        return model
    unquantised = PARTIAL_CHECKPOINTS[repo.lower()](model)
    return model.model_copy(update={"unquantised_params": unquantised})


__all__ = [
    "CHECKPOINT_BASE",
    "PARTIAL_CHECKPOINTS",
    "checkpoint_model",
    "meta_fbgemm_fp8_unquantised",
    "named_checkpoint",
    "with_checkpoint",
]
