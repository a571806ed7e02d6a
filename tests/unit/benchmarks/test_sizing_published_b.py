"""Held-out B (benchmarks/sizing/published_b.py): every row held out, sourced and representable.

No prediction is made here: the rows are checked as data only, so that writing this test
cannot leak anything about the model's errors on them.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_b import held_out_b

ROWS = held_out_b()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_every_row_is_held_out_by_rule() -> None:
    assert ROWS
    assert {figure.role for figure in ROWS} == {"held-out"}


def test_rows_are_in_the_validation_table_once_with_unique_keys() -> None:
    keys = [figure.key for figure in FIGURES]
    assert len(keys) == len(set(keys))
    assert {figure.key for figure in ROWS} <= set(keys)
    assert all(figure.key.startswith("b-") for figure in ROWS)


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_url_source_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc and url.path not in ("", "/")
    assert figure.where.strip()


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_resolves_in_the_catalogue(figure: PublishedFigure) -> None:
    model = find_model(figure.model)
    gpu = find_gpu(figure.gpu)
    assert model.name == figure.model
    assert gpu.name == figure.gpu


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_states_its_conditions(figure: PublishedFigure) -> None:
    assert figure.published > 0
    assert figure.tp >= 1 and figure.input_tokens > 0 and figure.output_tokens > 0
    if figure.mode == "offline":
        assert figure.load is None
    else:
        assert figure.load is not None and figure.load > 0


def test_the_set_covers_what_the_issue_asks_of_held_out_figures() -> None:
    # Issue 14: at least 30 held-out figures across >= 4 GPU types, TP 1-8, dense and MoE,
    # offline and fixed-concurrency; the brief for held-out B: >= 40 rows, >= 12 at fixed concurrency.
    assert len(ROWS) >= 40
    assert len({figure.gpu for figure in ROWS}) >= 4
    assert {1, 2, 4, 8} <= {figure.tp for figure in ROWS}
    moe = {figure.model for figure in ROWS if find_model(figure.model).experts > 1}
    dense = {figure.model for figure in ROWS if find_model(figure.model).experts == 1}
    assert moe and dense
    assert sum(figure.mode == "concurrency" for figure in ROWS) >= 12
    assert any(figure.mode == "offline" for figure in ROWS)


def test_every_source_is_new_to_the_table() -> None:
    earlier = {figure.source for figure in FIGURES if not figure.key.startswith("b-")}
    assert not earlier & {figure.source for figure in ROWS}
