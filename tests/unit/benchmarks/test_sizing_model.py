"""The sizing formulas against hand-computed values.

Two fixtures: real Llama-3.1-8B / H100-SXM figures (the numbers operators know), and a
toy model and GPU with round numbers so that step and prefill times can be worked out
by hand (shown in each test's comment).
"""

from __future__ import annotations

import math

import pytest

from benchmarks.sizing import (
    Deployment,
    Efficiency,
    GpuSpec,
    ModelSpec,
    compute_roof_tokens_per_s,
    decode_step,
    decode_tokens_per_s,
    find_gpu,
    find_model,
    kv_bytes_per_token,
    max_sequences,
    prefill_time,
    usable_kv_bytes,
    weight_bytes,
    weight_bytes_read,
)
from benchmarks.sizing.model import (
    allreduce_once,
    allreduce_time,
    expert_fraction_read,
    fully_connected,
    gemm_roof,
    runtime_bytes_per_gpu,
)

TOY_MODEL = ModelSpec(
    name="toy",
    hf_repo="local:toy",
    layers=10,
    hidden_size=1000,
    attention_heads=10,
    kv_heads=2,
    head_dim=100,
    intermediate_size=2000,
    vocab_size=1000,
    max_context=10_000,
    params=1e9,
    tied_embeddings=True,
)
TOY_GPU = GpuSpec(
    name="toy-gpu",
    memory_gb=100,
    bandwidth_tb_s=1.0,
    bf16_tflops=100,
    fp8_tflops=200,
    interconnect_gb_s=200,
    interconnect="toy link",
    source="hand-made",
)
IDEAL = Efficiency(memory=1.0, mfu=1.0, allreduce_latency_us=10.0, runtime_overhead_gb=0.0)


def toy(tp: int = 1, dtype: str = "bf16") -> Deployment:
    return Deployment(model=TOY_MODEL, gpu=TOY_GPU, tp=tp, weight_dtype=dtype, context=1000)  # type: ignore[arg-type]


def llama8b_h100(**changes: object) -> Deployment:
    dep = Deployment(model=find_model("llama-3.1-8b"), gpu=find_gpu("h100-sxm"))
    return dep.model_copy(update=changes)


def test_kv_bytes_per_token_llama_8b_is_the_textbook_figure():
    # 2 (K and V) x 32 layers x 8 KV heads x 128 head dim x 2 bytes
    assert kv_bytes_per_token(find_model("llama-3.1-8b"), "bf16") == 131_072
    assert kv_bytes_per_token(find_model("llama-3.1-8b"), "fp8") == 65_536
    # 2 x 80 x 8 x 128 x 2
    assert kv_bytes_per_token(find_model("llama-3.1-70b"), "bf16") == 327_680


def test_kv_heads_replicate_when_tp_exceeds_them():
    # Qwen2.5-7B has 4 KV heads; at TP 8 each GPU still holds one: 2 x 28 x 8 x 128 x 2
    qwen = find_model("qwen2.5-7b")
    assert kv_bytes_per_token(qwen, "bf16", tp=2) == 2 * 28 * 4 * 128 * 2
    assert kv_bytes_per_token(qwen, "bf16", tp=8) == 2 * 28 * 8 * 128 * 2


def test_weight_bytes_by_dtype():
    llama = find_model("llama-3.1-8b")
    embedding = 128_256 * 4096 * 2  # untied: embedding table and LM head
    assert weight_bytes(llama, "bf16") == pytest.approx(8.03e9 * 2)
    assert weight_bytes(llama, "fp8") == pytest.approx((8.03e9 - embedding) * 1 + embedding * 2)
    assert weight_bytes(llama, "int4") == pytest.approx((8.03e9 - embedding) * (0.5 + 2.5 / 128) + embedding * 2)
    assert weight_bytes(find_model("llama-3.1-70b"), "bf16") / 1e9 == pytest.approx(141.2)


