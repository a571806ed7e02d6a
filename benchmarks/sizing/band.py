"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is the (10th, 90th) percentile of (predicted - published) / published in per
cent over the held-out rows of a group; `error_band` picks the group closest to a
deployment. Regenerate with `python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-15.2, 29.1, 370), 'dense-tp1': (-18.7, 16.6, 98), 'dense-tp>1': (-5.9, 21.8, 136), 'moe': (-15.6, 55.6, 136)}
