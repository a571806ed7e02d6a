"""Held-out E, third part: gpt-fast's single-stream decode on A100 80 GB at TP 1, 2, 4 and 8.

Every row is `role="held-out"` by the rule stated in `published_e.py`. gpt-fast (the
PyTorch team's "simple and efficient pytorch-native transformer text generation", the
pytorch-labs/gpt-fast repository) prints, in its two READMEs, tokens per second at batch 1
for Llama 2 7B and 70B and for Mixtral 8x7B on an 8 x A100 80 GB machine, at one to eight
GPUs in tensor parallel. These are the only figures found that put the same model at
TP 1, 2, 4 and 8 on one machine at batch 1, which is where the issue found the predicted
inter-token latency too short (TP communication), and the only MoE rows of the set.

Chosen by rule before any prediction: every 16-bit ("Base" / "baseline(bfloat16)") cell of
the tensor-parallel tables (10 rows), plus the int8 cell where the 16-bit model does not fit
on one GPU (Llama 2 70B and Mixtral 8x7B at TP 1, 2 rows), mode "static" at batch 1.
Left out: the 4-bit rows (group-wise int4 weight-only kernels), the other int8 rows (kept
to the two that give a TP 1 point), the speculative-decoding row, and the MI250X rows (the
catalogue has no MI250X).

Conditions, from the READMEs and `generate.py`: batch 1; "a very small prompt length (just
5 tokens)" (the default prompt "Hello, my name is"); 200 new tokens (`--max_new_tokens`
default; generation does not stop early outside interactive mode); tokens/s = generated
tokens / wall time of the whole `generate` call (prefill of the 5-token prompt included),
averaged over 5 samples after a compile warm-up; torch.compile(mode="reduce-overhead"),
i.e. CUDA graphs; bfloat16 activations; tensor parallel by torchrun with
ENABLE_INTRA_NODE_COMM=1 (PyTorch's intra-node all-reduce). Hardware: "8xA100-80GB, power
limited to 330W with a hybrid cube mesh topology" (an HGX/DGX A100, SXM4, NVLink 3).
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure
    from benchmarks.sizing.specs import WeightDtype

_REPO = "https://github.com/pytorch-labs/gpt-fast/blob/{commit}/{path}"
GPTFAST_README = _REPO.format(commit="0f925b5d4ce457b89a7ca6c9ce50f42bf2576945", path="README.md")
GPTFAST_MIXTRAL = _REPO.format(commit="056f8fb439caa74224b37103c1d2535583069607", path="mixtral-moe/README.md")
GPTFAST_GENERATE = _REPO.format(commit="0055c42dfeb98f5c3e1a1ab8c2e4b3025f7d3f3a", path="generate.py")

_PROMPT_TOKENS, _NEW_TOKENS = 5, 200

# (source, table as printed, model, weight dtype, TP, printed tokens/s)
_ROWS: tuple[tuple[str, str, str, WeightDtype, int, float], ...] = (
    (GPTFAST_README, "'Tensor Parallelism' table, Llama-2-7B", "Llama-2-7B", "bf16", 1, 104.9),
    (GPTFAST_README, "'Tensor Parallelism' table, Llama-2-7B", "Llama-2-7B", "bf16", 2, 168.84),
    (GPTFAST_README, "'Tensor Parallelism' table, Llama-2-7B", "Llama-2-7B", "bf16", 4, 254.02),
    (GPTFAST_README, "'Tensor Parallelism' table, Llama-2-7B", "Llama-2-7B", "bf16", 8, 328.43),
    (GPTFAST_README, "'Tensor Parallelism' table, Llama-2-70B", "Llama-2-70B", "bf16", 2, 21.32),
    (GPTFAST_README, "'Tensor Parallelism' table, Llama-2-70B", "Llama-2-70B", "bf16", 4, 38.01),
    (GPTFAST_README, "'Tensor Parallelism' table, Llama-2-70B", "Llama-2-70B", "bf16", 8, 62.50),
    (GPTFAST_README, "'Benchmarks' table, Llama-2-70B, 8-bit (one GPU)", "Llama-2-70B", "int8", 1, 19.13),
    (GPTFAST_MIXTRAL, "'Benchmarks' table, row baseline(bfloat16)", "Mixtral-8x7B", "bf16", 2, 78.75),
    (GPTFAST_MIXTRAL, "'Benchmarks' table, row baseline(bfloat16)", "Mixtral-8x7B", "bf16", 4, 118.23),
    (GPTFAST_MIXTRAL, "'Benchmarks' table, row baseline(bfloat16)", "Mixtral-8x7B", "bf16", 8, 203.69),
    (GPTFAST_MIXTRAL, "'Benchmarks' table, row int8", "Mixtral-8x7B", "int8", 1, 56.04),
)


def gptfast_rows() -> list[PublishedFigure]:
    """The gpt-fast rows of held-out E."""
    from benchmarks.sizing.published import Engine, PublishedFigure

    engine = Engine(
        name="gpt-fast (PyTorch, torch.compile reduce-overhead, batch 1)",
        memory_fraction=0.90,
        max_batch=1,
        max_num_tokens=_PROMPT_TOKENS,
        kv_block_tokens=1,
        reserve_full_sequence=True,  # a static KV cache sized for prompt + new tokens, allocated up front
        fraction_of_free=False,
    )
    rows = []
    for source, table, model, dtype, tp, tokens_per_s in _ROWS:
        rows.append(
            PublishedFigure(
                key=f"e-gptfast-{model.lower()}-a100-80gb-tp{tp}-{dtype}-b1",
                source=source,
                where=f"{table}, {tp} GPU{'s' if tp > 1 else ''}: {tokens_per_s} tokens/s",
                engine=engine,
                model=model,
                gpu="A100-80GB",
                tp=tp,
                weight_dtype=dtype,
                kv_dtype="bf16",
                input_tokens=_PROMPT_TOKENS,
                output_tokens=_NEW_TOKENS,
                mode="static",
                load=1,
                metric="output_tokens_per_s",
                published=tokens_per_s,
                role="held-out",
                requests=5,
                note=f"Printed: {tokens_per_s} tokens/s at batch 1 ('tokens/s/user'), {tp} x A100 80 GB SXM4 "
                "power-limited to 330 W (hybrid cube mesh: an HGX/DGX A100 with NVLink 3). gpt-fast generate.py "
                f"({GPTFAST_GENERATE}): prompt of 5 tokens, {_NEW_TOKENS} new tokens (the CLI default), tokens/s = "
                "generated tokens / time of the whole call (the tiny prefill included), mean of 5 samples; "
                "torch.compile with CUDA graphs; bfloat16 activations and KV cache; tensor parallel over "
                "torchrun with ENABLE_INTRA_NODE_COMM=1. "
                + (
                    "Weights int8 weight-only (gpt-fast's WeightOnlyInt8QuantHandler: int8 weights, per-channel "
                    "scales, bfloat16 compute), the only way this model fits one GPU in the table. "
                    if dtype == "int8"
                    else "Weights bfloat16 ('Base' / 'baseline(bfloat16)'). "
                )
                + (
                    "Model: mistralai/Mixtral-8x7B-v0.1 (the README's download step), an MoE reading 2 of 8 experts "
                    "per layer per token."
                    if model == "Mixtral-8x7B"
                    else f"Model: meta-llama/{model}-chat-hf (the README's supported-models list)."
                ),
            )
        )
    return rows


__all__ = ["gptfast_rows"]
