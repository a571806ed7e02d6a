"""Observability over the real Serve app: metrics move, spans reach a real OTLP receiver, logs are JSON.

The module deploys the app with tracing on (`observability.otlp_endpoint` pointing at an
OTLP/HTTP receiver on loopback, tests/otlp_receiver.py) and its own SQLite audit file,
sends a public (hosted), a personal (local), a streamed personal and an invalid request,
each with its own `x-request-id`, and checks what an operator would see: the Prometheus
counters and histograms, the trace of each request, and the replica's JSON log lines —
never a finding value or prompt text in spans or logs.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families
from typer.testing import CliRunner

from classifiers.recognisers.uk.nhs_number import mod11_check_digit
from router.access import AccessSettings, KeyAdmin
from router.app import APP_NAME
from tests.integration.audit_rows import audit_records
from tests.integration.conftest import RAY_METRICS_PORT, auth_headers, hosted_overrides
from tests.otlp_receiver import OtlpReceiver, Span


def _unique_nhs_number() -> str:
    while True:
        nine = "4" + "".join(random.choices("0123456789", k=8))
        check = mod11_check_digit(nine)
        if check is not None:
            digits = nine + str(check)
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


RUN = uuid.uuid4().hex[:10]
EMAIL = f"obs.{RUN}@example.org"
NHS = _unique_nhs_number()
VALUES = (EMAIL, NHS, NHS.replace(" ", ""))
PERSONAL = f"Please write to {EMAIL} about the patient with NHS number {NHS}."
IDS = {kind: f"obs-{kind}-{RUN}" for kind in ("public", "personal", "stream", "invalid")}
LIMITED = "Obs-Limited"  # a department with a quota of 2 requests a minute
ACCESS: dict[str, Any] = {"enabled": True, "quotas": {LIMITED: {"requests_per_min": 2}}}


@pytest.fixture(scope="module")
def receiver() -> Iterator[OtlpReceiver]:
    with OtlpReceiver() as running:
        yield running


@pytest.fixture(scope="module")
def audit_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("observability") / "audit.sqlite3"


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any, receiver: OtlpReceiver, audit_file: Path) -> str:
    return str(deploy(
        observability={"otlp_endpoint": receiver.endpoint, "trace_batch_delay_ms": 100},
        audit={"sqlite_path": str(audit_file)},
        access=ACCESS,
        **hosted_overrides(upstream.base_url),
    ))


def _scrape(router: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = httpx.get(f"{router}/metrics", timeout=30).text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def _total(scraped: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return sum(
        value for (sample, sample_labels), value in scraped.items()
        if sample == name and labels.items() <= dict(sample_labels).items()
    )


def _chat(content: str, **extra: Any) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": "user", "content": content}], "max_tokens": 4, **extra}


@pytest.fixture(scope="module")
def traffic(router: str) -> dict[str, Any]:
    """Send the module's four requests once; metrics scraped before and after."""
    before = _scrape(router)
    statuses: dict[str, int] = {}
    with httpx.Client(base_url=router, timeout=120) as client:
        for kind, body in (("public", _chat("What is the capital of France?")), ("personal", _chat(PERSONAL))):
            response = client.post("/v1/chat/completions", json=body,
                                   headers={"x-request-id": IDS[kind], **auth_headers()})
            statuses[kind] = response.status_code
        stream_body = _chat(PERSONAL, stream=True, stream_options={"include_usage": True})
        with client.stream("POST", "/v1/chat/completions", json=stream_body,
                           headers={"x-request-id": IDS["stream"], **auth_headers()}) as response:
            assert b"data: [DONE]" in b"".join(response.iter_bytes())
            statuses["stream"] = response.status_code
        response = client.post("/v1/chat/completions", content=b'{"model": "auto", "messages": ',
                               headers={"x-request-id": IDS["invalid"], "content-type": "application/json",
                                        **auth_headers()})
        statuses["invalid"] = response.status_code
    assert statuses == {"public": 200, "personal": 200, "stream": 200, "invalid": 400}
    # The stream's record (and so its metrics) is written as the stream ends; give it a moment.
    deadline = time.monotonic() + 30
    while True:
        after = _scrape(router)
        if _total(after, "sovereign_ttft_seconds_count") > _total(before, "sovereign_ttft_seconds_count"):
            break
        assert time.monotonic() < deadline, "the stream's TTFT was never observed"
        time.sleep(0.2)
    return {"before": before, "after": after}


