"""Redact-then-restore over the real Serve app, with the recording simulator echoing what it got.

The department's `personal` action is `redact_hosted`. The simulator answers with the
text it received (fault `echo`), streamed three characters a chunk, so placeholders come
back whole and split across chunks. For every personal prompt of the evaluation set:
nothing the classifier found in it reaches the simulator, and a redacted answer comes
back with the originals restored.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from classifiers import Classifier, ClassifierSettings
from classifiers.full_spans import name_parts
from classifiers.names import PERSON
from tests.integration.conftest import auth_headers, hosted_overrides

EVAL_SET = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "classify_eval.jsonl"
# Fallback to local is off: personal work sent redacted must still fall back when the hosted
# API is down (sensitive work is never affected by the hosted path), public work would get 503.
REDACTING = {"departments": {"*": {"hosted_fallback_to_local": False, "actions": {
    "public": "hosted", "personal": "redact_hosted", "special": "local", "secret": "reject"}}}}


def _personal_rows() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in EVAL_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    personal = [row for row in rows if row["level"] == "personal"]
    # Every kind the set names, then the rest evenly, for at least 100 prompts.
    chosen: dict[str, dict[str, Any]] = {}
    for row in personal:
        for kind in row["kinds"]:
            chosen.setdefault(kind, row)
    step = max(1, len(personal) // 100)
    picked = {row["id"]: row for row in [*chosen.values(), *personal[::step]]}
    return list(picked.values())


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return _personal_rows()


@pytest.fixture(scope="module")
def values() -> Any:
    """Each text's values to redact, found as the router finds them, and every identifier NER anywhere finds.

    The router's spans: the level pass's findings, what NER finds in the sentences they
    leave unexplained, and the parts of each name. The second classifier runs NER over
    every sentence (`ner_always`); its identifiers, dates and contact details must not
    leave either (its extra "names" are NER's misreadings: "Summarise", "Tel").
    """
    router_view = Classifier(ClassifierSettings())
    everywhere = Classifier(ClassifierSettings(ner_always=True))
    everywhere.warm_up()

    def found(text: str) -> list[str]:
        first = router_view.classify(text).findings
        spans = [*first, *router_view.names_beyond(text, [text[f.start : f.end] for f in first])]
        kinds_values = [(f.kind, text[f.start : f.end]) for f in spans if f.end > f.start]
        identifiers = [
            text[f.start : f.end]
            for f in everywhere.classify(text).findings
            if f.end > f.start and f.kind not in (PERSON, "LOCATION")
        ]
        return sorted({value for _, value in kinds_values + name_parts(kinds_values)} | set(identifiers))

    return found


@pytest.fixture(scope="module")
def router(deploy: Any, upstream: Any) -> str:
    # The breaker must not open across the outage cases (each fault counts against it): not what this module tests.
    return str(deploy(policy=REDACTING, **hosted_overrides(upstream.base_url, breaker_failures=1000)))


def _sent_text(upstream: Any) -> str:
    """The bodies the upstream received, less the router's own opaque `user` id.

    Headers and the user id are ours (lengths, request ids, hex): a short finding such as
    an age ("28") could occur in them by chance; what must not carry a value is the body.
    """
    return "\n".join(
        json.dumps({k: v for k, v in record["body"].items() if k != "user"}, ensure_ascii=False)
        for record in upstream.records
    )


def _ask(client: httpx.Client, text: str, stream: bool) -> tuple[str, str]:
    """(route, answer text) for one chat request."""
    body = {"model": "auto", "messages": [{"role": "user", "content": text}], "max_tokens": 400, "stream": stream}
    if not stream:
        response = client.post("/v1/chat/completions", json=body)
        assert response.status_code == 200, response.text
        route = response.headers["x-sovereign-route"]
        if route == "redacted-hosted":  # redaction's own stage, apart from the level pass (bench route reads it)
            assert "redact;dur=" in response.headers["server-timing"]
        return route, response.json()["choices"][0]["message"]["content"]
    with client.stream("POST", "/v1/chat/completions", json=body) as response:
        assert response.status_code == 200
        route = response.headers["x-sovereign-route"]
        lines = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    chunks = [json.loads(line[6:]) for line in lines[:-1]]
    assert not [c for c in chunks if "error" in c]
    return route, "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c.get("choices"))


@pytest.mark.parametrize("stream", [False, True], ids=["create", "stream"])
def test_no_finding_reaches_the_upstream_and_answers_come_back_restored(
    router: str, upstream: Any, rows: list[dict[str, Any]], values: Any, stream: bool
) -> None:
    assert len(rows) >= 100
    upstream.set_fault(echo=True)
    redacted = 0
    with httpx.Client(base_url=router, timeout=60, headers=auth_headers()) as client:
        for row in rows:
            upstream.clear_records()
            route, answer = _ask(client, row["text"], stream)
            found = values(row["text"])
            sent = _sent_text(upstream)
            assert not [value for value in found if value in sent], row["id"]
            assert all(r["body"]["store"] is False and r["body"]["service_tier"] for r in upstream.records)
            if route == "redacted-hosted":
                redacted += 1
                assert "_1>" in sent  # typed placeholders went out in the values' place
                assert all(value in answer for value in found), row["id"]
            else:
                assert route == "local" and sent == ""
    # Most personal prompts are answered by the hosted model; the rest stayed inside.
    assert redacted >= len(rows) * 0.6, f"only {redacted} of {len(rows)} went redacted"


def test_concurrent_requests_never_see_each_others_values(
    router: str, upstream: Any, rows: list[dict[str, Any]], values: Any
) -> None:
    upstream.set_fault(echo=True)
    texts = [row["text"] for row in rows[:24]]
    with httpx.Client(base_url=router, timeout=60, headers=auth_headers()) as client, ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda text: _ask(client, text, True), texts))
    # Else the checks below could pass with nothing checked (every answer local).
    assert sum(route == "redacted-hosted" for route, _ in answers) >= len(texts) / 2
    for i, (route, answer) in enumerate(answers):
        if route != "redacted-hosted":
            continue
        assert all(value in answer for value in values(texts[i]))
        others = {v for j, text in enumerate(texts) if j != i for v in values(text) if v not in texts[i]}
        assert not [value for value in others if value in answer]


def test_a_special_category_request_is_never_redacted_out(router: str, upstream: Any) -> None:
    text = "Jane Doe, NHS number 943 476 5919, was diagnosed with HIV last year."
    with httpx.Client(base_url=router, timeout=60, headers=auth_headers()) as client:
        route, _ = _ask(client, text, False)
    assert route == "local" and upstream.records == []


PERSONAL = "Please update NHS number 943 476 5919 for Thandiwe Okonkwo."


@pytest.mark.parametrize(("fault", "public_status"), [(503, 503), (429, 429), (401, 502)],
                         ids=["unavailable", "rate-limited", "key-refused"])
@pytest.mark.parametrize("stream", [False, True], ids=["create", "stream"])
def test_a_hosted_outage_answers_redactable_work_locally_whatever_the_fallback_policy(
    router: str, upstream: Any, stream: bool, fault: int, public_status: int
) -> None:
    """`hosted_fallback_to_local` is off here, yet personal work the local model can serve is never refused
    because the hosted path failed (down, rate-limited everywhere, our key refused): it was only ever sent
    hosted in redacted form, by choice."""
    upstream.set_fault(fault)
    body = {"model": "auto", "messages": [{"role": "user", "content": PERSONAL}], "max_tokens": 5, "stream": stream}
    with httpx.Client(base_url=router, timeout=60, headers=auth_headers()) as client:
        response = client.post("/v1/chat/completions", json=body)
        assert response.status_code == 200, response.text
        assert response.headers["x-sovereign-route"] == "local"
        assert response.headers["x-sovereign-fallback"] == "hosted-unavailable"
        assert response.headers["x-sovereign-sensitivity"] == "personal"
        assert upstream.records, "the redacted request was not tried hosted first"
        public = client.post("/v1/chat/completions", json={**body, "messages": [
            {"role": "user", "content": "Which river flows through London?"}]})
    assert public.status_code == public_status  # public work follows the department's fallback policy


def _redactions(router: str, outcome: str) -> float:
    for line in httpx.get(f"{router}/metrics", timeout=10).text.splitlines():
        if line.startswith(f'sovereign_redactions_total{{outcome="{outcome}"}}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_a_value_that_cannot_be_placed_keeps_the_request_local_and_says_so(router: str, upstream: Any) -> None:
    # Two tool parameters whose names differ only in case: replacing the name in one would
    # make the keys collide, so the value stays in the body and the redaction is incomplete.
    parameters = {"type": "object", "properties": {"Thandiwe Okonkwo": {"type": "string"},
                                                   "THANDIWE OKONKWO": {"type": "string"}}}
    body = {"model": "auto", "messages": [{"role": "user", "content": PERSONAL}], "max_tokens": 5,
            "tools": [{"type": "function", "function": {"name": "f", "parameters": parameters}}], "tool_choice": "none"}
    before = _redactions(router, "kept_local_placement")
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60, headers=auth_headers())
    assert response.status_code == 200, response.text
    assert response.headers["x-sovereign-route"] == "local"
    assert response.headers["x-sovereign-redaction"] == "incomplete"
    assert upstream.records == []
    assert _redactions(router, "kept_local_placement") == before + 1


@pytest.mark.parametrize("how", ["header", "metadata"])
def test_a_level_the_client_raised_is_answered_locally(router: str, upstream: Any, how: str) -> None:
    """A plain question the client marks `personal`: the classifier found nothing to replace,
    so redaction would send it whole. It stays inside, and the simulator records nothing."""
    body: dict[str, Any] = {"model": "auto", "max_tokens": 5,
                            "messages": [{"role": "user", "content": "Which river flows through London?"}]}
    headers = auth_headers()
    if how == "header":
        headers["X-Sensitivity"] = "personal"
    else:
        body["metadata"] = {"sensitivity": "personal"}
    before = _redactions(router, "kept_local_client_level")
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["x-sovereign-sensitivity"] == "personal"
    assert response.headers["x-sovereign-route"] == "local"
    assert response.headers["x-sovereign-redaction"] == "incomplete"
    assert upstream.records == []
    assert _redactions(router, "kept_local_client_level") == before + 1


FILLER = "The library opens at nine on weekdays and at ten on Saturdays, and the cafe closes earlier. " * 4


@pytest.mark.parametrize("where", ["property named model", "format", "type", "role"])
def test_a_value_in_a_clients_tool_schema_never_reaches_the_upstream(router: str, upstream: Any, where: str) -> None:
    """The client's JSON schema is its own text: a property named `model`, or a `format`,
    `type` or `role` value there, is redacted like any other string (or the request stays local)."""
    value = "NHS number 943 476 5919"
    prop = {"description": value} if where == "property named model" else {where: value}
    parameters = {"type": "object", "properties": {"model" if where == "property named model" else "x": prop}}
    message = {"role": "user", "content": "Please update NHS number 943 476 5919 for the patient. " + FILLER}
    body = {"model": "auto", "max_tokens": 5, "tool_choice": "none", "messages": [message],
            "tools": [{"type": "function", "function": {"name": "f", "description": FILLER, "parameters": parameters}}]}
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60, headers=auth_headers())
    assert response.status_code == 200, response.text
    route = response.headers["x-sovereign-route"]
    assert route in ("redacted-hosted", "local") and (route == "local" or upstream.records)
    assert "943 476 5919" not in _sent_text(upstream) and "9434765919" not in _sent_text(upstream)


def test_a_redacted_request_asking_for_logprobs_is_answered_locally(router: str, upstream: Any) -> None:
    """A placeholder spelt over several tokens could not be restored in them: the local model
    answers, and the test's demo model has no log probabilities, so its 400 names the parameter."""
    body = {"model": "auto", "max_tokens": 5, "logprobs": True,
            "messages": [{"role": "user", "content": PERSONAL}]}
    before = _redactions(router, "kept_local_logprobs")
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60, headers=auth_headers())
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"] == "logprobs"
    assert upstream.records == []
    assert _redactions(router, "kept_local_logprobs") == before + 1


@pytest.mark.parametrize("name", ["Renée Dubois", "José García", "Siân Jones", "Zoë Smith", "Łukasz Wójcik"])
def test_a_name_that_json_escaped_or_repeated_in_part_never_reaches_the_upstream(
    router: str, upstream: Any, name: str
) -> None:
    """Found by QA: `json.dumps` writes "Ren\\u00e9e Dubois" in tool arguments and results, which
    left whole; a non-ASCII name's part used alone ("Wójcik says...") left too."""
    upstream.set_fault(echo=True)
    upstream.clear_records()
    given, surname = name.split()
    arguments = json.dumps({"name": name, "nhs": "943 476 5919"})
    body = {"model": "auto", "max_tokens": 50, "messages": [
        {"role": "user", "content": f"Look up NHS number 943 476 5919. {surname} says the boiler is broken."},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "lookup_patient", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"name": name, "status": "claim open"})},
    ]}
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=60, headers=auth_headers())
    assert response.status_code == 200, response.text
    assert response.headers["x-sovereign-route"] in ("redacted-hosted", "local")
    sent = _sent_text(upstream)
    escaped = json.dumps(name)[1:-1]
    assert not [part for part in (given, surname, escaped, json.dumps(surname)[1:-1]) if part in sent], sent
