"""Property over the real Serve app: a marker anywhere in a request is classified or absent upstream.

Every position of `tests.egress_positions` (any field of the egress schema, any depth,
undeclared fields, keys, a value split across content parts) carries personal data;
hypothesis varies what surrounds it and where a split falls. Whatever the router
answers, what the recording upstream received must not give the marker away.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.egress_positions import MARKERS, POSITIONS, endpoint_of, leaked, split_across_parts
from tests.integration.conftest import auth_headers, hosted_overrides, recorded_text

_SETTINGS = settings(
    max_examples=4,
    derandomize=True,
    deadline=None,
    # One deployed app and one simulator serve every example; each example clears the record.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    return str(deploy(**hosted_overrides(upstream.base_url)))


def _send(router: str, upstream: Any, endpoint: str, body: dict[str, Any]) -> str:
    """Send one request; what the upstream received for it, as text."""
    upstream.clear_records()
    path = "completions" if endpoint == "completions" else "chat/completions"
    response = httpx.post(f"{router}/v1/{path}", json=body, timeout=60, headers=auth_headers())
    assert response.status_code < 500, response.text
    return recorded_text(upstream)


@pytest.mark.parametrize("position", sorted(POSITIONS))
@_SETTINGS
@given(
    marker=st.sampled_from(MARKERS),
    prefix=st.sampled_from(["", "Re: ", "case "]),
    suffix=st.sampled_from(["", ".", " thanks"]),
)
def test_a_marker_at_any_position_never_reaches_the_upstream(
    router: str, upstream: Any, position: str, marker: str, prefix: str, suffix: str
) -> None:
    body = POSITIONS[position](f"{prefix}{marker}{suffix}")
    assert not leaked(marker, _send(router, upstream, endpoint_of(position), body))


@settings(max_examples=12, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(marker=st.sampled_from(MARKERS), data=st.data())
def test_a_marker_split_across_parts_never_reaches_the_upstream(
    router: str, upstream: Any, marker: str, data: Any
) -> None:
    cut = data.draw(st.integers(min_value=1, max_value=len(marker) - 1))
    sent = _send(router, upstream, "chat.completions", split_across_parts(marker, cut))
    assert not leaked(marker, sent, cut)


def test_the_property_can_fail_a_public_request_does_reach_the_upstream(router: str, upstream: Any) -> None:
    """The recording is live: a public text at the same positions does arrive upstream."""
    sent = _send(router, upstream, "chat.completions", POSITIONS["user.content"]("Paris in spring"))
    assert "Paris in spring" in sent
