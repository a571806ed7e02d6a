"""Held-out I: a ninth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before
any prediction was made for it: held-out A (`published.py`) and B to H (`published_b*.py` ...
`published_h*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor, and once this set has been scored it is spent
in the same way.

None of these numbers were measured by us. Each row names its source (a file at a commit), where in
it the figure is (the printed value is quoted in `where`), and the conditions the source states; a
setting the source leaves unstated is taken from the engine's defaults at the stated version and said
so in `note` and in the part's docstring. No source here is a document cited by `published.py`,
`published_b*.py` ... `published_h*.py` or `trtllm_bench.py` (checked by document, not only by exact
URL: another commit of the same file counts as the same source).

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_i.py):

* `published_i_trt_tuning.py`: TensorRT-LLM's performance-tuning case study (docs/source/performance/,
  four pages), Llama-3.3-70B on 4 x H100 SXM, TensorRT-LLM 0.16.0, 2048/2048 fixed: offline
  throughput of 1000 requests for nine engine builds (BF16 and FP8, max batch 64-2048, max num tokens
  2048-16384) and the batch-1 inter-token latency of six of them (mode "concurrency", load 1).
* `published_i_skypilot.py`: SkyPilot's engine comparison (Michaelvll/llm-ie-benchmarks, committed
  job logs), DeepSeek-R1 (MoE, block FP8) on 8 x H200 at TP 8 with vLLM 0.8.4 and SGLang 0.4.5.post3,
  fixed lengths 1000/2000, 5000/1000, 10000/500 and 30000/100 at 10 requests/s, 50 and 200 prompts
  (mode "rate").
* `published_i_a100.py`: one engineer's published A100 reports (cssnoeasy/a100-vllm-benchmark-blog),
  on A100 80GB PCIe cards without NVLink: Qwen3-32B at TP 1 with vLLM 0.19.0 (eager) in BF16, BF16 +
  FP8 KV, AWQ INT4 and a self-built GPTQ INT4, 512/256 and 2048/512 at fixed concurrency 4-32 (36
  rows) and at the highest SLO-passing request rate (4 rows); Qwen2.5-7B FP16 at TP 1 and TP 2 over
  PCIe (6 rows); Qwen3-32B BF16 with TensorRT-LLM 1.2.1 (PyTorch backend) and vLLM at concurrency 16
  (2 rows).

`held_out_i()` was wired into `published.FIGURES` once, after round 7's last validation run (so that
no fitting step saw it first), and scored then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_i() -> tuple[PublishedFigure, ...]:
    """Every held-out I row, in source order."""
    from benchmarks.sizing.published_i_a100 import a100_blog_rows
    from benchmarks.sizing.published_i_skypilot import skypilot_dsr1_rows
    from benchmarks.sizing.published_i_trt_tuning import trt_tuning_rows

    return (*trt_tuning_rows(), *skypilot_dsr1_rows(), *a100_blog_rows())
