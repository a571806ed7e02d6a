"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is the (10th, 90th) percentile of (predicted - published) / published in per
cent over the held-out rows of a group; `error_band` picks the group closest to a
deployment. Regenerate with `python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-15.0, 16.9, 304), 'dense-tp1': (-19.0, 5.8, 86), 'dense-tp>1': (-5.7, 19.2, 102), 'moe': (-10.8, 35.7, 116)}
