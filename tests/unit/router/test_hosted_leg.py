"""The hosted leg against a real simulator: the department's tier, and the tier served."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from benchmarks.upstream_sim import UpstreamSim
from hosted import HostedAuthFailed, HostedClient, HostedRejected, HostedUnavailable
from router import metrics
from router.audit.trail import _CURRENT, _Draft
from router.config import DepartmentPolicy, Settings
from router.errors import TierRefused, to_api_error
from router.hosted_leg import TIER_HEADER, HostedLeg

pytestmark = pytest.mark.anyio
CHAT = {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 2}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def leg(sim: UpstreamSim, make_settings: Callable[..., Settings]) -> AsyncIterator[HostedLeg]:
    settings = make_settings(hosted={"api_key": "sk-x", "base_url": sim.base_url, "max_retries": 0})
    hosted = HostedLeg(HostedClient(settings.hosted), settings)
    yield hosted
    await hosted.client.aclose()


async def _call(leg: HostedLeg, policy: DepartmentPolicy, stream: bool = False) -> tuple[Any, dict[str, str]]:
    headers: dict[str, str] = {}
    body = {**CHAT, "stream": stream}
    result = await leg.call("chat.completions", body, stream=stream, policy=policy, department="d", headers=headers)
    return result, headers


async def test_the_departments_tier_is_asked_for_and_the_served_tier_reported(leg: HostedLeg, sim: UpstreamSim) -> None:
    _, headers = await _call(leg, DepartmentPolicy(service_tier="flex"))
    assert sim.records[-1]["body"]["service_tier"] == "flex" and headers[TIER_HEADER] == "flex"
    _, headers = await _call(leg, DepartmentPolicy())
    assert sim.records[-1]["body"]["service_tier"] == "priority" and headers[TIER_HEADER] == "priority"


@pytest.mark.parametrize("stream", [False, True])
async def test_a_downgrade_is_reported_and_accepted_by_default(leg: HostedLeg, sim: UpstreamSim, stream: bool) -> None:
    sim.set_fault(service_tier="default")
    result, headers = await _call(leg, DepartmentPolicy(), stream)
    assert headers[TIER_HEADER] == "default"
    if stream:
        assert [frame async for frame in result][-1] == b"data: [DONE]\n\n"


@pytest.mark.parametrize("stream", [False, True])
async def test_a_downgrade_a_department_refuses_is_a_clear_503(leg: HostedLeg, sim: UpstreamSim, stream: bool) -> None:
    sim.set_fault(service_tier="default")
    with pytest.raises(TierRefused) as caught:
        await _call(leg, DepartmentPolicy(accept_tier_downgrade=False), stream)
    error = to_api_error(caught.value)
    assert error.status == 503 and "'default' tier instead of 'priority'" in error.message
    assert error.headers["retry-after"]


@pytest.mark.parametrize("stream", [False, True])
async def test_a_refused_downgrade_leaves_no_tier_header_for_the_fallback_answer(
    leg: HostedLeg, sim: UpstreamSim, stream: bool
) -> None:
    """The gateway answers a refused downgrade locally with the same headers: no hosted tier may be among them."""
    sim.set_fault(service_tier="default")
    headers: dict[str, str] = {}
    with pytest.raises(TierRefused):
        await leg.call("chat.completions", {**CHAT, "stream": stream}, stream=stream,
                       policy=DepartmentPolicy(accept_tier_downgrade=False), department="d", headers=headers)
    assert TIER_HEADER not in headers


ORG_429 = ("Rate limit reached for gpt-4.1-mini in organization org-R0uterOrg0001 on requests per min (RPM): "
           "Limit 500, Used 500, Requested 1.")


async def test_a_429_reaches_the_client_in_our_words_with_its_retry_after(leg: HostedLeg, sim: UpstreamSim) -> None:
    """OpenAI's message names the router's organisation: the client gets ours; the log keeps OpenAI's."""
    sim.set_fault(429, message=ORG_429, retry_after_s=3)
    with pytest.raises(HostedRejected) as caught:
        await _call(leg, DepartmentPolicy())
    error = to_api_error(caught.value)
    assert (error.status, error.code, error.headers["retry-after"]) == (429, "rate_limit_exceeded", "3")
    assert "org-" not in error.message and "organization" not in error.message
    assert "Retry-After" in error.message


async def test_the_upstreams_own_words_are_logged_not_answered(
    leg: HostedLeg, sim: UpstreamSim, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    sim.set_fault(503, message="upstream says: shard 7 overloaded")
    with pytest.raises(HostedUnavailable) as caught:
        await _call(leg, DepartmentPolicy())
    error = to_api_error(caught.value)
    assert "shard 7" not in error.message
    assert "shard 7 overloaded" in caplog.text
    caplog.clear()
    # Our own key refused: status and code are logged, not OpenAI's message, which quotes part of the key.
    sim.set_fault(401, message="Incorrect API key provided: sk-proj-****abcd.")
    with pytest.raises(HostedAuthFailed) as refused:
        await _call(leg, DepartmentPolicy())
    assert to_api_error(refused.value).status == 502
    assert "401 invalid_api_key" in caplog.text and "sk-proj" not in caplog.text


@pytest.mark.parametrize("regions", [None, ("uk-south",)])
async def test_an_azure_upstream_is_asked_no_tier_and_none_is_recorded(
    sim: UpstreamSim, make_settings: Callable[..., Settings], regions: tuple[str, ...] | None
) -> None:
    """Azure is sent no service_tier and names none: accept_tier_downgrade cannot act, no tier header is set,
    and the audit record says no tier was asked for where only Azure may serve."""
    azure = {"name": "azure-uk", "kind": "azure", "base_url": sim.root_url, "region": "uk-south"}
    openai_eu = {"name": "openai-eu", "base_url": sim.base_url, "region": "eu-west"}
    upstreams = [azure] if regions is None else [azure, openai_eu]
    settings = make_settings(hosted={"api_key": "sk-x", "upstreams": upstreams, "max_retries": 0})
    leg = HostedLeg(HostedClient(settings.hosted), settings)
    draft = _Draft(endpoint="chat.completions", request_id="r")
    token = _CURRENT.set(draft)
    try:
        answer, headers = await _call(leg, DepartmentPolicy(accept_tier_downgrade=False, hosted_regions=regions))
    finally:
        _CURRENT.reset(token)
        await leg.client.aclose()
    assert answer["choices"] and TIER_HEADER not in headers
    assert draft.service_tier_requested is None
    assert "service_tier" not in sim.records[-1]["body"]


@pytest.mark.parametrize("stream", [False, True])
async def test_a_tier_name_the_api_does_not_define_is_reported_as_other(
    leg: HostedLeg, sim: UpstreamSim, stream: bool
) -> None:
    sim.set_fault(service_tier="priority, x-evil: 1; " + "z" * 200)
    labels = {"department": "d", "model": "gpt-4.1-mini", "requested": "priority", "served": "other"}
    before = metrics.REGISTRY.get_sample_value("sovereign_hosted_tier_mismatches_total", labels) or 0.0
    result, headers = await _call(leg, DepartmentPolicy(), stream)
    assert headers[TIER_HEADER] == "other"
    assert metrics.REGISTRY.get_sample_value("sovereign_hosted_tier_mismatches_total", labels) == before + 1
    if stream:
        assert [frame async for frame in result][-1] == b"data: [DONE]\n\n"
