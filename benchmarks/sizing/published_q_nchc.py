"""Held-out Q, part 1: vLLM V1 on one MI325X (TP 1) from NCHC notes: offline 256/256 and static batches of 8.

Source: Young-TW/note, a personal notes repository of work at Taiwan's NCHC on "vLLM & LMCache in a ROCm
environment". The machine is stated in `work/NCHC/LMCache/ROCm/benchmark/benchmark.md` (commit ffeb566):
"CPU: AMD EPYC 9654 *2 / GPU: AMD MI325X *8 / RAM: 2.3TB". Both files run vLLM's own CLI, `vllm bench
throughput` (offline, the LLM class, all prompts submitted at once) and `vllm bench latency` (one batch
run to completion, averaged over 100 iterations after 10 warm-up iterations), at `--tensor-parallel-size
1`, on one MI325X:

* `benchmark.md` at commit ffeb566: Qwen/Qwen3-8B, `--input-len 256 --output-len 256 --num-prompts 1000
  --dtype auto` -> "8739.16 output tokens/s" (printed totals: 255648 prompt, 256000 output tokens), and
  `--input-len 256 --output-len 128 --batch-size 8` -> "Avg latency: 1.475279240796808 seconds" (the
  heading of that test says "Qwen2-7B-Instruct"; its command and the rest of the file are Qwen3-8B, taken).
* `llama3.1-70b-Instruct.md` at commit f11d127 (the same directory; the first commit that prints the
  commands): meta-llama/Llama-3.1-70B-Instruct, the same two commands -> "1369.41 output tokens/s"
  (255378 prompt, 256000 output tokens) and "Avg latency: 5.2564156893700105 seconds".

Rows: each file gives one offline row (mode "offline", requests 1000, 256 in / 256 out) and one static
row (mode "static", load = requests = 8, 256 in / 128 out, published = 8 x 128 / avg latency, the
derivation quoted in `where`, rounded to 0.01 tok/s). The outputs are fixed: both commands generate with
ignore_eos, and the printed output totals are exactly prompts x 256. The inputs are random token ids of
256 tokens; vLLM's re-tokenization of the random prompts leaves a mean of 255.6 (Qwen) and 255.4 (Llama)
tokens, taken as 256.

Assumed (said in each note): weights and KV cache bf16 (`--dtype auto` on checkpoints stored in bf16, no
quantization or KV dtype flag); the vLLM release is not printed anywhere in the files: the repository's
notes run the ROCm vLLM development image on ROCm 7.1, and the server log in `benchmark.md`
(`vllm_v1_adapter`, dated 2025-12-14) shows the V1 engine, so vLLM V1 defaults of late 2025 are taken:
gpu_memory_utilization 0.9 of total memory, 16-token KV blocks, and for the LLM class on a GPU of >= 70
GiB max_num_seqs 1024 and max_num_batched_tokens 16384 (chunked prefill on). The Llama file does not name
its GPU; it is taken as the MI325X that `benchmark.md` states for the same directory of notes. `vllm bench
latency` reuses one set of random prompts for every iteration but sets prefix caching off by default
(V1 would otherwise serve the repeated prompts from the cache), so each static row is the latency of a
prefill of 8 x 256 prompt tokens plus 128 decode steps of batch 8. The Llama 3.1 70B Instruct and
Qwen3-8B checkpoints have the architecture of the catalogue's Llama-3.1-70B and Qwen3-8B.
"""

# ruff: noqa: E501  (data table: one row per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

REPO = "https://github.com/Young-TW/note/blob"
DIRECTORY = "work/NCHC/LMCache/ROCm/benchmark"
QWEN_SOURCE = f"{REPO}/ffeb566051a91aa16e15e3a8489840e768285a3c/{DIRECTORY}/benchmark.md"
LLAMA_SOURCE = f"{REPO}/f11d127eca7fe25b48022662d5960116c3b04642/{DIRECTORY}/llama3.1-70b-Instruct.md"

OFFLINE_PROMPTS = 1000
BATCH = 8
STATIC_OUTPUT = 128

# (key stem, catalogue model, Hugging Face id, source, printed throughput line, printed output tokens/s,
#  printed prompt-token total, printed average latency of the batch-8 run in seconds)
FILES: tuple[tuple[str, str, str, str, str, str, int, str], ...] = (
    (
        "qwen3-8b",
        "Qwen3-8B",
        "Qwen/Qwen3-8B",
        QWEN_SOURCE,
        "Throughput: 34.14 requests/s, 17466.30 total tokens/s, 8739.16 output tokens/s",
        "8739.16",
        255648,
        "1.475279240796808",
    ),
    (
        "llama-3.1-70b",
        "Llama-3.1-70B",
        "meta-llama/Llama-3.1-70B-Instruct",
        LLAMA_SOURCE,
        "Throughput: 5.35 requests/s, 2735.50 total tokens/s, 1369.41 output tokens/s",
        "1369.41",
        255378,
        "5.2564156893700105",
    ),
)

