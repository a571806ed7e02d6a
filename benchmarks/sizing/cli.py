"""`sovereign-router size`: GPU node sizing from the command line.

The router registers `size_command` (or mounts `size_app`); it is a plain typer
command, so it also runs on its own: `python -m benchmarks.sizing.cli --model ...`.
Every error the sizing tool raises carries its own suggestions; the command prints
it and exits with code 2, never with a traceback.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated, Any

import typer

from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.checkpoints import checkpoint_model
from benchmarks.sizing.cost import (
    EXAMPLE_GPU_HOUR_USD,
    EXAMPLE_HOSTED_INPUT_USD_PER_M,
    EXAMPLE_HOSTED_OUTPUT_USD_PER_M,
    CostComparison,
    Prices,
    compare_costs,
)
from benchmarks.sizing.efficiency import efficiency_for
from benchmarks.sizing.engine_terms import with_kernel_terms
from benchmarks.sizing.errors import InvalidConfigError, InvalidDeploymentError, SizingError
from benchmarks.sizing.fit import valid_tps
from benchmarks.sizing.hf_config import load_model_config
from benchmarks.sizing.model import Deployment, Efficiency
from benchmarks.sizing.plan import SizingPlan, Workload, size_deployment
from benchmarks.sizing.report import ReportFiles, report_dict, write_report
from benchmarks.sizing.specs import KvDtype, ModelSpec, WeightDtype
from benchmarks.sizing.workload_file import LengthStats, read_workload

DEFAULT_OUT = Path("benchmarks/results/sizing")
DEFAULT_CONTEXT = 8192


def resolve_model(name: str) -> ModelSpec:
    """A catalogue model by name, a partially quantised checkpoint by repository, or a local config.json by path."""
    path = Path(name).expanduser()
    if path.is_file() or (path / "config.json").is_file():
        return load_model_config(path)
    if name.endswith(".json") or name.startswith(("/", "./", "../", "~")):  # a path, not a repository name
        raise InvalidConfigError(f"{name}: no such file (a catalogue model name or a path to a config.json)")
    return checkpoint_model(name) or find_model(name)


def _require_finite(**options: float | None) -> None:
    """Click reads "inf" and "nan" as floats; no rate, SLO or price can be either."""
    for name, value in options.items():
        if value is not None and not math.isfinite(value):
            raise SizingError(f"--{name.replace('_', '-')} must be a finite number, not {value}")


def _parse_tp(value: str) -> int:
    try:
        tp = int(value)
    except ValueError:
        raise SizingError(f"--tp must be a positive integer or 'auto', not {value!r}") from None
    if tp < 1:
        raise SizingError(f"--tp must be a positive integer or 'auto', not {value!r}")
    return tp


def _size_on_vllm(dep: Deployment, work: Workload, eff: Efficiency, gpus_per_node: int) -> SizingPlan:
    """`size_deployment` with vLLM's kernel terms for this replica's shape (`engine_terms.with_kernel_terms`)."""
    eff = with_kernel_terms(eff, "vLLM", dep.model, dep.gpu, dep.tp, dep.weight_dtype)
    return size_deployment(dep, work, eff, gpus_per_node)


def auto_tp(
    dep: Deployment, work: Workload, eff: Efficiency, gpus_per_node: int, prices: Prices
) -> tuple[SizingPlan, list[SizingPlan]]:
    """Size every valid TP; the chosen plan needs the fewest GPUs (then the cheapest, then the smallest TP).

    Raises:
        SizingError: when no TP fits and meets the SLOs: the largest TP's reason (the smaller
            ones' may suggest a TP that fails for another reason).
    """
    plans: list[SizingPlan] = []
    last_error: SizingError | None = None
    tps = valid_tps(dep, gpus_per_node)
    for tp in tps:
        try:
            plans.append(_size_on_vllm(dep.model_copy(update={"tp": tp}), work, eff, gpus_per_node))
        except SizingError as exc:
            last_error = exc
    if not plans:
        assert last_error is not None
        if isinstance(last_error, InvalidDeploymentError):
            raise last_error  # the request itself (its length), not any TP
        raise type(last_error)(
            f"no tensor-parallel size ({', '.join(map(str, tps))}) fits and meets the SLOs; at --tp {tps[-1]}: "
            f"{last_error.message}",
            last_error.suggestions,
        )
    plans.sort(key=lambda p: (p.gpus, p.gpus * prices.gpu_hour_usd, p.deployment.tp))
    return plans[0], plans


def _alternative(plan: SizingPlan, prices: Prices) -> dict[str, Any]:
    tp = plan.deployment.tp
    return {
        "tp": tp,
        "gpus": plan.gpus,
        "gpus_range": [plan.replicas_range[0] * tp, plan.replicas_range[1] * tp],
        "nodes": plan.nodes,
        "nodes_range": list(plan.nodes_range),
        "usd_per_hour": plan.gpus * prices.gpu_hour_usd,
        "itl_ms": plan.itl_ms,
        "ttft_ms": plan.ttft_ms,
    }


def _rows(plan: SizingPlan, cost: CostComparison) -> list[tuple[str, str]]:
    break_even = cost.break_even_requests_per_s
    return [
        ("weights", f"{plan.weight_bytes / 1e9:,.1f} GB ({plan.weight_bytes_per_gpu / 1e9:,.1f} GB/GPU)"),
        ("KV per token", f"{plan.kv_bytes_per_token:,.0f} B"),
        (f"KV per {plan.deployment.context:,}-token sequence", f"{plan.kv_bytes_per_sequence / 1e9:,.2f} GB"),
        ("max sequences at full context", f"{plan.max_sequences_at_context:,}"),
        ("batch chosen", f"{plan.batch:,} ({plan.batch_limit})"),
        ("TTFT (prefill)", f"{plan.ttft_ms:,.0f} ms"),
        ("mean inter-token latency", f"{plan.itl_ms:,.1f} ms"),
        ("decode tokens/s per GPU", f"{plan.decode_tokens_per_s_per_gpu:,.0f}"),
        ("requests/s per replica", f"{plan.replica_requests_per_s:,.2f}"),
        ("replicas", f"{plan.replicas}"),
        ("GPUs / nodes", f"{plan.gpus} / {plan.nodes}"),
        (
            "replicas / nodes within the error band",
            f"{plan.replicas_range[0]}-{plan.replicas_range[1]} / {plan.nodes_range[0]}-{plan.nodes_range[1]} "
            f"(held-out error {plan.error_band_pct[0]:+.0f} % to {plan.error_band_pct[1]:+.0f} %)",
        ),
        ("sized utilisation", f"{plan.sized_utilisation:.0%}"),
        (
            "local $/M tokens (sized / full load)",
            f"{cost.local_usd_per_m_tokens:,.2f} / {cost.local_usd_per_m_tokens_at_full_load:,.2f}",
        ),
        ("hosted $/M tokens", f"{cost.hosted_usd_per_m_tokens:,.2f}"),
        ("break-even", "never" if break_even is None else f"{break_even:,.2f} req/s"),
    ]


def _print_table(plan: SizingPlan, cost: CostComparison, files: ReportFiles) -> None:
    from rich.console import Console
    from rich.table import Table

    dep = plan.deployment
    table = Table(title=f"{dep.model.name} on {dep.tp} x {dep.gpu.name} ({dep.weight_dtype})")
    table.add_column("quantity")
    table.add_column("value", justify="right")
    for label, value in _rows(plan, cost):
        table.add_row(label, value)
    console = Console()
    console.print(table)
    written = [files.markdown, files.json_path] + ([files.png] if files.png else [])
    console.print(f"report: {', '.join(map(str, written))}")


def size_command(
    model: Annotated[str, typer.Option(help="Catalogue model (e.g. llama-3.1-70b) or path to a config.json.")],
    gpu: Annotated[str, typer.Option(help="Catalogue GPU, e.g. h100-sxm, h200, b200, a100-80gb, l40s, l4.")],
    tp: Annotated[
        str,
        typer.Option(help="GPUs per replica, or 'auto' (fewest GPUs that fit and meet the SLOs)."),
    ] = "auto",
    workload: Annotated[
        Path | None,
        typer.Option(help="`bench load` result JSON or JSONL of input/output tokens."),
    ] = None,
    gpus_per_node: Annotated[int, typer.Option(min=1, help="GPUs in one node.")] = 8,
    context: Annotated[
        int | None, typer.Option(min=1, help="Longest sequence served (vLLM --max-model-len); default 8192.")
    ] = None,
    weight_dtype: Annotated[
        WeightDtype | None,
        typer.Option(case_sensitive=False, help="Weight precision (default: the checkpoint's, bf16 for most models)."),
    ] = None,
    kv_dtype: Annotated[KvDtype, typer.Option(case_sensitive=False, help="KV-cache precision.")] = "bf16",
    utilisation: Annotated[
        float, typer.Option(min=0.05, max=1.0, help="Share of GPU memory the engine may use (headroom).")
    ] = 0.90,
    max_num_seqs: Annotated[int, typer.Option(min=1, help="Engine cap on concurrent sequences.")] = 256,
    attention_dp: Annotated[
        bool,
        typer.Option(
            "--attention-dp",
            help="Attention data-parallel over the TP ranks (SGLang --enable-dp-attention): an MLA model's "
            "KV cache is held once per replica, not once per GPU.",
        ),
    ] = False,
    rps: Annotated[float | None, typer.Option(min=0.0001, help="Sustained requests per second (default 1).")] = None,
    input_tokens: Annotated[int | None, typer.Option(min=1, help="Mean input tokens (default 1000).")] = None,
    output_tokens: Annotated[int | None, typer.Option(min=1, help="Mean output tokens (default 250).")] = None,
    ttft_slo_ms: Annotated[float, typer.Option(min=0.001, help="Time-to-first-token SLO.")] = 2000.0,
    itl_slo_ms: Annotated[float, typer.Option(min=0.001, help="Mean inter-token latency SLO.")] = 50.0,
    max_load: Annotated[
        float,
        typer.Option(min=0.05, max=1.0, help="Share of each replica's capacity the plan fills (headroom for bursts)."),
    ] = 0.8,
    gpu_hour_usd: Annotated[
        float, typer.Option(min=0.0, help="Price of one GPU-hour (default is an example, not a quote).")
    ] = EXAMPLE_GPU_HOUR_USD,
    hosted_input_usd_per_m: Annotated[
        float, typer.Option(min=0.0, help="Hosted API price per million input tokens (example default).")
    ] = EXAMPLE_HOSTED_INPUT_USD_PER_M,
    hosted_output_usd_per_m: Annotated[
        float, typer.Option(min=0.0, help="Hosted API price per million output tokens (example default).")
    ] = EXAMPLE_HOSTED_OUTPUT_USD_PER_M,
    mem_efficiency: Annotated[
        float | None,
        typer.Option(min=0.01, max=1.0, help="Fraction of datasheet bandwidth decode achieves (default: fitted)."),
    ] = None,
    mfu: Annotated[
        float | None, typer.Option(min=0.01, max=1.0, help="Fraction of dense peak FLOP/s (default: fitted).")
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON on stdout.")] = False,
    out: Annotated[
        Path, typer.Option(help="Directory for the Markdown and JSON report (PNG with --plot).")
    ] = DEFAULT_OUT,
    plot: Annotated[
        bool, typer.Option("--plot", help="Also draw the throughput/ITL curve as a PNG (imports matplotlib; slower).")
    ] = False,
) -> None:
    """Size GPU nodes for serving a model under a workload and latency SLOs."""
    try:
        _require_finite(
            rps=rps, ttft_slo_ms=ttft_slo_ms, itl_slo_ms=itl_slo_ms, gpu_hour_usd=gpu_hour_usd,
            hosted_input_usd_per_m=hosted_input_usd_per_m, hosted_output_usd_per_m=hosted_output_usd_per_m,
        )
        spec = resolve_model(model)
        weight_dtype = weight_dtype or spec.checkpoint_dtype
        if spec.unquantised_params and weight_dtype != "fp8":
            raise InvalidDeploymentError(f"{model} is an FP8 checkpoint: pass --weight-dtype fp8")
        gpu_spec = find_gpu(gpu)
        measured = read_workload(workload) if workload else LengthStats()
        deployment = Deployment(
            model=spec,
            gpu=gpu_spec,
            tp=1 if tp == "auto" else _parse_tp(tp),
            weight_dtype=weight_dtype,
            kv_dtype=kv_dtype,
            utilisation=utilisation,
            context=context or min(DEFAULT_CONTEXT, spec.max_context),
            max_num_seqs=max_num_seqs,
            attention_dp=attention_dp,
        )
        work = Workload(
            rps=rps or measured.rps or 1.0,
            input_tokens=input_tokens or measured.input_tokens or 1000,
            output_tokens=output_tokens or measured.output_tokens or 250,
            ttft_slo_ms=ttft_slo_ms,
            itl_slo_ms=itl_slo_ms,
            max_load=max_load,
        )
        overrides: dict[str, float | int] = {
            k: v for k, v in {"memory": mem_efficiency, "mfu": mfu}.items() if v is not None
        }
        efficiency = efficiency_for(gpu_spec, engine="vLLM", **overrides)
        prices_for_rank = Prices(gpu_hour_usd=gpu_hour_usd)
        if tp == "auto":
            plan, alternatives = auto_tp(deployment, work, efficiency, gpus_per_node, prices_for_rank)
        else:
            plan = _size_on_vllm(deployment, work, efficiency, gpus_per_node)
            alternatives = [plan]
    except SizingError as exc:
        typer.echo(f"sovereign-router size: {exc}", err=True)
        raise typer.Exit(2) from None
    prices = Prices(
        gpu_hour_usd=gpu_hour_usd,
        hosted_input_usd_per_m=hosted_input_usd_per_m,
        hosted_output_usd_per_m=hosted_output_usd_per_m,
    )
    cost = compare_costs(plan, prices)
    try:
        files = write_report(plan, cost, out, plot=plot)
    except OSError as exc:
        typer.echo(f"sovereign-router size: cannot write the report to {out}: {exc.strerror} ({exc.filename})",
                   err=True)
        raise typer.Exit(2) from None
    if json_output:
        payload = report_dict(plan, cost)
        payload["alternatives"] = [_alternative(p, prices) for p in alternatives]
        typer.echo(json.dumps(payload, indent=2))
        return
    _print_table(plan, cost, files)
    if len(alternatives) > 1:
        typer.echo("alternatives (by GPUs, then cost per hour):")
        for alt in alternatives:
            a = _alternative(alt, prices)
            typer.echo(
                f"  --tp {a['tp']}: {_count(a['gpus'], 'GPU')} ({a['gpus_range'][0]}-{a['gpus_range'][1]}), "
                f"{_count(a['nodes'], 'node')}, ${a['usd_per_hour']:,.2f}/h"
            )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


size_app = typer.Typer(add_completion=False, help="GPU node sizing for a model, GPU and workload.")
size_app.command(name="size")(size_command)

if __name__ == "__main__":
    size_app()
