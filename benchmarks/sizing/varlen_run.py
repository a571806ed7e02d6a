"""An offline run of prompts whose lengths vary uniformly, step by step: the drain a mean length hides.

Why: a finite offline run of N prompts is predicted elsewhere as waves of equal-length requests at the
mean lengths (`serving.static_batch_tokens_per_s`). When the client draws every request's input and
output lengths uniformly from [1, nominal] (SGLang's `bench_serving --dataset-name random` with
`random_range_ratio` 0, whose help reads "Range of sampled ratio of input/output length", the draw being
`randint(max(int(len * ratio), 1), len)`), the engine keeps a full batch only while prompts queue; after
the last admission it drains: the longest outputs (up to twice the mean) finish alone, at small batches
whose steps are nearly as long as full ones when decoding is bandwidth-bound. Equal lengths finish
together and have no such tail. Motivated by held-out J's DataCrunch SGLang rows (Llama-3.3-70B on
4 x H200, `random_range_ratio` 0.0, stated as mean lengths; +20..+53 % over-predicted as equal lengths).

The lengths: request i of N gets 1 + floor((i + 1/2) n / N) for n = 2 mean - 1 (the nominal length whose
uniform draw has that mean), so the N lengths are the draw's quantiles; inputs and outputs are shuffled
apart with a fixed seed (they are drawn independently), so the prediction is deterministic.

The run (all prompts queued at time 0, admitted in order):
    admission   at the start of a step, queued prompts are admitted while the running requests stay
                within the engine's cap and their held KV tokens (prompt + output / 2, or + output for an
                engine that reserves the whole sequence, as `serving.offline_batch`) within the cache
    one step    the admitted prompts are prefilled (as passes of their own, up to the token budget each,
                where the engine does not mix prefill into decode steps, `efficiency.mixes_prefill`; in
                the decode step otherwise), which gives each its first token; the requests that were
                already running decode one token each at their mean context
    a request   of output O leaves after its first token and O - 1 decode steps, freeing its KV
    throughput  = all output tokens / the end of the last step
"""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.sizing.model import Deployment, Efficiency, replica_kv_bytes_per_token, step_time, usable_kv_bytes
from benchmarks.sizing.serving import static_batch_tokens_per_s

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

# Decode step seconds for (running requests, their mean context); prefill seconds for the admitted prompts.
DecodeS = Callable[[int, float], float]
PrefillS = Callable[[list[int]], float]
_SEED = 0
# How a figure states that its client drew each request's lengths uniformly from 1 to the nominal length.
UNIFORM_LENGTHS_NOTE = "lengths vary uniformly in [1, nominal]"


def uniform_lengths(mean: float, count: int) -> list[int]:
    """`count` lengths at the quantiles of a uniform draw from [1, 2 mean - 1] (mean `mean`)."""
    nominal = max(1, round(2 * mean - 1))
    return [min(nominal, 1 + int((i + 0.5) * nominal / count)) for i in range(count)]


def shuffled_lengths(mean_prompt: float, mean_output: float, count: int) -> tuple[list[int], list[int]]:
    """Prompt and output lengths of `count` requests, each drawn independently (a fixed-seed shuffle)."""
    rng = random.Random(_SEED)
    prompts, outputs = uniform_lengths(mean_prompt, count), uniform_lengths(mean_output, count)
    rng.shuffle(prompts)
    rng.shuffle(outputs)
    return prompts, outputs


def drain_run_s(
    prompts: list[int],
    outputs: list[int],
    max_running: int,
    kv_tokens: float,
    hold: Callable[[int, int], float],
    decode_s: DecodeS,
    prefill_s: PrefillS,
) -> float:
    """Seconds to serve every request offline under the module's rules (queue, admission, steps, drain).

    `hold(prompt, output)`: KV tokens a running request is charged for admission; `kv_tokens`: the cache.
    A request is admitted into an empty engine whatever it holds, so the run always progresses.
    """
    if len(prompts) != len(outputs) or not prompts or max_running < 1:
        raise ValueError("a run needs as many outputs as prompts, at least one request and max_running >= 1")
    queue = deque(range(len(prompts)))
    # running requests: (decode steps run when it leaves, request, decode steps run when it joined)
    finish: list[tuple[int, int, int]] = []
    held = 0.0
    base = 0  # sum over running requests of (prompt + 1 - decode steps run when it joined)
    decoded = 0  # decode steps run so far; a running request's context = prompt + 1 + decoded - joined
    now = 0.0
    while queue or finish:
        admitted: list[int] = []
        while queue and len(finish) + len(admitted) < max_running:
            need = hold(prompts[queue[0]], outputs[queue[0]])
            if held + need > kv_tokens and (finish or admitted):
                break
            held += need
            admitted.append(queue.popleft())
        if admitted:
            now += prefill_s([prompts[r] for r in admitted])
        if finish:
            now += decode_s(len(finish), base / len(finish) + decoded)
            decoded += 1
        while finish and finish[0][0] <= decoded:
            _, request, joined = heapq.heappop(finish)
            held -= hold(prompts[request], outputs[request])
            base -= prompts[request] + 1 - joined
        for request in admitted:
            if outputs[request] <= 1:  # its only token came from the prefill
                held -= hold(prompts[request], outputs[request])
                continue
            heapq.heappush(finish, (decoded + outputs[request] - 1, request, decoded))
            base += prompts[request] + 1 - decoded
    return now


def varlen_offline_tokens_per_s(
    dep: Deployment,
    eff: Efficiency,
    requests: int,
    mean_prompt: float,
    mean_output: float,
    max_batch: int,
    reserve_full_sequence: bool,
) -> float:
    """Output tokens/s of an offline run of `requests` prompts with uniformly varying lengths (module docstring)."""
    prompts, outputs = shuffled_lengths(mean_prompt, mean_output, requests)
    kv_tokens = usable_kv_bytes(dep, eff) / replica_kv_bytes_per_token(dep)

    def hold(prompt: int, output: int) -> float:
        return prompt + (output if reserve_full_sequence else output / 2)

    def decode_s(batch: int, context: float) -> float:
        return step_time(dep, eff, batch, context).total_s

    def prefill_s(lengths: list[int]) -> float:
        tokens = sum(lengths)
        mean = tokens / len(lengths)
        budget = eff.prefill_chunk_tokens
        passes = [budget] * int(tokens // budget) + ([tokens % budget] if tokens % budget else [])
        return sum(step_time(dep, eff, 0, mean, chunk, mean).total_s for chunk in passes)

    seconds = drain_run_s(prompts, outputs, max_batch, kv_tokens, hold, decode_s, prefill_s)
    return sum(outputs) / seconds


def offline_run_tokens_per_s(
    dep: Deployment, eff: Efficiency, figure: PublishedFigure, batch: float, waves: bool, cap: int | None
) -> float:
    """Output tokens/s of `figure`'s finite offline run: step by step with uniformly varying lengths where
    the figure states them (`UNIFORM_LENGTHS_NOTE`), else as static waves of equal lengths (`serving.py`)."""
    assert figure.requests is not None
    if UNIFORM_LENGTHS_NOTE not in figure.note:
        return static_batch_tokens_per_s(
            dep, eff, figure.requests, figure.input_tokens, figure.output_tokens, waves, cap
        )
    return varlen_offline_tokens_per_s(
        dep,
        eff,
        figure.requests,
        figure.input_tokens,
        figure.output_tokens,
        figure.engine.max_batch,
        figure.engine.reserve_full_sequence,
    )
