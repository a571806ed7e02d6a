"""`sovereign-router bench classify`: speed (default) or quality (`--quality`).

`router/cli.py` registers `classify_command` under `bench`; this module imports
neither `router` nor anything heavy at import time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from benchmarks.classify_bench.corpora import CORPORA, DEFAULT_SIZES, parse_sizes
from benchmarks.classify_bench.engines import Detector, OurDetector
from benchmarks.classify_bench.eval_set import DEFAULT_EVAL_PATH, HOLDOUT_EVAL_PATHS, load_eval_set
from benchmarks.classify_bench.kinds import PRESIDIO_SCORE_THRESHOLD
from benchmarks.classify_bench.latency import BATCH_BYTES, LatencyReport, run_latency
from benchmarks.classify_bench.markdown import DEFAULT_RUNS
from benchmarks.classify_bench.presidio_adapter import (
    DEFAULT_SPACY_MODEL,
    INSTALL_HINT,
    PresidioDetector,
    presidio_available,
)
from benchmarks.classify_bench.quality import Counts, EngineQuality, all_kinds, evaluate, targets
from benchmarks.classify_bench.report import (
    DEFAULT_OUT,
    environment,
    spacy_model_description,
    write_latency_report,
    write_quality_report,
)

console = Console()


@contextmanager
def _progress() -> Iterator[Any]:
    """A rich progress bar and the hook the harness calls: (description, done, total)."""
    with Progress(
        TextColumn("{task.description:<24}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("starting", total=None)

        def hook(description: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=description)

        yield hook


def _print_latency(report: LatencyReport, ours: str, baseline: str | None) -> None:
    table = Table(title="Per-request latency (ms) and batched docs/s")
    # Short headers: the engine names are in the title, and the table must fit 80 columns.
    table.caption = f"ours = {ours}" + (f", base = {baseline}; ratio = base / ours" if baseline else "")
    for col in (
        "size",
        "ours p50",
        "ours p99",
        *(("base p50", "base p99", "p50 ×", "p99 ×") if baseline else ()),
        "ours docs/s",
        *(("base docs/s", "× docs/s") if baseline else ()),
    ):
        table.add_column(col, justify="right", overflow="fold")
    for s in report.sizes:
        mine = s.latency[ours]
        cells = [s.size.label, f"{mine.p50_ms:.2f}", f"{mine.p99_ms:.2f}"]
        if baseline:
            theirs = s.latency[baseline]
            r50, r99 = report.ratio(s, baseline, ours), report.ratio(s, baseline, ours, "p99_ms")
            cells += [f"{theirs.p50_ms:.2f}", f"{theirs.p99_ms:.2f}", f"{r50 or 0:.1f}×", f"{r99 or 0:.1f}×"]
        cells.append(f"{s.docs_per_s[ours]:.0f}")
        if baseline:
            cells += [
                f"{s.docs_per_s[baseline]:.0f}",
                f"{report.throughput_ratio(s, baseline, ours) or 0:.1f}×",
            ]
        table.add_row(*cells)
    console.print(table)


def _print_quality(results: list[EngineQuality]) -> None:
    table = Table(title="Quality on the evaluation set (precision / recall / F1)")
    table.add_column("kind")
    table.add_column("support", justify="right")
    for q in results:
        table.add_column(q.engine, justify="right")

    def prf(c: Any) -> str:
        return " / ".join("–" if v is None else f"{v:.3f}" for v in (c.precision, c.recall, c.f1))

    table.add_row("sensitive (overall)", str(results[0].sensitive.support), *(prf(q.sensitive) for q in results))
    table.add_row(
        "identifier kinds (micro)",
        str(results[0].identifier_kinds.support),
        *(prf(q.identifier_kinds) for q in results),
    )
    for kind in all_kinds(results):
        support = results[0].per_kind.get(kind, Counts()).support
        table.add_row(kind, str(support), *(prf(q.per_kind.get(kind, Counts())) for q in results))
    console.print(table)


def _display_path(path: Path) -> str:
    """`path` relative to the working directory when it is under it (as reports show it)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def classify_command(
    quality: Annotated[
        bool,
        typer.Option("--quality", help="Score precision/recall/F1 on the evaluation set instead of measuring speed."),
    ] = False,
    runs: Annotated[int, typer.Option(min=1, help="Timed requests per engine and prompt size.")] = DEFAULT_RUNS,
    sizes: Annotated[str, typer.Option(help="Prompt sizes, comma-separated (KB = 1024 bytes).")] = DEFAULT_SIZES,
    out: Annotated[
        Path, typer.Option("--out", file_okay=False, help="Directory for the JSON, Markdown and PNG reports.")
    ] = DEFAULT_OUT,
    no_presidio: Annotated[bool, typer.Option("--no-presidio", help="Measure only our classifier.")] = False,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Use an evenly spaced subset of this many evaluation rows (quick runs)."),
    ] = None,
    corpus: Annotated[str, typer.Option(help=f"Prompt material for speed runs: {' or '.join(CORPORA)}.")] = "mixed",
    presidio_threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Presidio results below this score do not count.")
    ] = PRESIDIO_SCORE_THRESHOLD,
    batch_kb: Annotated[int, typer.Option(min=1, help="Text per batched-throughput measurement, in KB.")] = BATCH_BYTES
    // 1024,
    eval_set: Annotated[
        Path, typer.Option(exists=True, dir_okay=False, help="Evaluation set (JSON lines).")
    ] = DEFAULT_EVAL_PATH,
    spacy_model: Annotated[
        str,
        typer.Option(help="spaCy pipeline for both engines: an installed package name or a model directory."),
    ] = DEFAULT_SPACY_MODEL,
    mode: Annotated[
        str, typer.Option(help="Our classifier's strictness: strict (the default) or balanced.")
    ] = "strict",
    withhold_misses: Annotated[
        bool,
        typer.Option(
            "--withhold-misses",
            help="List missed rows by id, category and kinds only, never their text (for any held-out set; "
            "the committed held-out sets get this without the flag).",
        ),
    ] = False,
) -> None:
    """Benchmark the classifier against Presidio: latency and throughput, or quality with --quality."""
    if corpus not in CORPORA:
        raise typer.BadParameter(f"expected one of {', '.join(CORPORA)}", param_hint="--corpus")
    try:
        size_list = parse_sizes(sizes)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--sizes") from exc
    if not no_presidio and not presidio_available():
        console.print(
            f"[red]Presidio is not installed.[/red] Install it with: {INSTALL_HINT} "
            "(or pass --no-presidio to measure our classifier alone)."
        )
        raise typer.Exit(code=2)
    rows = load_eval_set(eval_set, limit)
    from classifiers import ClassifierSettings
    from classifiers.settings import MODES

    if mode not in MODES:
        raise typer.BadParameter(f"expected one of {', '.join(MODES)}", param_hint="--mode")

    with console.status("Loading engines..."):
        ours = OurDetector(ClassifierSettings(spacy_model=spacy_model, mode=mode))
        detectors: list[Detector[Any]] = [ours]
        if not no_presidio:
            detectors.append(PresidioDetector(score_threshold=presidio_threshold, spacy_model=spacy_model))
    baseline = None if no_presidio else "presidio"
    env = environment(
        {
            "classifier_settings": ours.settings.model_dump(mode="json"),
            "eval_set": _display_path(eval_set),
            "eval_rows": len(rows),
            "presidio_threshold": None if no_presidio else presidio_threshold,
            "spacy_model": spacy_model_description(spacy_model),
            "withhold_misses": withhold_misses,
        }
    )

    if quality:
        with _progress() as hook:
            results = [evaluate(d, rows, progress=hook) for d in detectors]
        if withhold_misses or eval_set.resolve() in HOLDOUT_EVAL_PATHS:
            # Held out: its misses must not steer development, so no report shows their text.
            for q in results:
                q.misses = [replace(m, text="") for m in q.misses]
        target_list = targets(results[0], results[1] if len(results) > 1 else None)
        paths = write_quality_report(results, target_list, out, env)
        _print_quality(results)
        for t in target_list:
            colour = "green" if t.met else "red"
            console.print(
                f"[{colour}]{t.name}: {t.value if t.value is None else round(t.value, 3)}"
                f" (target ≥ {t.threshold if t.threshold is None else round(t.threshold, 3)})[/{colour}]"
            )
    else:
        with _progress() as hook:
            report = run_latency(
                detectors, rows, size_list, runs, corpus=corpus, batch_bytes=batch_kb * 1024, progress=hook
            )
        report.environment = env
        paths = write_latency_report(report, out, ours.name, baseline)
        _print_latency(report, ours.name, baseline)
    console.print("Reports: " + ", ".join(str(p) for p in paths.values()))
