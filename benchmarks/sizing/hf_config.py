"""Build a `ModelSpec` from a local Hugging Face `config.json`.

For a model that is not in the catalogue (a fine-tune, a new release) the operator
points `--model` at its `config.json` or the directory holding it. Field names
follow transformers' conventions, with the aliases older architectures use; a
multimodal config's language model is read from its `text_config`. Fields that are
often absent get the value transformers itself would use: `head_dim` falls back to
hidden_size / num_attention_heads, `num_key_value_heads` to the attention heads
(multi-head attention). The parameter count is estimated from the architecture,
since config.json does not state it; a config without `tie_word_embeddings` counts as
untied (the larger, conservative count).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from benchmarks.sizing.errors import InvalidConfigError
from benchmarks.sizing.specs import ModelSpec

_ALIASES: dict[str, tuple[str, ...]] = {
    "layers": ("num_hidden_layers", "n_layer", "num_layers"),
    "hidden_size": ("hidden_size", "n_embd", "d_model"),
    "attention_heads": ("num_attention_heads", "n_head"),
    "intermediate_size": ("intermediate_size", "ffn_dim", "n_inner"),
    "vocab_size": ("vocab_size",),
}
_EXPERT_KEYS = ("num_local_experts", "num_experts", "n_routed_experts")
_DEFAULT_CONTEXT = 4096


def _first(config: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if config.get(key) is not None:
            return config[key]
    return None


def _read(path: Path) -> dict[str, Any]:
    file = path / "config.json" if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidConfigError(f"cannot read {file}: {exc.strerror}") from exc
    except UnicodeDecodeError:
        raise InvalidConfigError(f"{file} is not UTF-8 text; expected a Hugging Face config.json") from None
    except json.JSONDecodeError as exc:
        raise InvalidConfigError(f"{file} is not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(data, dict):
        raise InvalidConfigError(f"{file} does not hold a JSON object")
    text_config = data.get("text_config")
    return text_config if isinstance(text_config, dict) else data


_LARGEST = 2**31
"""No size in a model's config is this large: a bigger one is a typo (`1e30`), not a model."""


def _whole(value: Any, field: str) -> int:
    """A size from config.json: a whole number (`4096` or `4096.0`), never a boolean or a fraction."""
    if (isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
            or value != int(value) or value > _LARGEST):
        raise ValueError(f"{field} must be a whole number up to {_LARGEST:,}, not {value!r}")
    return int(value)


def _draft(path: Path, config: dict[str, Any], fields: dict[str, Any], name: str | None) -> ModelSpec:
    """An unvalidated spec with a placeholder parameter count (the caller validates it)."""
    heads = _whole(fields["attention_heads"], "num_attention_heads")
    if heads <= 0:
        raise ValueError(f"num_attention_heads must be positive, not {heads}")
    kv_heads = _whole(_first(config, ("num_key_value_heads", "num_kv_heads")) or heads, "num_key_value_heads")
    if kv_heads <= 0 or heads % kv_heads:
        raise ValueError(f"num_attention_heads ({heads}) is not a multiple of num_key_value_heads ({kv_heads})")
    head_dim = config.get("head_dim") or _whole(fields["hidden_size"], "hidden_size") // heads
    experts = int(_first(config, _EXPERT_KEYS) or 1)
    per_token = int(_first(config, ("num_experts_per_tok", "num_experts_per_token")) or 1)
    moe_width = config.get("moe_intermediate_size")
    dense_width = 0
    if experts > 1 and moe_width:
        dense_width = int(fields["intermediate_size"])
        fields["intermediate_size"] = moe_width
    mla = _mla_fields(config)
    if mla:
        head_dim = int(config.get("qk_nope_head_dim") or head_dim)
    # a directory's name, or a file's own name when it is not the directory's config.json (two files side by
    # side must not write the same report)
    if path.is_dir() or path.name == "config.json":
        label = name or (path.name if path.is_dir() else path.parent.name) or "custom"
    else:
        label = name or path.stem
    return ModelSpec.model_construct(
        name=label,
        hf_repo=f"local:{path}",
        layers=_whole(fields["layers"], "layers"),
        hidden_size=_whole(fields["hidden_size"], "hidden_size"),
        attention_heads=heads,
        kv_heads=kv_heads,
        head_dim=_whole(head_dim, "head_dim"),
        intermediate_size=_whole(fields["intermediate_size"], "intermediate_size"),
        vocab_size=_whole(fields["vocab_size"], "vocab_size"),
        max_context=int(config.get("max_position_embeddings") or _DEFAULT_CONTEXT),
        params=1.0,
        tied_embeddings=bool(config.get("tie_word_embeddings", False)),
        experts=experts,
        experts_per_token=min(per_token, experts),
        dense_layers=int(config.get("first_k_dense_replace") or 0) if experts > 1 else 0,
        dense_intermediate_size=dense_width,
        shared_experts=int(config.get("n_shared_experts") or 0) if experts > 1 else 0,
        mla_kv_dim=mla.get("mla_kv_dim", 0),
        mla_rope_dim=mla.get("mla_rope_dim", 0),
        q_lora_rank=mla.get("q_lora_rank", 0),
        checkpoint_dtype="fp8" if _quant_method(config) == "fp8" else "bf16",
        notes="Read from a local config.json; parameters estimated from the architecture.",
    )


def _quant_method(config: dict[str, Any]) -> str | None:
    """`quantization_config.quant_method` ("fp8" for DeepSeek-V3's own checkpoint), if stated."""
    quantization = config.get("quantization_config")
    method = quantization.get("quant_method") if isinstance(quantization, dict) else None
    return method.lower() if isinstance(method, str) else None


def _mla_fields(config: dict[str, Any]) -> dict[str, int]:
    """DeepSeek-V2/V3's multi-head latent attention: the latent cached per layer and the query path."""
    rank = config.get("kv_lora_rank")
    if not rank:
        return {}
    rope = int(config.get("qk_rope_head_dim") or 0)
    return {"mla_kv_dim": int(rank) + rope, "mla_rope_dim": rope, "q_lora_rank": int(config.get("q_lora_rank") or 0)}


def load_model_config(path: str | Path, name: str | None = None) -> ModelSpec:
    """Read a Hugging Face config.json into a `ModelSpec`.

    Args:
        path: the config.json file, or the model directory that holds it.
        name: name to show in reports; defaults to the directory's name.

    Returns:
        The spec, with `params` estimated from the architecture.

    Raises:
        InvalidConfigError: the file is missing, not JSON, or lacks a required field.
    """
    path = Path(path)
    config = _read(path)
    fields: dict[str, Any] = {key: _first(config, keys) for key, keys in _ALIASES.items()}
    missing = [keys[0] for key, keys in _ALIASES.items() if fields[key] is None]
    if missing:
        raise InvalidConfigError(f"{path} lacks {', '.join(missing)}; cannot size this model")
    try:
        draft = _draft(path, config, fields, name)
    except (TypeError, ValueError) as exc:
        raise InvalidConfigError(f"{path}: a size field is invalid: {exc}") from exc
    try:
        return ModelSpec.model_validate(draft.model_dump() | {"params": draft.estimated_params})
    except ValidationError as exc:
        raise InvalidConfigError(f"{path}: {exc.errors()[0]['loc']} {exc.errors()[0]['msg']}") from exc
