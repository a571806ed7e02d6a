"""Redact-then-restore for `personal` requests whose department opts in (`redact_hosted`).

A redacted request leaves only when every step below succeeds; any failure keeps it
local (the gateway's choice, made on a `None`):

1. the request's classified text is classified again in full-span mode (NER over every
   sentence, `classifier.ner_always`), so every name is a finding, not only the first
   one that decided the level;
2. each finding's text (`text[start:end]`) is replaced in every string of the built body
   by a typed placeholder (`hosted.redact`); the redaction's own check must find none
   of the values left, in any spacing, case or separator form;
3. the redacted body is classified again with the department's mode and must be
   `public`: what the first pass missed, the second may still catch.

The mapping from placeholders to values lives in the returned `Redaction` only: it is
never logged, audited or shared between requests.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from classifiers.settings import Mode
from classifiers.types import Classification, Sensitivity
from hosted import Redaction, redact
from router import metrics
from router.requests import text_to_classify

logger = logging.getLogger(__name__)

SpanClassifyFn = Callable[[str], Awaitable[Classification]]
LevelFn = Callable[[str, Mode | None], Awaitable[tuple[Sensitivity, bool]]]


class Redactor:
    """Builds the redacted body of one request, or says it must stay local.

    Args:
        classify_spans: full-span classification of a text (every finding reported).
        classify_level: the gateway's fail-closed classification: (level, failed).
        timeout_s: deadline for the full-span pass.
    """

    def __init__(self, classify_spans: SpanClassifyFn, classify_level: LevelFn, timeout_s: float) -> None:
        self._classify_spans = classify_spans
        self._classify_level = classify_level
        self._timeout_s = timeout_s

    async def redact(self, text: str, body: dict[str, object], mode: Mode | None) -> Redaction | None:
        """The redaction to send, or None when the request must stay local (see the module docstring).

        Args:
            text: the request's classified text (`ParsedRequest.classified_text`), already
                classified once for its level; the findings' offsets refer to it.
            body: the built body to redact.
            mode: the department's classifier mode.
        """
        try:
            async with asyncio.timeout(self._timeout_s):
                classification = await self._classify_spans(text)
        except Exception as exc:  # noqa: BLE001 - any failure keeps the request inside
            return self._kept("classifier", type(exc).__name__)
        values = [(f.kind, text[f.start : f.end]) for f in classification.findings if f.end > f.start]
        redaction = redact(body, values)
        if not redaction.complete:
            return self._kept("placement", ",".join(redaction.remaining_kinds()))
        level, failed = await self._classify_level(text_to_classify(redaction.body), mode)
        if failed or level > Sensitivity.PUBLIC:
            return self._kept("recheck", level.label)
        metrics.REDACTIONS.labels("sent").inc()
        return redaction

    @staticmethod
    def _kept(step: str, detail: str) -> None:
        # Kinds and levels only: never a value.
        logger.info("redaction incomplete at %s (%s); answering locally", step, detail)
        metrics.REDACTIONS.labels(f"kept_local_{step}").inc()
        return None
