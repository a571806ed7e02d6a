"""Reports of a load run: JSON for machines, Markdown for people, PNG for the shape.

The JSON holds the config (no API key, credential headers masked), the summary
under vLLM benchmark_serving's key names, and one row per request, so any other
statistic can be computed later without running again. The Markdown follows
the order of vLLM's printed summary (requests, duration, tokens, throughputs,
then TTFT / TPOT / ITL / E2E latency) so reports from either tool line up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from benchmarks.load.metrics import LATENCY_METRICS, PERCENTILES
from benchmarks.load.runner import LoadResult

FORMAT_VERSION = 1
_LATENCY_NAMES = {
    "ttft": "TTFT (time to first token)",
    "tpot": "TPOT (time per output token, excl. first)",
    "itl": "ITL (inter-token latency)",
    "e2el": "E2E (end-to-end latency)",
}


@dataclass(frozen=True)
class ReportPaths:
    """Where a report's three files were written."""

    json: Path
    markdown: Path
    png: Path


def default_name(result: LoadResult) -> str:
    """`load-YYYYmmdd-HHMMSS` from the run's UTC start, so runs do not overwrite each other."""
    return f"load-{result.started_at:%Y%m%d-%H%M%S}"


def report_data(
    result: LoadResult, *, command: str | None = None, target: str | None = None
) -> dict[str, Any]:
    """The JSON report as data."""
    return {
        "tool": "sovereign-router bench load",
        "format_version": FORMAT_VERSION,
        "started_at": result.started_at.isoformat(),
        "target": target,
        "command": command,
        "config": result.config.public_dict(),
        "summary": result.summary.as_dict(),
        "requests": [record.row() for record in result.records],
    }


def _fmt(value: float) -> str:
    return f"{value:,.2f}"


def _config_rows(result: LoadResult) -> list[tuple[str, str]]:
    c = result.config
    shape = f"concurrency {c.concurrency}" if c.mode == "concurrency" else f"Poisson rate {c.rate:g} req/s"
    if c.mode == "rate" and c.max_concurrency is not None:
        shape += f", at most {c.max_concurrency} in flight"
    stop = " or ".join(
        part
        for part in (
            f"{c.num_requests} requests" if c.num_requests is not None else "",
            f"{c.duration_s:g} s" if c.duration_s is not None else "",
        )
        if part
    )
    if c.prompts_file is not None:
        prompts = f"`{c.prompts_file.name}` (JSONL, in order)"
    elif c.prompt_words_max is not None:
        prompts = f"uniform {c.prompt_words}–{c.prompt_words_max} words"
    else:
        prompts = f"{c.prompt_words} words"
    outputs = (
        f"uniform {c.output_tokens}–{c.output_tokens_max}" if c.output_tokens_max else str(c.output_tokens)
    )
    headers = ", ".join(f"`{k}: {v}`" for k, v in c.public_dict()["headers"].items()) or "none"
    return [
        ("target", f"`{c.url}`"),
        ("model", f"`{c.model}`"),
        ("load", shape),
        ("stops after", stop),
        ("prompts", prompts),
        ("max tokens", outputs + (" (ignore_eos)" if c.ignore_eos else "")),
        ("streaming", "yes" if c.stream else "no"),
        ("timeout", f"{c.timeout_s:g} s"),
        ("seed", str(c.seed)),
        ("extra headers", headers),
    ]


