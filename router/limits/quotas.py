"""Per-minute request and token quotas per department and per credential, in the ingress replica.

Each (scope, kind) — `dept:HMRC:requests`, `key:<id>:tokens` — has a local share
(`shares.py`) leased from the shared ledger (`ledger.py`), which holds each limit over
any 60-s window, not over wall-clock minutes. Admission spends from the share with no
I/O; when a share runs low a renewal is started in the background, so requests do
not wait on the ledger. A request waits only when its replica holds no share at all
(the first request after the replica's leases ran out: a share lives 10 s, so a scope
idle longer waits once; or a burst that outran the renewal), and then on one lease
shared by every request waiting for that scope, sized to cover them all (a lease is
5 % of the limit, or as many requests as are waiting, whichever is more). Requests keep
leasing until they are covered, the ledger has nothing left, or the lease wait
(LEASE_TIMEOUT_S) runs out. When the ledger has nothing
left and the share is spent: 429, `Retry-After` = the seconds until enough of what the
ledger counts slides out of its window for one request, as the ledger said at the
replica's last lease (a refusal more than RECHECK_S after that asks the ledger again in
the background: other replicas' reports can only bring that time nearer).

`x-ratelimit-limit-*` is the limit; `x-ratelimit-remaining-*` what the ledger had left at
the replica's last lease plus the replica's unspent share; `x-ratelimit-reset-*` the
seconds until everything the ledger counted then has slid out of the window (the limit
back to whole, if nothing more is spent).

When the ledger cannot be reached (its actor died, a network fault) or does not answer
a waiting request's lease within LEASE_TIMEOUT_S (2 s), a replica spends what it already holds and then
refuses with 503 `quota_unavailable` and Retry-After: fail closed, never an unlimited
admission, never a request held forever.

Requests are counted at admission. Tokens are reserved at admission — the prompt's estimate
plus the most it may generate (`max_tokens` or `max_completion_tokens`, times `n`; nothing
when it sets neither; `estimate.TokenEstimate`), at most the limit —
so that requests admitted together cannot all spend the same remaining tokens; and settled
when the answer's `usage` is known (a JSON answer, or a stream's usage chunk: under a
tokens/min quota the router asks the backend for it, `ask_usage`, and drops it again if
the client did not ask): the difference is spent or given back. An answer that used more
than was reserved (a request without `max_tokens`) may take a token share negative; the
next lease pays the deficit back.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from hosted.sse import USAGE_OPTIONAL
from router.access.principal import Principal
from router.access.settings import Quota
from router.errors import ApiError
from router.limits.coordinator import LeaseFn
from router.limits.estimate import NO_ESTIMATE, TokenEstimate, positive_count
from router.limits.ledger import LeaseRequest
from router.limits.shares import Draw, Kind, Share

logger = logging.getLogger(__name__)

RETRY_AFTER_S = 5  # a 503 when the ledger cannot be reached
LEASE_TIMEOUT_S = 2.0  # a request waits this long for a lease, then 503: never a hang
LEASE_ABANDON_S = 30.0  # a lease still unanswered then is given up; the next request asks afresh
RECHECK_S = 1.0  # a refusal later than this after the ledger's last answer asks it again, in the background


@dataclass
class Ticket:
    """What admission spent, to settle tokens against and to report in headers.

    `used`: the tokens settled so far (a stream may report its usage more than once, each a
    running total); None while the reservation stands. `draws`: per token scope, the lots
    its tokens came from, where what it did not use goes back. `strip_usage`: the stream's
    usage chunk was asked for by the router, not the client (`Limiter.ask_usage`), so it is
    settled and then dropped from what the client gets.
    """

    token_shares: list[Share]
    headers: dict[str, str]
    estimate: TokenEstimate = NO_ESTIMATE
    strip_usage: bool = False
    used: int | None = None
    draws: dict[str, list[Draw]] = field(default_factory=dict)

    def reserved(self, share: Share) -> int:
        """Reserved at admission on `share`: the estimate, at most its limit."""
        return min(self.estimate.total, share.limit)

    def charged(self, share: Share) -> int:
        """What `share` counts for this request now."""
        return self.reserved(share) if self.used is None else self.used


NO_TICKET = Ticket([], {})


class Limiter:
    def __init__(self, quotas: dict[str, Quota], lease: LeaseFn,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._quotas = quotas
        self._lease = lease
        self._clock = clock  # the replica's own: lots expire and Retry-After counts on it
        self._holder = uuid.uuid4().hex[:12]  # this replica, to the ledger
        self._shares: dict[str, Share] = {}

    def _scopes(self, principal: Principal) -> list[Share]:
        quota = self._quotas.get(principal.department) or self._quotas.get("*")
        if quota is None:
            return []
        # A token's subject is the id of the key it was minted from: the key and its tokens
        # spend one per-key quota (`key:<id>`), or minting tokens would multiply it.
        credential = f"{'key' if principal.via in ('key', 'token') else principal.via}:{principal.subject}"
        wanted: list[tuple[str, Kind, int | None]] = [
            (f"dept:{principal.department}:requests", "requests", quota.requests_per_min),
            (f"dept:{principal.department}:tokens", "tokens", quota.tokens_per_min),
            (f"{credential}:requests", "requests", quota.key_requests_per_min),
            (f"{credential}:tokens", "tokens", quota.key_tokens_per_min),
        ]
        shares = []
        for scope, kind, limit in wanted:
            if limit is None:
                continue
            share = self._shares.get(scope)
            if share is None or share.limit != limit:
                share = self._shares[scope] = Share(scope, kind, limit)
            shares.append(share)
        return shares

    async def admit(self, principal: Principal, estimate: TokenEstimate = NO_ESTIMATE) -> Ticket:
        """Spend one request and reserve `estimate`'s tokens in every scope of the principal;
        ApiError 429 when one has not that much left."""
        shares = self._scopes(principal)
        if not shares:
            return NO_TICKET
        ticket = Ticket([s for s in shares if s.kind == "tokens"], {}, estimate)

        def wanted(share: Share) -> int:
            return 1 if share.kind == "requests" else ticket.reserved(share)
        # Lease until every share covers this request or the ledger has none left; one wait
        # of LEASE_TIMEOUT_S in all (then 503), however many lease rounds a burst takes.
        deadline = asyncio.get_running_loop().time() + LEASE_TIMEOUT_S
        while True:
            now = self._clock()
            for share in shares:
                share.expire(now)
            short = next((s for s in shares if not s.enough(wanted(s)) and not s.exhausted(now, wanted(s))), None)
            if short is None:
                break
            await self._renew(short, deadline, wanted(short))
        refusing = [s for s in shares if not s.enough(wanted(s))]
        if refusing:
            for share in refusing:
                if now - share.answered >= RECHECK_S:
                    # Other replicas' reports may have freed capacity sooner than the ledger said:
                    # ask again for the next request (this one is not kept waiting).
                    self._renew_soon(share)
            raise self._refusal(refusing, shares, now)
        for share in shares:
            draws = share.spend(wanted(share), now)
            if share.kind == "tokens":
                ticket.draws[share.scope] = draws
            self._renew_if_low(share, now)
        ticket.headers.update(self._headers(shares, now))
        return ticket

    def settle(self, ticket: Ticket, usage: Any) -> None:
        """Settle the tokens an answer used (`usage.total_tokens`) against what admission reserved:
        spend the rest, or give back what it did not use. Without a usable count the
        reservation stands."""
        if not ticket.token_shares or not isinstance(usage, dict):
            return
        total = usage.get("total_tokens")
        if not positive_count(total):
            return
        now = self._clock()
        for share in ticket.token_shares:
            share.expire(now)
            beyond = total - ticket.charged(share)
            draws = ticket.draws.setdefault(share.scope, [])
            if beyond > 0:
                draws += share.spend(beyond, now)
            elif beyond < 0:
                share.refund(draws, -beyond)
            self._renew_if_low(share, now)
        ticket.used = total

    def release(self, ticket: Ticket) -> None:
        """Give back a whole reservation: the request was refused or failed before an answer."""
        for share in ticket.token_shares:
            share.refund(ticket.draws.get(share.scope, []), ticket.charged(share))
        ticket.token_shares = []  # released once, whatever happens to the ticket next

    def ask_usage(self, ticket: Ticket, body: dict[str, Any]) -> None:
        """For a stream under a tokens/min quota: ask the backend for the usage chunk.

        Without it a stream would never be counted against tokens/min (a client could skip
        `stream_options.include_usage` and stream without limit). When the client did not ask
        for usage itself, `metered` settles the chunk and drops it from what the client gets.
        """
        # Set on every stream, so that nothing carries over from an earlier request in this context.
        USAGE_OPTIONAL.set(False)
        if not ticket.token_shares:
            return
        options = body.get("stream_options")
        if isinstance(options, dict) and options.get("include_usage"):
            return
        body["stream_options"] = {**(options if isinstance(options, dict) else {}), "include_usage": True}
        ticket.strip_usage = True
        # Usage only the router asked for: an upstream that ignores stream_options still gives a
        # whole stream (the hosted client must not end it with an error); `metered` logs the gap.
        USAGE_OPTIONAL.set(True)

    async def metered(self, ticket: Ticket, stream: AsyncIterator[bytes]) -> AsyncGenerator[bytes, None]:
        """Pass a stream through, settling the tokens of its `usage` chunk when it goes by (and
        dropping that chunk when only the router asked for it, `ask_usage`).

        A stream that closes with no usage seen — the client left after `finish_reason` or
        mid-stream, or the backend ignored `stream_options` — is charged an estimate: the
        prompt's, plus one token per content chunk relayed (a delta carries at least one
        token), at least 1. Not the whole reservation: `max_tokens` would charge a client who
        left early for tokens never generated.
        """
        counted = False
        relayed = 0  # content chunks sent on: the estimate when usage never comes
        try:
            async for chunk in stream:
                if b'"usage":{' in chunk and chunk.startswith(b"data: "):
                    try:
                        usage_chunk = orjson.loads(chunk[6:])
                        self.settle(ticket, usage_chunk.get("usage"))
                        counted = True
                    except (orjson.JSONDecodeError, AttributeError):
                        usage_chunk = None
                    if ticket.strip_usage and isinstance(usage_chunk, dict) and not usage_chunk.get("choices"):
                        continue  # the usage-only chunk the client did not ask for
                relayed += _carries_content(chunk)
                yield chunk
            if not counted:
                # The backend ignored stream_options (or the client's own usage never came, which
                # the hosted client reports in-band): the stream itself is fine; estimated below.
                logger.warning("a stream under a tokens/min quota ended with no usage; its tokens are estimated")
        finally:
            if not counted:
                self.settle(ticket, {"total_tokens": ticket.estimate.prompt + max(1, relayed)})
            close = getattr(stream, "aclose", None)
            if close is not None:
                await close()

    def _renew_if_low(self, share: Share, now: float) -> None:
        if share.balance < share.chunk // 2 + 1 and not share.exhausted(now):
            self._renew_soon(share)

    def _renew_soon(self, share: Share) -> None:
        if share.renewing is None or share.renewing.done():
            share.renewing = asyncio.get_running_loop().create_task(self._lease_for(share))
            share.renewing.add_done_callback(_retrieved)

    async def _renew(self, share: Share, deadline: float, amount: int) -> None:
        share.waiters.append(amount)
        self._renew_soon(share)
        assert share.renewing is not None  # noqa: S101 - set just above
        try:
            # A request waits LEASE_TIMEOUT_S at most (then 503); the lease itself goes on in the
            # background (a ledger actor being re-created answers the requests that come after).
            async with asyncio.timeout_at(deadline):
                await asyncio.shield(share.renewing)
        except Exception as exc:  # noqa: BLE001 - whatever broke the ledger, refuse (fail closed)
            logger.warning("quota ledger unavailable (%s); refusing what the local share cannot cover",
                           type(exc).__name__)
            raise ApiError(503, "rate limiting is temporarily unavailable; retry shortly", code="quota_unavailable",
                           headers={"retry-after": str(RETRY_AFTER_S)}) from None
        finally:
            share.waiters.remove(amount)

    async def _lease_for(self, share: Share) -> None:
        asked = self._clock()
        share.expire(asked)
        # Requests waiting for this lease spend what it grants at once (one request each, or their
        # tokens' reservations): lease for all of them (not one chunk per round, which left a
        # burst refused with the limit unleased).
        want = max(share.chunk, share.waiting) + share.debt
        reports = share.take_reports()
        request = LeaseRequest(share.scope, share.limit, want, self._holder, reports, share.need(), share.waiting)
        try:
            # A ledger that stops answering (an actor behind a dead node) must not keep the share's
            # renewal pending forever: after LEASE_ABANDON_S the next request asks afresh.
            async with asyncio.timeout(LEASE_ABANDON_S):
                [lease] = await self._lease([request])
        except BaseException:
            share.reports[:0] = reports  # not delivered: sent with the next lease
            raise
        share.receive(lease, asked, self._clock())

    def _headers(self, shares: list[Share], now: float, binding: Share | None = None) -> dict[str, str]:
        headers: dict[str, str] = {}
        for kind in ("requests", "tokens"):
            of_kind = [s for s in shares if s.kind == kind]
            if not of_kind:
                continue
            # A refusal describes the share that refused it longest; otherwise the one nearest its limit.
            tightest = binding if binding is not None and binding.kind == kind else min(of_kind, key=_remaining)
            headers[f"x-ratelimit-limit-{kind}"] = str(tightest.limit)
            headers[f"x-ratelimit-remaining-{kind}"] = str(_remaining(tightest))
            headers[f"x-ratelimit-reset-{kind}"] = go_duration(tightest.reset_at - now)
        return headers

    def _refusal(self, refusing: list[Share], shares: list[Share], now: float) -> ApiError:
        # Every refusing scope must have room again before the request can pass: Retry-After is
        # the latest of their times (the first one's alone sent a client back to be refused again).
        binding = max(refusing, key=lambda s: s.retry_at)
        headers = self._headers(shares, now, binding)
        headers["retry-after"] = str(max(1, math.ceil(binding.retry_at - now)))
        return ApiError(429, f"rate limit reached: {binding.kind} per minute", code="rate_limit_exceeded",
                        headers=headers)


def go_duration(seconds: float) -> str:
    """`x-ratelimit-reset-*` as OpenAI writes it, a Go duration ("1s", "1m10s", "1h0m5s"), in
    whole seconds rounded up: a client that waits that long never comes back too early."""
    total = max(0, math.ceil(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m{secs}s"
    return f"{minutes}m{secs}s" if minutes else f"{secs}s"


def _remaining(share: Share) -> int:
    return (share.left or 0) + max(0, share.balance)


_CONTENT = (b'"content":"', b'"text":"', b'"arguments":"', b'"refusal":"')
_EMPTY = (b'"content":""', b'"text":""', b'"arguments":""', b'"refusal":""')


def _carries_content(chunk: bytes) -> bool:
    """An SSE event with generated text in it (chat or completions content, tool arguments)."""
    return any(marker in chunk and empty not in chunk for marker, empty in zip(_CONTENT, _EMPTY, strict=True))


def _retrieved(task: asyncio.Task[None]) -> None:
    # A background renewal's failure is answered by the next request that needs the share
    # (503); reading it here keeps asyncio from logging it as never retrieved.
    if not task.cancelled():
        task.exception()


def replica_limiter(quotas: dict[str, Quota]) -> Limiter:
    """An ingress replica's limiter: shares leased from the cluster's ledger actor when quotas are set."""
    from router.limits.coordinator import actor_lease_fn, local_lease_fn

    return Limiter(quotas, actor_lease_fn() if quotas else local_lease_fn())
