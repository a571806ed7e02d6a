"""Held-out L: a twelfth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the set was written down before any
prediction was made for it: held-out A (`published.py`) and B to K (`published_b*.py` ...
`published_k*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor. It was wired into `published.FIGURES` once, after
round 10's last validation run (so that no fitting step saw it first), and scored then.

None of these numbers were measured by us. Each row names its source (a GitHub file at a commit), where
in it the figure is (the printed value is quoted in `where`, and for a static batch the derived rate
too), and the conditions the source states; a setting the source leaves unstated is taken from the
engine's defaults at the stated version and said so in `note`. No source here is a document cited by
`published.py`, `published_b*.py` ... `published_k*.py` or `trtllm_bench.py` (checked by document: another
commit of the same file counts as the same source), and no row repeats the (model, GPU, published
value) of an earlier row (independence by measurement, checked by the shared unit test).

Source (one): cmontemuino/amd-mi300x-ml-benchmarks, vLLM `benchmarks/benchmark_latency.py` result JSON,
Llama 3.1 8B Instruct in FP16 on one MI300X (192 GB), TP 1, fixed 128 prompt tokens, 128 or 1024 generated
(ignore_eos), static batches of 1, 8 and 32, at memory fractions 0.8 and 0.9. What was printed and what was assumed: `held_out_l`'s docstring.

Shape (pinned by tests/unit/benchmarks/test_sizing_published_l.py): 12 rows; one GPU type (MI300X); TP 1;
one dense model (Llama-3.1-8B); all 12 static batches (mode "static", load = batch = requests); engine vLLM
v0.9.2.dev364 (ROCm build, V0 engine).

What this set does not reach of the brief (>= 40 rows, >= 4 sources none over 30 %, >= 3 GPU types,
>= 12 fixed-concurrency rows, TP 1-8, dense and MoE): it has 12 rows from one source (100 %), one GPU
type, no fixed-concurrency, offline or rate row, no TP above 1 and no MoE model. In the time given no
other GitHub file at a commit was found that is not already a cited document, prints its values, holds
lengths fixed (printed totals or ignore_eos with fixed random prompts) and states GPU, TP and engine.
Seen and left out: LambdaLabsML/vllm-benchmark (ShareGPT lengths), dennislee22/vLLM-benchmarking
(totals not prompts x length, prefix caching, Ray across nodes), an L40S TP 2 run with prefix caching on
one repeated prompt, IOG-Foundation results (ShareGPT at a request rate), systalyze (variable lengths),
KAITO docs (charts, no printed values), tenstorrent's GPU reference numbers (engine and TP unstated),
Vultr's cookbook (lengths ambiguous), MLPerf submissions (variable lengths, replicas), and the vLLM,
SGLang, TensorRT-LLM, LMDeploy, ROCm and recipes repositories (already cited documents or the same
repositories). Figures seen but skipped because the catalogue does not know the model or GPU: Qwen3.8-27B,
gpt-oss-20b/120b, Ministral, Gemma 4, Nemotron, Kimi K2, GLM 4.x; RTX PRO 6000 / 4500 Blackwell, MI100,
MI355X, H20, GB10. Keys start "l-".
"""

# ruff: noqa: E501  (data table: one result file per line reads best)
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import Engine, PublishedFigure

_REPO = "https://github.com/cmontemuino/amd-mi300x-ml-benchmarks/blob"
_A = "081d8b322a4459e3da47e3413e812864184df7e1"
_B = "db87882d5a1f9e8e2c5dc11a341a27869b4a59f3"
_C = "2536e68ddf7fcd6fd5be6b5487faa2d016e2c08c"

# (commit, path under datasets/sample-results, batch, output tokens, memory fraction, avg_latency as printed)
# fmt: off
_RESULTS: tuple[tuple[str, str, int, int, float, str], ...] = (
    (_B, "Llama-3.1-8B_latency_bs1_in128_out128_float16_mem0.8_20250807_185823.json", 1, 128, 0.8, "0.7171628322103061"),
    (_B, "Llama-3.1-8B_latency_bs1_in128_out128_float16_mem0.9_20250807_190056.json", 1, 128, 0.9, "0.7152210914064199"),
    (_B, "Llama-3.1-8B_latency_bs1_in128_out1024_float16_mem0.8_20250807_190325.json", 1, 1024, 0.8, "5.605102048104163"),
    (_A, "Llama-3.1-8B_latency_bs1_in128_out1024_float16_mem0.9_20250807_190707.json", 1, 1024, 0.9, "5.779743398912251"),
    (_C, "containerized/Llama-3.1-8B_latency_bs8_in128_out128_float16_mem0.8_20250807_191102.json", 8, 128, 0.8, "0.8976475554052741"),
    (_A, "Llama-3.1-8B_latency_bs8_in128_out128_float16_mem0.9_20250807_191332.json", 8, 128, 0.9, "0.9204040324199013"),
    (_A, "Llama-3.1-8B_latency_bs8_in128_out1024_float16_mem0.8_20250807_191603.json", 8, 1024, 0.8, "7.110370314714965"),
    (_A, "Llama-3.1-8B_latency_bs8_in128_out1024_float16_mem0.9_20250807_192017.json", 8, 1024, 0.9, "7.157840225589462"),
    (_A, "Llama-3.1-8B_latency_bs32_in128_out128_float16_mem0.8_20250807_192431.json", 32, 128, 0.8, "1.2076413519098423"),
    (_A, "Llama-3.1-8B_latency_bs32_in128_out128_float16_mem0.9_20250807_192716.json", 32, 128, 0.9, "1.1981172476895154"),
    (_B, "Llama-3.1-8B_latency_bs32_in128_out1024_float16_mem0.8_20250807_193001.json", 32, 1024, 0.8, "8.994597111421172"),
    (_A, "Llama-3.1-8B_latency_bs32_in128_out1024_float16_mem0.9_20250807_193434.json", 32, 1024, 0.9, "9.00740538330283"),
)
# fmt: on


