"""Reading the router's standard `Server-Timing` header (W3C Server Timing).

The router answers `Server-Timing: classify;dur=0.8, policy;dur=0.02,
backend;dur=3.1, total;dur=4.0` (milliseconds), which lets the report split the
latency it adds by stage without instrumenting the router from outside. The
parser follows the header's grammar closely enough for any server: metrics
separated by commas, parameters by semicolons, `desc` values possibly quoted
(and holding commas or semicolons), names case-insensitive, a metric without a
numeric `dur` kept out of the timings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

HEADER = "server-timing"


def _split(value: str, separator: str) -> list[str]:
    """Split on `separator` outside double quotes (a quoted `desc` may contain it)."""
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in value:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def parse_server_timing(value: str) -> dict[str, float]:
    """`{metric name (lower case): dur in ms}` from one Server-Timing header value.

    Metrics without a parseable `dur` are left out; a name that repeats keeps its
    first duration (the header may be folded from several lines).
    """
    timings: dict[str, float] = {}
    for metric in _split(value, ","):
        params = [p.strip() for p in _split(metric, ";")]
        name = params[0].lower() if params else ""
        if not name or name in timings:
            continue
        for param in params[1:]:
            key, sep, raw = param.partition("=")
            if sep and key.strip().lower() == "dur":
                try:
                    timings[name] = float(raw.strip().strip('"'))
                except ValueError:
                    pass
                break
    return timings


def stage_means(headers: Iterable[Mapping[str, str]], stages: Sequence[str] | None = None) -> dict[str, float]:
    """Mean duration (ms) of each stage over the responses whose headers carry Server-Timing.

    Args:
        headers: One mapping of captured (lower-case) headers per response.
        stages: Stages to report, in this order; default every stage seen, in first-seen order.

    Returns:
        `{stage: mean ms}`; a stage is averaged over the responses that reported it.
    """
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    for captured in headers:
        value = captured.get(HEADER)
        if value is None:
            continue
        for name, dur in parse_server_timing(value).items():
            sums[name] = sums.get(name, 0.0) + dur
            counts[name] = counts.get(name, 0) + 1
    names = list(stages) if stages is not None else list(sums)
    return {name: sums[name] / counts[name] for name in names if name in sums}
