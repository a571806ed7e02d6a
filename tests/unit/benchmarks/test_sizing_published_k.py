"""Held-out K (benchmarks/sizing/published_k*.py): the shape its docstrings state, checked as data only.

No prediction is made here (the set is scored once, by the lead); the shared checks (held out, URL
source at a commit, catalogue resolution, independence by value) are in test_sizing_held_out_sets.py.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.sizing import published_k
from benchmarks.sizing.catalogue import find_model
from benchmarks.sizing.published import PublishedFigure
from benchmarks.sizing.published_k import held_out_k

ROWS = held_out_k()


def _part(prefix: str) -> list[PublishedFigure]:
    return [figure for figure in ROWS if figure.key.startswith(prefix)]


def test_docstring_counts_match_the_parts() -> None:
    doc = published_k.__doc__ or ""
    parts = (
        ("k-silybench-", "published_k_silybench.py"),
        ("k-massed-", "published_k_massed.py"),
        ("k-etched-", "published_k_etched.py"),
    )
    for prefix, module in parts:
        stated = re.search(rf"`{re.escape(module)}`:.*?\((\d+) rows\)", doc, re.S)
        assert stated is not None, module
        assert int(stated.group(1)) == len(_part(prefix))
    assert sum(len(_part(prefix)) for prefix, _ in parts) == len(ROWS)


def test_the_set_has_the_shape_the_report_states() -> None:
    # 36 rows, three sources of a third each (a fourth was withdrawn: see the docstring); three GPU
    # types; TP 1 and 8; dense and MoE; 24 closed-loop rows at fixed lengths and 12 offline rows.
    assert len(ROWS) == 36
    for prefix in ("k-silybench-", "k-massed-", "k-etched-"):
        assert len(_part(prefix)) == 12
    assert {f.gpu for f in ROWS} == {"H100-SXM", "H100-PCIe", "L40S"}
    assert {f.tp for f in ROWS} == {1, 8}
    assert {find_model(f.model).experts > 1 for f in ROWS} == {True, False}
    modes = [f.mode for f in ROWS]
    assert (modes.count("concurrency"), modes.count("offline")) == (24, 12)
    assert {f.metric for f in ROWS} == {"output_tokens_per_s"}
    for figure in ROWS:
        assert figure.requests is not None
        if figure.mode == "concurrency":
            assert figure.load is not None and figure.requests >= figure.load


def test_silybench_rows_are_qwen3_8b_on_one_h100_sxm_with_vllm_0_30() -> None:
    rows = _part("k-silybench-")
    assert len(rows) == 12
    assert {(f.model, f.gpu) for f in rows} == {("Qwen3-8B", "H100-SXM")}
    assert {f.weight_dtype for f in rows} == {"fp8", "bf16"} and {f.kv_dtype for f in rows} == {"bf16"}
    assert all(f.engine.name.startswith("vLLM 0.30.0") for f in rows)
    # the lengths come from the workload name quoted in `where`
    for f in rows:
        workload = re.search(r"workload (\w+)-(\d+)-(\d+)", f.where)
        assert workload is not None
        assert (int(workload.group(2)), int(workload.group(3))) == (f.input_tokens, f.output_tokens)


@pytest.mark.parametrize("figure", _part("k-massed-"), ids=lambda f: f.key)
def test_massed_rows_quote_totals_of_prompts_times_128(figure: PublishedFigure) -> None:
    assert (figure.input_tokens, figure.output_tokens) == (128, 128)
    assert figure.requests is not None
    total = figure.requests * 128
    assert f"total_input_tokens {total}, total_output_tokens {total}" in figure.where
    assert "/results/raw/" in figure.source


@pytest.mark.parametrize("figure", _part("k-etched-"), ids=lambda f: f.key)
def test_etched_rows_are_output_rates_equal_to_request_rate_times_output_length(figure: PublishedFigure) -> None:
    # trtllm-bench 0.16 prints "Token Throughput"; it is output tokens/s because it equals
    # "Request Throughput" x the output length (both printed, both quoted in `where`).
    request_rate = float(figure.where.rsplit("Request Throughput (req/sec) ", 1)[1])
    assert figure.published == pytest.approx(request_rate * figure.output_tokens, rel=1e-4)
    assert (figure.mode, figure.tp, figure.gpu, figure.model) == ("offline", 8, "H100-SXM", "Llama-3.1-70B")
    assert f"Average Input Length (tokens) {figure.input_tokens}.0000" in figure.where


def test_massed_covers_an_moe_and_dense_models_on_h100_pcie_and_l40s() -> None:
    rows = _part("k-massed-")
    assert {f.gpu for f in rows} == {"H100-PCIe", "L40S"}
    assert {find_model(f.model).experts > 1 for f in rows} == {True, False}
