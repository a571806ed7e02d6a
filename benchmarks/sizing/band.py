"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is the (10th, 90th) percentile of (predicted - published) / published in per
cent over the held-out rows of a group; `error_band` picks the group closest to a
deployment. Regenerate with `python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-18.3, 10.2, 203), 'dense-tp1': (-22.1, -2.4, 58), 'dense-tp>1': (-6.0, 18.9, 66), 'moe': (-7.8, 11.0, 79)}