def _engine(fraction: float) -> Engine:
    from benchmarks.sizing.published import VLLM

    return VLLM.model_copy(
        update={
            "name": f"vLLM v0.9.2.dev364+gb432b7a28 (ROCm, rocm/vllm:rocm6.4.1_vllm_0.9.1_20250715), V0 engine, benchmark_latency, --gpu-memory-utilization {fraction}",
            "memory_fraction": fraction,
            "max_batch": 256,
            "max_num_tokens": 131072,
            "kv_block_tokens": 16,
        }
    )


def held_out_l() -> tuple[PublishedFigure, ...]:
    """Every held-out L row, in source order (batch, then output length, then memory fraction).

    cmontemuino/amd-mi300x-ml-benchmarks, datasets/sample-results/*.json.

    * Run: each file is the `--output-json` of vLLM's `benchmarks/benchmark_latency.py`, run in the container
      `rocm/vllm:rocm6.4.1_vllm_0.9.1_20250715` on one MI300X; the execution log of the batch-8, 128/128, 0.9
      run (datasets/sample-results/logs/...bs8_in128_out128_float16_mem0.9_20250807_191332.log, commit
      02aeaac08d3194cc363b52378b1f16634af48efc) prints the command: `--model Llama-3.1-8B-Instruct --batch-size 8
      --input-len 128 --output-len 128 --dtype float16 --gpu-memory-utilization 0.9 --max-model-len 131072
      --tensor-parallel-size 1 --num-iters-warmup 5 --num-iters 10`, env VLLM_USE_V1=0, and the engine line
      "Initializing a V0 LLM engine (v0.9.2.dev364+gb432b7a28)", enable_prefix_caching=False,
      chunked_prefill_enabled=False, kv_cache_dtype=auto, total_gpu_memory 191.98 GiB, cudagraphs captured
      up to batch 256, SamplingParams ignore_eos=True, max_tokens=128. (The repository holds logs of three more 128/128 runs, batch 1
      and 8, not read here.) The other files' settings are taken
      from their file names (batch, input, output, dtype, memory fraction), the same script and container
      assumed (said in each note). The batch-8 128/128 run at 0.8 is the one file under `containerized/`.
    * Lengths: benchmark_latency sends `batch` random-id prompts of exactly `input_len` tokens and generates
      exactly `output_len` tokens (ignore_eos): fixed lengths by construction.
    * Metric: the JSON prints `avg_latency`, the mean seconds of one whole batch (prefill and all decode
      steps) over the 10 timed iterations. The row's rate is batch x output tokens / avg_latency (output
      tokens/s of a static batch, as in held-out G's static rows); `requests` = `load` = batch.
    * Engine: vLLM V0 with chunked prefill off, so `max_num_batched_tokens` is max(max_model_len, 2048) =
      131072 (V0 default) and `max_num_seqs` 256 (default, not printed); block size 16 (default for ROCm, not
      printed). Weights FP16 (`--dtype float16`, the BF16 checkpoint cast), KV cache FP16 ("auto").
    * Model: meta-llama/Llama-3.1-8B-Instruct (catalogue Llama-3.1-8B).
    """
    from benchmarks.sizing.published import PublishedFigure

    rows = []
    for commit, path, batch, output, fraction, printed in _RESULTS:
        latency = float(printed)
        rate = batch * output / latency
        mem = f"mem{fraction}"
        rows.append(
            PublishedFigure(
                key=f"l-cmontemuino-llama-3.1-8b-mi300x-tp1-fp16-b{batch}-128-{output}-{mem}",
                source=f"{_REPO}/{commit}/datasets/sample-results/{path}",
                where=(
                    f'result JSON "avg_latency": {printed} (seconds per batch); batch {batch}, input 128, '
                    f"output {output} from the file name; rate {batch} x {output} / {printed} = {rate!r} output tokens/s"
                ),
                engine=_engine(fraction),
                model="Llama-3.1-8B",
                gpu="MI300X",
                tp=1,
                weight_dtype="fp16",
                kv_dtype="fp16",
                input_tokens=128,
                output_tokens=output,
                mode="static",
                load=float(batch),
                metric="output_tokens_per_s",
                published=rate,
                role="held-out",
                note=(
                    f"vLLM benchmark_latency, {batch} random prompts of 128 tokens, {output} generated (ignore_eos), "
                    "5 warm-up and 10 timed iterations, mean batch latency (prefill included). "
                    + (
                        "Command and engine printed in this run's log. "
                        if (batch, output, fraction) == (8, 128, 0.9)
                        else "Settings from the file name; same script, container and flags as the logged batch-8 run assumed. "
                    )
                    + "Llama-3.1-8B-Instruct cast to FP16, KV FP16, max_model_len 131072, prefix caching and chunked "
                    "prefill off; max_num_seqs 256 and block size 16 are V0 defaults (not printed)."
                ),
                requests=batch,
            )
        )
    return tuple(rows)
