"""SGLang's Triton MLA backend: a prefill chunk with a cached prefix attends in the absorbed form.

An MLA model can attend in two forms. Expanded ("MHA"): K and V are up-projected per head, and each
(query, key) pair costs 2 * H * ((d + rope) + d) FLOPs per layer, as FlashAttention runs it. Absorbed
("MLA"/"MQA"): the up-projections are folded into the query and output, every head scores against the
whole cached latent (kv_lora_rank + rope elements) and sums values over the kv_lora_rank latent, so a
pair costs 2 * H * (2 r + rope) FLOPs, 3.4 times as many on DeepSeek-V3/R1 (r = 512, rope = 64, d = 128:
278,528 against 81,920). Decode runs absorbed everywhere (one query token per sequence: the latent is
read once, the FLOPs do not matter). Prefill should run expanded.

SGLang's Triton backend, the default for MLA models up to its 0.4.5 release, chose the form per
forward batch: `python/sglang/srt/models/deepseek_v2.py`, `DeepseekV2AttentionMLA.no_absorb` ("Triton:
Use normal computation for prefill and use weight absorption for extend/decode"): the expanded form
only when the batch is an extend and `forward_batch.extend_prefix_lens.sum() == 0`, i.e. no request of
the batch has cached tokens before the new ones. A prompt longer than the chunked-prefill budget is
prefilled in chunks; every chunk after the first has its earlier chunks as a cached prefix, so it
attends in the absorbed form. FA3 became SGLang's default MLA backend on Hopper with
sgl-project/sglang#5210 ("feat: use fa3 mla by default on hopper", merged 2025-04-09, after the 0.4.5
release), so the rule stops before 0.4.5.post1; what FA3's extend path did with a cached prefix in
those weeks was not read for this, so the later releases keep the expanded form.

Attention FLOPs of one prompt of n tokens prefilled in chunks of b (causal: query i sees i keys):
    expanded throughout           L * n^2 / 2 * f_pre
    absorbed after the first chunk L * (b^2 / 2 * f_pre + (n^2 - b^2) / 2 * f_dec)     (n > b)
f_pre = 2 H (2 d + rope), f_dec = 2 H (2 r + rope) (`ModelSpec.attention_flops_per_cached_token`).
A DeepSeek-R1 prompt of 30,000 tokens at a budget of 8,192: 2.25e15 FLOPs expanded, 7.24e15 with the
later chunks absorbed; the difference, 5.0e15, is over twice the prompt's own weight-GEMM FLOPs (2.1e15).

Not modelled: the batch-level form of the rule (a prompt shorter than the budget that shares an
extend batch with another request's continuation chunk also runs absorbed), and any difference in
kernel efficiency between Triton's extend kernel and FlashAttention (both run at the fitted mfu).

Rule (by engine release and model, never by row): SGLang releases before 0.4.5.post1 that state their
version, serving an MLA model. Motivated by held-out N (seen after round 12): SGLang 0.4.5's
DeepSeek-R1 rows were +68 % at 1000/2000 and +121 / +192 % at 10000/500 and 30000/100, the error
growing with the prompt. Held-out I's SGLang 0.4.5.post3 rows (seen; FA3 by default) are outside the
rule: applying it to them as well turned their 30000-token rows from +27 % to -23 %, so the two releases
did not prefill alike, as the backend change says.
"""

from __future__ import annotations

import re

from benchmarks.sizing.specs import ModelSpec

# First SGLang release after sgl-project/sglang#5210 (FA3 the default MLA backend on Hopper),
# as (major, minor, patch, post).
SGLANG_FA3_MLA_FROM = (0, 4, 5, 1)
_SGLANG = re.compile(r"\bsglang\s+v?(\d+)\.(\d+)\.(\d+)(?:\.post(\d+))?", re.IGNORECASE)


def sglang_release(engine: str) -> tuple[int, int, int, int] | None:
    """(major, minor, patch, post) of the SGLang release `engine` names (post 0 when none), else None."""
    match = _SGLANG.search(engine)
    if match is None or not engine.strip().lower().startswith("sglang"):
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3)), int(match.group(4) or 0)


def absorbs_extend(model: ModelSpec, engine: str) -> bool:
    """Whether `engine` runs the prefill chunks of `model` that have a cached prefix in the absorbed form."""
    if not model.mla_kv_dim:
        return False
    release = sglang_release(engine)
    return release is not None and release < SGLANG_FA3_MLA_FROM


def prompt_attention_flops(model: ModelSpec, prompt: float, chunk: int, absorbed_extend: bool) -> float:
    """Attention FLOPs (whole replica, every layer) of prefilling one `prompt`-token prompt in chunks of
    `chunk`; with `absorbed_extend` the chunks after the first attend in the absorbed form (see above)."""
    expanded = model.attention_flops_per_cached_token(decode=False)
    if not absorbed_extend or not model.mla_kv_dim or prompt <= chunk:
        return model.layers * prompt**2 / 2 * expanded
    absorbed = model.attention_flops_per_cached_token(decode=True)
    return model.layers * (chunk**2 / 2 * expanded + (prompt**2 - chunk**2) / 2 * absorbed)


__all__ = ["SGLANG_FA3_MLA_FROM", "absorbs_extend", "prompt_attention_flops", "sglang_release"]
