"""SGLang's largest captured decode graph (`graph_cap.py`): batches above it pay the eager launch cost."""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, find_gpu, find_model
from benchmarks.sizing.efficiency import EAGER_LAYER_OVERHEAD_US, efficiency_for
from benchmarks.sizing.graph_cap import SGLANG_GRAPH_MAX_BATCH, graph_max_batch, stated_version
from benchmarks.sizing.model import Efficiency, fixed_step_s

DATACRUNCH = "SGLang (lmsysorg/sglang:dev, version not printed; 0.4.1 defaults assumed), 'python3 -m sglang...'"


@pytest.mark.parametrize(
    ("engine", "cap"),
    [
        ("SGLang v0.4.1.post2", 160),
        (DATACRUNCH, 160),  # no version, but the defaults it assumes are stated
        ("SGLang 0.5.2", 160),
        ("SGLang 0.5.3", None),  # memory-tiered defaults from PR 10372 on
        ("SGLang v0.4.1 --cuda-graph-max-bs 512", 512),  # an explicit flag wins
        ("SGLang (ROCm)", None),  # nothing stated: no cap assumed
        ("vLLM 0.6.3.post1", None),  # vLLM is not given a cap
        ("TensorRT-LLM 0.16.0", None),
    ],
)
def test_graph_cap_by_engine(engine, cap):
    assert graph_max_batch(engine) == cap


def test_stated_or_assumed_version():
    assert stated_version("SGLang v0.4.1.post2") == (0, 4, 1)
    assert stated_version("vLLM (ROCm image ..., 0.6.4-era defaults assumed)") == (0, 6, 4)
    assert stated_version("SGLang (ROCm)") is None


def test_eager_layers_only_above_the_cap():
    # Llama-3.1-70B has 80 layers; with no other overheads, a step above the cap costs 80 x 46.875 us = 3.75 ms
    dep = Deployment(model=find_model("llama-3.1-70b"), gpu=find_gpu("h200"), tp=4)
    eff = Efficiency(graph_max_batch=SGLANG_GRAPH_MAX_BATCH, ungraphed_layer_us=EAGER_LAYER_OVERHEAD_US)
    assert EAGER_LAYER_OVERHEAD_US == pytest.approx(46.875)
    assert fixed_step_s(dep, eff, 160) == 0.0
    assert fixed_step_s(dep, eff, 161) == pytest.approx(80 * 46.875e-6)
    assert fixed_step_s(dep, Efficiency(), 4096) == 0.0  # no cap: no cost


def test_efficiency_for_sets_the_cap_unless_the_engine_runs_eagerly_throughout():
    h200 = find_gpu("h200")
    capped = efficiency_for(h200, engine="SGLang v0.4.1")
    assert capped.graph_max_batch == 160 and capped.ungraphed_layer_us == EAGER_LAYER_OVERHEAD_US
    eager = efficiency_for(h200, engine="SGLang v0.4.1 --disable-cuda-graph")
    assert eager.graph_max_batch is None  # every step already pays the eager cost
    assert eager.layer_overhead_us == pytest.approx(capped.layer_overhead_us + EAGER_LAYER_OVERHEAD_US)
    assert efficiency_for(h200, engine="vLLM 0.6.3").graph_max_batch is None
