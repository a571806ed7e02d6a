"""In-process CPU cost of redact-then-restore for ~1 KB personal prompts.

`python -m benchmarks.route.redaction_cost [--out FILE.md]` times, per request, what the
router's redactor adds to a personal request on its way to the hosted API, and, in the
same run, the re-check it replaced:

* `level pass`: `Classifier.classify` — every request pays it, redacted or not;
* `redaction adds`: the full-span pass beyond the level pass (`Classifier.names_beyond`),
  `hosted.redact` over the built body, the last check over the whole serialised body
  (`Redaction.leftover_kinds`), the re-check (`Classifier.classify` of the
  sentences near the placeholders, `classifiers.recheck_text`, read through
  `Redaction.unnumbered`), and `Redaction.restore_response` of an answer that echoes the
  redacted text; `of which re-check` is that classification alone;
* `before: whole-text re-check`: the same steps with the re-check classifying the whole
  redacted text, as until the partial re-check;
* with `--baseline REV`: the same steps run by the redaction code of git revision `REV`
  (`hosted/redaction*.py`, `hosted/stream_restore.py` and `classifiers/full_spans.py` as
  `git show` gives them, imported under other names beside today's), interleaved with
  today's, so that a change's saving is measured side by side under one load.

CPU time (`time.process_time`), so other work on a shared machine inflates it less than
wall time. The router is not imported (benchmarks reach it only over HTTP); these are
the calls its redactor makes, in its order.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.route.cpu_timing import median_cpu_ms
from benchmarks.route.runner import PERSONAL_1KB
from classifiers import Classification, Classifier, ClassifierSettings, full_spans, request_text
from classifiers.ner_evidence import entity_finding
from classifiers.normalise import normalise
from classifiers.recheck_text import recheck_text
from hosted import SCHEMA_KEYS, Redaction, build_outgoing
from hosted import redaction as redaction_code

REPEATS = 200
ROOT = Path(__file__).resolve().parents[2]
def _baseline_files(revision: str) -> dict[str, str]:
    """The redaction modules as they were at `revision` (hosted/redaction*.py grew by splits) and their copies."""
    listed = subprocess.run(
        ["git", "ls-tree", "--name-only", revision, "hosted/"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    hosted = [p for p in listed if Path(p).name.startswith("redaction") or Path(p).name == "stream_restore.py"]
    copies = {p: f"baseline_hosted/{Path(p).name}" for p in hosted}
    return {**copies, "classifiers/full_spans.py": "baseline_full_spans.py"}


@dataclass(frozen=True)
class Steps:
    """The redaction code one column runs: today's, or a baseline revision's."""

    redaction: ModuleType  # hosted.redaction: redact, Redaction
    full_spans: ModuleType  # classifiers.full_spans: names_beyond, name_parts
    leftover_needs_values: bool  # before the last check took the redaction's own values

    def names_beyond(self, classifier: Classifier, text: str, found: list[str]) -> list[Any]:
        # `Classifier.names_beyond` with this column's full_spans (the benchmark reaches the tagger for it)
        return list(self.full_spans.names_beyond(classifier._ner, normalise(text), found, entity_finding))

    def leftover(self, done: Any, values: list[tuple[str, str]]) -> tuple[str, ...]:
        return tuple(done.leftover_kinds(values) if self.leftover_needs_values else done.leftover_kinds())


TODAY = Steps(redaction_code, full_spans, leftover_needs_values=False)


def baseline(revision: str) -> Steps:
    """The redaction code of `revision`, imported beside today's under other module names."""
    folder = Path(tempfile.mkdtemp(prefix="redaction-baseline-"))
    (folder / "baseline_hosted").mkdir()
    (folder / "baseline_hosted" / "__init__.py").write_text("", encoding="utf-8")
    for source, target in _baseline_files(revision).items():
        text = subprocess.run(
            ["git", "show", f"{revision}:{source}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        text = text.replace("from hosted.redaction", "from baseline_hosted.redaction")
        text = text.replace("from hosted.stream_restore", "from baseline_hosted.stream_restore")
        (folder / target).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    old = importlib.import_module("baseline_hosted.redaction")
    values = inspect.signature(old.Redaction.leftover_kinds).parameters.get("values")
    needs_values = values is not None and values.default is inspect.Parameter.empty
    return Steps(old, importlib.import_module("baseline_full_spans"), leftover_needs_values=needs_values)

PROMPTS = {
    "bench route's prompt": PERSONAL_1KB,
    "case note, names in four sentences": (
        "Case note for claimant Aisha Rahman, National Insurance number QQ 12 34 56 C. "
        "She lives at 14 Brook Street, Leeds LS1 4AB with her son Yusuf and her mother. "
        "Her landlord, Mr Graham Pike, served a section 21 notice in the spring and has not "
        "returned the deposit. Aisha says the boiler has been broken since the winter and "
        "that the council's environmental health team visited once. Yusuf attends the primary "
        "school on the same road and has asthma, which the damp makes worse according to her. "
        "She asked whether the housing element of her claim will change if she moves to her "
        "sister Farida's flat in Bradford for a few weeks while repairs are done, and whether "
        "she needs to tell us before or after the move. She also asked for the letter to be "
        "sent by e-mail rather than post. Please draft a reply that explains the rules on "
        "temporary absence, what evidence we need, and the deadline for reporting the change."
    ),
    "e-mail with a signature": (
        "Subject: overpayment letter\n\nDear team,\n\nI received a letter dated last month "
        "saying I was overpaid tax credits and that I must repay the amount in instalments. "
        "I do not understand how the figure was worked out, because my hours at work did not "
        "change and I reported my partner moving in as soon as it happened. Could you explain "
        "how the overpayment was calculated, whether I can ask for a mandatory reconsideration, "
        "and what happens to the repayments while that is looked at? I can send payslips and "
        "the tenancy agreement if that helps. I would prefer a phone call in the mornings as I "
        "work afternoons, and my reference is on the letter.\n\nKind regards,\n\nOwen Pritchard\n"
        "07700 900 123\nowen.pritchard@example.com"
    ),
}


def _body(text: str) -> dict[str, Any]:
    return build_outgoing("chat.completions", {"model": "auto", "messages": [{"role": "user", "content": text}]}).body


def _sent_text(body: dict[str, Any]) -> str:
    # router.requests.text_to_classify: every string of the body but its model
    return request_text({k: v for k, v in body.items() if k != "model"}, schema_keys=SCHEMA_KEYS)


def _redacted(
    classifier: Classifier, text: str, body: dict[str, Any], found: list[tuple[str, str]], *, whole: bool,
    steps: Steps = TODAY,
) -> Redaction:
    """The redactor's steps from the full-span pass on; the body is built before (the router parsed it)."""
    beyond = steps.names_beyond(classifier, text, [value for _, value in found])
    values = found + [(f.kind, text[f.start : f.end]) for f in beyond]
    values += steps.full_spans.name_parts(values)
    done: Redaction = steps.redaction.redact(body, values)
    if not done.complete or steps.leftover(done, values):
        raise RuntimeError("the benchmark's prompts are all sent redacted")
    sent = _sent_text(done.body)
    checked = done.unnumbered(sent)
    classifier.classify(checked if whole or not done.anchored else recheck_text(checked))
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": sent}}]}
    done.restore_response(answer)
    return done


def measure(repeats: int = REPEATS, base: Steps | None = None) -> list[dict[str, Any]]:
    """One row per prompt: CPU ms per request of each step (medians of `repeats`); `base`: a baseline column."""
    level = Classifier(ClassifierSettings())
    level.warm_up()
    rows = []
    for name, text in PROMPTS.items():
        found = level.classify(text).findings
        values = [(f.kind, text[f.start : f.end]) for f in found]

        def level_pass(text: str = text) -> Classification:
            return level.classify(text)

        body = _body(text)

        def redacted(
            whole: bool, steps: Steps = TODAY, text: str = text, values: list[tuple[str, str]] = values,
            body: dict[str, Any] = body,
        ) -> Redaction:
            return _redacted(level, text, body, values, whole=whole, steps=steps)

        done = redacted(False)
        checked = done.unnumbered(_sent_text(done.body))
        part = recheck_text(checked)
        if base is not None:
            then = redacted(False, base)
            if then.body != done.body:  # the comparison is only fair if both send the same bytes
                raise RuntimeError(f"the baseline sends another body for {name!r}")

        def recheck_only(part: str = part) -> Classification:
            return level.classify(part)

        # interleaved, so that a change in the machine's load falls on all columns alike
        after, before, recheck, old = [], [], [], []
        for _ in range(10):
            after.append(median_cpu_ms(lambda: redacted(False), max(1, repeats // 10)))
            before.append(median_cpu_ms(lambda: redacted(True), max(1, repeats // 10)))
            recheck.append(median_cpu_ms(recheck_only, max(1, repeats // 10)))
            if base is not None:
                old.append(median_cpu_ms(lambda: redacted(False, base), max(1, repeats // 10)))  # noqa: B023
        rows.append(
            {
                "prompt": name,
                "bytes": len(text.encode()),
                "level_ms": median_cpu_ms(level_pass, repeats),
                "after_ms": statistics.median(after),
                "recheck_ms": statistics.median(recheck),
                "before_ms": statistics.median(before),
                "baseline_ms": statistics.median(old) if old else None,
                "read": len(part) / len(checked),
                "placeholders": sum(done.kinds.values()),
            }
        )
    return rows


def markdown(rows: list[dict[str, Any]], repeats: int = REPEATS, revision: str | None = None,
             loads: tuple[float, float] | None = None) -> str:
    start, end = loads if loads is not None else (os.getloadavg()[0],) * 2
    command = "python -m benchmarks.route.redaction_cost" + (f" --baseline {revision}" if revision else "")
    based = revision is not None
    lines = [
        "# Redact-then-restore: CPU per request (in-process)",
        "",
        f"`{command}`; medians of {repeats} requests per column, the columns interleaved in ten rounds; CPU "
        f"time; load average {start:.1f} at the start and {end:.1f} at the end, on a 2-core machine shared "
        "with other work.",
        "",
        "| prompt | bytes | placeholders | level pass (every request) | redaction adds "
        + (f"| the same, {revision}'s code | saved " if based else "")
        + "| of which re-check (text read) | before: whole-text re-check |",
        "|---|---:|---:|---:|---:|" + ("---:|---:|" if based else "") + "---:|---:|",
    ]
    for row in rows:
        baseline_cells = (
            f"| {row['baseline_ms']:.2f} ms | {row['baseline_ms'] - row['after_ms']:+.2f} ms "
            f"({(row['baseline_ms'] - row['after_ms']) / row['baseline_ms']:.0%}) " if based else ""
        )
        lines.append(
            f"| {row['prompt']} | {row['bytes']} | {row['placeholders']} | {row['level_ms']:.2f} ms "
            f"| **{row['after_ms']:.2f} ms** {baseline_cells}| {row['recheck_ms']:.2f} ms ({row['read']:.0%}) "
            f"| {row['before_ms']:.2f} ms |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the Markdown table here as well")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--baseline", metavar="REV", help="also time the redaction code of this git revision")
    args = parser.parse_args()
    start = os.getloadavg()[0]
    rows = measure(args.repeats, baseline(args.baseline) if args.baseline else None)
    table = markdown(rows, args.repeats, args.baseline, (start, os.getloadavg()[0]))
    print(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
