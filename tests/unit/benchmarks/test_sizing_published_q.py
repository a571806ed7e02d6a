"""Held-out Q (benchmarks/sizing/published_q*.py): the shape its docstring states, checked as data only.

No prediction is made here: the shared checks (held out, sourced, representable, independent by value,
pending until the lead wires it in) live in test_sizing_held_out_sets.py; these pin what is particular to Q,
so that an edit to a row that changes the set's stated shape, or breaks a source's arithmetic, fails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.sizing import published_q, published_q_nchc, published_q_vault
from benchmarks.sizing.published import FIGURES, PublishedFigure
from benchmarks.sizing.published_q import held_out_q

ROWS = held_out_q()
NCHC = [figure for figure in ROWS if figure.key.startswith("q-nchc-")]
VAULT = [figure for figure in ROWS if figure.key.startswith("q-vault-")]
STATIC = [figure for figure in ROWS if figure.mode == "static"]


def _id(figure: PublishedFigure) -> str:
    return figure.key


def test_held_out_q_has_the_shape_its_docstring_states() -> None:
    doc = published_q.__doc__ or ""
    assert f"{len(ROWS)} rows;" in doc
    assert len(ROWS) == 8 and len(NCHC) == len(VAULT) == 4
    assert {figure.role for figure in ROWS} == {"held-out"}
    assert Counter(figure.gpu for figure in ROWS) == {"MI325X": 4, "MI300X": 4}
    assert Counter(figure.tp for figure in ROWS) == {1: 5, 8: 3}
    assert Counter(figure.mode for figure in ROWS) == {"offline": 6, "static": 2}
    assert {figure.model for figure in ROWS} == {"Qwen3-8B", "Llama-3.1-70B", "Llama-2-7B", "Llama-3.1-405B"}


def test_q_is_wired_into_figures_once() -> None:
    assert sorted(figure.key for figure in FIGURES if figure.key.startswith("q-")) == sorted(f.key for f in ROWS)


def test_each_part_cites_files_at_one_commit_each() -> None:
    assert Counter(figure.source for figure in NCHC) == {
        published_q_nchc.QWEN_SOURCE: 2,
        published_q_nchc.LLAMA_SOURCE: 2,
    }
    for source in (published_q_nchc.QWEN_SOURCE, published_q_nchc.LLAMA_SOURCE):
        assert re.search(r"/blob/[0-9a-f]{40}/work/NCHC/LMCache/ROCm/benchmark/", source)
        assert {figure.mode for figure in NCHC if figure.source == source} == {"offline", "static"}
    assert {figure.source for figure in VAULT} == {published_q_vault.SOURCE}
    assert f"/blob/{published_q_vault.COMMIT}/" in published_q_vault.SOURCE


@pytest.mark.parametrize("figure", [f for f in ROWS if f.mode == "offline"], ids=_id)
def test_offline_row_is_1000_prompts_at_a_fixed_length_pair(figure: PublishedFigure) -> None:
    assert figure.load is None and figure.requests == 1000
    assert figure.metric == "output_tokens_per_s"
    lengths = (256, 256) if figure in NCHC else (512, 128)
    assert (figure.input_tokens, figure.output_tokens) == lengths
    # as printed: 'NNNN.NN output tokens/s' (vllm bench), 'output: NNNN.NN toks/s' (progress bar) or a table cell
    printed = f"{figure.published:.2f}"
    quoted = (f"{printed} output tokens/s'", f"output: {printed} toks/s", f": {printed}")
    assert any(text in figure.where for text in quoted)


@pytest.mark.parametrize("figure", NCHC, ids=_id)
def test_nchc_rows_are_one_mi325x_with_fixed_outputs(figure: PublishedFigure) -> None:
    assert (figure.gpu, figure.tp, figure.weight_dtype, figure.kv_dtype) == ("MI325X", 1, "bf16", "bf16")
    if figure.mode == "offline":
        # fixed outputs: the printed output total is prompts x 256
        assert "256000 output tokens" in figure.note


@pytest.mark.parametrize("figure", STATIC, ids=_id)
def test_static_row_is_batch_times_output_over_the_printed_latency(figure: PublishedFigure) -> None:
    assert figure.load == 8 and figure.requests == 8
    assert (figure.input_tokens, figure.output_tokens) == (256, 128)
    match = re.search(r"'Avg latency: ([\d.]+) seconds'; derived 8 x 128 / ([\d.]+) = ([\d.]+) output", figure.where)
    assert match is not None
    printed, used, derived = match.groups()
    assert printed == used and figure.published == float(derived)
    # e.g. Qwen3-8B: 8 x 128 / 1.475279240796808 s = 694.11 output tokens/s
    assert figure.published == pytest.approx(8 * 128 / float(printed), abs=5e-3)


def test_vault_rows_are_the_mi300x_runs_the_note_prints() -> None:
    cells = {(f.model, f.tp, f.weight_dtype, f.published) for f in VAULT}
    assert cells == {
        ("Llama-2-7B", 1, "fp16", 2979.5),
        ("Llama-2-7B", 8, "fp16", 7159.24),
        ("Llama-2-7B", 8, "bf16", 6691.57),
        ("Llama-3.1-405B", 8, "bf16", 554.06),
    }
    for figure in VAULT:
        assert figure.gpu == "MI300X" and figure.kv_dtype == figure.weight_dtype
        # the engine's step limit is max_model_len (chunked prefill off, printed)
        assert figure.engine.max_num_tokens == (131072 if figure.model == "Llama-3.1-405B" else 4096)
