"""`sovereign-router size` end to end through typer, and the validation writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmarks.sizing.cli import size_app
from benchmarks.sizing.validate import FIGURES, validate, write_validation

runner = CliRunner()


def test_size_prints_json_and_writes_the_report(tmp_path):
    result = runner.invoke(
        size_app,
        ["--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--tp", "1", "--rps", "5", "--json", "--out", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["plan"]["kv_bytes_per_token"] == 131_072
    assert report["plan"]["workload"]["rps"] == 5
    assert report["plan"]["replicas"] >= 1
    assert report["cost"]["prices"]["gpu_hour_usd"] == 3.0
    stem = "llama-3.1-8b_h100-sxm_tp1_bf16"
    assert json.loads((tmp_path / f"{stem}.json").read_text()) == {
        k: v for k, v in report.items() if k != "alternatives"
    }
    markdown = (tmp_path / f"{stem}.md").read_text()
    assert markdown.startswith("# GPU sizing: Llama-3.1-8B on H100-SXM")
    low, high = report["plan"]["nodes_range"]
    assert "| replicas / GPUs / nodes within the error band |" in markdown and f"/ {low}-{high} (held-out" in markdown
    assert not (tmp_path / f"{stem}.png").exists()  # the plot is opt-in (--plot)


def test_size_prints_a_table_by_default(tmp_path):
    result = runner.invoke(
        size_app,
        [
            "--model",
            "Llama-3.1-70B",
            "--gpu",
            "H100-SXM",
            "--tp",
            "4",
            "--weight-dtype",
            "FP8",
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "replicas" in result.stdout and "break-even" in result.stdout
    assert (tmp_path / "llama-3.1-70b_h100-sxm_tp4_fp8.md").exists()


def test_size_accepts_a_config_json_directory(tmp_path):
    model_dir = tmp_path / "my-model"
    model_dir.mkdir()
    (model_dir / "config.json").write_text(
        json.dumps(
            {
                "num_hidden_layers": 32,
                "hidden_size": 4096,
                "num_attention_heads": 32,
                "num_key_value_heads": 8,
                "intermediate_size": 14336,
                "vocab_size": 128256,
                "max_position_embeddings": 131072,
            }
        )
    )
    result = runner.invoke(size_app, ["--model", str(model_dir), "--gpu", "l40s", "--json", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["plan"]["deployment"]["model"]["name"] == "my-model"


def test_unknown_model_exits_2_with_suggestions(tmp_path):
    result = runner.invoke(size_app, ["--model", "lama-3.1-8b", "--gpu", "h100-sxm", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "did you mean Llama-3.1-8B" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_model_that_does_not_fit_exits_2_with_what_would(tmp_path):
    result = runner.invoke(
        size_app, ["--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--tp", "1", "--out", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "needs 141 GB of weights" in result.stderr
    assert "--weight-dtype fp8 at --tp 2" in result.stderr


def test_bad_dtype_is_a_usage_error(tmp_path):
    result = runner.invoke(size_app, ["--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--weight-dtype", "fp4"])
    assert result.exit_code == 2
    assert "fp4" in result.stderr


def test_validation_covers_six_or_more_figures_and_writes_both_files(tmp_path: Path):
    rows = validate()
    assert len([row for row in rows if row.figure.role == "held-out"]) >= 6
    for row in rows:
        assert row.error_pct == (row.predicted - row.figure.published) / row.figure.published * 100
        assert row.figure.source.startswith("https://")
    markdown, json_path = write_validation(tmp_path, measured_dir=tmp_path / "no-runs")
    text = markdown.read_text()
    assert "were not measured by us" in text
    assert "## Measured here" not in text
    assert text.count("| held-out |") + text.count("| fit |") == len(FIGURES)
    assert json.loads(json_path.read_text())["measured_here"]["rows"] == []


def test_tp_auto_picks_the_fewest_gpus_and_lists_alternatives(tmp_path):
    result = runner.invoke(
        size_app, ["--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--rps", "2", "--json", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    alternatives = report["alternatives"]
    assert report["plan"]["deployment"]["tp"] == alternatives[0]["tp"] >= 2  # 141 GB of bf16 weights
    assert [a["gpus"] for a in alternatives] == sorted(a["gpus"] for a in alternatives)
    low, high = report["plan"]["nodes_range"]
    assert low <= report["plan"]["nodes"] <= high


def test_workload_from_a_jsonl_of_lengths(tmp_path):
    lengths = tmp_path / "lengths.jsonl"
    lengths.write_text('{"input_tokens": 100, "output_tokens": 50}\n{"prompt_tokens": 300, "completion_tokens": 150}\n')
    result = runner.invoke(
        size_app,
        [
            "--model",
            "llama-3.1-8b",
            "--gpu",
            "h200-sxm",
            "--tp",
            "1",
            "--workload",
            str(lengths),
            "--json",
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    work = json.loads(result.stdout)["plan"]["workload"]
    assert (work["input_tokens"], work["output_tokens"], work["rps"]) == (200, 100, 1.0)


def test_workload_from_a_bench_load_result(tmp_path):
    from benchmarks.sizing.workload_file import read_workload

    stats = read_workload(Path("benchmarks/results/load/example-upstream-sim.json"))
    assert stats.requests == 200 and stats.rps is not None and stats.rps > 0
    assert stats.input_tokens == round(29584 / 200)


def test_size_plans_a_moe_model_with_the_fused_kernels_small_batch_floor(tmp_path):
    # the floor validation scores MoE rows with (moe_small_batch.py) is in the plan too, per TP
    from benchmarks.sizing import find_gpu, find_model
    from benchmarks.sizing.moe_small_batch import small_batch_floor_us

    floors = {}
    for tp in (1, 2):
        result = runner.invoke(
            size_app,
            ["--model", "qwen3-30b-a3b", "--gpu", "h100-sxm", "--tp", str(tp), "--json", "--out", str(tmp_path)],
        )
        assert result.exit_code == 0, result.output
        floors[tp] = json.loads(result.stdout)["plan"]["efficiency"]["moe_layer_floor_us"]
    expected = small_batch_floor_us(find_model("Qwen3-30B-A3B"), find_gpu("H100-SXM"), 1, "bf16")
    assert floors[1] == pytest.approx(expected) and expected > 0
    assert floors[2] == pytest.approx(expected / 2)


def _size(tmp_path: Path, *args: str) -> object:
    return runner.invoke(size_app, ["--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--out", str(tmp_path), *args])


@pytest.mark.parametrize("option", ["--rps", "--ttft-slo-ms", "--hosted-input-usd-per-m"])
def test_an_infinite_number_is_a_one_line_error(tmp_path, option):
    result = _size(tmp_path, option, "inf")
    assert result.exit_code == 2
    assert "must be a finite number" in result.output


def test_a_report_path_that_cannot_be_written_is_a_one_line_error(tmp_path):
    taken = tmp_path / "a-file"
    taken.write_text("")
    result = runner.invoke(size_app, ["--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--out", str(taken)])
    assert result.exit_code == 2 and "cannot write the report" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00", "not UTF-8 text"),
        (b'{"requests": [{"prompt_tokens": 10, "output_tokens": 5}], "summary": [1]}', None),
        (b'{"requests": [{"prompt_tokens": 10, "output_tokens": 5}], "summary": {"request_throughput": 1e999}}', None),
    ],
)
def test_a_workload_file_that_is_odd_never_gives_a_traceback(tmp_path, content, message):
    workload = tmp_path / "workload.json"
    workload.write_bytes(content)
    result = _size(tmp_path, "--workload", str(workload), "--json")
    if message is None:  # the lengths are usable; the odd rate is left out (the default 1 req/s)
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["plan"]["workload"]["rps"] == 1.0
    else:
        assert result.exit_code == 2 and message in result.output


def test_workload_counts_may_be_whole_floats_but_not_booleans(tmp_path):
    workload = tmp_path / "lengths.jsonl"
    workload.write_text('{"input_tokens": 500.0, "output_tokens": 100.0}\n{"input_tokens": true, "output_tokens": 7}\n')
    result = _size(tmp_path, "--workload", str(workload), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["plan"]["workload"]["input_tokens"] == 500


def test_a_missing_config_json_says_so(tmp_path):
    result = runner.invoke(size_app, ["--model", str(tmp_path / "missing.json"), "--gpu", "h100-sxm"])
    assert result.exit_code == 2 and "no such file" in result.output


def test_tp_auto_reports_the_largest_tp_when_none_works(tmp_path):
    # before: TP 1's memory error, suggesting --tp 8, which misses the ITL SLO
    result = runner.invoke(size_app, ["--model", "llama-2-70b", "--gpu", "l4", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "at --tp 8" in result.output and "cannot meet the SLOs" in result.output
    assert "a larger --tp" not in result.output  # 8 is the node


def test_a_request_beyond_the_models_context_suggests_no_longer_context(tmp_path):
    result = _size(tmp_path, "--input-tokens", "1000000000")
    assert result.exit_code == 2 and "--context" not in result.output.split("\n", 1)[1]


def test_alternatives_say_one_gpu_and_one_node(tmp_path):
    result = runner.invoke(size_app, ["--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert "--tp 1: 1 GPU (" in result.output and "1 node," in result.output
    assert "1 GPUs" not in result.output and "1 nodes" not in result.output


def test_a_plan_keeps_headroom_unless_told_to_fill_replicas(tmp_path):
    def plan(*extra: str) -> dict:
        args = ["--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--tp", "4", "--rps", "320", "--json"]
        result = runner.invoke(size_app, [*args, *extra, "--out", str(tmp_path)])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["plan"]

    kept, full = plan(), plan("--max-load", "1")
    assert kept["sized_utilisation"] <= 0.8 < full["sized_utilisation"]  # before: 0.99, by default
    assert kept["replicas"] > full["replicas"]
    assert kept["replicas_range"][0] >= full["replicas_range"][0]
