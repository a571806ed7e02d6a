"""Held-out N (benchmarks/sizing/published_n*.py): the shape its docstring states, checked as data only.

No prediction is made here: the shared checks (held out, sourced, representable, independent by value)
live in test_sizing_held_out_sets.py; these pin what is particular to N, so that an edit to a row that
changes the set's stated shape, or breaks a source's fixed-length construction, fails.
"""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.sizing import published_n, published_n_benchmaxxing, published_n_nim, published_n_r1bench
from benchmarks.sizing.catalogue import find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_n import held_out_n

ROWS = held_out_n()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def _source(figure: PublishedFigure) -> str:
    if figure.source == published_n_nim.SOURCE:
        return "nim"
    if figure.source in {published_n_r1bench.README_APRIL, published_n_r1bench.README_MARCH}:
        return "r1bench"
    assert f"/blob/{published_n_benchmaxxing.COMMIT}/" in figure.source
    return "benchmaxxing"


def test_held_out_n_has_the_shape_its_docstring_states() -> None:
    assert len(ROWS) == 44
    assert "44 rows" in (published_n.__doc__ or "")
    assert Counter(_source(figure) for figure in ROWS) == {"nim": 14, "r1bench": 15, "benchmaxxing": 15}
    assert Counter(figure.gpu for figure in ROWS) == {"H100-SXM": 19, "H200": 20, "B200": 5}
    assert Counter(figure.tp for figure in ROWS) == {1: 4, 4: 7, 8: 33}
    moe = Counter(find_model(figure.model).experts > 1 for figure in ROWS)
    assert moe == {True: 18, False: 26}
    assert Counter(figure.mode for figure in ROWS) == {"concurrency": 29, "rate": 15}


def test_held_out_n_is_wired_in_once() -> None:
    # wired into FIGURES once, after round 12's last validation run, and scored then
    assert [figure.key for figure in FIGURES if figure.key.startswith("n-")] == [figure.key for figure in ROWS]


@pytest.mark.parametrize("figure", [f for f in ROWS if _source(f) == "nim"], ids=_id)
def test_nim_rows_are_closed_loop_at_7000_in_1000_out(figure: PublishedFigure) -> None:
    assert (figure.input_tokens, figure.output_tokens) == (7000, 1000)
    assert figure.mode == "concurrency" and figure.load in {1, 2, 4, 8, 16, 32, 64}
    assert figure.gpu == "H100-SXM" and figure.weight_dtype == figure.kv_dtype == "bf16"
    assert (figure.model, figure.tp) in {("Llama-3.1-70B", 4), ("Mixtral-8x22B", 8)}
    # the figure is quoted from the concurrency column the row names
    assert f"concurrency {figure.load:g} column: " in figure.where


@pytest.mark.parametrize("figure", [f for f in ROWS if _source(f) == "r1bench"], ids=_id)
def test_r1bench_rows_are_50_prompts_at_10_per_second(figure: PublishedFigure) -> None:
    assert figure.mode == "rate" and figure.load == 10.0 and figure.requests == 50
    assert figure.gpu == "H200" and figure.weight_dtype == "fp8" and figure.kv_dtype == "bf16"
    if figure.model == "DeepSeek-R1":
        assert figure.source == published_n_r1bench.README_APRIL and figure.tp == 8
        assert "expert-parallel" in figure.note
    else:
        assert (figure.model, figure.tp, figure.source) == ("Llama-3.1-8B", 1, published_n_r1bench.README_MARCH)


def test_r1bench_leaves_out_the_failed_trt_cell() -> None:
    # TRT-LLM's 30000/100 cell is printed 0.00 (the run did not complete): no row may carry it.
    trt = [f for f in ROWS if f.engine.name.startswith("TensorRT-LLM main")]
    assert len(trt) == 3
    assert all(f.input_tokens != 30000 and f.published > 0 for f in trt)


@pytest.mark.parametrize("figure", [f for f in ROWS if _source(f) == "benchmaxxing"], ids=_id)
def test_benchmaxxing_rows_are_one_wave_of_100_fixed_length_prompts(figure: PublishedFigure) -> None:
    assert (figure.model, figure.tp, figure.output_tokens) == ("Qwen3-32B", 8, 128)
    assert figure.input_tokens in {1024, 2048, 4096, 8192, 15000}
    assert figure.mode == "concurrency" and figure.load == 100 and figure.requests == 100
    # the printed totals are prompts x length, which is what makes the lengths fixed
    assert f"Total input tokens {100 * figure.input_tokens}," in figure.where
    assert "Total generated tokens 12800," in figure.where
    # the file named is the TP 8, DP 1 run at this context size
    assert figure.source.endswith(f"run_1_TP8_DP1_CTX{figure.input_tokens}_C100_P100_O128.txt")