def test_request_metrics_move_by_route_level_and_status(traffic: dict[str, Any]) -> None:
    before, after = traffic["before"], traffic["after"]

    def delta(name: str, **labels: str) -> float:
        return _total(after, name, **labels) - _total(before, name, **labels)

    assert delta("sovereign_requests_total", route="hosted", level="public", status="200") == 1
    assert delta("sovereign_requests_total", route="local", level="personal", status="200") == 2
    assert delta("sovereign_requests_total", route="none", status="400") == 1
    assert delta("sovereign_request_seconds_count", route="local") == 2
    assert delta("sovereign_request_seconds_count", route="hosted") == 1
    assert delta("sovereign_ttft_seconds_count", route="local") == 1  # the stream only
    assert delta("sovereign_tokens_total", route="hosted", direction="in") > 0
    assert delta("sovereign_tokens_total", route="local", direction="out") > 0
    assert delta("sovereign_classify_seconds_count") >= 3
    # Every series carries the department the credential belongs to.
    departments = {dict(labels).get("department") for (name, labels) in after if name == "sovereign_requests_total"}
    assert None not in departments and departments


def test_ray_serves_own_metrics_stay_available(traffic: dict[str, Any]) -> None:
    """Ray exports Serve's metrics for the router's app beside ours (its metrics export port)."""
    deadline = time.monotonic() + 60
    while True:
        text = httpx.get(f"http://127.0.0.1:{RAY_METRICS_PORT}/metrics", timeout=30).text
        ours = [line for line in text.splitlines() if line.startswith("ray_serve_") and APP_NAME in line]
        if any(line.startswith("ray_serve_deployment_request_counter") for line in ours):
            break
        assert time.monotonic() < deadline, f"no Serve request metric for {APP_NAME}: {sorted(ours)[:5]}"
        time.sleep(1)


def _trace_of(spans: list[Span], request_id: str) -> list[Span]:
    roots = [s for s in spans if s["name"] == "request" and s["attributes"].get("sovereign.request_id") == request_id]
    if not roots:
        return []
    return [s for s in spans if s["trace_id"] == roots[0]["trace_id"]]


def test_each_request_is_one_trace_of_pipeline_spans(traffic: dict[str, Any], receiver: OtlpReceiver) -> None:
    expected = {
        "public": {"request", "classify", "policy", "backend.hosted", "audit"},
        "personal": {"request", "classify", "policy", "backend.local", "audit"},
        "stream": {"request", "classify", "policy", "backend.local", "audit"},
    }

    def complete(spans: list[Span]) -> bool:
        return all(names <= {s["name"] for s in _trace_of(spans, IDS[kind])} for kind, names in expected.items())

    spans = receiver.wait_for(complete, timeout_s=60)
    for kind, names in expected.items():
        trace = _trace_of(spans, IDS[kind])
        (root,) = [s for s in trace if s["name"] == "request"]
        assert root["parent_span_id"] is None
        assert root["resource"]["service.name"] == "sovereign-router"
        children = {s["name"]: s for s in trace if s is not root}
        assert set(children) == names - {"request"}, kind
        assert {s["parent_span_id"] for s in children.values()} == {root["span_id"]}, kind
    personal_root = next(s for s in _trace_of(spans, IDS["personal"]) if s["name"] == "request")
    assert personal_root["attributes"]["sovereign.route"] == "local"
    assert personal_root["attributes"]["sovereign.level"] == "personal"
    assert personal_root["attributes"]["http.response.status_code"] == 200
    # No prompt text and no finding value in any attribute of any span.
    exported = orjson.dumps(spans).decode()
    for value in (*VALUES, "capital of France", "patient"):
        assert value not in exported


def _serve_log_files() -> list[Path]:
    import ray

    session = Path(ray._private.worker._global_node.get_session_dir_path())  # type: ignore[attr-defined]
    return sorted((session / "logs" / "serve").glob("replica_*Ingress*.log"))


