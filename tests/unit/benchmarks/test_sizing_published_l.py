"""Held-out L (benchmarks/sizing/published_l.py) checked as data only: its shape and its arithmetic.

No prediction is made here, so that writing this test cannot leak anything about the model's errors.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.sizing import published_l
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_l import held_out_l

ROWS = held_out_l()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_held_out_l_has_the_shape_its_docstring_states() -> None:
    doc = published_l.__doc__ or ""
    assert f"{len(ROWS)} rows" in doc
    assert len(ROWS) == 12
    assert {figure.gpu for figure in ROWS} == {"MI300X"}
    assert {figure.tp for figure in ROWS} == {1}
    assert {figure.model for figure in ROWS} == {"Llama-3.1-8B"}
    assert {figure.mode for figure in ROWS} == {"static"}
    assert {(figure.load, figure.output_tokens) for figure in ROWS} == {
        (batch, output) for batch in (1.0, 8.0, 32.0) for output in (128, 1024)
    }
    assert sorted(figure.engine.memory_fraction for figure in ROWS) == [0.8] * 6 + [0.9] * 6


def test_held_out_l_is_wired_into_the_table_once() -> None:
    assert [figure.key for figure in FIGURES if figure.key.startswith("l-")] == [figure.key for figure in ROWS]
    assert {figure.role for figure in ROWS} == {"held-out"}


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_held_out_l_static_rows_are_batch_times_output_over_the_printed_latency(figure: PublishedFigure) -> None:
    # the JSON prints "avg_latency": seconds for one whole batch; the rate is batch x output / latency
    printed = re.search(r'"avg_latency": (\S+) ', figure.where)
    assert printed is not None
    assert figure.load is not None and figure.requests == figure.load
    assert figure.published == figure.load * figure.output_tokens / float(printed.group(1))
    assert figure.input_tokens == 128 and figure.weight_dtype == "fp16" and figure.kv_dtype == "fp16"


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_held_out_l_file_name_states_the_row_conditions(figure: PublishedFigure) -> None:
    # e.g. Llama-3.1-8B_latency_bs8_in128_out128_float16_mem0.9_20250807_191332.json
    assert figure.load is not None
    name = figure.source.rsplit("/", 1)[1]
    lengths = f"_in{figure.input_tokens}_out{figure.output_tokens}"
    stated = f"_bs{int(figure.load)}{lengths}_float16_mem{figure.engine.memory_fraction}_"
    assert stated in name
