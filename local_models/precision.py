"""The number format the transformers engine computes in, and a float32 output head for bfloat16.

Imported when an engine loads its model (it imports torch).
"""

from __future__ import annotations

from typing import Any

import torch

__all__ = ["Float32Head", "float32_logits", "model_dtype"]


def model_dtype(setting: str, on_gpu: bool) -> torch.dtype:
    """The torch dtype to load the model in, for the `dtype` setting (auto, float32, bfloat16).

    `auto` picks bfloat16 where the hardware computes in it: on a GPU, and on a CPU whose
    oneDNN has native bfloat16 kernels (AVX512-BF16 or AMX). There it halves the weight
    bytes every decode step reads and speeds prefill up (SmolLM2 on this project's 2-core
    CPU: a 320-token prefill took 0.5 s against 1.5 s in float32), and prefill is what
    grows with the number of requests batched together
    (benchmarks/results/local/batching.md). Elsewhere bfloat16 is emulated and slower
    than float32.
    """
    if setting == "float32":
        return torch.float32
    if setting == "bfloat16" or on_gpu:
        return torch.bfloat16
    return torch.bfloat16 if _cpu_computes_bfloat16() else torch.float32


def _cpu_computes_bfloat16() -> bool:
    """Whether oneDNN has native bfloat16 kernels on this CPU (AVX512-BF16 or AMX)."""
    return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())


def float32_logits(model: Any) -> None:
    """Give a bfloat16 model a float32 output head, so that its logits are float32.

    bfloat16 keeps 8 bits of mantissa: logits near 20 are rounded to steps of 0.125, and the
    two best tokens often come out exactly equal, so a greedy request (which the batching
    manager samples at a tiny temperature) would pick between them at random and the same
    request would not give the same answer twice. The head costs a float32 copy of the
    output embedding (113 MB for SmolLM2) read at every step; the rest of the model stays
    in bfloat16.
    """
    head = model.get_output_embeddings()
    if head.bias is not None:
        raise ValueError("float32_logits handles output heads without a bias")
    model.set_output_embeddings(Float32Head(head.weight.detach().to(torch.float32).clone()))


class Float32Head(torch.nn.Module):
    """A bias-free linear output head in float32, whatever the dtype of the hidden states."""

    def __init__(self, weight: torch.Tensor) -> None:
        super().__init__()
        self.weight = torch.nn.Parameter(weight, requires_grad=False)

    def forward(self, hidden: torch.Tensor) -> torch.Tensor:
        """Logits in float32."""
        return torch.nn.functional.linear(hidden.to(torch.float32), self.weight)
