"""Held-out Q (benchmarks/sizing/published_q.py): the shape its docstring states, checked as data only.

No prediction is made here: the shared checks (held out, sourced, representable, independent by value,
pending until the lead wires it in) live in test_sizing_held_out_sets.py; these pin what is particular to Q,
so that an edit to a row that changes the set's stated shape, or breaks the static rows' arithmetic, fails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.sizing import published_q
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_q import held_out_q

ROWS = held_out_q()
OFFLINE = [figure for figure in ROWS if figure.mode == "offline"]
STATIC = [figure for figure in ROWS if figure.mode == "static"]


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_held_out_q_has_the_shape_its_docstring_states() -> None:
    doc = published_q.__doc__ or ""
    assert f"{len(ROWS)} rows;" in doc
    assert len(ROWS) == 4 and len(OFFLINE) == len(STATIC) == 2
    assert {figure.role for figure in ROWS} == {"held-out"}
    assert {figure.gpu for figure in ROWS} == {"MI325X"}
    assert {figure.tp for figure in ROWS} == {1}
    assert Counter(figure.model for figure in ROWS) == {"Qwen3-8B": 2, "Llama-3.1-70B": 2}
    assert {(figure.weight_dtype, figure.kv_dtype) for figure in ROWS} == {("bf16", "bf16")}
    assert all(figure.key.startswith("q-") for figure in ROWS)


def test_q_is_pending_not_wired_into_figures() -> None:
    assert not [figure.key for figure in FIGURES if figure.key.startswith("q-")]


def test_each_file_cited_at_one_commit_gives_one_offline_and_one_static_row() -> None:
    assert Counter(figure.source for figure in ROWS) == {published_q.QWEN_SOURCE: 2, published_q.LLAMA_SOURCE: 2}
    for source in (published_q.QWEN_SOURCE, published_q.LLAMA_SOURCE):
        assert re.search(r"/blob/[0-9a-f]{40}/work/NCHC/LMCache/ROCm/benchmark/", source)
        assert {figure.mode for figure in ROWS if figure.source == source} == {"offline", "static"}


@pytest.mark.parametrize("figure", OFFLINE, ids=_id)
def test_offline_row_is_1000_prompts_of_256_in_256_out_as_printed(figure: PublishedFigure) -> None:
    assert figure.load is None and figure.requests == 1000
    assert (figure.input_tokens, figure.output_tokens) == (256, 256)
    assert figure.metric == "output_tokens_per_s"
    assert f"{figure.published:.2f} output tokens/s'" in figure.where
    # fixed outputs: the printed output total is prompts x 256
    assert "256000 output tokens" in figure.note


@pytest.mark.parametrize("figure", STATIC, ids=_id)
def test_static_row_is_batch_times_output_over_the_printed_latency(figure: PublishedFigure) -> None:
    assert figure.load == 8 and figure.requests == 8
    assert (figure.input_tokens, figure.output_tokens) == (256, 128)
    match = re.search(r"'Avg latency: ([\d.]+) seconds'; derived 8 x 128 / ([\d.]+) = ([\d.]+) output", figure.where)
    assert match is not None
    printed, used, derived = match.groups()
    assert printed == used and figure.published == float(derived)
    # e.g. Qwen3-8B: 8 x 128 / 1.475279240796808 s = 694.11 output tokens/s
    assert figure.published == pytest.approx(8 * 128 / float(printed), abs=5e-3)
