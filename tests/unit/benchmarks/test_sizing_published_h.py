"""Held-out H (benchmarks/sizing/published_h*.py): every row held out, sourced, representable.

No prediction is made here: the rows are checked as data only, so that writing this test cannot
leak anything about the model's errors on them. Set H is not wired into `published.FIGURES` yet
(the lead does that once, after the model's last validation run), so it is read from
`held_out_h()` directly.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from benchmarks.sizing import published_h
from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_h import held_out_h

ROWS = held_out_h()
CITED_ELSEWHERE = [figure for figure in FIGURES if not figure.key.startswith("h-")]


def _id(figure: PublishedFigure) -> str:
    return figure.key


def _page(url: str) -> str:
    """A source without its anchor and, for a file on GitHub, without the commit: the same document
    at another commit is the same source."""
    parts = url.split("#")[0].split("/")
    if len(parts) > 6 and parts[2] == "github.com" and parts[5] == "blob":
        del parts[6]
    return "/".join(parts)


def test_every_row_is_held_out_with_a_unique_h_key() -> None:
    assert ROWS
    assert {figure.role for figure in ROWS} == {"held-out"}
    keys = [figure.key for figure in ROWS]
    assert all(key.startswith("h-") for key in keys)
    assert len(keys) == len(set(keys))


def test_the_set_is_not_wired_into_the_table_yet() -> None:
    # The lead wires H in once, after the last validation run; until then no fitting step sees it.
    assert not any(figure.key.startswith("h-") for figure in FIGURES)


def test_no_source_shares_a_document_with_the_earlier_sets() -> None:
    earlier = {_page(figure.source) for figure in CITED_ELSEWHERE}
    assert not earlier & {_page(figure.source) for figure in ROWS}


def test_no_source_is_a_document_the_trtllm_bench_module_cites() -> None:
    import inspect

    from benchmarks.sizing import trtllm_bench

    text = inspect.getsource(trtllm_bench)
    for source in {_page(figure.source) for figure in ROWS}:
        path = source.split("github.com/")[-1]
        assert path not in text


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_file_at_a_commit_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc == "github.com"
    parts = url.path.split("/")
    assert parts[3] == "blob" and len(parts[4]) == 40  # owner/repo/blob/<commit>/path
    assert figure.where.strip() and figure.note.strip()


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_resolves_in_the_catalogue(figure: PublishedFigure) -> None:
    assert find_model(figure.model).name == figure.model
    assert find_gpu(figure.gpu).name == figure.gpu


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_states_its_conditions(figure: PublishedFigure) -> None:
    assert figure.published > 0
    assert figure.tp >= 1 and figure.input_tokens > 0 and figure.output_tokens > 0
    if figure.mode == "offline":
        assert figure.load is None
    else:
        assert figure.load is not None and figure.load > 0


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_quotes_the_printed_value(figure: PublishedFigure) -> None:
    # published as printed: the value appears verbatim where the row says it is
    printed = {f"{figure.published:.2f}", f"{figure.published}", f"{figure.published:g}"}
    assert any(re.search(rf"(?<![\d.]){re.escape(value)}(?![\d.])", figure.where) for value in printed)


def test_the_set_has_the_shape_its_docstring_states() -> None:
    doc = published_h.__doc__ or ""
    assert f"({len(ROWS)} rows" in doc
    # Issue 14 asks held-out figures across >= 4 GPU types, TP 1-8, dense and MoE, offline and
    # fixed-concurrency; H reaches 3 GPU types (A100 80 GB, L40S, H200), which the docstring says.
    assert {figure.gpu for figure in ROWS} == {"A100-80GB", "L40S", "H200"}
    assert {figure.tp for figure in ROWS} == {1, 2, 4, 8}
    assert {find_model(figure.model).experts > 1 for figure in ROWS} == {True, False}
    modes = [figure.mode for figure in ROWS]
    assert (modes.count("concurrency"), modes.count("offline"), modes.count("rate")) == (29, 14, 12)


def test_qwen_speed_rows_are_batch_one_with_2048_generated_tokens() -> None:
    qwen = [figure for figure in ROWS if figure.key.startswith("h-qwen2.5-")]
    assert qwen
    for figure in qwen:
        assert figure.gpu == "A100-80GB" and figure.mode == "concurrency" and figure.load == 1
        assert figure.output_tokens == 2048 and figure.input_tokens in {1, 6144, 14336, 30720}
    # e.g. '72B (vLLM)', Input Length 1, BF16, GPU Num 4, Default setting: 31.37 tokens/s
    row = next(f for f in qwen if f.key == "h-qwen2.5-72b-a100-tp4-bf16-1-2048")
    assert row.published == 31.37 and row.weight_dtype == "bf16" and row.engine.memory_fraction == 0.9


def test_qserve_rows_are_the_trtllm_fp16_and_w4a16_cells_at_1024_in_512_out() -> None:
    qserve = [figure for figure in ROWS if figure.key.startswith("h-qserve-")]
    assert len(qserve) == 14
    for figure in qserve:
        assert figure.mode == "offline" and figure.load is None and figure.tp == 1
        assert (figure.input_tokens, figure.output_tokens) == (1024, 512)
        assert figure.weight_dtype in {"fp16", "int4"} and figure.kv_dtype == "fp16"
    assert {figure.gpu for figure in qserve} == {"L40S", "A100-80GB"}
    # 'L40S (48G)' table, TRT-LLM-FP16 row, Llama-3-8B column: 1326 tokens/s
    row = next(f for f in qserve if f.key == "h-qserve-trt-llm-fp16-llama-3-8b-l40s-1024-512")
    assert row.published == 1326


def test_sglang_rows_are_deepseek_v3_on_one_h200_node_at_fixed_rates() -> None:
    sglang = [figure for figure in ROWS if figure.key.startswith("h-sglang-")]
    assert len(sglang) == 12
    for figure in sglang:
        assert (figure.model, figure.gpu, figure.tp, figure.mode) == ("DeepSeek-V3", "H200", 8, "rate")
        assert (figure.input_tokens, figure.output_tokens) == (1024, 1024)
        assert figure.load in {1, 2, 4, 8} and figure.requests == 300 * figure.load
    assert sum(figure.metric == "tpot_ms" for figure in sglang) == 8
    # throughput only where the offered load (rate x 1024 tokens) was above what the server returned
    for figure in sglang:
        if figure.metric == "output_tokens_per_s":
            assert figure.load is not None and figure.published < figure.load * 1024
