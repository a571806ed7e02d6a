"""The request pipeline: parse → classify → policy → backend → response.

Stage order (each stage sees the output of the one before; a stage that fails
refuses the request or keeps it local — none lets it through):

1. parse      `requests.parse_request` — 400/413 before any work.
2. classify   the whole request body; failure or timeout → treated as `personal`.
3. policy     `policy.decide` — route, model, or 403/404.
4. backend    local or hosted; a hosted outage moves a public request inward only.
5. respond    OpenAI body or SSE stream plus the route headers.

Plain Python: Ray stays in `router/app.py` and `router/ingress.py`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from classifiers.settings import Mode
from classifiers.types import Classification, Sensitivity
from hosted import Redaction
from hosted.errors import HostedError, HostedTimeout, HostedUnavailable
from local_models.errors import UnsupportedParameter
from router import metrics
from router.access.gate import AccessGate, Admission
from router.access.rbac import Grant
from router.audit import Auditor
from router.backends import Backend, Endpoint
from router.config import DepartmentPolicy, Settings
from router.errors import RETRY_AFTER_S, ApiError, to_api_error
from router.hosted_leg import HostedLeg
from router.labels import label_body
from router.limits import NO_TICKET, Limiter, TokenEstimate, local_lease_fn
from router.local_leg import PRIORITY_CLASS
from router.policy import AUTO_MODEL, ModelCatalogue, RouteDecision, decide, effective_level, local_model_for
from router.redactor import NamesBeyondFn, Redactor
from router.requests import SENSITIVITY_HEADER, ParsedRequest, parse_request
from router.rollout import Rollouts
from router.streaming import sse_stream
from router.telemetry import tracing
from router.timing import StageTimer

logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "x-request-id"
ClassifyFn = Callable[[str, Mode | None], Awaitable[Classification]]
_NOTHING_FOUND = Classification(level=Sensitivity.PUBLIC, findings=())
_FAILED_CLOSED = Classification(level=Sensitivity.PERSONAL, findings=())
"""What a failed classification stands for: personal, and nothing known to redact."""


class Headers(Protocol):
    """Request headers as Starlette gives them: repeated headers stay separate."""

    def __contains__(self, key: object, /) -> bool: ...

    def getlist(self, key: str) -> list[str]: ...


@dataclass
class Answer:
    """What the ingress sends back: a JSON body, or an SSE byte stream, plus headers."""

    headers: dict[str, str]
    body: dict[str, Any] | None = None
    stream: AsyncIterator[bytes] | None = None


class Gateway:
    """Runs one request through the pipeline above."""

    def __init__(
        self,
        settings: Settings,
        *,
        classify: ClassifyFn,
        local: Backend,
        hosted: HostedLeg | None,  # None when no hosted API key is configured
        user_id_key: bytes,
        audit: Auditor | None = None,
        names_beyond: NamesBeyondFn | None = None,  # redaction's full-span pass, when a department redacts
        access: AccessGate | None = None,  # None: built from settings.access
        limits: Limiter | None = None,  # None: in-process ledger (one replica)
    ) -> None:
        self._settings = settings
        self._access = access if access is not None else AccessGate(settings.access, settings.data_dir)
        self._limits = limits if limits is not None else Limiter(settings.access.quotas, local_lease_fn())
        # The auditor sees each request's classifier call: the prompt's HMAC and finding kinds.
        self._classify = audit.observe(classify) if audit is not None else classify
        self._audit = audit
        self._redactor = (
            Redactor(names_beyond, self._classify_closed, settings.classifier.timeout_ms / 1000.0)
            if names_beyond is not None
            else None
        )
        self._local = local
        self._hosted = hosted
        self._catalogue = ModelCatalogue.from_settings(settings)
        self._rollouts = Rollouts(settings.local.all_models, self._catalogue.levels_of)
        self._user_id_key = user_id_key
        self._user_ids: dict[str, str] = {}

    @property
    def catalogue(self) -> ModelCatalogue:
        return self._catalogue

    async def handle(self, endpoint: Endpoint, raw: bytes, headers: Headers) -> Answer:
        """Answer one request. Raises ApiError for every refusal.

        With an auditor, every request leaves exactly one audit record, whichever way it
        ends (answer, refusal, backend error; a stream when it ends).
        """
        with tracing.request_span(endpoint, headers) as span:  # None when tracing is off
            try:
                if self._audit is None:
                    answer = await self._handle(endpoint, raw, headers)
                else:
                    answer = await self._audit.audited(
                        endpoint, raw, headers, lambda: self._handle(endpoint, raw, headers)
                    )
            except ApiError as exc:
                tracing.annotate(span, exc.headers, exc.status)
                raise
            tracing.annotate(span, answer.headers, 200)
            return answer

    async def _handle(self, endpoint: Endpoint, raw: bytes, headers: Headers) -> Answer:
        timer = StageTimer()
        # Ray Serve (or HAProxy) gives each request an x-request-id and echoes it on the
        # response; only a request that arrives without one gets ours.
        id_header = {} if headers.getlist(REQUEST_ID_HEADER) else {REQUEST_ID_HEADER: uuid.uuid4().hex}
        level: Sensitivity | None = None
        policy_span = None
        ticket = NO_TICKET
        try:
            admission = await self._admit(headers)  # 401 before any other work
            parsed = parse_request(
                endpoint, raw, headers.getlist(SENSITIVITY_HEADER), self._settings.server.max_body_bytes
            )
            # 429 before classification; tokens/min reserves what the request may use (router/limits).
            estimate = TokenEstimate.of(parsed.body, parsed.classified_text)
            ticket = await self._limits.admit(admission.principal, estimate)
            if parsed.stream:  # under a tokens/min quota a stream must report its usage (router/limits)
                self._limits.ask_usage(ticket, parsed.body)
            if parsed.model != AUTO_MODEL:
                admission.grant.check_model(parsed.model)
            department = admission.principal.department
            policy = self._settings.policy.policy_for(department)
            PRIORITY_CLASS.set(policy.priority_class)  # admission at the local models' gates
            detected, classifier_failed = await self._classify_closed(
                parsed.classified_text, policy.classifier_mode
            )
            level = effective_level(detected.level, parsed.requested_level)
            timer.mark("classify")
            policy_span = tracing.start_span("policy")
            decision = decide(policy, self._catalogue, level, parsed.model, parsed.outgoing.unreadable)
            admission.grant.check_route(decision.route, level)
            if decision.model != parsed.model:  # auto, or re-routed by policy: the grant covers what answers
                admission.grant.check_model(decision.model)
            arm = None
            if decision.route == "local":  # staged rollout (router/rollout.py)
                arm = self._rollouts.choose(department, policy.rollout, decision.model, level.label,
                                            admission.principal, admission.grant, parsed.body)
                decision = decision if arm is None else replace(decision, model=arm.model)
            timer.mark("policy")
            tracing.end_span(policy_span)
        except BaseException as exc:
            self._limits.release(ticket)  # refused after admission: it used no tokens
            if isinstance(exc, ApiError):
                tracing.end_span(policy_span, exc)
                exc.headers.update(id_header)
                if level is not None:  # refused by policy: say so, and at which level
                    exc.headers.update({"x-sovereign-route": "none", "x-sovereign-sensitivity": level.label})
            raise
        try:
            answer = await self._answer(
                parsed, decision, policy, timer, id_header, department,
                found=None if classifier_failed else detected, grant=admission.grant,
            )
        except BaseException:
            self._limits.release(ticket)  # no answer (a backend failed, the client left): no tokens
            raise
        if arm is not None:
            self._rollouts.answered(department, arm, answer.headers)
        if answer.body is not None:  # the x-ai-generated header is always there; body labels per policy
            label_body(policy.ai_label, answer.body)
        answer.headers.update(ticket.headers)
        if answer.body is not None:
            self._limits.settle(ticket, answer.body.get("usage"))
        elif answer.stream is not None and ticket.token_shares:
            answer.stream = self._limits.metered(ticket, answer.stream)
        if classifier_failed:
            answer.headers["x-sovereign-classifier"] = "failed"
        return answer

    async def _admit(self, headers: Headers) -> Admission:
        admission = await self._access.admit(headers)
        tracing.tag("sovereign.department", admission.principal.department)
        if self._audit is not None:
            self._audit.attribute(admission.principal.department, admission.principal.audit_id)
        return admission

    async def _classify_closed(self, text: str, mode: Mode | None) -> tuple[Classification, bool]:
        """Classify; on any failure or timeout return `personal` (fail closed to local)."""
        if not text:
            return _NOTHING_FOUND, False
        timeout = self._settings.classifier.timeout_ms / 1000.0
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for wraps the call in a new task,
            # an extra trip through the event loop on every request.
            with metrics.CLASSIFY_SECONDS.time(), tracing.span("classify"):
                async with asyncio.timeout(timeout):
                    classification = await self._classify(text, mode)
        except Exception as exc:  # noqa: BLE001 - any classifier failure keeps the request local
            metrics.CLASSIFIER_FAILURES.inc()
            logger.warning("classification failed (%s); routing locally", type(exc).__name__)
            return _FAILED_CLOSED, True
        return classification, False

    async def _answer(
        self,
        parsed: ParsedRequest,
        decision: RouteDecision,
        policy: DepartmentPolicy,
        timer: StageTimer,
        id_header: dict[str, str],
        department: str,
        found: Classification | None,  # the level pass's findings; None when it failed
        grant: Grant,  # the local model answering instead must be one the credential may use (else 403)
    ) -> Answer:
        body = dict(parsed.body)
        route, model = decision.route, decision.model
        extra: dict[str, str] = {}
        try:
            redaction = None
            if route == "redacted-hosted":
                redaction = await self._redact(parsed, body, policy, found)
                timer.mark("redact")  # Server-Timing: redaction's own cost, apart from the level pass
                if redaction is None:
                    model = local_model_for(self._catalogue, decision.level)
                    grant.check_model(model)  # refused, never hosted unredacted, never a model not granted
                    route = "local"
                    extra["x-sovereign-redaction"] = "incomplete"
            if route != "local":
                try:
                    result = await self._call_hosted(parsed, body, model, policy, extra, redaction, department)
                except HostedError as exc:
                    fallback = self._catalogue.local_for(decision.level)
                    # Personal work sent redacted is never refused because the hosted path failed,
                    # whatever the failure (429 everywhere, a content filter's 400, our key refused).
                    outage = isinstance(exc, HostedUnavailable | HostedTimeout)
                    allowed = route == "redacted-hosted" or (outage and policy.hosted_fallback_to_local)
                    if not allowed or fallback is None:
                        raise
                    grant.check_model(fallback)  # a fallback the credential may not use: 403, not its answer
                    metrics.HOSTED_FALLBACKS.inc()
                    logger.warning("hosted call failed (%s); answering %s request locally",
                                   exc.log_text(), decision.level.label)
                    route, model = "local", fallback
                    extra["x-sovereign-fallback"] = "hosted-unavailable"
                    result = await self._call_fallback(parsed, body, model)
            else:
                result = await self._call_local(parsed, body, model)
        except Exception as exc:
            error = self._refusal(exc, parsed)
            error.headers.update(id_header)
            error.headers.update({"x-sovereign-route": route, "x-sovereign-sensitivity": decision.level.label})
            raise error from None
        timer.mark("backend")
        headers = {
            **id_header,
            "x-sovereign-route": route,
            "x-sovereign-sensitivity": decision.level.label,
            "x-sovereign-model": model,
            "x-ai-generated": "true",
            **extra,
        }
        if decision.rerouted_from is not None:
            headers["x-sovereign-rerouted-from"] = decision.rerouted_from
        headers["server-timing"] = timer.header()
        if isinstance(result, dict):
            return Answer(headers=headers, body=result)
        return Answer(headers=headers, stream=result)

    async def _call_fallback(
        self, parsed: ParsedRequest, body: dict[str, Any], model: str
    ) -> dict[str, Any] | AsyncIterator[bytes]:
        """The local answer to a public request whose hosted call failed.

        A parameter the local engine cannot honour is not the client's error here: the
        request was valid for the hosted API, which is down. Say so with a 503 the client
        may retry, not a 400 that tells it never to.
        """
        try:
            return await self._call_local(parsed, body, model)
        except Exception as exc:
            cause = getattr(exc, "cause", None) or exc
            if not isinstance(cause, UnsupportedParameter):
                raise
            raise ApiError(
                503,
                f"the hosted API is unavailable and the local fallback cannot serve this request "
                f"({cause.message})",
                code="backend_unavailable",
                param=cause.param,
                headers={"retry-after": RETRY_AFTER_S},
            ) from None

    @staticmethod
    def _refusal(exc: Exception, parsed: ParsedRequest) -> ApiError:
        """The client's error for a backend failure; unreadable content the local model refused says why."""
        error = to_api_error(exc)
        unreadable = parsed.outgoing.unreadable
        if unreadable is not None and error.code == "unsupported_parameter":
            error = ApiError(
                400,
                f"{unreadable} cannot be read by the classifier, so it is not sent to the hosted API, "
                f"and the local model does not accept it ({error.message})",
                code="unsupported_content",
                param=unreadable,
            )
        return error

    async def _call_local(
        self, parsed: ParsedRequest, body: dict[str, Any], model: str
    ) -> dict[str, Any] | AsyncIterator[bytes]:
        body["model"] = model
        with tracing.span("backend.local", {"sovereign.model": model}):
            if not parsed.stream:
                return await self._local.create(parsed.endpoint, body)
            return await sse_stream(self._local.stream(parsed.endpoint, body))

    async def _call_hosted(
        self,
        parsed: ParsedRequest,
        body: dict[str, Any],
        model: str,
        policy: DepartmentPolicy,
        headers: dict[str, str],
        redaction: Redaction | None,
        department: str,
    ) -> dict[str, Any] | AsyncIterator[bytes]:
        if self._hosted is None:  # decide() never routes hosted when it is disabled
            raise HostedUnavailable("hosted backend is disabled")
        body["model"] = model
        outgoing = body if redaction is None else {**redaction.body, "model": model}
        outgoing["user"] = self.hosted_user_id(department)
        with tracing.span("backend.hosted", {"sovereign.model": model}):
            return await self._hosted.call(
                parsed.endpoint, outgoing, stream=parsed.stream, policy=policy, department=department,
                headers=headers, redaction=redaction,
            )

    async def _redact(
        self, parsed: ParsedRequest, body: dict[str, Any], policy: DepartmentPolicy, found: Classification | None
    ) -> Redaction | None:
        if self._redactor is None or found is None:  # no NER, or the level pass failed: stays local
            return None
        return await self._redactor.redact(parsed.classified_text, found, body, policy.classifier_mode)

    def hosted_user_id(self, department: str) -> str:
        """An opaque, stable id per department: the hosted API never sees who asked."""
        user_id = self._user_ids.get(department)
        if user_id is None:
            digest = hmac.new(self._user_id_key, department.encode(), hashlib.sha256).hexdigest()
            user_id = self._user_ids[department] = f"sr-{digest[:24]}"
        return user_id
