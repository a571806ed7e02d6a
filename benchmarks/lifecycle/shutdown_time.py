"""SIGTERM to exit of a real `sovereign-router serve`: `python -m benchmarks.lifecycle.shutdown_time`.

Side by side in one run, one cycle each: start `serve` (tiny local model, hosted off),
wait until ready, answer one request, send SIGTERM, time until the process has exited.
Variants: HAProxy mode with the router's 2 s direct-ingress deregistration wait, HAProxy
mode with Ray's default 30 s (`RAY_SERVE_DIRECT_INGRESS_MIN_DRAINING_PERIOD_S=30`: what a
stop cost before), and Serve's Python proxy. Writes Markdown and JSON to --out.
The router is reached only as a process and over HTTP (benchmarks never import it).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.ports import free_port

CLI = str(Path(sys.executable).parent / "sovereign-router")
VARIANTS = {
    "haproxy (router: 2 s deregistration wait)": {"SOVEREIGN_ROUTER_SERVER__PROXY_MODE": "haproxy"},
    "haproxy (Ray default: 30 s)": {"SOVEREIGN_ROUTER_SERVER__PROXY_MODE": "haproxy",
                                     "RAY_SERVE_DIRECT_INGRESS_MIN_DRAINING_PERIOD_S": "30"},
    "python proxy": {"SOVEREIGN_ROUTER_SERVER__PROXY_MODE": "python"},
}




def _cycle(extra: dict[str, str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data_dir:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("RAY_ADDRESS", "SOVEREIGN_ROUTER_"))}
        env.update({
            "SOVEREIGN_ROUTER_DATA_DIR": data_dir,
            "SOVEREIGN_ROUTER_LOCAL__MODEL_ID": "local-demo-tiny",
            "SOVEREIGN_ROUTER_ACCESS__ENABLED": "false",
            "SOVEREIGN_ROUTER_SERVER__HAPROXY_STATS_PORT": str(free_port()),
            "SOVEREIGN_ROUTER_SERVER__HAPROXY_METRICS_PORT": str(free_port()),
            **extra,
        })
        log = Path(data_dir) / "serve.log"
        begin = time.monotonic()
        with log.open("wb") as sink:
            proc = subprocess.Popen([CLI, "serve", "--port", str(port)], stdout=sink, stderr=subprocess.STDOUT,
                                    env=env, start_new_session=True)
        try:
            while b"listening on" not in log.read_bytes():
                if proc.poll() is not None or time.monotonic() - begin > 600:
                    raise RuntimeError(f"serve did not start: {log.read_text()[-2000:]}")
                time.sleep(0.2)
            ready = time.monotonic() - begin
            body = {"model": "auto", "max_tokens": 2, "messages": [{"role": "user", "content": "Hi"}]}
            response = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body, timeout=60)
            response.raise_for_status()
            term = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=300)
            stop = time.monotonic() - term
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        return {"start_s": round(ready, 1), "sigterm_to_exit_s": round(stop, 1), "exit_code": proc.returncode,
                "load_average_1m": round(os.getloadavg()[0], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/lifecycle"))
    args = parser.parse_args()
    results = {name: _cycle(extra) for name, extra in VARIANTS.items()}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "shutdown_time.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = ["# SIGTERM to exit of `sovereign-router serve`", "",
             "`python -m benchmarks.lifecycle.shutdown_time`: one cycle per variant, in one run, on 2 shared cores "
             "(other agents at work); tiny local model, hosted off, one request answered before SIGTERM. "
             "Start time includes building the demo model in a fresh data directory.", "",
             "| variant | start s | SIGTERM to exit s | exit code | load average (1 min) |", "|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['start_s']} | {r['sigterm_to_exit_s']} | {r['exit_code']} "
                     f"| {r['load_average_1m']} |")
    (args.out / "shutdown_time.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
