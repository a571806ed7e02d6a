"""A recording OpenAI-compatible upstream that stands in for the hosted API.

Tests run it in a thread (`UpstreamSim`), benchmarks and other processes as
`sovereign-router upstream-sim` or `python -m benchmarks.upstream_sim`. It
answers `/v1/chat/completions`, `/v1/completions` (streaming and not) and
`/v1/models` with deterministic text, records every request it receives, and
injects faults set in-process or over HTTP:

    POST   /_sim/fault    {"status", "count", "delay_ms", "drop_after_chunks",
                           "end_after_chunks", "hold_after_chunks", "message", "type", "code", "param",
                           "retry_after_s"}
    GET    /_sim/fault    the current fault
    DELETE /_sim/fault    clear it (and release held streams)
    GET    /_sim/stats    {"client_disconnects": n}
    GET    /_sim/records  [{"method", "path", "headers", "body"}, ...]
    DELETE /_sim/records  clear the in-memory record
"""

from __future__ import annotations

from benchmarks.upstream_sim.app import DEFAULT_MODELS, SimApp
from benchmarks.upstream_sim.cli import upstream_sim_command
from benchmarks.upstream_sim.faults import Fault
from benchmarks.upstream_sim.responses import DEFAULT_MAX_TOKENS, generated_text
from benchmarks.upstream_sim.server import UpstreamSim

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "DEFAULT_MODELS",
    "Fault",
    "SimApp",
    "UpstreamSim",
    "generated_text",
    "upstream_sim_command",
]