def test_decode_reads_no_input_embedding_unless_tied():
    llama = find_model("llama-3.1-8b")
    assert weight_bytes_read(llama, "bf16", 1) == pytest.approx(8.03e9 * 2 - 128_256 * 4096 * 2)
    assert weight_bytes_read(TOY_MODEL, "bf16", 1) == pytest.approx(2e9)  # tied: read as the LM head


def test_moe_decode_reads_only_routed_experts():
    mixtral = find_model("mixtral-8x7b")
    assert expert_fraction_read(mixtral, 1) == pytest.approx(0.25)  # 2 of 8 experts
    assert expert_fraction_read(mixtral, 2) == pytest.approx(1 - 0.75**2)
    experts = 32 * 8 * 3 * 4096 * 14336  # 45,097,156,608 expert parameters
    expected = 46.7e9 * 2 - 32_000 * 4096 * 2 - experts * 2 * 0.75
    assert weight_bytes_read(mixtral, "bf16", 1) == pytest.approx(expected)
    assert weight_bytes_read(mixtral, "bf16", 4096) == pytest.approx(46.7e9 * 2 - 32_000 * 4096 * 2, rel=1e-6)


def test_max_sequences_llama_8b_on_one_h100():
    dep = llama8b_h100(context=8192)
    runtime = 1e9 + 8192 * (3 * 14336 + 4 * 4096) * 2 + 256 * 128_256 * 4  # 2,104,412,672 B
    assert runtime_bytes_per_gpu(dep, Efficiency()) == pytest.approx(runtime)
    # nvidia-smi's 81559 MiB (85.52 GB), not the datasheet's "80GB", is what the engine divides
    usable = 81559 * 2**20 * 0.9 - runtime - 16.06e9  # 58.80 GB
    assert usable_kv_bytes(dep, Efficiency()) == pytest.approx(usable)
    assert max_sequences(dep, Efficiency(), 8192) == math.floor(usable / (131_072 * 8192)) == 54
    # paged KV: 1250 tokens occupy 79 blocks of 16 = 1264 tokens
    assert max_sequences(dep, Efficiency(), 1250) == math.floor(usable / (131_072 * 1264)) == 354


def test_decode_step_by_hand():
    # GEMMs: 2e9 weight bytes -> 2 ms at 1 TB/s; 2 x (1e9 - 1e6 tied embedding) + 2 x 1e6 LM head
    # = 2e9 FLOPs -> 20 us at 100 TFLOP/s. Attention (a kernel of its own, after the GEMMs):
    # 1 x 8000 B/token x 1000 tokens = 8 MB -> 8 us; 4 x 10 x 1000 x 10 x 100 = 4e7 FLOPs -> 0.4 us.
    step = decode_step(toy(), IDEAL, batch=1, context=1000)
    assert kv_bytes_per_token(TOY_MODEL, "bf16") == 8000
    assert step.memory_s == pytest.approx(2e-3)
    assert step.compute_s == pytest.approx(20e-6)
    assert step.attention_s == pytest.approx(8e-6)
    assert step.comm_s == 0
    assert step.total_s == pytest.approx(2e-3 + 8e-6)
    assert step.bound == "memory"
    assert decode_tokens_per_s(toy(), IDEAL, 1, 1000) == pytest.approx(1 / 2.008e-3)


def test_decode_step_with_tensor_parallel_adds_all_reduces():
    # one all-reduce: 10 us + 2 x (1/2) x (1 token x 1000 x 2 B) / 100 GB/s = 10.02 us;
    # two per layer, ten layers
    assert allreduce_time(toy(tp=2), IDEAL, tokens=1) == pytest.approx(20 * 10.02e-6)
    step = decode_step(toy(tp=2), IDEAL, batch=1, context=1000)
    assert step.memory_s == pytest.approx(2e-3 / 2)
    assert step.total_s == pytest.approx(2.008e-3 / 2 + 20 * 10.02e-6)


