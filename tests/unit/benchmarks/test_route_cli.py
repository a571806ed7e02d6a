"""`bench route` options: parsing and validation (no server is started)."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from benchmarks.route.cli import parse_concurrencies, route_command, streams_for


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(route_command)
    return app


def test_concurrency_lists():
    assert parse_concurrencies(None) == (1, 8, 32, 64)
    assert parse_concurrencies(["8", "1, 32", "8"]) == (1, 8, 32)
    for bad in (["0"], ["x"], ["1,,2"], ["-4"]):
        with pytest.raises(typer.BadParameter):
            parse_concurrencies(bad)


def test_streaming_choice():
    assert streams_for(None, both=False) == (False, True)
    assert streams_for(None, both=True) == (False, True)
    assert streams_for(True, both=False) == (True,)
    assert streams_for(False, both=False) == (False,)
    with pytest.raises(typer.BadParameter):
        streams_for(True, both=True)


@pytest.mark.parametrize(
    "args",
    [
        ["--concurrency", "0"],
        ["--both", "--no-stream"],
        ["--requests", "0"],
        ["--proxy-mode", "nginx"],
        ["--upstream-latency-ms", "-1"],
    ],
)
def test_bad_options_exit_2_before_any_server_starts(cli, args, tmp_path):
    result = CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "out"), "--work-dir", str(tmp_path / "w")])
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "w").exists() and not (tmp_path / "out").exists()


def test_a_router_config_that_is_not_a_mapping_is_refused(cli, tmp_path):
    overrides = tmp_path / "over.yaml"
    overrides.write_text("- just\n- a list\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--router-config", str(overrides), "--work-dir", str(tmp_path / "w")])
    assert result.exit_code == 2 and not (tmp_path / "w").exists()
