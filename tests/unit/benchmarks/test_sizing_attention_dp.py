"""Attention data parallelism: an MLA latent is held once per replica, not once per TP rank."""

from __future__ import annotations

import json
import math

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.engine_terms import attention_dp
from benchmarks.sizing.model import (
    Deployment,
    Efficiency,
    max_sequences,
    replica_kv_bytes_per_token,
    usable_kv_bytes,
)


def _r1(**changes: object) -> Deployment:
    dep = Deployment(model=find_model("DeepSeek-R1"), gpu=find_gpu("h200"), tp=8, weight_dtype="fp8")
    return dep.model_copy(update=changes)


def test_latent_bytes_by_hand():
    # DeepSeek-R1: 61 layers x 576-element latent (512 + 64 rope) x 2 bytes (BF16) = 70,272 bytes a token;
    # TP 8 keeps it on all 8 ranks (562,176 bytes per token of the replica), attention DP once
    assert replica_kv_bytes_per_token(_r1()) == 61 * 576 * 2 * 8 == 562_176
    assert replica_kv_bytes_per_token(_r1(attention_dp=True)) == 61 * 576 * 2 == 70_272


def test_attention_dp_holds_eight_times_the_sequences():
    eff = Efficiency()
    room = usable_kv_bytes(_r1(), eff)  # weights and runtime are the same in both layouts here
    tokens = 3072  # 1024 in + 2048 out, a whole number of 16-token blocks
    assert max_sequences(_r1(), eff, tokens) == math.floor(room / (562_176 * tokens))
    assert max_sequences(_r1(attention_dp=True), eff, tokens) == math.floor(room / (70_272 * tokens))


def test_gqa_model_under_dp_keeps_its_own_kv_heads():
    # Llama-3.1-70B, 8 KV heads, TP 8: one KV head per rank either way, so nothing changes
    dep = Deployment(model=find_model("llama-3.1-70b"), gpu=find_gpu("h100-sxm"), tp=8)
    assert replica_kv_bytes_per_token(dep) == replica_kv_bytes_per_token(dep.model_copy(update={"attention_dp": True}))


@pytest.mark.parametrize(
    ("engine", "stated"),
    [
        ("TensorRT-LLM (PyTorch backend), trtllm-bench throughput --tp 8 --ep 8, attention DP", True),
        ("SGLang v0.4.6, --enable-dp-attention", True),
        ("TensorRT-LLM, enable_attention_dp: true", True),
        ("SGLang, data parallel attention", True),
        ("vLLM, data parallel size 2", False),  # whole-model DP is not attention DP
        ("vLLM v0.11.0, 'vllm serve deepseek-ai/DeepSeek-R1-0528 -tp 8'", False),
    ],
)
def test_engine_name_states_attention_dp(engine, stated):
    assert attention_dp(engine) is stated


def test_size_cli_plans_attention_dp(tmp_path):
    from typer.testing import CliRunner

    from benchmarks.sizing.cli import size_app

    def plan(*extra: str) -> dict:
        args = ["--model", "deepseek-r1", "--gpu", "h200", "--tp", "8", "--weight-dtype", "fp8", "--json"]
        result = CliRunner().invoke(size_app, [*args, "--out", str(tmp_path), *extra])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["plan"]

    tp, dp = plan(), plan("--attention-dp")
    assert tp["kv_bytes_per_token"] == 562_176 and dp["kv_bytes_per_token"] == 70_272
    # same KV room, a latent 1/8 the size: about 8 x the sequences at the context (floors aside)
    assert dp["max_sequences_at_context"] // 8 == tp["max_sequences_at_context"]
