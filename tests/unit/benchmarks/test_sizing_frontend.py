"""The API server's per-request time (frontend.py), checked by hand."""

from __future__ import annotations

import pytest

from benchmarks.sizing.frontend import (
    VLLM_API_SERVER_REQUEST_S,
    frontend_request_s,
    served_requests_per_s,
    with_frontend,
)


def test_value_is_vllm_pr_17546s_one_api_server_rate():
    # "DP=2 before": 10000 successful requests in 130.74 s -> 76.49 req/s -> 13.074 ms each
    assert 10_000 / 130.74 == pytest.approx(76.49, abs=0.01)
    assert VLLM_API_SERVER_REQUEST_S == pytest.approx(0.013074, abs=1e-6)


@pytest.mark.parametrize(
    ("engine", "charged"),
    [
        ("vLLM v0.11.0, 'vllm serve Qwen/Qwen3-14B'", True),
        ("vLLM v0.8.0, 'vllm serve x'", True),
        ("vLLM v0.7.3, 'vllm serve x'", False),  # V0 engine: not what the source measured
        ("vLLM v0.11.0 benchmark_throughput.py (offline LLM class)", False),  # no HTTP server
        ("SGLang v0.5.5.post1, 'python3 -m sglang.launch_server'", False),  # no source for SGLang
        ("TensorRT-LLM v1.2.0rc1 trtllm-serve (PyTorch backend)", False),
    ],
)
def test_charged_only_where_the_source_applies(engine, charged):
    assert (frontend_request_s(engine) > 0) is charged


def test_run_time_adds_requests_times_the_cost():
    # 1000 requests x 4 tokens at an engine rate of 400 tok/s: 10 s of engine time;
    # + 1000 x 13.074 ms = 13.074 s -> 4000 / 23.074 = 173.36 tok/s
    assert with_frontend(400.0, 1000, 4, VLLM_API_SERVER_REQUEST_S) == pytest.approx(4000 / 23.074, rel=1e-4)
    # 500 requests x 100 tokens at 300 tok/s: 166.67 s + 6.537 s -> 50000 / 173.20 = 288.68 tok/s
    assert with_frontend(300.0, 500, 100, VLLM_API_SERVER_REQUEST_S) == pytest.approx(288.68, rel=1e-4)
    assert with_frontend(300.0, 500, 100, 0.0) == 300.0


def test_replica_rate_adds_the_cost_per_request():
    # an engine completing 2 req/s (500 ms each) behind the API server: 1 / 0.513074 = 1.9490 req/s
    assert served_requests_per_s(2.0) == pytest.approx(1.94903, rel=1e-4)
    # a fast engine (1000 req/s, 1 ms each) is capped near the server's own 76.5 req/s: 1 / 14.074 ms
    assert served_requests_per_s(1000.0) == pytest.approx(71.05, abs=0.01)
