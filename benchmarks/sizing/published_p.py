"""Held-out P: a sixteenth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before any
prediction was made for it: held-out A (`published.py`) and B to O (`published_b*.py` ...
`published_o*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor. It is not wired into `published.FIGURES`: the
lead wires it in once, after the model engineer's last validation run, and scores it then.

None of these numbers were measured by us. Each row names its source (a GitHub file at a commit), where
in it the figure is (the printed value is quoted in `where`, and for a derived TPOT the derivation too),
and the conditions the source states; a setting the source leaves unstated is taken from the engine's
defaults at the stated version and said so in `note` and in the part's docstring. No source here is a
document or repository cited by `published.py`, `published_b*.py` ... `published_o*.py` or
`trtllm_bench.py` (checked by repository, not only by URL), and no row repeats the (model, GPU, published
value) of an earlier row (independence by measurement, checked by the shared unit test
tests/unit/benchmarks/test_sizing_held_out_sets.py).

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_p.py):

* `published_p_gemlite.py`: the PyTorch blog's GemLite / TorchAO / SGLang post
  (pytorch/pytorch.github.io), SGLang at commit feb2b76 (Dec 2024), Llama 3.1 8B on an 8 x H100 machine,
  static batches of 1 and 32 prompts at fixed 1024/512, TP 1 and TP 4, bf16, int4 weight-only and fp8
  dynamic quantization; the printed late-decode rate as TPOT (9 rows, mode "concurrency").
* `published_p_mi300xdocs.py`: AMD's vLLM FP8 documentation README (saienduri/vllm-docs), vLLM 0.6.0
  (ROCm fork) offline `benchmark_throughput.py`, Llama 3.1 405B FP8 weights and KV on 8 x MI300X at TP 8,
  2000 prompts at four fixed length pairs (4 rows, mode "offline").

Shape (pinned by the unit test): 13 rows; two sources (9 and 4 rows: 69 % and 31 %); two GPU types
(H100 SXM 9, MI300X 4); TP 1, 4 and 8 (6, 3 and 4 rows); dense models only (Llama 3.1 8B, Llama 3.1
405B); 9 rows at fixed concurrency (one wave, load = prompts = batch) with fixed lengths, 4 offline; no
fixed-rate row; engines SGLang (commit feb2b76) and vLLM 0.6.0 (ROCm fork).

What this set does not reach of the brief (>= 40 rows, >= 4 sources none over 30 %, >= 3 GPU types, TP
1-8 including 2, dense and MoE, >= 12 fixed-concurrency rows, fixed-rate rows, L40S / L4 / A100 / H100
PCIe / MI325X rows, engine releases of 2025-2026): 13 rows from two sources (one at 69 %), two GPU types,
no TP 2, no MoE model, 9 fixed-concurrency rows, no rate row, no L40S, L4, A100, H100 PCIe or MI325X row,
and both engines are of 2024. No other GitHub file at a commit was found, in the time given, that is not
already a cited document, prints its values, holds lengths fixed and states GPU, TP and engine. Keys start
"p-".

Seen and left out (besides those listed in earlier sets' docstrings): Mutinifni/splitwise-sim
`data/perf_model.csv` (Llama 2 70B on DGX-A100 / DGX-H100 at TP 2 / 4 / 8, per-token times at fixed
lengths, but the engine is not stated in the repository, and its long-output end-to-end times show early
stops); premAI-io/benchmarks (A100 80 GB, Llama 2 7B batch 1; the vLLM script calls `generate` without
sampling parameters, so 16 output tokens, not the 512 the table implies; TensorRT-LLM outputs not held
fixed; engines of 2023); Subrahmanyam2305/LLM-serve (A10G, ShareGPT prompts, outputs capped at 512 but
not fixed); crusoecloud/crusoe-cookbook vllm-l40s-fp8 (charts only, sonnet dataset at request rates);
lm-sys/lm-sys.github.io posts on SGLang v0.2 / v0.3 (charts only, variable lengths) and
vllm-project/vllm-project.github.io's "Serving LLMs on AMD MI300X" (ShareGPT, charts); ninehills/
llm-inference-benchmark (RTX 4090, Yi-6B); NVIDIA/dgxc-benchmarking (GB200 NVFP4 recipes and sample
outputs, no measured table); NVIDIA's trtllm-bench tuning blog copy (sample output, GPU unstated);
snowflakedb/ArcticInference (charts), ankdeshm/dynamo_disaag_serving_gke (its monolithic vLLM baselines
are two TP 4 replicas on B200 reached through a port-forward, so the load per replica is unknown, and its
8 x H200 table prints 12.02 req/s beside 5,500 tok/s at 1000/1000, which cannot both hold for fixed
outputs), mirage-project/mirage (no printed baseline table), OpenNebula/website's LLM inference
certification page (GuideLLM synthetic prompts of "average 512 tokens", vGPU slices, rate not stated), the
Vultr MI325X cookbook (not a GitHub file; lengths "~2048"),
"llm_benchmark" on 8 x A100 40 GB (model unstated), basetenlabs/truss-examples (prefix caching, "~4000"
input tokens), GoogleCloudPlatform/ai-on-gke and Azure/ai-infrastructure-on-azure (no printed inference
results), and ROCm's legacy vLLM docs (commands only). Figures seen but skipped because the catalogue
does not know the model or GPU: Gemma 3 1B, Phi-2, Qwen 2.5 3B and Llama 3.2 3B on A10G (variable lengths
besides), Qwen3-0.6B / 1.7B, GLM 4.x, gpt-oss, Qwen3-VL, DeepSeek V3.2, Kimi-K2.5, Apertus 70B, BLOOM-176B;
GPUs H20, H800, A800, A30, T4, RTX 4090 / 3090 / A5000 / A4000, RTX PRO 6000 Blackwell, MI100, MI355X,
GB200, Jetson Thor, Strix Halo. Engines the row format may not express (TGI, LightLLM, TinyChat,
exllamav2, Ollama) were not needed: every row is vLLM or SGLang.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_p() -> tuple[PublishedFigure, ...]:
    """Every held-out P row, in source order."""
    from benchmarks.sizing.published_p_gemlite import gemlite_rows
    from benchmarks.sizing.published_p_mi300xdocs import mi300xdocs_rows

    return (*gemlite_rows(), *mi300xdocs_rows())


__all__ = ["held_out_p"]
