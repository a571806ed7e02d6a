"""Held-out J (benchmarks/sizing/published_j*.py): what its sources print, checked row by row.

No prediction is made here: the rows are checked as data only, so that writing this test cannot
leak anything about the model's errors on them. The set was written down before any prediction of
its rows and wired into `FIGURES` once, after round 8's last validation run (published_j.py). The
checks every held-out set shares (held out, sourced, representable, independent by document and
by value) are in test_sizing_held_out_sets.py.
"""

from __future__ import annotations

from benchmarks.sizing.published_j import held_out_j

ROWS = held_out_j()


def test_every_engine_names_its_version_or_says_it_is_not_printed() -> None:
    for figure in ROWS:
        name = figure.engine.name
        assert any(char.isdigit() for char in name.split(",")[0]) or "version not printed" in name


def test_variable_length_rows_are_offline_with_their_mean_lengths() -> None:
    # Only offline runs whose totals are printed may use varying lengths; their lengths are the means.
    varlen = [figure for figure in ROWS if "-varlen" in figure.key]
    assert all(figure.mode == "offline" and figure.requests for figure in varlen)
    for figure in varlen:
        totals = figure.note.split("printed totals (")[1]
        total_in = int(totals.split(" input / ")[0])
        total_out = int(totals.split(" input / ")[1].split(" output")[0])
        assert figure.requests is not None
        assert figure.input_tokens == round(total_in / figure.requests)
        assert figure.output_tokens == round(total_out / figure.requests)
    fixed = [figure for figure in ROWS if "-varlen" not in figure.key]
    assert all("--random-range-ratio 1" in figure.note for figure in fixed if "bench_serving" in figure.note)


def test_the_deepseek_v3_republication_is_gone() -> None:
    # DataCrunch's DeepSeek-V3 post republishes the SGLang runs held-out H holds (benchmark_dsv3).
    assert not [figure.key for figure in ROWS if "dsv3" in figure.key or figure.model == "DeepSeek-V3"]
    assert not [figure.source for figure in ROWS if "datacrunch-research/blogs" in figure.source]


def test_azure_mi300x_rows_are_fixed_length_offline_runs_of_1000_requests() -> None:
    rows = [figure for figure in ROWS if figure.key.startswith("j-azure-mi300x-")]
    assert len(rows) == 18
    assert {figure.gpu for figure in rows} == {"MI300X"}
    assert {(figure.model, figure.tp) for figure in rows} == {
        ("Llama-3.1-8B", 1),
        ("Llama-3.1-70B", 8),
        ("Llama-3.1-405B", 8),
    }
    assert all(figure.mode == "offline" and figure.requests == 1000 for figure in rows)
    assert {(figure.weight_dtype, figure.kv_dtype) for figure in rows} == {("fp8", "fp8")}
    assert all("output tokens/s" in figure.note for figure in rows)


def test_the_set_has_the_shape_its_docstring_states() -> None:
    assert {figure.gpu for figure in ROWS} == {"H200", "MI300X"}
    assert {figure.tp for figure in ROWS} == {1, 4, 8}
    assert {figure.mode for figure in ROWS} == {"offline"}
    assert len(ROWS) == 23
