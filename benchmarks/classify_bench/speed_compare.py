"""The classifier's CPU per call, today's code against a git revision's, side by side.

`python -m benchmarks.classify_bench.speed_compare --baseline REV [--rounds 9] [--out FILE.md]`
checks out `REV` into a temporary git worktree and starts two worker processes, one
importing `classifiers` from that worktree, one from this tree. Each round asks both for
the median `Classifier.classify` CPU time (`time.process_time`) of every text over
`--calls` calls, alternating which goes first, so that load on a shared machine lands on
both alike; the table gives the median of the rounds and their ratio. The workers also
return every classification's findings, and the run stops if any text is classified
differently: a speed-up must not change a result.

The texts are the route benchmark's prompts and prose of 1 and 10 KB with and without
numbers in it (the digit-bearing patterns' costs grow with the text once it holds a digit).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.route.runner import PERSONAL_1KB, PROSE_1KB, REDACTED_TWIN_1KB

ROOT = Path(__file__).resolve().parents[2]
TEXTS = {
    "a question (30 chars)": "What is the capital of France?",
    "1 KB prose": PROSE_1KB,
    "1 KB prose and a phone number": PROSE_1KB + " Call me on 07700 900123.",
    "bench route's personal prompt": PERSONAL_1KB,
    "its redacted twin": REDACTED_TWIN_1KB,
    "10 KB prose": " ".join([PROSE_1KB] * 11),
    "10 KB prose and a phone number": " ".join([PROSE_1KB] * 11) + " Call me on 07700 900123.",
    "10 KB prose and 22 amounts": " ".join(f"{PROSE_1KB} Ref {i} costs £{i * 13}.{i:02d}" for i in range(11)),
}

_WORKER = """
import json, statistics, sys, time
import classifiers
from classifiers import Classifier, ClassifierSettings
classifier = Classifier(ClassifierSettings())
classifier.warm_up()
print(json.dumps(classifiers.__file__), flush=True)
for line in sys.stdin:
    text, calls = json.loads(line)
    result = classifier.classify(text)
    times = []
    for _ in range(calls):
        start = time.process_time()
        classifier.classify(text)
        times.append(time.process_time() - start)
    found = [int(result.level), [[f.kind, f.start, f.end, f.score, f.recogniser] for f in result.findings]]
    print(json.dumps([statistics.median(times) * 1e3, found]), flush=True)
"""


class _Worker:
    """A process classifying with the `classifiers` package of one tree."""

    def __init__(self, tree: Path) -> None:
        self._tree = tree
        env = {**os.environ, "PYTHONPATH": str(tree)}
        self._process = subprocess.Popen(
            [sys.executable, "-c", _WORKER], cwd=tree, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        imported = Path(json.loads(self._process.stdout.readline() or '""'))
        if not imported.is_relative_to(tree):
            raise RuntimeError(f"the worker for {tree} imported classifiers from {imported}")

    def time(self, text: str, calls: int) -> tuple[float, list[object]]:
        """The median CPU milliseconds of `calls` classifications of `text`, and its classification."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps([text, calls]) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the worker for {self._tree} stopped")
        median_ms, found = json.loads(line)
        return median_ms, found

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)


@contextmanager
def _checked_out(revision: str) -> Iterator[Path]:
    """`revision` in a temporary worktree, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="classify-baseline-") as parent:
        tree = Path(parent) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), revision], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False,
                           capture_output=True)


def compare(revision: str, rounds: int, calls: int) -> list[dict[str, object]]:
    """Per text: chars, the baseline's and today's median of round medians (ms), and their ratio."""
    with _checked_out(revision) as tree:
        baseline, today = _Worker(tree), _Worker(ROOT)
        try:
            samples: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in TEXTS}
            for round_no in range(rounds):
                for name, text in TEXTS.items():
                    n = max(5, calls // 10) if len(text) > 5000 else calls
                    order = (baseline, today) if round_no % 2 == 0 else (today, baseline)
                    results = {id(worker): worker.time(text, n) for worker in order}
                    (before_ms, found_before), (after_ms, found_after) = results[id(baseline)], results[id(today)]
                    if found_before != found_after:
                        raise SystemExit(f"{name!r} is classified differently: {found_before} against {found_after}")
                    samples[name][0].append(before_ms)
                    samples[name][1].append(after_ms)
        finally:
            baseline.close()
            today.close()
    rows = []
    for name, (before_samples, after_samples) in samples.items():
        before, after = statistics.median(before_samples), statistics.median(after_samples)
        rows.append({"text": name, "chars": len(TEXTS[name]), "before_ms": before, "after_ms": after,
                     "ratio": after / before})
    return rows


def markdown(rows: list[dict[str, object]], revision: str, rounds: int, calls: int, load: tuple[float, float]) -> str:
    """The comparison as a markdown table with its conditions."""
    lines = [
        f"`python -m benchmarks.classify_bench.speed_compare --baseline {revision} --rounds {rounds} --calls {calls}`,"
        f" {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; `Classifier.classify` CPU per call, median of {rounds} rounds "
        f"(each the median of {calls} calls, a tenth of that at 10 KB), the two processes alternating; load "
        f"average {load[0]:.2f} at the start and {load[1]:.2f} at the end. Every text was classified the same by both.",
        "",
        f"| text | chars | {revision} | today | today / {revision} |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(f"| {row['text']} | {row['chars']} | {row['before_ms']:.2f} ms | **{row['after_ms']:.2f} ms** "
                     f"| {row['ratio']:.2f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="git revision to compare against")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--out", type=Path, help="write the markdown table here as well")
    args = parser.parse_args()
    start_load = os.getloadavg()[0]
    rows = compare(args.baseline, args.rounds, args.calls)
    report = markdown(rows, args.baseline, args.rounds, args.calls, (start_load, os.getloadavg()[0]))
    print(report)
    if args.out is not None:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
