"""`sovereign-router bench load`: throughput and latency of any OpenAI-compatible endpoint.

A plain function with typer annotations; `benchmarks/cli.py` registers it as
`bench load`. It validates everything before the first request, runs with a
live progress bar on stderr, writes JSON + Markdown + PNG, and prints a
summary table. Failed requests are results, not crashes: the exit code is 1
only when no request succeeded (the target is most likely wrong), 2 for bad
options.
"""

from __future__ import annotations

import asyncio
import enum
import os
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from benchmarks.load.config import LoadConfig, is_secret_header
from benchmarks.load.report import write_report
from benchmarks.load.runner import LoadResult, run_load
from benchmarks.load.workload import PromptFileError

DEFAULT_OUT = Path("benchmarks/results/load")


class EndpointChoice(enum.StrEnum):
    chat = "chat"
    completions = "completions"


class ModeChoice(enum.StrEnum):
    concurrency = "concurrency"
    rate = "rate"


def parse_headers(values: list[str]) -> dict[str, str]:
    """`KEY:VALUE` strings as a dict.

    Raises:
        typer.BadParameter: a value has no colon or an empty name.
    """
    headers: dict[str, str] = {}
    for value in values:
        name, sep, content = value.partition(":")
        if not sep or not name.strip():
            raise typer.BadParameter(f"expected KEY:VALUE, got {value!r}", param_hint="--header")
        headers[name.strip()] = content.strip()
    return headers


def command_line(config: LoadConfig, extra: Sequence[str] = ()) -> str:
    """The `bench load` command that repeats `config` (credential header values masked).

    Args:
        config: The run to repeat.
        extra: Options that are not part of the config (e.g. `--out DIR`), appended as given.
    """
    c = config
    args = ["sovereign-router", "bench", "load", "--base-url", c.base_url, "--model", c.model]
    args += ["--endpoint", c.endpoint, "--mode", c.mode]
    if c.mode == "concurrency":
        args += ["--concurrency", str(c.concurrency)]
    else:
        args += ["--rate", f"{c.rate:g}"]
        if c.max_concurrency is not None:
            args += ["--max-concurrency", str(c.max_concurrency)]
    if c.num_requests is not None:
        args += ["--num-requests", str(c.num_requests)]
    if c.duration_s is not None:
        args += ["--duration", f"{c.duration_s:g}"]
    if c.prompts_file is not None:
        args += ["--prompts", str(c.prompts_file)]
    else:
        args += ["--prompt-words", str(c.prompt_words)]
        if c.prompt_words_max is not None:
            args += ["--prompt-words-max", str(c.prompt_words_max)]
    args += ["--output-tokens", str(c.output_tokens)]
    if c.output_tokens_max is not None:
        args += ["--output-tokens-max", str(c.output_tokens_max)]
    if c.ignore_eos:
        args.append("--ignore-eos")
    args.append("--stream" if c.stream else "--no-stream")
    args += ["--timeout", f"{c.timeout_s:g}", "--seed", str(c.seed)]
    for name, value in c.headers.items():
        args += ["--header", f"{name}: {'***' if is_secret_header(name) else value}"]
    return shlex.join([*args, *extra])


def summary_table(result: LoadResult) -> Table:
    """The run's headline figures as a rich table (ms for latencies)."""
    s = result.summary
    table = Table(title=f"bench load: {result.config.url}", show_header=True)
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row("successful requests", str(s.completed))
    table.add_row("failed requests", str(s.failed))
    table.add_row("duration (s)", f"{s.duration_s:.2f}")
    table.add_row("request throughput (req/s)", f"{s.request_throughput:.2f}")
    table.add_row("output token throughput (tok/s)", f"{s.output_throughput:.1f}")
    table.add_row("total token throughput (tok/s)", f"{s.total_token_throughput:.1f}")
    for metric, label in (("ttft", "TTFT"), ("tpot", "TPOT"), ("itl", "ITL"), ("e2el", "E2E")):
        stats = s.latency(metric)
        if stats is not None:
            p99 = stats.percentiles_ms.get(99.0, stats.max_ms)
            table.add_row(
                f"{label} mean / median / p99 (ms)",
                f"{stats.mean_ms:.1f} / {stats.median_ms:.1f} / {p99:.1f}",
            )
    for kind, count in s.errors.items():
        if count:
            table.add_row(f"errors: {kind}", f"[red]{count}[/red]")
    return table


