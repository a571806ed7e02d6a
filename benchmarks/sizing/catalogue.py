"""The catalogue of common open-weight models and data-centre GPUs, with sources.

Model figures are copied from each repository's published `config.json` (the
`hf_repo` field names it: https://huggingface.co/<hf_repo>/blob/main/config.json);
`params` is the model card's total. The Instruct and base repositories of each model
share the architecture. GPU figures are the dense (not 2:4-sparse) tensor throughput
and the memory and bandwidth of the vendor's (NVIDIA's or AMD's) datasheet or product
page named in `source`; each GPU also lists the aliases vendors and benchmark pages use
(`h200-sxm`, `a100-sxm-80gb`, `NVIDIA H100 80GB HBM3`).

Memory: `memory_gb` is the datasheet's label; `visible_memory_mib` is what the driver
reports (nvidia-smi's total), which is what an engine divides between weights and KV
cache. Retrieved reports: H100 SXM 81559, A100 80GB 81920, A100 40GB 40960, A10 23028,
L40S 46068 and L4 23034 MiB (nvidia-smi totals listed in
https://github.com/modal-labs/modal-client/pull/2797); H100 NVL 99961274368 bytes
(https://github.com/fastfetch-cli/fastfetch/issues/1658); H200 143771 MiB (nvidia-smi
output in public logs, no vendor page states it). The other GPUs have no retrieved report
and use `memory_gb` * 1e9 bytes, which under-states their memory by up to ~7 %.

Which figures were checked against a retrieved page, and which were not: H100 SXM (989.4
BF16 / 1978.9 FP8 dense TFLOP/s, 3.35 TB/s, 900 GB/s NVLink) against
https://glennklockwood.com/garden/processors/h100; H200 (141 GB, 4.8 TB/s, 3,958 FP8 TFLOP/s
with sparsity = 1,979 dense, 900 GB/s NVLink) against
https://lzwjava.github.io/nvidia-h200-gpu-specs-en; MI300X memory (192 GB HBM3), bandwidth
(5.3 TB/s) and Infinity Fabric links (128 GB/s both directions per link, 7 links to the other
GPUs: the 896 GB/s below) against https://www.emergentmind.com/topics/amd-mi300x-gpu (its FLOP/s
are not re-retrieved). The other GPUs' figures cite the vendor page in `source` but were
written from it earlier and not re-retrieved. The per-step link latencies (`_NVLINK_HOP_US`,
`_PCIE_HOP_US`, `_XGMI_HOP_US`) are orders of magnitude from memory, not from a source; the
fitted all-reduce latency (`efficiency.py`) absorbs their error on the GPUs with TP > 1 fit
rows. Whether a node is fully connected (NVLink through NVSwitch, Infinity Fabric mesh), which
decides the all-reduce algorithm (`model.fully_connected`), is read from `interconnect`.

Efficiency factors that are not fitted are in `calibrate.py` with their sources: MI300X's
matmul efficiency (0.45 of peak, retrieved second-hand:
https://aiweekly.co/alerts/amd-mi300x-hits-only-45-of-peak-flops-in-practice) and the starting
link efficiencies (from memory).

Names are matched case-insensitively, with or without the organisation prefix and
with or without an -Instruct/-it suffix; an unknown name gets the closest matches.
"""

from __future__ import annotations

import difflib
import re

from benchmarks.sizing.catalogue_gpus import GPUS
from benchmarks.sizing.catalogue_models import MODELS
from benchmarks.sizing.errors import UnknownGpuError, UnknownModelError
from benchmarks.sizing.specs import GpuSpec, ModelSpec

__all__ = ["GPUS", "MODELS", "find_gpu", "find_model"]

_VENDOR_PREFIXES = ("nvidia-", "amd-", "instinct-", "tesla-", "geforce-")


def _normalise(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip().lower())


def _model_keys(spec: ModelSpec) -> set[str]:
    repo_name = spec.hf_repo.split("/")[-1].lower()
    stripped = re.sub(r"-(instruct|it)(?=-v|$)", "", repo_name)
    return {_normalise(spec.name), spec.hf_repo.lower(), repo_name, stripped}


def _gpu_keys(spec: GpuSpec) -> set[str]:
    keys = {_normalise(spec.name), *(_normalise(alias) for alias in spec.aliases)}
    return keys | {key.replace("-", "") for key in keys}


def _strip_vendor(name: str) -> str:
    for prefix in _VENDOR_PREFIXES:
        if name.startswith(prefix):
            return _strip_vendor(name[len(prefix) :])
    return name


def _suggest(wanted: str, names: list[str]) -> list[str]:
    lowered = {name.lower(): name for name in names}
    close = difflib.get_close_matches(wanted, list(lowered), n=3, cutoff=0.5)
    prefixed = [key for key in lowered if key.startswith(wanted) and key not in close]
    return [lowered[key] for key in close + prefixed][:4]


def find_model(name: str) -> ModelSpec:
    """Look up a catalogue model by name or Hugging Face repository, case-insensitively.

    Raises:
        UnknownModelError: with the closest catalogue names and the whole list.
    """
    wanted = _normalise(name)
    # Meta's first repositories of a release: "meta-llama/Meta-Llama-3.1-70B-Instruct" for Llama-3.1-70B
    renamed = re.sub(r"^(?:meta-llama/)?meta-(?=llama-)", "", wanted)
    for spec in MODELS:
        keys = _model_keys(spec)
        if wanted in keys or renamed in keys:
            return spec
    names = [spec.name for spec in MODELS]
    close = _suggest(wanted, names)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UnknownModelError(
        f"unknown model {name!r}: {hint}Known models: {', '.join(names)}. "
        "Or pass the path of a local config.json (or of the directory holding it)."
    )


def find_gpu(name: str) -> GpuSpec:
    """Look up a catalogue GPU by name or alias, case-insensitively.

    'h100-sxm', 'H100 SXM', 'h100sxm', 'NVIDIA H100 80GB HBM3', 'h200-sxm', 'a100-sxm-80gb',
    'AMD Instinct MI300X' all resolve; vendor prefixes are ignored.

    Raises:
        UnknownGpuError: with the closest catalogue names and the whole list.
    """
    wanted = _strip_vendor(_normalise(name))
    for spec in GPUS:
        keys = _gpu_keys(spec)
        if wanted in keys or wanted.replace("-", "") in keys:
            return spec
    names = [spec.name for spec in GPUS]
    close = _suggest(wanted, names)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UnknownGpuError(f"unknown GPU {name!r}: {hint}Known GPUs: {', '.join(names)}.")
