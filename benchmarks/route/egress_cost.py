"""In-process CPU cost of building and checking a request body from the egress schema.

`python -m benchmarks.route.egress_cost` times, per request, the steps the router runs
on every body before classifying it: validate against the egress schema and build the
outgoing body (`hosted.build_outgoing`), collect the text the classifier reads
(`classifiers.request_text` with the schema's keys), and add our fields for the hosted
call (`hosted.with_our_fields`). CPU time (`time.process_time`), so other work on a
shared machine inflates it less than wall time. The classifier itself is not included.

The router is not imported (benchmarks reach it only over HTTP); this measures the
three packages it composes, called the way it calls them.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from benchmarks.route.cpu_timing import mean_cpu_us
from classifiers import request_text
from hosted import SCHEMA_KEYS, build_outgoing, with_our_fields

REPEATS = 20_000


def request_of_size(size: int) -> dict[str, Any]:
    """A chat body of about `size` bytes: a system prompt, two turns and a tool."""
    filler = "The council publishes its bin collection calendar each spring. "
    body: dict[str, Any] = {
        "model": "auto",
        "max_tokens": 64,
        "temperature": 0.2,
        "messages": [
            {"role": "system", "content": "You answer questions about local services."},
            {"role": "user", "content": "When are bins collected?"},
            {"role": "assistant", "content": "It depends on your street."},
            {"role": "user", "content": ""},
        ],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "lookup_street",
                    "description": "Find a street.",
                    "parameters": {"type": "object", "properties": {"street": {"type": "string"}}},
                },
            }
        ],
    }
    while len(orjson.dumps(body)) < size:
        body["messages"][-1]["content"] += filler
    return body


def _one(raw: bytes) -> None:
    outgoing = build_outgoing("chat.completions", orjson.loads(raw))
    readable = outgoing.readable_body()
    request_text({k: v for k, v in readable.items() if k != "model"}, schema_keys=SCHEMA_KEYS)
    orjson.dumps(with_our_fields(outgoing.body, service_tier="priority", stream=False))


def _parse_only(raw: bytes) -> None:
    orjson.loads(raw)


def main() -> None:
    results = {}
    for size in (1024, 8192):
        raw = orjson.dumps(request_of_size(size))
        total, parse = mean_cpu_us(_one, raw, repeats=REPEATS), mean_cpu_us(_parse_only, raw, repeats=REPEATS)
        results[f"{size // 1024} KB"] = {
            "bytes": len(raw),
            "parse_json_us": round(parse, 1),
            "schema_build_text_send_us": round(total - parse, 1),
        }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
