"""The HTTP edge: a FastAPI app served by a Ray Serve ingress deployment.

Kept to parse → pipeline → respond; every step lives in its own module
(`requests`, `gateway`, `policy`, `streaming`). Errors of any kind leave here in the
OpenAI error shape: handlers are registered for our `ApiError`, for Starlette's
HTTP errors (unknown path, wrong method), for FastAPI's own validation error
and, last, for anything unexpected.

No `from __future__ import annotations` here: Ray Serve's class-based views hand
FastAPI the route methods, and FastAPI must see real annotations (`Request`) to
inject the request instead of treating it as a required query parameter (422).
"""

import asyncio
import gc
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from ray import serve
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Receive, Scope, Send

from classifiers import Classification, Classifier, Scan, Sensitivity
from classifiers.full_spans import unexplained_windows
from classifiers.normalise import normalise
from classifiers.settings import Mode
from classifiers.types import Finding
from hosted import HostedClient
from router import metrics
from router.access.gate import TOKEN_BODY_MAX_BYTES, AccessGate, issue_token
from router.audit.wiring import replica_auditor
from router.backends import Endpoint
from router.config import Settings
from router.drain import Drain
from router.errors import ApiError
from router.gateway import Answer, Gateway
from router.haproxy_front import haproxy_exposure
from router.hosted_leg import HostedLeg
from router.keys import load_or_create_secret
from router.limits import replica_limiter
from router.local_leg import LocalLeg
from router.model_cards import model_list
from router.openapi import docs_page, openapi_document
from router.policy import ModelCatalogue
from router.protocol import ModelList
from router.redactor import NamesBeyondFn
from router.requests import body_too_large
from router.streaming import EventStreamResponse
from router.telemetry import logs, tracing
from router.telemetry.requests import observe_record

logger = logging.getLogger(__name__)

# Texts up to this size are scanned on the event loop: the rules take ~0.1-2 ms there,
# less than handing the text to a thread and back (benchmarks/results/route/profile.md).
_INLINE_SCAN_CHARS = 2048

# The two OpenAI endpoints every request of the hot path hits (POST only).
_HOT_PATHS: dict[str, Endpoint] = {"/v1/chat/completions": "chat.completions", "/v1/completions": "completions"}


class _Edge(FastAPI):
    """FastAPI, with the two hot endpoints answered before its middleware stack and router.

    Each request through FastAPI walks ~10 ASGI layers (error, telemetry and body-limit
    middleware, the exception middleware twice, the router's route scan, the dependency
    solver that injects the class-based view's `self`) before reaching `Ingress._openai`,
    which reads the body itself and turns every error into the OpenAI shape already.
    For `POST /v1/chat/completions` and `/v1/completions` this class calls the replica's
    handler directly with the same error handlers (`_api_error`, `_unexpected`); every
    other request (`/v1/models`, `/docs`, `/openapi.json`, `/metrics`, a GET on a hot path:
    405) goes through FastAPI as before. `Ingress.__init__` sets `replica`; until it has (a
    unit test's app without a replica) FastAPI serves everything.
    """

    replica: "Ingress | None" = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        replica = _Edge.replica
        if replica is not None and scope["type"] == "http" and scope["method"] == "POST":
            path: str = scope["path"]
            root = scope.get("root_path", "")
            endpoint = _HOT_PATHS.get(path[len(root):] if root and path.startswith(root) else path)
            if endpoint is not None:
                await replica.serve_hot(endpoint, scope, receive, send)
                return
        await super().__call__(scope, receive, send)


app = _Edge(title="sovereign-router", docs_url=None, redoc_url=None, openapi_url=None)


def _json(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)


@app.exception_handler(ApiError)
async def _api_error(_: Request, exc: ApiError) -> Response:
    if exc.handoff is not None:
        metrics.HANDOFFS.labels(exc.handoff).inc()
    return _json(exc.body(), exc.status, exc.headers)


