"""Held-out sets B to K (benchmarks/sizing/published_{b,...,k}*.py): every row held out, sourced, representable.

No prediction is made here: the rows are checked as data only, so that writing this test
cannot leak anything about the model's errors on them. Each set was written down before
any prediction of its rows and wired into `FIGURES` once (see each module's docstring).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from benchmarks.sizing import published_c, published_g, published_h
from benchmarks.sizing.catalogue import find_gpu, find_model
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_b import held_out_b
from benchmarks.sizing.published_c import held_out_c
from benchmarks.sizing.published_d import held_out_d
from benchmarks.sizing.published_e import held_out_e
from benchmarks.sizing.published_f import held_out_f
from benchmarks.sizing.published_g import held_out_g
from benchmarks.sizing.published_h import held_out_h
from benchmarks.sizing.published_i import held_out_i
from benchmarks.sizing.published_j import held_out_j
from benchmarks.sizing.published_k import held_out_k
from benchmarks.sizing.published_l import held_out_l
from benchmarks.sizing.published_m import held_out_m
from benchmarks.sizing.published_n import held_out_n
from benchmarks.sizing.published_o import held_out_o
from benchmarks.sizing.published_p import held_out_p
from benchmarks.sizing.published_q import held_out_q
from benchmarks.sizing.trtllm_bench import __doc__ as TRTLLM_BENCH_DOC

SETS: dict[str, tuple[PublishedFigure, ...]] = {
    "b": held_out_b(),
    "c": held_out_c(),
    "d": held_out_d(),
    "e": held_out_e(),
    "f": held_out_f(),
    "g": held_out_g(),
    "h": held_out_h(),
    "i": held_out_i(),
    "j": held_out_j(),
    "k": held_out_k(),
    "l": held_out_l(),
    "m": held_out_m(),
    "n": held_out_n(),
    "o": held_out_o(),
    "p": held_out_p(),
    "q": held_out_q(),
}
# Written down but not yet wired into FIGURES: the lead wires a pending set in once, after the model's
# last validation run, and then removes it from here.
PENDING: tuple[str, ...] = ()
# collected to the stricter rules: GitHub files at a commit, values as printed, independent by value
LATE = ("i", "j", "k", "l", "m", "n", "o", "p", "q")
ROWS = [figure for rows in SETS.values() for figure in rows]


def _id(figure: PublishedFigure) -> str:
    return figure.key


def _page(url: str) -> str:
    """A source without its anchor and, for a file on GitHub, without the commit: the same
    document at another commit is the same source."""
    parts = url.split("#")[0].split("/")
    if len(parts) > 6 and parts[2] == "github.com" and parts[5] == "blob":
        del parts[6]
    return "/".join(parts)


def _others(letter: str) -> list[PublishedFigure]:
    return [figure for figure in FIGURES if not figure.key.startswith(f"{letter}-")]


@pytest.mark.parametrize("letter", SETS)
def test_each_set_is_held_out_and_in_the_table_once(letter: str) -> None:
    rows = SETS[letter]
    assert rows
    assert {figure.role for figure in rows} == {"held-out"}
    keys = [figure.key for figure in rows]
    assert all(key.startswith(f"{letter}-") for key in keys)
    wired = [figure.key for figure in FIGURES if figure.key.startswith(f"{letter}-")]
    assert wired == ([] if letter in PENDING else keys)
    assert len(keys) == len(set(keys))
    table = [figure.key for figure in FIGURES]
    assert len(table) == len(set(table))


@pytest.mark.parametrize("letter", ["c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"])
def test_no_source_shares_a_document_with_the_rest_of_the_table(letter: str) -> None:
    earlier = {_page(figure.source) for figure in _others(letter)}
    mine = {_page(figure.source) for figure in SETS[letter]}
    assert not earlier & mine
    # trtllm_bench.py cites its own pages in its docstring; none of them is a later source either.
    assert not any(page in (TRTLLM_BENCH_DOC or "") for page in mine)


def test_held_out_b_cites_no_page_of_the_rest_of_the_table() -> None:
    # B was collected with the exact-URL rule (its sources share files with A at other commits).
    earlier = {figure.source for figure in _others("b")}
    assert not earlier & {figure.source for figure in SETS["b"]}


@pytest.mark.parametrize("figure", ROWS, ids=_id)
def test_row_names_a_url_source_and_where_in_it(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc and url.path not in ("", "/")
    assert figure.where.strip()


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


@pytest.mark.parametrize("figure", [figure for letter in "cdefghijklmnopq" for figure in SETS[letter]], ids=_id)
def test_later_rows_say_what_they_assumed(figure: PublishedFigure) -> None:
    assert figure.note.strip()
    if figure.key.startswith("d-") and figure.mode == "offline":
        assert figure.requests is not None and figure.requests > 0


LATE_ROWS = [figure for letter in LATE for figure in SETS[letter]]


@pytest.mark.parametrize("figure", LATE_ROWS, ids=_id)
def test_late_row_names_a_github_file_at_a_commit(figure: PublishedFigure) -> None:
    url = urlparse(figure.source)
    assert url.scheme == "https" and url.netloc == "github.com"
    parts = url.path.split("/")
    assert parts[3] == "blob" and len(parts[4]) == 40 and all(c in "0123456789abcdef" for c in parts[4])


@pytest.mark.parametrize("figure", LATE_ROWS, ids=_id)
def test_late_row_quotes_the_printed_value_and_states_its_prompts(figure: PublishedFigure) -> None:
    # published as printed: the value appears where the row says it is, at the printed precision
    quoted = [token.strip("'|:,()\"") for token in figure.where.split()]
    assert any(token and _same(token, figure.published) for token in quoted)
    # the prompt count where the source states it; otherwise the note says it is not stated
    assert figure.requests is not None or "Prompts not stated" in figure.note
    assert figure.engine.name.strip()


def _same(token: str, value: float) -> bool:
    try:
        return float(token) == value
    except ValueError:
        return False


@pytest.mark.parametrize("letter", LATE)
def test_late_set_repeats_no_measurement_of_the_rest_of_the_table(letter: str) -> None:
    # Independence by measurement: a run re-published elsewhere (another page, blog, README or
    # language version) carries the same value for the same model on the same GPU.
    earlier = {(figure.model, figure.gpu, round(figure.published, 2)) for figure in _others(letter)}
    assert not [f.key for f in SETS[letter] if (f.model, f.gpu, round(f.published, 2)) in earlier]


@pytest.mark.parametrize("letter", ["b", "c"])
def test_the_set_covers_what_the_issue_asks_of_held_out_figures(letter: str) -> None:
    # Issue 14: held-out figures across >= 4 GPU types, TP 1-8, dense and MoE, offline and
    # fixed-concurrency; the briefs for B and C: >= 40 rows, >= 12 at fixed concurrency.
    rows = SETS[letter]
    assert len(rows) >= 40
    assert len({figure.gpu for figure in rows}) >= 4
    assert {1, 2, 4, 8} <= {figure.tp for figure in rows}
    assert {find_model(figure.model).experts > 1 for figure in rows} == {True, False}
    assert sum(figure.mode == "concurrency" for figure in rows) >= 12
    assert any(figure.mode == "offline" for figure in rows)


def test_held_out_c_docstring_states_the_true_row_count() -> None:
    stated = re.search(r"Held-out C \((\d+) rows", published_c.__doc__ or "")
    assert stated is not None
    assert int(stated.group(1)) == len(SETS["c"])


def test_held_out_d_has_the_shape_its_docstring_states() -> None:
    # published_d.py's docstring: 66 rows; H100, H200, A100 80 GB, MI300X, MI325X; TP 1, 2 and 8;
    # dense and MoE; 30 offline, 16 at fixed concurrency, 20 static batches.
    rows = SETS["d"]
    assert len(rows) == 66
    assert {figure.gpu for figure in rows} == {"H100-SXM", "H200", "A100-80GB", "MI300X", "MI325X"}
    assert {figure.tp for figure in rows} == {1, 2, 8}
    modes = [figure.mode for figure in rows]
    assert (modes.count("offline"), modes.count("concurrency"), modes.count("static")) == (30, 16, 20)
    moe = {figure.model for figure in rows if find_model(figure.model).experts > 1}
    assert moe == {"DeepSeek-R1", "Qwen3-30B-A3B", "Mixtral-8x7B"}
    assert {figure.model for figure in rows} - moe


def test_held_out_e_has_the_shape_its_docstring_states() -> None:
    # published_e.py's docstring: H100, MI300X, A100 80 GB and L4; TP 1, 2, 4 and 8; Mixtral the
    # one MoE model; offline, static and fixed-concurrency rows; every source a file at a commit.
    rows = SETS["e"]
    assert len(rows) == 64
    assert {figure.gpu for figure in rows} == {"H100-SXM", "MI300X", "A100-80GB", "L4"}
    assert {figure.tp for figure in rows} == {1, 2, 4, 8}
    assert {figure.model for figure in rows if find_model(figure.model).experts > 1} == {"Mixtral-8x7B"}
    assert sum(figure.mode == "concurrency" for figure in rows) >= 12
    assert {figure.mode for figure in rows} == {"offline", "static", "concurrency"}
    assert all(urlparse(figure.source).netloc == "github.com" and "/blob/" in figure.source for figure in rows)


def test_held_out_e_static_rows_are_batch_times_output_over_the_printed_latency() -> None:
    # The blog prints end-to-end latency in ms; e.g. Llama 3.1 70B, MI300X, batch 16, 128/2048: 23538 ms.
    row = next(f for f in SETS["e"] if f.key == "e-rocmblog-llama-3.1-70b-mi300x-tp8-b16-128-2048")
    assert row.published == pytest.approx(16 * 2048 / 23.538)
    assert "23538 ms" in row.where


def test_held_out_f_has_the_shape_its_docstring_states() -> None:
    rows = SETS["f"]
    assert len(rows) == 44
    assert {figure.gpu for figure in rows} == {"H100-SXM", "A100-80GB", "A10", "MI300X", "B200"}
    assert {figure.tp for figure in rows} == {1, 2, 4, 8}
    assert {figure.mode for figure in rows} == {"offline", "static", "rate", "concurrency"}
    rate = [figure for figure in rows if figure.mode == "rate"]
    assert all(figure.metric == "itl_ms" and figure.load in {1, 2, 4, 6} for figure in rate)
    # the PRs print 'qps = r: <new> ms (was <old> ms)'; the set takes <old>, the engine before the PR
    assert all(f"(was {figure.published} ms)" in figure.where for figure in rate)


def test_held_out_f_concurrency_rows_state_fixed_lengths_and_their_request_count() -> None:
    concurrency = [figure for figure in SETS["f"] if figure.mode == "concurrency"]
    assert len(concurrency) == 3
    for figure in concurrency:
        assert figure.requests is not None and figure.load is not None and figure.requests >= figure.load
        # the printed totals are prompts x length, which is what makes the lengths fixed
        assert str(figure.requests * figure.input_tokens) in figure.note
        assert str(figure.requests * figure.output_tokens) in figure.note


def test_held_out_g_has_the_shape_its_docstring_states() -> None:
    # published_g.py's docstring: 52 rows; A100 80 GB, H100 SXM, H200, MI300X; TP 1, 2, 4 and 8;
    # dense and MoE; 40 offline, 8 static, 4 at fixed concurrency.
    assert len(SETS["g"]) == 52
    assert "52 rows" in (published_g.__doc__ or "")
    assert {figure.gpu for figure in SETS["g"]} == {"A100-80GB", "H100-SXM", "H200", "MI300X"}
    assert {figure.tp for figure in SETS["g"]} == {1, 2, 4, 8}
    modes = [figure.mode for figure in SETS["g"]]
    assert (modes.count("offline"), modes.count("static"), modes.count("concurrency")) == (40, 8, 4)
    moe = {figure.model for figure in SETS["g"] if find_model(figure.model).experts > 1}
    assert moe == {"Qwen3-235B-A22B", "Qwen3-30B-A3B", "DeepSeek-R1"}
    assert {figure.model for figure in SETS["g"]} - moe


@pytest.mark.parametrize("figure", [f for f in SETS["g"] if f.mode != "static"], ids=_id)
def test_held_out_g_row_quotes_the_printed_value(figure: PublishedFigure) -> None:
    # published as printed: the value appears verbatim where the row says it is
    assert f"{figure.published}" in figure.where or f"{figure.published:.2f}" in figure.where


@pytest.mark.parametrize("figure", [f for f in SETS["g"] if f.mode == "static"], ids=_id)
def test_held_out_g_static_rows_are_batch_times_output_over_the_printed_latency(figure: PublishedFigure) -> None:
    # the CSV prints the latency of one batch; the output rate is batch x output tokens / latency
    latency = float(figure.where.split(",")[6])
    assert figure.load is not None
    assert figure.published == pytest.approx(figure.load * figure.output_tokens / latency)
    assert figure.requests == figure.load


def test_held_out_g_gpustack_blocks_generate_their_requested_lengths() -> None:
    # a block is kept only if its generated total is within 2 % of prompts x requested output
    # (requests that stop early would make the output length a spread, not a fixed length)
    for config in published_g._CONFIGS:
        for case, prompts, total_in, total_out, _ in config[7]:
            wanted_in, wanted_out = published_g._REQUESTED[case]
            assert prompts * wanted_out * 0.98 <= total_out <= prompts * wanted_out, (config[0], config[1], case)
            assert prompts * wanted_in * 0.99 <= total_in <= prompts * wanted_in, (config[0], config[1], case)


@pytest.mark.parametrize("figure", [f for f in SETS["g"] if f.key.startswith("g-gpustack-")], ids=_id)
def test_held_out_g_gpustack_rows_are_prompts_times_length(figure: PublishedFigure) -> None:
    # the lengths are the printed totals over the successful requests, and those totals are in the note
    assert figure.requests is not None
    assert f"{figure.requests} successful requests" in figure.note
    assert f"{figure.input_tokens} in / {figure.output_tokens} out" in figure.note


@pytest.mark.parametrize("figure", SETS["h"], ids=_id)
def test_held_out_h_row_quotes_the_printed_value(figure: PublishedFigure) -> None:
    # published as printed: the value appears verbatim where the row says it is
    printed = {f"{figure.published:.2f}", f"{figure.published}", f"{figure.published:g}"}
    assert any(re.search(rf"(?<![\d.]){re.escape(value)}(?![\d.])", figure.where) for value in printed)


def test_held_out_h_has_the_shape_its_docstring_states() -> None:
    doc = published_h.__doc__ or ""
    assert f"({len(SETS['h'])} rows" in doc
    # Issue 14 asks held-out figures across >= 4 GPU types, TP 1-8, dense and MoE, offline and
    # fixed-concurrency; H reaches 3 GPU types (A100 80 GB, L40S, H200), which the docstring says.
    assert {figure.gpu for figure in SETS["h"]} == {"A100-80GB", "L40S", "H200"}
    assert {figure.tp for figure in SETS["h"]} == {1, 2, 4, 8}
    assert {find_model(figure.model).experts > 1 for figure in SETS["h"]} == {True, False}
    modes = [figure.mode for figure in SETS["h"]]
    assert (modes.count("concurrency"), modes.count("offline"), modes.count("rate")) == (29, 14, 12)


def test_held_out_h_qwen_speed_rows_are_batch_one_with_2048_generated_tokens() -> None:
    qwen = [figure for figure in SETS["h"] if figure.key.startswith("h-qwen2.5-")]
    assert qwen
    for figure in qwen:
        assert figure.gpu == "A100-80GB" and figure.mode == "concurrency" and figure.load == 1
        assert figure.output_tokens == 2048 and figure.input_tokens in {1, 6144, 14336, 30720}
    # e.g. '72B (vLLM)', Input Length 1, BF16, GPU Num 4, Default setting: 31.37 tokens/s
    row = next(f for f in qwen if f.key == "h-qwen2.5-72b-a100-tp4-bf16-1-2048")
    assert row.published == 31.37 and row.weight_dtype == "bf16" and row.engine.memory_fraction == 0.9


def test_held_out_h_qserve_rows_are_the_trtllm_fp16_and_w4a16_cells_at_1024_in_512_out() -> None:
    qserve = [figure for figure in SETS["h"] if figure.key.startswith("h-qserve-")]
    assert len(qserve) == 14
    for figure in qserve:
        assert figure.mode == "offline" and figure.load is None and figure.tp == 1
        assert (figure.input_tokens, figure.output_tokens) == (1024, 512)
        assert figure.weight_dtype in {"fp16", "int4"} and figure.kv_dtype == "fp16"
    assert {figure.gpu for figure in qserve} == {"L40S", "A100-80GB"}
    # 'L40S (48G)' table, TRT-LLM-FP16 row, Llama-3-8B column: 1326 tokens/s
    row = next(f for f in qserve if f.key == "h-qserve-trt-llm-fp16-llama-3-8b-l40s-1024-512")
    assert row.published == 1326


def test_held_out_h_sglang_rows_are_deepseek_v3_on_one_h200_node_at_fixed_rates() -> None:
    sglang = [figure for figure in SETS["h"] if figure.key.startswith("h-sglang-")]
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
