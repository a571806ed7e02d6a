"""The upstream simulator through the official openai SDK, plain httpx, its record file and its CLI."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson
import pytest
import typer
from openai.types.chat import ChatCompletionMessageParam
from typer.testing import CliRunner

from benchmarks.ports import free_port
from benchmarks.upstream_sim import DEFAULT_MAX_TOKENS, UpstreamSim, generated_text, upstream_sim_command
from benchmarks.upstream_sim.app import FAULT_HEADER
from benchmarks.upstream_sim.faults import Fault

USER: list[ChatCompletionMessageParam] = [{"role": "user", "content": "What is the capital of France?"}]


@pytest.fixture
def sdk(sim: UpstreamSim) -> Iterator[openai.OpenAI]:
    # Strict validation: the SDK's own models must accept every field the simulator sends.
    with openai.OpenAI(
        api_key="sk-sim", base_url=sim.base_url, max_retries=0, _strict_response_validation=True
    ) as client:
        yield client


@pytest.fixture
def http(sim: UpstreamSim) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.root_url, timeout=5.0) as client:
        yield client


def test_chat_completion_is_a_valid_openai_answer(sdk: openai.OpenAI) -> None:
    answer = sdk.chat.completions.create(
        model="gpt-4.1", messages=USER, max_tokens=4, service_tier="priority"
    )
    assert answer.model == "gpt-4.1"
    assert answer.service_tier == "priority"
    assert answer.choices[0].message.content == generated_text(4) == "tok0 tok1 tok2 tok3"
    assert answer.choices[0].finish_reason == "length"
    assert answer.usage is not None
    assert (answer.usage.prompt_tokens, answer.usage.completion_tokens) == (6, 4)


def test_defaults_and_token_limits(sdk: openai.OpenAI) -> None:
    default = sdk.chat.completions.create(model="m", messages=USER)
    assert default.service_tier == "default"
    assert default.choices[0].message.content == generated_text(DEFAULT_MAX_TOKENS)
    assert default.choices[0].finish_reason == "stop"
    newer = sdk.chat.completions.create(model="m", messages=USER, max_tokens=9, max_completion_tokens=2, n=3)
    assert [c.message.content for c in newer.choices] == [generated_text(2)] * 3
    assert newer.usage is not None and newer.usage.completion_tokens == 6


def test_completion_is_a_valid_openai_answer(sdk: openai.OpenAI) -> None:
    answer = sdk.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say three words", max_tokens=3)
    assert answer.object == "text_completion"
    assert answer.choices[0].text == generated_text(3)
    assert answer.usage is not None and answer.usage.total_tokens == 6


def test_chat_stream_with_usage(sdk: openai.OpenAI) -> None:
    chunks = list(
        sdk.chat.completions.create(
            model="m", messages=USER, max_tokens=3, stream=True, stream_options={"include_usage": True}
        )
    )
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == generated_text(3)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert all(c.usage is None for c in chunks[:-1])
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 3


def test_chat_stream_without_usage_sends_none(sdk: openai.OpenAI) -> None:
    chunks = list(sdk.chat.completions.create(model="m", messages=USER, max_tokens=2, stream=True))
    assert all(c.choices for c in chunks)
    assert len(chunks) == 1 + 2 + 1  # role, one per token, finish


def test_completion_stream(sim: UpstreamSim) -> None:
    # The SDK's `Completion` model types `finish_reason` as non-null, but OpenAI streams
    # null until the last chunk, as the simulator does: parse without strict validation.
    with openai.OpenAI(api_key="sk-sim", base_url=sim.base_url, max_retries=0) as client:
        chunks = list(client.completions.create(model="m", prompt="Hi", max_tokens=3, stream=True))
    assert "".join(c.choices[0].text for c in chunks) == generated_text(3)
    assert chunks[-1].choices[0].finish_reason == "length"


def test_models_list(sdk: openai.OpenAI) -> None:
    assert [m.id for m in sdk.models.list()] == ["gpt-4.1-mini", "gpt-4.1", "gpt-4o-mini"]


def test_every_api_request_is_recorded_in_order(sim: UpstreamSim, http: httpx.Client) -> None:
    http.post(
        "/v1/chat/completions", json={"model": "m", "messages": USER}, headers={"X-Sovereign-Test": "1"}
    )
    http.post("/v1/completions", content=b"not json", headers={"content-type": "text/plain"})
    http.get("/v1/models")
    http.get("/v1/nowhere")
    http.get("/_sim/records")  # control endpoints are not recorded
    records = sim.records
    assert [(r["method"], r["path"]) for r in records] == [
        ("POST", "/v1/chat/completions"),
        ("POST", "/v1/completions"),
        ("GET", "/v1/models"),
        ("GET", "/v1/nowhere"),
    ]
    assert records[0]["body"] == {"model": "m", "messages": USER}
    assert records[0]["headers"]["x-sovereign-test"] == "1"
    assert records[1]["body"] == "not json"
    assert records[2]["body"] is None
    assert http.get("/_sim/records").json() == records
    assert http.delete("/_sim/records").status_code == 200
    assert sim.records == []


@pytest.mark.parametrize(
    "path, body, status, param",
    [
        ("/v1/chat/completions", {"model": "m"}, 400, "messages"),
        ("/v1/chat/completions", {"messages": USER}, 400, "model"),
        ("/v1/completions", {"model": "m", "prompt": "x", "max_tokens": -1}, 400, "max_tokens"),
        # A model's output limit: a billion tokens is a 400, not gigabytes of answer built in memory.
        ("/v1/chat/completions", {"model": "m", "messages": USER, "max_tokens": 10**9}, 400, "max_tokens"),
        ("/v1/chat/completions", {"model": "m", "messages": USER, "max_completion_tokens": 32_769}, 400,
         "max_completion_tokens"),
        ("/v1/embeddings", {"model": "m", "input": "x"}, 404, None),
    ],
)
def test_bad_requests_get_openai_error_bodies(
    http: httpx.Client, path: str, body: dict[str, Any], status: int, param: str | None
) -> None:
    response = http.post(path, json=body)
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["param"] == param


def test_fault_over_http_applies_count_times(sdk: openai.OpenAI, http: httpx.Client) -> None:
    fault = {"status": 429, "count": 2, "message": "slow down", "retry_after_s": 2.5}
    assert http.post("/_sim/fault", json=fault).status_code == 200
    assert http.get("/_sim/fault").json()["fault"]["status"] == 429
    first = http.post("/v1/chat/completions", json={"model": "m", "messages": USER})
    assert first.status_code == 429
    assert first.headers["retry-after"] == "3"
    assert first.headers["retry-after-ms"] == "2500"
    limits = (first.headers["x-ratelimit-remaining-requests"], first.headers["x-ratelimit-reset-requests"])
    assert limits == ("0", "2.5s")
    assert first.json()["error"] == {
        "message": "slow down",
        "type": "rate_limit_error",
        "param": None,
        "code": "rate_limit_exceeded",
    }
    with pytest.raises(openai.RateLimitError):
        sdk.chat.completions.create(model="m", messages=USER)
    assert sdk.chat.completions.create(model="m", messages=USER).choices  # count spent
    assert http.get("/_sim/fault").json()["fault"] is None


def test_fault_without_count_lasts_until_cleared(sdk: openai.OpenAI, http: httpx.Client) -> None:
    http.post("/_sim/fault", json={"status": 503, "count": None})
    for _ in range(3):
        with pytest.raises(openai.InternalServerError):
            sdk.chat.completions.create(model="m", messages=USER)
    assert http.delete("/_sim/fault").json() == {"fault": None}
    assert sdk.chat.completions.create(model="m", messages=USER).choices


@pytest.mark.parametrize(
    "fault, named",
    [({"status": 200}, "status"), ({"count": 0}, "count"), ({"colour": "red"}, "colour"), ([], "object")],
)
def test_invalid_faults_are_refused(http: httpx.Client, fault: object, named: str) -> None:
    response = http.post("/_sim/fault", json=fault)
    assert response.status_code == 400
    assert named in response.json()["error"]["message"]
    assert http.get("/_sim/fault").json()["fault"] is None


def test_dropped_stream_breaks_after_k_events(sim: UpstreamSim, http: httpx.Client) -> None:
    sim.set_fault(drop_after_chunks=2)
    events = []
    body = {"model": "m", "messages": USER, "stream": True}
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream("POST", "/v1/chat/completions", json=body) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    events.append(line)
    assert len(events) == 2


def test_stream_framing_ends_with_done(http: httpx.Client) -> None:
    response = http.post(
        "/v1/completions", json={"model": "m", "prompt": "x", "max_tokens": 2, "stream": True}
    )
    assert response.headers["content-type"] == "text/event-stream"
    frames = response.text.split("\n\n")
    assert frames[-2:] == ["data: [DONE]", ""]
    assert all(frame.startswith("data: {") for frame in frames[:-2])


def test_latency_delays_the_answer_past_a_short_client_timeout() -> None:
    with UpstreamSim(latency_ms=2_000) as slow, httpx.Client(timeout=0.1) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get(f"{slow.base_url}/models")
        # The simulator notices the client hanging up instead of answering into the void.
        deadline = time.monotonic() + 5.0
        while slow.client_disconnects == 0:
            assert time.monotonic() < deadline, "the disconnect was never seen"
            time.sleep(0.01)
        assert client.get(f"{slow.root_url}/_sim/stats").json() == {"client_disconnects": 1}


def test_streaming_rate_paces_the_chunks() -> None:
    body = {"model": "m", "messages": USER, "max_tokens": 4, "stream": True}
    with UpstreamSim(tokens_per_s=2) as paced, httpx.Client(timeout=0.1) as client:
        with client.stream("POST", f"{paced.base_url}/chat/completions", json=body) as response:
            lines = response.iter_lines()
            assert next(lines).startswith("data: ")  # the first chunk is not delayed
            with pytest.raises(httpx.ReadTimeout):  # the next is half a second later
                list(lines)


def test_record_file_holds_every_request_as_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "records" / "upstream.jsonl"
    with UpstreamSim(record_path=path) as sim, httpx.Client() as client:
        client.post(f"{sim.base_url}/chat/completions", json={"model": "m", "messages": USER})
        sim.clear_records()  # the in-memory record only
        client.post(f"{sim.base_url}/completions", json={"model": "m", "prompt": "x"})
        in_memory = sim.records
    lines = [orjson.loads(line) for line in path.read_bytes().splitlines()]
    assert [r["path"] for r in lines] == ["/v1/chat/completions", "/v1/completions"]
    assert lines[1:] == in_memory


def test_cli_options_match_the_design() -> None:
    app = typer.Typer()
    app.command("upstream-sim")(upstream_sim_command)
    app.command("other")(lambda: None)
    result = CliRunner().invoke(app, ["upstream-sim", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--latency-ms", "--tokens-per-s", "--record"):
        assert option in result.output
    # How to inject faults, every field of them, and the per-request header.
    words = " ".join(result.output.replace("│", " ").split())
    assert FAULT_HEADER in words
    assert not [f.name for f in dataclasses.fields(Fault) if f.name not in words]




def test_cli_serves_in_the_foreground_until_interrupted(tmp_path: Path) -> None:
    port, record = free_port(), tmp_path / "cli.jsonl"
    command = [sys.executable, "-m", "benchmarks.upstream_sim", "--port", str(port), "--record", str(record)]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy()
    )
    try:
        base = f"http://127.0.0.1:{port}/v1"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/models", timeout=1.0)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "upstream-sim did not start"
                time.sleep(0.05)
        answer = httpx.post(
            f"{base}/chat/completions", json={"model": "m", "messages": USER, "max_tokens": 1}
        )
        assert answer.json()["choices"][0]["message"]["content"] == "tok0"
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    # uvicorn shuts down gracefully, then re-raises the signal: the conventional 130 for Ctrl-C.
    assert process.returncode in (0, 130), stderr
    assert b"Finished server process" in stderr
    assert [orjson.loads(line)["path"] for line in record.read_bytes().splitlines()] == [
        "/v1/models",
        "/v1/chat/completions",
    ]


def test_the_azure_path_refuses_the_openai_only_fields_as_azure_does(http: httpx.Client) -> None:
    path = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
    body = {"model": "gpt-4o", "messages": USER, "max_tokens": 2}
    assert http.post(path, json=body).status_code == 200
    refused = http.post(path, json={**body, "store": False, "service_tier": "priority"})
    assert refused.status_code == 400
    assert refused.json()["error"]["message"] == "Unrecognized request argument supplied: service_tier, store"
    assert http.post("/v1/chat/completions", json={**body, "store": False}).status_code == 200


@pytest.mark.parametrize("raw", [b"[1, 2]", b"123", b'"text"', b"null", b'[{"store": false}]'])
def test_the_azure_path_refuses_a_body_that_is_not_an_object_with_a_400(http: httpx.Client, raw: bytes) -> None:
    path = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
    response = http.post(path, content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "the request body must be a JSON object"


@pytest.mark.parametrize("option", ["--latency-ms", "--tokens-per-s"])
def test_a_negative_rate_or_latency_is_a_usage_error_not_a_traceback(option: str) -> None:
    app = typer.Typer()
    app.command("upstream-sim")(upstream_sim_command)
    app.command("other")(lambda: None)
    result = CliRunner().invoke(app, ["upstream-sim", option, "-1"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.startswith("Usage:") and "greater than or equal to" in " ".join(result.output.split())
