"""What telemetry costs per request, in-process: `python -m router.telemetry.cost`.

The ingress replica's part of a request, with the pipeline itself doing nothing (a
classifier that returns at once, an answer built in place), audited by the real
`Auditor` (no-op writer, as the writer runs in its own process), measured side by side
in one run:

1. audit only (no listener, tracing off): the floor the other rows are compared to;
2. + the per-request metrics (`observe_record`) with the request log line filtered out;
3. + the request log line, formatted by Ray's JSON formatter into a real file, as in a
   replica;
4. + tracing on: the gateway's spans (request, classify, policy, backend.local, audit)
   exported by the real OTLP/HTTP exporter in batches to a sink on loopback, for one
   request in ten and for every request.

Wall time and CPU time (`time.process_time`, which includes the exporter's thread) per
request, best of three runs, one request in flight. Speed is measured here, never
asserted in tests.
"""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from classifiers.types import Finding
from router.cost_harness import TEXT, Answer, Headers, auditor_without_writer, fixed_classifier, stopwatch
from router.telemetry import tracing
from router.telemetry.requests import observe_record
from router.telemetry.settings import ObservabilitySettings

_HEADERS = {"x-sovereign-route": "local", "x-sovereign-sensitivity": "personal", "x-sovereign-model": "local-demo-tiny"}
_N = 5_000
_classify = fixed_classifier(Finding("UK_PHONE", 0, 1, 0.9, "phone"))


class _Sink(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


async def _run(data_dir: Path, *, listener: bool) -> tuple[float, float]:
    auditor = auditor_without_writer(data_dir, "default")
    if listener:
        auditor.listen(observe_record)
    classify = auditor.observe(_classify)

    async def pipeline() -> Answer:
        with tracing.span("classify"):
            await classify(TEXT, None)
        policy = tracing.start_span("policy")
        tracing.end_span(policy)
        with tracing.span("backend.local", {"sovereign.model": "local-demo-tiny"}):
            body = {"usage": {"prompt_tokens": 30, "completion_tokens": 12}}
        return Answer(headers=dict(_HEADERS), body=body)

    async def one(i: int) -> None:
        headers = Headers({"x-request-id": [f"cost-{i}"]})
        with tracing.request_span("chat.completions", headers) as span:
            answer = await auditor.audited("chat.completions", b"{}", headers, pipeline)
            tracing.annotate(span, answer.headers, 200)

    for i in range(50):
        await one(i)
    with stopwatch() as elapsed:
        for i in range(_N):
            await one(i)
        if tracing.enabled():
            tracing.shutdown()  # the export of the last batch counts too
    await auditor.close()
    return elapsed.per_request_us(_N)


def _log_to_file(path: Path) -> None:
    from ray._common.formatters import JSONFormatter  # the formatter Serve uses for JSON replica logs

    handler = logging.FileHandler(path)
    handler.setFormatter(JSONFormatter())
    logger = logging.getLogger("router")
    logger.handlers, logger.propagate = [handler], False
    logger.setLevel(logging.INFO)


async def _main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}/v1/traces"
    rows: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        _log_to_file(Path(tmp) / "replica.log")
        for name, listener, log_level, ratio in (
            ("audit only (tracing off)", False, logging.INFO, None),
            ("+ metrics (log_level WARNING: no request line)", True, logging.WARNING, None),
            ("+ metrics and request log line", True, logging.INFO, None),
            ("+ tracing on, trace_sample_ratio 0.1", True, logging.INFO, 0.1),
            ("+ tracing on, every request (5 spans, OTLP/HTTP export)", True, logging.INFO, 1.0),
        ):
            logging.getLogger("router").setLevel(log_level)
            runs = []
            for _ in range(3):
                if ratio is not None:
                    tracing.configure(
                        ObservabilitySettings(
                            otlp_endpoint=endpoint, trace_batch_delay_ms=200, trace_sample_ratio=ratio
                        )
                    )
                with tempfile.TemporaryDirectory() as data:
                    runs.append(await _run(Path(data), listener=listener))
            rows[name] = min(runs)
    server.shutdown()
    base = next(iter(rows.values()))
    print(f"load average {os.getloadavg()[0]:.2f} (1 min) at the end; {_N} requests per run, best of 3, concurrency 1")
    print()
    print("| ingress, per request | wall µs | CPU µs | CPU vs audit only |")
    print("|---|---|---|---|")
    for name, (wall, cpu) in rows.items():
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {cpu / base[1]:.2f}× |")


if __name__ == "__main__":
    asyncio.run(_main())
