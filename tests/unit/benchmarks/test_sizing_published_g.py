"""Held-out G (benchmarks/sizing/published_g*.py): every row held out, sourced, representable.

No prediction is made here: the rows are checked as data only, so that writing this test
cannot leak anything about the model's errors on them. The set is written down before any
prediction of its rows and is not yet part of `FIGURES` (the lead wires it in once).
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from benchmarks.sizing import published_g
from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_g import held_out_g

ROWS = held_out_g()


def _id(figure: PublishedFigure) -> str:
    return figure.key


def _page(url: str) -> str:
    """A source without its anchor and, for a file on GitHub, without the commit: the same
    document at another commit is the same source."""
    parts = url.split("#")[0].split("/")
    if len(parts) > 6 and parts[2] == "github.com" and parts[5] == "blob":
        del parts[6]
    return "/".join(parts)


def test_every_row_is_held_out_with_a_unique_g_key() -> None:
    assert ROWS
    assert {figure.role for figure in ROWS} == {"held-out"}
    keys = [figure.key for figure in ROWS]
    assert all(key.startswith("g-") for key in keys)
    assert len(keys) == len(set(keys))


def test_the_set_is_not_yet_wired_into_the_table() -> None:
    assert not {figure.key for figure in FIGURES} & {figure.key for figure in ROWS}


def test_no_source_shares_a_document_with_the_table() -> None:
    # FIGURES holds held-out A to F and the trtllm-bench rows: every source cited so far.
    earlier = {_page(figure.source) for figure in FIGURES}
    assert not earlier & {_page(figure.source) for figure in ROWS}


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_url_source_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc and url.path not in ("", "/")
    assert figure.where.strip()
    assert figure.note.strip()


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_resolves_in_the_catalogue(figure: PublishedFigure) -> None:
    assert find_model(figure.model).name == figure.model
    assert find_gpu(figure.gpu).name == figure.gpu


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_states_its_conditions(figure: PublishedFigure) -> None:
    assert figure.published > 0
    assert figure.tp >= 1 and figure.input_tokens > 0 and figure.output_tokens > 0
    assert figure.requests is not None and figure.requests > 0
    if figure.mode == "offline":
        assert figure.load is None
    else:
        assert figure.load is not None and figure.load > 0
        if figure.mode == "concurrency":
            assert figure.requests >= figure.load


def test_the_set_has_the_shape_its_docstring_states() -> None:
    # published_g.py's docstring: 52 rows; A100 80 GB, H100 SXM, H200, MI300X; TP 1, 2, 4 and 8;
    # dense and MoE; 40 offline, 8 static, 4 at fixed concurrency.
    assert len(ROWS) == 52
    assert "52 rows" in (published_g.__doc__ or "")
    assert {figure.gpu for figure in ROWS} == {"A100-80GB", "H100-SXM", "H200", "MI300X"}
    assert {figure.tp for figure in ROWS} == {1, 2, 4, 8}
    modes = [figure.mode for figure in ROWS]
    assert (modes.count("offline"), modes.count("static"), modes.count("concurrency")) == (40, 8, 4)
    moe = {figure.model for figure in ROWS if find_model(figure.model).experts > 1}
    assert moe == {"Qwen3-235B-A22B", "Qwen3-30B-A3B", "DeepSeek-R1"}
    assert {figure.model for figure in ROWS} - moe


@pytest.mark.parametrize("figure", [f for f in ROWS if f.mode != "static"], ids=_id)
def test_row_quotes_the_printed_value(figure: PublishedFigure) -> None:
    # published as printed: the value appears verbatim where the row says it is
    assert f"{figure.published}" in figure.where or f"{figure.published:.2f}" in figure.where


@pytest.mark.parametrize("figure", [f for f in ROWS if f.mode == "static"], ids=_id)
def test_static_rows_are_batch_times_output_over_the_printed_latency(figure: PublishedFigure) -> None:
    # the CSV prints the latency of one batch; the output rate is batch x output tokens / latency
    latency = float(figure.where.split(",")[6])
    assert figure.load is not None
    assert figure.published == pytest.approx(figure.load * figure.output_tokens / latency)
    assert figure.requests == figure.load


def test_gpustack_blocks_generate_their_requested_lengths() -> None:
    # a block is kept only if its generated total is within 2 % of prompts x requested output
    # (requests that stop early would make the output length a spread, not a fixed length)
    for config in published_g._CONFIGS:
        for case, prompts, total_in, total_out, _ in config[7]:
            wanted_in, wanted_out = published_g._REQUESTED[case]
            assert prompts * wanted_out * 0.98 <= total_out <= prompts * wanted_out, (config[0], config[1], case)
            assert prompts * wanted_in * 0.99 <= total_in <= prompts * wanted_in, (config[0], config[1], case)


@pytest.mark.parametrize("figure", [f for f in ROWS if f.key.startswith("g-gpustack-")], ids=_id)
def test_gpustack_rows_are_prompts_times_length(figure: PublishedFigure) -> None:
    # the lengths are the printed totals over the successful requests, and those totals are in the note
    assert figure.requests is not None
    assert f"{figure.requests} successful requests" in figure.note
    assert f"{figure.input_tokens} in / {figure.output_tokens} out" in figure.note
