"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is the (10th, 90th) percentile of (predicted - published) / published in per
cent over the held-out rows of a group; `error_band` picks the group closest to a
deployment. Regenerate with `python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-18.2, 11.4, 247), 'dense-tp1': (-21.6, 2.3, 67), 'dense-tp>1': (-8.8, 12.0, 87), 'moe': (-10.2, 14.5, 93)}
