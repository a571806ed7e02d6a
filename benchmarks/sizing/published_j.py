"""Held-out J: a tenth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before
any prediction was made for it: held-out A (`published.py`) and B to I (`published_b*.py` ...
`published_i*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor, and once this set has been scored it is spent
in the same way. It was wired into `published.FIGURES` once, after round 8's last
validation run (so that no fitting step saw it first), and scored then.

None of these numbers were measured by us. Each row names its source (a file at a commit), where in
it the figure is (the printed value is quoted in `where`), and the conditions the source states; a
setting the source leaves unstated is taken from the engine's defaults at the stated version and said
so in `note` and in the part's docstring. No source here is a document cited by `published.py`,
`published_b*.py` ... `published_i*.py` or `trtllm_bench.py` (checked by document, not only by exact
URL: another commit of the same file counts as the same source).

Independence is checked by measurement, not only by document: the same run re-published on another
page, blog, README or language version is the same source. The first version of this set took 24
DeepSeek-V3 rows from DataCrunch's H200 post; they are the SGLang 0.4.1 runs that held-out H already
holds from sgl-project/sglang's benchmark/benchmark_dsv3/README.md, so they were removed, and the unit
test now also checks that no row has the (model, GPU, published value) of any earlier row.

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_j.py):

* `published_j_datacrunch.py`: DataCrunch's H200 report, Llama-3.3-70B BF16 on 4 x H200 at TP 4 with
  SGLang (version not printed, 0.4.1 assumed), offline, 5 length pairs whose lengths vary uniformly but
  whose totals are printed (mean lengths used; keys end "-varlen"; 5 rows).
* `published_j_azure_mi300x.py`: Azure ND MI300X v5 results page (Microsoft's AI-benchmarking-guide),
  vLLM `benchmark_throughput` in a November 2024 ROCm image, Llama 3.1 8B at TP 1, 70B and 405B at TP 8,
  FP8 weights and KV cache, six fixed length pairs, 1000 requests offline (18 rows).

What this set does not cover (see the report that came with it): no closed-loop ("concurrency") rows,
no fixed-rate rows, only two sources (the MI300X page is 18 of 23 rows, far over the 30 % cap), two GPU
types (H200, MI300X), TP 1, 4 and 8, no MoE row, and fewer new rows than the 35 the brief asked for: the
other sources found had variable lengths, an unstated GPU variant or engine, charts only, or models
and GPUs outside the catalogue (report).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_j() -> tuple[PublishedFigure, ...]:
    """Every held-out J row, in source order."""
    from benchmarks.sizing.published_j_azure_mi300x import azure_mi300x_rows
    from benchmarks.sizing.published_j_datacrunch import datacrunch_rows

    return (*datacrunch_rows(), *azure_mi300x_rows())
