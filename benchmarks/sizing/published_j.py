"""Held-out J: a tenth, fresh set of published figures, every row held out by rule.

Every row here is `role="held-out"`, with no exception, and the whole set was written down before
any prediction was made for it: held-out A (`published.py`) and B to I (`published_b*.py` ...
`published_i*.py`) have all been seen while the model was being changed, so they no longer measure it
cleanly, and only a set nobody has predicted yet checks the next version honestly. Nothing here may be
used by `calibrate.py` or to tune an efficiency factor, and once this set has been scored it is spent
in the same way. The set is not wired into `published.FIGURES`: that is done once, by whoever scores
it, after the last change the scoring is meant to check.

None of these numbers were measured by us. Each row names its source (a file at a commit), where in
it the figure is (the printed value is quoted in `where`), and the conditions the source states; a
setting the source leaves unstated is taken from the engine's defaults at the stated version and said
so in `note` and in the part's docstring. No source here is a document cited by `published.py`,
`published_b*.py` ... `published_i*.py` or `trtllm_bench.py` (checked by document, not only by exact
URL: another commit of the same file counts as the same source).

Parts (the shape is pinned by tests/unit/benchmarks/test_sizing_published_j.py):

* `published_j_datacrunch.py`: DataCrunch's H200 reports with SGLang. DeepSeek-V3 (MoE, block FP8) on
  one 8 x H200 node at TP 8 with data-parallel attention, SGLang 0.4.1, fixed 1024/1024 at 1, 2, 4
  and 8 requests/s for two server configurations (FP8 weights with a BF16 KV cache, and with an FP8
  KV cache): output throughput, median TPOT and median ITL (24 rows, mode "rate"). Llama-3.3-70B BF16
  on 4 x H200 at TP 4, offline, 5 length pairs whose lengths vary uniformly but whose totals are
  printed (mean lengths used; keys end "-varlen"; 5 rows).

What this set does not cover (see the report that came with it): only H200, TP 4 and 8, no
closed-loop ("concurrency") rows, no AMD, L40S, L4 or A100 rows, and all rows from one publisher.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.sizing.published import PublishedFigure


def held_out_j() -> tuple[PublishedFigure, ...]:
    """Every held-out J row, in source order."""
    from benchmarks.sizing.published_j_datacrunch import datacrunch_rows

    return (*datacrunch_rows(),)
