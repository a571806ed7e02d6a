"""Markdown renderings of the JSON reports (built from the JSON, so the two agree)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmarks.classify_bench.corpora import CORPUS_NOTES, DEFAULT_SIZES
from benchmarks.classify_bench.kinds import EVAL_KINDS, PRESIDIO_SCORE_THRESHOLD
from benchmarks.classify_bench.presidio_adapter import DEFAULT_SPACY_MODEL

LATENCY_TARGET_SIZES = ("1KB", "8KB")
LATENCY_TARGET_RATIO = 10.0
MAX_LISTED_MISSES = 60
DEFAULT_RUNS = 100
DEFAULT_EVAL_SET = "benchmarks/data/classify_eval.jsonl"


def _f(x: float | None, fmt: str = "{:.3f}") -> str:
    return "–" if x is None else fmt.format(x)


def _env_line(env: dict[str, Any]) -> str:
    keys = (
        "timestamp_utc",
        "git_commit",
        "python",
        "cpu_count",
        "processor",
        "spacy",
        "spacy_model",
        "presidio_analyzer",
    )
    return ", ".join(f"{k}: `{env.get(k)}`" for k in keys if env.get(k) is not None)


def _latency_command(data: dict[str, Any]) -> str:
    """The command line that reproduces this run (defaults left out)."""
    parts = ["sovereign-router bench classify"]
    sizes = ",".join(s["size"] for s in data["sizes"])
    if sizes != DEFAULT_SIZES:
        parts.append(f"--sizes {sizes}")
    if data["runs"] != DEFAULT_RUNS:
        parts.append(f"--runs {data['runs']}")
    if data["corpus"] != "mixed":
        parts.append(f"--corpus {data['corpus']}")
    if not data["baseline"]:
        parts.append("--no-presidio")
    parts += _spacy_model_option(data)
    return " ".join(parts)


def _spacy_model_option(data: dict[str, Any]) -> list[str]:
    """`--spacy-model X` when the run used a pipeline other than the default."""
    model = data["environment"].get("classifier_settings", {}).get("spacy_model")
    return [f"--spacy-model {model}"] if model and model != DEFAULT_SPACY_MODEL else []


def latency_markdown(data: dict[str, Any]) -> str:
    """The latency report: a table per size, the ratios and the target check."""
    ours, base = data["ours"], data["baseline"]
    lines = [
        "# Classifier latency",
        "",
        f"`{ours}` against `{base}`" if base else f"`{ours}` alone (Presidio skipped)",
        f"on the same spaCy model, same process, interleaved; {data['runs']} timed requests per engine and "
        f"size after warm-up, prompts built from the evaluation set ({data['corpus']} corpus).",
        "",
        f"Environment: {_env_line(data['environment'])}",
        "",
        f"Reproduce: `{_latency_command(data)}`",
        "",
    ]
    head = ["size", "bytes", f"{ours} p50 ms", f"{ours} p99 ms"]
    if base:
        head += [f"{base} p50 ms", f"{base} p99 ms", "p50 ratio", "p99 ratio"]
    head += [f"{ours} docs/s"] + ([f"{base} docs/s", "docs/s ratio"] if base else [])
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in data["sizes"]:
        mine = s["latency_ms"][ours]
        cells = [
            s["size"],
            f"{s['mean_bytes']:.0f}",
            _f(mine["p50_ms"], "{:.2f}"),
            _f(mine["p99_ms"], "{:.2f}"),
        ]
        if base:
            theirs = s["latency_ms"][base]
            cells += [
                _f(theirs["p50_ms"], "{:.2f}"),
                _f(theirs["p99_ms"], "{:.2f}"),
                _f(s["ratio_p50"], "{:.1f}×"),
                _f(s["ratio_p99"], "{:.1f}×"),
            ]
        cells.append(_f(s["docs_per_s"][ours], "{:.1f}"))
        if base:
            cells += [_f(s["docs_per_s"][base], "{:.1f}"), _f(s["ratio_docs_per_s"], "{:.1f}×")]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Ratios are the baseline's time over ours (higher means ours is faster); "
        "docs/s is batched (`classify_many` against Presidio's `BatchAnalyzerEngine`).",
    ]
    if base:
        lines += [
            "",
            f"## Target: p50 at {' and '.join(LATENCY_TARGET_SIZES)} at least "
            f"{LATENCY_TARGET_RATIO:.0f}× faster than {base}",
            "",
        ]
        for s in data["sizes"]:
            if s["size"] in LATENCY_TARGET_SIZES:
                ratio = s["ratio_p50"]
                met = ratio is not None and ratio >= LATENCY_TARGET_RATIO
                lines.append(f"- {s['size']}: {_f(ratio, '{:.1f}×')} — {'met' if met else 'NOT met'}")
    lines += [
        "",
        f"Corpus `{data['corpus']}`: {CORPUS_NOTES.get(data['corpus'], '')}; each prompt is a seeded "
        "concatenation of rows cut at a word boundary to at most the target size.",
    ]
    share = ", ".join(f"{s['size']} {s['sensitive_share'].get(ours, 0):.0%}" for s in data["sizes"])
    lines += ["", f"Share of prompts {ours} classified as sensitive: {share}.", ""]
    return "\n".join(lines)


def _eval_set(data: dict[str, Any]) -> str:
    return str(data["environment"].get("eval_set", DEFAULT_EVAL_SET))


def _quality_command(data: dict[str, Any]) -> str:
    """The command line that reproduces this quality run (defaults left out)."""
    parts = ["sovereign-router bench classify --quality"]
    if _eval_set(data) != DEFAULT_EVAL_SET:
        parts.append(f"--eval-set {_eval_set(data)}")
    parts += _spacy_model_option(data)
    mode = (data["environment"].get("classifier_settings") or {}).get("mode", "strict")
    if mode != "strict":
        parts.append(f"--mode {mode}")
    if len(data["engines"]) == 1:
        parts.append("--no-presidio")
    if data["environment"].get("withhold_misses"):
        parts.append("--withhold-misses")
    return " ".join(parts)


def _prf(c: dict[str, Any] | None) -> list[str]:
    if c is None:
        return ["–", "–", "–"]
    return [_f(c["precision"]), _f(c["recall"]), _f(c["f1"])]


def quality_markdown(data: dict[str, Any]) -> str:
    """The quality report: headline, targets, per-kind and per-category tables, misses."""
    engines: dict[str, Any] = data["engines"]
    names = list(engines)
    first = engines[names[0]]
    lines = [
        "# Classifier quality",
        "",
        f"Evaluation set: `{_eval_set(data)}` ({first['rows']} rows; provenance in "
        "`benchmarks/data/PROVENANCE.md`). Scored per text: a kind counts as found anywhere in the text.",
        "",
        f"Environment: {_env_line(data['environment'])}",
        "",
        f"Reproduce: `{_quality_command(data)}`",
        "",
        "## Headline",
        "",
        "| metric | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    headline: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
        ("sensitive: precision", lambda e: _f(e["sensitive"]["precision"])),
        ("sensitive: recall", lambda e: _f(e["sensitive"]["recall"])),
        ("sensitive: F1", lambda e: _f(e["sensitive"]["f1"])),
        ("identifier rows: recall of sensitive", lambda e: _f(e["identifier_rows"]["recall"])),
        ("identifier kinds: recall (micro)", lambda e: _f(e["identifier_kinds"]["recall"])),
        ("identifier kinds: precision (micro)", lambda e: _f(e["identifier_kinds"]["precision"])),
        (
            "rows under-classified (level too low)",
            lambda e: "–" if e["under_classified"] is None else str(e["under_classified"]),
        ),
        ("seconds for the whole set (batched)", lambda e: f"{e['seconds']:.1f}"),
    )
    for label, get in headline:
        lines.append(f"| {label} | " + " | ".join(get(engines[n]) for n in names) + " |")
    lines += ["", "## Targets", ""]
    for t in data["targets"]:
        lines.append(
            f"- {t['name']}: {_f(t['value'])} (target ≥ {_f(t['threshold'])}) — {'met' if t['met'] else 'NOT met'}"
        )
    lines += [
        "",
        "## Per kind (precision / recall / F1)",
        "",
        "| kind | support | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |",
        "|---|---|" + "---|---|---|" * len(names),
    ]
    extra = sorted({k for n in names for k in engines[n]["per_kind"]} - set(EVAL_KINDS))
    for kind in [*EVAL_KINDS, *extra]:
        support = first["per_kind"].get(kind, {}).get("support", 0)
        cells = sum((_prf(engines[n]["per_kind"].get(kind)) for n in names), [])
        lines.append(f"| {kind} | {support} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Per category (share of rows with the right sensitive decision)",
        "",
        "| category | rows | " + " | ".join(names) + " |",
        "|---|---|" + "---|" * len(names),
    ]
    for cat, c in first["by_category"].items():
        rows = c["tp"] + c["fp"] + c["fn"] + c["tn"]
        cells = []
        for n in names:
            e = engines[n]["by_category"][cat]
            cells.append(f"{(e['tp'] + e['tn']) / rows:.0%}" if rows else "–")
        lines.append(f"| {cat} | {rows} | " + " | ".join(cells) + " |")
    if first["level_confusion"] is not None:
        levels = list(first["level_confusion"])
        lines += [
            "",
            f"## Levels, {names[0]} (rows: expected, columns: predicted)",
            "",
            "| expected \\ predicted | " + " | ".join(levels) + " |",
            "|---|" + "---|" * len(levels),
        ]
        for exp, row in first["level_confusion"].items():
            lines.append(f"| {exp} | " + " | ".join(str(row[g]) for g in levels) + " |")
    lines += [
        "",
        "## How Presidio is scored",
        "",
        f"Default recognisers, same spaCy model; results with score ≥ {PRESIDIO_SCORE_THRESHOLD} count. "
        "Entities are credited as our nearest kind (PHONE_NUMBER→UK_PHONE, CREDIT_CARD→PAYMENT_CARD, "
        "IBAN_CODE→IBAN, UK_NHS→UK_NHS_NUMBER, DATE_TIME→DATE_OF_BIRTH, NRP→SPECIAL_CATEGORY, "
        "US_PASSPORT/US_DRIVER_LICENSE/US_BANK_NUMBER→the UK kinds). Any counted result makes a text "
        "sensitive except DATE_TIME, URL, ORGANIZATION and UUID. See `benchmarks/classify_bench/kinds.py`.",
        "",
    ]
    misses = first["misses"]
    lines += [f"## Rows {names[0]} got wrong ({len(misses)}; all in the JSON)", ""]
    for m in misses[:MAX_LISTED_MISSES]:
        text = m["text"].replace("\n", " ⏎ ")[:140] or "(text withheld: held-out set)"
        lines.append(
            f"- `{m['id']}` {m['category']}: expected {m['expected_level']}, got {m['predicted_level']}"
            f"; missing {list(m['missing_kinds'])}; extra {list(m['extra_kinds'])} — {text}"
        )
    lines.append("")
    return "\n".join(lines)
