"""Held-out C (benchmarks/sizing/published_c*.py): every row held out, sourced and representable.

No prediction is made here: the rows are checked as data only, so that writing this test
cannot leak anything about the model's errors on them.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from benchmarks.sizing import published_c
from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_c import held_out_c

ROWS = held_out_c()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_every_row_is_held_out_by_rule() -> None:
    assert ROWS
    assert {figure.role for figure in ROWS} == {"held-out"}


def test_keys_are_unique_and_new_to_the_table() -> None:
    keys = [figure.key for figure in ROWS]
    assert len(keys) == len(set(keys))
    assert all(key.startswith("c-") for key in keys)
    assert not set(keys) & {figure.key for figure in FIGURES if not figure.key.startswith("c-")}


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
    assert figure.note.strip()


def test_the_set_covers_what_the_brief_asks() -> None:
    # Issue 14 / held-out C brief: >= 40 rows across >= 4 GPU types, TP 1, 2, 4 and 8, dense and
    # MoE, offline and at least 12 fixed-concurrency rows.
    assert len(ROWS) >= 40
    assert len({figure.gpu for figure in ROWS}) >= 4
    assert {1, 2, 4, 8} <= {figure.tp for figure in ROWS}
    moe = {figure.model for figure in ROWS if find_model(figure.model).experts > 1}
    dense = {figure.model for figure in ROWS if find_model(figure.model).experts == 1}
    assert moe and dense
    assert sum(figure.mode == "concurrency" for figure in ROWS) >= 12
    assert any(figure.mode == "offline" for figure in ROWS)


def test_every_source_is_new_to_the_table() -> None:
    # Held-out C must not reuse a page the earlier sets cite (held-out B's sources are in FIGURES).
    earlier = {figure.source.split("#")[0] for figure in FIGURES if not figure.key.startswith("c-")}
    assert not earlier & {figure.source.split("#")[0] for figure in ROWS}


def test_no_source_shares_a_document_with_the_earlier_sets() -> None:
    # The same page at another commit is the same source: compare repository paths without the commit.
    def document(url: str) -> str:
        parts = urlparse(url).path.split("/")
        if "blob" in parts:
            at = parts.index("blob")
            return "/".join(parts[:at] + parts[at + 2 :])
        return urlparse(url).netloc + urlparse(url).path

    earlier = {document(figure.source) for figure in FIGURES if not figure.key.startswith("c-")}
    assert not earlier & {document(figure.source) for figure in ROWS}


def test_the_module_docstring_states_the_true_row_count() -> None:
    assert published_c.__doc__ is not None
    stated = re.search(r"Held-out C \((\d+) rows", published_c.__doc__)
    assert stated is not None
    assert int(stated.group(1)) == len(ROWS)
