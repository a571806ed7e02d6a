"""`sovereign-router classify`: JSONL in, JSONL out in the same order, bad lines named at their place."""

from __future__ import annotations

import orjson
import pytest
from typer.testing import CliRunner

from router.cli import app


def test_each_line_answered_in_order_and_bad_lines_say_what_a_line_must_be(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOVEREIGN_ROUTER_DATA_DIR", str(tmp_path))
    lines = [
        {"text": "What is the capital of France?"},
        {"txt": "a misspelt key"},
        ["not", "an", "object"],
        {"text": "Her NHS number is 943 476 5919."},
    ]
    stdin = "\n".join(orjson.dumps(line).decode() for line in lines) + "\n{not json\n"
    result = CliRunner().invoke(app, ["classify", "-"], input=stdin)
    out = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("level") for o in out] == ["public", None, None, "personal", None]
    assert out[1] == {"error": 'line 2: each line must be a JSON object with a string "text"'}  # not "KeyError: 'text'"
    assert out[2] == {"error": 'line 3: each line must be a JSON object with a string "text"'}
    assert out[4]["error"].startswith("line 5: ")
    assert result.exit_code != 0
