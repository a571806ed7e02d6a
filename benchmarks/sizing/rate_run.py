"""A finite run at a fixed request rate, step by step: what a benchmark client measures when it sends N prompts.

`serving.rate_point` gives the steady state of an endless stream at r requests/s: the batch from
Little's law at the fixed point of ITL(batch). Two things it cannot describe:

* a rate the replica cannot keep up with (r * O output tokens/s above what it decodes at any batch it
  can hold): there is no steady state; running requests pile up, each step grows with the batch, and
  the time per output token keeps rising until the client stops sending;
* the run's output token throughput, which `sglang.bench_serving` / vLLM's `benchmark_serving.py`
  print as all output tokens over the run's duration (first request sent to last response
  received): the offered load while the replica keeps up, its capacity at the batch reached when it
  does not, less the ramp-up and drain either way.

So a figure whose source states the prompt count N (`PublishedFigure.requests`) of equal lengths I / O
is predicted by running the engine's steps in order:

    arrivals          request i arrives at i / r (the client's Poisson process, at its mean)
    admission         at the start of a step every arrived request is admitted while the running
                      batch is below the engine's cap (batch limit, and the sequences whose paged KV
                      fits at I + O / 2 or I + O, as for a fixed concurrency: `serving.running_batch`);
                      the rest wait
    one step          B running sequences decode one token each while the a requests admitted at this
                      step are prefilled (a * I tokens in the same step, chunked above the token
                      budget: `serving.mean_step_s` with `a` arrivals); an engine that does not mix
                      prefill into decode steps (SGLang without --enable-mixed-chunk,
                      `efficiency.mixes_prefill`) runs the a * I tokens first as passes of their own,
                      up to the token budget each, and then the decode step of the B
    a request         admitted at step s has its first token at the end of step s and its last at the
                      end of step s + O - 1 (it decodes in the O - 1 steps after its prefill); equal
                      lengths finish in the order they were admitted
    TPOT of a request = (end of step s + O - 1 - end of step s) / (O - 1), as the clients compute it
                      (latency - TTFT over output tokens - 1); the prediction is the median over
                      requests, as the sources print it
    throughput        = N * O / (end of the last step), time counted from the first request

Each step is one call of the steady-state step formula (`serving.mean_step_s`), so a finite run costs
as many calls as it has steps (about 1500 for 2400 requests at 8/s).
"""

from __future__ import annotations

import statistics
from collections import deque

from benchmarks.sizing.model import Deployment, Efficiency, step_time
from benchmarks.sizing.serving import mean_step_s


class RateRun:
    """The outcome of one finite fixed-rate run: per-request TPOT and the run's duration."""

    def __init__(self, tpots_s: list[float], duration_s: float, requests: int, output: int, peak_batch: int) -> None:
        self.tpots_s = tpots_s
        self.duration_s = duration_s
        self.requests = requests
        self.output = output
        self.peak_batch = peak_batch

    @property
    def median_tpot_s(self) -> float:
        """Median over requests of each request's time per output token after the first."""
        return statistics.median(self.tpots_s)

    @property
    def output_tokens_per_s(self) -> float:
        """All output tokens over the run's duration, as benchmark clients print it."""
        return self.requests * self.output / self.duration_s


def finite_rate_run(
    dep: Deployment,
    eff: Efficiency,
    rps: float,
    requests: int,
    prompt: int,
    output: int,
    max_running: int,
) -> RateRun:
    """Run `requests` prompts of `prompt` tokens arriving at `rps` per second, `output` tokens each.

    `max_running`: the most sequences the engine runs at once (its batch cap, or the sequences
    whose KV cache fits); later arrivals wait. See the module docstring for the rules.
    """
    if requests < 1 or output < 2 or rps <= 0 or max_running < 1:
        raise ValueError(
            f"a finite rate run needs requests >= 1, output >= 2, rps > 0 and max_running >= 1, got "
            f"{requests}, {output}, {rps}, {max_running}"
        )
    step_end: list[float] = []  # end time of each step
    cohorts: deque[tuple[int, int]] = deque()  # (step admitted, requests) of running requests
    tpots: list[float] = []
    admitted = 0
    running = 0
    peak = 0
    now = 0.0
    while admitted < requests or cohorts:
        arrived = min(requests, int(now * rps + 1e-9) + 1)
        if not cohorts and arrived <= admitted:
            now = admitted / rps  # idle until the next request arrives
            continue
        new = max(0, min(arrived - admitted, max_running - running))
        step = len(step_end)
        decoding = running  # the sequences that were running before this step's admissions
        if new:
            cohorts.append((step, new))
            admitted += new
            running += new
        peak = max(peak, running)
        now += _step_s(dep, eff, decoding, new, prompt, output)
        step_end.append(now)
        # a cohort admitted at step s ends with step s + output - 1
        while cohorts and cohorts[0][0] + output - 1 <= step:
            first, count = cohorts.popleft()
            tpots.extend([(step_end[first + output - 1] - step_end[first]) / (output - 1)] * count)
            running -= count
    return RateRun(tpots, now, requests, output, peak)


def _step_s(dep: Deployment, eff: Efficiency, decoding: int, new: int, prompt: int, output: int) -> float:
    """One step: `decoding` sequences decode while the `new` requests admitted now are prefilled.

    An engine that mixes prefill into decode steps: the steady-state step with `new` arrivals. One that
    does not (`Efficiency.mixed_prefill` False, SGLang's default): the decode step, and before it the
    admitted prompts as prefill passes of their own, up to the token budget each, while decoding waits.
    """
    if eff.mixed_prefill or not new:
        return mean_step_s(dep, eff, float(decoding), prompt, output, float(new)) if (decoding or new) else 0.0
    context = prompt + output / 2
    tokens = new * prompt
    budget = eff.prefill_chunk_tokens
    passes = [budget] * (tokens // budget) + ([tokens % budget] if tokens % budget else [])
    prefill_s = sum(step_time(dep, eff, 0, context, chunk, prompt).total_s for chunk in passes)
    return prefill_s + (step_time(dep, eff, decoding, context).total_s if decoding else 0.0)


__all__ = ["RateRun", "finite_rate_run"]
