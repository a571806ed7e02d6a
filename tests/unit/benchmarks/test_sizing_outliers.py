"""The held-out miss table (`outliers.py`): groups, buckets and which sign means too fast."""

from __future__ import annotations

from typing import Literal

from benchmarks.sizing.outliers import batch_bucket, context_bucket, engine_family, speed_error_pct, tabulate
from benchmarks.sizing.published import VLLM, PublishedFigure
from benchmarks.sizing.validate import ValidationRow


def _row(
    metric: Literal["output_tokens_per_s", "tpot_ms", "itl_ms"], error_pct: float, batch: float = 16.0
) -> ValidationRow:
    figure = PublishedFigure(
        key=f"t-{metric}-{error_pct}",
        source="test",
        where="test",
        engine=VLLM,
        model="Llama-3.1-8B",
        gpu="H100-SXM",
        tp=1,
        weight_dtype="bf16",
        kv_dtype="bf16",
        input_tokens=128,
        output_tokens=128,
        mode="concurrency",
        load=batch,
        metric=metric,
        published=1.0,
        role="held-out",
    )
    return ValidationRow(figure=figure, batch=batch, predicted=1.0 + error_pct / 100, error_pct=error_pct)


def test_engine_family_reads_major_minor():
    assert engine_family("vLLM v0.11.0, 'vllm serve'") == "vLLM 0.11"
    assert engine_family("TensorRT-LLM 0.16.0 (trtllm-bench)") == "TensorRT-LLM 0.16"
    assert engine_family("vLLM (ROCm), benchmark_latency.py") == "vLLM"


def test_buckets():
    assert context_bucket(128, 2048) == "ctx 600-2.5k"  # 128 + 1024 = 1152
    assert context_bucket(30000, 100) == "ctx >=9k"
    assert batch_bucket(1) == "batch 1" and batch_bucket(64) == "batch 64-255" and batch_bucket(256) == "batch >=256"


def test_a_latency_row_over_predicted_is_too_slow():
    assert speed_error_pct(_row("output_tokens_per_s", 30.0)) == 30.0  # more tokens/s than published: too fast
    assert speed_error_pct(_row("tpot_ms", 30.0)) == -30.0  # a longer TPOT than published: too slow
    rows = [_row("output_tokens_per_s", 30.0), _row("tpot_ms", 30.0), _row("itl_ms", -25.0), _row("tpot_ms", 5.0)]
    # one group: 4 rows, too fast: the throughput row and the short ITL; too slow: the long TPOT
    assert tabulate(rows, lambda r: "all") == [("all", 4, 2, 1)]
