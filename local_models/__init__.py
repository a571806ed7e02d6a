"""In-boundary backends: open-weight models that answer everything above `public`.

A backend takes the OpenAI JSON body (`model` already resolved) and returns
OpenAI-shaped dicts: `await create(endpoint, body)` gives a whole response,
`stream(endpoint, body)` an async iterator of chunks, where endpoint is
"chat.completions" or "completions". `TransformersEngine` runs a transformers model
in-process (CPU, or GPU), batching concurrent requests continuously;
`LocalBackendServer` is the plain class the router deploys with Ray Serve.
`ensure_smollm2` converts the default model, SmolLM2-135M-Instruct, from its PyPI
package into the data directory; `ensure_demo_model` builds the random-weight
`local-demo-tiny` model for fast tests. Nothing is downloaded at run time.

How a vLLM engine fits (not built yet): a `VllmEngine` keeps the same `create` /
`stream` contract and reuses the engine-neutral pieces — `request.parse_request` and
`completion_budget` (parameters and context limit), `responses.collect_response` and
`stream_chunks` (OpenAI shapes from an async iterator of text deltas ending with
`Finished`). Its `_events` maps a `GenerationRequest` to `SamplingParams` (n=1,
max_tokens, temperature, top_p, seed, stop) and iterates
`AsyncLLMEngine.generate(prompt, sampling_params, request_id)`, itself an async
iterator of `RequestOutput`s: it yields the growth of `outputs[0].text` and, at the
end, `Finished(outputs[0].finish_reason, len(prompt_token_ids), len(token_ids))`.
vLLM batches concurrent requests itself, so there is no worker thread or lock; on
close or cancellation the `finally` calls `engine.abort(request_id)` where this
engine sets its cancel event. `LocalBackendServer` picks the engine from
`settings.engine`.
"""

from __future__ import annotations

from local_models.demo_model import ensure_demo_model
from local_models.errors import BackendTimeout, BackendUnavailable, LocalModelError, UnsupportedParameter
from local_models.server import LocalBackendServer
from local_models.settings import DEMO_MODEL_ID, SMOLLM2_MODEL_ID, LocalSettings
from local_models.smollm2 import ensure_smollm2
from local_models.transformers_engine import TransformersEngine

__all__ = [
    "DEMO_MODEL_ID",
    "SMOLLM2_MODEL_ID",
    "BackendTimeout",
    "BackendUnavailable",
    "LocalBackendServer",
    "LocalModelError",
    "LocalSettings",
    "TransformersEngine",
    "UnsupportedParameter",
    "ensure_demo_model",
    "ensure_smollm2",
]
