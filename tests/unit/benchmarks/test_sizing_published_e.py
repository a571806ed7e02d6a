"""Held-out E (benchmarks/sizing/published_e*.py): every row held out, sourced, representable.

No prediction is made here: the rows are checked as data only, so that writing this test
cannot leak anything about the model's errors on them (the set is scored once, by the lead).
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_e import held_out_e

ROWS = held_out_e()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def _document(url: str) -> str:
    """A source without its anchor and, for a file on GitHub, without the commit: the same
    document at another commit is the same source."""
    parts = url.split("#")[0].split("/")
    if len(parts) > 6 and parts[2] == "github.com" and parts[5] == "blob":
        del parts[6]
    return "/".join(parts)


def test_set_is_all_held_out_with_unique_e_keys() -> None:
    assert len(ROWS) >= 40
    assert {figure.role for figure in ROWS} == {"held-out"}
    keys = [figure.key for figure in ROWS]
    assert len(keys) == len(set(keys))
    assert all(key.startswith("e-") for key in keys)


def test_no_source_is_a_document_an_earlier_set_cites() -> None:
    earlier = {_document(figure.source) for figure in FIGURES if not figure.key.startswith("e-")}
    assert earlier  # the earlier sets are there to compare against
    assert not earlier & {_document(figure.source) for figure in ROWS}


def test_set_covers_what_it_says() -> None:
    assert {figure.gpu for figure in ROWS} == {"H100-SXM", "MI300X", "A100-80GB", "L4"}
    assert {figure.tp for figure in ROWS} == {1, 2, 4, 8}
    assert any(find_model(figure.model).experts > 1 for figure in ROWS)  # an MoE model is in the set
    assert sum(figure.mode == "concurrency" for figure in ROWS) >= 12
    assert {figure.mode for figure in ROWS} == {"offline", "static", "concurrency"}


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_url_source_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc == "github.com"
    assert "/blob/" in url.path  # a file at a commit, not a moving page
    assert figure.where.strip() and figure.note.strip()


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_resolves_in_the_catalogue(figure: PublishedFigure) -> None:
    assert find_model(figure.model).name == figure.model
    assert find_gpu(figure.gpu).name == figure.gpu


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_conditions_are_complete(figure: PublishedFigure) -> None:
    assert figure.published > 0
    assert figure.input_tokens > 0 and figure.output_tokens > 0
    if figure.mode == "offline":
        assert figure.load is None
    else:
        assert figure.load is not None and figure.load >= 1


def test_static_rows_are_batch_times_output_over_the_printed_latency() -> None:
    # The blog prints end-to-end latency in ms; e.g. Llama 3.1 70B, MI300X, batch 16, 128/2048: 23538 ms.
    row = next(f for f in ROWS if f.key == "e-rocmblog-llama-3.1-70b-mi300x-tp8-b16-128-2048")
    assert row.published == pytest.approx(16 * 2048 / 23.538)
    assert "23538 ms" in row.where
