"""Held-out M (28 rows): llama.cpp single-stream decode of Llama 3 8B in F16 on seven single GPUs.

Every row is `role="held-out"`: written down from the source before any prediction of it, to
measure the model's error on figures it was never fitted or checked against. It was wired
into `published.FIGURES` once, after round 11's last validation run, and scored then.

Source (one document per GPU, all in one repository at one commit):
XiongjieDai/GPU-Benchmarks-on-LLM-Inference, `LLaMA 3/Professional GPUs/<GPU>_v3.ipynb`, the
notebooks behind the repository's README tables (RunPod machines, May 2024). No file of that
repository is cited by any earlier set. Each notebook runs, on a machine whose `ggml_cuda_init`
line reports "found 1 CUDA devices",

    ./llama-bench -p 512,1024,4096,8192 -n 512,1024,4096,8192 -m ./models/8B-v3/ggml-model-f16.gguf

and prints llama-bench's markdown table (model "llama 8B F16", 14.96 GiB, 8.03 B params, backend
CUDA, ngl 99) with a `build: <hash> (<number>)` line under it.

Chosen by rule before any prediction: every "tg" cell of the "8B F16" table in the seven
single-GPU v3 notebooks whose GPU the catalogue has (L40S, A100 SXM4 80 GB, A100 PCIe 80 GB,
H100 PCIe, A40, RTX A6000, RTX 6000 Ada), 4 lengths each = 28 rows. Left out: the "pp" cells
(prompt-processing throughput, a prefill-only rate no metric here represents) and the H100 PCIe
table's extra "pp512+tg128" row (a combined prefill + decode rate); the Q4_K_M
tables (llama.cpp's mixed 4/6-bit k-quant, about 4.9 bits per weight, not a catalogue dtype);
the 70B tables (Q4_K_M too); the multi-GPU notebooks (llama.cpp splits layers across GPUs,
pipeline-style, not tensor parallel); the consumer-GPU and Apple notebooks (not catalogued);
and the LLaMA / LLaMA 2 notebooks run with `./main` (prompt, sampling and early stop make their
lengths uncertain).

Conditions, from llama-bench at those builds (common defaults, none overridden on the command
line): "tg N" builds a context of N tokens, feeds the BOS token and then decodes N tokens one at a
time, batch 1, so the context grows from 1 to N; t/s = N / wall time of the test, the mean over
5 repetitions (`-r` default) after one warm-up run; weights and KV cache F16; n_batch 2048,
n_ubatch 512, flash attention off, all layers on the GPU (ngl 99); threads irrelevant with every
layer offloaded. Mapped here as mode "static", load 1 (one sequence), input 1 token (the BOS),
output N tokens, metric output tokens/s, requests 5 (the repetitions; assumed from the default
since the command line does not pass `-r`).

Model: the notebooks convert Meta-Llama-3-8B (the base model, "8B-v3") to GGUF F16; the
catalogue's "Llama-3-8B" is the same architecture (32 layers, GQA 8 KV heads, 128k vocabulary).

Caveats, stated before any prediction: llama.cpp is a single-stream engine outside the serving
engines (vLLM, SGLang, TensorRT-LLM) the rest of the table comes from, and its F16 decode reaches
very different fractions of memory bandwidth on different GPUs at these builds (about 16 GB of
weights read per token: 53 t/s on A100 SXM4 is about 0.86 TB/s of 2.0 TB/s; 44 t/s on L40S is
about 0.70 TB/s of 0.86 TB/s), so the set measures the model on an engine it may not describe. One
source makes up all 28 rows; every row is TP 1, dense, batch 1; there are no offline, fixed-
concurrency, request-rate or MoE rows. Sources were sought for those (vLLM / SGLang / LMDeploy /
TensorRT-LLM result files and blog repositories on GitHub) and rejected: already cited by an
earlier set, ShareGPT or random-length datasets, charts without printed values, GPUs or models
outside the catalogue, or no committed results.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure

_COMMIT = "7d5af5243b33c4fbea06cfaa962aa7fdee031af6"
_REPO = f"https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/{_COMMIT}/LLaMA%203/Professional%20GPUs/"

_LENGTHS = (512, 1024, 4096, 8192)

# (notebook, catalogue GPU, key slug, GPU as described, llama.cpp build as printed,
#  test label as printed ("tg 512" or "tg512"), printed t/s means for tg 512, 1024, 4096, 8192)
# fmt: off
_NOTEBOOKS: tuple[tuple[str, str, str, str, str, str, tuple[str, str, str, str]], ...] = (
    ("L40S_v3.ipynb", "L40S", "l40s", "NVIDIA L40S", "befddd0f (2834)", "tg ", ("43.69", "43.42", "42.22", "41.05")),
    ("A100_SXM_v3.ipynb", "A100-80GB", "a100-sxm-80gb", "NVIDIA A100 SXM4 80 GB", "d11afd66 (2837)", "tg ", ("53.49", "53.18", "52.03", "50.52")),
    ("A100_PCIe_v3.ipynb", "A100-PCIe-80GB", "a100-pcie-80gb", "NVIDIA A100 80 GB PCIe", "8c570c94 (2836)", "tg ", ("54.84", "54.56", "53.02", "51.24")),
    ("H100_PCIe_v3.ipynb", "H100-PCIe", "h100-pcie", "NVIDIA H100 PCIe", "e8496488 (2843)", "tg", ("68.03", "67.79", "65.97", "63.55")),
    ("A40_v3.ipynb", "A40", "a40", "NVIDIA A40", "d46dbc76 (2833)", "tg ", ("34.26", "33.95", "33.06", "31.93")),
    ("A6000_v3.ipynb", "RTX-A6000", "rtx-a6000", "NVIDIA RTX A6000", "4426e298 (2824)", "tg ", ("40.71", "40.25", "39.14", "37.73")),
    ("6000_Ada_v3.ipynb", "RTX-6000-Ada", "rtx-6000-ada", "NVIDIA RTX 6000 Ada Generation", "d46dbc76 (2833)", "tg ", ("52.32", "51.97", "50.21", "48.79")),
)
# fmt: on

_BENCH = "./llama-bench -p 512,1024,4096,8192 -n 512,1024,4096,8192 -m ./models/8B-v3/ggml-model-f16.gguf"


def held_out_m() -> tuple[PublishedFigure, ...]:
    """Held-out M: every row `role="held-out"`."""
    from benchmarks.sizing.published import Engine, PublishedFigure

    rows = []
    for notebook, gpu, slug, described, build, label, values in _NOTEBOOKS:
        engine = Engine(
            name=f"llama.cpp build {build}, llama-bench, CUDA, all layers on the GPU, F16 weights and KV, batch 1",
            memory_fraction=0.90,  # not applicable: llama.cpp allocates the KV cache for the test's context only
            max_batch=1,
            max_num_tokens=2048,  # n_batch (n_ubatch 512); decode feeds one token per step
            kv_block_tokens=1,
            reserve_full_sequence=True,  # the context (N tokens) is allocated before the test runs
            fraction_of_free=False,
        )
        for length, printed in zip(_LENGTHS, values, strict=True):
            test = f"{label}{length}"
            rows.append(
                PublishedFigure(
                    key=f"m-llamacpp-llama-3-8b-{slug}-tp1-fp16-tg{length}",
                    source=_REPO + notebook,
                    where=f"'8B F16' section, llama-bench table, row 'llama 8B F16 | 14.96 GiB | 8.03 B | CUDA | 99 | {test}', t/s column: {printed} (mean ± std)",
                    engine=engine,
                    model="Llama-3-8B",
                    gpu=gpu,
                    tp=1,
                    weight_dtype="fp16",
                    kv_dtype="fp16",
                    input_tokens=1,
                    output_tokens=length,
                    mode="static",
                    load=1,
                    metric="output_tokens_per_s",
                    published=float(printed),
                    role="held-out",
                    requests=5,
                    note=f"Printed: {printed} t/s for '{test}' (mean ± std over repetitions), one {described} "
                    f"(the notebook's ggml_cuda_init reports 1 CUDA device), RunPod, May 2024, llama.cpp build {build}. "
                    f"Command: `{_BENCH}`. llama-bench 'tg {length}': BOS then {length} tokens decoded one at a time at "
                    f"batch 1 in a {length}-token F16 KV context, t/s = {length} / wall time; input mapped to 1 token (the BOS), "
                    "mode static at load 1. Assumed: 5 repetitions (llama-bench's -r default; the command line does not set it) "
                    "after one warm-up run; n_batch 2048, n_ubatch 512, flash attention off (defaults at that build). "
                    "Model: Meta-Llama-3-8B (base) converted to GGUF F16 (14.96 GiB, 8.03 B params).",
                )
            )
    return tuple(rows)


__all__ = ["held_out_m"]
