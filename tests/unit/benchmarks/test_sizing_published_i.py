"""Held-out I (benchmarks/sizing/published_i*.py): what its sources print, checked row by row.

No prediction is made here: the rows are checked as data only, so that writing this test cannot
leak anything about the model's errors on them. The set was written down before any prediction of
its rows and wired into `FIGURES` once, after round 7's last validation run (published_i.py). The
checks every held-out set shares (held out, sourced, representable, independent) are in
test_sizing_held_out_sets.py.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing.catalogue import find_model
from benchmarks.sizing.published_i import held_out_i

ROWS = held_out_i()


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
