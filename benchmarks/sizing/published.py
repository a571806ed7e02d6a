"""Published measurements the sizing model is validated against, and the fit / held-out split.

None of these numbers were measured by us: each is copied from the source named in
its `Source`, with the conditions the source states (engine, dtypes, lengths, TP,
batch or request rate). `validate.py` predicts each one.

The split was written down here before any efficiency factor was fitted, by rule,
not by looking at errors:

* TensorRT-LLM v0.17 throughput table (offline, `trtllm-bench throughput`): for every
  (model, GPU, TP) column, ISL/OSL 128/128, 128/2048, 128/4096, 1000/1000 and 2048/128
  are **fit**; 500/2000, 2048/2048, 5000/500 and 20000/2000 are **held-out**. Two
  models are held out whole, in every column and length: Mistral-7B (a model the fit
  never sees) and Mixtral-8x22B (an MoE the fit never sees).
* TensorRT-LLM v1.0 (PyTorch backend) rows: **fit**. They were the previous "held-out"
  set, and the issue that asked for this work drew its conclusions (TP and H200
  over-predicted) from them, so they are no longer independent.
* vLLM single-stream decode on A100 and H100: **fit** (as before, calibration).
* vLLM on 8 x MI300X (Oracle), Llama-3.1-405B FP8, fixed batch 1-256: batch 1 and 2 are
  **fit** (the single-stream bandwidth, as on NVIDIA); batch 4-256 are **held-out**.
* TensorRT-LLM v0.14 online serving (Triton, BF16, fixed request rate), Llama-3.1-70B on
  4 x H100 and 4 x H200, mean ITL at rates the server kept up with (throughput = rate):
  467/256 rows are **fit**; 467/16 and 202/214 rows are **held-out**. 8B rows are left
  out: their ITL is printed in whole milliseconds (5-9 ms), a rounding error of up to 10 %.

`Role` "held-out" rows are never used by `calibrate.py`.
"""

# ruff: noqa: E501  (data table: one source column per line reads best)
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from benchmarks.sizing.published_b import held_out_b  # held-out B: every row held out (published_b.py)
from benchmarks.sizing.published_c import held_out_c  # held-out C: every row held out, scored once (published_c.py)
from benchmarks.sizing.published_d import held_out_d  # held-out D: collected blind, scored once
from benchmarks.sizing.published_e import held_out_e  # held-out E: collected blind, scored once
from benchmarks.sizing.published_f import held_out_f  # held-out F: collected blind, scored once
from benchmarks.sizing.published_g import held_out_g  # held-out G: collected blind, scored once
from benchmarks.sizing.published_h import held_out_h  # held-out H: collected blind, scored once, then seen
from benchmarks.sizing.published_i import held_out_i  # held-out I: collected blind, scored once, then seen
from benchmarks.sizing.published_j import held_out_j  # held-out J: collected blind, scored once, then seen
from benchmarks.sizing.published_k import held_out_k  # held-out K: collected blind, scored once, then seen
from benchmarks.sizing.published_l import held_out_l  # held-out L: collected blind, scored once, then seen
from benchmarks.sizing.published_m import held_out_m  # held-out M: collected blind, scored once
from benchmarks.sizing.published_n import held_out_n  # held-out N: collected blind, scored once
from benchmarks.sizing.published_o import held_out_o  # held-out O: collected blind, scored once
from benchmarks.sizing.published_p import held_out_p  # held-out P: collected blind, scored once
from benchmarks.sizing.published_q import held_out_q  # held-out Q: collected blind, scored once
from benchmarks.sizing.specs import KvDtype, WeightDtype

