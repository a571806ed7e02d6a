"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is the (10th, 90th) percentile of (predicted - published) / published in per
cent over the held-out rows of a group; `error_band` picks the group closest to a
deployment. Regenerate with `python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-14.5, 28.4, 434), 'dense-tp1': (-17.3, 21.4, 112), 'dense-tp>1': (-8.7, 30.2, 182), 'moe': (-11.0, 32.2, 140)}
