"""The Grafana dashboard (deploy/grafana/) queries only metrics the router serves, and is a valid dashboard."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from router import metrics

DASHBOARD = Path(__file__).resolve().parents[3] / "deploy" / "grafana" / "sovereign-router.json"
# Every module that registers a metric on the router's registry.
_REGISTERING = ("router.access.gate", "router.rollout", "router.local_leg", "router.redactor")
_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset"}
_SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_count", "_sum", "_created"),
             "gauge": ("",), "summary": ("", "_count", "_sum"), "unknown": ("",)}


def served_names() -> set[str]:
    """The sample names /metrics can expose, from the registry's metric families."""
    for module in _REGISTERING:
        importlib.import_module(module)
    names = set()
    for family in metrics.REGISTRY.collect():
        names.update(family.name + suffix for suffix in _SUFFIXES.get(family.type, ("",)))
    return names


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (functions, keywords, labels and durations removed)."""
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # string literals
    expr = re.sub(r"\{[^}]*\}", "", expr)  # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)  # range selectors
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", expr)  # label lists
    names = set()
    for match in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", expr):
        following = expr[match.end():].lstrip()
        if following.startswith("(") or match.group() in _KEYWORDS:
            continue  # a function call or a keyword
        names.add(match.group())
    return names


def _targets(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    return [target for panel in dashboard["panels"] for target in panel.get("targets", [])]


@pytest.fixture(scope="module")
def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return loaded


def test_the_parser_finds_metric_names() -> None:
    expr = ('histogram_quantile(0.95, sum by (le, route) (rate(sovereign_request_seconds_bucket'
            '{department=~"$department",route!="none"}[$__rate_interval]))) / on (route) group_left max(x_total)')
    assert metric_names(expr) == {"sovereign_request_seconds_bucket", "x_total"}


def test_every_queried_metric_is_served_by_the_router(dashboard: dict[str, Any]) -> None:
    served = served_names()
    queried = set().union(*(metric_names(target["expr"]) for target in _targets(dashboard)))
    assert queried, "the dashboard queries nothing"
    assert sorted(queried - served) == []
    # The metrics the issue names are all on the dashboard.
    for name in ("sovereign_requests_total", "sovereign_classify_seconds_bucket", "sovereign_request_seconds_bucket",
                 "sovereign_ttft_seconds_bucket", "sovereign_tokens_total", "sovereign_hosted_retries_total",
                 "sovereign_hosted_breaker_state", "sovereign_hosted_tier_mismatches_total",
                 "sovereign_local_queue_depth", "sovereign_rate_limited_total", "sovereign_audit_lag_seconds",
                 "sovereign_handoffs_total"):
        assert name in queried, name


def test_it_is_a_dashboard_with_a_datasource_variable(dashboard: dict[str, Any]) -> None:
    assert dashboard["uid"] == "sovereign-router" and dashboard["title"] and dashboard["schemaVersion"] >= 36
    variables = {var["name"]: var for var in dashboard["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource" and variables["datasource"]["query"] == "prometheus"
    assert "sovereign_requests_total" in variables["department"]["definition"]
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    for panel in dashboard["panels"]:
        assert {"h", "w", "x", "y"} <= set(panel["gridPos"]) and panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, panel["title"]
        assert panel["targets"] and all(t["expr"] and t["refId"] for t in panel["targets"]), panel["title"]
