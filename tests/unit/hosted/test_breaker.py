"""The circuit breaker's state machine, driven by a fake clock."""

from __future__ import annotations

import pytest

from hosted.breaker import CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _breaker(clock: Clock) -> CircuitBreaker:
    return CircuitBreaker(failures=3, window_s=10.0, cooldown_s=5.0, clock=clock)


def test_opens_after_n_failures_within_the_window(clock: Clock) -> None:
    breaker = _breaker(clock)
    for _ in range(2):
        breaker.record_failure()
        assert breaker.state == "closed" and breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()


def test_failures_older_than_the_window_do_not_count(clock: Clock) -> None:
    breaker = _breaker(clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 11
    breaker.record_failure()
    assert breaker.state == "closed"


def test_a_success_forgets_earlier_failures(clock: Clock) -> None:
    breaker = _breaker(clock)
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.state == "closed"


def test_half_open_lets_exactly_one_probe_through(clock: Clock) -> None:
    breaker = _breaker(clock)
    for _ in range(3):
        breaker.record_failure()
    clock.now += 5
    assert breaker.state == "half_open"
    assert breaker.allow() is True
    assert breaker.allow() is False  # a second caller waits for the probe's outcome


def test_a_successful_probe_closes_and_a_failed_one_reopens(clock: Clock) -> None:
    breaker = _breaker(clock)
    for _ in range(3):
        breaker.record_failure()
    clock.now += 5
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"
    clock.now += 4.9
    assert breaker.state == "open"
    clock.now += 0.2
    assert breaker.allow()
    breaker.record_success()
    assert breaker.state == "closed" and breaker.allow() and breaker.allow()


@pytest.mark.parametrize("kwargs", [{"failures": 0}, {"window_s": 0}, {"cooldown_s": -1}])
def test_invalid_settings_are_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(**kwargs)


def test_an_abandoned_probe_lets_the_next_caller_probe(clock: Clock) -> None:
    """A probe that ends with no verdict (client gone, answer refused by policy) must not wedge half-open."""
    breaker = _breaker(clock)
    for _ in range(3):
        breaker.record_failure()
    clock.now += 5
    assert breaker.allow() is True
    breaker.release()
    assert breaker.state == "half_open"
    assert breaker.allow() is True  # the next caller probes
    assert breaker.allow() is False  # and only one at a time


def test_release_outside_a_probe_changes_nothing(clock: Clock) -> None:
    breaker = _breaker(clock)
    breaker.record_failure()
    breaker.record_failure()
    breaker.release()
    breaker.record_failure()
    assert breaker.state == "open"  # the two earlier failures still count
