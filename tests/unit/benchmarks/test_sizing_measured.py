"""Our GPU decode runs against the sizing model, and the measuring script's own parts on CPU."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from transformers import LlamaConfig

from benchmarks.sizing import Deployment, Efficiency, decode_tokens_per_s, find_gpu, find_model
from benchmarks.sizing.gpu_decode import LLAMA_31_8B, DecodeRun, build_model, cache_slots
from benchmarks.sizing.measured import load_runs, measured_rows, render_measured_markdown, summary
from benchmarks.sizing.validate import write_validation

COMMITTED = Path("benchmarks/results/sizing")


def _run(**points: dict) -> dict:
    return {
        "gpu": "NVIDIA H200",
        "attention": "packed_gqa",
        "torch": "2.11",
        "transformers": "5.17",
        "cache_slots": 1000,
        "batches": list(points.values()),
    }


def test_prediction_error_is_against_the_cuda_graph_figure():
    eff = Efficiency()
    runs = {"r": _run(a={"batch": 4, "eager_tokens_per_s": 100.0, "graph_tokens_per_s": 200.0})}
    [row] = measured_rows(runs, eff)
    dep = Deployment(model=find_model("Llama-3.1-8B"), gpu=find_gpu("H200"))
    expected = decode_tokens_per_s(dep, eff, 4, 1000)
    assert row.predicted_tokens_per_s == pytest.approx(expected)
    assert row.error_pct == pytest.approx((expected - 200.0) / 200.0 * 100)
    assert row.gpu == "H200" and row.bound == "memory"


def test_out_of_memory_batches_are_left_out_and_a_failed_capture_has_no_error():
    runs = {
        "r": _run(
            a={"batch": 1, "eager_tokens_per_s": 30.0, "graph_error": "RuntimeError: capture"},
            b={"batch": 4096, "error": "out of memory"},
        )
    }
    [row] = measured_rows(runs, Efficiency())
    assert row.batch == 1 and row.graph_tokens_per_s is None and row.error_pct is None
    assert summary([row]) == {}


def test_summary_and_markdown_by_attention():
    runs = {
        "a": _run(x={"batch": 1, "eager_tokens_per_s": 30.0, "graph_tokens_per_s": 100.0}),
        "b": {**_run(x={"batch": 1, "eager_tokens_per_s": 30.0, "graph_tokens_per_s": 50.0}), "attention": "sdpa"},
    }
    eff = Efficiency()
    rows = measured_rows(runs, eff)
    figures = summary(rows)
    assert figures["sdpa"]["mean_abs_error_pct"] > figures["packed_gqa"]["mean_abs_error_pct"]
    text = render_measured_markdown(runs, rows, eff)
    assert "| packed_gqa | 1000 | 1 | 30 | 100 |" in text
    assert "| sdpa | 1000 | 1 | 30 | 50 |" in text
    assert render_measured_markdown({}, [], eff) == ""


def test_committed_runs_reach_the_validation_report(tmp_path: Path):
    runs = load_runs(COMMITTED)
    assert runs, "the H200 runs are committed under benchmarks/results/sizing"
    markdown, json_path = write_validation(tmp_path, measured_dir=COMMITTED)
    measured = json.loads(json_path.read_text())["measured_here"]
    assert len(measured["rows"]) == sum(len(run["batches"]) for run in runs.values())
    text = markdown.read_text()
    assert "## Measured here" in text
    sources = text.split("## Sources and conditions", 1)[1].splitlines()
    assert not [line for line in sources if line.endswith("..")], "a note's own full stop is not doubled"
    qserve_l40s = [line for line in sources if "qserve" in line and "One GPU (L40S" in line]
    assert qserve_l40s and not [line for line in qserve_l40s if "A100" in line]


def test_cache_has_a_slot_for_every_step_of_both_passes():
    assert cache_slots(1024, 128) >= 1024 + 2 * 128 + 5  # 1 + 3 warm-up steps and 1 captured


def _tiny(attention: str) -> LlamaConfig:
    shape = {
        "hidden_size": 64,
        "intermediate_size": 128,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": 16,
        "vocab_size": 500,
    }
    config = LlamaConfig(**{**LLAMA_31_8B, **shape})
    config._attn_implementation = attention
    return config


def _decode_logits(attention: str) -> torch.Tensor:
    model = build_model(_tiny(attention), "cpu")
    torch.manual_seed(1)
    logits = []
    with torch.inference_mode():
        run = DecodeRun(model, batch=3, prompt=20, steps=4, chunk=8)
        for index in range(4):
            run.position.fill_(20 + index)
            out = run.model(
                input_ids=run.next_ids, past_key_values=run.cache, cache_position=run.position, use_cache=True
            )
            logits.append(out.logits.float())
            run.next_ids.copy_(out.logits[:, -1].argmax(-1, keepdim=True))
    return torch.stack(logits)


def test_packed_gqa_decode_matches_stock_attention():
    stock, packed = _decode_logits("sdpa"), _decode_logits("packed_gqa")
    assert stock.shape == (4, 3, 1, 500)
    assert torch.allclose(stock, packed, atol=1e-2)
