"""Held-out D (benchmarks/sizing/published_d*.py): every row held out, sourced and representable.

No prediction is made here: the rows are checked as data only, so that writing this test
cannot leak anything about the model's errors on them.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_d import held_out_d

ROWS = held_out_d()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_every_row_is_held_out_by_rule() -> None:
    assert ROWS
    assert {figure.role for figure in ROWS} == {"held-out"}


def test_keys_are_unique_and_new_to_the_table() -> None:
    keys = [figure.key for figure in ROWS]
    assert len(keys) == len(set(keys))
    assert all(key.startswith("d-") for key in keys)
    assert not set(keys) & {figure.key for figure in FIGURES if not figure.key.startswith("d-")}


def test_the_set_is_wired_into_the_table_once() -> None:
    # Wired in after the model's last change of the round that collected it, and scored once.
    assert [figure.key for figure in FIGURES if figure.key.startswith("d-")] == [figure.key for figure in ROWS]


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_url_source_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc and url.path not in ("", "/")
    assert figure.where.strip()


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_resolves_in_the_catalogue(figure: PublishedFigure) -> None:
    assert find_model(figure.model).name == figure.model
    assert find_gpu(figure.gpu).name == figure.gpu


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_states_its_conditions(figure: PublishedFigure) -> None:
    assert figure.published > 0
    assert figure.tp >= 1 and figure.input_tokens > 0 and figure.output_tokens > 0
    if figure.mode == "offline":
        assert figure.load is None
        assert figure.requests is not None and figure.requests > 0
    else:
        assert figure.load is not None and figure.load > 0
    assert figure.note.strip()


def test_the_set_has_the_shape_its_docstring_states() -> None:
    # published_d.py's docstring: 66 rows; H100, H200, A100 80 GB, MI300X, MI325X; TP 1, 2 and 8;
    # dense and MoE; 30 offline, 16 at fixed concurrency, 20 static batches.
    assert len(ROWS) == 66
    assert {figure.gpu for figure in ROWS} == {"H100-SXM", "H200", "A100-80GB", "MI300X", "MI325X"}
    assert {figure.tp for figure in ROWS} == {1, 2, 8}
    modes = [figure.mode for figure in ROWS]
    assert (modes.count("offline"), modes.count("concurrency"), modes.count("static")) == (30, 16, 20)
    moe = {figure.model for figure in ROWS if find_model(figure.model).experts > 1}
    dense = {figure.model for figure in ROWS if find_model(figure.model).experts == 1}
    assert moe == {"DeepSeek-R1", "Qwen3-30B-A3B", "Mixtral-8x7B"}
    assert dense


def test_every_source_is_new_to_the_table() -> None:
    # Held-out D must not reuse a page or file the earlier sets cite (the rest of FIGURES),
    # whatever the commit: compare repository paths with the commit taken out.
    def page(url: str) -> str:
        parts = url.split("#")[0].split("/")
        if len(parts) > 6 and parts[2] == "github.com" and parts[5] == "blob":
            del parts[6]  # the commit
        return "/".join(parts)

    earlier = {page(figure.source) for figure in FIGURES if not figure.key.startswith("d-")}
    assert not earlier & {page(figure.source) for figure in ROWS}
