"""`sovereign-router size` loads only what sizing needs, so it answers in well under a second.

Start-up time is what a user of `size` waits for (the sizing itself takes milliseconds).
Importing the router's config (classifiers, spaCy), Ray, torch or matplotlib costs 0.4-1 s
each on a shared CPU. Wall-clock time is not asserted (the machine is shared); what is
imported is, in a fresh interpreter that runs the real command.
"""

from __future__ import annotations

import json
import subprocess
import sys

_HEAVY = ("ray", "torch", "matplotlib", "transformers", "vllm", "spacy", "classifiers", "router.config", "numpy")

_SCRIPT = """
import json, sys
from router.cli import app
try:
    app(args=sys.argv[1:], prog_name="sovereign-router")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _run(tmp_path, *extra: str) -> tuple[int, set[str]]:
    args = ["size", "--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--out", str(tmp_path), *extra]
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args], capture_output=True, text=True, timeout=120, check=False
    )
    result = json.loads(done.stderr.strip().splitlines()[-1])
    return result["code"], set(result["modules"])


def _heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in _HEAVY if name in modules)


def test_size_imports_neither_ray_nor_torch_nor_matplotlib(tmp_path):
    code, modules = _run(tmp_path)
    assert code in (0, None)
    assert "benchmarks.sizing.plan" in modules  # the command really ran
    assert _heavy(modules) == []
    assert len(list(tmp_path.glob("llama-3.1-70b_h100-sxm_tp*_bf16.md"))) == 1
    assert not list(tmp_path.glob("*.png"))


def test_plot_is_opt_in_and_then_draws_the_png(tmp_path):
    code, modules = _run(tmp_path, "--plot")
    assert code in (0, None)
    assert "matplotlib" in modules  # the check above can fail: the same probe sees matplotlib here
    (png,) = tmp_path.glob("llama-3.1-70b_h100-sxm_tp*_bf16.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"]({png.name})" in png.with_suffix(".md").read_text()