def test_prefill_time_by_hand():
    # layers: 2 x (1e9 - 1e6 embedding) x 1000 tokens = 1.998e12; LM head for the last position
    # only: 2 x 1e6; attention 2 x 10 x 1000^2 x 10 x 100 = 2e10 -> 2.018002e12 at 100 TFLOP/s
    assert prefill_time(toy(), IDEAL, 1000) == pytest.approx(20.18002e-3)
    # fp8 layers run on the 200 TFLOP/s FP8 tensor cores; the 16-bit LM head, and attention over
    # the (default) BF16 KV cache, at 100
    assert prefill_time(toy(dtype="fp8"), IDEAL, 1000) == pytest.approx(1.998e12 / 200e12 + (2e10 + 2e6) / 100e12)
    fp8_cache = toy(dtype="fp8").model_copy(update={"kv_dtype": "fp8"})
    assert prefill_time(fp8_cache, IDEAL, 1000) == pytest.approx((1.998e12 + 2e10) / 200e12 + 2e6 / 100e12)


def test_prefill_of_one_token_is_bound_by_reading_the_weights():
    assert prefill_time(toy(), IDEAL, 1) == pytest.approx(2e-3)


def test_compute_roof():
    assert compute_roof_tokens_per_s(toy(), IDEAL) == pytest.approx(100e12 / 2e9)
    # a GPU without FP8 falls back to BF16 throughput for fp8 weights
    a100 = llama8b_h100(gpu=find_gpu("a100-80gb"), weight_dtype="fp8")
    # the input embedding (128256 x 4096) is a gather, not a matmul; the LM head is
    assert compute_roof_tokens_per_s(a100, Efficiency()) == pytest.approx(
        312e12 * 0.5 / (2 * (8.03e9 - 128_256 * 4096))
    )


@pytest.mark.parametrize("dep", [toy(), toy(tp=2), llama8b_h100(), llama8b_h100(tp=2, weight_dtype="fp8")])
def test_roofline_rises_with_batch_and_stays_under_the_compute_roof(dep: Deployment):
    eff = Efficiency()
    roof = compute_roof_tokens_per_s(dep, eff)
    rates = [decode_tokens_per_s(dep, eff, batch, context=100) for batch in (1, 2, 8, 64, 512, 4096, 65536)]
    assert rates == sorted(rates)
    assert all(rate <= roof for rate in rates)
    assert rates[-1] > 0.5 * roof  # a huge batch of short sequences approaches the roof


def test_step_becomes_compute_bound_at_large_batch():
    assert decode_step(toy(), IDEAL, batch=10_000, context=1).bound == "compute"


# --- all-reduce by topology and the rounded GEMM roofline (hand-computed) ---

SWITCHED_GPU = TOY_GPU.model_copy(update={"name": "toy-switched", "interconnect": "NVLink 4", "link_hop_us": 1.0})
PCIE_GPU = TOY_GPU.model_copy(update={"name": "toy-pcie", "interconnect": "PCIe Gen4, no NVLink", "link_hop_us": 3.0})
AR = Efficiency(allreduce_latency_us=5.0, link=1.0)


def _on(gpu: GpuSpec, tp: int) -> Deployment:
    return Deployment(model=TOY_MODEL, gpu=gpu, tp=tp, context=1000)


def test_fully_connected_topologies():
    assert fully_connected(find_gpu("h100-sxm")) and fully_connected(find_gpu("mi300x"))
    assert fully_connected(find_gpu("a100-80gb"))
    assert not fully_connected(find_gpu("l40s")) and not fully_connected(find_gpu("h100-pcie"))


def test_small_all_reduce_on_a_switch_is_one_shot_whatever_the_tp():
    # 2 KB (one token of h = 1000 in bf16); link one direction = 100 GB/s.
    # TP 8 one-shot: 5 us + 1 us hop + 7 x 2000 B / 100 GB/s = 6.14 us;
    # two-shot would be 5 + 2 + 2 x 7/8 x 2000 / 1e11 s = 7.035 us; a ring 5 + 14 + 0.035 = 19.035 us.
    assert allreduce_once(_on(SWITCHED_GPU, 8), AR, 2000) == pytest.approx(6.14e-6)
    # TP 2: 5 + 1 + 1 x 0.02 = 6.02 us (the same latency as TP 8: O(1) steps)
    assert allreduce_once(_on(SWITCHED_GPU, 2), AR, 2000) == pytest.approx(6.02e-6)


