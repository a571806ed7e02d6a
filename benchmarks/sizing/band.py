"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is a (low, high) quantile pair of (predicted - published) / published in per cent
over the held-out rows of a group, its tails chosen by leave-one-set-out so that a band
computed without a held-out set covers 80 % of that set's rows (`band_fit.py` says why and
how). BAND_BASIS holds (tail, leave-one-set-out coverage) per group: tail 0.1 is the
10th-90th percentile; 0.0 the extremes, with the coverage they reached when even those miss.
`error_band` picks the group closest to a deployment. Regenerate with
`python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-17.2, 42.6, 849), 'dense-tp1': (-18.6, 26.8, 335), 'dense-tp>1': (-19.2, 55.2, 284), 'moe': (-20.2, 69.3, 230)}
BAND_BASIS: dict[str, tuple[float, float]] = {'all': (0.08, 0.818), 'dense-tp1': (0.07, 0.83), 'dense-tp>1': (0.06, 0.804), 'moe': (0.06, 0.811)}
