"""Tensor-parallel all-reduce (two per layer: after attention's output projection and after
the MLP's down projection; Megatron-style TP; not overlapped with compute in vLLM's or
TensorRT-LLM's default decode path). Which algorithm runs depends on the topology:
    fully connected   (NVLink through NVSwitch, AMD Infinity Fabric's all-to-all mesh): the
                      engines' own all-reduce kernels (vLLM's custom all-reduce, TensorRT-LLM's
                      ONESHOT / TWOSHOT strategies, vLLM's ROCm all-reduces, listed in
                      https://docs.vllm.ai/en/v0.32.0/api/vllm/distributed/device_communicators/) take a
                      constant number of steps whatever the TP, choosing the faster of
        one-shot      = alpha + hop + (TP-1) * S / (link * eta_link)
                        (each rank reads the whole S from each of its TP-1 peers in one step:
                        (TP-1) * S bytes arrive over its link; best for small messages)
        two-shot      = alpha + 2 * hop + 2 (TP-1)/TP * S / (link * eta_link)
                        (reduce-scatter then all-gather, each in one step)
    otherwise (PCIe)  NCCL's ring: alpha + 2 (TP-1) * hop + 2 (TP-1)/TP * S / (link * eta_link)
                        (vLLM turns its custom all-reduce off without full peer-to-peer links)
    alpha = fixed cost of one collective (kernel launch, flag sync), fitted; hop = latency of one
    step over the interconnect (catalogue); link = one direction of the GPU's interconnect
    bandwidth, on a point-to-point mesh (Infinity Fabric) only the TP - 1 links to the group's
    peers (`GpuSpec.group_link_bytes_s`); eta_link = achieved fraction, fitted per GPU. The
    constant step count is the design of vLLM's custom all-reduce ("Latency-optimal allreduce
    and cuda graph optimization", https://github.com/vllm-project/vllm/pull/2192: NCCL's ring
    has O(TP) latency, the custom kernel O(1)); TensorRT-LLM picks ONESHOT for small and TWOSHOT
    for larger messages
    (https://github.com/NVIDIA/TensorRT-LLM/pull/9145, allreduceOp.cpp).
"""

from __future__ import annotations

from benchmarks.sizing.deployment import Deployment, Efficiency
from benchmarks.sizing.specs import GpuSpec

_ACTIVATION_BYTES = 2.0


def fully_connected(gpu: GpuSpec) -> bool:
    """Whether every GPU of a node reaches every other over one switched or direct link.

    NVLink through NVSwitch (SXM/OAM boards) and AMD Infinity Fabric's mesh are; PCIe cards
    (with or without NVLink bridges between pairs) are not, so their engines fall back to NCCL's ring.
    """
    name = gpu.interconnect.lower()
    return name.startswith("nvlink") or "infinity fabric" in name


def allreduce_once(dep: Deployment, eff: Efficiency, payload_bytes: float) -> float:
    """One all-reduce of `payload_bytes` over the replica's TP GPUs; zero without TP.

    Fully connected nodes: the faster of one-shot and two-shot (a constant number of steps);
    PCIe: NCCL's ring (2 (TP-1) steps). See the module docstring.
    """
    tp = dep.tp
    if tp == 1:
        return 0.0
    alpha, hop = eff.allreduce_latency_us * 1e-6, dep.gpu.link_hop_us * 1e-6
    link = dep.gpu.group_link_bytes_s(tp) * eff.link  # a mesh gives a group only its peers' links
    two_shot_bytes = 2 * (tp - 1) / tp * payload_bytes / link
    if not fully_connected(dep.gpu):
        return alpha + 2 * (tp - 1) * hop + two_shot_bytes
    one_shot = hop + (tp - 1) * payload_bytes / link
    two_shot = 2 * hop + two_shot_bytes
    return alpha + min(one_shot, two_shot)


def allreduce_time(dep: Deployment, eff: Efficiency, tokens: float) -> float:
    """Two all-reduces per layer of `tokens` bf16 activation rows; zero without TP."""
    if dep.tp == 1:
        return 0.0
    payload = tokens * dep.model.hidden_size * _ACTIVATION_BYTES
    return 2 * dep.model.layers * allreduce_once(dep, eff, payload)


__all__ = ["allreduce_once", "allreduce_time", "fully_connected"]
