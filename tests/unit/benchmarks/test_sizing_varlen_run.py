"""Offline runs with uniformly varying lengths, step by step (`varlen_run.py`), on hand-computed cases."""

from __future__ import annotations

import statistics

import pytest

from benchmarks.sizing.varlen_run import drain_run_s, shuffled_lengths, uniform_lengths


def _free(prompt: int, output: int) -> float:
    return 0.0


def _no_prefill(lengths: list[int]) -> float:
    return 0.0


def _one_second(batch: int, context: float) -> float:
    return 1.0


def test_uniform_lengths_are_the_draws_quantiles():
    # mean 3 -> nominal 5: 1 + floor((i + 0.5) x 5 / 5) = 1, 2, 3, 4, 5
    assert uniform_lengths(3, 5) == [1, 2, 3, 4, 5]
    # mean 512.5 -> nominal 1024, 4 requests: 1 + floor((i + 0.5) x 256) = 129, 385, 641, 897 (mean 513)
    assert uniform_lengths(512.5, 4) == [129, 385, 641, 897]


def test_shuffled_lengths_keep_the_means_and_are_deterministic():
    prompts, outputs = shuffled_lengths(508.4, 515.0, 3000)
    assert statistics.mean(prompts) == pytest.approx(508.4, abs=1.0)
    assert statistics.mean(outputs) == pytest.approx(515.0, abs=1.0)
    assert sorted(outputs) == uniform_lengths(515.0, 3000)
    assert (prompts, outputs) == shuffled_lengths(508.4, 515.0, 3000)


def test_everything_fits_the_run_lasts_the_longest_output():
    # 1 s per decode step, free prefill: outputs 2, 3, 5 all run at once; the last leaves after 5 - 1 steps
    assert drain_run_s([1, 1, 1], [2, 3, 5], 10, 1e9, _free, _one_second, _no_prefill) == 4.0


def test_one_at_a_time_the_run_is_every_request_in_turn():
    # cap 1: (2 - 1) + (3 - 1) + (5 - 1) = 7 decode steps
    assert drain_run_s([1, 1, 1], [2, 3, 5], 1, 1e9, _free, _one_second, _no_prefill) == 7.0


def test_the_kv_cache_admits_what_it_holds():
    # each request holds prompt + output = 8 of 10 tokens: the second waits for the first (3 + 3 steps)
    def hold(prompt: int, output: int) -> float:
        return prompt + output

    assert drain_run_s([4, 4], [4, 4], 10, 10, hold, _one_second, _no_prefill) == 6.0


def test_decode_steps_see_the_running_requests_mean_context():
    seen: list[tuple[int, float]] = []

    def record(batch: int, context: float) -> float:
        seen.append((batch, context))
        return 0.5

    # prompts 10 and 20, outputs 3 and 2: after the prefill both hold prompt + 1; the second leaves after one step
    assert drain_run_s([10, 20], [3, 2], 4, 1e9, _free, record, lambda lengths: 0.25) == 0.25 + 0.5 + 0.5
    assert seen == [(2, (11 + 21) / 2), (1, 12.0)]


def test_a_figure_stating_uniform_lengths_runs_step_by_step_and_others_in_waves():
    from benchmarks.sizing.published_j_datacrunch import datacrunch_rows
    from benchmarks.sizing.serving import static_batch_tokens_per_s
    from benchmarks.sizing.validate import figure_deployment, figure_efficiency
    from benchmarks.sizing.varlen_run import (
        UNIFORM_LENGTHS_NOTE,
        offline_run_tokens_per_s,
        varlen_offline_tokens_per_s,
    )

    figure = datacrunch_rows()[0]  # 3000 requests, mean 508 / 515 tokens, uniform from 1 to nominal
    assert UNIFORM_LENGTHS_NOTE in figure.note and figure.requests == 3000
    eff = figure_efficiency(figure)
    dep = figure_deployment(figure, eff)
    varying = offline_run_tokens_per_s(dep, eff, figure, 1000, True, 1000)
    assert varying == varlen_offline_tokens_per_s(dep, eff, 3000, 508, 515, 4096, False)
    equal = figure.model_copy(update={"note": "fixed lengths"})
    waves = offline_run_tokens_per_s(dep, eff, equal, 1000, True, 1000)
    assert waves == static_batch_tokens_per_s(dep, eff, 3000, 508, 515, True, 1000)
    # the drain of the longest requests costs throughput against equal lengths at the same means
    assert varying < offline_run_tokens_per_s(dep, eff, equal, 3000, True, None)
