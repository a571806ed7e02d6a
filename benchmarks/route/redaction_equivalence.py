"""Redaction's re-check read whole against read near its placeholders: what each sends.

`python -m benchmarks.route.redaction_equivalence [--out FILE.md] [--modes strict balanced]`
runs the router's redactor steps (as `redaction_cost.py` does: the router is not imported)
over every row of the tuned sets that the level pass calls `personal` — the rows the
redactor sees under `redact_hosted` — and decides each request both ways in the same run:

* **whole**: the re-check classifies the whole redacted text (until this change);
* **near**: it classifies the sentences within 200 characters of a placeholder
  (`classifiers.recheck_text`), or the whole text when a value ran across two strings
  (`Redaction.anchored` false).

Each row is also run padded to about 1 KB with public rows of its own set before and
after it (short rows leave a partial re-check little to skip, so the padded rows are
where it differs). A request is `sent`, or kept local at `placement` (the redaction's own
check), at `leftover` (the last check over the whole serialised body) or at `recheck`.
The run fails (exit 1) if "near" sends a request "whole" kept local, or if any sent body
holds an original value verbatim.

`--record FILE` writes each row's decision ("near", as the router decides) and a digest
of the body it would send; `--against FILE` compares this run with such a record, made
before a change to the redaction code: the run also fails if a row is sent now that was
kept local then, or if a row sent both times would send different bytes.

Held-out set 8 is never read (a blind set).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from classifiers import Classifier, ClassifierSettings, request_text
from classifiers.full_spans import name_parts
from classifiers.recheck_text import RECHECK_RADIUS, recheck_text
from classifiers.settings import Mode
from classifiers.types import Sensitivity
from hosted import SCHEMA_KEYS, build_outgoing, redact

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = (
    "classify_eval", "classify_dev5", "classify_dev5_names", "classify_dev6", "classify_dev6_names", "classify_dev7",
    "classify_holdout", "classify_holdout2", "classify_holdout3", "classify_holdout4", "classify_holdout5",
    "classify_holdout6", "classify_holdout7",
)
PAD_CHARS = 400
"""Public text before and after a padded row: about 1 KB in all with the row."""


def _sent_text(body: dict[str, Any]) -> str:
    # router.requests.text_to_classify: every string of the body but its model
    return request_text({k: v for k, v in body.items() if k != "model"}, schema_keys=SCHEMA_KEYS)


def _rows(padded: bool) -> Iterator[tuple[str, str, str]]:
    """(set, row id, the user message's text) for each row; padded: each non-public row within public rows."""
    for name in SETS:
        rows = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
        public = [row["text"] for row in rows if row["level"] == "public" and 40 < len(row["text"]) < 400]
        for index, row in enumerate(rows):
            if not padded:
                yield name, row["id"], row["text"]
            elif row["level"] != "public" and public:
                before: list[str] = []
                after: list[str] = []
                pick = index
                for pad, stride in ((before, 7), (after, 13)):
                    while sum(map(len, pad)) < PAD_CHARS:
                        pad.append(public[(pick * stride) % len(public)])
                        pick += 1
                yield name, row["id"], " ".join(before) + "\n\n" + row["text"] + "\n\n" + " ".join(after)


def decide(classifier: Classifier, content: str, mode: Mode, radius: int = RECHECK_RADIUS) -> dict[str, Any] | None:
    """Both decisions for one request, or None when the level pass does not say `personal`."""
    request = {"model": "auto", "messages": [{"role": "user", "content": content}]}
    body = build_outgoing("chat.completions", request).body
    text = _sent_text(body)
    found = classifier.classify(text, mode)
    if found.level != Sensitivity.PERSONAL:
        return None
    values = [(f.kind, text[f.start : f.end]) for f in found.findings if f.end > f.start]
    beyond = classifier.names_beyond(text, [value for _, value in values])
    values += [(f.kind, text[f.start : f.end]) for f in beyond if f.end > f.start]
    values += name_parts(values)
    redaction = redact(body, values)
    if not redaction.complete:
        return {"whole": "placement", "near": "placement", "fraction": None, "leaks": 0, "digest": None}
    if redaction.leftover_kinds(values):  # router/redactor.py's last check, before the re-check
        return {"whole": "leftover", "near": "leftover", "fraction": None, "leaks": 0, "digest": None}
    sent = redaction.unnumbered(_sent_text(redaction.body))
    whole = classifier.classify(sent, mode).level > Sensitivity.PUBLIC
    part = recheck_text(sent, radius) if redaction.anchored else sent
    near = whole if part == sent else classifier.classify(part, mode).level > Sensitivity.PUBLIC
    wire = _sent_text(redaction.body)  # every string the body sends
    leaks = sum(1 for _, value in values if re.search(rf"(?<!\w){re.escape(value.strip())}(?!\w)", wire))
    return {
        "whole": "recheck" if whole else "sent",
        "near": "recheck" if near else "sent",
        "fraction": len(part) / len(sent),
        "leaks": leaks,
        "digest": hashlib.sha256(orjson.dumps(redaction.body)).hexdigest()[:16] if not near else None,
    }


def measure(modes: tuple[Mode, ...], radius: int = RECHECK_RADIUS) -> list[dict[str, Any]]:
    """One row per (rows, mode): the counts of each outcome both ways."""
    classifier = Classifier(ClassifierSettings())
    classifier.warm_up()
    results = []
    for padded in (False, True):
        for mode in modes:
            started = time.process_time()
            decided = [
                (name, row_id, outcome)
                for name, row_id, content in _rows(padded)
                if (outcome := decide(classifier, content, mode, radius)) is not None
            ]
            fractions = [o["fraction"] for _, _, o in decided if o["fraction"] is not None]
            results.append(
                {
                    "rows": "padded to ~1 KB" if padded else "as written",
                    "mode": mode,
                    "personal": len(decided),
                    "whole": Counter(o["whole"] for _, _, o in decided),
                    "near": Counter(o["near"] for _, _, o in decided),
                    "newly_sent": [f"{n}:{i}" for n, i, o in decided if o["near"] == "sent" != o["whole"]],
                    "newly_kept": [f"{n}:{i}" for n, i, o in decided if o["whole"] == "sent" != o["near"]],
                    "leaks": sum(o["leaks"] for _, _, o in decided if "sent" in (o["whole"], o["near"])),
                    "mean_fraction": sum(fractions) / len(fractions) if fractions else 0.0,
                    "cpu_s": time.process_time() - started,
                    "decisions": {f"{n}:{i}": [o["near"], o["digest"]] for n, i, o in decided},
                }
            )
    return results


def record(results: list[dict[str, Any]]) -> dict[str, dict[str, list[str | None]]]:
    """Each row's decision and sent body's digest, by `rows|mode`: what `--against` compares with."""
    return {f"{r['rows']}|{r['mode']}": r["decisions"] for r in results}


def compare(results: list[dict[str, Any]], earlier: dict[str, dict[str, list[str | None]]]) -> None:
    """Add to each result how its decisions differ from an earlier record of the same rows and mode.

    `sent_since`: sent now, kept local then (must be empty); `kept_since`: kept local now,
    sent then; `changed_body`: sent both times with different bytes (must be empty);
    `missing`: rows personal in one run and not the other (the level pass changed).
    """
    for r in results:
        then = earlier.get(f"{r['rows']}|{r['mode']}", {})
        now = r["decisions"]
        r["sent_since"] = sorted(k for k, (d, _) in now.items() if d == "sent" and then.get(k, ["?"])[0] != "sent")
        r["kept_since"] = sorted(k for k, (d, _) in now.items() if d != "sent" and then.get(k, [""])[0] == "sent")
        r["changed_body"] = sorted(k for k, (d, digest) in now.items() if d == "sent" and k in then
                                   and then[k][0] == "sent" and then[k][1] != digest)
        r["missing"] = len(set(now) ^ set(then))


def markdown(results: list[dict[str, Any]], radius: int = RECHECK_RADIUS, against: str | None = None) -> str:
    load = os.getloadavg()[0]
    lines = [
        "# Redaction's re-check: whole text against the sentences near its placeholders",
        "",
        f"`python -m benchmarks.route.redaction_equivalence --radius {radius}"
        f"{f' --against {against}' if against else ''}`: the redactor's steps over every row of "
        f"{', '.join(SETS)} that the level pass calls `personal`, each decided both ways in one run "
        f"(load average {load:.1f} at the end). Kept local at `placement`: the redaction's own check; at "
        "`recheck`: the redacted text still classifies above `public`. `newly sent` must be empty.",
        "",
        "| rows | mode | personal | sent (whole → near) | kept: placement | kept: leftover "
        "| kept: recheck (whole → near) | newly sent | newly kept | original values in a sent body "
        "| text re-checked (mean) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['rows']} | {r['mode']} | {r['personal']} | {r['whole']['sent']} → {r['near']['sent']} "
            f"| {r['whole']['placement']} | {r['whole']['leftover']} "
            f"| {r['whole']['recheck']} → {r['near']['recheck']} "
            f"| {len(r['newly_sent'])} | {len(r['newly_kept'])} | {r['leaks']} | {r['mean_fraction']:.0%} |"
        )
    if against is not None:
        lines += [
            "",
            f"Against the record `{against}` (the same rows decided by the code before a change): "
            "`sent since` (sent now, kept local then) and `changed body` (sent both times, different bytes) "
            "must be empty.",
            "",
            "| rows | mode | sent since | kept local since | changed body | rows personal in one run only |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for r in results:
            lines.append(
                f"| {r['rows']} | {r['mode']} | {len(r['sent_since'])} | {len(r['kept_since'])} "
                f"| {len(r['changed_body'])} | {r['missing']} |"
            )
        for label, field in (("Sent since", "sent_since"), ("Kept local since", "kept_since"),
                             ("Changed body", "changed_body")):
            rows = [f"{row} ({r['rows']}, {r['mode']})" for r in results for row in r[field]]
            if rows:
                lines += ["", f"**{label}:** " + "; ".join(rows) + "."]
    kept = [(r["rows"], r["mode"], row) for r in results for row in r["newly_kept"]]
    if kept:
        lines += ["", "Kept local now, sent before (the part read alone classified personal): "
                  + "; ".join(f"{row} ({rows}, {mode})" for rows, mode, row in kept) + "."]
    sent = [row for r in results for row in r["newly_sent"]]
    if sent:
        lines += ["", "**Sent now, kept local before:** " + "; ".join(sent) + "."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the Markdown table here as well")
    parser.add_argument("--radius", type=int, default=RECHECK_RADIUS, help="characters either side of a placeholder")
    parser.add_argument("--modes", nargs="+", default=["strict", "balanced"], choices=["strict", "balanced"])
    parser.add_argument("--record", type=Path, help="write each row's decision and sent body's digest here (JSON)")
    parser.add_argument("--against", type=Path, help="compare with a record written by --record before a change")
    args = parser.parse_args()
    results = measure(tuple(args.modes), args.radius)
    if args.against:
        compare(results, json.loads(args.against.read_text(encoding="utf-8")))
    table = markdown(results, args.radius, args.against.name if args.against else None)
    print(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    if args.record:
        args.record.write_text(json.dumps(record(results), sort_keys=True), encoding="utf-8")
    if any(r["newly_sent"] or r["leaks"] or r.get("sent_since") or r.get("changed_body") for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
