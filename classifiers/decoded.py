"""What encoded runs hide: each run's decoded text classified, and reported on the run (`encoded.py`).

A run that is personal on its own is reported with the kinds it holds. One that is not is read
again between its neighbours, where one may hold the cue the other needs: "National Insurance
number QQ%2012%2034%2056%20C" is a number only with the cue before it, "National%20Insurance%20number:
QQ123456C" the other way round. The window's findings are placed back on the original text (inside
the run: on the whole run). The classifier passes the two readings: a run's decoded text may hold
encodings of its own; a window is read without decoding again (its neighbours' encodings are runs
of their own, and decoding them in every window scanned 373 times on 20 escaped links).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from classifiers.encoded import EncodedRun, context_window, encoded_runs
from classifiers.names import PERSON
from classifiers.types import Finding, Sensitivity

__all__ = ["Reading", "decoded_findings"]

Reading = Callable[[str], tuple[Sensitivity, Sequence[Finding]]]
"""A text's level and the findings that decide it."""


def decoded_findings(text: str, made: Sequence[Finding], read_run: Reading, read_window: Reading) -> list[Finding]:
    """The findings encoded runs of `text` hide (module docstring); none that `made` (the text's own) holds."""
    findings: list[Finding] = []
    known = {(f.kind, f.start, f.end) for f in made}
    for run in encoded_runs(text):
        level, kept = read_run(run.decoded)
        if level >= Sensitivity.PERSONAL:
            # identifiers before names: on the one span the first kind is the one reported
            kinds = sorted({f.kind for f in kept if f.level >= Sensitivity.PERSONAL}, key=lambda k: (k == PERSON, k))
            findings += [Finding(kind, run.start, run.end, 0.8, f"encoded_{run.encoding}", level) for kind in kinds]
        else:
            findings += [f for f in _in_context(text, run, read_window) if (f.kind, f.start, f.end) not in known]
    return findings


def _in_context(text: str, run: EncodedRun, read_window: Reading) -> list[Finding]:
    window = context_window(text, run)
    if window is None:
        return []
    _, kept = read_window(window.text)
    return [
        Finding(f.kind, *window.outer_span(f.start, f.end), f.score, f"encoded_{run.encoding}", f.level)
        for f in kept
        if f.level >= Sensitivity.PERSONAL
    ]
