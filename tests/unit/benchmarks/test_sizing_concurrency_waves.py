"""A finite fixed-concurrency run of equal-length requests runs in lockstep waves (`validate.predict`).

`vllm bench serve --max-concurrency c` with N prompts of one length starts c at once; they finish
together, and the next c start. Throughput is all output tokens over all waves' time, the last
wave holding N mod c requests.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing.published import FIGURES
from benchmarks.sizing.serving import static_batch_tokens_per_s
from benchmarks.sizing.validate import figure_deployment, figure_efficiency, predict


def _concurrency_figure():
    base = next(f for f in FIGURES if f.mode == "concurrency" and f.metric == "output_tokens_per_s")
    return base.model_copy(
        update={
            "model": "Llama-3.1-8B",
            "gpu": "H100-SXM",
            "tp": 1,
            "weight_dtype": "bf16",
            "kv_dtype": "bf16",
            "input_tokens": 1024,
            "output_tokens": 1024,
            "load": 32.0,
            "requests": 100,
        }
    )


def test_a_finite_concurrency_run_is_three_full_waves_and_a_wave_of_four():
    figure = _concurrency_figure()
    eff = figure_efficiency(figure)
    dep = figure_deployment(figure, eff)

    def wave_s(size: int) -> float:
        return size * 1024 / static_batch_tokens_per_s(dep, eff, size, 1024, 1024)

    expected = 100 * 1024 / (3 * wave_s(32) + wave_s(4))
    predicted, batch = predict(figure, eff)
    assert batch == 32
    assert predicted == pytest.approx(expected)
    # the partial last wave makes the run slower than 32 sequences kept running would be
    steady, _ = predict(figure.model_copy(update={"requests": None}), eff)
    assert predicted < steady


def test_tpot_of_a_finite_run_stays_the_running_batchs():
    figure = _concurrency_figure().model_copy(update={"metric": "tpot_ms"})
    eff = figure_efficiency(figure)
    with_requests, _ = predict(figure, eff)
    without, _ = predict(figure.model_copy(update={"requests": None}), eff)
    assert with_requests == pytest.approx(without)
