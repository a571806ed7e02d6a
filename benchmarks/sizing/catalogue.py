"""The catalogue of common open-weight models and data-centre GPUs, with sources.

Model figures are copied from each repository's published `config.json` (the
`hf_repo` field names it: https://huggingface.co/<hf_repo>/blob/main/config.json);
`params` is the model card's total. The Instruct and base repositories of each model
share the architecture. GPU figures are the dense (not 2:4-sparse) tensor throughput
and the memory and bandwidth of the vendor's (NVIDIA's or AMD's) datasheet or product
page named in `source`; each GPU also lists the aliases vendors and benchmark pages use
(`h200-sxm`, `a100-sxm-80gb`, `NVIDIA H100 80GB HBM3`).

Memory: `memory_gb` is the datasheet's label; `visible_memory_mib` is what the driver
reports (nvidia-smi's total), which is what an engine divides between weights and KV
cache. Retrieved reports: H100 SXM 81559, A100 80GB 81920, A100 40GB 40960, A10 23028,
L40S 46068 and L4 23034 MiB (nvidia-smi totals listed in
https://github.com/modal-labs/modal-client/pull/2797); H100 NVL 99961274368 bytes
(https://github.com/fastfetch-cli/fastfetch/issues/1658); H200 143771 MiB (nvidia-smi
output in public logs, no vendor page states it). The other GPUs have no retrieved report
and use `memory_gb` * 1e9 bytes, which under-states their memory by up to ~7 %.

Which figures were checked against a retrieved page, and which were not: H100 SXM (989.4
BF16 / 1978.9 FP8 dense TFLOP/s, 3.35 TB/s, 900 GB/s NVLink) against
https://glennklockwood.com/garden/processors/h100; H200 (141 GB, 4.8 TB/s, 3,958 FP8 TFLOP/s
with sparsity = 1,979 dense, 900 GB/s NVLink) against
https://lzwjava.github.io/nvidia-h200-gpu-specs-en; MI300X memory (192 GB HBM3), bandwidth
(5.3 TB/s) and Infinity Fabric links (128 GB/s both directions per link, 7 links to the other
GPUs: the 896 GB/s below) against https://www.emergentmind.com/topics/amd-mi300x-gpu (its FLOP/s
are not re-retrieved). The other GPUs' figures cite the vendor page in `source` but were
written from it earlier and not re-retrieved. The per-step link latencies (`_NVLINK_HOP_US`,
`_PCIE_HOP_US`, `_XGMI_HOP_US`) are orders of magnitude from memory, not from a source; the
fitted all-reduce latency (`efficiency.py`) absorbs their error on the GPUs with TP > 1 fit
rows. Whether a node is fully connected (NVLink through NVSwitch, Infinity Fabric mesh), which
decides the all-reduce algorithm (`model.fully_connected`), is read from `interconnect`.

Efficiency factors that are not fitted are in `calibrate.py` with their sources: MI300X's
matmul efficiency (0.45 of peak, retrieved second-hand:
https://aiweekly.co/alerts/amd-mi300x-hits-only-45-of-peak-flops-in-practice) and the starting
link efficiencies (from memory).

Names are matched case-insensitively, with or without the organisation prefix and
with or without an -Instruct/-it suffix; an unknown name gets the closest matches.
"""

from __future__ import annotations

import difflib
import re

from benchmarks.sizing.errors import UnknownGpuError, UnknownModelError
from benchmarks.sizing.specs import GpuSpec, ModelSpec

_MOE_NOTE = "MoE: all experts are held in memory; decode reads only the experts its batch routes to."
_GEMMA2_NOTE = (
    "Every other layer uses a 4096-token sliding window; the KV formula counts full context "
    "for all layers, which over-estimates KV beyond 4096 tokens (conservative)."
)

_GEMMA3_NOTE = (
    "Five of every six layers use a 1024-token sliding window; the KV formula counts full context "
    "for all layers, which over-estimates KV beyond 1024 tokens (conservative). Text model only."
)


