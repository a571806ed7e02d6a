"""Held-out M (benchmarks/sizing/published_m.py): the shape its docstring states, as data only."""

from __future__ import annotations

from collections import Counter

from benchmarks.sizing import published_m
from benchmarks.sizing.published import FIGURES
from benchmarks.sizing.published_m import held_out_m

_REPO = "https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/7d5af5243b33c4fbea06cfaa962aa7fdee031af6/"


def test_held_out_m_has_the_shape_its_docstring_states() -> None:
    rows = held_out_m()
    assert len(rows) == 28
    assert "(28 rows)" in (published_m.__doc__ or "")
    gpus = Counter(figure.gpu for figure in rows)
    names = ("L40S", "A100-80GB", "A100-PCIe-80GB", "H100-PCIe", "A40", "RTX-A6000", "RTX-6000-Ada")
    assert gpus == dict.fromkeys(names, 4)
    assert {figure.model for figure in rows} == {"Llama-3-8B"}
    assert {(figure.tp, figure.weight_dtype, figure.kv_dtype) for figure in rows} == {(1, "fp16", "fp16")}
    assert {(figure.mode, figure.load, figure.metric) for figure in rows} == {("static", 1, "output_tokens_per_s")}
    assert {(figure.input_tokens, figure.output_tokens) for figure in rows} == {(1, n) for n in (512, 1024, 4096, 8192)}
    assert all(figure.source.startswith(_REPO + "LLaMA%203/Professional%20GPUs/") for figure in rows)
    assert all(figure.source.endswith("_v3.ipynb") for figure in rows)


def test_held_out_m_is_wired_in_once() -> None:
    assert [figure.key for figure in FIGURES if figure.key.startswith("m-")] == [figure.key for figure in held_out_m()]


def test_held_out_m_decode_slows_as_the_context_grows_on_every_gpu() -> None:
    # a transcription check: on each GPU the printed t/s falls from tg 512 to tg 8192
    by_gpu: dict[str, list[float]] = {}
    for figure in sorted(held_out_m(), key=lambda figure: figure.output_tokens):
        by_gpu.setdefault(figure.gpu, []).append(figure.published)
    for values in by_gpu.values():
        assert values == sorted(values, reverse=True)
