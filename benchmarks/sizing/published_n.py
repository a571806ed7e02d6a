"""Held-out N: a fourteenth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before any
prediction was made for it: held-out A (`published.py`) and B to M (`published_b*.py` ...
`published_m.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor. It is not wired into `published.FIGURES`: the
lead wires it in once, after the model engineer's last validation run, and scores it then.

None of these numbers were measured by us. Each row names its source (a GitHub file at a commit), where
in it the figure is (the printed value is quoted in `where`), and the conditions the source states; a
setting the source leaves unstated is taken from the engine's defaults at the stated version and said
so in `note` and in the part's docstring. No source here is a document or repository cited by
`published.py`, `published_b*.py` ... `published_m.py` or `trtllm_bench.py` (checked by repository, not
only by URL), and no row repeats the (model, GPU, published value) of an earlier row (independence by
measurement, checked by the shared unit test tests/unit/benchmarks/test_sizing_held_out_sets.py).

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_n.py):

* `published_n_nim.py`: aws-samples/awsome-inference, NVIDIA NIM (TensorRT-LLM backend) on AWS p5,
  genai-perf closed loop at fixed 7000/1000 (ignore_eos), concurrency 1-64: Llama 3.1 70B BF16 on
  4 x H100 (TP 4) and Mixtral 8x22B BF16 on 8 x H100 (TP 8) (14 rows).
* `published_n_r1bench.py`: simon-mo/R1-Benchmark README tables, one 8 x H200 node, vLLM
  benchmark_serving at fixed lengths (1000/2000 to 32000/100, ignore_eos), 50 prompts at 10 req/s:
  DeepSeek-R1 FP8 TP 8 with expert parallelism on vLLM 0.8.4, SGLang 0.4.5 and TensorRT-LLM main (11
  rows), Llama 3.1 8B FP8 TP 1 on vLLM 0.8.2 (4 rows) (15 rows).
* `published_n_benchmaxxing.py`: Scicom-AI-Enterprise-Organization/llm-benchmaxxing result logs,
  `vllm bench serve` at fixed CTX/128 (CTX 1024 to 15000, ignore_eos), 100 prompts at concurrency 100
  (one wave): Qwen3-32B BF16, TP 8, on 8 x H100 SXM, 8 x H200 and 8 x B200 (15 rows).

Shape (pinned by the unit test): 44 rows; three sources (14, 15 and 15 rows: 32 %, 34 %, 34 %); three
GPU types (H100 SXM 19, H200 20, B200 5); TP 1, 4 and 8 (4, 7 and 33 rows); dense (Llama 3.1 70B,
Llama 3.1 8B, Qwen3-32B: 26 rows) and MoE (Mixtral 8x22B, DeepSeek-R1: 18 rows); 29 fixed-concurrency
rows at fixed lengths and 15 fixed-rate rows; engines NIM 1.0.0 / 1.1.1 (TensorRT-LLM), vLLM 0.8.2 /
0.8.4 / a V1 release of late 2025 or early 2026 (version not printed), SGLang 0.4.5 and TensorRT-LLM
main (April 2025).

What this set does not reach of the brief (>= 4 sources none over 30 %, TP 1-8, offline rows, L40S / L4
/ A100 / H100 PCIe / MI325X rows): three sources, each a third of the set (a 30 % cap needs four); three
GPU types, all NVIDIA (Hopper and one Blackwell); no TP 2, no offline row; no AMD, A100, L40S, L4 or
H100 PCIe row. In the time given no other GitHub file at a commit was found that is uncited, prints its
values, holds lengths fixed and states GPU, TP and engine. Seen and left out (besides those listed in
each part): Scicom-AI-Enterprise-Organization/llm-benchmaq (SGLang bench_serving with
random_range_ratio 0.0: variable input lengths, e.g. 50461 input tokens for 100 prompts at 1024),
sariekr/gpu_conc (gpt-oss-20b, not in the catalogue; lengths not enforced),
lukaLLM/AI_Inference_Benchmarks_RTX600PRO_L40S (random_range_ratio 0: variable lengths; RTX PRO 6000
Blackwell), geoddllc/large-llm-inference-benchmarks (lengths, TP and concurrency not stated),
staru09/llm_infra_bench (ShareGPT), akamaslabs/vllm-benchmark and graz-dev/vllm-benchmark (SLA-goodput
optimisation studies, ramps, not fixed points), aws-samples/foundation-model-benchmarking-tool
(variable-length datasets), dzhsurf/deepseek-v3-r1-deploy-and-benchmarks (charts only),
AI-Hypercomputer/gpu-recipes (no printed results), NVIDIA/TensorRT-Model-Optimizer benchmark.md (lengths
and TP unstated), mlc-ai/llm-perf-bench (consumer GPUs; its multi-GPU table is "TBD" in every indexed
version), vllm-project/vllm-project.github.io and lm-sys/lm-sys.github.io blog posts (charts or ratios
only), haanjack/llm-inference-benchmark (no results committed), ROCm/ROCm docs (tables live on amd.com,
already cited), MI100 workstation notes (GPU not catalogued), an A100 40 GB vLLM 0.2.x table whose
repository could not be identified, and many single-user hobby benchmarks on consumer GPUs. Figures seen
but skipped because the catalogue does not know the model or GPU: gpt-oss-20b/120b, a GLM 32B
("GLM7.5_32b"), Qwen3.5-9B, Qwen3-Coder-30B, Gemma 4, Kimi-K2.5, DeepSeek V3.2, Qwen3-VL-235B; QwQ-32B
runs at unknown TP (a Qwen2.5-32B shape; skipped for TP, not for the name); GPUs H20, MI100, MI355X, RTX
PRO 6000 Blackwell, RTX 4090/5090, A4000, TPU v4/v6e. Engines the row format cannot express were not
needed: every row is vLLM, SGLang or TensorRT-LLM (directly or inside NIM). Keys start "n-".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_n() -> tuple[PublishedFigure, ...]:
    """Every held-out N row, in source order."""
    from benchmarks.sizing.published_n_benchmaxxing import benchmaxxing_rows
    from benchmarks.sizing.published_n_nim import nim_rows
    from benchmarks.sizing.published_n_r1bench import r1bench_rows

    return (*nim_rows(), *r1bench_rows(), *benchmaxxing_rows())


__all__ = ["held_out_n"]
