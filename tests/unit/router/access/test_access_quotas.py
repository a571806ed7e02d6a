"""Quotas: the ledger never leases more than a limit; replicas sharing it admit the limit."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from router.access import Principal
from router.access.settings import Quota
from router.errors import ApiError
from router.limits import LeaseRequest, Limiter, QuotaLedger, Spent, TokenEstimate, local_lease_fn
from router.limits.coordinator import LeaseFn
from router.limits.ledger import Lease

HMRC = Principal("HMRC", ("caseworker",), "k1", "key")


def test_ledger_caps_each_window() -> None:
    ledger = QuotaLedger()
    grants = [ledger.lease([LeaseRequest("s", 10, 4)], now=120.0)[0].granted for _ in range(4)]
    assert grants == [4, 4, 2, 0]
    # Unreported shares may be spent until 130 (their lifetime): they count until 190, not until
    # the wall-clock minute turns at 180.
    assert ledger.lease([LeaseRequest("s", 10, 4)], now=189.9)[0].granted == 0
    assert ledger.lease([LeaseRequest("s", 10, 4)], now=190.0)[0].granted == 4


def _shared_ledger() -> tuple[LeaseFn, list[int]]:
    ledger = QuotaLedger()
    calls: list[int] = []

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        calls.append(len(requests))
        await asyncio.sleep(0.001)  # a real round trip takes time; renewals overlap requests
        return ledger.lease(requests)

    return lease, calls


async def _burst(limiters: list[Limiter], n: int, principal: Principal = HMRC) -> tuple[int, list[ApiError]]:
    admitted, refused = 0, []
    for i in range(n):
        try:
            await limiters[i % len(limiters)].admit(principal)
            admitted += 1
        except ApiError as exc:
            refused.append(exc)
    return admitted, refused


def test_two_replicas_admit_exactly_the_limit() -> None:
    lease, calls = _shared_ledger()
    quotas = {"HMRC": Quota(requests_per_min=200)}
    replicas = [Limiter(quotas, lease), Limiter(quotas, lease)]
    admitted, refused = asyncio.run(_burst(replicas, 300))
    assert admitted == 200
    assert len(calls) < 60  # leases, not a round trip per request
    error = refused[0]
    assert error.status == 429 and error.code == "rate_limit_exceeded"
    assert 1 <= int(error.headers["retry-after"]) <= 60
    assert error.headers["x-ratelimit-limit-requests"] == "200"
    assert error.headers["x-ratelimit-remaining-requests"] == "0"


def test_concurrent_requests_share_one_lease() -> None:
    lease, calls = _shared_ledger()
    limiter = Limiter({"*": Quota(requests_per_min=1000)}, lease)

    async def scenario() -> None:
        tickets = await asyncio.gather(*(limiter.admit(HMRC) for _ in range(40)))
        assert len(tickets) == 40
        assert "x-ratelimit-remaining-requests" in tickets[0].headers

    asyncio.run(scenario())
    assert len(calls) <= 3


def test_per_key_limits_and_other_departments() -> None:
    limiter = Limiter({"HMRC": Quota(key_requests_per_min=5)}, local_lease_fn())
    other_key = Principal("HMRC", ("caseworker",), "k2", "key")
    assert asyncio.run(_burst([limiter], 8))[0] == 5
    assert asyncio.run(_burst([limiter], 8, other_key))[0] == 5
    assert asyncio.run(_burst([limiter], 50, Principal("DWP", (), "k3", "key")))[0] == 50  # no quota


def test_tokens_are_settled_from_usage() -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=100)}, local_lease_fn())

    async def scenario() -> int:
        admitted = 0
        for _ in range(20):
            try:
                ticket = await limiter.admit(HMRC)
            except ApiError as exc:
                assert exc.headers["x-ratelimit-limit-tokens"] == "100"
                break
            admitted += 1
            limiter.settle(ticket, {"total_tokens": 30})
        return admitted

    assert asyncio.run(scenario()) == 4  # 0, 30, 60, 90 used before each; the fifth finds none left


@pytest.mark.parametrize(("usage", "used"), [(None, 1), ({}, 1), ({"total_tokens": "x"}, 1),
                                            ({"total_tokens": -3}, 1), ({"total_tokens": True}, 1),
                                            ({"total_tokens": 4}, 4)])
def test_settle_ignores_unusable_usage(usage: object, used: int) -> None:
    ledger = QuotaLedger()

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        return ledger.lease(requests)

    limiter = Limiter({"HMRC": Quota(tokens_per_min=10)}, lease)

    async def scenario() -> tuple[str, str, int]:
        first = await limiter.admit(HMRC)
        limiter.settle(first, usage)
        second = await limiter.admit(HMRC)
        await asyncio.sleep(0)  # a background renewal, if the second started one
        held = second.token_shares[0].balance
        return first.headers["x-ratelimit-remaining-tokens"], second.headers["x-ratelimit-remaining-tokens"], held

    before, after, held = asyncio.run(scenario())
    # Each admission reserves one token (no prompt, no max_tokens); unusable usage leaves the
    # first's reservation as its count, a usable one replaces it.
    assert int(before) - int(after) == used
    leased = ledger.lease([LeaseRequest("dept:HMRC:tokens", 10, 10)])[0]
    # What is left to lease (granted, or left after a grant split between holders): the first
    # request's tokens, the second's reservation and what the replica holds unspent taken.
    assert leased.granted + leased.left == 10 - used - 1 - held


def test_streams_settle_their_usage_chunk() -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=100)}, local_lease_fn())

    async def chunks() -> Any:
        yield b'data: {"choices":[]}\n\n'
        yield b'data: {"choices":[],"usage":{"total_tokens":100}}\n\n'
        yield b"data: [DONE]\n\n"

    async def scenario() -> list[bytes]:
        ticket = await limiter.admit(HMRC)
        out = [chunk async for chunk in limiter.metered(ticket, chunks())]
        with pytest.raises(ApiError):
            await limiter.admit(HMRC)
        return out

    assert len(asyncio.run(scenario())) == 3


def _usage_stream() -> Any:
    async def chunks() -> Any:
        yield b'data: {"choices":[{"delta":{"content":"hi"}}],"usage":null}\n\n'
        yield b'data: {"choices":[],"usage":{"total_tokens":100}}\n\n'
        yield b"data: [DONE]\n\n"

    return chunks()


@pytest.mark.parametrize("client_asked", [False, True])
def test_a_stream_under_a_token_quota_is_counted_whether_or_not_the_client_asks(client_asked: bool) -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=100)}, local_lease_fn())
    body: dict[str, Any] = {"model": "auto", "messages": []}
    if client_asked:
        body["stream_options"] = {"include_usage": True}

    async def scenario() -> list[bytes]:
        ticket = await limiter.admit(HMRC)
        limiter.ask_usage(ticket, body)
        out = [chunk async for chunk in limiter.metered(ticket, _usage_stream())]
        with pytest.raises(ApiError) as caught:  # the stream's 100 tokens were counted
            await limiter.admit(HMRC)
        assert caught.value.status == 429
        return out

    out = asyncio.run(scenario())
    assert body["stream_options"] == {"include_usage": True}  # the backend is asked for usage
    # The usage chunk reaches the client only when it asked for it.
    assert any(b'"usage":{' in chunk for chunk in out) == client_asked
    assert out[-1] == b"data: [DONE]\n\n" and len(out) == (3 if client_asked else 2)


def test_no_token_quota_leaves_the_body_alone() -> None:
    limiter = Limiter({"HMRC": Quota(requests_per_min=100)}, local_lease_fn())
    body: dict[str, Any] = {"model": "auto"}

    async def scenario() -> None:
        limiter.ask_usage(await limiter.admit(HMRC), body)

    asyncio.run(scenario())
    assert "stream_options" not in body


def test_the_ledger_counts_the_replicas_that_hold_a_share() -> None:
    ledger = QuotaLedger()

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        return ledger.lease(requests)

    quotas = {"HMRC": Quota(requests_per_min=100)}
    one, two = Limiter(quotas, lease), Limiter(quotas, lease)
    asyncio.run(_burst([one], 10))
    assert ledger.holders("dept:HMRC:requests") == 1
    asyncio.run(_burst([one, two], 10))
    assert ledger.holders("dept:HMRC:requests") == 2
    assert ledger.holders("dept:DWP:requests") == 0


def _slow_lease(delay: float) -> LeaseFn:
    base = local_lease_fn()

    async def lease(requests: list[LeaseRequest]) -> list[Lease]:
        await asyncio.sleep(delay)  # a ledger round trip: requests pile up waiting for it
        return await base(requests)

    return lease


async def _concurrent(limiter: Limiter, n: int, estimate: TokenEstimate | None = None) -> list[int]:
    async def one() -> int:
        try:
            await limiter.admit(HMRC, estimate or TokenEstimate())
        except ApiError as exc:
            return exc.status
        return 200

    return list(await asyncio.gather(*(one() for _ in range(n))))


@pytest.mark.parametrize(("n", "limit"), [(500, 1000), (30, 60), (1000, 1000)])
def test_a_burst_under_the_limit_arriving_at_once_is_admitted_whole(n: int, limit: int) -> None:
    # Each lease is 5 % of the limit; requests waiting together must not stop after a fixed
    # number of lease rounds (they did: 400 of 500 admitted, 100 refused 429 with 600 unleased).
    limiter = Limiter({"HMRC": Quota(requests_per_min=limit)}, _slow_lease(0.005))
    assert asyncio.run(_concurrent(limiter, n)).count(200) == n


def test_a_concurrent_burst_over_the_limit_is_still_refused() -> None:
    limiter = Limiter({"HMRC": Quota(requests_per_min=60)}, _slow_lease(0.005))
    statuses = asyncio.run(_concurrent(limiter, 100))
    assert statuses.count(200) == 60 and statuses.count(429) == 40


def _two_replica_bursts(quota: Quota, n: int, estimate: TokenEstimate | None = None) -> list[int]:
    """`n` concurrent requests on each of two replicas sharing one ledger: every status."""
    lease, _ = _shared_ledger()
    replicas = [Limiter({"HMRC": quota}, lease), Limiter({"HMRC": quota}, lease)]

    async def scenario() -> list[int]:
        halves = await asyncio.gather(*(_concurrent(r, n, estimate) for r in replicas))
        return halves[0] + halves[1]

    return asyncio.run(scenario())


def test_two_replicas_under_concurrent_bursts_stay_within_the_limit() -> None:
    statuses = _two_replica_bursts(Quota(requests_per_min=200), 150)
    assert statuses.count(200) == 200 and statuses.count(429) == 100


def test_a_key_and_the_tokens_minted_from_it_share_one_per_key_quota() -> None:
    # A token's subject is the key id it was minted from: both count against `key:<id>`.
    limiter = Limiter({"HMRC": Quota(key_requests_per_min=2)}, local_lease_fn())
    via_key = Principal("HMRC", ("caseworker",), "k9", "key")
    via_token = Principal("HMRC", ("caseworker",), "k9", "token")

    async def scenario() -> list[int]:
        statuses = []
        for principal in (via_key, via_token, via_token, via_key):
            try:
                await limiter.admit(principal)
                statuses.append(200)
            except ApiError as exc:
                statuses.append(exc.status)
        return statuses

    assert asyncio.run(scenario()) == [200, 200, 429, 429]


def _long_stream(with_usage: bool = True) -> Any:
    async def chunks() -> Any:
        yield b'data: {"choices":[{"delta":{"role":"assistant","content":""}}]}\n\n'
        for _ in range(100):
            yield b'data: {"choices":[{"delta":{"content":"tok"}}]}\n\n'
        yield b'data: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\n'
        if with_usage:
            yield b'data: {"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":100,"total_tokens":110}}\n\n'
        yield b"data: [DONE]\n\n"

    return chunks()


@pytest.mark.parametrize("leave_after", ["finish", "middle", "no-usage"])
def test_a_stream_the_client_leaves_before_its_usage_is_still_charged(leave_after: str) -> None:
    # A client that closes after finish_reason (or mid-stream) never lets the usage chunk by:
    # the content chunks it was sent are charged instead (at least one token each).
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, local_lease_fn())

    async def scenario() -> tuple[int, int, int]:
        ticket = await limiter.admit(HMRC)
        before = int(ticket.headers["x-ratelimit-remaining-tokens"])
        metered = limiter.metered(ticket, _long_stream(with_usage=leave_after != "no-usage"))
        relayed = 0
        async for chunk in metered:
            relayed += b'"content":"tok"' in chunk
            if (leave_after == "finish" and b"finish_reason" in chunk) or (leave_after == "middle" and relayed == 40):
                break
        await metered.aclose()  # what the ingress does when the client goes away
        after = int((await limiter.admit(HMRC)).headers["x-ratelimit-remaining-tokens"])
        return before, after, relayed

    before, after, relayed = asyncio.run(scenario())
    assert before - after >= relayed > 0


def test_the_ledger_actor_name_changes_with_its_wire_format() -> None:
    # The actor is detached and found by name: a release whose leases the old actor cannot read must
    # not find it (every quota-limited request was a 503 until someone killed the old actor).
    import dataclasses

    from router.limits.coordinator import ACTOR_NAME, WIRE_VERSION, actor_name, wire_fingerprint
    from router.limits.ledger import Spent

    assert ACTOR_NAME != "sovereign-router-quota-ledger"  # the name the previous release's actor holds
    assert ACTOR_NAME == actor_name() and f"-v{WIRE_VERSION}-" in ACTOR_NAME
    assert actor_name(WIRE_VERSION + 1) != ACTOR_NAME  # a change of meaning, bumped by hand
    # A field added, removed or retyped in any message changes the name by itself.
    wider = dataclasses.make_dataclass("LeaseRequest", [(f.name, f.type) for f in dataclasses.fields(LeaseRequest)]
                                       + [("priority", "int")])
    retyped = dataclasses.make_dataclass("Spent", [(f.name, "str" if f.name == "spent" else f.type)
                                                   for f in dataclasses.fields(Spent)])
    same = dataclasses.make_dataclass("Spent", [(f.name, f.type) for f in dataclasses.fields(Spent)])
    assert wire_fingerprint((LeaseRequest, Lease, same)) == wire_fingerprint()
    assert wire_fingerprint((wider, Lease, Spent)) != wire_fingerprint()
    assert wire_fingerprint((LeaseRequest, Lease, retyped)) != wire_fingerprint()
    assert actor_name(fingerprint=wire_fingerprint((wider, Lease, Spent))) != ACTOR_NAME


class _Clock:
    def __init__(self) -> None:
        self.at = 0.0

    def __call__(self) -> float:
        return self.at


def test_the_ledger_forgets_scopes_no_one_leases_any_more() -> None:
    # 50,000 keys used once stayed in the ledger for ever: only a scope's own lease pruned it.
    clock = _Clock()
    ledger = QuotaLedger(clock=clock)
    sweeps = 0
    sweep = ledger.sweep

    def counted_sweep(now: float | None = None) -> None:
        nonlocal sweeps
        sweeps += 1
        sweep(now)

    ledger.sweep = counted_sweep  # type: ignore[method-assign]
    for i in range(5000):
        clock.at = i * 0.001  # five seconds of leases
        ledger.lease([LeaseRequest(f"key:{i}:requests", 100, 5, holder="r1")])
    assert sweeps == 1  # amortised: not a pass over every scope on each lease
    clock.at = 69.0  # the last grants (up to 5.0) may be spent until 15.0: they count until 75.0
    ledger.lease([LeaseRequest("dept:X:requests", 100, 5, holder="r1")])
    assert ledger.holders("key:4999:requests") == 1 and len(ledger._scopes) > 1000
    clock.at = 80.0
    ledger.lease([LeaseRequest("dept:X:requests", 100, 5, holder="r1")])
    assert list(ledger._scopes) == ["dept:X:requests"]
    assert sweeps == 3


def test_a_grant_given_back_unspent_is_dropped_at_once() -> None:
    clock = _Clock()
    ledger = QuotaLedger(clock=clock)
    lease = ledger.lease([LeaseRequest("s", 100, 5, holder="r1")])[0]
    assert ledger.holders("s") == 1
    clock.at = 11.0  # the replica's share ran out unspent: reported with its next lease (which another asks)
    ledger.lease([LeaseRequest("s", 100, 0, holder="r1", spent=(Spent(lease.grant, 0, 0.0),))])
    assert ledger.holders("s") == 0  # before: kept 60 s more at amount 0
    assert "s" not in ledger._scopes


# --- tokens/min: reserved at admission, settled from usage -------------------------------------


def test_a_concurrent_burst_cannot_spend_the_same_tokens_twice() -> None:
    # 20 requests that may each generate 100 tokens arrive together against 1,000 tokens/min.
    # Before reservations every one of them was admitted (the share had tokens left when each
    # was checked, and none had used any yet): 2,000 tokens against a 1,000 limit.
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, _slow_lease(0.005))
    statuses = asyncio.run(_concurrent(limiter, 20, TokenEstimate(completion=100)))
    assert statuses.count(200) == 10 and statuses.count(429) == 10


def test_two_replicas_reserving_tokens_stay_within_the_limit() -> None:
    statuses = _two_replica_bursts(Quota(tokens_per_min=3000), 40, TokenEstimate(prompt=25, completion=75))
    assert statuses.count(200) == 30  # 30 x 100 tokens


def test_what_a_reservation_did_not_use_comes_back() -> None:
    # Each may generate 100 and uses 10: 50 of them fit in 1,000 tokens/min one after another
    # (without giving the unused 90 back, the eleventh would be refused).
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, local_lease_fn())

    async def scenario() -> int:
        for admitted in range(50):
            try:
                ticket = await limiter.admit(HMRC, TokenEstimate(prompt=2, completion=100))
            except ApiError:
                return admitted
            limiter.settle(ticket, {"total_tokens": 10})
        return 50

    assert asyncio.run(scenario()) == 50


def test_an_answer_longer_than_its_reservation_spends_the_rest() -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=100)}, local_lease_fn())

    async def scenario() -> list[int]:
        statuses = []
        for _ in range(5):
            try:
                ticket = await limiter.admit(HMRC, TokenEstimate(prompt=5))  # no max_tokens: 5 reserved
            except ApiError:
                statuses.append(429)
                continue
            statuses.append(200)
            limiter.settle(ticket, {"total_tokens": 40})
        return statuses

    assert asyncio.run(scenario()) == [200, 200, 200, 429, 429]  # 0, 40, 80 used before each


def test_a_reservation_larger_than_the_limit_waits_for_a_whole_window_not_for_ever() -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=100)}, local_lease_fn())

    async def scenario() -> tuple[str, int]:
        first = await limiter.admit(HMRC, TokenEstimate(completion=10_000))  # capped at the limit
        try:
            await limiter.admit(HMRC, TokenEstimate(completion=1))
        except ApiError as exc:
            return exc.headers["retry-after"], exc.status
        raise AssertionError(f"admitted beyond the limit: {first.headers}")

    retry_after, status = asyncio.run(scenario())
    assert status == 429 and 1 <= int(retry_after) <= 70


@pytest.mark.parametrize(("body", "text", "expected"), [
    ({}, "", (0, 0)),
    ({}, "x" * 9, (3, 0)),  # a token per 4 characters, rounded up
    ({"max_tokens": 50}, "", (0, 50)),
    ({"max_tokens": 50, "max_completion_tokens": 20}, "", (0, 20)),  # the newer name wins
    ({"max_tokens": 50, "max_completion_tokens": None}, "", (0, 50)),  # null: the older name
    ({"max_tokens": 50, "n": 3}, "", (0, 150)),
    ({"max_tokens": True}, "", (0, 0)),
    ({"max_tokens": -5}, "", (0, 0)),
    ({"max_tokens": "50"}, "", (0, 0)),
    ({"max_tokens": 50, "n": 0}, "", (0, 0)),
    # 3 tokens a message and 3 more for the chat format
    ({"messages": [{"role": "user", "content": "x" * 8}] * 2, "max_tokens": 5}, "x" * 16, (4 + 9, 5)),
])
def test_the_token_estimate(body: dict[str, Any], text: str, expected: tuple[int, int]) -> None:
    estimate = TokenEstimate.of(body, text)
    assert (estimate.prompt, estimate.completion) == expected
    assert estimate.total == max(1, sum(expected))


def test_a_request_refused_or_failed_after_admission_gives_its_reservation_back() -> None:
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, local_lease_fn())

    async def scenario() -> tuple[int, int, int]:
        kept = await limiter.admit(HMRC, TokenEstimate(completion=300))
        failed = await limiter.admit(HMRC, TokenEstimate(completion=200))  # its backend will fail
        share = kept.token_shares[0]
        await asyncio.sleep(0.01)  # any background renewal has landed
        before = share.balance
        limiter.release(failed)
        after_one = share.balance
        limiter.release(failed)  # given back once, however often it is called
        limiter.release(failed)
        return before, after_one, share.balance

    before, after_one, after_three = asyncio.run(scenario())
    assert after_one == before + 200  # the 200 came back
    assert after_three == after_one  # and no more: `kept`'s 300 stay spent


def test_usage_reported_more_than_once_is_settled_as_a_running_total() -> None:
    # vLLM's continuous_usage_stats puts a running usage in every chunk: each settle must adjust
    # by the change, not give back the reservation's unused part again every time.
    limiter = Limiter({"HMRC": Quota(tokens_per_min=1000)}, local_lease_fn())

    async def scenario() -> int:
        ticket = await limiter.admit(HMRC, TokenEstimate(completion=500))
        for total in (100, 120, 150):
            limiter.settle(ticket, {"total_tokens": total})
        for admitted in range(20):  # 850 left: eight reservations of 100, not more
            try:
                await limiter.admit(HMRC, TokenEstimate(completion=100))
            except ApiError:
                return admitted
        return 20

    assert asyncio.run(scenario()) == 8
