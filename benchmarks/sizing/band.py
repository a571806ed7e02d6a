"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is the (10th, 90th) percentile of (predicted - published) / published in per
cent over the held-out rows of a group; `error_band` picks the group closest to a
deployment. Regenerate with `python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-14.6, 19.3, 370), 'dense-tp1': (-18.7, 15.5, 98), 'dense-tp>1': (-5.9, 19.4, 136), 'moe': (-11.2, 29.2, 136)}
