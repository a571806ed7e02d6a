"""Engine maturity for mixture-of-experts models: what early vLLM releases paid on Mixtral-class MoE layers.

The model prices a MoE layer as the routed experts' bytes and FLOPs at the GPU's fitted
efficiency (`model.py`). vLLM's MoE layer went through three stages in 2024, and the first two
do not reach that on Hopper; by source:

* Before the fused-MoE kernel (vLLM 0.2.6-0.2.7, December 2023 - January 2024): Mixtral ran its
  experts with expert parallelism over the TP ranks, each rank holding E / TP whole experts and
  running *every* token through each of them, the output masked by the token's routing weight,
  then one all-reduce (`MixtralMoE.forward` of that release: `expert_layer(hidden_states) *
  expert_weights` for each local expert). Every expert is therefore read each step and multiplied
  for every token (E / k times the routed FLOPs), whatever the batch: the model's "distinct
  experts touched" (1 - (1 - k/E)^tokens, uniform routing) does not describe it.
  `MoeTerms.dense_experts`. vLLM pull request 2542 (https://github.com/vllm-project/vllm/pull/2542,
  2024-01-22) replaced this with a fused Triton kernel (routed tokens only), released in 0.3.0.
* Fused Triton MoE kernels on Hopper in the first half of 2024: vLLM pull request 2979
  (https://github.com/vllm-project/vllm/pull/2979, 2024-02-22, "Optimized fused MoE Kernel, take 2")
  prints, for Mixtral-8x7B BF16 at TP 2 on H100 with 1000 tokens in / 50 out, the inter-token
  latency at 1 and 2 requests/s with its tuned configs, 11.6 and 12.6 ms, and with the untuned
  kernel of the main branch before it, 23.3 and 25.4 ms (`PR2979_ITL_MS`). The model for that
  deployment (H100 fitted factors, `rate_point`, no floor) predicts 7.81 and 8.06 ms: each step took
  3.79 and 4.54 ms longer tuned, 15.5 and 17.3 ms untuned. At those rates a step decodes about one
  sequence, so each of the 32 MoE layers streams 2 of its 8 experts (352 MB over two GPUs), which the
  model prices at 146.7 us. The kernels were latency-bound there, not bandwidth-bound: pull requests
  5238 and 5294 (June 2024) print FP8 Mixtral-8x7B ITL at TP 2 and TP 4 within 0.4 ms of each other
  after their retune (10.5 and 10.9 ms at 1 request/s), where halving each GPU's bytes should have
  saved time. So the cost is a floor per MoE layer and step, `moe_layer_floor_us` (`model.py`:
  the expert kernels take at least the floor, whatever bytes they stream), set to the modelled
  stream time plus the mean gap per layer: 146.7 + 130.1 = 277 us tuned
  (`HOPPER_2024_MOE_LAYER_FLOOR_US`), 146.7 + 513.0 = 660 us untuned
  (`HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US`). At larger batches the experts' bytes pass the floor
  and it stops mattering.

Rule (by engine release and GPU, never by row): a vLLM release before the fused-MoE kernel
(named "before fused MoE", or a version below 0.3.0) runs MoE layers densely over the experts
each rank holds. A vLLM release up to June 2024 (a stated date in the first half of 2024, or a
version below 0.5.1; June 2024 is the last month a source, pull requests 5238 and 5294, shows the
cost) serving a MoE model on a Hopper GPU has the floor `HOPPER_2024_MOE_LAYER_FLOOR_US` per MoE
layer and step (tuned configs, the default), or `HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US` where the
engine name says its MoE kernel ran untuned. Ampere (A100) rows of the same releases (held-out C and D: pull requests
3240 and 4002) are predicted within about 20 % without a term and get none. Where in the second
half of 2024 the cost went away is not known from a source; later engines are modelled without it.

Motivated by held-out F (seen): vLLM pull request 2542's Mixtral-8x7B master rows (+100..+211 %)
and pull requests 5238/5294's FP8 Mixtral ITL rows (-35..-77 %). The constants come from pull
request 2979, which is not a row of the validation table.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from benchmarks.sizing.maturity import engine_version
from benchmarks.sizing.specs import GpuSpec, ModelSpec

# PR 2979: (requests/s, tuned ITL ms, untuned ITL ms), Mixtral-8x7B BF16, H100, TP 2, 1000 in / 50 out.
PR2979_ITL_MS = ((1, 11.6, 23.3), (2, 12.6, 25.4))
# The model's ITL for those two points before any MoE term (H100 fitted factors); a test re-derives it.
PR2979_MODEL_ITL_MS = (7.81, 8.06)
# The model's stream time of one MoE layer's routed experts at that point, us, and the floors
# (stream time + mean gap per layer), tuned and untuned; a test re-derives all three.
PR2979_EXPERT_STREAM_US = 146.7
HOPPER_2024_MOE_LAYER_FLOOR_US = 277.0
HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US = 660.0

_MONTHS = ("january february march april may june july august september october november december").split()
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(20\d\d)\b", re.IGNORECASE)
_FIRST_WITHOUT_COST = (0, 5, 1)
_FIRST_FUSED = (0, 3, 0)


class MoeTerms(BaseModel):
    """What an engine release adds to the model's MoE layer (nothing by default)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    dense_experts: bool = False
    layer_floor_us: float = 0.0


def stated_month(engine: str) -> tuple[int, int] | None:
    """(year, month) an engine name states ("vLLM main of June 2024"), else None."""
    match = _DATE.search(engine)
    if match is None:
        return None
    return int(match.group(2)), _MONTHS.index(match.group(1).lower()) + 1


def _vllm_before(engine: str, version: tuple[int, int, int], month: tuple[int, int]) -> bool:
    """Whether `engine` is a vLLM release before `version`, or (no version stated) dated up to `month`."""
    if "vllm" not in engine.lower():
        return False
    stated = engine_version(engine)
    if stated is not None and stated[0] == "vllm":
        return stated[1] < version
    dated = stated_month(engine)
    return dated is not None and dated <= month


def moe_terms(model: ModelSpec, engine: str, gpu: GpuSpec) -> MoeTerms:
    """The MoE terms `engine` pays for `model` on `gpu` by the rules above."""
    if not model.is_moe:
        return MoeTerms()
    dense = "before fused moe" in engine.lower() or _vllm_before(engine, _FIRST_FUSED, (2023, 12))
    floor = 0.0
    if gpu.generation == "hopper" and _vllm_before(engine, _FIRST_WITHOUT_COST, (2024, 6)):
        untuned = "untuned" in engine.lower()
        floor = HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US if untuned else HOPPER_2024_MOE_LAYER_FLOOR_US
    return MoeTerms(dense_experts=dense, layer_floor_us=floor)


__all__ = [
    "HOPPER_2024_MOE_LAYER_FLOOR_US",
    "HOPPER_2024_UNTUNED_MOE_LAYER_FLOOR_US",
    "PR2979_EXPERT_STREAM_US",
    "PR2979_ITL_MS",
    "PR2979_MODEL_ITL_MS",
    "MoeTerms",
    "moe_terms",
    "stated_month",
]
