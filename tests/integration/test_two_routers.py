"""Two routers on one host each answer only their own keys, from the first request after ready.

Ray Serve's HAProxy mode puts a Python "fallback" proxy behind HAProxy as its backup
server, used while no ingress replica is up. Ray binds it on port 8500 with SO_REUSEPORT
in every cluster, so a second router's fallback proxy shared the port with the first's and
the kernel handed connections to either: the second router's `/readyz` and first requests
were answered by the first router's replica, which did not know the second's key (401),
and the prompts had crossed to it. Each router now has a fallback port of its own and
SO_REUSEPORT off (router/lifecycle.py `own_ports_env`).

Two real `sovereign-router serve` processes, each with its own data directory and key;
B is started while A serves; each is asked at once after its `/readyz` says ready. At the
commit before the fix this failed on B's `/readyz` answered by A, or on 8500 held by both.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from router.access.keys import new_key
from tests.integration.routers import BODY, Router
from tests.integration.serve_process import wait_until_serving


def _first_answers(router: Router, own: str, other: str) -> tuple[str, list[int]]:
    """At once after `/readyz` says ready: who answered it, and own key x3 then the other's."""
    ready = router.wait_ready()  # asked at once, as the benchmark that saw the 401s did
    with httpx.Client(timeout=60.0) as client:
        statuses = [router.ask(client, own) for _ in range(3)] + [router.ask(client, other)]
    return ready.json()["haproxy_ports"], statuses


def test_a_router_beside_another_answers_its_own_key_and_refuses_the_others(
    start_router: Callable[..., Router],
) -> None:
    # Status ports opened beyond loopback: `/readyz` then names its own router's stats port.
    first = start_router("a", SOVEREIGN_ROUTER_SERVER__HAPROXY_STATUS_HOST="0.0.0.0")
    first_ready, at_first = _first_answers(first, first.key, new_key()[1])  # a key no store holds
    assert wait_until_serving(first.proc, first.log, first.url, 0), first.log.read_text()[-3000:]
    second = start_router("b", SOVEREIGN_ROUTER_SERVER__HAPROXY_STATUS_HOST="0.0.0.0")
    second_ready, at_second = _first_answers(second, second.key, first.key)
    # Who answered each readiness check: the body names its own router's HAProxy stats port.
    assert f"(:{first.stats_port})" in first_ready
    assert f"(:{second.stats_port})" in second_ready
    assert at_first == [200, 200, 200, 401]
    assert at_second == [200, 200, 200, 401]
    assert wait_until_serving(second.proc, second.log, second.url, 0), second.log.read_text()[-3000:]
    with httpx.Client(timeout=60.0) as client:
        assert [first.ask(client, first.key), first.ask(client, second.key)] == [200, 401]
    # Where HAProxy sends the router's requests while its replica is not up: new connections
    # (the kernel spread them over every proxy sharing Ray's 8500) all reach this router.
    fallback = second.fallback_url()
    statuses = []
    for _ in range(8):
        with httpx.Client(timeout=60.0) as fresh:
            response = fresh.post(f"{fallback}/v1/chat/completions", json=BODY,
                                  headers={"Authorization": f"Bearer {second.key}"})
            statuses.append(response.status_code)
    assert statuses == [200] * 8, fallback
    # No port is listened on by both routers' processes (Ray's 8500 was, by both fallback proxies).
    assert first.listening_ports() & second.listening_ports() == set()
