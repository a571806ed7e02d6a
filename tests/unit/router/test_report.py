"""`sovereign-router report` over a real SQLite audit store filled by the real audit writer."""

from __future__ import annotations

import asyncio
import re
import statistics
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from router.audit import AuditWriter
from router.audit.records import new_record_id
from router.cli import app
from router.config import load_settings

NOW = datetime.now(UTC)


def _record(department: str, route: str, status: int = 200, *, minutes_ago: float = 5, **fields: Any) -> dict[str, Any]:
    return {
        "record_id": new_record_id(),
        "time": (NOW - timedelta(minutes=minutes_ago)).isoformat(timespec="microseconds"),
        "request_id": new_record_id(), "department": department, "principal": "key:k1",
        "endpoint": "chat.completions", "model": None if route == "none" else "m", "model_requested": None,
        "route": route, "level": "personal" if route == "local" else "public", "findings": {},
        "classifier_failed": False, "prompt_hmac": "00" * 32, "tokens_in": None, "tokens_out": None,
        "latency_ms": 1.0, "ttft_ms": None, "status": status, "outcome": "answered" if status == 200 else "refused",
        "error_code": None, "handoff": None, "service_tier": None, "stream": False, **fields,
    }


LOCAL_LATENCIES = [float(ms) for ms in (120, 80, 300, 95, 4000, 150, 210, 60, 75, 130)]
HOSTED_LATENCIES = [900.0, 450.0, 610.0]
STREAM_TTFT = [35.0, 50.0, 20.0]


def _records() -> list[dict[str, Any]]:
    dwp = [_record("dwp", "local", latency_ms=ms, tokens_in=10, tokens_out=5) for ms in LOCAL_LATENCIES]
    dwp += [_record("dwp", "hosted", latency_ms=ms, tokens_in=7, tokens_out=3) for ms in HOSTED_LATENCIES]
    dwp += [_record("dwp", "hosted", latency_ms=800.0 + t, ttft_ms=t, stream=True) for t in STREAM_TTFT]
    dwp += [_record("dwp", "redacted-hosted", latency_ms=700.0)]
    dwp += [_record("dwp", "none", 403, error_code="sensitivity_not_allowed"), _record("dwp", "none", 429)]
    dwp += [_record("dwp", "local", 503, error_code="backend_unavailable", handoff="human_review")]
    hmrc = [_record("hmrc", "local", latency_ms=100.0), _record("hmrc", "hosted", latency_ms=500.0)]
    old = [_record("dwp", "local", latency_ms=1.0, minutes_ago=60 * 24 * 3)]  # before the window
    return dwp + hmrc + old


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    settings = load_settings(None, data_dir=tmp_path)
    writer = AuditWriter(settings.audit, settings.data_dir)

    async def fill() -> None:
        await writer.append(_records())

    asyncio.run(fill())
    return tmp_path


def _run(*args: str) -> Any:
    return CliRunner().invoke(app, ["report", *args])


def _row(text: str, first_cell: str) -> list[str]:
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row {first_cell!r}")


def _p(values: list[float], p: int) -> str:
    return f"{statistics.quantiles(values, n=100, method='inclusive')[p - 1]:.1f}"


def test_report_numbers_match_the_records(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "kpi"
    result = _run("--since", "24h", "--data-dir", str(data_dir), "--out", str(out))
    assert result.exit_code == 0, result.output
    text = (out / "report.md").read_text(encoding="utf-8")
    # dwp: 10 local + 3 hosted + 3 hosted streams + 1 redacted answered; 403, 429, 503 refused; old record excluded.
    assert _row(text, "dwp")[:5] == ["dwp", "20", "65.0%", "85.0%", "5.0%"]
    assert _row(text, "hmrc")[:5] == ["hmrc", "2", "50.0%", "100.0%", "0.0%"]
    dwp = text[text.index("## dwp"):text.index("## hmrc")]
    assert _row(dwp, "local")[:3] == ["local", "10", "50.0%"]
    assert _row(dwp, "hosted")[:3] == ["hosted", "6", "30.0%"]
    assert _row(dwp, "refused")[:3] == ["refused", "3", "15.0%"]
    assert "tokens: 121 in, 59 out" in dwp
    assert "hand-offs to a human queue: 1 (5.0%)" in dwp
    timings = dwp[dwp.index("latency p50"):]
    local = _row(timings, "local")
    assert local[1:5] == ["10", *(_p(LOCAL_LATENCIES, p) for p in (50, 95, 99))]
    hosted = _row(timings, "hosted")
    assert hosted[1] == "6" and hosted[5:9] == ["3", *(_p(STREAM_TTFT, p) for p in (50, 95, 99))]
    assert _row(timings, "redacted-hosted")[1:6] == ["1", "700.0", "700.0", "700.0", "0"]
    for department in ("dwp", "hmrc"):
        for chart in ("route_mix", "latency", "volume"):
            png = out / department / f"{chart}.png"
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert f"]({department}/{chart}.png)" in text


def test_one_department_only(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "hmrc"
    result = _run("--since", "24h", "--department", "hmrc", "--data-dir", str(data_dir), "--out", str(out))
    assert result.exit_code == 0, result.output
    text = (out / "report.md").read_text(encoding="utf-8")
    assert "## hmrc" in text and "## dwp" not in text
    assert not (out / "dwp").exists()


def test_bad_window_and_missing_store_are_clear_errors(data_dir: Path, tmp_path: Path) -> None:
    result = _run("--since", "yesterday-ish", "--data-dir", str(data_dir), "--out", str(tmp_path / "x"))
    assert result.exit_code == 2 and "--since" in result.output
    result = _run("--since", "24h", "--data-dir", str(tmp_path / "empty"), "--out", str(tmp_path / "y"))
    assert result.exit_code == 2 and "no audit store" in result.output


def test_an_empty_window_says_so(data_dir: Path, tmp_path: Path) -> None:
    result = _run("--since", "1m", "--data-dir", str(data_dir), "--out", str(tmp_path / "none"))
    assert result.exit_code == 0, result.output
    assert "No requests in this window." in (tmp_path / "none" / "report.md").read_text(encoding="utf-8")
    assert re.search(r"0 request\(s\)", result.output)
