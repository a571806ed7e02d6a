"""Held-out H: an eighth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down
before any prediction was made for it. Held-out A (`published.py`) and B to G
(`published_b*.py` ... `published_g*.py`) have all been seen while the model was being
changed, so they no longer measure it cleanly; only a set nobody has predicted yet checks the
next version honestly. Nothing here may be used by `calibrate.py` or to tune an efficiency
factor, and once this set has been scored it is spent in the same way.

None of these numbers were measured by us. Each row names its source (a file at a commit),
where in it the figure is (the printed value is quoted in `where`), and the conditions the
source states; a setting the source leaves unstated is taken from the engine's defaults at the
stated version and said so in `note`. No source here is a document cited by `published.py`,
`published_b*.py` ... `published_g*.py` or `trtllm_bench.py` (checked by document, not only by
exact URL: another commit of the same file counts as the same source).

Held-out H (55 rows; the unit test pins the shape). The earlier sets cluster on trtllm-bench tables,
InferenceX, dstack, vLLM pull requests, AMD's ROCm blog, gpt-fast, GPUStack and Argonne, so H
draws on a model vendor's own speed benchmark and a research system's published baselines:

* `published_h_qwen.py`: the Qwen team's Qwen2.5 speed benchmark page (QwenLM/Qwen2.5), vLLM
  0.6.3 on A100 80 GB at batch 1 (mode "concurrency", load 1), 2048 generated tokens after
  1 / 6144 / 14336 / 30720 input tokens; Qwen2.5 7B, 14B, 32B and 72B; BF16, GPTQ-Int8 and AWQ
  checkpoints; TP 1, 2 and 4 as the page's "GPU Num".
* `published_h_qserve.py`: the TensorRT-LLM FP16 and W4A16 baseline cells of the QServe README's
  efficiency tables (mit-han-lab/qserve), maximum throughput at 1024 in / 512 out on one L40S and
  one A100 80 GB (mode "offline"); Llama-3-8B and Llama-2 7B / 13B / 70B. The README leaves the
  TensorRT-LLM version, the baselines' batch sizes and the memory budget unstated: each row says what
  it assumed.
* `published_h_sglang.py`: SGLang's own DeepSeek-V3 page (benchmark/benchmark_dsv3), v0.4.1 on one
  8 x H200 node (TP 8, data-parallel attention), fixed request rates 1 / 2 / 4 / 8 per second at
  1024 / 1024 fixed lengths (mode "rate"): median TPOT at every rate and the output throughput at the
  two rates the server could not keep up with, for the page's "BF16" and "FP8" configurations.

Shape: 55 rows; A100 80 GB, L40S and H200 (three GPU types, one short of the issue's four); TP 1,
2, 4 and 8; dense and MoE (DeepSeek-V3); 29 rows at fixed concurrency (all at concurrency 1), 14
offline and 12 at a fixed request rate.

Not found, so not in the set (searched: vLLM / SGLang / TensorRT-LLM issues and pull requests, the
vLLM recipes and blog repositories, the SGLang cookbook, ROCm blogs and MAD, LMDeploy docs, NVIDIA
TensorRT-LLM blogs, vendor and cloud pages): an MI300X/MI325X or H100 table with fixed lengths and a
stated engine version from a source no earlier set cites (ROCm's blog posts print charts or ratios
only, the vLLM ROCm attention post prints speed-up ratios, vLLM's recipes print no results or only
MI355X); multi-level fixed-concurrency sweeps with fixed lengths (the SGLang cookbook and
France Travail's benchmark reports use variable or "roughly" fixed prompt lengths); Mixtral or Qwen3
MoE rows with stated conditions. Skipped because the catalogue lacks the model or GPU: Qwen2.5 0.5B
to 3B, Mistral-7B v0.1, Llama-30B, Yi-34B and Qwen1.5-72B (QServe tables), MI355X (vLLM recipes),
gpt-oss and Qwen3.5/3.6/DeepSeek-V4 (SGLang cookbook), and the L20 and H20. Skipped for
unrepresentable dtypes: TRT-LLM W8A8 with an INT8 KV cache and QServe's W4A8KV4 (4-bit KV cache).

`held_out_h()` is not part of `published.FIGURES`: the lead wires the set in once, after the
model's last validation run, so that no fitting step can see it first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_h() -> tuple[PublishedFigure, ...]:
    """Every held-out H row, in source order."""
    from benchmarks.sizing.published_h_qserve import qserve_baseline_rows
    from benchmarks.sizing.published_h_qwen import qwen_speed_rows
    from benchmarks.sizing.published_h_sglang import sglang_dsv3_rows

    return (*qwen_speed_rows(), *qserve_baseline_rows(), *sglang_dsv3_rows())
