"""Uncertainty bands that hold on data the model has not seen: quantiles chosen by leave-one-set-out.

Why not the 10th-90th percentile of all held-out rows (the bands before this module): those
percentiles describe the rows they were computed from, and the errors are not independent
draws. They cluster by source (one engine release, one vendor's harness, one GPU), so a new
source brings a shift of its own. Held-out E showed it: 28 of its 64 rows fell inside the
10th-90th percentile bands computed from A-D, where such a band should hold ~80 %.

What a band must predict is the error on the *next* set, so it is calibrated the way the next
set arrives: leave one held-out set out (A, B, C, D, E, each collected by a different search
for sources), compute the group's band from the other sets, and count what share of the left-out
set's rows fall inside it. The tails are widened step by step (10th/90th, 9th/91st, ... down to
the extremes of the other sets) until that leave-one-set-out share, averaged over the sets (each
set once: the next set is one more set, and A's 203 rows must not outvote B's 44), reaches the
nominal 80 %; the band written is then those quantiles over all sets' rows.
Where even the other sets' extremes cover less than 80 % of a left-out set, the band is the
extremes of all rows, and its coverage is written next to it, so a plan says how far its band
can be trusted.

    band(group) = (Q(t), Q(1 - t)) over all held-out rows of the group,
    t = the largest tail in TAILS with  mean_S #{e in S : Q_-S(t) <= e <= Q_-S(1 - t)} / #S >= 0.8
    Q_-S = quantiles (linear interpolation) over the group's rows of every set but S

Sets with no row in a group take no part in that group's calibration.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

BAND_PATH = Path(__file__).with_name("band.py")

TARGET_COVERAGE = 0.80
# Tails tried, narrowest band first: 10 % ... 1 %, then 0 (the extremes of the other sets).
TAILS = tuple(t / 100 for t in range(10, 0, -1)) + (0.0,)


def quantile(values: Sequence[float], q: float) -> float:
    """The q-quantile of `values` by linear interpolation between order statistics (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def loso_coverage(errors_by_set: Mapping[str, Sequence[float]], tail: float) -> float:
    """Mean over held-out sets of the share of a set's rows inside the (tail, 1 - tail) band
    computed without that set. Each set counts once, whatever its size: the question is how a
    band does on the *next* set, and one large set (A has 203 rows) must not stand for all."""
    sets = {name: list(errors) for name, errors in errors_by_set.items() if errors}
    shares = []
    for name, errors in sets.items():
        others = [e for other, rest in sets.items() if other != name for e in rest]
        if not others:
            continue
        low, high = quantile(others, tail), quantile(others, 1 - tail)
        shares.append(sum(1 for e in errors if low <= e <= high) / len(errors))
    return sum(shares) / len(shares) if shares else 0.0


def honest_band(
    errors_by_set: Mapping[str, Sequence[float]], target: float = TARGET_COVERAGE
) -> tuple[float, float, float, float]:
    """(low %, high %, tail used, leave-one-set-out coverage) for one group's held-out errors."""
    pooled = [e for errors in errors_by_set.values() for e in errors]
    coverage = 0.0
    for tail in TAILS:
        coverage = loso_coverage(errors_by_set, tail)
        if coverage >= target:
            return quantile(pooled, tail), quantile(pooled, 1 - tail), tail, coverage
    return min(pooled), max(pooled), 0.0, coverage


def fixed_band_coverage(errors_by_set: Mapping[str, Sequence[float]], tail: float = 0.10) -> float:
    """Leave-one-set-out coverage of the old within-sample band (10th-90th percentile), for the report."""
    return loso_coverage(errors_by_set, tail)


def held_out_test(errors: Mapping[str, Mapping[str, Sequence[float]]], held: str) -> tuple[int, int, int]:
    """(rows of set `held` inside the whole procedure's band run without it, inside the old 10th-90th
    band without it, rows): the procedure itself tested out of set, tails chosen again without `held`.

    `errors` as for `write_bands`; "all" is left out, as a plan uses its deployment's own group.
    """
    inside = old = total = 0
    for key, by_set in errors.items():
        rows = list(by_set.get(held, ()))
        rest = {name: values for name, values in by_set.items() if name != held and values}
        if key == "all" or not rows or not rest:
            continue
        low, high, _, _ = honest_band(rest)
        pooled = [e for values in rest.values() for e in values]
        old_low, old_high = quantile(pooled, 0.1), quantile(pooled, 0.9)
        inside += sum(1 for e in rows if low <= e <= high)
        old += sum(1 for e in rows if old_low <= e <= old_high)
        total += len(rows)
    return inside, old, total


def render_bands_markdown(errors: Mapping[str, Mapping[str, Sequence[float]]]) -> str:
    """The bands written to `band.py` and how they hold on a set left out, as a markdown section."""
    lines = [
        "## Uncertainty bands (`band.py`)",
        "",
        "Each group's band is the pair of quantiles of its held-out errors whose tails were widened until a",
        "band computed without a held-out set covered, on average over the sets, 80 % of that set's rows",
        "(`band_fit.py` says why: errors cluster by source, so within-sample 10th-90th percentiles",
        "held 28 of held-out E's 64 rows).",
        "",
        "| group | rows | band | quantiles | leave-one-set-out coverage | old p10-p90, same test |",
        "|---|---:|---|---|---:|---:|",
    ]
    for key, by_set in errors.items():
        low, high, tail, coverage = honest_band(by_set)
        count = sum(len(values) for values in by_set.values())
        lines.append(
            f"| {key} | {count} | {low:+.1f} % to {high:+.1f} % | p{tail * 100:g}-p{100 - tail * 100:g} | "
            f"{coverage * 100:.0f} % | {fixed_band_coverage(by_set) * 100:.0f} % |"
        )
    sets = sorted({name for by_set in errors.values() for name in by_set})
    lines += [
        "",
        "The whole procedure (tails chosen again) run without one set, then that set's rows counted inside",
        "their group's band:",
        "",
        "| set left out | rows inside | inside the old p10-p90 band |",
        "|---|---:|---:|",
    ]
    for name in sets:
        inside, old, total = held_out_test(errors, name)
        if total:
            lines.append(f"| {name} | {inside} of {total} | {old} of {total} |")
    return "\n".join(lines) + "\n"


def write_bands(errors: Mapping[str, Mapping[str, Sequence[float]]], path: Path = BAND_PATH) -> None:
    """Write `band.py`: per group, BANDS (low %, high %, rows) and BAND_BASIS (tail, coverage).

    `errors`: group ("all", "dense-tp1", "dense-tp>1", "moe") -> held-out set -> signed errors in per cent.
    """
    bands: dict[str, tuple[float, float, int]] = {}
    basis: dict[str, tuple[float, float]] = {}
    for key, by_set in errors.items():
        low, high, tail, coverage = honest_band(by_set)
        bands[key] = (round(low, 1), round(high, 1), sum(len(rows) for rows in by_set.values()))
        basis[key] = (tail, round(coverage, 3))
    head = BAND_PATH.read_text(encoding="utf-8").split("BANDS:")[0]
    path.write_text(
        head
        + f"BANDS: dict[str, tuple[float, float, int]] = {bands!r}\n"
        + f"BAND_BASIS: dict[str, tuple[float, float]] = {basis!r}\n",
        encoding="utf-8",
    )


__all__ = [
    "BAND_PATH",
    "TAILS",
    "TARGET_COVERAGE",
    "fixed_band_coverage",
    "honest_band",
    "held_out_test",
    "loso_coverage",
    "quantile",
    "render_bands_markdown",
    "write_bands",
]
