"""What retention, rollout and labels cost per request, in-process: `python -m router.audit.retention_cost`.

Retention seals each answered request's text in the ingress replica (AES-256-GCM), on the
request's path. Measured side by side in one run, as `router.audit.cost` does for the
audit itself: `Auditor.audited` around a pipeline that does nothing else, for a
department without retention and one with it, with a ~1.5 KB request body and a ~1 KB
answer, 1 and 64 requests in flight; the writer is a no-op (it runs in its own process).
Also the per-request cost of choosing a rollout arm and of labelling a JSON answer.

Wall time per request (best of five interleaved runs) and CPU time (`time.process_time`).
Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import os
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson

from router.audit.cost import HEADERS, classify_personal
from router.audit.retention import Retainer, Sealer, new_key
from router.cost_harness import Answer, Headers, auditor_without_writer, per_request_in_flight, stopwatch
from router.labels import AiLabelSettings, label_body
from router.rollout import Rollouts, RolloutSettings

_N = 10_000
_PROMPT = "Please summarise the housing benefit case of Mrs Okafor, tel 07700 900123, for the review. " * 16
_RAW = orjson.dumps({"model": "auto", "messages": [{"role": "user", "content": _PROMPT}], "max_tokens": 256})
_BODY = {
    "id": "c",
    "object": "chat.completion",
    "model": "m",
    "usage": {"prompt_tokens": 300, "completion_tokens": 250},
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "The case concerns ... " * 45},
            "finish_reason": "stop",
        }
    ],
}


async def _audited(concurrency: int, retain: bool, data_dir: Path) -> tuple[float, float]:
    policy = SimpleNamespace(retention="encrypted" if retain else "off")
    retainer = Retainer(lambda _: policy, Sealer(base64.urlsafe_b64decode(new_key()))) if retain else None
    auditor = auditor_without_writer(data_dir, "DWP", retainer=retainer)
    classify = auditor.observe(classify_personal)
    headers = Headers()

    async def pipeline() -> Answer:
        await classify(_PROMPT, None)
        return Answer(headers=dict(HEADERS), body=dict(_BODY))

    async def request() -> Answer:
        return await auditor.audited("chat.completions", _RAW, headers, pipeline)

    result = await per_request_in_flight(request, concurrency, _N)
    await auditor.close()
    return result


def _per_call(call: Any, n: int = 50_000) -> float:
    with stopwatch() as elapsed:
        for _ in range(n):
            call()
    return elapsed.per_request_us(n)[0]


async def _main() -> None:
    print("| ingress hot path, audited | retention off µs/req (CPU) | retention on µs/req (CPU) | added µs/req (CPU) |")
    print("|---|---|---|---|")
    for concurrency in (1, 64):
        runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
        for _ in range(5):  # interleaved, so that a burst of load on the machine hits both
            for retain in (False, True):
                with tempfile.TemporaryDirectory() as tmp:
                    runs[retain].append(await _audited(concurrency, retain, Path(tmp)))
        off, on = ((min(w for w, _ in runs[r]), min(c for _, c in runs[r])) for r in (False, True))
        print(
            f"| concurrency {concurrency} | {off[0]:.1f} ({off[1]:.1f}) | {on[0]:.1f} ({on[1]:.1f}) "
            f"| {on[0] - off[0]:.1f} ({on[1] - off[1]:.1f}) |"
        )
    print(f"\nload average {os.getloadavg()[0]:.1f} (1 min) at the end of the hot-path runs\n")
    models = [SimpleNamespace(names=("stable-model",)), SimpleNamespace(names=("canary-model",))]
    rollouts = Rollouts(models, lambda name: None)
    rollout = RolloutSettings(stable="stable-model", canary="canary-model", canary_percent=10)
    principal = SimpleNamespace(audit_id="key:0123456789ab", via="key")
    grant = SimpleNamespace(check_model=lambda model: None)
    label = AiLabelSettings(body_field=True, footer=True)
    print("| per request | µs |")
    print("|---|---|")
    for name, configured in (("rollout arm (hash, checks)", rollout), ("no rollout configured", None)):
        cost = _per_call(
            lambda r=configured: rollouts.choose("HMRC", r, "stable-model", "personal", principal, grant, {})
        )
        print(f"| {name} | {cost:.2f} |")
    bodies = [copy.deepcopy(_BODY) for _ in range(50_000)]
    it = iter(bodies)
    print(f"| label a JSON answer (field + footer) | {_per_call(lambda: label_body(label, next(it))):.2f} |")


if __name__ == "__main__":
    asyncio.run(_main())
