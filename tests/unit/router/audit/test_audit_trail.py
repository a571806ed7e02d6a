"""The ingress side of the audit: one record per request on every path, journaled first."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from classifiers.types import Classification, Finding, Sensitivity
from router.audit import Auditor, AuditSettings, AuditWriter
from router.audit.journal import JOURNAL_DIR, Journal
from router.audit.records import PROMPT_KEY_FILE
from router.audit.tools import verify_store
from router.errors import ApiError
from router.gateway import Answer
from router.streaming import DONE, sse_event

SECRET_TEXT = "My NHS number is 943 476 5919, call me on 07700 900123"


class _Headers:
    def __init__(self, **values: str) -> None:
        self._values = {k.replace("_", "-"): v for k, v in values.items()}

    def getlist(self, key: str) -> list[str]:
        return [self._values[key]] if key in self._values else []


def _answer_headers(route: str = "local", level: str = "personal") -> dict[str, str]:
    return {"x-request-id": "req-1", "x-sovereign-route": route, "x-sovereign-sensitivity": level,
            "x-sovereign-model": "local-demo-tiny"}


async def _classify(text: str, mode: object) -> Classification:
    return Classification(
        Sensitivity.PERSONAL,
        (Finding("UK_NHS_NUMBER", 17, 29, 0.9, "nhs"), Finding("UK_PHONE", 39, 52, 0.9, "phone"),
         Finding("UK_PHONE", 0, 1, 0.9, "phone")),
    )


@pytest.fixture
def writer(tmp_path: Path) -> AuditWriter:
    return AuditWriter(AuditSettings(), tmp_path)


@pytest.fixture
def auditor(tmp_path: Path, writer: AuditWriter) -> Auditor:
    return Auditor(AuditSettings(batch_interval_ms=5), tmp_path, writer.append, department="default",
                   known_models={"auto", "local-demo-tiny"})


def _records(writer: AuditWriter) -> list[dict[str, Any]]:
    return [orjson.loads(row.body) for row in writer._store.rows()]


async def _request(auditor: Auditor, answer: Answer | Exception, raw: bytes = b'{"model": "auto"}') -> Answer:
    classify = auditor.observe(_classify)

    async def run() -> Answer:
        await classify(SECRET_TEXT, None)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return await auditor.audited("chat.completions", raw, _Headers(x_request_id="req-1"), run)


def test_an_answer_leaves_one_record_with_kinds_counts_and_a_keyed_hmac(
    tmp_path: Path, auditor: Auditor, writer: AuditWriter
) -> None:
    async def scenario() -> None:
        body = {"choices": [], "usage": {"prompt_tokens": 12, "completion_tokens": 5}}
        await _request(auditor, Answer(headers=_answer_headers(), body=body))
        await auditor.close()

    asyncio.run(scenario())
    (record,) = _records(writer)
    key = bytes.fromhex((tmp_path / PROMPT_KEY_FILE).read_text())
    assert record["prompt_hmac"] == hmac.new(key, SECRET_TEXT.encode(), hashlib.sha256).hexdigest()
    assert record["findings"] == {"UK_NHS_NUMBER": 1, "UK_PHONE": 2}
    assert (record["route"], record["level"], record["model"], record["status"]) == (
        "local", "personal", "local-demo-tiny", 200)
    assert (record["tokens_in"], record["tokens_out"], record["outcome"]) == (12, 5, "answered")
    assert record["request_id"] == "req-1" and record["department"] == "default" and record["principal"] is None
    assert record["seq"] == 1 and verify_store(writer._store).ok
    assert (tmp_path / PROMPT_KEY_FILE).stat().st_mode & 0o077 == 0


def test_an_answer_from_the_fallback_says_so(auditor: Auditor, writer: AuditWriter) -> None:
    async def scenario() -> None:
        headers = {**_answer_headers(level="public"), "x-sovereign-fallback": "hosted-unavailable"}
        await _request(auditor, Answer(headers=headers, body={"choices": []}))
        await _request(auditor, Answer(headers=_answer_headers(), body={"choices": []}))
        await auditor.close()

    asyncio.run(scenario())
    assert [(r["route"], r["fallback"]) for r in _records(writer)] == [("local", "hosted-unavailable"), ("local", None)]


def test_a_refusal_leaves_one_record_and_a_handoff_is_named(auditor: Auditor, writer: AuditWriter) -> None:
    async def scenario() -> None:
        refused = ApiError(403, "no", code="sensitivity_not_allowed",
                           headers={"x-sovereign-route": "none", "x-sovereign-sensitivity": "personal"})
        with pytest.raises(ApiError):
            await _request(auditor, refused, raw=b'{"model": "gpt-4.1"}')
        down = ApiError(503, "local down", code="backend_unavailable", headers={"x-sovereign-route": "local"})
        with pytest.raises(ApiError):
            await _request(auditor, down, raw=b'{"model": "a name with personal data in it"}')
        with pytest.raises(RuntimeError):
            await _request(auditor, RuntimeError("bug"))
        await auditor.close()

    asyncio.run(scenario())
    refused, down, failed = _records(writer)
    assert (refused["status"], refused["outcome"], refused["error_code"], refused["handoff"]) == (
        403, "refused", "sensitivity_not_allowed", None)
    assert refused["model_requested"] is None  # not in the catalogue given to this auditor
    assert (down["status"], down["handoff"], down["route"]) == (503, "human_review", "local")
    assert down["model_requested"] is None
    assert (failed["status"], failed["outcome"]) == (500, "failed")


def test_a_stream_is_recorded_before_done_reaches_the_client(
    tmp_path: Path, auditor: Auditor, writer: AuditWriter
) -> None:
    journal = tmp_path / JOURNAL_DIR
    seen_at_done: list[str] = []

    async def chunks() -> AsyncIterator[bytes]:
        yield sse_event({"choices": [{"delta": {"content": "hi"}}]})
        yield sse_event({"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 1}})
        yield DONE

    async def scenario() -> None:
        answer = await _request(auditor, Answer(headers=_answer_headers(), stream=chunks()))
        assert answer.stream is not None
        async for chunk in answer.stream:
            if chunk == DONE:
                seen_at_done.append("".join(p.read_text() for p in journal.glob("*.jsonl")))
        await auditor.close()

    asyncio.run(scenario())
    assert '"outcome":"answered"' in seen_at_done[0]
    (record,) = _records(writer)
    assert (record["stream"], record["tokens_in"], record["tokens_out"]) == (True, 3, 1)
    assert list(journal.glob("*.jsonl")) == []  # committed, so the journal let go


def test_a_stream_the_client_abandons_is_recorded_as_cancelled(auditor: Auditor, writer: AuditWriter) -> None:
    closed: list[bool] = []

    async def chunks() -> AsyncIterator[bytes]:
        try:
            yield sse_event({"choices": []})
            await asyncio.sleep(10)
            yield DONE
        finally:
            closed.append(True)

    async def scenario() -> None:
        answer = await _request(auditor, Answer(headers=_answer_headers(), stream=chunks()))
        assert answer.stream is not None
        stream: Any = answer.stream
        await anext(stream)
        await stream.aclose()
        await auditor.close()

    asyncio.run(scenario())
    (record,) = _records(writer)
    assert (record["status"], record["outcome"]) == (499, "cancelled")
    assert closed == [True]  # generation stopped


def test_a_stream_that_fails_midway_is_recorded_as_such(auditor: Auditor, writer: AuditWriter) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield sse_event({"choices": []})
        yield sse_event(ApiError(503, "gone", code="backend_unavailable").body())
        yield DONE

    async def scenario() -> None:
        answer = await _request(auditor, Answer(headers=_answer_headers(), stream=chunks()))
        assert answer.stream is not None
        _ = [chunk async for chunk in answer.stream]
        await auditor.close()

    asyncio.run(scenario())
    (record,) = _records(writer)
    assert (record["status"], record["outcome"]) == (200, "stream_error")


def test_many_concurrent_requests_make_one_verifying_chain(auditor: Auditor, writer: AuditWriter) -> None:
    async def scenario() -> None:
        await asyncio.gather(*(
            _request(auditor, Answer(headers={**_answer_headers(), "x-request-id": str(i)}, body={}))
            for i in range(500)
        ))
        await auditor.close()

    asyncio.run(scenario())
    assert len(_records(writer)) == 500
    result = verify_store(writer._store)
    assert result.ok and result.records == 500


def test_no_text_or_finding_value_reaches_the_store_or_journal(tmp_path: Path, auditor: Auditor) -> None:
    async def scenario() -> None:
        for _ in range(3):
            await _request(auditor, Answer(headers=_answer_headers(), body={}))
        await auditor.close()

    asyncio.run(scenario())
    blob = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    for value in (b"943 476 5919", b"9434765919", b"07700 900123", b"NHS number is"):
        assert value not in blob


def test_records_of_a_dead_replica_are_replayed_once(tmp_path: Path) -> None:
    settings = AuditSettings()
    journal_dir = tmp_path / JOURNAL_DIR
    journal_dir.mkdir(parents=True)
    # A dead replica's journal: nobody holds its lock. A torn last line is skipped.
    lines = [orjson.dumps({"record_id": f"dead-{i}", "time": "2026-12-06T00:00:00+00:00",
                           "department": "default"}) + b"\n" for i in range(3)]
    (journal_dir / "deadhost-1-aaaa-000001.jsonl").write_bytes(b"".join(lines) + b'{"record_id": "to')
    live = Journal(journal_dir)  # a live replica's journal: locked, left alone
    live.append({"record_id": "live-1", "time": "2026-12-06T00:00:00+00:00", "department": "default"})

    writer = AuditWriter(settings, tmp_path)
    ids = [orjson.loads(row.body)["record_id"] for row in writer._store.rows()]
    assert ids == ["dead-0", "dead-1", "dead-2"]
    assert not any("deadhost" in p.name for p in journal_dir.iterdir())
    assert len(list(journal_dir.iterdir())) == 1
    # Replaying the same records again (a journal deleted late) adds nothing.
    assert writer._store.append([orjson.loads(line) for line in lines]) == 0
    live.close(committed=False)
    restarted = AuditWriter(settings, tmp_path)  # now the live one is dead too: replayed at start
    assert [orjson.loads(row.body)["record_id"] for row in restarted._store.rows()][-1] == "live-1"
    assert os.listdir(journal_dir) == []
    assert verify_store(restarted._store).ok


def test_records_wait_in_the_journal_while_the_writer_is_down(tmp_path: Path, writer: AuditWriter) -> None:
    calls: list[int] = []

    async def flaky(records: list[dict[str, Any]]) -> int:
        calls.append(len(records))
        if len(calls) <= 2:
            raise ConnectionError("writer restarting")
        return await writer.append(records)

    auditor = Auditor(AuditSettings(batch_interval_ms=5), tmp_path, flaky, department="default")

    async def scenario() -> None:
        for _ in range(4):
            await _request(auditor, Answer(headers=_answer_headers(), body={}))
        await asyncio.sleep(0.5)
        await auditor.close()

    asyncio.run(scenario())
    assert len(_records(writer)) == 4
    assert verify_store(writer._store).ok


def test_a_replica_replays_dead_journals_on_its_node_through_the_writer(tmp_path: Path) -> None:
    # A cluster node other than the writer's: its dead replicas' journals reach the chain
    # through the next replica that starts there.
    journal_dir = tmp_path / JOURNAL_DIR
    journal_dir.mkdir(parents=True)
    (journal_dir / "otherhost-9-bbbb-000001.jsonl").write_bytes(
        orjson.dumps({"record_id": "dead-x", "time": "2026-12-06T00:00:00+00:00", "department": "default"}) + b"\n"
    )
    writer = AuditWriter(AuditSettings(), tmp_path / "writer-node")
    auditor = Auditor(AuditSettings(batch_interval_ms=5), tmp_path, writer.append, department="default")

    async def scenario() -> None:
        await _request(auditor, Answer(headers=_answer_headers(), body={}))
        await asyncio.sleep(0.2)
        await auditor.close()

    asyncio.run(scenario())
    ids = [record["record_id"] for record in _records(writer)]
    assert ids[0] == "dead-x" and len(ids) == 2
    assert list(journal_dir.iterdir()) == []


def test_only_the_requests_own_classification_is_recorded(auditor: Auditor, writer: AuditWriter) -> None:
    # A redacted request is classified again (the redacted text, as public) before it goes
    # hosted: the record keeps the prompt's HMAC and findings, not the recheck's.
    async def public(text: str, mode: object) -> Classification:
        return Classification(Sensitivity.PUBLIC, ())

    first, recheck = auditor.observe(_classify), auditor.observe(public)

    async def run() -> Answer:
        await first(SECRET_TEXT, None)
        await recheck("My NHS number is <UK_NHS_NUMBER_1>", None)
        return Answer(headers=_answer_headers(route="redacted-hosted"), body={})

    async def scenario() -> None:
        await auditor.audited("chat.completions", b"{}", _Headers(x_request_id="req-1"), run)
        await auditor.close()

    asyncio.run(scenario())
    (record,) = _records(writer)
    assert record["findings"] == {"UK_NHS_NUMBER": 1, "UK_PHONE": 2}
    assert record["route"] == "redacted-hosted"


def test_an_idle_replica_does_not_wake_every_interval(auditor: Auditor, writer: AuditWriter) -> None:
    # the flush loop sleeps on an empty buffer until a record comes (it used to wake every
    # batch_interval_ms for nothing: 50 times a second at the old 20 ms default)
    async def scenario() -> tuple[int, int]:
        calls = 0
        sender = auditor._sender
        flush = sender.flush

        async def counted() -> bool:
            nonlocal calls
            calls += 1
            return await flush()

        sender.flush = counted  # type: ignore[method-assign]
        await _request(auditor, Answer(body={"choices": []}, headers=_answer_headers()))
        for _ in range(200):  # until the record is committed
            if _records(writer):
                break
            await asyncio.sleep(0.01)
        after_commit = calls
        await asyncio.sleep(0.2)  # 40 intervals of 5 ms, idle
        idle_calls = calls - after_commit
        await _request(auditor, Answer(body={"choices": []}, headers=_answer_headers()))
        for _ in range(200):  # a new record still goes out
            if len(_records(writer)) == 2:
                break
            await asyncio.sleep(0.01)
        await auditor.close()
        return idle_calls, len(_records(writer))

    idle_calls, committed = asyncio.run(scenario())
    assert idle_calls == 0
    assert committed == 2


def test_a_tier_downgrade_can_be_read_from_the_record(auditor: Auditor, writer: AuditWriter) -> None:
    from router.audit.trail import note_service_tier_requested

    async def scenario() -> None:
        classify = auditor.observe(_classify)

        async def hosted() -> Answer:
            await classify(SECRET_TEXT, None)
            note_service_tier_requested("priority")  # what the hosted leg does before its call
            headers = {**_answer_headers("hosted", "public"), "x-sovereign-service-tier": "default"}
            return Answer(headers=headers, body={"choices": []})

        await auditor.audited("chat.completions", b"{}", _Headers(x_request_id="req-1"), hosted)
        await _request(auditor, Answer(headers=_answer_headers(), body={"choices": []}))
        await auditor.close()

    asyncio.run(scenario())
    downgraded, local = _records(writer)
    assert (downgraded["service_tier_requested"], downgraded["service_tier"]) == ("priority", "default")
    assert (local["service_tier_requested"], local["service_tier"]) == (None, None)
