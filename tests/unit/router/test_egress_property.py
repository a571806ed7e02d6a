"""Property: a marker anywhere in a request is classified or never built into the hosted body.

The unit-level half of the egress property (the integration half sends the same
positions through the real Serve app to the recording simulator): the real parser,
the real egress builder and the real classifier, with no server in between, so
hypothesis can afford many examples.
"""

from __future__ import annotations

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers import Classifier, ClassifierSettings, Sensitivity
from hosted import with_our_fields
from router.errors import ApiError
from router.requests import parse_request
from tests.egress_positions import MARKERS, POSITIONS, endpoint_of, leaked, split_across_parts


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    instance = Classifier(ClassifierSettings())
    instance.warm_up()
    return instance


def _leaks(classifier: Classifier, endpoint: str, body: dict, marker: str, cut: int | None = None) -> bool:
    """Whether the marker would reach the hosted API: built into a body still classified public."""
    try:
        parsed = parse_request(endpoint, orjson.dumps(body), [], 1 << 20)  # type: ignore[arg-type]
    except ApiError as error:
        assert error.status == 400 and error.param  # refused, naming the field: nothing sent
        return False
    if parsed.outgoing.unreadable is not None:  # kept inside by the default policy
        return False
    if classifier.classify(parsed.classified_text).level > Sensitivity.PUBLIC:
        return False
    sent = orjson.dumps(with_our_fields(parsed.body, service_tier="priority", stream=parsed.stream)).decode()
    return leaked(marker, sent, cut)


@pytest.mark.parametrize("position", sorted(POSITIONS))
@pytest.mark.parametrize("marker", MARKERS)
def test_a_marker_at_every_position_is_classified_or_not_sent(
    classifier: Classifier, position: str, marker: str
) -> None:
    assert not _leaks(classifier, endpoint_of(position), POSITIONS[position](marker), marker)


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.sampled_from(sorted(POSITIONS)),
    marker=st.sampled_from(MARKERS),
    prefix=st.sampled_from(["", "Re: ", "case ", "x-", "\n"]),
    suffix=st.sampled_from(["", ".", " thanks", "_2", "\t"]),
)
def test_a_marker_with_any_surroundings_at_any_position(
    classifier: Classifier, position: str, marker: str, prefix: str, suffix: str
) -> None:
    value = f"{prefix}{marker}{suffix}"
    assert not _leaks(classifier, endpoint_of(position), POSITIONS[position](value), marker)


@settings(max_examples=100, derandomize=True, deadline=None)
@given(marker=st.sampled_from(MARKERS), data=st.data())
def test_a_marker_split_across_content_parts_is_classified(classifier: Classifier, marker: str, data) -> None:
    cut = data.draw(st.integers(min_value=1, max_value=len(marker) - 1))
    assert not _leaks(classifier, "chat.completions", split_across_parts(marker, cut), marker, cut)
