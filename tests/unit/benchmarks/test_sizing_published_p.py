"""Held-out P (benchmarks/sizing/published_p*.py): the shape its docstring states, checked as data only.

No prediction is made here: the shared checks (held out, sourced, representable, independent by value,
wired into FIGURES once scored) live in test_sizing_held_out_sets.py; these pin what is particular to P, so
that an edit to a row that changes the set's stated shape, or breaks a source's arithmetic, fails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.sizing import published_p, published_p_gemlite, published_p_mi300xdocs
from benchmarks.sizing.published import PublishedFigure
from benchmarks.sizing.published_p import held_out_p

ROWS = held_out_p()
GEMLITE = [figure for figure in ROWS if figure.key.startswith("p-gemlite-")]
MI300XDOCS = [figure for figure in ROWS if figure.key.startswith("p-mi300xdocs-")]


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_held_out_p_has_the_shape_its_docstring_states() -> None:
    doc = published_p.__doc__ or ""
    assert f"{len(ROWS)} rows;" in doc
    assert len(ROWS) == 13 and len(GEMLITE) + len(MI300XDOCS) == len(ROWS)
    assert Counter(figure.gpu for figure in ROWS) == {"H100-SXM": 9, "MI300X": 4}
    assert Counter(figure.tp for figure in ROWS) == {1: 6, 4: 3, 8: 4}
    assert Counter(figure.mode for figure in ROWS) == {"concurrency": 9, "offline": 4}
    assert {figure.model for figure in ROWS} == {"Llama-3.1-8B", "Llama-3.1-405B"}
    assert {figure.role for figure in ROWS} == {"held-out"}


def test_each_part_cites_one_file_at_one_commit() -> None:
    assert {figure.source for figure in GEMLITE} == {published_p_gemlite.SOURCE}
    assert {figure.source for figure in MI300XDOCS} == {published_p_mi300xdocs.SOURCE}
    assert f"/blob/{published_p_gemlite.COMMIT}/" in published_p_gemlite.SOURCE
    assert f"/blob/{published_p_mi300xdocs.COMMIT}/" in published_p_mi300xdocs.SOURCE


def test_gemlite_rows_are_the_nine_cells_of_the_teaser_table() -> None:
    cells = {(int(figure.load or 0), figure.tp, figure.weight_dtype) for figure in GEMLITE}
    assert cells == {(b, tp, d) for b, tp in ((1, 1), (32, 1), (32, 4)) for d in ("bf16", "int4", "fp8")}


@pytest.mark.parametrize("figure", GEMLITE, ids=_id)
def test_gemlite_row_is_a_static_batch_whose_tpot_is_batch_over_the_printed_rate(figure: PublishedFigure) -> None:
    # one wave: every prompt of the batch is sent at once, at fixed 1024 in / 512 out
    assert figure.mode == "concurrency" and figure.metric == "tpot_ms"
    assert figure.load is not None and figure.requests == int(figure.load)
    assert (figure.input_tokens, figure.output_tokens) == (1024, 512)
    match = re.search(r": (\d+) tokens/sec; TPOT = 1000 x (\d+) / (\d+) = ([\d.]+) ms$", figure.where)
    assert match is not None
    printed, batch, rate, derived = match.groups()
    assert printed == rate and int(batch) == figure.requests
    # e.g. batch 32 at 2799 tokens/sec: 1000 x 32 / 2799 = 11.433 ms per output token of each sequence
    assert figure.published == float(derived) == pytest.approx(1000 * int(batch) / int(rate), abs=5e-4)


@pytest.mark.parametrize("figure", MI300XDOCS, ids=_id)
def test_mi300xdocs_row_is_an_offline_run_of_2000_prompts_at_a_printed_length_pair(figure: PublishedFigure) -> None:
    assert figure.mode == "offline" and figure.load is None and figure.requests == 2000
    assert (figure.model, figure.gpu, figure.tp) == ("Llama-3.1-405B", "MI300X", 8)
    assert (figure.weight_dtype, figure.kv_dtype) == ("fp8", "fp8")
    assert f"row {figure.input_tokens}/{figure.output_tokens}, column 'MI300X (vllm)': " in figure.where
    assert (figure.input_tokens, figure.output_tokens, f"{figure.published}") in published_p_mi300xdocs.ROWS
