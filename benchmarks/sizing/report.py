"""The sizing report as Markdown, JSON and (with `--plot`) a PNG of decode throughput against batch.

The JSON holds every input and output of the plan (pydantic's JSON dump, so it can be
read back), the Markdown is for people, and the plot shows one replica's decode
tokens/s per GPU and mean inter-token latency against batch size, with the ITL SLO,
the chosen batch and the KV-cache limit marked. matplotlib is imported only when a
plot is drawn, with the Agg canvas (no display, no global backend switch). The plot is
opt-in: importing and drawing it takes longer (~0.7 s) than the whole sizing, and
`size` answers in under a second without it; the Markdown table holds the same curve.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from benchmarks.sizing.cost import CostComparison
from benchmarks.sizing.plan import SizingPlan


class ReportFiles(BaseModel):
    """Where `write_report` put the files (`png` is None when no plot was asked for)."""

    model_config = ConfigDict(frozen=True)

    markdown: Path
    json_path: Path
    png: Path | None = None


def report_stem(plan: SizingPlan) -> str:
    """File name stem, e.g. llama-3.1-70b_h100-sxm_tp4_bf16."""
    dep = plan.deployment
    raw = f"{dep.model.name}_{dep.gpu.name}_tp{dep.tp}_{dep.weight_dtype}"
    return re.sub(r"[^a-z0-9._-]+", "-", raw.lower())


def report_dict(plan: SizingPlan, cost: CostComparison) -> dict[str, Any]:
    """Everything in the report as plain JSON types."""
    return {"plan": plan.model_dump(mode="json"), "cost": cost.model_dump(mode="json")}


def _gb(value: float) -> str:
    return f"{value / 1e9:,.1f} GB"


def _usd(value: float | None) -> str:
    return "n/a" if value is None else f"${value:,.2f}"


def _model_summary(plan: SizingPlan) -> str:
    m = plan.deployment.model
    return (
        f"{m.name} ({m.hf_repo}): {m.layers} layers, hidden {m.hidden_size}, {m.attention_heads} heads, "
        f"{m.kv_heads} KV heads x {m.head_dim}, {m.params / 1e9:.2f} B params "
        f"({m.active_params / 1e9:.2f} B active)"
    )


def render_markdown(plan: SizingPlan, cost: CostComparison, plot: bool = False) -> str:
    """The human-readable report."""
    dep, work, eff = plan.deployment, plan.workload, plan.efficiency
    m, g = dep.model, dep.gpu
    lines = [
        f"# GPU sizing: {m.name} on {g.name}, TP {dep.tp}, {dep.weight_dtype} weights",
        "",
        "Predicted by the roofline model in `benchmarks/sizing/model.py` (formulas in its docstring);",
        "no GPU was measured to produce it. Its error against published measurements is in",
        "`benchmarks/results/sizing_validation.md`.",
        "",
        "## Inputs",
        "",
        "| input | value |",
        "|---|---|",
        f"| model | {_model_summary(plan)} |",
        f"| GPU | {g.name}: {g.memory_gb:g} GB, {g.bandwidth_tb_s:g} TB/s, {g.bf16_tflops:g} BF16 / "
        f"{g.fp8_tflops or 0:g} FP8 dense TFLOP/s, {g.interconnect} ([source]({g.source.split(' ')[0]})) |",
        f"| replica | TP {dep.tp}, {plan.gpus_per_node} GPUs per node, weights {dep.weight_dtype}, "
        f"KV {dep.kv_dtype}, context {dep.context:,}, memory utilisation {dep.utilisation:.2f}, "
        f"max_num_seqs {dep.max_num_seqs} |",
        f"| workload | {work.rps:g} req/s, {work.input_tokens:,} input / {work.output_tokens:,} output "
        f"tokens, TTFT SLO {work.ttft_slo_ms:g} ms, ITL SLO {work.itl_slo_ms:g} ms |",
        f"| efficiency | bandwidth {eff.memory:.2f}, MFU {eff.mfu:.2f}, all-reduce {eff.allreduce_latency_us:g} us |",
        "",
        "## Memory (per replica)",
        "",
        "| quantity | value |",
        "|---|---|",
        f"| weights | {_gb(plan.weight_bytes)} ({_gb(plan.weight_bytes_per_gpu)} per GPU) |",
        f"| runtime + activations per GPU | {_gb(plan.runtime_bytes_per_gpu)} |",
        f"| KV cache per token | {plan.kv_bytes_per_token:,.0f} B |",
        f"| KV cache per {dep.context:,}-token sequence | {_gb(plan.kv_bytes_per_sequence)} |",
        f"| memory left for KV cache | {_gb(plan.usable_kv_bytes)} |",
        f"| max concurrent sequences at full context | {plan.max_sequences_at_context:,} |",
        f"| max concurrent sequences at workload length | {plan.max_sequences_at_workload:,} |",
        "",
        "## Performance (per replica)",
        "",
        "| quantity | value |",
        "|---|---|",
        f"| batch chosen | {plan.batch:,} (limited by {plan.batch_limit}) |",
        f"| TTFT (prefill, queueing-free) | {plan.ttft_ms:,.0f} ms |",
        f"| mean inter-token latency | {plan.itl_ms:,.1f} ms |",
        f"| decode tokens/s per GPU | {plan.decode_tokens_per_s_per_gpu:,.0f} |",
        f"| requests/s per replica (prefill + decode) | {plan.replica_requests_per_s:,.2f} |",
        f"| output tokens/s per replica | {plan.replica_output_tokens_per_s:,.0f} |",
        "",
        "## Deployment",
        "",
        "| quantity | value |",
        "|---|---|",
        f"| replicas (decode bound / prefill bound) | {plan.replicas} ({plan.replicas_decode_bound} / "
        f"{plan.replicas_prefill_bound}) |",
        f"| GPUs | {plan.gpus} |",
        f"| nodes of {plan.gpus_per_node} GPUs | {plan.nodes} |",
        f"| replicas / GPUs / nodes within the error band | {plan.replicas_range[0]}-{plan.replicas_range[1]} / "
        f"{plan.replicas_range[0] * dep.tp}-{plan.replicas_range[1] * dep.tp} / "
        f"{plan.nodes_range[0]}-{plan.nodes_range[1]} (held-out error {plan.error_band_pct[0]:+.0f} % to "
        f"{plan.error_band_pct[1]:+.0f} %, {plan.error_band_basis}) |",
        f"| sized utilisation (at most the max load, {work.max_load:.0%}) | {plan.sized_utilisation:.0%} |",
        "",
        "## Cost (example prices unless given)",
        "",
        "| quantity | local | hosted |",
        "|---|---|---|",
        f"| price | {_usd(cost.prices.gpu_hour_usd)} per GPU-hour | "
        f"{_usd(cost.prices.hosted_input_usd_per_m)} / {_usd(cost.prices.hosted_output_usd_per_m)} "
        "per M input / output tokens |",
        f"| per hour at this workload | {_usd(cost.local_usd_per_hour)} | {_usd(cost.hosted_usd_per_hour)} |",
        f"| per M tokens (input + output) | {_usd(cost.local_usd_per_m_tokens)} at sized utilisation, "
        f"{_usd(cost.local_usd_per_m_tokens_at_full_load)} at full load | "
        f"{_usd(cost.hosted_usd_per_m_tokens)} |",
        "",
        f"Cheaper at this workload: **{cost.cheaper}**. " + _break_even_sentence(cost),
        "",
        "## Decode throughput against batch",
        "",
        *([f"![decode tokens/s per GPU and mean ITL against batch]({report_stem(plan)}.png)", ""] if plot else []),
        "| batch | tokens/s per GPU | mean ITL ms | bound |",
        "|---:|---:|---:|---|",
        *[f"| {p.batch:,} | {p.tokens_per_s_per_gpu:,.0f} | {p.itl_ms:,.1f} | {p.bound} |" for p in plan.curve],
    ]
    if m.notes:
        lines += ["", f"Model note: {m.notes}"]
    return "\n".join(lines) + "\n"


def _break_even_sentence(cost: CostComparison) -> str:
    if cost.break_even_requests_per_s is None:
        return "The local path is dearer per token than hosted even at full load: no break-even volume."
    return (
        f"Local is cheaper at every volume above {cost.break_even_requests_per_s:,.2f} req/s "
        f"({cost.break_even_m_tokens_per_day:,.0f} M tokens/day at this input/output mix)."
    )


def plot_throughput(plan: SizingPlan, path: Path) -> None:
    """Draw decode tokens/s per GPU and mean ITL against batch into a PNG."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    batches = [p.batch for p in plan.curve]
    figure = Figure(figsize=(8, 4.5), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.plot(
        batches,
        [p.tokens_per_s_per_gpu for p in plan.curve],
        marker="o",
        color="tab:blue",
        label="tokens/s per GPU",
    )
    axes.set_xscale("log", base=2)
    axes.set_xlabel("batch (sequences decoding together)")
    axes.set_ylabel("decode tokens/s per GPU", color="tab:blue")
    latency = axes.twinx()
    latency.plot(batches, [p.itl_ms for p in plan.curve], marker=".", color="tab:red", label="mean ITL")
    latency.axhline(plan.workload.itl_slo_ms, color="tab:red", linestyle="--", label="ITL SLO")
    latency.set_ylabel("mean inter-token latency, ms", color="tab:red")
    axes.axvline(plan.batch, color="grey", linestyle=":", label=f"chosen batch {plan.batch}")
    dep = plan.deployment
    axes.set_title(f"{dep.model.name}, {dep.tp} x {dep.gpu.name}, {dep.weight_dtype}: decode roofline")
    handles = axes.get_legend_handles_labels()[0] + latency.get_legend_handles_labels()[0]
    axes.legend(handles=handles, loc="upper left")
    figure.savefig(path, dpi=110)


def write_report(plan: SizingPlan, cost: CostComparison, out_dir: Path, plot: bool = False) -> ReportFiles:
    """Write <stem>.md, <stem>.json and, when `plot`, <stem>.png into `out_dir` (created if missing)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = report_stem(plan)
    files = ReportFiles(
        markdown=out_dir / f"{stem}.md",
        json_path=out_dir / f"{stem}.json",
        png=out_dir / f"{stem}.png" if plot else None,
    )
    files.markdown.write_text(render_markdown(plan, cost, plot=plot), encoding="utf-8")
    files.json_path.write_text(json.dumps(report_dict(plan, cost), indent=2) + "\n", encoding="utf-8")
    if files.png is not None:
        plot_throughput(plan, files.png)
    return files
