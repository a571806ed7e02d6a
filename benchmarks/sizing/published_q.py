"""Held-out Q: a seventeenth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before any
prediction was made for it: held-out A (`published.py`) and B to P (`published_b*.py` ...
`published_p*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor. It is not wired into `published.FIGURES`: the
lead wires it in once, after the model engineer's last validation run, and scores it then.

None of these numbers were measured by us. Each row names its source (a GitHub file at a commit), where
in it the figure is (the printed value is quoted in `where`, and for a derived rate the derivation and
the printed latency too), and the conditions the source states; a setting the source leaves unstated is
taken from the engine's defaults at the stated or dated version and said so in `note` and in the part's
docstring. No source here is a document or repository cited by `published.py`, `published_b*.py` ...
`published_p*.py` or `trtllm_bench.py` (checked by repository, not only by URL), and no row repeats the
(model, GPU, published value) of an earlier row (independence by measurement, checked by
tests/unit/benchmarks/test_sizing_held_out_sets.py).

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_q.py):

* `published_q_nchc.py`: Young-TW/note, notes from Taiwan's NCHC on an 8 x MI325X server: vLLM V1 (ROCm
  build, late 2025; release not printed) `vllm bench throughput` (1000 prompts, 256/256) and `vllm bench
  latency` (batch 8, 256/128) of Qwen3-8B and Llama 3.1 70B Instruct on one MI325X (4 rows: 2 offline,
  2 static).
* `published_q_vault.py`: AUGMXNT/llm-tracker.info-vault, `MI300X Testing.md`, a Hot Aisle 8 x MI300X node:
  vLLM 0.6.3.dev114 `benchmark_throughput.py` (1000 prompts, 512/128) of Llama 2 7B chat (fp16 at TP 1
  and 8, bf16 at TP 8) and Llama 3.1 405B Instruct (bf16, TP 8) (4 rows, offline).

Shape (pinned by the unit test): 8 rows; two sources (4 and 4 rows: 50 % each); two GPU types (MI325X 4,
MI300X 4); TP 1 and 8 (5 and 3 rows); dense models only (Qwen3-8B, Llama-3.1-70B, Llama-2-7B,
Llama-3.1-405B); 6 offline rows and 2 static batches of 8; no fixed-concurrency or fixed-rate row;
engines vLLM V1 (late 2025, ROCm) and vLLM 0.6.3.dev (October 2024, ROCm source build). Keys start "q-".

What this set does not reach of the brief (>= 40 rows, >= 4 sources none over 30 %, >= 3 GPU types, TP
1-8, dense and MoE, >= 12 fixed-concurrency rows, fixed-rate rows): 8 rows from two sources (50 % each),
two GPU types (both AMD; no NVIDIA row), TP 1 and 8 only (no TP 2 or 4), no MoE model, no
fixed-concurrency and no rate row. No other GitHub file at a commit was found, in the time given, that is
not already a cited document or repository, prints its values, holds the lengths fixed and states GPU, TP
and engine.

Seen and left out (besides those listed in earlier sets' docstrings): other files of Young-TW/note
(multi-round LMCache runs with prompts of "~2048" tokens, charts, a parity CSV; and `benchmark.md` at
commit 0061b15 under `work/NCHC/LMCache/ROCm/`, the same measurement as the file cited); other notes of
AUGMXNT/llm-tracker.info-vault (`_TOORG/vLLM MI300X vs H100.md` and `DeepSeek-V3 Testing.md`: ShareGPT
prompts, outputs not fixed, the latter multi-node), AUGMXNT/speed-benchmarking (`nvfp4/`: an RTX PRO 6000,
not in the catalogue) and AUGMXNT/MI300-testing (llama.cpp only); dennislee22/vLLM-benchmarking again
(its later Qwen2.5-32B tests on A100 80 GB print totals of exactly prompts x 1024, but the server logs show
prefix-cache hit rates of 35-48 % from repeated seeded prompts, the memory fraction is not stated and TP 2
runs across Ray pods); seungrokj/ootb_vllm (result tables empty); France-Travail/
results_benchmark_llm_serving (prompts of "roughly" N tokens of novel text, H100 / A100 variant not
stated, per-request medians); varad-more/inference-engine-benchmark-system (A10G, outputs not held
fixed, ramp aggregates); MLPerf inference results, e.g. AMD's 1 x MI300X Llama 2 70B offline (OpenOrca,
variable lengths, mean input not stated; other MLPerf systems run replicas); robertgshaw2-neuralmagic/
vllm-benchmarking (A100 40 / 80 GB not stated) and neuralmagic/vllm-benchmarking (GPU not stated); an
Isambard-AI log (multi-node GH200, PP 2 x TP 4); Jacob0226/SGLang-benchmarks (MI355X / B200, GLM);
big-yellow-duck (RDNA4); er0080 (RTX 3090); llmperf runs on A10G (mean / stddev lengths); Melange, KAITO,
the dstack blog (re-publishes the cited dstackai/benchmarks), DataCrunch blogs, tensorchord,
llama-recipes, NeMo launcher (GPT models), openshift-psap (methodology only), ROCm/gpuaidev (tutorials),
LambdaLabsML repositories, vultr/vllm-to-sglang (no numbers); vLLM, SGLang and TensorRT-LLM documentation
or blog example outputs (no hardware, or an already cited repository); serving logs on random data
without --ignore-eos (outputs not fixed, e.g. 1000 prompts printing 45250 or 119497 generated tokens);
SGLang bench_offline_throughput logs on ShareGPT or on random lengths; a Qwen3.5-9B speculative-decoding
sweep; an NVFP4 Helion comparison; A100 40 GB vLLM 0.2 tables, a Llama 2 70B TP 2 latency log and an H200
decode note whose repositories could not be identified; yiliu30/vllm-fork (Gaudi); sariekr/gpu_conc; a
vLLM vs TGI post. Figures skipped because the catalogue does not know the model or GPU: gpt-oss, GLM 4.x,
Qwen3.5, LFM2.5, Qwen2 / Qwen2-VL, Gemma 4, Granite 3.3, Mistral Large, Step-3.5, Qwen3-Coder-480B,
DeepSeek V3.2; GPUs MI355X / MI350X, MI100, GH200, H20, TPU v4 / v5, Ascend, RTX 3090 / 4090 / A5000,
RTX PRO 6000, Radeon RDNA4, Strix Halo (gfx1151). Engines the row format may not express (TGI, NIM-only
tables, Atma, LightLLM, Ollama, llama.cpp) were not needed: every row is vLLM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_q() -> tuple[PublishedFigure, ...]:
    """Every held-out Q row, in source order."""
    from benchmarks.sizing.published_q_nchc import nchc_rows
    from benchmarks.sizing.published_q_vault import vault_rows

    return (*nchc_rows(), *vault_rows())


__all__ = ["held_out_q"]
