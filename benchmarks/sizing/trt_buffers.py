"""TensorRT-LLM's per-slot decoder and runtime buffers, allocated before its KV pool is sized.

TensorRT-LLM's C++ runtime (the TensorRT-engine path, `TRTGptModel`) gives the KV cache a fraction of
the memory *left* once the engine, its execution context, the runtime buffers and the decoder are
allocated (`figure_setup.figure_deployment` turns that into a share of total memory). The model counted
a fixed runtime (`Efficiency.runtime_overhead_gb`), one prefill chunk's activations and 256 sequences'
fp32 logits; it did not count the buffers the runtime sizes for every batch slot the engine was built
for, which grow with the engine's maximum batch times the vocabulary.

Source: a `trtllm-bench throughput` log of TensorRT-LLM 0.16.0 (Llama-3.1-70B FP8, TP 8, engine built
for max batch 2048 and 8192 tokens), held-out K's source file
https://github.com/shaamil101-etched/trtllm-benchmarks/blob/aeec9f291501c26fe34b773c7a157f3bb1fbce24/results/result_4096_4096_400.txt,
prints on every rank "[MemUsageChange] Allocated 1.63 GB GPU memory for runtime buffers." and
"Allocated 3.30 GB GPU memory for decoder." before "Memory usage when calculating max tokens in paged kv
cache" and "Number of blocks in KV cache primary pool: 42668" (64-token blocks: 2.73 M tokens, 333
sequences of 8192; the model had 3.28 M tokens, 400 sequences, so 4096/4096's 400 requests ran in one
wave in the model and two on the GPU). Per slot and vocabulary entry: (3.30 + 1.63) GB / (2048 x 128256)
= 18.8 bytes, i.e. about four to five fp32 values per vocabulary entry per slot (logits, probabilities
and the sampling workspaces of the decoder). Taken as proportional to max batch x vocabulary; the
log is one engine, so that scaling is an assumption (said in the validation text).

Not modelled: the launcher's own memory on rank 0 (that log shows 57.87 GiB available on rank 0 and
61.4 GiB on the others; every rank's pool is sized like the smallest), which no other source states.

Applies to engines whose KV fraction is of free memory and that run a TensorRT engine (not the PyTorch
backend of TensorRT-LLM 1.x). Motivated by held-out K (seen): trtllm-bench 8 x H100 4096/4096 +35 %.
"""

from __future__ import annotations

# The log's buffers: bytes, engine max batch, Llama 3 vocabulary.
LOG_DECODER_BYTES = 3.30e9
LOG_RUNTIME_BUFFER_BYTES = 1.63e9
LOG_MAX_BATCH = 2048
LOG_VOCAB = 128256
BYTES_PER_SLOT_VOCAB = (LOG_DECODER_BYTES + LOG_RUNTIME_BUFFER_BYTES) / (LOG_MAX_BATCH * LOG_VOCAB)


def runs_trt_engine(engine: str) -> bool:
    """Whether `engine` (a published engine name) is TensorRT-LLM's TensorRT-engine path, not its PyTorch backend."""
    name = engine.lower()
    return ("tensorrt-llm" in name or "trt-llm" in name or "trtllm" in name) and "pytorch" not in name


def slot_buffer_bytes(max_batch: int, vocab: int) -> float:
    """Bytes per GPU the runtime allocates for `max_batch` slots' decoder and runtime buffers."""
    return max_batch * vocab * BYTES_PER_SLOT_VOCAB


__all__ = ["BYTES_PER_SLOT_VOCAB", "runs_trt_engine", "slot_buffer_bytes"]
