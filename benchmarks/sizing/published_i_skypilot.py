"""Held-out I, part 2: DeepSeek-R1 on one 8 x H200 node, vLLM 0.8.4 and SGLang 0.4.5.post3 (SkyPilot logs).

Michaelvll/llm-ie-benchmarks is SkyPilot's reproducible engine comparison: a SkyPilot task
(`sgl/benchmark.yaml`, a file at a commit) asks for `H200:8`, launches the engine on
deepseek-ai/DeepSeek-R1 at tensor parallelism 8, and runs `sglang.bench_serving --dataset-name random
--random-range-ratio 1 --request-rate 10 --num-prompts N` (fixed lengths; bench_serving ignores EOS by
default, and the vLLM logs print `#Output tokens: N x output length`) for four input/output pairs:
1000/2000, 5000/1000, 10000/500 and 30000/100. The repository commits the full job logs
(`sgl/logs/*.log`, files at a commit); each ends with a table "| Input Tokens | Output Tokens | Output
Token Throughput (tok/s) |". Mode "rate", load 10 requests/s, requests = N (50 or 200): 50 prompts
arrive within 5 s and the runs last 50-150 s, so most of each run is a server draining a burst.

Engines, as the task file launches them:
* vLLM 0.8.4 (`uv pip install vllm==0.8.4`, V1 engine), `VLLM_USE_FLASHINFER_SAMPLER=1 vllm serve
  deepseek-ai/DeepSeek-R1 --tensor-parallel-size 8 --trust-remote-code --no-enable-prefix-caching`,
  the task file at commit decfb38 (the commit of the 50-prompt log). Not stated, vLLM 0.8.4's defaults
  for the OpenAI server: gpu_memory_utilization 0.90, max_num_seqs 256, chunked prefill with a 2048-token
  budget; 64-token KV blocks (vLLM's MLA backends on Hopper use block size 64). Assumed.
* SGLang 0.4.5.post3: `SGL_ENABLE_JIT_DEEPGEMM=1 python -m sglang.launch_server --model
  deepseek-ai/DeepSeek-R1 --tp 8 --trust-remote-code` (task file at commit 20c9859, which pins
  0.4.5.post2; the log shows the upgrade to 0.4.5.post3 before the run, and its scheduler lines read
  "TP0" without a "DP" rank, i.e. no data-parallel attention). The log's prefill lines show the
  8192-token chunked-prefill budget. Not stated: mem_fraction_static, SGLang 0.4.5's default for TP 8,
  0.81 (assumed); the token-level KV pool (page size 1) and no fixed cap on running requests (4096 used).
  The task file runs the sweep three times and prints the last run's table, which is taken.

Weights: the checkpoint's block-wise FP8 (both engines serve it as FP8); KV cache in BF16 (no KV dtype
flag, MLA latent cache in the model dtype). Taken: the output token throughput of every pair (16 rows)
and, where the stored log prints the full result block, vLLM's mean ITL at 1000/2000 (2 rows; a mean
over all decode steps, queueing and prefill interruptions included). Every row is held out.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, Metric, PublishedFigure

_REPO = "https://github.com/Michaelvll/llm-ie-benchmarks/blob/{commit}/{path}"
TASK_VLLM = _REPO.format(commit="decfb3815be6f61a6752241dbe4863d2884e534a", path="sgl/benchmark.yaml")
TASK_SGLANG = _REPO.format(commit="20c98590920797fd8b97a68ebd6f6ec4198a14f3", path="sgl/benchmark.yaml")
LOGS = {
    ("vllm", 50): _REPO.format(commit="decfb3815be6f61a6752241dbe4863d2884e534a", path="sgl/logs/vllm-deepseek-r1.log"),
    ("vllm", 200): _REPO.format(
        commit="d553e2aa5dd1dc2ed9cd2ab7a0a87f6dda8fdc9d", path="sgl/logs/vllm-deepseek-r1-200.log"
    ),
    ("sglang", 50): _REPO.format(
        commit="d709dba2b44ddcdeb189c7cb5120c34e8be3569d", path="sgl/logs/sgl-0.4.5.post3-deepseek-r1.log"
    ),
    ("sglang", 200): _REPO.format(
        commit="d709dba2b44ddcdeb189c7cb5120c34e8be3569d", path="sgl/logs/sgl-0.4.5.post3-deepseek-r1-200.log"
    ),
}

_PAIRS = ((1000, 2000), (5000, 1000), (10000, 500), (30000, 100))
# (engine, prompts) -> output token throughput (tok/s) per pair, as printed in the log's final table
# fmt: off
_THROUGHPUT: dict[tuple[str, int], tuple[float, float, float, float]] = {
    ("vllm", 50): (1052.20, 799.60, 436.70, 37.82),
    ("vllm", 200): (2683.27, 1117.89, 347.77, 33.65),
    ("sglang", 50): (1329.14, 951.64, 479.69, 47.38),
    ("sglang", 200): (3276.05, 1322.31, 501.95, 47.68),
}
# vLLM's "Mean ITL (ms)" at 1000/2000, from the result block the log prints for that pair
_VLLM_MEAN_ITL: dict[int, float] = {50: 46.12, 200: 67.17}
# fmt: on


def _engine(name: str) -> Engine:
    from benchmarks.sizing.published import VLLM

    if name == "vllm":
        return VLLM.model_copy(
            update={
                "name": "vLLM 0.8.4 (V1), 'vllm serve deepseek-ai/DeepSeek-R1 --tensor-parallel-size 8 --trust-remote-code --no-enable-prefix-caching'",
                "memory_fraction": 0.90,
                "max_batch": 256,
                "max_num_tokens": 2048,
                "kv_block_tokens": 64,
            }
        )
    return VLLM.model_copy(
        update={
            "name": "SGLang 0.4.5.post3, 'python -m sglang.launch_server --model deepseek-ai/DeepSeek-R1 --tp 8 --trust-remote-code' (SGL_ENABLE_JIT_DEEPGEMM=1)",
            "memory_fraction": 0.81,
            "max_batch": 4096,
            "max_num_tokens": 8192,
            "kv_block_tokens": 1,
        }
    )


def skypilot_dsr1_rows() -> list[PublishedFigure]:
    """Output throughput per length pair (and vLLM's mean ITL at 1000/2000), held out."""
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for (engine_name, prompts), values in _THROUGHPUT.items():
        engine = _engine(engine_name)
        label = "vLLM 0.8.4" if engine_name == "vllm" else "SGLang 0.4.5.post3"
        task = TASK_VLLM if engine_name == "vllm" else TASK_SGLANG
        for (isl, osl), tok_s in zip(_PAIRS, values, strict=True):
            cells: list[tuple[Metric, float, str]] = [
                ("output_tokens_per_s", tok_s, f"'|{isl} | {osl} | {tok_s:.2f} |'")
            ]
            if engine_name == "vllm" and (isl, osl) == (1000, 2000):
                itl = _VLLM_MEAN_ITL[prompts]
                cells.append(("itl_ms", itl, f"'Mean ITL (ms): {itl:.2f}' in the 1000/2000 result block"))
            for metric, value, cell in cells:
                suffix = "tok-s" if metric == "output_tokens_per_s" else "itl"
                rows.append(
                    PublishedFigure(
                        key=f"i-skypilot-dsr1-h200-tp8-{engine_name}-n{prompts}-{isl}-{osl}-{suffix}",
                        source=LOGS[(engine_name, prompts)],
                        where=f"final 'Benchmark results for {engine_name if engine_name == 'vllm' else 'sgl'} on deepseek-ai/DeepSeek-R1' table: {cell}",
                        engine=engine,
                        model="DeepSeek-R1",
                        gpu="H200",
                        tp=8,
                        weight_dtype="fp8",
                        kv_dtype="bf16",
                        input_tokens=isl,
                        output_tokens=osl,
                        mode="rate",
                        load=10.0,
                        metric=metric,
                        published=value,
                        role="held-out",
                        requests=prompts,
                        note=(
                            f"{label} on 8 x H200 (SkyPilot 'accelerators: H200:8', Nebius), TP 8, DeepSeek-R1 block-FP8 "
                            f"checkpoint, KV BF16. Task file: {task}. Client: sglang.bench_serving, random dataset, "
                            f"--random-range-ratio 1 ({isl} in / {osl} out, EOS ignored), Poisson arrivals at 10 req/s, "
                            f"{prompts} prompts. Engine settings not printed are the version's defaults (see module "
                            "docstring; assumed)."
                            + (" Mean ITL over all decode steps of the run." if metric == "itl_ms" else "")
                        ),
                    )
                )
    return rows
