"""The hosted leg of a request: the department's tier and regions, and the tier actually served.

The API says in each answer (and each streamed chunk) which service tier served it. When
that differs from the tier asked for — a silent downgrade under load, or an account
without priority access — the mismatch is counted by department and model and the
served tier goes back to the client in `x-sovereign-service-tier`. A department that
does not accept a downgraded answer gets `TierRefused`, which the gateway treats like
the hosted API being unavailable (local fallback for public work, else 503). A stream is
checked on its first chunk, before the response starts, so a refusal is still possible.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from hosted import HostedCall, HostedClient, Redaction
from router import metrics
from router.audit.trail import note_service_tier_requested
from router.backends import Endpoint
from router.config import DepartmentPolicy, Settings
from router.errors import TierRefused
from router.streaming import sse_stream

TIER_HEADER = "x-sovereign-service-tier"
KNOWN_TIERS = frozenset({"auto", "default", "flex", "priority", "scale"})
"""Tier names the API defines; any other string the upstream sends is reported as `other`:
it goes into a response header and a metric label, so it must be a short word we know."""


class HostedLeg:
    """Calls the hosted client the way a department's policy says."""

    def __init__(self, client: HostedClient, settings: Settings) -> None:
        self.client = client
        self._default_tier = settings.hosted.service_tier
        # Regions with an upstream that is sent a tier: an Azure upstream is sent none (its API
        # defines no service_tier), so a department served by Azure alone asks for none.
        self._tiered_regions = {u.region for u in settings.hosted.resolved_upstreams() if u.kind == "openai"}

    async def call(
        self,
        endpoint: Endpoint,
        body: dict[str, Any],
        *,
        stream: bool,
        policy: DepartmentPolicy,
        department: str,
        headers: dict[str, str],
        redaction: Redaction | None = None,
    ) -> dict[str, Any] | AsyncIterator[bytes]:
        """One hosted answer; the served tier is added to `headers`.

        With a `redaction`, `body` is its redacted body and the answer comes back with the
        originals restored: whole, or chunk by chunk holding back only what could still be
        the start of a placeholder.

        Raises:
            HostedError: as `HostedClient` raises; `TierRefused` for an unaccepted downgrade.
        """
        requested = policy.service_tier or self._default_tier
        regions = policy.hosted_regions
        if any(regions is None or region in regions for region in self._tiered_regions):
            note_service_tier_requested(requested)  # the audit record shows a downgrade beside the served tier
        call = HostedCall(service_tier=requested, regions=regions)

        def check_tier(answer: dict[str, Any]) -> None:
            """Refuse a downgrade the department does not accept; note the tier served. The header is
            set only once the answer is sure to be the hosted one (a stream may still break before
            its response starts, and the answer is then the local fallback's)."""
            served = answer.get("service_tier")
            if not isinstance(served, str):
                return
            served = served if served in KNOWN_TIERS else "other"
            if requested != "auto" and served != requested:
                metrics.TIER_MISMATCHES.labels(department, str(body.get("model")), requested, served).inc()
                if not policy.accept_tier_downgrade:
                    # No header: the answer the client gets instead (local fallback or 503) was not hosted.
                    raise TierRefused(
                        f"it served the '{served}' tier instead of '{requested}', which this department does not accept"
                    )
            tier[TIER_HEADER] = served

        tier: dict[str, str] = {}
        if not stream:
            answer = await self.client.create(endpoint, body, call)
            check_tier(answer)
            headers.update(tier)
            return answer if redaction is None else redaction.restore_response(answer)
        chunks: AsyncIterator[dict[str, Any]] = self.client.stream(endpoint, body, call)
        if redaction is not None:
            chunks = _restored(chunks, redaction)
        frames = await sse_stream(chunks, on_first=check_tier)
        headers.update(tier)
        return frames

    def breaker_states(self) -> dict[str, str]:
        return self.client.breaker_states()


async def _restored(chunks: AsyncIterator[dict[str, Any]], redaction: Redaction) -> AsyncIterator[dict[str, Any]]:
    """Chunks with the originals put back; what a broken stream still held comes before its error."""
    restorer = redaction.chunk_restorer()
    try:
        try:
            async for chunk in chunks:
                yield restorer.restore_chunk(chunk)
        except Exception:
            for held in restorer.close():
                yield held
            raise
        for held in restorer.close():
            yield held
    finally:
        close = getattr(chunks, "aclose", None)
        if close is not None:
            await close()
