"""Held-out G, static-batch rows: Llama 3 70B on MI300X at TP 1, 2, 4 and 8 (see `published_g.py`).

Every row here is `role="held-out"` and was written down before any prediction of it; the
rule and its reason are in `published_g.py`'s docstring.

* Argonne's LLM-Inference-Bench (argonne-lcf/LLM-Inference-Bench, files at a commit): the
  combined results table `Plots/All_results.csv`, rows "AMD MI300X GPU, <n>, vLLM,
  meta-llama/Meta-Llama-3-70B, 1024, <batch>": one batch of `batch` prompts of 1024 random
  token ids, each generating exactly 1024 tokens (`ignore_eos`), timed to completion by the
  repository's `vLLM/MI300X/benchmark_throughput.py` (a copy of vLLM's `benchmark_latency.py`
  that writes the CSV) on vLLM v0.6.1 built for ROCm (`vLLM/MI300X/README.md`), FP16.
  Batches 16 and 64 at TP 1, 2, 4 and 8: mode "static", 8 rows. The table's "Throughput"
  column is batch x (input + output) / latency, so the output rate is batch x 1024 / latency.

This is a 2024 engine (vLLM 0.6.1 on ROCm), older than the rest of set G; it is kept because
it is the only clean multi-GPU MI300X sweep found (TP 1 to 8 on one model, fixed lengths and
batches), and its version is stated on every row. Batch 1 rows and lengths other than 1024
are left out: the table's batch-1 latencies at short lengths are not proportional to the
number of generated tokens (e.g. Llama 2 7B: 128 tokens in 2.15 s, 256 in 2.21 s), which
points at a fixed start-up cost in that script rather than decode speed.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

_REPO = "https://github.com/argonne-lcf/LLM-Inference-Bench/blob/{commit}/{path}"
ARGONNE_RESULTS = _REPO.format(commit="4de4e8723b661851bf01bd2ec16c0a0d1216fa3d", path="Plots/All_results.csv")
ARGONNE_MI300X_README = _REPO.format(commit="dc89c7327f7edcae7192691c1c74cbb0551047dd", path="vLLM/MI300X/README.md")
ARGONNE_MI300X_SCRIPT = _REPO.format(
    commit="dc89c7327f7edcae7192691c1c74cbb0551047dd", path="vLLM/MI300X/benchmark_throughput.py"
)

_LENGTH = 1024  # 'Input Output Length': input = output = 1024 tokens

# (GPUs = TP, batch, printed 'Latency' in s, printed 'Throughput' in tokens/s)
_ROWS: tuple[tuple[int, int, float, float], ...] = (
    (1, 16, 127.66417567299504, 256.67341544532803),
    (1, 64, 465.7996567480004, 281.39136236184584),
    (2, 16, 58.41400250299921, 560.9613893230062),
    (2, 64, 222.29365196899744, 589.6344715155437),
    (4, 16, 42.7672881949984, 766.193073794943),
    (4, 64, 142.89816571600386, 917.2406051767857),
    (8, 16, 32.684591955010546, 1002.5519071831848),
    (8, 64, 67.41631115099881, 1944.2179164390263),
)


def static_rows() -> list[PublishedFigure]:
    """Held-out G static-batch rows (Meta-Llama-3-70B, MI300X, TP 1-8)."""
    from benchmarks.sizing.published import VLLM, PublishedFigure

    # vLLM v0.6.1 LLM-class defaults: max_num_seqs 256, no chunked prefill at an 8192-token context, so one
    # prefill step takes up to max_model_len = 8192 tokens; gpu_memory_utilization 0.9 (the script's default).
    engine = VLLM.model_copy(
        update={"name": "vLLM v0.6.1 (ROCm build), LLM.generate on one batch (benchmark_latency-style script)"}
    )
    rows = []
    for tp, batch, latency_s, total_tok_s in _ROWS:
        output_tok_s = batch * _LENGTH / latency_s
        rows.append(
            PublishedFigure(
                key=f"g-argonne-llama-3-70b-mi300x-tp{tp}-fp16-b{batch}-{_LENGTH}-{_LENGTH}",
                source=ARGONNE_RESULTS,
                where=f"row 'AMD MI300X GPU,{tp},vLLM,meta-llama/Meta-Llama-3-70B,{_LENGTH},{batch},{latency_s},"
                f"{total_tok_s}' (Latency s, Throughput tokens/s)",
                engine=engine,
                model="Llama-3-70B",
                gpu="MI300X",
                tp=tp,
                weight_dtype="fp16",
                kv_dtype="fp16",
                input_tokens=_LENGTH,
                output_tokens=_LENGTH,
                mode="static",
                load=batch,
                metric="output_tokens_per_s",
                published=output_tok_s,
                role="held-out",
                requests=batch,
                note=f"printed: Latency {latency_s} s and Throughput {total_tok_s} tokens/s for one batch of {batch} "
                f"prompts; published = {batch} x {_LENGTH} / {latency_s} = {output_tok_s:.2f} output tokens/s (the "
                f"script's Throughput is batch x (input + output) / latency, {total_tok_s} / 2). The script "
                f"({ARGONNE_MI300X_SCRIPT}) builds {batch} prompts of {_LENGTH} random token ids, generates exactly "
                f"{_LENGTH} tokens each (ignore_eos=True, max_tokens={_LENGTH}) in one LLM.generate call and averages "
                "30 timed calls after 10 warm-up calls; dtype float16 (the run script's --dtype), KV cache in the "
                "same dtype (kv_cache_dtype 'auto'), gpu_memory_utilization 0.9, 16-token blocks, no chunked prefill. "
                f"Engine: vLLM v0.6.1 built from Dockerfile.rocm ({ARGONNE_MI300X_README}); the README's run script "
                "shows TP 1 only, so the TP 2-8 rows are taken to come from the same build with "
                "--tensor-parallel-size set (the table's 'Num of Hardware' column). GPU: AMD Instinct MI300X "
                "(192 GB). Model meta-llama/Meta-Llama-3-70B (base model, the Llama 3 70B architecture).",
            )
        )
    return rows


__all__ = ["static_rows"]