def _llama(
    name: str, repo: str, layers: int, hidden: int, heads: int, inter: int, params: float, tied: bool = False
) -> ModelSpec:
    return ModelSpec(
        name=name,
        hf_repo=repo,
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=8,
        head_dim=hidden // heads,
        intermediate_size=inter,
        vocab_size=128256,
        max_context=131072,
        params=params,
        tied_embeddings=tied,
    )


def _qwen25(size: str, layers: int, hidden: int, heads: int, kv: int, inter: int, params: float) -> ModelSpec:
    return ModelSpec(
        name=f"Qwen2.5-{size}",
        hf_repo=f"Qwen/Qwen2.5-{size}-Instruct",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=kv,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=152064,
        max_context=32768,
        params=params,
        notes="Context up to 131072 with YaRN rope scaling enabled.",
    )


def _llama2(size: str, layers: int, hidden: int, heads: int, kv: int, inter: int, params: float) -> ModelSpec:
    return ModelSpec(
        name=f"Llama-2-{size}",
        hf_repo=f"meta-llama/Llama-2-{size.lower()}-chat-hf",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=kv,
        head_dim=hidden // heads,
        intermediate_size=inter,
        vocab_size=32000,
        max_context=4096,
        params=params,
    )


def _qwen3(
    size: str, layers: int, hidden: int, heads: int, inter: int, params: float, tied: bool = False
) -> ModelSpec:
    return ModelSpec(
        name=f"Qwen3-{size}",
        hf_repo=f"Qwen/Qwen3-{size}",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=8,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=151936,
        max_context=40960,
        params=params,
        tied_embeddings=tied,
        notes="Context up to 131072 with YaRN rope scaling enabled.",
    )


def _qwen3_moe(size: str, layers: int, hidden: int, heads: int, inter: int, params: float) -> ModelSpec:
    return ModelSpec(
        name=f"Qwen3-{size}",
        hf_repo=f"Qwen/Qwen3-{size}",
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=4,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=151936,
        max_context=40960,
        params=params,
        experts=128,
        experts_per_token=8,
        notes=_MOE_NOTE,
    )


def _deepseek(
    name: str,
    repo: str,
    shape: tuple[int, int, int, int, int, int],
    shared: tuple[int, int, int],
    params: float,
) -> ModelSpec:
    """A DeepSeek-V2/V3 MoE with MLA, from its config.json.

    shape = (num_hidden_layers, hidden_size, num_attention_heads, moe_intermediate_size,
    n_routed_experts, num_experts_per_tok); shared = (n_shared_experts, first_k_dense_replace,
    intermediate_size of those dense layers). MLA: kv_lora_rank 512, qk_rope_head_dim 64,
    qk_nope_head_dim = v_head_dim = 128 in every release; q_lora_rank 1536 (V3/R1) or none (V2-Lite).
    """
    layers, hidden, heads, inter, experts, top_k = shape
    shared_experts, dense_layers, dense_inter = shared
    return ModelSpec(
        name=name,
        hf_repo=repo,
        layers=layers,
        hidden_size=hidden,
        attention_heads=heads,
        kv_heads=heads,
        head_dim=128,
        intermediate_size=inter,
        vocab_size=129280 if layers > 30 else 102400,
        max_context=163840,
        params=params,
        experts=experts,
        experts_per_token=top_k,
        dense_layers=dense_layers,
        dense_intermediate_size=dense_inter,
        shared_experts=shared_experts,
        mla_kv_dim=512 + 64,
        mla_rope_dim=64,
        q_lora_rank=1536 if layers > 30 else 0,
        notes=_MOE_NOTE + " MLA: KV is one 576-element latent per layer, held whole on every TP rank; "
        "decode attention runs in the absorbed form (scores against the latent).",
    )


