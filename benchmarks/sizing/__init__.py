"""GPU node sizing: how many GPUs and nodes serve a model under a workload and SLOs.

`catalogue` and `hf_config` describe models and GPUs, `model` holds the formulas
(documented there), `fit` says whether a replica fits and what would, `plan` turns
one replica's performance into replicas and nodes, `cost` compares with the hosted
API, `report` writes Markdown/JSON/PNG, `cli` is `sovereign-router size`, and
`validate` compares predictions with published measurements.
"""

from __future__ import annotations

from benchmarks.sizing.catalogue import GPUS, MODELS, find_gpu, find_model
from benchmarks.sizing.cost import CostComparison, Prices, break_even_rps, compare_costs
from benchmarks.sizing.errors import (
    DoesNotFitError,
    InvalidConfigError,
    InvalidDeploymentError,
    SizingError,
    SloUnattainableError,
    UnknownGpuError,
    UnknownModelError,
)
from benchmarks.sizing.fit import check_fits, check_shape, fits, valid_tps
from benchmarks.sizing.hf_config import load_model_config
from benchmarks.sizing.model import (
    Deployment,
    Efficiency,
    StepTime,
    compute_roof_tokens_per_s,
    decode_step,
    decode_tokens_per_s,
    kv_bytes_per_token,
    max_sequences,
    prefill_time,
    usable_kv_bytes,
    weight_bytes,
    weight_bytes_read,
)
from benchmarks.sizing.plan import (
    CurvePoint,
    SizingPlan,
    Workload,
    mean_itl_s,
    nodes_needed,
    replica_requests_per_s,
    replicas_needed,
    size_deployment,
)
from benchmarks.sizing.report import ReportFiles, render_markdown, report_dict, write_report
from benchmarks.sizing.specs import GpuSpec, KvDtype, ModelSpec, WeightDtype

__all__ = [
    "GPUS",
    "MODELS",
    "CostComparison",
    "CurvePoint",
    "Deployment",
    "DoesNotFitError",
    "Efficiency",
    "GpuSpec",
    "InvalidConfigError",
    "InvalidDeploymentError",
    "KvDtype",
    "ModelSpec",
    "Prices",
    "ReportFiles",
    "SizingError",
    "SizingPlan",
    "SloUnattainableError",
    "StepTime",
    "UnknownGpuError",
    "UnknownModelError",
    "WeightDtype",
    "Workload",
    "break_even_rps",
    "check_fits",
    "check_shape",
    "compare_costs",
    "compute_roof_tokens_per_s",
    "decode_step",
    "decode_tokens_per_s",
    "find_gpu",
    "find_model",
    "fits",
    "kv_bytes_per_token",
    "load_model_config",
    "max_sequences",
    "mean_itl_s",
    "nodes_needed",
    "prefill_time",
    "render_markdown",
    "replica_requests_per_s",
    "replicas_needed",
    "report_dict",
    "size_deployment",
    "usable_kv_bytes",
    "valid_tps",
    "weight_bytes",
    "weight_bytes_read",
    "write_report",
]
