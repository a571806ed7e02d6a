"""vLLM V1 run eagerly: a step lasts the longer of the GPU's time and the host's (`eager_host.py`).

The host time per layer is re-derived from vllm-omni issue 7960's figures, and the max() is checked
on hand-made step parts, so a changed constant, rule or formula fails here.
"""

from __future__ import annotations

import pytest

from benchmarks.sizing import find_gpu, find_model
from benchmarks.sizing.deployment import Deployment, Efficiency, StepTime
from benchmarks.sizing.eager_host import (
    OMNI_7960_EAGER_TPOT_MS,
    V1_EAGER_HOST_LAYER_US,
    host_layer_us_from_source,
    v1_engine,
)
from benchmarks.sizing.efficiency import EAGER_LAYER_OVERHEAD_US, efficiency_for
from benchmarks.sizing.model import decode_step, host_step_s, prefill_time


def test_host_time_per_layer_is_re_derived_from_the_source():
    # (22 + 23) / 2 = 22.5 ms per eager step over Qwen2.5-7B's 28 layers = 803.57 us
    assert OMNI_7960_EAGER_TPOT_MS == {"use_audio": 22.0, "text": 23.0}
    assert host_layer_us_from_source() == pytest.approx(803.57, abs=0.01)
    assert host_layer_us_from_source() == pytest.approx(V1_EAGER_HOST_LAYER_US, abs=0.05)


def test_a_step_takes_the_longer_of_the_gpu_and_the_host():
    # GPU: sharp roofline max(10, 1) = 10 ms, + 1 ms attention + 2 ms fixed = 13 ms
    gpu_bound = StepTime(memory_s=0.010, compute_s=0.001, comm_s=0.0, fixed_s=0.002, attention_s=0.001, host_s=0.005)
    assert gpu_bound.gpu_s == pytest.approx(0.013)
    assert gpu_bound.total_s == pytest.approx(0.013)  # the host's 5 ms hide under the GPU's 13
    host_bound = gpu_bound.model_copy(update={"host_s": 0.020})
    assert host_bound.total_s == pytest.approx(0.020)  # not 13 + 20: the two overlap
    assert StepTime(memory_s=0.010, compute_s=0.001, comm_s=0.0).total_s == pytest.approx(0.010)


def test_v1_releases_are_recognised_by_version():
    assert v1_engine("vLLM 0.19.0 (quantization report runner; enforce_eager=True)")
    assert v1_engine("vLLM 0.8.0")
    assert not v1_engine("vLLM 0.7.3.dev (ROCm)")  # V0 default
    assert not v1_engine("vLLM --enforce-eager")  # no release stated
    assert not v1_engine("SGLang 0.4.5.post3 --disable-cuda-graph")


def test_eager_v1_is_host_bound_while_eager_v0_pays_the_launch_cost():
    a100 = find_gpu("a100-pcie")
    graphs = efficiency_for(a100, engine="vLLM 0.19.0 (enforce_eager=False)")
    v1 = efficiency_for(a100, engine="vLLM 0.19.0 (enforce_eager=True)")
    v0 = efficiency_for(a100, engine="vLLM 0.6.3 (enforce_eager=True)")
    assert graphs.host_layer_us == 0.0
    assert v1.host_layer_us == V1_EAGER_HOST_LAYER_US
    assert v1.layer_overhead_us == pytest.approx(graphs.layer_overhead_us)  # no additive launch cost on V1
    assert v0.host_layer_us == 0.0
    assert v0.layer_overhead_us == pytest.approx(graphs.layer_overhead_us + EAGER_LAYER_OVERHEAD_US)


def test_host_floor_caps_a_small_int4_step():
    # Qwen3-32B (64 layers) in int4 on one A100 PCIe at 4 sequences: the weights stream in ~10 ms at the
    # ideal-ish default efficiency, so the step is the host's 64 x 1 ms = 64 ms
    dep = Deployment(model=find_model("qwen3-32b"), gpu=find_gpu("a100-pcie"), weight_dtype="int4")
    host = Efficiency(host_layer_us=1000.0)
    assert host_step_s(dep, host) == pytest.approx(0.064)
    step = decode_step(dep, host, 4, 600)
    assert step.gpu_s < 0.064
    assert step.total_s == pytest.approx(0.064)
    # the same step replayed as a graph is the GPU's time alone
    assert decode_step(dep, Efficiency(), 4, 600).total_s == pytest.approx(step.gpu_s)


def test_host_floor_applies_per_prefill_chunk():
    # a 16-token prompt is one chunk: its GPU time is far below the host's 32 layers x 1 ms
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("a100-pcie"))
    assert dep.model.layers == 32
    assert prefill_time(dep, Efficiency(host_layer_us=1000.0), 16) == pytest.approx(0.032)
    # a 65536-token prompt at a 2048 budget is 32 chunks (1.024 s of host) but ~6.7 s of FLOPs: the GPU's
    long = prefill_time(dep, Efficiency(host_layer_us=1000.0, prefill_chunk_tokens=2048), 65536)
    assert long == pytest.approx(prefill_time(dep, Efficiency(prefill_chunk_tokens=2048), 65536))


def test_a100_pcie_reports_80_gib():
    # nvidia-smi memory.total of the 80 GB PCIe board, as of the SXM one
    assert find_gpu("a100-pcie").memory_bytes == 81920 * 2**20
    assert find_gpu("a100-pcie").memory_bytes == find_gpu("a100-80gb").memory_bytes
