"""A no-op Ray Serve app: the ceiling that Serve itself puts on the router.

One FastAPI ingress deployment with one POST endpoint that answers a fixed,
small OpenAI-shaped chat completion without reading anything. Deployed with the
router ingress's replica options and started exactly as the router starts Ray
(the same proxy-mode environment set before `import ray`), so the difference
between this app and the router is what routing costs beyond Serve.

    python -m benchmarks.route.noop_app --port 8010 --proxy-mode haproxy

Runs until SIGINT or SIGTERM, then shuts Serve and Ray down in the order that
leaves no process behind.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from typing import Any

# Kept in step with benchmarks.route.server_config.PROXY_ENV (and router/app.py); duplicated
# here so that this module imports nothing that could import ray first.
_PROXY_ENV = {
    "haproxy": {"RAY_SERVE_ENABLE_HA_PROXY": "1", "RAY_SERVE_THROUGHPUT_OPTIMIZED": "1"},
    "python": {"RAY_SERVE_ENABLE_HA_PROXY": "0", "RAY_SERVE_THROUGHPUT_OPTIMIZED": "0"},
}
APP_NAME = "route-bench-noop"
# The router's ingress defaults (router/config.py ServerSettings): same reservation, same queue.
INGRESS_NUM_CPUS = 0.5
INGRESS_MAX_ONGOING = 256
ANSWER: dict[str, Any] = {
    "id": "chatcmpl-noop",
    "object": "chat.completion",
    "created": 0,
    "model": "noop",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


def build_app() -> Any:
    """The Serve application (imports Ray: call only after the proxy mode is set)."""
    import orjson
    from fastapi import FastAPI
    from fastapi.responses import Response
    from ray import serve

    api = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    body = orjson.dumps(ANSWER)

    # No parameters on the route: FastAPI needs no annotations resolved, and the
    # request body is left unread, as a no-op should.
    @serve.deployment(
        name="NoopIngress",
        ray_actor_options={"num_cpus": INGRESS_NUM_CPUS},
        max_ongoing_requests=INGRESS_MAX_ONGOING,
    )
    @serve.ingress(api)
    class NoopIngress:
        @api.post("/v1/chat/completions")
        async def chat_completions(self) -> Response:
            return Response(body, media_type="application/json")

    return NoopIngress.bind()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> None:
    """Start Ray and the no-op app on `--port`, then wait for SIGINT or SIGTERM."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.route.noop_app", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--proxy-mode", choices=sorted(_PROXY_ENV), default="haproxy")
    args = parser.parse_args(argv)
    if "ray" in sys.modules:
        raise SystemExit("ray was imported before the proxy mode was set")
    os.environ.update(_PROXY_ENV[args.proxy_mode])
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

    import ray
    from ray import serve

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        serve.start(http_options={"host": args.host, "port": args.port})
        serve.run(build_app(), name=APP_NAME, route_prefix="/")
        print(f"noop app listening on http://{args.host}:{args.port} (proxy mode {args.proxy_mode})", flush=True)
        while not stop.wait(1.0):
            pass
    finally:
        serve.shutdown()  # type: ignore[no-untyped-call]
        ray.shutdown()


if __name__ == "__main__":
    main()
