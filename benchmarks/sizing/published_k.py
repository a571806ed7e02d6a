"""Held-out K: an eleventh, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before
any prediction was made for it: held-out A (`published.py`) and B to J (`published_b*.py` ...
`published_j*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor. It was wired into `published.FIGURES` once,
after round 9's last validation run (so that no fitting step saw it first), and scored then (12.5 %
mean error, 6 of 36 rows beyond ±20 %); once scored it is spent like the others.

None of these numbers were measured by us. Each row names its source (a GitHub file at a commit), where
in it the figure is (the printed value is quoted in `where`), and the conditions the source states; a
setting the source leaves unstated is taken from the engine's defaults at the stated version and said
so in `note` and in the part's docstring. No source here is a document cited by `published.py`,
`published_b*.py` ... `published_j*.py` or `trtllm_bench.py` (checked by document, not only by exact
URL: another commit of the same file counts as the same source), and no row repeats the (model, GPU,
published value) of an earlier row (independence by measurement, checked by the shared unit test).

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_k.py):

* `published_k_silybench.py`: tgarg01/silybench-data, Qwen3-8B BF16 and FP8 on one H100 SXM (GCP
  a3-highgpu-1g), vLLM 0.30.0, `vllm bench serve` closed loop at fixed lengths 128/128, 128/1024,
  1024/128 and 2048/2048, concurrency 1-128 (12 rows).
* `published_k_massed.py`: Massed Compute's gpu-benchmark raw result files, vLLM at fixed 128/128,
  concurrency 1, 8 and 32: Qwen3-30B-A3B (MoE), Qwen3-32B and Qwen2.5-32B / Llama 3.1 8B fine-tunes on one
  H100 PCIe, Qwen2.5-7B on one L40S (12 rows).
* `published_k_etched.py`: shaamil101-etched/trtllm-benchmarks, `trtllm-bench throughput` output files,
  Llama-3.1-70B FP8 weights and KV on 8 x H100 (TP 8), TensorRT-LLM 0.16.0, offline, 12 fixed length
  pairs from 128/128 to 16384/1024 (12 rows).

Withdrawn by the lead before scoring: four rows of cssnoeasy/a100-vllm-benchmark-blog's memory-fraction
sweep (Qwen2.5-7B, 2 x A100 PCIe, TP 2, vLLM 0.19.0). Another file of the same repository, same rig, model,
engine and lengths is held-out I's source, on whose errors round 8 was tuned: the rows are not independent.

Shape (pinned by the unit test): 36 rows; three sources of 12 rows each; three GPU types (H100 SXM 24,
H100 PCIe 11, L40S 1); TP 1 and 8; dense models and one MoE (Qwen3-30B-A3B, 3 rows); 24 closed-loop rows
at fixed lengths and 12 offline rows; engines vLLM 0.8.5 / 0.30.0 / a July 2026 nightly and TensorRT-LLM
0.16.0.

What this set does not cover: no TP 2 or TP 4 row, no fixed-rate row, no AMD, A100, H200 or L4 row, and a
single L40S row; no source with fixed lengths and stated conditions was found for those. Figures seen
but left out because the catalogue does not know the model or GPU: Massed Compute's H200 NVL and RTX PRO
6000 Blackwell SKUs, gpt-oss-20b (sariekr/gpu_conc, H100/H200/MI300X/B200), Qwen3.8-27B (silybench),
GLM and gpt-oss pages of gpustack's performance lab, MI355X and MI100 result files. Each part's
docstring says what was assumed (engine defaults not printed; the H100 variant where the source names
only "H100").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_k() -> tuple[PublishedFigure, ...]:
    """Every held-out K row, in source order."""
    from benchmarks.sizing.published_k_etched import etched_rows
    from benchmarks.sizing.published_k_massed import massed_rows
    from benchmarks.sizing.published_k_silybench import silybench_rows

    return (*silybench_rows(), *massed_rows(), *etched_rows())