MODELS: tuple[ModelSpec, ...] = (
    _llama2("7B", 32, 4096, 32, 32, 11008, 6.74e9),
    _llama2("13B", 40, 5120, 40, 40, 13824, 13.0e9),
    _llama2("70B", 80, 8192, 64, 8, 28672, 69.0e9),
    _llama("Llama-3.2-1B", "meta-llama/Llama-3.2-1B-Instruct", 16, 2048, 32, 8192, 1.24e9, tied=True),
    _llama("Llama-3.2-3B", "meta-llama/Llama-3.2-3B-Instruct", 28, 3072, 24, 8192, 3.21e9, tied=True),
    _llama("Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Instruct", 32, 4096, 32, 14336, 8.03e9),
    _llama("Llama-3-8B", "meta-llama/Meta-Llama-3-8B-Instruct", 32, 4096, 32, 14336, 8.03e9).model_copy(
        update={"max_context": 8192, "vocab_size": 128256}
    ),
    _llama("Llama-3-70B", "meta-llama/Meta-Llama-3-70B-Instruct", 80, 8192, 64, 28672, 70.6e9).model_copy(
        update={"max_context": 8192}
    ),
    _llama("Llama-3.1-70B", "meta-llama/Llama-3.1-70B-Instruct", 80, 8192, 64, 28672, 70.6e9),
    _llama("Llama-3.3-70B", "meta-llama/Llama-3.3-70B-Instruct", 80, 8192, 64, 28672, 70.6e9),
    _llama("Llama-3.1-405B", "meta-llama/Llama-3.1-405B-Instruct", 126, 16384, 128, 53248, 405.9e9),
    ModelSpec(
        name="Mistral-7B-v0.3",
        hf_repo="mistralai/Mistral-7B-Instruct-v0.3",
        layers=32,
        hidden_size=4096,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=14336,
        vocab_size=32768,
        max_context=32768,
        params=7.25e9,
    ),
    ModelSpec(
        name="Mixtral-8x7B",
        hf_repo="mistralai/Mixtral-8x7B-Instruct-v0.1",
        layers=32,
        hidden_size=4096,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=14336,
        vocab_size=32000,
        max_context=32768,
        params=46.7e9,
        experts=8,
        experts_per_token=2,
        notes=_MOE_NOTE,
    ),
    ModelSpec(
        name="Mixtral-8x22B",
        hf_repo="mistralai/Mixtral-8x22B-Instruct-v0.1",
        layers=56,
        hidden_size=6144,
        attention_heads=48,
        kv_heads=8,
        head_dim=128,
        intermediate_size=16384,
        vocab_size=32768,
        max_context=65536,
        params=140.6e9,
        experts=8,
        experts_per_token=2,
        notes=_MOE_NOTE,
    ),
    ModelSpec(
        name="Mistral-Nemo-12B",
        hf_repo="mistralai/Mistral-Nemo-Instruct-2407",
        layers=40,
        hidden_size=5120,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=14336,
        vocab_size=131072,
        max_context=131072,
        params=12.2e9,
    ),
    ModelSpec(
        name="Mistral-Small-24B",
        hf_repo="mistralai/Mistral-Small-24B-Instruct-2501",
        layers=40,
        hidden_size=5120,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=32768,
        vocab_size=131072,
        max_context=32768,
        params=23.6e9,
    ),
    _qwen25("7B", 28, 3584, 28, 4, 18944, 7.61e9),
    _qwen25("14B", 48, 5120, 40, 8, 13824, 14.7e9),
    _qwen25("32B", 64, 5120, 40, 8, 27648, 32.5e9),
    _qwen25("72B", 80, 8192, 64, 8, 29568, 72.7e9),
    _qwen3("4B", 36, 2560, 32, 9728, 4.02e9, tied=True),
    _qwen3("8B", 36, 4096, 32, 12288, 8.19e9),
    _qwen3("14B", 40, 5120, 40, 17408, 14.8e9),
    _qwen3("32B", 64, 5120, 64, 25600, 32.8e9),
    _qwen3_moe("30B-A3B", 48, 2048, 32, 768, 30.5e9),
    _qwen3_moe("235B-A22B", 94, 4096, 64, 1536, 235.1e9),
    _deepseek(
        "DeepSeek-V2-Lite", "deepseek-ai/DeepSeek-V2-Lite-Chat", (27, 2048, 16, 1408, 64, 6), (2, 1, 10944), 15.7e9
    ),
    _deepseek("DeepSeek-V3", "deepseek-ai/DeepSeek-V3", (61, 7168, 128, 2048, 256, 8), (1, 3, 18432), 671e9),
    _deepseek("DeepSeek-R1", "deepseek-ai/DeepSeek-R1", (61, 7168, 128, 2048, 256, 8), (1, 3, 18432), 671e9),
    ModelSpec(
        name="Gemma-2-9B",
        hf_repo="google/gemma-2-9b-it",
        layers=42,
        hidden_size=3584,
        attention_heads=16,
        kv_heads=8,
        head_dim=256,
        intermediate_size=14336,
        vocab_size=256000,
        max_context=8192,
        params=9.24e9,
        tied_embeddings=True,
        notes=_GEMMA2_NOTE,
    ),
    ModelSpec(
        name="Gemma-2-27B",
        hf_repo="google/gemma-2-27b-it",
        layers=46,
        hidden_size=4608,
        attention_heads=32,
        kv_heads=16,
        head_dim=128,
        intermediate_size=36864,
        vocab_size=256000,
        max_context=8192,
        params=27.2e9,
        tied_embeddings=True,
        notes=_GEMMA2_NOTE,
    ),
    ModelSpec(
        name="Gemma-3-12B",
        hf_repo="google/gemma-3-12b-it",
        layers=48,
        hidden_size=3840,
        attention_heads=16,
        kv_heads=8,
        head_dim=256,
        intermediate_size=15360,
        vocab_size=262208,
        max_context=131072,
        params=11.8e9,
        tied_embeddings=True,
        notes=_GEMMA3_NOTE,
    ),
    ModelSpec(
        name="Gemma-3-27B",
        hf_repo="google/gemma-3-27b-it",
        layers=62,
        hidden_size=5376,
        attention_heads=32,
        kv_heads=16,
        head_dim=128,
        intermediate_size=21504,
        vocab_size=262208,
        max_context=131072,
        params=27.4e9,
        tied_embeddings=True,
        notes=_GEMMA3_NOTE,
    ),
    ModelSpec(
        name="Phi-4",
        hf_repo="microsoft/phi-4",
        layers=40,
        hidden_size=5120,
        attention_heads=40,
        kv_heads=10,
        head_dim=128,
        intermediate_size=17920,
        vocab_size=100352,
        max_context=16384,
        params=14.7e9,
    ),
    ModelSpec(
        name="Phi-3.5-MoE",
        hf_repo="microsoft/Phi-3.5-MoE-instruct",
        layers=32,
        hidden_size=4096,
        attention_heads=32,
        kv_heads=8,
        head_dim=128,
        intermediate_size=6400,
        vocab_size=32064,
        max_context=131072,
        params=41.9e9,
        experts=16,
        experts_per_token=2,
        notes=_MOE_NOTE,
    ),
    ModelSpec(
        name="Phi-3-mini-4k",
        hf_repo="microsoft/Phi-3-mini-4k-instruct",
        layers=32,
        hidden_size=3072,
        attention_heads=32,
        kv_heads=32,
        head_dim=96,
        intermediate_size=8192,
        vocab_size=32064,
        max_context=4096,
        params=3.82e9,
        notes="Multi-head attention (32 KV heads): large KV per token.",
    ),
)

