"""Held-out K, part 2: Massed Compute's gpu-benchmark repository, vLLM `bench serve` result files, 128/128.

Massed-Compute/gpu-benchmark keeps, next to each model's write-up, the raw result JSON of every run
(`results/raw/<model>/<sku>/<run>/vllm-c<N>.json`, the files cited here, each at the commit that holds
it). The write-ups state the pinned profile: "random prompts, input=128, output=128, request-rate=inf,
concurrency 1 / 8 / 32" (`docs/methodology.md`, and each model page).

* Lengths: taken only where the result file itself shows them fixed: `total_input_tokens` and
  `total_output_tokens` both equal `num_prompts` x 128 (e.g. 160 prompts: 20480 / 20480), i.e. every
  request generated its 128 tokens. The L40S Qwen2.5-7B pilot at concurrency 8 and 32 stopped early on
  some requests (4930 of 5120, 19534 of 20480 output tokens) and is left out; its concurrency-1 file
  (640 / 640) is kept.
* Metric: `output_throughput` (output tokens/s), as printed; mode "concurrency" (`max_concurrency`).
* GPU: SKU `gpu_1x_h100`. The repository's `catalog/gpus.json` lists it under "H100" (80 GB), apart from
  the `gpu_8x_H100_SXM5` and H100 NVL SKUs, and its archived 2024 result for SKU `gpu_2x_h100` names the
  card "H100 PCIe" (`results/archive/2024-08-llama3/raw/llama3-70b-2xh100-pcie.json`); taken as H100 PCIe
  80 GB (assumed from those two files; said in each note). SKU `gpu_1x_l40s` is an L40S 48 GB.
* Engine: the H100 runs (2026-07-16, 17:3x-17:4x UTC) used vLLM "cu129-nightly" (model pages: "Engines:
  vLLM (`cu129-nightly`)"; no version number printed: a July 2026 nightly assumed, V1 defaults, i.e.
  `max_num_seqs` 1024 and `max_num_batched_tokens` 8192 on an 80 GB GPU); the L40S pilot (07:00 UTC) used
  `vllm/vllm-openai:v0.8.5` (methodology: "vLLM (`vllm/vllm-openai:v0.8.5`)"; V1 defaults for a 48 GB GPU:
  `max_num_seqs` 256, `max_num_batched_tokens` 2048). `--gpu-memory-utilization` is not printed: vLLM's
  default 0.9 assumed. Weights and KV cache BF16 (the checkpoints are BF16, no quantisation flag printed).
* Models: Qwen/Qwen3-30B-A3B (MoE), Qwen/Qwen3-32B, deepseek-ai/DeepSeek-R1-Distill-Qwen-32B (a Qwen2.5-32B
  fine-tune: same shapes, catalogue model Qwen2.5-32B), deepseek-ai/DeepSeek-R1-Distill-Llama-8B (a Llama 3.1
  8B fine-tune: catalogue model Llama-3.1-8B), Qwen/Qwen2.5-7B-Instruct.

Rows (12): Qwen3-30B-A3B, Qwen3-32B and the Qwen2.5-32B distill at concurrency 1, 8 and 32, the Llama 8B
distill at 1 and 32 (its concurrency-8 file is not used, to keep this source at 30 % of the set),
Qwen2.5-7B at 1.

Not used: SGLang results (`lmsysorg/sglang:latest`, no version), Blackwell and H200 NVL SKUs (not in the
catalogue), the 2024 TGI screenshots (engine "latest" of 2024, default TGI benchmark lengths not printed
in the files). Keys start "k-massed-".
"""

# ruff: noqa: E501  (data table: one result file per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

_REPO = "https://github.com/Massed-Compute/gpu-benchmark/blob"
_H100_RUNS = "2889e809d52e9327433292ecf442fc9309dfabf7"
_L40S_PILOT = "1543ee75dc8df00b9e3b29962e69d04b3811bfc9"

