"""Held-out O (benchmarks/sizing/published_o*.py): the shape its docstring states, checked as data only.

No prediction is made here: the shared checks (held out, sourced, representable, independent by value,
wired into FIGURES once, after round 13) live in test_sizing_held_out_sets.py; these pin what is particular to O, so
that an edit to a row that changes the set's stated shape, or breaks a source's arithmetic, fails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.sizing import published_o, published_o_a10serve
from benchmarks.sizing.published import PublishedFigure
from benchmarks.sizing.published_o import held_out_o

ROWS = held_out_o()
A10SERVE = [figure for figure in ROWS if figure.key.startswith("o-a10serve-")]


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_held_out_o_has_the_shape_its_docstring_states() -> None:
    doc = published_o.__doc__ or ""
    assert f"{len(ROWS)} rows;" in doc
    assert len(ROWS) == 19
    assert Counter(figure.gpu for figure in ROWS) == {"A10": 19}
    assert Counter(figure.tp for figure in ROWS) == {1: 19}
    assert Counter(figure.mode for figure in ROWS) == {"concurrency": 19}
    assert {figure.model for figure in ROWS} == {"Llama-3-8B", "Llama-3.1-8B", "Mistral-7B-v0.3"}


def test_a10serve_rows_come_from_the_four_result_files_at_one_commit() -> None:
    assert len(A10SERVE) == 19
    files = Counter(figure.source.rsplit("/results/", 1)[1] for figure in A10SERVE)
    assert files == {
        "sglang/sglang-llama/benchmark_results.json": 5,
        "sglang/sglang-mistral/benchmark_results.json": 5,
        "nim/llama3-nim/benchmark_results.json": 5,
        "nim/mistral-nim/benchmark_results.json": 4,
    }
    assert all(f"/blob/{published_o_a10serve.COMMIT}/" in figure.source for figure in A10SERVE)


@pytest.mark.parametrize("figure", A10SERVE, ids=_id)
def test_a10serve_row_is_one_request_whose_rate_is_tokens_over_its_printed_time(figure: PublishedFigure) -> None:
    assert figure.mode == "concurrency" and figure.load == 1 and figure.requests == 1
    assert figure.input_tokens == published_o_a10serve.INPUT_TOKENS
    match = re.search(r"max_tokens (\d+): \w+ (\d+), latency_s ([\d.]+), \w+ ([\d.]+)$", figure.where)
    assert match is not None
    max_tokens, generated, latency, printed = match.groups()
    # kept only where the request generated exactly max_tokens (no early end of sequence)
    assert int(max_tokens) == int(generated) == figure.output_tokens
    # the printed rate is generated tokens over the printed wall time, within one unit of its last printed
    # digit (the source rounds or truncates; e.g. 32 / 1.114368 s = 28.716, printed 28.71)
    decimals = len(printed.split(".")[1])
    assert abs(int(generated) / float(latency) - float(printed)) <= 10**-decimals + 1e-9
    assert figure.published == float(printed)
