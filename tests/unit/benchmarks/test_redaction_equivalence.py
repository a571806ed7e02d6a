"""The redaction equivalence run's comparison with a record made before a change."""

from __future__ import annotations

from collections import Counter
from typing import Any

from benchmarks.route.redaction_equivalence import compare, markdown, record


def _result(decisions: dict[str, list[str | None]]) -> dict[str, Any]:
    outcomes = Counter(decision for decision, _ in decisions.values())
    return {
        "rows": "as written", "mode": "strict", "personal": len(decisions), "whole": outcomes, "near": outcomes,
        "newly_sent": [], "newly_kept": [], "leaks": 0, "mean_fraction": 1.0, "cpu_s": 0.0, "decisions": decisions,
    }


def test_compare_names_rows_sent_since_kept_since_and_changed_bodies() -> None:
    before = _result({"a:1": ["sent", "d1"], "a:2": ["recheck", None], "a:3": ["sent", "d3"], "a:4": ["sent", "d4"]})
    after = _result({"a:1": ["sent", "d1"], "a:2": ["sent", "d2"], "a:3": ["leftover", None], "a:4": ["sent", "dX"]})
    earlier = record([before])
    compare([after], earlier)
    assert after["sent_since"] == ["a:2"]
    assert after["kept_since"] == ["a:3"]
    assert after["changed_body"] == ["a:4"]
    assert after["missing"] == 0
    table = markdown([after], against="before.json")
    assert "**Sent since:** a:2 (as written, strict)." in table and "| as written | strict | 1 | 1 | 1 | 0 |" in table


def test_the_same_decisions_and_bodies_compare_clean() -> None:
    decisions: dict[str, list[str | None]] = {"a:1": ["sent", "d1"], "a:2": ["placement", None]}
    result = _result(dict(decisions))
    compare([result], record([_result(dict(decisions))]))
    assert result["sent_since"] == result["kept_since"] == result["changed_body"] == [] and result["missing"] == 0
    other = _result({"a:1": ["sent", "d1"]})
    compare([other], record([_result(dict(decisions))]))
    assert other["missing"] == 1
