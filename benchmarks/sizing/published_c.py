"""Held-out C: a third, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written
down before any prediction was made for it. The earlier held-out sets (A in
`published.py`, B in `published_b.py` / `published_b_posts.py`) were seen while the
model was being re-fitted, so they no longer measure it cleanly; a set that nobody has
predicted yet is the only honest check of the next version. Nothing here may be used by
`calibrate.py` or to tune an efficiency factor, and once this set has been scored it is
spent in the same way.

None of these numbers were measured by us. Each row names its source (a page, or a file
at a commit), where in it the figure is, and the conditions the source states. Where a
source prints something other than the metric itself (tokens/s per GPU, total tokens
over a run), `published` is the one-line arithmetic from the printed value, written out
in the code and in `note`. An engine setting the source does not state is taken from
the engine's defaults and said so in `note`. No source here is cited by `published.py`,
`published_b.py`, `published_b_posts.py` or `trtllm_bench.py`.

Held-out C (57 rows; 5 GPU types; TP 1, 2, 4 and 8; dense and MoE; 24 at fixed
concurrency, 28 static batches, 5 offline; chosen by the rules below before any
prediction):

* TensorRT-LLM `docs/source/performance.md` (the static-batch page of v0.6.1, a different
  document from the perf-overview pages held-out A and B use): Llama 2 7B at fixed
  batches on H100 (FP8), L40S (FP8, v0.5 data) and A100 (FP16), TP 1 and 2: mode
  "static", 12 rows. Its Llama 2 70B rows are left out, by the rule held-out B applied to
  the v0.5 blog: they measure the GQA generation kernel that TensorRT-LLM's own later blog
  says v0.7 made up to 2.4x faster than v0.6a.
* dstack's DeepSeek-R1 benchmark (`published_c_dstack.py`): raw results CSVs, DeepSeek-R1
  (FP8) at TP 8 on 8 x MI300X and 8 x H200 with vLLM and SGLang, fixed lengths 3200/800:
  fixed concurrency 8 and 64 (TPOT and output throughput, 12 rows) and offline at 1024
  prompts (5 rows).
* In `published_c_more.py`: dstack's Llama 3.1 405B FP8 comparison of 8 x H100 and
  8 x MI300X (static batches of prompts, 10 rows); LMDeploy's A100 benchmark page (Llama 2
  7B / 13B at TP 1, 70B at TP 4, 1 and 64 concurrent sessions, 12 rows); vLLM pull request
  4002 (Mixtral 8x22B on A100 80 GB at TP 4 and 8, static batches, 6 rows).

No fixed-request-rate row: no source found states a fixed request rate together with
fixed prompt and output lengths for a model and GPU the catalogue knows (the rate-mode
figures found use ShareGPT or Sonnet prompts, or disaggregated prefill/decode). No L4,
MI325X or Qwen3-MoE row: the figures found for them leave the GPU variant, the lengths or
the tool's definition of throughput unstated.

`held_out_c()` is not part of `published.FIGURES` yet: the set is wired in once, after
the model's last validation run, so that no fitting step can see it first.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure
    from benchmarks.sizing.specs import KvDtype, WeightDtype

TRT_PERF_V061 = (
    "https://github.com/NVIDIA/TensorRT-LLM/blob/77d24b5fa178f11ed7fafdd9833b7245e075f721/docs/source/performance.md"
)

# TensorRT-LLM performance.md at 77d24b5 ("updated for v0.6.1, unless specified"; the L40S table is
# "from TensorRT-LLM v0.5"), 'Peak Throughput' tables, model "LLaMA 7B" (the page's methodology:
# "Llama2-7b"): (GPU, table, TP, batch, input, output, printed out tok/s/GPU).
_TRT_LLAMA2_7B = (
    ("H100-SXM", "H100 GPUs (FP8)", 1, 768, 128, 128, 19694),
    ("H100-SXM", "H100 GPUs (FP8)", 1, 112, 128, 2048, 6818),
    ("H100-SXM", "H100 GPUs (FP8)", 1, 80, 2048, 128, 2244),
    ("H100-SXM", "H100 GPUs (FP8)", 1, 48, 2048, 2048, 2740),
    ("L40S", "L40S GPUs (FP8)", 1, 64, 128, 128, 3240),
    ("L40S", "L40S GPUs (FP8)", 1, 64, 128, 2048, 1622),
    ("L40S", "L40S GPUs (FP8)", 1, 32, 2048, 128, 581),
    ("L40S", "L40S GPUs (FP8)", 1, 16, 2048, 2048, 531),
    ("A100-80GB", "A100 GPUs (FP16)", 1, 384, 128, 128, 5586),
    ("A100-80GB", "A100 GPUs (FP16)", 1, 60, 128, 2048, 1928),
    ("A100-80GB", "A100 GPUs (FP16)", 1, 52, 2048, 128, 591),
    ("A100-80GB", "A100 GPUs (FP16)", 2, 64, 2048, 2048, 782),
)


def _trt_static_rows() -> list[PublishedFigure]:
    from benchmarks.sizing.published import TRT_017, PublishedFigure

    rows = []
    for gpu, table, tp, batch, isl, osl, per_gpu in _TRT_LLAMA2_7B:
        fp8 = "FP8" in table
        version = "v0.5" if gpu == "L40S" else "v0.6.1"
        dtype: WeightDtype = "fp8" if fp8 else "fp16"
        kv: KvDtype = "fp8" if fp8 else "fp16"
        engine = TRT_017.model_copy(
            update={
                "name": f"TensorRT-LLM {version} gptSessionBenchmark (static batch)",
                "tuned_per_dataset": False,
                "max_batch": batch,
                "max_num_tokens": batch * isl,
            }
        )
        rows.append(
            PublishedFigure(
                key=f"c-trt{version.replace('.', '')}-llama-2-7b-{gpu.lower()}-tp{tp}-b{batch}-{isl}-{osl}",
                source=TRT_PERF_V061,
                where=f"'Peak Throughput' section, table '{table}', LLaMA 7B, batch {batch}, TP {tp}, {isl}/{osl}: "
                f"{per_gpu} out tok/s/GPU",
                engine=engine,
                model="Llama-2-7B",
                gpu=gpu,
                tp=tp,
                weight_dtype=dtype,
                kv_dtype=kv,
                input_tokens=isl,
                output_tokens=osl,
                mode="static",
                load=batch,
                metric="output_tokens_per_s",
                published=per_gpu * tp,
                role="held-out",
                note=f"printed per GPU ({per_gpu}); published = {tp} GPU(s) x {per_gpu}. Static batch of {batch} "
                f"(gptSessionBenchmark: the whole batch is prefilled, then decoded {osl} steps; engine max_batch and "
                "max_num_tokens set to the batch, an assumption: the page's build commands predate the table's batch "
                "sizes). 'LLaMA 7B' is Llama 2 7B (the page's methodology section; the build command's shape, "
                "32 x 4096, inter 11008, vocab 32000, is Llama-2-7B's). "
                + (
                    "FP8 weights and FP8 KV cache (the build command's --enable_fp8 --fp8_kv_cache). "
                    if fp8
                    else "FP16 weights and KV ('remove the --enable_fp8 --fp8_kv_cache options' on A100). "
                )
                + (
                    "H100 taken as the page's 'H100-HBM3-80GB system' (SXM). "
                    if gpu == "H100-SXM"
                    else "A100 memory and form factor not stated: 80 GB because the table's batch 384 x 256 tokens "
                    "of FP16 KV (~48 GB) fits beside the weights only there; SXM assumed (the page benchmarks on "
                    "an 'H100-HBM3-80GB system', an HGX part). "
                    if gpu == "A100-80GB"
                    else "L40S table is TensorRT-LLM v0.5 data. "
                ),
            )
        )
    return rows


def held_out_c() -> tuple[PublishedFigure, ...]:
    """All held-out C rows, built on demand so `published.py` can include them without an import cycle."""
    from benchmarks.sizing.published_c_dstack import dstack_rows
    from benchmarks.sizing.published_c_more import more_rows

    return (*_trt_static_rows(), *dstack_rows(), *more_rows())


__all__ = ["held_out_c"]