_ASSUMED = (
    "Assumed: bf16 weights and KV (--dtype auto, no quantization or KV dtype flag); vLLM release not printed, "
    "V1 engine of late 2025 (ROCm development image; the server log in benchmark.md is dated 12-14 and runs "
    "V1), so V1 defaults: gpu_memory_utilization 0.9 of total memory, 16-token KV blocks, LLM-class limits "
    "for a >= 70 GiB GPU (max_num_seqs 1024, max_num_batched_tokens 16384, chunked prefill)."
)


LLAMA_GPU_NOTE = "GPU from benchmark.md in the same directory ('GPU: AMD MI325X *8'); this file does not name it. "


def _engine(command: str) -> Engine:
    from benchmarks.sizing.published import Engine

    return Engine(
        name=f"vLLM V1 (ROCm build, late 2025; release not printed), `{command}`, TP 1",
        memory_fraction=0.9,  # vLLM default gpu_memory_utilization (assumed)
        max_batch=1024,  # V1 default max_num_seqs, LLM class, >= 70 GiB GPU (assumed)
        max_num_tokens=16384,  # V1 default max_num_batched_tokens, LLM class, >= 70 GiB GPU (assumed)
        kv_block_tokens=16,  # vLLM's default block size (assumed)
        reserve_full_sequence=False,
        fraction_of_free=False,
    )


def nchc_rows() -> list[PublishedFigure]:
    """The four NCHC rows, in file order: per file the offline row, then the static batch of 8."""
    from benchmarks.sizing.published import PublishedFigure

    offline = _engine("vllm bench throughput")
    static = _engine("vllm bench latency")
    rows: list[PublishedFigure] = []
    for stem, model, hf_id, source, line, printed, prompt_total, latency in FILES:
        derived = round(BATCH * STATIC_OUTPUT / float(latency), 2)
        where_gpu = LLAMA_GPU_NOTE if source == LLAMA_SOURCE else ""
        rows.append(
            PublishedFigure(
                key=f"q-nchc-{stem}-mi325x-tp1-offline-256-256",
                source=source,
                where=(
                    f"Test 1, `vllm bench throughput --model {hf_id} --tensor-parallel-size 1 --input-len 256 "
                    f"--output-len 256 --num-prompts 1000 --dtype auto`, result: '{line}'"
                ),
                engine=offline,
                model=model,
                gpu="MI325X",
                tp=1,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=256,
                output_tokens=256,
                mode="offline",
                load=None,
                metric="output_tokens_per_s",
                published=float(printed),
                role="held-out",
                requests=OFFLINE_PROMPTS,
                note=(
                    f"Printed: {printed} output tokens/s for {hf_id} on one MI325X (TP 1), 1000 random prompts "
                    f"of 256 tokens, 256 generated each (ignore_eos; printed totals {prompt_total} prompt, "
                    f"256000 output tokens, so a mean input of {prompt_total / OFFLINE_PROMPTS:.1f} taken as 256), "
                    f"vllm bench throughput offline. {where_gpu}{_ASSUMED}"
                ),
            )
        )
        rows.append(
            PublishedFigure(
                key=f"q-nchc-{stem}-mi325x-tp1-b{BATCH}-256-{STATIC_OUTPUT}",
                source=source,
                where=(
                    f"Test 2, `vllm bench latency --model {hf_id} --tensor-parallel-size 1 --input-len 256 "
                    f"--output-len 128 --batch-size 8 --num-iters-warmup 10 --num-iters 100`, result: "
                    f"'Avg latency: {latency} seconds'; derived {BATCH} x {STATIC_OUTPUT} / {latency} = {derived:.2f} "
                    "output tokens/s"
                ),
                engine=static,
                model=model,
                gpu="MI325X",
                tp=1,
                weight_dtype="bf16",
                kv_dtype="bf16",
                input_tokens=256,
                output_tokens=STATIC_OUTPUT,
                mode="static",
                load=BATCH,
                metric="output_tokens_per_s",
                published=derived,
                role="held-out",
                requests=BATCH,
                note=(
                    f"Printed: average latency {latency} s of one batch of 8 random 256-token prompts generating "
                    f"128 tokens each (ignore_eos), mean of 100 iterations after 10 warm-up, {hf_id} on one "
                    f"MI325X (TP 1); the row is 8 x 128 / latency = {derived:.2f} output tokens/s. Prefix caching "
                    "off (vllm bench latency's default), so every iteration prefills the 8 x 256 prompt tokens. "
                    f"{where_gpu}{_ASSUMED}"
                ),
            )
        )
    return rows