def render_markdown(
    result: LoadResult, *, png_name: str, command: str | None = None, target: str | None = None
) -> str:
    """The Markdown report; `png_name` is the plot's file name beside it."""
    s = result.summary
    lines = [f"# Load benchmark: `{result.config.base_url}`", ""]
    if target:
        lines += [f"Target: {target}", ""]
    if command:
        lines += ["Command:", "", "```", command, "```", ""]
    lines += [f"Started {result.started_at:%Y-%m-%d %H:%M:%S} UTC.", "", "| setting | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in _config_rows(result)]
    lines += ["", "## Throughput", "", "| metric | value |", "|---|---:|"]
    lines += [
        f"| Successful requests | {s.completed} |",
        f"| Failed requests | {s.failed} |",
        f"| Benchmark duration (s) | {_fmt(s.duration_s)} |",
        f"| Total input tokens | {s.total_input_tokens} |",
        f"| Total generated tokens | {s.total_output_tokens} |",
        f"| Request throughput (req/s) | {_fmt(s.request_throughput)} |",
        f"| Output token throughput (tok/s) | {_fmt(s.output_throughput)} |",
        f"| Input token throughput (tok/s) | {_fmt(s.input_throughput)} |",
        f"| Total token throughput (tok/s) | {_fmt(s.total_token_throughput)} |",
    ]
    if s.completed and s.requests_with_usage < s.completed:
        lines += [
            "",
            f"{s.completed - s.requests_with_usage} of {s.completed} successful answers reported no usage: "
            "their output tokens are counted as content chunks (streaming) or words, "
            "their input tokens as 0.",
        ]
    labels = [f"p{q:g}" for q in PERCENTILES if q != 50.0]
    lines += ["", "## Latency (ms)", ""]
    lines += ["| metric | mean | median | " + " | ".join(labels) + " | std | max | samples |"]
    lines += ["|---|" + "---:|" * (len(labels) + 5)]
    for metric in LATENCY_METRICS:
        stats = s.latency(metric)
        if stats is None:
            lines.append(f"| {_LATENCY_NAMES[metric]} | " + " | ".join(["–"] * (len(labels) + 4)) + " | 0 |")
            continue
        cells = [stats.mean_ms, stats.median_ms]
        cells += [stats.percentiles_ms[q] for q in PERCENTILES if q != 50.0]
        cells += [stats.std_ms, stats.max_ms]
        lines.append(f"| {_LATENCY_NAMES[metric]} | " + " | ".join(map(_fmt, cells)) + f" | {stats.count} |")
    lines += ["", "## Errors", ""]
    failed = {kind: count for kind, count in s.errors.items() if count}
    if failed:
        lines += ["| kind | count |", "|---|---:|"] + [f"| {k} | {n} |" for k, n in failed.items()]
    else:
        lines.append("No errors.")
    lines += ["", f"![Latency distributions and throughput]({png_name})", ""]
    return "\n".join(lines)


def _json_bytes(data: dict[str, Any]) -> bytes:
    # Indented for reading, except one request per line: hundreds of rows of ITL lists
    # would otherwise run to tens of thousands of lines.
    rows = b",\n".join(b"    " + orjson.dumps(row) for row in data["requests"])
    head = orjson.dumps({k: v for k, v in data.items() if k != "requests"}, option=orjson.OPT_INDENT_2)
    return head.removesuffix(b"\n}") + b',\n  "requests": [\n' + rows + b"\n  ]\n}\n"


def write_report(
    result: LoadResult,
    out_dir: Path,
    *,
    name: str | None = None,
    command: str | None = None,
    target: str | None = None,
) -> ReportPaths:
    """Write `<name>.json`, `<name>.md` and `<name>.png` into `out_dir` (created if missing).

    Args:
        result: The finished run.
        out_dir: Directory for the three files.
        name: File stem; default `default_name(result)`.
        command: The command line that produced the run, quoted in the reports.
        target: What the base URL is (e.g. "vLLM 0.11 on one H100"), quoted in the reports.
    """
    from benchmarks.load.plots import plot_result  # matplotlib is heavy; only reports need it

    stem = name or default_name(result)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = ReportPaths(out_dir / f"{stem}.json", out_dir / f"{stem}.md", out_dir / f"{stem}.png")
    paths.json.write_bytes(_json_bytes(report_data(result, command=command, target=target)))
    paths.markdown.write_text(
        render_markdown(result, png_name=paths.png.name, command=command, target=target), encoding="utf-8"
    )
    plot_result(result, paths.png)
    return paths