# (catalogue model, HF model id, GPU, commit, path under results/raw, concurrency, num_prompts, output_throughput as printed)
# fmt: off
_RESULTS: tuple[tuple[str, str, str, str, str, int, int, str], ...] = (
    ("Qwen3-30B-A3B", "Qwen/Qwen3-30B-A3B", "H100-PCIe", _H100_RUNS, "qwen3-30b-a3b/gpu_1x_h100/20260716T175240Z/vllm-c1.json", 1, 5, "153.9103154678962"),
    ("Qwen3-30B-A3B", "Qwen/Qwen3-30B-A3B", "H100-PCIe", _H100_RUNS, "qwen3-30b-a3b/gpu_1x_h100/20260716T175240Z/vllm-c8.json", 8, 40, "536.8282833574985"),
    ("Qwen3-30B-A3B", "Qwen/Qwen3-30B-A3B", "H100-PCIe", _H100_RUNS, "qwen3-30b-a3b/gpu_1x_h100/20260716T175240Z/vllm-c32.json", 32, 160, "1227.26799757863"),
    ("Qwen3-32B", "Qwen/Qwen3-32B", "H100-PCIe", _H100_RUNS, "qwen3-32b/gpu_1x_h100/20260716T174715Z/vllm-c1.json", 1, 5, "26.753827877789305"),
    ("Qwen3-32B", "Qwen/Qwen3-32B", "H100-PCIe", _H100_RUNS, "qwen3-32b/gpu_1x_h100/20260716T174715Z/vllm-c8.json", 8, 40, "204.98200818225644"),
    ("Qwen3-32B", "Qwen/Qwen3-32B", "H100-PCIe", _H100_RUNS, "qwen3-32b/gpu_1x_h100/20260716T174715Z/vllm-c32.json", 32, 160, "729.4298738391545"),
    ("Qwen2.5-32B", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "H100-PCIe", _H100_RUNS, "deepseek-r1-distill-qwen-32b/gpu_1x_h100/20260716T170930Z/vllm-c1.json", 1, 5, "27.269763257857992"),
    ("Qwen2.5-32B", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "H100-PCIe", _H100_RUNS, "deepseek-r1-distill-qwen-32b/gpu_1x_h100/20260716T170930Z/vllm-c8.json", 8, 40, "208.70105036836048"),
    ("Qwen2.5-32B", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "H100-PCIe", _H100_RUNS, "deepseek-r1-distill-qwen-32b/gpu_1x_h100/20260716T170930Z/vllm-c32.json", 32, 160, "737.7416020313909"),
    ("Llama-3.1-8B", "deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "H100-PCIe", _H100_RUNS, "deepseek-r1-distill-llama-8b/gpu_1x_h100/20260716T170930Z/vllm-c1.json", 1, 5, "104.03264875731884"),
    ("Llama-3.1-8B", "deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "H100-PCIe", _H100_RUNS, "deepseek-r1-distill-llama-8b/gpu_1x_h100/20260716T170930Z/vllm-c32.json", 32, 160, "2802.2191330474543"),
    ("Qwen2.5-7B", "Qwen/Qwen2.5-7B-Instruct", "L40S", _L40S_PILOT, "qwen2-5-7b-instruct/gpu_1x_l40s/pilot/vllm-c1.json", 1, 5, "47.49417726043438"),
)
# fmt: on


def _engine(gpu: str) -> Engine:
    from benchmarks.sizing.published import VLLM

    if gpu == "L40S":
        return VLLM.model_copy(
            update={
                "name": "vLLM 0.8.5 (vllm/vllm-openai:v0.8.5), vllm serve defaults assumed (0.9 memory, max_num_seqs 256, max_num_batched_tokens 2048)",
                "memory_fraction": 0.9,
                "max_batch": 256,
                "max_num_tokens": 2048,
                "kv_block_tokens": 16,
            }
        )
    return VLLM.model_copy(
        update={
            "name": "vLLM cu129-nightly (July 2026; version not printed), vllm serve defaults assumed (0.9 memory, max_num_seqs 1024, max_num_batched_tokens 8192)",
            "memory_fraction": 0.9,
            "max_batch": 1024,
            "max_num_tokens": 8192,
            "kv_block_tokens": 16,
        }
    )


def massed_rows() -> list[PublishedFigure]:
    """The vLLM result files whose printed totals show fixed 128/128 lengths."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for model, hf_id, gpu, commit, path, users, prompts, printed in _RESULTS:
        tokens = prompts * 128
        rows.append(
            PublishedFigure(
                key=f"k-massed-{hf_id.split('/')[1].lower()}-{gpu.lower()}-tp1-128-128-c{users}",
                source=f"{_REPO}/{commit}/results/raw/{path}",
                where=(
                    f"result JSON: model_id {hf_id}, max_concurrency {users}, num_prompts {prompts}, "
                    f"total_input_tokens {tokens}, total_output_tokens {tokens}, output_throughput {printed}"
                ),
                engine=_engine(gpu),
                model=model,
                gpu=gpu,
                tp=1,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=128,
                output_tokens=128,
                mode="concurrency",
                load=float(users),
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                note=(
                    f"vllm bench serve, random 128/128, request-rate inf, --max-concurrency {users}, {prompts} prompts "
                    f"(printed totals {tokens} in / {tokens} out: fixed lengths). "
                    + (
                        "SKU gpu_1x_h100 taken as H100 PCIe 80 GB (catalog/gpus.json and the 2024 gpu_2x_h100 "
                        "record; assumed). vLLM cu129-nightly, version not printed. "
                        if gpu == "H100-PCIe"
                        else "SKU gpu_1x_l40s (L40S 48 GB), vLLM 0.8.5 pilot run. "
                    )
                    + (f"{hf_id} has {model}'s shapes. " if "Distill" in hf_id else "")
                    + "Engine limits and memory fraction not printed: vLLM defaults assumed. BF16 weights and KV."
                ),
                requests=prompts,
            )
        )
    return rows
