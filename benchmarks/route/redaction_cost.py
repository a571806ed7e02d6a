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
  redacted text, as until this change.

CPU time (`time.process_time`), so other work on a shared machine inflates it less than
wall time. The router is not imported (benchmarks reach it only over HTTP); these are
the calls its redactor makes, in its order.
"""

from __future__ import annotations

import argparse
import os
import statistics
from pathlib import Path
from typing import Any

from benchmarks.route.cpu_timing import median_cpu_ms
from benchmarks.route.runner import PERSONAL_1KB
from classifiers import Classification, Classifier, ClassifierSettings, request_text
from classifiers.full_spans import name_parts
from classifiers.recheck_text import recheck_text
from hosted import SCHEMA_KEYS, Redaction, build_outgoing, redact

REPEATS = 200

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
    classifier: Classifier, body: dict[str, Any], values: list[tuple[str, str]], *, whole: bool
) -> Redaction:
    """The redactor's steps after the full-span pass; the body is built before (the router parsed it)."""
    redaction = redact(body, values + name_parts(values))
    if not redaction.complete or redaction.leftover_kinds():
        raise RuntimeError("the benchmark's prompts are all sent redacted")
    sent = _sent_text(redaction.body)
    checked = redaction.unnumbered(sent)
    classifier.classify(checked if whole or not redaction.anchored else recheck_text(checked))
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": sent}}]}
    redaction.restore_response(answer)
    return redaction


def measure(repeats: int = REPEATS) -> list[dict[str, Any]]:
    """One row per prompt: CPU ms per request of each step (medians of `repeats`)."""
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
            whole: bool, text: str = text, values: list[tuple[str, str]] = values, body: dict[str, Any] = body
        ) -> Redaction:
            beyond = level.names_beyond(text, [value for _, value in values])
            spans = values + [(f.kind, text[f.start : f.end]) for f in beyond]
            return _redacted(level, body, spans, whole=whole)

        redaction = redacted(False)
        checked = redaction.unnumbered(_sent_text(redaction.body))
        part = recheck_text(checked)

        def recheck_only(part: str = part) -> Classification:
            return level.classify(part)

        # interleaved, so that a change in the machine's load falls on both alike
        after, before, recheck = [], [], []
        for _ in range(10):
            after.append(median_cpu_ms(lambda: redacted(False), max(1, repeats // 10)))
            before.append(median_cpu_ms(lambda: redacted(True), max(1, repeats // 10)))
            recheck.append(median_cpu_ms(recheck_only, max(1, repeats // 10)))
        rows.append(
            {
                "prompt": name,
                "bytes": len(text.encode()),
                "level_ms": median_cpu_ms(level_pass, repeats),
                "after_ms": statistics.median(after),
                "recheck_ms": statistics.median(recheck),
                "before_ms": statistics.median(before),
                "read": len(part) / len(checked),
                "placeholders": sum(redaction.kinds.values()),
            }
        )
    return rows


def markdown(rows: list[dict[str, Any]], repeats: int = REPEATS) -> str:
    load = os.getloadavg()[0]
    lines = [
        "# Redact-then-restore: CPU per request (in-process)",
        "",
        f"`python -m benchmarks.route.redaction_cost`; medians of {repeats} requests per column, the "
        "columns interleaved in ten rounds; CPU time; "
        f"load average {load:.1f} at the end, on a 2-core machine shared with other work.",
        "",
        "| prompt | bytes | placeholders | level pass (every request) | redaction adds "
        "| of which re-check (text read) | before: whole-text re-check |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['prompt']} | {row['bytes']} | {row['placeholders']} | {row['level_ms']:.2f} ms "
            f"| **{row['after_ms']:.2f} ms** | {row['recheck_ms']:.2f} ms ({row['read']:.0%}) "
            f"| {row['before_ms']:.2f} ms |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the Markdown table here as well")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    args = parser.parse_args()
    table = markdown(measure(args.repeats), args.repeats)
    print(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
