"""Parsing the router's standard Server-Timing header, and averaging its stages."""

from __future__ import annotations

import pytest

from benchmarks.route.server_timing import parse_server_timing, stage_means


def test_the_routers_header():
    value = "classify;dur=0.812, policy;dur=0.020, backend;dur=3.100, total;dur=4.004"
    assert parse_server_timing(value) == {"classify": 0.812, "policy": 0.02, "backend": 3.1, "total": 4.004}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('db;desc="a, b; c";dur=2.5, app;dur=1', {"db": 2.5, "app": 1.0}),  # separators inside quotes
        ("cache;desc=hit, total;dur=3", {"total": 3.0}),  # no dur: not a timing
        ("total;dur=abc, x;dur=1", {"x": 1.0}),  # unparseable dur
        ("Total;DUR=7", {"total": 7.0}),  # names and parameters are case-insensitive
        ('a;dur="4.5"', {"a": 4.5}),  # a quoted dur
        ("a;dur=1, a;dur=9", {"a": 1.0}),  # a repeated name keeps its first value
        ("  spaced ; dur = 2 ,", {"spaced": 2.0}),
        ("", {}),
        (",,;", {}),
    ],
)
def test_grammar_edges(value, expected):
    assert parse_server_timing(value) == expected


def test_stage_means_average_over_the_responses_that_report_each_stage():
    headers = [
        {"server-timing": "classify;dur=1, backend;dur=10, total;dur=12"},
        {"server-timing": "classify;dur=3, total;dur=4"},
        {"x-other": "no timing here"},
    ]
    means = stage_means(headers, ("classify", "policy", "backend", "total"))
    assert means == {"classify": 2.0, "backend": 10.0, "total": 8.0}
    assert list(means) == ["classify", "backend", "total"]  # the asked-for order, absent stages left out


def test_stage_means_default_to_every_stage_seen():
    assert stage_means([{"server-timing": "b;dur=2, a;dur=1"}]) == {"b": 2.0, "a": 1.0}
    assert stage_means([]) == {}