Role = Literal["fit", "held-out"]
Metric = Literal["output_tokens_per_s", "tpot_ms", "itl_ms"]
Mode = Literal["offline", "concurrency", "static", "rate"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

TRT_V017 = (
    "https://github.com/NVIDIA/TensorRT-LLM/blob/258c7540c03517def55d9a5aadfa9288af474e1b/"
    "docs/source/performance/perf-overview.md"
)
TRT_V10 = (
    "https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/"
    "docs/source/performance/perf-overview.md"
)
ORACLE_MI300X = "https://blogs.oracle.com/cloud-infrastructure/post/serving-llama-31-405b-model-with-amd-mi300x-gpus"


class Engine(BaseModel):
    """What the engine that produced a figure does that the model needs to know."""

    model_config = _FROZEN

    name: str
    memory_fraction: float
    max_batch: int
    max_num_tokens: int
    kv_block_tokens: int
    reserve_full_sequence: bool  # TensorRT-LLM's guaranteed-no-evict reserves input + output up front
    fraction_of_free: bool  # TensorRT-LLM: KV = fraction x memory left after weights; vLLM: fraction x total
    tuned_per_dataset: bool = False  # trtllm-bench build sets max_batch / max_num_tokens from ISL/OSL (trtllm_bench.py)


TRT_017 = Engine(
    name="TensorRT-LLM 0.17 (TensorRT engine)",
    memory_fraction=0.95,
    max_batch=4096,
    max_num_tokens=8192,
    kv_block_tokens=64,
    reserve_full_sequence=True,
    fraction_of_free=True,
    tuned_per_dataset=True,
)
TRT_10 = TRT_017.model_copy(update={"name": "TensorRT-LLM 1.0 (PyTorch backend)", "max_batch": 2048, "kv_block_tokens": 32})
TRT_014_TRITON = TRT_017.model_copy(
    update={"name": "TensorRT-LLM 0.14 + Triton", "memory_fraction": 0.90, "tuned_per_dataset": False}
)
VLLM = Engine(
    name="vLLM",
    memory_fraction=0.90,
    max_batch=256,
    max_num_tokens=8192,
    kv_block_tokens=16,
    reserve_full_sequence=False,
    fraction_of_free=False,
)


class PublishedFigure(BaseModel):
    """One measurement someone published, with enough detail to predict it."""

    model_config = _FROZEN

    key: str
    source: str
    where: str
    engine: Engine
    model: str
    gpu: str
    tp: int
    weight_dtype: WeightDtype
    kv_dtype: KvDtype
    input_tokens: int
    output_tokens: int
    mode: Mode
    load: float | None  # concurrency (batch) or requests/s; None when offline
    metric: Metric
    published: float
    role: Role
    note: str = ""
    # Prompts in the whole run, where the source states them. An offline run of no more prompts than
    # the engine batches at once is one wave (all prefilled, then all decoded together), not a steady state.
    requests: int | None = None


_LENGTHS = ((128, 128), (128, 2048), (128, 4096), (500, 2000), (1000, 1000), (2048, 128), (2048, 2048), (5000, 500), (20000, 2000))
_FIT_LENGTHS = {(128, 128), (128, 2048), (128, 4096), (1000, 1000), (2048, 128)}
_HELD_OUT_MODELS = {"Mistral-7B-v0.3", "Mixtral-8x22B"}

# TensorRT-LLM v0.17 table: (model, GPU, TP, weight dtype) -> output tokens/s for _LENGTHS
# (None where the table has no entry). FP8 columns also use an FP8 KV cache (the
# source: "If you specify FP8 quantization, the KV cache will automatically be set to FP8").
_V017: tuple[tuple[str, str, int, WeightDtype, tuple[float | None, ...]], ...] = (
    ("Llama-3.1-8B", "H200", 1, "fp8", (29526.04, 25398.86, 17370.8, 21020.81, 17537.96, 3794.14, 11968.5, 3987.79, 1804.1)),
    ("Llama-3.1-8B", "H100-SXM", 1, "fp8", (28836.77, 21109.38, 13593.65, 16500.69, 15244.78, 3556.73, 9488.42, 3559.36, 1401.31)),
    ("Llama-3.1-8B", "L40S", 1, "fp8", (9104.61, 5365.81, 3025.92, 4273.75, 4054.71, 1066.52, 2225.27, 981.2, 327.97)),
    ("Llama-3.1-8B", "A100-80GB", 1, "fp16", (6627.27, 5255.99, 3453.79, 4276.58, 3786.83, 799.61, 2424.16, 825.13, 330.04)),
    ("Llama-3.1-70B", "H200", 1, "fp8", (4020.75, 4165.68, 2651.75, 3018.39, 2823.45, 465.99, 1913.8, 560.16, 279.52)),
    ("Llama-3.1-70B", "H100-SXM", 1, "fp8", (3378.03, 911.62, 426.32, 775.57, 839.97, 343.29, None, 245.34, None)),
    ("Llama-3.1-70B", "H200", 2, "fp8", (6823.01, 8290.35, 6526.67, 6848.02, 5164.76, 809.0, 4183.88, 1025.38, 640.62)),
    ("Llama-3.1-70B", "H100-SXM", 2, "fp8", (6645.12, 6169.58, 3897.06, 4972.57, 4390.53, 772.66, 2898.16, 919.73, 443.01)),
    ("Llama-3.1-70B", "A100-80GB", 2, "fp16", (1313.96, 531.26, None, 439.41, 472.94, 148.96, 261.1, 121.47, None)),
    ("Llama-3.1-70B", "H200", 4, "fp8", (11098.63, 14156.0, 10574.06, 12452.79, 8911.29, 1358.06, 7130.44, 1811.55, 1199.68)),
    ("Llama-3.1-70B", "H100-SXM", 4, "fp8", (11127.53, 11511.93, 7439.41, 9836.7, 7430.99, 1302.6, 5480.03, 1602.78, 920.19)),
    ("Llama-3.1-70B", "L40S", 4, "fp8", (1523.52, 1942.66, 1440.23, 1634.72, 1209.25, 177.72, 969.68, 249.52, 162.25)),
    ("Llama-3.1-70B", "A100-80GB", 4, "fp16", (2733.48, 2811.27, 1976.49, 2275.79, 1921.77, 325.15, 1393.64, 392.62, 212.08)),
    ("Llama-3.1-70B", "H200", 8, "fp8", (15355.84, 21195.88, 16941.52, 17278.4, 13181.24, 1983.03, 11142.47, 2717.83, 1920.45)),
    ("Llama-3.1-70B", "H100-SXM", 8, "fp8", (14730.69, 17061.82, 14171.43, 14679.33, 11451.16, 1923.41, 8801.95, 2457.42, 1512.6)),
    ("Llama-3.1-70B", "L40S", 8, "fp8", (1464.03, 2303.31, 2018.22, 1971.96, 1333.62, 176.16, 1200.16, 259.71, 209.87)),
    ("Llama-3.1-70B", "A100-80GB", 8, "fp16", (4717.62, 5241.5, 3724.67, 4445.37, 3320.41, 542.38, 2553.71, 696.34, 413.38)),
    ("Llama-3.1-405B", "H200", 8, "fp8", (3874.19, 5938.09, 5168.37, 5084.29, 3399.69, 463.42, 2940.62, 669.13, 535.31)),
    ("Mistral-7B-v0.3", "H200", 1, "fp8", (31938.12, 27409.3, 18505.03, 22354.67, 18426.16, 3834.43, 12347.37, 4041.59, 1822.69)),
    ("Mistral-7B-v0.3", "H100-SXM", 1, "fp8", (31674.49, 23496.42, 14350.99, 18026.27, 16035.66, 3642.48, 9958.17, 3591.33, 1373.24)),
    ("Mistral-7B-v0.3", "L40S", 1, "fp8", (9664.13, 5720.65, 3136.33, 4521.77, 4177.76, 1076.74, 2286.71, 1001.02, 337.83)),
    ("Mistral-7B-v0.3", "A100-80GB", 1, "fp16", (6982.53, 5630.62, 3591.22, 4400.48, 3896.58, 808.58, 2489.77, 844.64, 332.3)),
    ("Mixtral-8x7B", "H200", 1, "fp8", (17157.72, 15095.21, 9534.62, 12105.27, 10371.36, 2009.67, 6940.32, 2309.1, 1151.78)),
    ("Mixtral-8x7B", "H100-SXM", 1, "fp8", (15962.49, 8290.13, 4784.86, 6800.6, 6868.52, 1892.81, 3983.1, 1764.7, 673.7)),
    ("Mixtral-8x7B", "H200", 2, "fp8", (27825.34, 29584.05, 21564.68, 23410.63, 19151.19, 3383.16, 14007.29, 4223.68, 2299.21)),
    ("Mixtral-8x7B", "H100-SXM", 2, "fp8", (27451.13, 22830.08, 14237.01, 17036.04, 15770.89, 3333.68, 10685.85, 3646.09, 1757.45)),
    ("Mixtral-8x7B", "A100-80GB", 2, "fp16", (5541.47, 4169.78, 2608.05, 3446.37, 3154.52, 649.0, 2056.58, 724.44, 337.51)),
    ("Mixtral-8x7B", "H200", 4, "fp8", (42551.59, 52291.78, 39513.73, 43818.99, 33580.9, 5467.62, 24980.93, 7084.94, 4236.84)),
    ("Mixtral-8x7B", "H100-SXM", 4, "fp8", (41068.23, 41164.73, 27912.48, 34489.34, 27784.74, 5234.98, 19432.08, 6401.56, 3303.83)),
    ("Mixtral-8x7B", "L40S", 4, "fp8", (6921.87, 7996.93, 5736.09, 6914.68, 5251.49, 827.62, 3935.32, 1092.88, 682.48)),
    ("Mixtral-8x7B", "A100-80GB", 4, "fp16", (10324.28, 10911.86, 7666.51, 8456.21, 7122.84, 1237.62, 5222.98, 1500.55, 829.59)),
    ("Mixtral-8x7B", "H200", 8, "fp8", (53212.55, 68608.45, 54827.78, 58706.39, 44705.48, 7554.38, 36193.64, 10271.8, 6835.53)),
    ("Mixtral-8x7B", "H100-SXM", 8, "fp8", (50849.55, 61607.7, 48280.37, 52583.65, 40631.71, 6988.18, 30983.35, 9210.11, 5602.43)),
    ("Mixtral-8x7B", "L40S", 8, "fp8", (6740.84, 10393.3, 8472.35, 8660.71, 5947.72, 811.96, 5136.98, 1153.76, 918.95)),
    ("Mixtral-8x7B", "A100-80GB", 8, "fp16", (17043.54, 20277.88, 15282.89, 17184.24, 12851.44, 2165.52, 9809.76, 2761.28, 1592.53)),
    ("Mixtral-8x22B", "H200", 8, "fp8", (22948.57, 32415.81, 25753.14, 27429.6, 19712.35, 2899.84, 15798.59, 4031.79, 2815.76)),
    ("Mixtral-8x22B", "H100-SXM", 8, "fp8", (21876.08, 25150.03, 18387.4, 21421.86, 16573.24, 2794.97, 12244.93, 3645.27, 2227.63)),
    ("Mixtral-8x22B", "A100-80GB", 8, "fp16", (6381.95, 6685.99, 4789.13, 5648.46, 4549.46, 761.56, 3521.98, 959.14, 575.02)),
)


def _v017_rows() -> list[PublishedFigure]:
    rows = []
    for model, gpu, tp, dtype, values in _V017:
        for (isl, osl), value in zip(_LENGTHS, values, strict=True):
            if value is None:
                continue
            held = model in _HELD_OUT_MODELS or (isl, osl) not in _FIT_LENGTHS
            rows.append(
                PublishedFigure(
                    key=f"trt017-{model.lower()}-{gpu.lower()}-tp{tp}-{isl}-{osl}",
                    source=TRT_V017,
                    where=f"v0.17 throughput table, {model} TP {tp}, {isl}, {osl}, {gpu} column",
                    engine=TRT_017,
                    model=model,
                    gpu=gpu,
                    tp=tp,
                    weight_dtype=dtype,
                    kv_dtype="fp8" if dtype == "fp8" else "fp16",
                    input_tokens=isl,
                    output_tokens=osl,
                    mode="offline",
                    load=None,
                    metric="output_tokens_per_s",
                    published=value,
                    role="held-out" if held else "fit",
                    note="trtllm-bench throughput, FP8 quantised by trtllm-bench build (A100: FP16)",
                )
            )
    return rows


def _v10(key: str, model: str, gpu: str, tp: int, isl: int, osl: int, value: float, table: str) -> PublishedFigure:
    return PublishedFigure(
        key=key,
        source=TRT_V10,
        where=f"table '{table}', ISL/OSL {isl}/{osl}, {gpu} TP{tp} (FP8) column",
        engine=TRT_10,
        model=model,
        gpu=gpu,
        tp=tp,
        weight_dtype="fp8",
        kv_dtype="fp8",
        input_tokens=isl,
        output_tokens=osl,
        mode="offline",
        load=None,
        metric="output_tokens_per_s",
        published=value,
        role="fit",
        note="TensorRT-LLM v1.0 perf overview, FP8 ModelOpt checkpoint; KV cache assumed FP8",
    )


_V10 = (
    _v10("trt10-h100-8b-1000-1000", "Llama-3.1-8B", "H100-SXM", 1, 1000, 1000, 15220, "Llama 3.1 8B"),
    _v10("trt10-h200-8b-1000-1000", "Llama-3.1-8B", "H200", 1, 1000, 1000, 17744, "Llama 3.1 8B"),
    _v10("trt10-h100-8b-128-2048", "Llama-3.1-8B", "H100-SXM", 1, 128, 2048, 22714, "Llama 3.1 8B"),
    _v10("trt10-h100-8b-2048-128", "Llama-3.1-8B", "H100-SXM", 1, 2048, 128, 3450, "Llama 3.1 8B"),
    _v10("trt10-h100-8b-2048-2048", "Llama-3.1-8B", "H100-SXM", 1, 2048, 2048, 9305, "Llama 3.1 8B"),
    _v10("trt10-h100-70b-1000-1000", "Llama-3.3-70B", "H100-SXM", 2, 1000, 1000, 4205, "Llama 3.3 70B"),
    _v10("trt10-h100-70b-2048-128", "Llama-3.3-70B", "H100-SXM", 2, 2048, 128, 762, "Llama 3.3 70B"),
    _v10("trt10-h200-70b-1000-1000", "Llama-3.3-70B", "H200", 1, 1000, 1000, 2909, "Llama 3.3 70B"),
    _v10("trt10-h100-405b-1000-1000", "Llama-3.1-405B", "H100-SXM", 8, 1000, 1000, 2919, "Llama 3.1 405B"),
    _v10("trt10-h200-405b-1000-1000", "Llama-3.1-405B", "H200", 8, 1000, 1000, 3330, "Llama 3.1 405B"),
)

_VLLM_SINGLE = (
    PublishedFigure(
        key="vllm-a100-8b-c1",
        source="https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on",
        where="summary: 'decode at one request per time runs at about 75 tokens/sec' (1000/75 = 13.3 ms)",
        engine=VLLM.model_copy(update={"name": "vLLM 0.23.0"}),
        model="Llama-3.1-8B",
        gpu="A100-40GB",
        tp=1,
        weight_dtype="bf16",
        kv_dtype="bf16",
        input_tokens=1024,
        output_tokens=128,
        mode="concurrency",
        load=1,
        metric="tpot_ms",
        published=1000 / 75,
        role="fit",
        note="random 1024-in/128-out prompts, --ignore-eos",
    ),
    PublishedFigure(
        key="vllm-h100-8b-c1",
        source="https://yobitelcomm.github.io/bench/recipes/concurrency-sweep/",
        where="sweep table, conc 1, tpot_p50_ms 6.48",
        engine=VLLM.model_copy(update={"name": "vLLM 0.21.0"}),
        model="Llama-3.1-8B",
        gpu="H100-SXM",
        tp=1,
        weight_dtype="fp16",
        kv_dtype="fp16",
        input_tokens=256,
        output_tokens=128,
        mode="concurrency",
        load=1,
        metric="tpot_ms",
        published=6.48,
        role="fit",
        note="H100-80GB-HBM3; 'chatbot-short' lengths not stated, 256/128 assumed (KV reads ~1 % of a step)",
    ),
)

# Oracle OCI BM.GPU.MI300X.8, vLLM benchmark_latency.py, 128 in / 128 out, batch -> output tokens/s.
_ORACLE = ((1, 36), (2, 71), (4, 137), (8, 258), (16, 468), (32, 798), (64, 1184), (128, 1585), (256, 1846))


def _oracle_rows() -> list[PublishedFigure]:
    return [
        PublishedFigure(
            key=f"vllm-mi300x-405b-b{batch}",
            source=ORACLE_MI300X,
            where=f"'Latency measurements' table, batch size {batch}, output throughput {value} TPS",
            engine=VLLM.model_copy(update={"name": "vLLM (ROCm), benchmark_latency.py"}),
            model="Llama-3.1-405B",
            gpu="MI300X",
            tp=8,
            weight_dtype="fp8",
            kv_dtype="fp8",
            input_tokens=128,
            output_tokens=128,
            mode="static",
            load=batch,
            metric="output_tokens_per_s",
            published=value,
            role="fit" if batch <= 2 else "held-out",
            note="Llama 3.1 405B FP8 on all 8 GPUs; FP8 KV cache assumed (AMD's FP8-KV checkpoint). "
            "benchmark_latency prefills the whole batch, then decodes 128 steps",
        )
        for batch, value in _ORACLE
    ]


# TensorRT-LLM v0.14 online serving table, BF16, Llama 3.1 70B TP 4: (GPU, ISL, OSL, QPS, mean ITL ms).
_ONLINE = (
    ("H100-SXM", 467, 256, 2, 21),
    ("H100-SXM", 467, 256, 4, 24),
    ("H100-SXM", 467, 16, 2, 18),
    ("H100-SXM", 467, 16, 4, 20),
    ("H100-SXM", 467, 16, 8, 24),
    ("H100-SXM", 467, 16, 16, 38),
    ("H100-SXM", 202, 214, 2, 20),
    ("H100-SXM", 202, 214, 4, 22),
    ("H200", 467, 256, 2, 18),
    ("H200", 467, 256, 4, 20),
    ("H200", 467, 16, 2, 15),
    ("H200", 467, 16, 4, 16),
    ("H200", 467, 16, 8, 20),
    ("H200", 467, 16, 16, 33),
    ("H200", 202, 214, 2, 17),
    ("H200", 202, 214, 4, 18),
)


def _online_rows() -> list[PublishedFigure]:
    return [
        PublishedFigure(
            key=f"trt014-online-70b-{gpu.lower()}-{isl}-{osl}-qps{qps}",
            source=TRT_V017,
            where=f"'Online Serving Measurements' table, LLaMA 3.1 70B, {gpu}, TP 4, {isl}/{osl}, QPS {qps}",
            engine=TRT_014_TRITON,
            model="Llama-3.1-70B",
            gpu=gpu,
            tp=4,
            weight_dtype="bf16",
            kv_dtype="bf16",
            input_tokens=isl,
            output_tokens=osl,
            mode="rate",
            load=qps,
            metric="itl_ms",
            published=itl,
            role="fit" if osl == 256 else "held-out",
            note="v0.14 + Triton backend, 500 requests, BF16; ITL printed in whole ms",
        )
        for gpu, isl, osl, qps, itl in _ONLINE
    ]


def first_set() -> tuple[PublishedFigure, ...]:
    """The rows written in this module (fit rows and held-out A), as opposed to the later held-out sets."""
    return (*_VLLM_SINGLE, *_V10, *_v017_rows(), *_oracle_rows(), *_online_rows())


FIGURES: tuple[PublishedFigure, ...] = (
    *first_set(), *held_out_b(), *held_out_c(), *held_out_d(), *held_out_e(), *held_out_f(), *held_out_g(),
    *held_out_h(), *held_out_i(), *held_out_j(), *held_out_k(), *held_out_l(), *held_out_m(),
    *held_out_n(), *held_out_o(), *held_out_p(), *held_out_q(),
)

__all__ = ["FIGURES", "Engine", "Metric", "Mode", "PublishedFigure", "Role"]
