"""Held-out O: a fifteenth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before any
prediction was made for it: held-out A (`published.py`) and B to N (`published_b*.py` ...
`published_n*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor. It is not wired into `published.FIGURES`: the
lead wires it in once, after the model engineer's last validation run, and scores it then.

None of these numbers were measured by us. Each row names its source (a GitHub file at a commit), where
in it the figure is (the printed value is quoted in `where`), and the conditions the source states; a
setting the source leaves unstated is taken from the engine's defaults at the stated version and said
so in `note` and in the part's docstring. No source here is a document or repository cited by
`published.py`, `published_b*.py` ... `published_n*.py` or `trtllm_bench.py` (checked by repository, not
only by URL), and no row repeats the (model, GPU, published value) of an earlier row (independence by
measurement, checked by the shared unit test tests/unit/benchmarks/test_sizing_held_out_sets.py).

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_o.py):

* `published_o_a10serve.py`: deepaksatna/llm-serving-benchmark result files (January 2026), one
  non-streaming request at a time on one NVIDIA A10, 6-token prompt, 32-512 generated tokens: SGLang
  0.4.7 FP16 (Llama 3 8B, Mistral 7B v0.3) and NVIDIA NIM 1.8.4 / TensorRT-LLM (Llama 3.1 8B, Mistral
  7B v0.3) (19 rows).

Shape (pinned by the unit test): 19 rows; one source (100 %); one GPU type (A10); TP 1; dense models
only (Llama 3 8B, Llama 3.1 8B, Mistral 7B v0.3); 19 fixed-concurrency rows (concurrency 1) at fixed
lengths; engines SGLang 0.4.7 and NIM 1.8.4 (TensorRT-LLM).

What this set does not reach of the brief (>= 40 rows, >= 4 sources none over 30 %, >= 3 GPU types,
TP 1-8, dense and MoE, offline and fixed-rate rows, L40S / L4 / A100 / H100 PCIe / MI325X rows): it has
19 rows from one source (100 %), one GPU type (A10), TP 1 only, no MoE model, no offline or rate row,
and every row is a single request (concurrency 1). In the time given no other GitHub file at a commit
was found that is uncited, prints its values, holds lengths fixed and states GPU, TP and engine. Keys
start "o-".

Seen and left out (besides those in each part's docstring): sgl-project/sgl-cookbook model pages (8 x
A100 TP 8 Llama 3.1 70B; B200 DeepSeek-R1 and Qwen3-235B): `sglang.bench_serving` random dataset at the
default range ratio 0 (variable lengths, e.g. 6101 input tokens for 10 prompts of "1000") in online
runs; an lm-sys blog post on MTP for DeepSeek V3 on 8 x MI300X (range ratio 0, end-to-end latency
only); a "Llama-8B on NVIDIA A40 | SGLang vs LMDeploy" report (lengths not enforced, throughput kind
unstated, repository unidentified); Kolluru's vLLM-vs-TGI study (Poisson lengths, ShareGPT); an L4
"C1-C8 optimisation study" (bucketed variable prompts); xinyuwei-david/david-share MI300X tests and PoC
handbook (prompt buckets, uncapped outputs, single curl requests); pavlokhmel/llm_throughput_benchmark
(models not catalogued); seungrokj/ootb_vllm and bench_vllm (empty result tables, scripts only);
oracle-devrel/technology-engineering llm-benchmark-docker (no results committed); bentoml/llm-bench
(2023 per-request CSVs, variable lengths); crazyguitar/pysheeet LLM benchmark notes and
sgl-project/genai-bench docs (commands only); efeslab/Nanoflow and modal-labs/stopwatch (charts or
screenshots only); surajssd/llm-k8s (8 x GPU Llama 3.3 70B, ShareGPT serving runs);
IneshReddy249/LLAMA-TRT-OPTIMIZATION (A100, TensorRT-LLM 0.15 INT8 weight-only: outputs not held fixed
(end id set), one wave per concurrency level, README values not in the committed logs); a Qwen3-30B-A3B
DecodeBenchConnector note on H200 (repository unidentified); a Vector Institute model table on A40
(conditions unstated); MLPerf Inference result repositories (OpenOrca variable lengths, data-parallel
replicas); ROCm/MAD and dstack blog posts (re-publish ROCm/vllm and dstackai/benchmarks runs, already
cited); web pages outside GitHub with fixed-length tables (Azure HPC blog on ND-H100-v5, Database Mart
A40, pavlokhmel.com: not files at a commit, which the late-set rule requires; Database Mart's outputs
are not fixed either); the vLLM, SGLang, TensorRT-LLM, LMDeploy and ROCm repositories (already cited).
Figures seen but skipped because the catalogue does not know the model or GPU: gpt-oss, Qwen3.5 / 3.6,
Gemma 4, LFM2.5, Ministral 3 (pavlokhmel); A30, T4, RTX 4090 / 5060 Ti / A6000-24GB, Jetson Thor, MI100,
MI350X, Ascend, Strix Halo. Engines the row format may
not express: TGI 2.4.1 (deepaksatna's TGI files), LMDeploy (the A40 report), Ollama; none is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_o() -> tuple[PublishedFigure, ...]:
    """Every held-out O row, in source order."""
    from benchmarks.sizing.published_o_a10serve import a10serve_rows

    return (*a10serve_rows(),)
