"""`sovereign-router upstream-sim`: the simulator in the foreground until Ctrl-C.

A plain function with typer annotations; the router's CLI registers it with
`app.command("upstream-sim")(upstream_sim_command)` and imports it only inside
that command, so `serve` never loads benchmark code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from benchmarks.upstream_sim.app import SimApp
from benchmarks.upstream_sim.server import base_url_for, server_config


def upstream_sim_command(
    host: Annotated[
        str, typer.Option(help="Interface to listen on; loopback unless you mean to expose it.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8100,
    latency_ms: Annotated[
        float, typer.Option(min=0, help="Delay before the first byte of every answer, in milliseconds.")
    ] = 0.0,
    tokens_per_s: Annotated[
        float, typer.Option(min=0, help="Streaming rate in tokens per second; 0 streams as fast as possible.")
    ] = 0.0,
    record: Annotated[
        Path | None,
        typer.Option(help="Append every request received to this JSONL file (also kept in memory)."),
    ] = None,
) -> None:
    """Run the recording OpenAI-compatible upstream used by tests and benchmarks.

    Ctrl-C (SIGINT) or SIGTERM stops it gracefully; like uvicorn, it then exits
    with the signal's conventional status (130 for Ctrl-C).

    Faults are driven over HTTP: POST/DELETE /_sim/fault (JSON) for the next `count`
    requests, or per request by the header x-upstream-sim-fault holding the same JSON.
    Fields: status (400-599; message, type, code, param, retry_after_s), count, delay_ms,
    drop_after_chunks, end_after_chunks, hold_after_chunks, stream_omit
    (done|finish_reason|usage), malformed_sse, wrong_content_type, empty_answer,
    service_tier, echo. Records: GET/DELETE /_sim/records.
    """
    app = SimApp(latency_ms=latency_ms, tokens_per_s=tokens_per_s, record_path=record)
    typer.echo(f"upstream-sim: OpenAI base URL {base_url_for(host, port)}", err=True)
    try:
        uvicorn.Server(
            server_config(app, host=host, port=port, log_level="info", configure_logging=True)
        ).run()
    finally:
        app.recorder.close()
