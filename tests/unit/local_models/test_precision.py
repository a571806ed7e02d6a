"""The transformers engine's number format: bfloat16 where the CPU computes in it, float32 logits."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM

from local_models import TransformersEngine, precision
from local_models.precision import Float32Head, float32_logits, model_dtype

from .bodies import chat_body
from .conftest import demo_settings


def test_explicit_settings_win() -> None:
    assert model_dtype("float32", on_gpu=True) == torch.float32
    assert model_dtype("bfloat16", on_gpu=False) == torch.bfloat16


@pytest.mark.parametrize("native", [True, False])
def test_auto_follows_the_cpu(monkeypatch: pytest.MonkeyPatch, native: bool) -> None:
    monkeypatch.setattr(precision, "_cpu_computes_bfloat16", lambda: native)
    assert model_dtype("auto", on_gpu=False) == (torch.bfloat16 if native else torch.float32)
    assert model_dtype("auto", on_gpu=True) == torch.bfloat16


def test_float32_head_keeps_the_model_in_bfloat16(demo_model_path: Path) -> None:
    model = AutoModelForCausalLM.from_pretrained(demo_model_path, dtype=torch.bfloat16, local_files_only=True)
    ids = torch.tensor([[1, 2, 3, 4]])
    with torch.inference_mode():
        before = model(ids).logits
        float32_logits(model)
        after = model(ids).logits
    assert isinstance(model.get_output_embeddings(), Float32Head)
    assert model.model.embed_tokens.weight.dtype == torch.bfloat16
    assert before.dtype == torch.bfloat16 and after.dtype == torch.float32
    # Same numbers, without bfloat16's rounding of the result.
    torch.testing.assert_close(after.to(torch.bfloat16), before, atol=0.05, rtol=0.02)
    assert after.unique().numel() > before.unique().numel()


@pytest.mark.anyio
async def test_greedy_answers_repeat_in_bfloat16(demo_model_path: Path) -> None:
    engine = TransformersEngine(demo_settings(dtype="bfloat16"), demo_model_path)
    try:
        assert isinstance(engine._model.get_output_embeddings(), Float32Head)
        body = chat_body(max_tokens=20, temperature=0)
        answers = [(await engine.create("chat.completions", body))["choices"][0]["message"]["content"]
                   for _ in range(3)]
    finally:
        engine.close()
    assert len(set(answers)) == 1 and answers[0]
