"""The ingress side of the audit: one record per request, journaled, sent in batches.

`Gateway.handle` runs every request through `Auditor.audited`; the auditor learns
the prompt's HMAC and the finding kinds from the classifier call (`observe`), the
route, level and model from the answer's or refusal's headers, and writes exactly
one record when the request ends:

- a JSON answer or a refusal: before the response leaves the replica (its listeners,
  the metrics and the request log line, run just after: `_after_this_step`);
- a stream: just before `data: [DONE]` (so a client that has the whole stream has a
  record), or when the stream is abandoned (client gone: status 499, `cancelled`).

Nothing here waits for the writer: `sender.py` journals each record and sends them in
batches. See `journal.py` for what survives a crash.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

import orjson

from router.audit.records import PromptHasher, Record, new_record_id, utc_now
from router.audit.retention import Retainer
from router.audit.sender import BatchSender, SendFn
from router.audit.settings import AuditSettings
from router.errors import ApiError
from router.streaming import DONE
from router.telemetry import tracing

logger = logging.getLogger(__name__)

RecordListener = Callable[[Record], None]
_ERROR_EVENT = b'data: {"error"'


def _after_this_step(callback: Callable[..., None], *args: Any) -> None:
    """Run `callback` once the running task yields: after the response is on the wire.

    A JSON answer's bytes are written to the socket in the same event-loop step that
    finishes the record (Serve's direct ingress hands them straight to uvicorn), so the
    metrics and the request log line (~50-100 µs) no longer delay the answer. Outside
    an event loop (tests, tools) the callback runs at once.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        callback(*args)
        return
    loop.call_soon(callback, *args)


class _Headers(Protocol):
    def getlist(self, key: str) -> list[str]: ...


class _Answer(Protocol):
    headers: dict[str, str]
    body: dict[str, Any] | None
    stream: AsyncIterator[bytes] | None


AnswerT = TypeVar("AnswerT", bound=_Answer)
ClassifyT = TypeVar("ClassifyT")


@dataclass
class _Draft:
    """What is known about the request in flight; becomes its record."""

    endpoint: str
    request_id: str | None
    started: float = field(default_factory=time.monotonic)
    time: str = field(default_factory=utc_now)
    prompt_hmac: str | None = None
    findings: dict[str, int] = field(default_factory=dict)
    classifier_failed: bool = False
    tokens_in: int | None = None
    tokens_out: int | None = None
    stream: bool = False
    stream_error: bool = False
    done: bool = False
    department: str | None = None  # the credential's, once authenticated
    principal: str | None = None
    raw: bytes | None = None  # kept for retention (router/audit/retention.py), sealed at the end
    completion: list[str] | None = None  # the choices' texts, when the department retains them
    ttft_ms: float | None = None  # streams: request start to the first chunk sent
    service_tier_requested: str | None = None  # the tier asked of the hosted API, when it was called
    trace_context: Any = None  # the request span's context when tracing (parents the audit span)


_CURRENT: contextvars.ContextVar[_Draft | None] = contextvars.ContextVar("sovereign_audit_draft", default=None)


def note_service_tier_requested(tier: str) -> None:
    """The request in flight asks the hosted API for `tier` (the hosted leg says so before its call).

    With the tier that served (`service_tier`), the record shows a downgrade; the
    answer's headers carry only the served tier, so the requested one comes this way.
    """
    draft = _CURRENT.get()
    if draft is not None:
        draft.service_tier_requested = tier


def _usage(draft: _Draft, usage: Any) -> None:
    if isinstance(usage, dict):
        tokens_in, tokens_out = usage.get("prompt_tokens"), usage.get("completion_tokens")
        draft.tokens_in = tokens_in if isinstance(tokens_in, int) else None
        draft.tokens_out = tokens_out if isinstance(tokens_out, int) else None


class Auditor:
    """Per ingress replica: builds records, journals them and feeds the single writer."""

    def __init__(
        self,
        settings: AuditSettings,
        data_dir: Path,
        send: SendFn,
        *,
        department: str,
        known_models: Collection[str] = (),
        retainer: Retainer | None = None,
    ) -> None:
        self._retainer = retainer
        self._department = department
        self._known_models = frozenset(known_models)
        self._hasher = PromptHasher.from_data_dir(data_dir)
        self._sender = BatchSender(settings, data_dir, send)
        self._listeners: list[RecordListener] = []

    # --- the request path -------------------------------------------------------------

    def observe(
        self, classify: Callable[[str, ClassifyT], Awaitable[Any]]
    ) -> Callable[[str, ClassifyT], Awaitable[Any]]:
        """Wrap the classifier: the request in flight gets the prompt's HMAC and its finding kinds.

        Only the request's first classification counts: later ones (the recheck of a
        redacted body before it goes hosted) classify derived text, not the prompt.
        """

        async def observed(text: str, mode: ClassifyT) -> Any:
            draft = _CURRENT.get()
            if draft is None or draft.prompt_hmac is not None:
                return await classify(text, mode)
            draft.prompt_hmac = self._hasher(text)
            draft.classifier_failed = True  # until it returns
            classification = await classify(text, mode)
            draft.findings = dict(Counter(f.kind for f in classification.findings))
            draft.classifier_failed = False
            return classification

        return observed

    async def audited(
        self, endpoint: str, raw: bytes, headers: _Headers, run: Callable[[], Awaitable[AnswerT]]
    ) -> AnswerT:
        """Run the pipeline; record the request on whichever path it leaves by."""
        ids = headers.getlist("x-request-id")
        draft = _Draft(endpoint=endpoint, request_id=ids[0] if ids else None, trace_context=tracing.capture())
        if self._retainer is not None:
            draft.raw = raw
        token = _CURRENT.set(draft)
        try:
            answer = await run()
        except ApiError as exc:
            self._finish(draft, exc.headers, exc.status, "refused", error=exc, raw=raw)
            raise
        except asyncio.CancelledError:
            self._finish(draft, {}, 499, "cancelled", raw=raw)
            raise
        except Exception:
            self._finish(draft, {}, 500, "failed", raw=raw)
            raise
        finally:
            _CURRENT.reset(token)
        if answer.stream is None:
            body = answer.body or {}
            _usage(draft, body.get("usage"))
            if self._retains(draft):
                draft.completion = Retainer.body_texts(body)
            self._finish(draft, answer.headers, 200, "answered", tier=body.get("service_tier"))
        else:
            draft.stream = True
            answer.stream = self._watch(draft, answer.headers, answer.stream)
        return answer

    def attribute(self, department: str, principal: str) -> None:
        """The request in flight was authenticated as `principal` (kind:id, never key material) of `department`."""
        draft = _CURRENT.get()
        if draft is not None:
            draft.department, draft.principal = department, principal

    def listen(self, listener: RecordListener) -> None:
        """Call `listener` with each finished record (metrics, the request log line); it must not raise."""
        self._listeners.append(listener)

    def refused(self, endpoint: str, headers: _Headers, error: ApiError) -> None:
        """A request refused before the gateway saw it (body too large)."""
        ids = headers.getlist("x-request-id")
        self._finish(_Draft(endpoint=endpoint, request_id=ids[0] if ids else None), error.headers, error.status,
                     "refused", error=error)

    async def _watch(
        self, draft: _Draft, headers: dict[str, str], stream: AsyncIterator[bytes]
    ) -> AsyncIterator[bytes]:
        if self._retains(draft):
            draft.completion = []
        try:
            async for chunk in stream:
                if draft.completion is not None:
                    Retainer.add_chunk(draft.completion, chunk)
                if draft.ttft_ms is None:
                    draft.ttft_ms = round((time.monotonic() - draft.started) * 1000.0, 3)
                if chunk == DONE:
                    outcome = "stream_error" if draft.stream_error else "answered"
                    self._finish(draft, headers, 200, outcome)
                elif chunk.startswith(_ERROR_EVENT):
                    draft.stream_error = True
                elif b'"usage":{' in chunk:
                    try:
                        _usage(draft, orjson.loads(chunk[6:]).get("usage"))
                    except (orjson.JSONDecodeError, AttributeError):
                        pass
                yield chunk
        finally:
            if not draft.done:
                self._finish(draft, headers, 499, "cancelled")
            close = getattr(stream, "aclose", None)
            if close is not None:
                await close()

    def _finish(
        self,
        draft: _Draft,
        headers: dict[str, str],
        status: int,
        outcome: str,
        *,
        error: ApiError | None = None,
        raw: bytes | None = None,
        tier: object = None,
    ) -> None:
        if draft.done:
            return
        draft.done = True
        model = headers.get("x-sovereign-model")
        level = headers.get("x-sovereign-sensitivity")
        handoff = error.handoff if error is not None else None
        record: Record = {
            "record_id": new_record_id(),
            "time": draft.time,
            "request_id": draft.request_id or headers.get("x-request-id"),
            "department": draft.department or self._department,
            "principal": draft.principal,
            "endpoint": draft.endpoint,
            "model": model,
            "model_requested": self._model_requested(raw) if model is None else None,
            "route": headers.get("x-sovereign-route", "none"),
            "level": level,
            "findings": draft.findings,
            "classifier_failed": draft.classifier_failed or headers.get("x-sovereign-classifier") == "failed",
            "prompt_hmac": draft.prompt_hmac,
            "tokens_in": draft.tokens_in,
            "tokens_out": draft.tokens_out,
            "latency_ms": round((time.monotonic() - draft.started) * 1000.0, 3),
            "ttft_ms": draft.ttft_ms,
            "status": status,
            "outcome": outcome,
            "error_code": error.code if error is not None else None,
            "handoff": handoff,
            "fallback": headers.get("x-sovereign-fallback"),
            "service_tier": headers.get("x-sovereign-service-tier") or (tier if isinstance(tier, str) else None),
            "service_tier_requested": draft.service_tier_requested,
            "stream": draft.stream,
        }
        if self._retainer is not None and draft.completion is not None and outcome == "answered":
            self._retainer.seal(record, draft.raw, draft.completion)  # encrypted; stored apart from the chain
        self._sender.submit(record)
        if self._listeners:
            _after_this_step(self._notify, record, outcome, draft.trace_context)

    def _notify(self, record: Record, outcome: str, trace_context: Any) -> None:
        # Under the request's trace (a stream ends after the request span closed); the
        # listeners' log line carries its trace id.
        with tracing.span("audit", {"sovereign.outcome": outcome}, trace_context):
            for listener in self._listeners:
                listener(record)

    def _retains(self, draft: _Draft) -> bool:
        return self._retainer is not None and self._retainer.wants(draft.department or self._department)

    def _model_requested(self, raw: bytes | None) -> str | None:
        # Only a model the catalogue knows: a client could put anything in the field.
        if not raw:
            return None
        try:
            model = orjson.loads(raw).get("model")
        except (orjson.JSONDecodeError, AttributeError):
            return None
        return model if isinstance(model, str) and model in self._known_models else None

    # --- to the writer (`sender.py`) --------------------------------------------------

    async def close(self, timeout_s: float = 10.0) -> None:
        """Flush what is buffered (shutdown); the journal keeps whatever the writer would not take."""
        await self._sender.close(timeout_s)