_H100_PAGE = "https://www.nvidia.com/en-us/data-center/h100/ (H100 datasheet)"
_NVLINK_HOP_US = 1.0  # one ring step over NVLink/NVSwitch (NCCL LL protocol, order of 1 us)
_PCIE_HOP_US = 3.0  # one ring step over PCIe through a switch or the host bridge
_XGMI_HOP_US = 1.5  # one step over AMD Infinity Fabric (xGMI) between OAM modules
_MI300_NOTE = "ROCm; vLLM runs on it. Infinity Fabric: 7 links x 128 GB/s to the other GPUs of an 8-GPU node."

GPUS: tuple[GpuSpec, ...] = (
    GpuSpec(
        name="H100-SXM",
        memory_gb=80,
        visible_memory_mib=81559,
        bandwidth_tb_s=3.35,
        bf16_tflops=989,
        fp8_tflops=1979,
        interconnect_gb_s=900,
        interconnect="NVLink 4",
        link_hop_us=_NVLINK_HOP_US,
        generation="hopper",
        aliases=("h100", "h100-sxm5", "h100-80gb", "h100-sxm5-80gb", "h100-80gb-hbm3", "h100-hbm3"),
        source=_H100_PAGE,
        notes="HBM3, up to 700 W.",
    ),
    GpuSpec(
        name="H100-PCIe",
        memory_gb=80,
        bandwidth_tb_s=2.0,
        bf16_tflops=756,
        fp8_tflops=1513,
        interconnect_gb_s=128,
        interconnect="PCIe Gen5 (NVLink bridge optional)",
        link_hop_us=_PCIE_HOP_US,
        generation="hopper",
        aliases=("h100-pcie-80gb",),
        source=_H100_PAGE,
        notes="HBM2e, 300-350 W. With the 600 GB/s NVLink bridge only pairs are linked.",
    ),
    GpuSpec(
        name="H100-NVL",
        memory_gb=94,
        visible_memory_mib=95330,
        bandwidth_tb_s=3.9,
        bf16_tflops=835,
        fp8_tflops=1671,
        interconnect_gb_s=128,
        interconnect="PCIe Gen5 (NVLink bridge pairs, 600 GB/s)",
        link_hop_us=_PCIE_HOP_US,
        generation="hopper",
        aliases=("h100-nvl-94gb",),
        source=_H100_PAGE + " (H100 NVL column)",
        notes="HBM3, 350-400 W. TP > 2 crosses PCIe.",
    ),
    GpuSpec(
        name="H200",
        memory_gb=141,
        visible_memory_mib=143771,
        bandwidth_tb_s=4.8,
        bf16_tflops=989,
        fp8_tflops=1979,
        interconnect_gb_s=900,
        interconnect="NVLink 4",
        link_hop_us=_NVLINK_HOP_US,
        generation="hopper",
        aliases=("h200-sxm", "h200-sxm5", "h200-141gb", "h200-sxm-141gb", "h200-141gb-hbm3e"),
        source="https://www.nvidia.com/en-us/data-center/h200/ (H200 SXM column)",
        notes="HBM3e.",
    ),
    GpuSpec(
        name="B200",
        memory_gb=180,
        bandwidth_tb_s=7.7,
        bf16_tflops=2250,
        fp8_tflops=4500,
        interconnect_gb_s=1800,
        interconnect="NVLink 5",
        link_hop_us=_NVLINK_HOP_US,
        generation="blackwell",
        aliases=("b200-sxm", "hgx-b200", "b200-180gb"),
        source="https://www.nvidia.com/en-us/data-center/hgx/ (HGX B200, per-GPU figures)",
        notes="HBM3e, up to 1000 W. FP4 (not modelled) doubles FP8 throughput.",
    ),
    GpuSpec(
        name="A100-80GB",
        memory_gb=80,
        visible_memory_mib=81920,
        bandwidth_tb_s=2.039,
        bf16_tflops=312,
        fp8_tflops=None,
        interconnect_gb_s=600,
        interconnect="NVLink 3",
        link_hop_us=_NVLINK_HOP_US,
        generation="ampere",
        aliases=("a100", "a100-sxm-80gb", "a100-sxm4-80gb", "a100-80gb-sxm", "a100-sxm"),
        source="https://www.nvidia.com/en-us/data-center/a100/ (A100 80GB SXM)",
        notes="HBM2e; no FP8.",
    ),
    GpuSpec(
        name="A100-40GB",
        memory_gb=40,
        visible_memory_mib=40960,
        bandwidth_tb_s=1.555,
        bf16_tflops=312,
        fp8_tflops=None,
        interconnect_gb_s=600,
        interconnect="NVLink 3",
        link_hop_us=_NVLINK_HOP_US,
        generation="ampere",
        aliases=("a100-sxm-40gb", "a100-sxm4-40gb", "a100-40gb-sxm"),
        source="https://www.nvidia.com/en-us/data-center/a100/ (A100 40GB SXM)",
        notes="HBM2; no FP8.",
    ),
    GpuSpec(
        name="A100-PCIe-80GB",
        memory_gb=80,
        bandwidth_tb_s=1.935,
        bf16_tflops=312,
        fp8_tflops=None,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4 (NVLink bridge pairs, 600 GB/s)",
        link_hop_us=_PCIE_HOP_US,
        generation="ampere",
        aliases=("a100-pcie", "a100-80gb-pcie"),
        source="https://www.nvidia.com/en-us/data-center/a100/ (A100 80GB PCIe)",
        notes="HBM2e, 300 W; no FP8.",
    ),
    GpuSpec(
        name="A10",
        memory_gb=24,
        visible_memory_mib=23028,
        bandwidth_tb_s=0.600,
        bf16_tflops=125,
        fp8_tflops=None,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4, no NVLink",
        link_hop_us=_PCIE_HOP_US,
        generation="ampere",
        aliases=("a10-24gb", "a10g"),
        source="https://www.nvidia.com/en-us/data-center/products/a10-gpu/ (A10 datasheet)",
        notes="GDDR6, 150 W; no FP8. AWS's A10G is close (600 GB/s) but slower in tensor throughput.",
    ),
    GpuSpec(
        name="A40",
        memory_gb=48,
        bandwidth_tb_s=0.696,
        bf16_tflops=149.7,
        fp8_tflops=None,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4 (NVLink bridge pairs, 112.5 GB/s)",
        link_hop_us=_PCIE_HOP_US,
        generation="ampere",
        aliases=("a40-48gb",),
        source="https://www.nvidia.com/en-us/data-center/a40/ (A40 datasheet)",
        notes="GDDR6, 300 W; no FP8.",
    ),
    GpuSpec(
        name="RTX-A6000",
        memory_gb=48,
        bandwidth_tb_s=0.768,
        bf16_tflops=154.8,
        fp8_tflops=None,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4 (NVLink bridge pairs, 112.5 GB/s)",
        link_hop_us=_PCIE_HOP_US,
        generation="ampere",
        aliases=("rtx-a6000-48gb", "a6000"),
        source="https://www.nvidia.com/en-us/design-visualization/rtx-a6000/ (RTX A6000 datasheet)",
        notes="GDDR6 workstation card, 300 W; no FP8.",
    ),
    GpuSpec(
        name="L40S",
        memory_gb=48,
        visible_memory_mib=46068,
        bandwidth_tb_s=0.864,
        bf16_tflops=362,
        fp8_tflops=733,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4, no NVLink",
        link_hop_us=_PCIE_HOP_US,
        generation="ada",
        aliases=("l40s-48gb",),
        source="https://www.nvidia.com/en-us/data-center/l40s/ (L40S datasheet)",
        notes="GDDR6, 350 W.",
    ),
    GpuSpec(
        name="L40",
        memory_gb=48,
        bandwidth_tb_s=0.864,
        bf16_tflops=181,
        fp8_tflops=362,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4, no NVLink",
        link_hop_us=_PCIE_HOP_US,
        generation="ada",
        aliases=("l40-48gb",),
        source="https://www.nvidia.com/en-us/data-center/l40/ (L40 datasheet)",
        notes="GDDR6, 300 W.",
    ),
    GpuSpec(
        name="L4",
        memory_gb=24,
        visible_memory_mib=23034,
        bandwidth_tb_s=0.300,
        bf16_tflops=121,
        fp8_tflops=242,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4, no NVLink",
        link_hop_us=_PCIE_HOP_US,
        generation="ada",
        aliases=("l4-24gb",),
        source="https://www.nvidia.com/en-us/data-center/l4/ (L4 datasheet)",
        notes="GDDR6, 72 W.",
    ),
    GpuSpec(
        name="RTX-6000-Ada",
        memory_gb=48,
        bandwidth_tb_s=0.960,
        bf16_tflops=364,
        fp8_tflops=728,
        interconnect_gb_s=64,
        interconnect="PCIe Gen4, no NVLink",
        link_hop_us=_PCIE_HOP_US,
        generation="ada",
        aliases=("rtx6000-ada", "rtx-6000-ada-generation", "rtx-6000"),
        source="https://www.nvidia.com/en-us/design-visualization/rtx-6000/ (RTX 6000 Ada datasheet: "
        "1,457 FP8 TFLOPS with sparsity, halved here for dense)",
        notes="GDDR6 workstation card, 300 W.",
    ),
    GpuSpec(
        name="MI300X",
        memory_gb=192,
        bandwidth_tb_s=5.3,
        bf16_tflops=1307.4,
        fp8_tflops=2614.9,
        interconnect_gb_s=896,
        interconnect="AMD Infinity Fabric (xGMI)",
        link_hop_us=_XGMI_HOP_US,
        generation="cdna3",
        aliases=("instinct-mi300x", "mi300x-192gb", "mi300"),
        source="https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html (MI300X specifications)",
        notes="HBM3, 750 W. " + _MI300_NOTE,
    ),
    GpuSpec(
        name="MI325X",
        memory_gb=256,
        bandwidth_tb_s=6.0,
        bf16_tflops=1307.4,
        fp8_tflops=2614.9,
        interconnect_gb_s=896,
        interconnect="AMD Infinity Fabric (xGMI)",
        link_hop_us=_XGMI_HOP_US,
        generation="cdna3",
        aliases=("instinct-mi325x", "mi325x-256gb"),
        source="https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html (MI325X specifications)",
        notes="HBM3E, 1000 W. " + _MI300_NOTE,
    ),
)

