"""Redact-then-restore for `personal` requests whose department opts in (`redact_hosted`).

A redacted request leaves only when every step below succeeds; any failure keeps it
local (the gateway's choice, made on a `None`):

0. the classifier itself found the request `personal`: a client that raised the level
   (`X-Sensitivity`, `metadata.sensitivity`) above what the level pass found asks for
   care the router cannot give by redaction: it cannot replace what it did not find,
   so the text would leave whole. Such a request is answered locally;

   A request that asks for `logprobs` is answered locally too: the hosted API would
   spell each placeholder over several tokens (`<`, `PERSON`, `_1>`), and no token
   could be given back its value;

1. every span: the level pass's findings (all the rules found: every identifier, and
   every name the rules recognise), plus what NER finds in the sentences those leave
   unexplained (`Classifier.names_beyond`, classifiers/full_spans.py) — NER over every
   sentence would cost ~20 ms per KB, and most sentences hold no unexplained capital —
   and each part of a found name ("Maurice" of "Maurice O'Neill", `name_parts`);
2. each finding's text (`text[start:end]`) is replaced in every string of the built body
   by a typed placeholder (`hosted.redact`); the redaction's own check must find none
   of the values left, in any spacing, case or separator form;
3. the redacted body is classified again with the department's mode and must be
   `public`: what the first pass missed, the second may still catch. The placeholders
   are read without their numbers (`<PERSON>`): digits would wake every recogniser
   that needs one and double the re-check's cost, and say nothing about anyone. Only
   the sentences within 200 characters of a placeholder are read
   (`classifiers.recheck_text`: the rest is the text the level pass read, and over
   every personal row of the tuned sets it kept local exactly what the whole-text
   re-check did); the whole text when a value ran across two strings and was removed
   from the second with no placeholder to anchor on (`Redaction.anchored`);
4. a last defence that shares no blind spot with step 2's choice of strings: the whole
   redacted body, serialised (every key and string at every depth), must hold none of
   the values in any case, spacing or separator form (`Redaction.leftover_kinds`).

The mapping from placeholders to values lives in the returned `Redaction` only: it is
never logged, audited or shared between requests.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from classifiers.full_spans import name_parts
from classifiers.recheck_text import recheck_text
from classifiers.settings import Mode
from classifiers.types import Classification, Finding, Sensitivity
from hosted import Redaction, redact
from router import metrics
from router.requests import text_to_classify

logger = logging.getLogger(__name__)

NamesBeyondFn = Callable[[str, Sequence[str]], Awaitable[list[Finding]]]
LevelFn = Callable[[str, Mode | None], Awaitable[tuple[Classification, bool]]]


class Redactor:
    """Builds the redacted body of one request, or says it must stay local.

    Args:
        names_beyond: the full-span pass beyond the level pass's findings (step 1).
        classify_level: the gateway's fail-closed classification: (classification, failed).
        timeout_s: deadline for the full-span pass.
    """

    def __init__(self, names_beyond: NamesBeyondFn, classify_level: LevelFn, timeout_s: float) -> None:
        self._names_beyond = names_beyond
        self._classify_level = classify_level
        self._timeout_s = timeout_s

    async def redact(
        self, text: str, found: Classification, body: dict[str, object], mode: Mode | None
    ) -> Redaction | None:
        """The redaction to send, or None when the request must stay local (see the module docstring).

        Args:
            text: the request's classified text (`ParsedRequest.classified_text`); the
                findings' offsets refer to it.
            found: the level pass's classification of `text`.
            body: the built body to redact.
            mode: the department's classifier mode.
        """
        if found.level < Sensitivity.PERSONAL:  # raised by the client: nothing known to redact
            return self._kept("client_level", found.level.label)
        asked = body.get("logprobs")
        if asked is not None and asked is not False:  # completions' 0 asks too (the chosen tokens')
            return self._kept("logprobs", "asked")
        values = [(f.kind, text[f.start : f.end]) for f in found.findings if f.end > f.start]
        try:
            async with asyncio.timeout(self._timeout_s):
                beyond = await self._names_beyond(text, [value for _, value in values])
        except Exception as exc:  # noqa: BLE001 - any failure keeps the request inside
            return self._kept("classifier", type(exc).__name__)
        values += [(f.kind, text[f.start : f.end]) for f in beyond if f.end > f.start]
        values += name_parts(values)
        try:
            redaction = redact(body, values)
            if not redaction.complete:
                return self._kept("placement", ",".join(redaction.remaining_kinds()))
            leftover = redaction.leftover_kinds()  # the values it was made from, as it collected them
            if leftover:  # a string the redaction did not take for text still holds a value
                return self._kept("leftover", ",".join(leftover))
            sent = redaction.unnumbered(text_to_classify(redaction.body))
            recheck, failed = await self._classify_level(recheck_text(sent) if redaction.anchored else sent, mode)
        except Exception as exc:  # noqa: BLE001 - a fault in redaction itself fails closed: local
            return self._kept("error", type(exc).__name__)
        if failed or recheck.level > Sensitivity.PUBLIC:
            return self._kept("recheck", recheck.level.label)
        metrics.REDACTIONS.labels("sent").inc()
        return redaction

    @staticmethod
    def _kept(step: str, detail: str) -> None:
        # Kinds and levels only: never a value.
        logger.info("redaction incomplete at %s (%s); answering locally", step, detail)
        metrics.REDACTIONS.labels(f"kept_local_{step}").inc()
        return None