def test_large_all_reduce_on_a_switch_is_two_shot():
    # 8 MB at TP 8: one-shot 5 + 1 + 7 x 8e6 / 1e11 s = 566 us; two-shot 5 + 2 + 2 x 7/8 x 80 us = 147 us
    assert allreduce_once(_on(SWITCHED_GPU, 8), AR, 8e6) == pytest.approx(147e-6)


MESH_GPU = TOY_GPU.model_copy(
    update={"name": "toy-mesh", "interconnect": "AMD Infinity Fabric (xGMI)", "link_hop_us": 1.0, "mesh_links": 7}
)


def test_a_mesh_gives_a_group_only_its_peers_links():
    # seven point-to-point links share the 100 GB/s (one direction): 100/7 GB/s each; TP t uses t - 1 of them
    assert MESH_GPU.group_link_bytes_s(2) == pytest.approx(100e9 / 7)
    assert MESH_GPU.group_link_bytes_s(4) == pytest.approx(300e9 / 7)
    assert MESH_GPU.group_link_bytes_s(8) == pytest.approx(100e9)
    assert SWITCHED_GPU.group_link_bytes_s(2) == SWITCHED_GPU.link_bytes_s  # a switch: the whole link
    assert find_gpu("mi300x").group_link_bytes_s(2) == pytest.approx(64e9)  # one xGMI link, 64 GB/s one way


def test_mesh_all_reduce_by_hand():
    # 1 MB at TP 2 over one 100/7 GB/s link: one-shot 5 + 1 + 1e6 / 14.29e9 s = 6 + 70 = 76 us
    # (two-shot 5 + 2 + 2 x 1/2 x 70 = 77 us); the same message on a switch: 5 + 1 + 10 = 16 us
    assert allreduce_once(_on(MESH_GPU, 2), AR, 1e6) == pytest.approx(76e-6)
    assert allreduce_once(_on(SWITCHED_GPU, 2), AR, 1e6) == pytest.approx(16e-6)
    # TP 8 uses all seven links: the switch's 147 us for 8 MB
    assert allreduce_once(_on(MESH_GPU, 8), AR, 8e6) == pytest.approx(147e-6)


def test_pcie_all_reduce_is_a_ring():
    # TP 4 over PCIe: 5 us + 2 x 3 hops x 3 us + 2 x 3/4 x 2000 B / 100 GB/s = 23 us + 0.03 us
    assert allreduce_once(_on(PCIE_GPU, 4), AR, 2000) == pytest.approx(23.03e-6)
    assert allreduce_once(_on(PCIE_GPU, 1), AR, 2000) == 0.0


def test_rounded_roofline_by_hand():
    assert gemm_roof(3.0, 4.0, None) == 4.0  # the sharp max
    assert gemm_roof(3.0, 4.0, 2.0) == pytest.approx(5.0)  # (9 + 16) ** 0.5
    assert gemm_roof(1.0, 1.0, 1.0) == pytest.approx(2.0)  # p = 1: no overlap at all
    assert gemm_roof(0.01, 1.0, 2.0) == pytest.approx(1.00005, rel=1e-6)  # far from the ridge ~ max
    assert gemm_roof(0.0, 2.0, 2.0) == 2.0


def test_step_time_uses_the_rounded_roofline():
    # toy decode at batch 1: memory 2 ms, compute 20 us (test_decode_step_by_hand); p = 2:
    # sqrt(2e-3^2 + 20e-6^2) = 2.0001e-3 s, plus 8 us of attention
    eff = IDEAL.model_copy(update={"roof_exponent": 2.0})
    step = decode_step(toy(), eff, batch=1, context=1000)
    assert step.gemm_s == pytest.approx(math.hypot(2e-3, 20e-6))
    assert step.total_s == pytest.approx(math.hypot(2e-3, 20e-6) + 8e-6)
