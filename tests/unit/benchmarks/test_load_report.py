"""`bench load` reports (JSON + Markdown + PNG) and the command line, against the real simulator."""

from __future__ import annotations

import asyncio
import json
import shlex

import pytest
import typer
from typer.testing import CliRunner

from benchmarks.load import LoadConfig, load_command, run_load, write_report
from benchmarks.load.cli import command_line
from benchmarks.ports import free_port

MODEL = "gpt-4.1-mini"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def sim_options():
    # Paced at 1000 tokens/s, so inter-token gaps are real, measurable waits.
    return {"tokens_per_s": 1000}


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(load_command)
    return app


def test_report_files(sim, tmp_path):
    config = LoadConfig(
        base_url=sim.base_url,
        api_key="sk-never-in-reports",
        model=MODEL,
        num_requests=10,
        concurrency=2,
        prompt_words=6,
        output_tokens=5,
        headers={"X-Api-Key": "hush-never-in-reports", "X-Sensitivity": "personal"},
    )
    sim.set_fault(503, count=1)
    result = asyncio.run(run_load(config, progress=False))
    paths = write_report(result, tmp_path / "out", name="run", command="make it so", target="upstream-sim")
    assert paths.json == tmp_path / "out" / "run.json"

    data = json.loads(paths.json.read_text(encoding="utf-8"))
    assert data["config"]["base_url"] == sim.base_url
    assert data["config"]["headers"] == {"X-Api-Key": "***", "X-Sensitivity": "personal"}
    assert data["summary"]["completed"] == 9
    assert data["summary"]["errors"]["http_5xx"] == 1
    assert data["summary"]["request_throughput"] > 0
    assert "p99_ttft_ms" in data["summary"] and "mean_itl_ms" in data["summary"]
    assert [row["index"] for row in data["requests"]] == list(range(10))
    assert sum(1 for row in data["requests"] if row["error_kind"] == "http_5xx") == 1
    assert all(len(row["itl_ms"]) == row["content_chunks"] - 1 for row in data["requests"] if row["ok"])
    assert data["command"] == "make it so" and data["target"] == "upstream-sim"

    markdown = paths.markdown.read_text(encoding="utf-8")
    assert "| Request throughput (req/s) |" in markdown
    assert "| TTFT (time to first token) |" in markdown
    assert "| http_5xx | 1 |" in markdown
    assert "make it so" in markdown and "Target: upstream-sim" in markdown
    assert "](run.png)" in markdown
    assert paths.png.read_bytes().startswith(PNG_MAGIC)

    for path in (paths.json, paths.markdown):
        text = path.read_text(encoding="utf-8")
        assert "never-in-reports" not in text


def test_cli_runs_and_writes_the_report(sim, cli, tmp_path):
    args = [
        "--base-url", sim.base_url, "--model", MODEL, "--num-requests", "6", "--concurrency", "2",
        "--prompt-words", "5", "--output-tokens", "4", "--header", "X-Sensitivity: personal",
        "--out", str(tmp_path), "--name", "cli", "--target", "upstream-sim in a test", "--no-progress",
    ]  # fmt: skip
    outcome = CliRunner().invoke(cli, args)
    assert outcome.exit_code == 0, outcome.output
    assert "request throughput" in outcome.stdout
    assert "successful requests" in outcome.stdout
    data = json.loads((tmp_path / "cli.json").read_text(encoding="utf-8"))
    assert data["summary"]["completed"] == 6
    assert data["command"].startswith("sovereign-router bench load --base-url")
    assert (tmp_path / "cli.png").exists() and (tmp_path / "cli.md").exists()
    assert all(record["headers"]["x-sensitivity"] == "personal" for record in sim.records)


def test_cli_command_in_the_report_repeats_the_run(sim, cli, tmp_path):
    config = LoadConfig(
        base_url=sim.base_url,
        model=MODEL,
        mode="rate",
        rate=200.0,
        max_concurrency=3,
        num_requests=5,
        duration_s=30.0,
        prompt_words=3,
        prompt_words_max=9,
        output_tokens=2,
        output_tokens_max=4,
        stream=False,
        timeout_s=7.0,
        seed=9,
        endpoint="completions",
        headers={"X-Sensitivity": "special"},
    )
    argv = shlex.split(command_line(config))
    assert argv[:3] == ["sovereign-router", "bench", "load"]
    outcome = CliRunner().invoke(cli, [*argv[3:], "--out", str(tmp_path), "--name", "again", "--no-progress"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert data["config"] == config.public_dict()


def test_cli_rejects_bad_options(sim, cli, tmp_path):
    runner = CliRunner()
    no_rate = runner.invoke(cli, ["--base-url", sim.base_url, "--mode", "rate", "--out", str(tmp_path)])
    assert no_rate.exit_code == 2
    assert "rate mode needs rate" in no_rate.output
    bad_header = runner.invoke(
        cli, ["--base-url", sim.base_url, "--header", "no-colon", "--out", str(tmp_path)]
    )
    assert bad_header.exit_code == 2
    bad_prompts = tmp_path / "bad.jsonl"
    bad_prompts.write_text("not json\n", encoding="utf-8")
    bad_file = runner.invoke(
        cli, ["--base-url", sim.base_url, "--prompts", str(bad_prompts), "--out", str(tmp_path)]
    )
    assert bad_file.exit_code == 2
    assert "bad.jsonl:1" in bad_file.output
    assert sim.records == []  # nothing was sent
    assert not list(tmp_path.glob("*.json"))


def test_cli_fails_when_nothing_succeeds_but_still_reports(cli, tmp_path):
    port = free_port()  # nothing listens there
    args = [
        "--base-url",
        f"http://127.0.0.1:{port}/v1",
        "--num-requests",
        "3",
        "--out",
        str(tmp_path),
        "--name",
        "down",
    ]
    outcome = CliRunner().invoke(cli, [*args, "--no-progress"])
    assert outcome.exit_code == 1
    data = json.loads((tmp_path / "down.json").read_text(encoding="utf-8"))
    assert data["summary"]["errors"]["connection"] == 3