def test_logs_are_json_with_request_and_trace_ids_and_no_text(
    traffic: dict[str, Any], receiver: OtlpReceiver
) -> None:
    def finished_lines() -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for path in _serve_log_files():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if "request finished" in line and RUN in line:
                    entry = orjson.loads(line)
                    found[entry["request_id"]] = entry
        return found

    deadline = time.monotonic() + 30
    while len(lines := finished_lines()) < len(IDS):
        assert time.monotonic() < deadline, f"request lines found: {sorted(lines)}"
        time.sleep(0.2)
    assert set(lines) == set(IDS.values())
    spans = receiver.wait_for(lambda got: bool(_trace_of(got, IDS["personal"])), timeout_s=60)
    for kind in ("public", "personal", "stream"):
        entry = lines[IDS[kind]]
        assert entry["trace_id"] == _trace_of(spans, IDS[kind])[0]["trace_id"]
        assert entry["deployment"].endswith("Ingress") and entry["levelname"] == "INFO"
        # Ray's core context (router/telemetry/logs.py reads the process's part once per replica).
        assert all(entry.get(key) for key in ("worker_id", "node_id", "actor_id", "actor_name"))
    replicas = {(e["replica"], e["worker_id"], e["node_id"], e["actor_id"], e["actor_name"]) for e in lines.values()}
    assert len({replica for replica, *_ in replicas}) == len(replicas)  # one context per replica process
    personal = lines[IDS["personal"]]
    assert (personal["sovereign_route"], personal["level"], personal["status"]) == ("local", "personal", 200)
    assert personal["findings"] and all(isinstance(n, int) for n in personal["findings"].values())
    assert lines[IDS["stream"]]["ttft_ms"] is not None

    # Every line of the replica files that logged these requests is JSON; no value anywhere.
    ours = [p for p in _serve_log_files() if RUN in p.read_text(encoding="utf-8", errors="replace")]
    assert ours
    for path in ours:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                orjson.loads(line)
    session_logs = _serve_log_files()[0].parents[1]
    for path in session_logs.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            for value in VALUES:
                assert value not in text, f"{value!r} found in {path}"


def test_report_over_the_apps_audit_store(traffic: dict[str, Any], audit_file: Path, tmp_path: Path) -> None:
    """The KPI report read from the audit file the app wrote matches its records."""
    deadline = time.monotonic() + 30
    while True:
        records = audit_records(audit_file)
        ours = {r["request_id"]: r for r in records if r["request_id"] in IDS.values()}
        if len(ours) == len(IDS):
            break
        assert time.monotonic() < deadline, f"records: {sorted(ours)}"
        time.sleep(0.2)
    (department,) = {r["department"] for r in ours.values()}
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"audit": {"sqlite_path": str(audit_file)}}), encoding="utf-8")
    from router.cli import app

    out = tmp_path / "kpi"
    result = CliRunner().invoke(app, ["report", "--since", "1h", "--config", str(config), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = (out / "report.md").read_text(encoding="utf-8")
    mine = [r for r in records if r["department"] == department]
    inside = sum(r["route"] in ("local", "none") for r in mine)
    row = next(line for line in text.splitlines() if line.startswith(f"| {department} |")).split("|")
    assert [cell.strip() for cell in row[2:4]] == [str(len(mine)), f"{inside / len(mine) * 100:.1f}%"]
    stream = ours[IDS["stream"]]
    assert stream["ttft_ms"] is not None and stream["ttft_ms"] <= stream["latency_ms"]
    timings = text[text.index("latency p50"):]
    local_row = next(line for line in timings.splitlines() if line.startswith("| local |")).split("|")
    assert local_row[6].strip() == "1" and local_row[7].strip() == f"{stream['ttft_ms']:.1f}"
    assert (out / department.replace("/", "_") / "route_mix.png").stat().st_size > 0


def test_quota_refusals_are_counted_for_their_department(router: str, data_dir: Path) -> None:
    admin = KeyAdmin(AccessSettings(**ACCESS), data_dir)
    try:
        key, _ = admin.create(LIMITED, ("caseworker",))
    finally:
        admin.close()
    before = _total(_scrape(router), "sovereign_rate_limited_total", department=LIMITED)
    refused = 0
    body = _chat("TOP SECRET: the attached plan.")  # refused by policy once admitted: cheap
    for _ in range(20):  # go on until two refusals are seen (2 admitted in any 60 s)
        status = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60,
                            headers={"Authorization": f"Bearer {key}"}).status_code
        assert status in (403, 429), status
        refused += status == 429
        if refused >= 2:
            break
    assert refused >= 2
    after = _scrape(router)
    assert _total(after, "sovereign_rate_limited_total", department=LIMITED) - before == refused
    assert _total(after, "sovereign_requests_total", department=LIMITED, status="429") >= refused
