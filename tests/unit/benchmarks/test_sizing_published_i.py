"""Held-out I (benchmarks/sizing/published_i*.py): every row held out, sourced, representable.

No prediction is made here: the rows are checked as data only, so that writing this test cannot
leak anything about the model's errors on them. The set was written down before any prediction of
its rows and wired into `FIGURES` once, after round 7's last validation run (published_i.py).
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
from benchmarks.sizing.trtllm_bench import __doc__ as TRTLLM_BENCH_DOC

ROWS = held_out_i()


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
    rows = [figure for figure in FIGURES if not figure.key.startswith("i-")]
    for held_out in (held_out_b, held_out_c, held_out_d, held_out_e, held_out_f, held_out_g, held_out_h):
        rows.extend(held_out())
    return rows


def test_every_row_is_held_out_with_a_unique_i_key() -> None:
    assert ROWS
    assert {figure.role for figure in ROWS} == {"held-out"}
    keys = [figure.key for figure in ROWS]
    assert all(key.startswith("i-") for key in keys)
    assert len(keys) == len(set(keys))
    assert not set(keys) & {figure.key for figure in _earlier_rows()}


def test_the_set_is_in_the_validation_table_once() -> None:
    wired = [figure.key for figure in FIGURES if figure.key.startswith("i-")]
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


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_quotes_the_printed_value(figure: PublishedFigure) -> None:
    # published as printed: the value appears where the row says it is, at the printed precision
    quoted = [token.strip("'|:,()") for token in figure.where.split()]
    assert any(token and _same(token, figure.published) for token in quoted)


def _same(token: str, value: float) -> bool:
    try:
        return float(token) == value
    except ValueError:
        return False


def test_trt_tuning_throughput_is_output_tokens_over_latency() -> None:
    # The case study's example output: 1000 requests x 2048 output tokens in 1291504.1051 ms prints
    # 'Token Throughput (tokens/sec): 1585.7480', so the metric is output tokens per second.
    assert 1000 * 2048 / 1291.5041051 == pytest.approx(1585.7480, abs=5e-4)
    offline = [figure for figure in ROWS if figure.key.startswith("i-trttune-") and figure.mode == "offline"]
    assert all(figure.metric == "output_tokens_per_s" and figure.requests == 1000 for figure in offline)


def test_rate_rows_ran_fixed_lengths_at_the_printed_rate() -> None:
    rate = [figure for figure in ROWS if figure.mode == "rate"]
    skypilot = [figure for figure in rate if figure.key.startswith("i-skypilot-")]
    a100 = [figure for figure in rate if figure.key.startswith("i-a100blog-")]
    assert skypilot and a100 and len(skypilot) + len(a100) == len(rate)
    assert all(figure.load == 10.0 and figure.requests in {50, 200} for figure in skypilot)
    assert all("--random-range-ratio 1" in figure.note for figure in skypilot)
    # the A100 ladder: load is the configured rate, 128 requests, and the achieved rate x 256 output
    # tokens gives the printed throughput to rounding (fixed output length)
    assert {figure.load for figure in a100} == {0.6, 0.5, 1.3}
    assert all(figure.requests == 128 and figure.output_tokens == 256 for figure in a100)
    for figure in a100:
        actual = float(figure.where.split("actual req/s ")[1].split(")")[0])
        assert figure.load is not None and actual < figure.load
        assert actual * 256 == pytest.approx(figure.published, abs=0.2)


def test_a100_closed_loop_rows_have_fixed_lengths() -> None:
    # The TP report's request throughput x output length reproduces its output tok/s to rounding.
    for req_s, osl, tok_s in ((2.43, 256, 623.18), (9.45, 128, 1209.63), (3.43, 512, 1757.34)):
        assert req_s * osl == pytest.approx(tok_s, abs=0.005 * osl)
    rows = [figure for figure in ROWS if figure.key.startswith("i-a100blog-") and figure.mode == "concurrency"]
    assert len(rows) == 36 + 6 + 2
    assert {figure.gpu for figure in rows} == {"A100-PCIe-80GB"}
    assert {figure.tp for figure in rows} == {1, 2}
    assert {(figure.input_tokens, figure.output_tokens) for figure in rows} >= {(512, 256), (2048, 512), (2048, 128)}


def test_the_set_has_the_shape_its_docstring_states() -> None:
    gpus = {figure.gpu for figure in ROWS}
    assert {"H100-SXM", "H200", "A100-PCIe-80GB"} <= gpus
    assert {1, 2, 4, 8} <= {figure.tp for figure in ROWS}
    assert len([figure for figure in ROWS if figure.mode == "concurrency" and figure.load and figure.load > 1]) >= 12
    assert {find_model(figure.model).experts > 1 for figure in ROWS} == {True, False}
    modes = {figure.mode for figure in ROWS}
    assert {"offline", "concurrency", "rate"} <= modes
