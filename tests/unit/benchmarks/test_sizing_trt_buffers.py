"""TensorRT-LLM's per-slot decoder and runtime buffers (`trt_buffers.py`) shrink the KV pool it sizes."""

from __future__ import annotations

import pytest

from benchmarks.sizing.figure_setup import figure_deployment, figure_efficiency
from benchmarks.sizing.model import usable_kv_bytes
from benchmarks.sizing.published_k_etched import etched_rows
from benchmarks.sizing.trt_buffers import BYTES_PER_SLOT_VOCAB, runs_trt_engine, slot_buffer_bytes


def test_bytes_per_slot_from_the_log():
    # (3.30 GB decoder + 1.63 GB runtime buffers) / (2048 slots x 128256 vocabulary entries)
    assert BYTES_PER_SLOT_VOCAB == pytest.approx(4.93e9 / 262_668_288, rel=1e-12)
    assert BYTES_PER_SLOT_VOCAB == pytest.approx(18.77, abs=0.01)
    assert slot_buffer_bytes(2048, 128256) == pytest.approx(4.93e9)
    # linear in slots and vocabulary: 256 slots of a 32000-entry vocabulary
    assert slot_buffer_bytes(256, 32000) == pytest.approx(256 * 32000 * 18.7689, rel=1e-4)


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        ("TensorRT-LLM 0.16.0 (TensorRT engine), trtllm-bench throughput", True),
        ("TensorRT-LLM 0.17 (TensorRT engine)", True),
        ("NVIDIA NIM 1.8.0 (TRT-LLM backend)", True),
        ("TensorRT-LLM 1.0 (PyTorch backend)", False),
        ("vLLM 0.30.0", False),
    ],
)
def test_which_engines(engine, expected):
    assert runs_trt_engine(engine) is expected


def test_pool_shrinks_by_fraction_times_buffers():
    """KV pool = fraction x (memory - taken - buffers): each GPU loses fraction x buffers of KV."""
    row = next(r for r in etched_rows() if r.key.endswith("-4096-4096"))
    eff = figure_efficiency(row)
    with_buffers = usable_kv_bytes(figure_deployment(row, eff), eff)
    plain = row.model_copy(update={"engine": row.engine.model_copy(update={"name": "an engine of free memory"})})
    without = usable_kv_bytes(figure_deployment(plain, eff), eff)
    # 8 GPUs x 0.90 x (2048 x 128256 x 18.77 B = 4.93 GB) = 35.5 GB less KV across the replica
    assert without - with_buffers == pytest.approx(8 * 0.90 * 4.93e9, rel=1e-9)
