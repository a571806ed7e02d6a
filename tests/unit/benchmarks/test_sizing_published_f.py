"""Held-out F (benchmarks/sizing/published_f*.py): every row held out, sourced, representable.

No prediction is made here: the rows are checked as data only, so that writing this test
cannot leak anything about the model's errors on them (the set is scored once, by the lead).
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_f import held_out_f

ROWS = held_out_f()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def _document(url: str) -> str:
    """A source without its anchor and, for a file on GitHub, without the commit: the same
    document at another commit is the same source."""
    parts = url.split("#")[0].split("/")
    if len(parts) > 6 and parts[2] == "github.com" and parts[5] == "blob":
        del parts[6]
    return "/".join(parts)


def _earlier_sources() -> set[str]:
    """Documents the earlier sets cite: whatever `published.FIGURES` holds (A-E as wired in) plus
    the held-out modules that may not be wired in yet."""
    from benchmarks.sizing.published_b import held_out_b
    from benchmarks.sizing.published_c import held_out_c
    from benchmarks.sizing.published_d import held_out_d
    from benchmarks.sizing.published_e import held_out_e

    figures = (*FIGURES, *held_out_b(), *held_out_c(), *held_out_d(), *held_out_e())
    return {_document(figure.source) for figure in figures if not figure.key.startswith("f-")}


def test_set_is_all_held_out_with_unique_f_keys() -> None:
    assert {figure.role for figure in ROWS} == {"held-out"}
    keys = [figure.key for figure in ROWS]
    assert len(keys) == len(set(keys))
    assert all(key.startswith("f-") for key in keys)


def test_set_is_not_wired_into_the_validation_table() -> None:
    # The lead wires held-out F in once, after the model's last validation run.
    assert not any(figure.key.startswith("f-") for figure in FIGURES)


def test_no_source_is_a_document_an_earlier_set_cites() -> None:
    earlier = _earlier_sources()
    assert earlier  # the earlier sets are there to compare against
    assert not earlier & {_document(figure.source) for figure in ROWS}


def test_set_covers_what_its_docstring_says() -> None:
    assert {figure.gpu for figure in ROWS} == {"H100-SXM", "A100-80GB", "A10", "MI300X", "B200"}
    assert {figure.tp for figure in ROWS} == {1, 2, 4, 8}
    assert any(find_model(figure.model).experts > 1 for figure in ROWS)  # an MoE model is in the set
    assert {figure.mode for figure in ROWS} == {"offline", "static", "rate", "concurrency"}
    rate = [figure for figure in ROWS if figure.mode == "rate"]
    assert all(figure.metric == "itl_ms" and figure.load in {1, 2, 4, 6} for figure in rate)


def test_concurrency_rows_state_fixed_lengths_and_their_request_count() -> None:
    concurrency = [figure for figure in ROWS if figure.mode == "concurrency"]
    assert len(concurrency) == 3
    for figure in concurrency:
        assert figure.requests is not None and figure.load is not None and figure.requests >= figure.load
        # the printed totals are prompts x length, which is what makes the lengths fixed
        assert str(figure.requests * figure.input_tokens) in figure.note
        assert str(figure.requests * figure.output_tokens) in figure.note


def test_rate_rows_take_the_figure_from_before_each_retune() -> None:
    # the PRs print 'qps = r: <new> ms (was <old> ms)'; the set takes <old>, the engine before the PR
    for figure in (figure for figure in ROWS if figure.mode == "rate"):
        assert f"(was {figure.published} ms)" in figure.where


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_github_source_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc == "github.com"
    # a file at a commit, an issue / pull-request thread, or a commit page: never a moving branch
    assert any(part in url.path for part in ("/blob/", "/pull/", "/issues/", "/commit/"))
    if "/blob/" in url.path:
        commit = url.path.split("/blob/")[1].split("/")[0]
        assert len(commit) == 40 and all(c in "0123456789abcdef" for c in commit)
    assert figure.where.strip() and figure.note.strip()


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_is_representable(figure: PublishedFigure) -> None:
    model = find_model(figure.model)
    gpu = find_gpu(figure.gpu)
    assert gpu.name == figure.gpu  # rows use the catalogue's own names, not aliases
    assert model.name == figure.model
    assert figure.published > 0
    assert figure.input_tokens >= 1 and figure.output_tokens >= 1
    if figure.mode == "offline":
        assert figure.load is None and figure.requests
    else:
        assert figure.load is not None and figure.load >= 1
