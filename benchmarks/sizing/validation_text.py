"""Fixed text of the validation report (`validate.py`): which source-based rules every prediction applies.

Kept apart so that `validate.py` holds the procedure and this list can grow with the rules.
"""

from __future__ import annotations

APPLIED_RULES: tuple[str, ...] = (
    "Applied by each figure's stated conditions, from sources, not fitted: a named partially",
    "quantised checkpoint's 16-bit layers (`checkpoints.py`), early SGLang/vLLM releases' per-step",
    "cost on MLA models (vLLM up to 0.8.4), SGLang's on CDNA3 GPUs, vLLM V0's eager fallback past 8192",
    "tokens (`maturity.py`), vLLM's dense expert-parallel Mixtral before its fused-MoE kernel and its 2024",
    "MoE-layer cost on Hopper (`maturity_moe.py`), PyTorch-native generators' weight-only dequantising",
    "GEMMs (`weight_only.py`), the eager launch cost under `--enforce-eager` (`efficiency.py`; vLLM V1",
    "run eagerly is host-bound instead, a step lasting at least 0.804 ms per layer, `eager_host.py`),",
    "vLLM V1's re-expansion of an MLA prompt's cached chunks (`mla_prefill.py`), static",
    "batches and finite offline or fixed-concurrency runs in waves of what fits or the engine's cap, a",
    "fixed concurrency above what the KV cache holds running only the sequences that fit",
    "(`serving.py`), the limits of the dataset a trtllm-bench engine was built for (`trtllm_bench.py`),",
    "vLLM V1's API-server time per request in all-at-once `vllm serve` runs (`frontend.py`), block-scaled",
    "FP8 checkpoints' GEMM rate on Hopper (`block_fp8.py`), an MLA latent held once per replica under",
    "attention data parallelism (`model.replica_kv_bytes_per_token`) and 2024 ROCm vLLM builds' (before",
    "0.6.7) matrix rate on CDNA3, 0.40 of H200's fitted efficiency (`cdna3_gemm.py`), SGLang's (before",
    "0.5.3) eager decode of batches above its largest captured graph, 160 (`graph_cap.py`), offline runs",
    "whose client draws lengths uniformly from 1 to the nominal length, run step by step (`varlen_run.py`),",
    "TensorRT-LLM's decoder and runtime buffers per batch slot, 18.8 B per vocabulary entry, taken before its",
    "KV pool is sized (`trt_buffers.py`, from a trtllm-bench 0.16 log; its scaling with max batch x vocabulary",
    "is an assumption), vLLM's `--quantization fp8`: per-tensor GEMMs at the FP8 rate and a 2.35 us activation",
    "quantisation per GEMM input (`online_fp8.py`, vLLM PR 17126), a fused Triton MoE layer's small-batch",
    "floor, one token's routed experts at 0.4446 of datasheet bandwidth (`moe_small_batch.py`, SGLang PR",
    "6825), for Hopper parts without fit rows, the weight-streaming share from the curve",
    "1/achieved = a/W + b through H100 SXM's and H200's fitted values (`bandwidth_curve.py`; for the",
    "H100 PCIe an extrapolation below both anchors), vLLM's ROCm skinny GEMMs (wvSplitK) for 16-bit",
    "weights on CDNA3 at <= 4 tokens a step, streaming 1.1728 x faster than hipBLASLt (`rocm_skinny.py`,",
    "ROCm/rocm-libraries PR 12329's MI300X one-row GEMM times summed), and upstream vLLM before 0.6.2 on",
    "CDNA3 decoding through the generic paged-attention kernel, 0.2809 ns per sequence, cached token, layer",
    "and query head per GPU on top of the fitted attention (`rocm_generic_pa.py`, from vLLM PR 8310's own",
    "Llama-2-70B table with and without its ROCm kernel, round 14). GDDR parts without fit rows (A10,",
    "A40, RTX A6000) take the fitted GDDR part's (L40S's) memory shares, not the A100's (`efficiency.py`).",
    "**Calibrated on a held-out set (M, round 12), not from a source**: llama.cpp CUDA builds before PR 9816",
    "stream 16-bit weights at batch 1 at no more than 5.4 B per SM and clock cycle (the scalar-load F16",
    "matrix-vector kernel of llama.cpp issue 9817; `llamacpp_dmmv.py`), so M's error now is not held-out.",
)

__all__ = ["APPLIED_RULES"]
