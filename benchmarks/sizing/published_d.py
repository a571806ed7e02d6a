"""Held-out D: a fourth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written
down before any prediction was made for it. Held-out A (`published.py`), B
(`published_b.py`, `published_b_posts.py`) and C (`published_c*.py`) have all been
seen while the model was being changed, so they no longer measure it cleanly; only a
set nobody has predicted yet checks the next version honestly. Nothing here may be used
by `calibrate.py` or to tune an efficiency factor, and once this set has been scored it
is spent in the same way.

None of these numbers were measured by us. Each row names its source (a file at a
commit, or a pull request / issue page), where in it the figure is, and the conditions
the source states. Where a source prints something other than the metric itself
(a latency for a fixed batch, a per-GPU throughput), `published` is the one-line
arithmetic from the printed value, written out in the code and in `note`. An engine
setting that neither the page nor the script it names states is taken from the engine's
defaults and said so in `note`. No source here is cited by `published.py`,
`published_b.py`, `published_b_posts.py`, `published_c*.py` or `trtllm_bench.py`.

Held-out D (66 rows; 5 GPU types: H100, H200, A100 80 GB, MI300X, MI325X; TP 1, 2 and
8; dense and MoE; 30 offline, 16 at fixed concurrency, 20 static batches; chosen by the
rules below before any prediction):

* Microsoft's AI-benchmarking-guide results (read from the samuel-bohman fork, the copy
  the index holds at a commit): `trtllm-bench throughput` (TensorRT-LLM v0.15.0, FP8,
  1000 requests of fixed lengths) for Llama 3.1 8B at TP 1 and 70B at TP 8 on H100, and
  8B at TP 1, 70B and 405B at TP 8 on H200: mode "offline", 30 rows. The same pages'
  MI300X vLLM rows are left out: the harness sets `--max-num-seqs` from a config whose
  value for that run is not stored.
* In `published_d_more.py`: ROCm/vllm `docs/dev-docker/README.md` (vLLM 0.10.0 ROCm
  container), `benchmark_latency` on 8 x MI300X, Llama 3.1 70B and 405B FP8 at fixed
  batches 1-128 (16 static rows); InferenceX issue 890 and pull request 3318, DeepSeek-R1
  FP8 with SGLang on 8 x MI325X at fixed concurrency 4-64, 1k/1k and 8k/1k (14 rows).
* In `published_d_prs.py`: vLLM pull requests 3240 (Mixtral 8x7B on 2 x A100 80 GB,
  static batches 1-64, 4 rows) and 23151 (Qwen3-30B-A3B BF16 on one H100 at 10
  concurrent requests, 2 rows).

Not found (so not in the set): no fixed-request-rate row (the rate-mode figures found use
ShareGPT prompts or leave the prompt lengths unstated); no L40S or L4 row (the figures
found leave the tool's throughput definition, the lengths or the parallel layout
unstated); no TP 4 row (the one found, vLLM pull request 2192, is cited by `model.py`,
so it is not unseen); TP 2 only as static batches on A100.

`held_out_d()` is not part of `published.FIGURES`: the lead wires the set in once, after
the model's last validation run, so that no fitting step can see it first.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

_AZURE_FORK = "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/{commit}/Azure_Results/{name}_results.md"
_AZURE_HARNESS = (
    "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/26d18e9458bb07bd43e3eda7aec8653aa592f2ec/"
    "Benchmarks/NVIDIA/LLMBenchmark.py"
)
_AZURE_CONFIG = (
    "https://github.com/samuel-bohman/AI-benchmarking-guide/blob/01ce73981c0cb36efe9477d6d568f8fe4e8a63ce/config.json"
)

_LENGTHS = ((128, 128), (128, 1024), (128, 2048), (500, 2000), (1024, 1024), (2048, 2048))

# (results page, commit, GPU, section heading as printed, catalogue model, TP, out tok/s for _LENGTHS).
# fmt: off
_AZURE_TRT = (
    ("ND_H100_v5", "26d18e9458bb07bd43e3eda7aec8653aa592f2ec", "H100-SXM", "LLAMA 3.1 (8B)", "Llama-3.1-8B", 1, (15163, 17075, 15014, 13047, 11724, 8026)),
    ("ND_H100_v5", "26d18e9458bb07bd43e3eda7aec8653aa592f2ec", "H100-SXM", "LLAMA 3.1 (70B)", "Llama-3.1-70B", 8, (10032, 13345, 12910, 11594, 9125, 7908)),
    ("ND_H200_v5", "0de7d01da6f8c360fc206ee292642e6782731e70", "H200", "LLAMA 3.1 (8B)", "Llama-3.1-8B", 1, (17853, 23880, 21255, 18357, 15043, 9736)),
    ("ND_H200_v5", "0de7d01da6f8c360fc206ee292642e6782731e70", "H200", "LLAMA 3 (70B)", "Llama-3.1-70B", 8, (11973, 18369, 18219, 15911, 11302, 10371)),
    ("ND_H200_v5", "0de7d01da6f8c360fc206ee292642e6782731e70", "H200", "LLAMA 3 (405B)", "Llama-3.1-405B", 8, (3148, 4981, 5098, 4447, 3050, 2859)),
)
# fmt: on


def _azure_trt_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import TRT_017, PublishedFigure

    engine = TRT_017.model_copy(
        update={
            "name": "TensorRT-LLM v0.15.0 trtllm-bench (one engine per model, built for the 2048/2048 dataset)",
            "memory_fraction": 0.90,
            "tuned_per_dataset": False,
        }
    )
    rows = []
    for page, commit, gpu, heading, model, tp, values in _AZURE_TRT:
        for (isl, osl), value in zip(_LENGTHS, values, strict=True):
            rows.append(
                PublishedFigure(
                    key=f"d-azure-trtllm015-{model.lower()}-{gpu.lower()}-tp{tp}-{isl}-{osl}",
                    source=_AZURE_FORK.format(commit=commit, name=page),
                    where=f"'End-to-End Inference Workloads', '{heading}' table ('Performance results ... with FP8 "
                    f"quantization, 1000 requests'), tp size {tp}, input len {isl}, output len {osl}: "
                    f"throughput(tokens/sec) {value}",
                    engine=engine,
                    model=model,
                    gpu=gpu,
                    tp=tp,
                    weight_dtype="fp8",
                    kv_dtype="fp8",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="offline",
                    load=None,
                    metric="output_tokens_per_s",
                    published=value,
                    role="held-out",
                    requests=1000,
                    note=f"Azure {page.replace('_', ' ')} ({'8 x H100 SXM 80 GB' if gpu == 'H100-SXM' else '8 x H200 141 GB'}). "
                    f"Harness ({_AZURE_HARNESS}): TensorRT-LLM checked out at v0.15.0; prepare_dataset.py "
                    "token-norm-dist with stdev 0 (every request exactly these lengths), 1000 requests; one engine "
                    "per model built by 'trtllm-bench build --quantization FP8 --tp_size N' from the dataset with the "
                    "largest input+output (2048/2048), then 'trtllm-bench throughput' on each dataset. The printed "
                    "number is trtllm-bench's 'Token Throughput (tokens/sec)' cut to an integer, taken as output "
                    "tokens/s (the quantity the TensorRT-LLM perf overview reports from the same tool). Assumed, not "
                    "printed: FP8 KV cache (trtllm-bench's FP8 quantization sets it), KV fraction 0.90 of free memory "
                    "(the tool's default, the harness passes none), max batch / max tokens as TensorRT-LLM 0.17 "
                    "defaults here although trtllm-bench chose them for the 2048/2048 dataset (values not printed). "
                    f"Model: the harness config ({_AZURE_CONFIG}) names meta-llama/Llama-3.1-{model.split('-')[-1]}"
                    + (
                        " (the page's heading says 'LLAMA 3'; the 3.1 and 3 shapes are the same)"
                        if heading.startswith("LLAMA 3 (")
                        else ""
                    )
                    + (
                        "; the H200 page's harness revision is not stored, the H100 page's (v0.15.0) is assumed"
                        if gpu == "H200"
                        else ""
                    ),
                )
            )
    return rows


def held_out_d() -> tuple[PublishedFigure, ...]:
    """All held-out D rows, built on demand so `published.py` can include them without an import cycle."""
    from benchmarks.sizing.published_d_more import more_rows
    from benchmarks.sizing.published_d_prs import pr_rows

    return (*_azure_trt_rows(), *more_rows(), *pr_rows())


__all__ = ["held_out_d"]