def load_command(
    base_url: Annotated[
        str, typer.Option(help="OpenAI base URL of the target, e.g. http://127.0.0.1:8000/v1.")
    ],
    model: Annotated[str, typer.Option(help="Model name sent in every request.")] = "auto",
    endpoint: Annotated[EndpointChoice, typer.Option(help="Which API to call.")] = EndpointChoice.chat,
    mode: Annotated[
        ModeChoice, typer.Option(help="concurrency: N requests in flight; rate: Poisson arrivals.")
    ] = ModeChoice.concurrency,
    concurrency: Annotated[int, typer.Option(help="Requests in flight (concurrency mode).")] = 8,
    rate: Annotated[
        float | None, typer.Option(help="Mean requests per second (rate mode); inf: all at once.")
    ] = None,
    max_concurrency: Annotated[
        int | None, typer.Option(help="Rate mode: at most this many requests in flight.")
    ] = None,
    num_requests: Annotated[
        int | None, typer.Option(help="Stop after this many requests; 0: no limit.")
    ] = 100,
    duration: Annotated[float | None, typer.Option(help="Stop sending after this many seconds.")] = None,
    prompt_words: Annotated[int, typer.Option(help="Prompt length in words (lower bound if uniform).")] = 128,
    prompt_words_max: Annotated[int | None, typer.Option(help="Upper bound: uniform prompt lengths.")] = None,
    prompts: Annotated[
        Path | None, typer.Option(help='JSONL of {"prompt": ...} or {"messages": [...]} lines.', exists=True)
    ] = None,
    output_tokens: Annotated[int, typer.Option(help="max_tokens (lower bound if uniform).")] = 128,
    output_tokens_max: Annotated[int | None, typer.Option(help="Upper bound: uniform max_tokens.")] = None,
    ignore_eos: Annotated[bool, typer.Option(help="Send vLLM's ignore_eos (vLLM targets only).")] = False,
    stream: Annotated[bool, typer.Option(help="Stream answers (needed for TTFT and ITL).")] = True,
    header: Annotated[
        list[str] | None,
        typer.Option(help="Extra header KEY:VALUE, repeatable (e.g. X-Sensitivity:personal)."),
    ] = None,
    api_key_env: Annotated[
        str, typer.Option(help="Environment variable holding the API key.")
    ] = "OPENAI_API_KEY",
    out: Annotated[Path, typer.Option(help="Directory for the JSON, Markdown and PNG report.")] = DEFAULT_OUT,
    name: Annotated[str | None, typer.Option(help="Report file stem; default load-<UTC time>.")] = None,
    target: Annotated[
        str | None,
        typer.Option(help="What the target is (e.g. 'vLLM 0.11, Llama 3.1 8B, 1×H100'), for the report."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seeds prompts, lengths and arrival times.")] = 0,
    timeout: Annotated[
        float, typer.Option(help="Per-request timeout in seconds, streaming included.")
    ] = 60.0,
    progress: Annotated[bool, typer.Option(help="Show a live progress bar on stderr.")] = True,
) -> None:
    """Measure req/s, tokens/s, TTFT, ITL and latency percentiles of an OpenAI-compatible endpoint."""
    err = Console(stderr=True)
    try:
        config = LoadConfig(
            base_url=base_url,
            api_key=os.environ.get(api_key_env) or "unused",
            model=model,
            endpoint=endpoint.value,
            mode=mode.value,
            concurrency=concurrency,
            rate=rate,
            max_concurrency=max_concurrency,
            num_requests=num_requests if num_requests else None,
            duration_s=duration,
            prompt_words=prompt_words,
            prompt_words_max=prompt_words_max,
            prompts_file=prompts,
            output_tokens=output_tokens,
            output_tokens_max=output_tokens_max,
            ignore_eos=ignore_eos,
            stream=stream,
            timeout_s=timeout,
            seed=seed,
            headers=parse_headers(header or []),
        )
        result = asyncio.run(run_load(config, progress=progress))
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"]) or "options"
            err.print(f"[red]invalid {where}:[/red] {error['msg']}")
        raise typer.Exit(2) from exc
    except PromptFileError as exc:
        err.print(f"[red]bad prompts file:[/red] {exc}")
        raise typer.Exit(2) from exc
    location = ["--out", str(out)] + (["--name", name] if name else [])
    paths = write_report(result, out, name=name, command=command_line(config, location), target=target)
    Console().print(summary_table(result))
    typer.echo(f"report: {paths.markdown} {paths.json} {paths.png}", err=True)
    if result.summary.completed == 0:
        raise typer.Exit(1)
