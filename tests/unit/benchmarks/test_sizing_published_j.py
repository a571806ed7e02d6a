"""Held-out J (benchmarks/sizing/published_j*.py): every row held out, sourced, representable.

No prediction is made here: the rows are checked as data only, so that writing this test cannot
leak anything about the model's errors on them. The set was written down before any prediction of
its rows and wired into `FIGURES` once, after round 8's last validation run (published_j.py).
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_b import held_out_b
from benchmarks.sizing.published_c import held_out_c
from benchmarks.sizing.published_d import held_out_d
from benchmarks.sizing.published_e import held_out_e
from benchmarks.sizing.published_f import held_out_f
from benchmarks.sizing.published_g import held_out_g
from benchmarks.sizing.published_h import held_out_h
from benchmarks.sizing.published_i import held_out_i
from benchmarks.sizing.published_j import held_out_j
from benchmarks.sizing.trtllm_bench import __doc__ as TRTLLM_BENCH_DOC

ROWS = held_out_j()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def _document(url: str) -> str:
    """A source without its anchor and, for a file on GitHub, without the commit: the same document at
    another commit is the same source."""
    parts = url.split("#")[0].split("/")
    if len(parts) > 6 and parts[2] == "github.com" and parts[5] == "blob":
        del parts[6]
    return "/".join(parts)


def _earlier_rows() -> list[PublishedFigure]:
    rows = [figure for figure in FIGURES if not figure.key.startswith("j-")]
    for held_out in (held_out_b, held_out_c, held_out_d, held_out_e, held_out_f, held_out_g, held_out_h, held_out_i):
        rows.extend(held_out())
    return rows


def test_every_row_is_held_out_with_a_unique_j_key() -> None:
    assert ROWS
    assert {figure.role for figure in ROWS} == {"held-out"}
    keys = [figure.key for figure in ROWS]
    assert all(key.startswith("j-") for key in keys)
    assert len(keys) == len(set(keys))
    assert not set(keys) & {figure.key for figure in _earlier_rows()}


def test_the_set_is_in_the_validation_table_once() -> None:
    wired = [figure.key for figure in FIGURES if figure.key.startswith("j-")]
    assert sorted(wired) == sorted(figure.key for figure in ROWS)


def test_no_source_shares_a_document_with_an_earlier_set() -> None:
    earlier = {_document(figure.source) for figure in _earlier_rows()}
    mine = {_document(figure.source) for figure in ROWS}
    assert not earlier & mine
    # trtllm_bench.py cites its own pages in its docstring; none of them is a source here either.
    assert not any(document in (TRTLLM_BENCH_DOC or "") for document in mine)


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_github_file_at_a_commit_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc == "github.com"
    parts = url.path.split("/")
    assert parts[3] == "blob" and len(parts[4]) == 40 and all(c in "0123456789abcdef" for c in parts[4])
    assert figure.where.strip()


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_resolves_in_the_catalogue(figure: PublishedFigure) -> None:
    assert find_model(figure.model).name == figure.model
    assert find_gpu(figure.gpu).name == figure.gpu


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_states_its_conditions_and_what_it_assumed(figure: PublishedFigure) -> None:
    assert figure.published > 0
    assert figure.tp >= 1 and figure.input_tokens > 0 and figure.output_tokens > 0
    # the prompt count where the source states it; otherwise the note says it is not stated
    if figure.requests is None:
        assert "Prompts not stated" in figure.note
    else:
        assert figure.requests > 0
    if figure.mode == "offline":
        assert figure.load is None
    else:
        assert figure.load is not None and figure.load > 0
    assert figure.note.strip()
    assert figure.engine.name.strip()
    # every engine names its version, or says that the source does not print it
    assert (
        any(char.isdigit() for char in figure.engine.name.split(",")[0]) or "version not printed" in figure.engine.name
    )


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_quotes_the_printed_value(figure: PublishedFigure) -> None:
    # published as printed: the value appears where the row says it is, at the printed precision
    quoted = [token.strip("'|:,()\"") for token in figure.where.split()]
    assert any(token and _same(token, figure.published) for token in quoted)


def _same(token: str, value: float) -> bool:
    try:
        return float(token) == value
    except ValueError:
        return False


def test_variable_length_rows_are_offline_with_their_mean_lengths() -> None:
    # Only offline runs whose totals are printed may use varying lengths; their lengths are the means.
    varlen = [figure for figure in ROWS if "-varlen" in figure.key]
    assert all(figure.mode == "offline" and figure.requests for figure in varlen)
    for figure in varlen:
        totals = figure.note.split("printed totals (")[1]
        total_in = int(totals.split(" input / ")[0])
        total_out = int(totals.split(" input / ")[1].split(" output")[0])
        assert figure.requests is not None
        assert figure.input_tokens == round(total_in / figure.requests)
        assert figure.output_tokens == round(total_out / figure.requests)
    fixed = [figure for figure in ROWS if "-varlen" not in figure.key]
    assert all("--random-range-ratio 1" in figure.note for figure in fixed if "bench_serving" in figure.note)


def test_no_row_repeats_a_measurement_of_an_earlier_set() -> None:
    # Independence by measurement: a run re-published elsewhere (another page, blog, README or
    # language version) carries the same value for the same model on the same GPU.
    earlier = {(figure.model, figure.gpu, round(figure.published, 2)) for figure in _earlier_rows()}
    repeats = [figure.key for figure in ROWS if (figure.model, figure.gpu, round(figure.published, 2)) in earlier]
    assert not repeats


def test_the_deepseek_v3_republication_is_gone() -> None:
    # DataCrunch's DeepSeek-V3 post republishes the SGLang runs held-out H holds (benchmark_dsv3).
    assert not [figure.key for figure in ROWS if "dsv3" in figure.key or figure.model == "DeepSeek-V3"]
    assert not [figure.source for figure in ROWS if "datacrunch-research/blogs" in figure.source]


def test_azure_mi300x_rows_are_fixed_length_offline_runs_of_1000_requests() -> None:
    rows = [figure for figure in ROWS if figure.key.startswith("j-azure-mi300x-")]
    assert len(rows) == 18
    assert {figure.gpu for figure in rows} == {"MI300X"}
    assert {(figure.model, figure.tp) for figure in rows} == {
        ("Llama-3.1-8B", 1),
        ("Llama-3.1-70B", 8),
        ("Llama-3.1-405B", 8),
    }
    assert all(figure.mode == "offline" and figure.requests == 1000 for figure in rows)
    assert {(figure.weight_dtype, figure.kv_dtype) for figure in rows} == {("fp8", "fp8")}
    assert all("output tokens/s" in figure.note for figure in rows)


def test_the_set_has_the_shape_its_docstring_states() -> None:
    assert {figure.gpu for figure in ROWS} == {"H200", "MI300X"}
    assert {figure.tp for figure in ROWS} == {1, 4, 8}
    assert {figure.mode for figure in ROWS} == {"offline"}
    assert len(ROWS) == 23