_VENDOR_PREFIXES = ("nvidia-", "amd-", "instinct-", "tesla-", "geforce-")


def _normalise(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip().lower())


def _model_keys(spec: ModelSpec) -> set[str]:
    repo_name = spec.hf_repo.split("/")[-1].lower()
    stripped = re.sub(r"-(instruct|it)(?=-v|$)", "", repo_name)
    return {_normalise(spec.name), spec.hf_repo.lower(), repo_name, stripped}


def _gpu_keys(spec: GpuSpec) -> set[str]:
    keys = {_normalise(spec.name), *(_normalise(alias) for alias in spec.aliases)}
    return keys | {key.replace("-", "") for key in keys}


def _strip_vendor(name: str) -> str:
    for prefix in _VENDOR_PREFIXES:
        if name.startswith(prefix):
            return _strip_vendor(name[len(prefix) :])
    return name


def _suggest(wanted: str, names: list[str]) -> list[str]:
    lowered = {name.lower(): name for name in names}
    close = difflib.get_close_matches(wanted, list(lowered), n=3, cutoff=0.5)
    prefixed = [key for key in lowered if key.startswith(wanted) and key not in close]
    return [lowered[key] for key in close + prefixed][:4]


def find_model(name: str) -> ModelSpec:
    """Look up a catalogue model by name or Hugging Face repository, case-insensitively.

    Raises:
        UnknownModelError: with the closest catalogue names and the whole list.
    """
    wanted = _normalise(name)
    for spec in MODELS:
        if wanted in _model_keys(spec):
            return spec
    names = [spec.name for spec in MODELS]
    close = _suggest(wanted, names)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UnknownModelError(
        f"unknown model {name!r}: {hint}Known models: {', '.join(names)}. "
        "Or pass the path of a local config.json (or of the directory holding it)."
    )


def find_gpu(name: str) -> GpuSpec:
    """Look up a catalogue GPU by name or alias, case-insensitively.

    'h100-sxm', 'H100 SXM', 'h100sxm', 'NVIDIA H100 80GB HBM3', 'h200-sxm', 'a100-sxm-80gb',
    'AMD Instinct MI300X' all resolve; vendor prefixes are ignored.

    Raises:
        UnknownGpuError: with the closest catalogue names and the whole list.
    """
    wanted = _strip_vendor(_normalise(name))
    for spec in GPUS:
        keys = _gpu_keys(spec)
        if wanted in keys or wanted.replace("-", "") in keys:
            return spec
    names = [spec.name for spec in GPUS]
    close = _suggest(wanted, names)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UnknownGpuError(f"unknown GPU {name!r}: {hint}Known GPUs: {', '.join(names)}.")
