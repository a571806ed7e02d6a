"""Measure decode tokens/s of Llama-3.1-8B's architecture, random bf16 weights, on one CUDA GPU.

Why: the sizing model's decode roofline (`model.py`) was calibrated on published
figures only; this gives it a measurement of ours. The architecture is Meta's
published `config.json` for Llama-3.1-8B; the weights are random (nothing is
downloaded), which changes no shape, byte count or kernel, so step time is that of
the real model.

Each batch size is prefilled to `--prompt` tokens and then decodes `--steps` tokens
into a static KV cache (`cache_slots`), greedy, two ways:
  * eager: one Python-driven forward per step, as plain transformers runs;
  * graph: the same step captured once as a CUDA graph and replayed, which removes
    kernel-launch overhead as serving engines (vLLM) do.
With a static cache, attention reads every slot every step (masked), so the
prediction to compare with uses the cache length as context.

Deliberately standalone (torch + transformers + stdlib, run as a file) so that it runs
on a bare GPU image: `python benchmarks/sizing/gpu_decode.py --out DIR`. It writes
`gpu_decode.json` after every batch, so a run cut short still leaves its results.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
import transformers
from transformers import AttentionInterface, LlamaConfig, LlamaForCausalLM, StaticCache
from transformers.integrations.sdpa_attention import sdpa_attention_forward
from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

# https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json
LLAMA_31_8B: dict[str, Any] = {
    "vocab_size": 128256,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": 8,
    "head_dim": 128,
    "max_position_embeddings": 131072,
    "rms_norm_eps": 1e-5,
    "rope_theta": 500000.0,
    "rope_scaling": {
        "rope_type": "llama3",
        "factor": 8.0,
        "low_freq_factor": 1.0,
        "high_freq_factor": 4.0,
        "original_max_position_embeddings": 8192,
    },
    "tie_word_embeddings": False,
}


def build_model(config: LlamaConfig, device: str) -> LlamaForCausalLM:
    """Random-weight bf16 model created directly on `device` (initialising 8B on the CPU takes minutes)."""
    torch.manual_seed(0)
    previous = torch.get_default_dtype()
    torch.set_default_dtype(torch.bfloat16)
    try:
        with torch.device(device):
            model = LlamaForCausalLM(config)
    finally:
        torch.set_default_dtype(previous)
    model.train(False)  # inference: no dropout
    return model


def packed_gqa_attention(
    module: torch.nn.Module,
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    attention_mask: torch.Tensor | None,
    **kwargs: Any,
) -> tuple[torch.Tensor, None]:
    """Decode attention that reads each KV head once instead of copying it per query head.

    With a mask, SDPA cannot use its own GQA support, and transformers releases that do
    not pack queries repeat the 8 KV heads to 32, copying the whole KV cache every step
    (5.23 packs queries itself; 5.17's stock path, on the GPU image, measured 4-8x slower
    than this at batch >= 64). Folding the query heads that share a KV head into the
    query-length axis (the idea of vLLM's and FlashInfer's GQA decode kernels) leaves SDPA
    one read of the cache. Prefill keeps the stock path.
    """
    batch, heads, q_length, head_dim = query.shape
    groups = heads // key.shape[1]
    if q_length != 1 or groups == 1:
        return sdpa_attention_forward(module, query, key, value, attention_mask, **kwargs)
    packed = query.reshape(batch, key.shape[1], groups, head_dim)
    out = torch.nn.functional.scaled_dot_product_attention(
        packed, key, value, attn_mask=attention_mask, scale=kwargs.get("scaling")
    )
    return out.reshape(batch, heads, 1, head_dim).transpose(1, 2).contiguous(), None


AttentionInterface.register("packed_gqa", packed_gqa_attention)
AttentionMaskInterface.register("packed_gqa", sdpa_mask)


_UNTIMED_STEPS = 8


def cache_slots(prompt: int, steps: int) -> int:
    """Static-cache length: the prompt, both timed passes (eager, graph) and their warm-ups.

    Some transformers releases (5.17 on the GPU image) place each new token by the
    cache's own fill count rather than the `cache_position` passed in, so every step
    of both passes needs a slot of its own or the cache write goes out of bounds.
    """
    return prompt + 2 * steps + _UNTIMED_STEPS


class DecodeRun:
    """One batch size: a prefilled static cache and a decode step that can be replayed."""

    def __init__(self, model: LlamaForCausalLM, batch: int, prompt: int, steps: int, chunk: int) -> None:
        self.model = model
        self.prompt = prompt
        device = model.device
        self.cache = StaticCache(config=model.config, max_cache_len=cache_slots(prompt, steps))
        ids = torch.randint(0, model.config.vocab_size, (batch, prompt), device=device)
        for start in range(0, prompt, chunk):
            end = min(prompt, start + chunk)
            out = self._forward(ids[:, start:end], torch.arange(start, end, device=device))
        self.next_ids = out.logits[:, -1].argmax(-1, keepdim=True)
        self.position = torch.tensor([prompt], device=device)

    def _forward(self, ids: torch.Tensor, positions: torch.Tensor) -> Any:
        return self.model(
            input_ids=ids, past_key_values=self.cache, cache_position=positions, use_cache=True, logits_to_keep=1
        )

    def step(self) -> None:
        """Decode one token per sequence at `self.position` (in place: graph-capturable)."""
        out = self._forward(self.next_ids, self.position)
        self.next_ids.copy_(out.logits[:, -1].argmax(-1, keepdim=True))


def _time_steps(advance: Callable[[], object], run: DecodeRun, steps: int) -> float:
    """Seconds per decode step over `steps` steps, positions prompt .. prompt + steps - 1."""
    torch.cuda.synchronize()
    start = time.perf_counter()
    for index in range(steps):
        run.position.fill_(run.prompt + index)
        advance()
    torch.cuda.synchronize()
    return (time.perf_counter() - start) / steps


def measure_batch(model: LlamaForCausalLM, batch: int, prompt: int, steps: int, chunk: int) -> dict[str, Any]:
    """Eager and CUDA-graph seconds per step for one batch size."""
    result: dict[str, Any] = {"batch": batch}
    with torch.inference_mode():
        run = DecodeRun(model, batch, prompt, steps, chunk)
        run.step()  # warm-up at the first decode position (overwritten when timed)
        eager = _time_steps(run.step, run, steps)
        result.update(eager_s_per_step=eager, eager_tokens_per_s=batch / eager)
        try:
            stream = torch.cuda.Stream()  # type: ignore[no-untyped-call]
            stream.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(stream):
                for _ in range(3):
                    run.step()
            torch.cuda.current_stream().wait_stream(stream)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph):
                run.step()
            replayed = _time_steps(graph.replay, run, steps)
            result.update(graph_s_per_step=replayed, graph_tokens_per_s=batch / replayed)
        except Exception as exc:  # noqa: BLE001 - a failed capture is reported, eager still stands
            result["graph_error"] = f"{type(exc).__name__}: {exc}"[:500]
    result["peak_memory_gb"] = torch.cuda.max_memory_allocated() / 1e9
    del run
    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--batches", default="1,8,32,64,128,256")
    parser.add_argument("--prompt", type=int, default=1024)
    parser.add_argument("--steps", type=int, default=128)
    parser.add_argument("--chunk", type=int, default=512, help="prefill chunk, tokens")
    parser.add_argument("--attention", choices=("sdpa", "packed_gqa"), default="sdpa")
    args = parser.parse_args()
    config = LlamaConfig(**LLAMA_31_8B)
    config._attn_implementation = args.attention
    started = time.perf_counter()
    model = build_model(config, "cuda")
    report: dict[str, Any] = {
        "model": "Llama-3.1-8B (architecture from Meta's config.json, random weights)",
        "dtype": "bf16",
        "attention": args.attention,
        "gpu": torch.cuda.get_device_name(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "python": platform.python_version(),
        "parameters": sum(p.numel() for p in model.parameters()),
        "prompt_tokens": args.prompt,
        "decode_steps": args.steps,
        "cache_slots": cache_slots(args.prompt, args.steps),
        "build_s": time.perf_counter() - started,
        "batches": [],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "gpu_decode.json"
    for batch in (int(b) for b in args.batches.split(",")):
        try:
            report["batches"].append(measure_batch(model, batch, args.prompt, args.steps, args.chunk))
        except torch.cuda.OutOfMemoryError as exc:
            report["batches"].append({"batch": batch, "error": f"out of memory: {exc}"[:300]})
            torch.cuda.empty_cache()
        path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(report["batches"][-1]), flush=True)


if __name__ == "__main__":
    main()