@app.exception_handler(StarletteHTTPException)
async def _http_error(_: Request, exc: StarletteHTTPException) -> Response:
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
    # Starlette's 405 carries `Allow` (the path's methods), which HTTP requires of a 405.
    return _json(ApiError(exc.status_code, str(exc.detail), code=code).body(), exc.status_code, exc.headers)


@app.exception_handler(RequestValidationError)
async def _validation_error(_: Request, exc: RequestValidationError) -> Response:
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    param = ".".join(str(part) for part in first["loc"][1:]) or None
    return _json(ApiError(400, str(first["msg"]), code="invalid_request", param=param).body(), 400)


@app.exception_handler(Exception)
async def _unexpected(_: Request, exc: Exception) -> Response:
    logger.error("unhandled error: %s", type(exc).__name__, exc_info=exc)
    return _json(ApiError(500, "internal error", code="internal_error").body(), 500)


async def _read_body(request: Request, limit: int, timeout_s: float) -> bytes:
    """Read at most `limit` bytes within `timeout_s`; larger bodies are refused before they are buffered."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise body_too_large(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout_s):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise body_too_large(limit)
                chunks.append(chunk)
    except TimeoutError:
        raise ApiError(408, f"the request body did not arrive within {timeout_s:g} s", code="request_timeout") from None
    return b"".join(chunks)


def _respond(answer: Answer) -> Response:
    if answer.stream is not None:
        return EventStreamResponse(answer.stream, headers=answer.headers)
    return _json(answer.body, headers=answer.headers)


@serve.ingress(app)
class Ingress:
    """One ingress replica: classifier, hosted client and a handle to the local backend."""

    def __init__(self, settings: Settings, local_backend: Any, audit_writer: Any = None) -> None:
        self._settings = settings
        # Telemetry first: the replica's own start-up logs are then structured too.
        logs.attach_to_serve_logs(settings.observability)
        tracing.configure(settings.observability)
        self._classifier = Classifier(settings.classifier)
        self._classifier.warm_up()
        # serve.batch adds these setters to the method; its type stubs do not say so.
        self._classify_batch.set_max_batch_size(settings.server.ner_batch_max_size)  # type: ignore[attr-defined]
        self._classify_batch.set_batch_wait_timeout_s(  # type: ignore[attr-defined]
            settings.server.ner_batch_wait_ms / 1000.0
        )
        self._local = LocalLeg(settings.local, local_backend, settings.server.num_replicas)
        self._hosted = (
            HostedLeg(HostedClient(settings.hosted, on_rate_limits=metrics.record_rate_limits,
                                   on_retries=metrics.record_hosted_retries), settings)
            if settings.hosted.enabled
            else None
        )
        catalogue = ModelCatalogue.from_settings(settings)
        # what a token may be narrowed to: the models that can answer (hosted ones only while hosted is on)
        self._token_models = frozenset(
            {"auto", *catalogue.local_models, *(catalogue.hosted_models if catalogue.hosted_enabled else ())}
        )
        self._access = AccessGate(settings.access, settings.data_dir)
        self._auditor = replica_auditor(
            settings, audit_writer, department=self._access.unattributed_department,
            known_models={"auto", *catalogue.local_models, *catalogue.hosted_models},
        )
        self._auditor.listen(observe_record)  # per-request metrics and log line (router/telemetry)
        self._gateway = Gateway(
            settings,
            classify=self._classify,
            local=self._local,
            hosted=self._hosted,
            user_id_key=load_or_create_secret(settings.data_dir / "keys" / "hosted-user-id.key"),
            audit=self._auditor,
            names_beyond=self._names_beyond_for(settings),
            access=self._access,
            limits=replica_limiter(settings.access.quotas),
        )
        self._drain = Drain()  # waits for `serve`'s shutdown signal (router/drain.py)
        self._drain.start()
        # Everything built so far (spaCy's pipeline, the SDK, FastAPI, Ray's own state) lives
        # as long as the replica: out of the cyclic collector's reach, a full collection (ours
        # when survivors pile up, or one Ray's GC thread asks for) no longer walks ~500k
        # objects — measured 0.34-0.56 s per pass, a stall for every request in flight.
        gc.freeze()
        _Edge.replica = self  # the hot endpoints skip FastAPI's stack from now on (`_Edge`)

    def _names_beyond_for(self, settings: Settings) -> NamesBeyondFn | None:
        """Redaction's full-span pass on the replica's classifier, only when some department redacts."""
        departments = settings.policy.departments.values()
        if not any(policy.action_for(Sensitivity.PERSONAL) == "redact_hosted" for policy in departments):
            return None
        classifier = self._classifier

        async def names_beyond(text: str, found_values: Sequence[str]) -> list[Finding]:
            # Most texts leave NER nothing to tag (every capitalised word is explained): those
            # are answered here, as `names_beyond` would answer them, without the thread hop
            # (~0.5 ms of a redacted request's latency); the rest are tagged in a thread.
            if classifier.settings.ner_enabled and not unexplained_windows(normalise(text), found_values):
                return []
            return await asyncio.to_thread(classifier.names_beyond, text, found_values)

        return names_beyond

    async def __del__(self) -> None:
        # Serve awaits this on graceful shutdown: send the audit records still buffered.
        # (Also called when the constructor failed, before there was an auditor.)
        auditor = getattr(self, "_auditor", None)
        if auditor is not None:
            await auditor.close()
        drain = getattr(self, "_drain", None)
        if drain is not None:
            await drain.close()
        tracing.shutdown()  # export the spans still batched

    async def _read_audited(self, request: Request, endpoint: Endpoint) -> bytes:
        try:
            server = self._settings.server
            return await _read_body(request, server.max_body_bytes, server.body_timeout_s)
        except ApiError as exc:  # refused before the gateway (413): still one audit record
            self._auditor.refused(endpoint, request.headers, exc)
            raise

    @serve.batch(max_batch_size=16, batch_wait_timeout_s=0.0)
    async def _classify_batch(self, scans: list[Scan]) -> list[Classification]:
        # One NER pass over the texts of all requests that queued up together.
        return await asyncio.to_thread(self._classifier.complete, scans)

    async def _classify(self, text: str, mode: Mode | None = None) -> Classification:
        """Rules inline (a thread hop costs more than they do on a short text); NER batched.

        `text` is every string the request can send, joined, so cues in one message apply
        to another. Most requests are decided by the rules alone and never wait for a batch
        or a thread; only texts whose level NER could still change go through the batch.
        `mode` is the department's strictness override (None: `classifier.mode`). The scan gets the
        gateway's deadline too: past it the request has been failed closed, and the scan stops at
        its next stage instead of holding the replica's interpreter to the end of a long text.
        """
        deadline = time.monotonic() + self._settings.classifier.timeout_ms / 1000.0
        if len(text) <= _INLINE_SCAN_CHARS:
            scan = self._classifier.scan(text, mode, deadline)
        else:
            scan = await asyncio.to_thread(self._classifier.scan, text, mode, deadline)
        if not scan.needs_ner:
            return self._classifier.complete([scan])[0]
        return await self._classify_batch(scan)

    async def _openai(self, request: Request, endpoint: Endpoint) -> Response:
        try:
            self._drain.admit()  # 503 once shutting down (router/drain.py)
        except ApiError as exc:
            self._auditor.refused(endpoint, request.headers, exc)
            raise
        try:
            raw = await self._read_audited(request, endpoint)
            answer = await self._gateway.handle(endpoint, raw, request.headers)
        except BaseException:
            self._drain.release()
            raise
        return _respond(self._drain.track(answer))

    async def serve_hot(self, endpoint: Endpoint, scope: Scope, receive: Receive, send: Send) -> None:
        """One request to a hot endpoint, as FastAPI would answer it (`_Edge`)."""
        request = Request(scope, receive)
        try:
            response = await self._openai(request, endpoint)
        except ApiError as exc:
            response = await _api_error(request, exc)
        except Exception as exc:  # noqa: BLE001 - FastAPI's last handler, as registered above
            response = await _unexpected(request, exc)
        await response(scope, receive, send)

    @app.post("/v1/chat/completions")
    async def chat_completions(self, request: Request) -> Response:
        return await self._openai(request, "chat.completions")

    @app.post("/v1/completions")
    async def completions(self, request: Request) -> Response:
        return await self._openai(request, "completions")

    @app.post("/v1/tokens")
    async def tokens(self, request: Request) -> Response:
        """A token for the calling key, audited as every request is: who asked, the outcome, never the token.

        Like the OpenAI endpoints: refused (503) while draining, and a body over the limit (413)
        still leaves its audit record."""
        try:
            self._drain.admit()
        except ApiError as exc:
            self._auditor.refused("tokens", request.headers, exc)
            raise
        try:
            try:
                raw = await _read_body(request, TOKEN_BODY_MAX_BYTES, self._settings.server.body_timeout_s)
            except ApiError as exc:
                self._auditor.refused("tokens", request.headers, exc)
                raise
            issued: dict[str, object] = {}

            async def issue() -> Answer:
                issued.update(await issue_token(self._access, request.headers, raw, self._auditor.attribute,
                                                known_models=self._token_models))
                return Answer(headers={})  # the record and any retained text hold no credential

            await self._auditor.audited("tokens", b"", request.headers, issue)
        finally:
            self._drain.release()
        # RFC 6749 §5.1: an answer carrying a credential is never stored by a cache on the way.
        return _json(issued, headers={"cache-control": "no-store", "pragma": "no-cache"})

    @app.get("/v1/models")
    async def models(self, request: Request) -> Response:
        return _json((await self._model_list(request)).model_dump())

    @app.get("/v1/models/{model_id:path}")  # ids may hold a slash (org/model)
    async def model(self, model_id: str, request: Request) -> Response:
        """One card of the list (the SDK's `models.retrieve`); 404 for a model the caller cannot use."""
        card = next((c for c in (await self._model_list(request)).data if c.id == model_id), None)
        if card is None:
            raise ApiError(404, f"The model '{model_id}' does not exist", code="model_not_found", param="model")
        return _json(card.model_dump())

    async def _model_list(self, request: Request) -> ModelList:
        admission = await self._access.admit(request.headers)  # 401 when access is on; the caller's department
        policy = self._settings.policy.policy_for(admission.principal.department)
        return model_list(policy, self._gateway.catalogue, admission.grant.models)

    @app.get("/openapi.json")
    async def openapi(self) -> Response:
        return _json(openapi_document())

    @app.get("/docs")
    async def docs(self) -> Response:
        return HTMLResponse(docs_page(openapi_document()))

    @app.get("/healthz")
    async def healthz(self) -> Response:
        return _json({"status": "ok"})

    @app.get("/readyz")
    async def readyz(self) -> Response:
        if self._drain.draining:  # a load balancer stops sending here
            return _json({"status": "draining"}, 503, {"retry-after": "5"})
        try:
            local = await asyncio.wait_for(self._local.status(), timeout=5.0)
        except TimeoutError:
            local = {"ready": False, "detail": "the local backend did not answer within 5 s"}
        ready = bool(local["ready"])
        body = {
            "status": "ready" if ready else "not_ready",
            "classifier": "loaded",
            "local": local["detail"],
            "hosted": "enabled" if self._hosted is not None else "disabled",
        }
        if self._hosted is not None:
            # Reported, not required: public work falls back to local while breakers are open.
            body["hosted_upstreams"] = self._hosted.breaker_states()
        server = self._settings.server
        exposure = haproxy_exposure(server)
        if exposure is not None:  # status ports an operator opened beyond loopback, said where operators look
            body["haproxy_ports"] = exposure
        return _json(body, 200 if ready else 503)

    @app.get("/metrics")
    async def metrics(self) -> Response:
        if self._hosted is not None:
            metrics.record_breaker_states(self._hosted.breaker_states())
        return Response(metrics.render(), media_type="text/plain; version=0.0.4")
