"""Uncertainty bands from the held-out validation errors, written by `validate.py` (do not edit).

Each band is the (10th, 90th) percentile of (predicted - published) / published in per
cent over the held-out rows of a group; `error_band` picks the group closest to a
deployment. Regenerate with `python -m benchmarks.sizing.validate`.
"""

# ruff: noqa: E501
from __future__ import annotations

BANDS: dict[str, tuple[float, float, int]] = {'all': (-19.9, 28.4, 203), 'dense-tp1': (-24.1, 9.4, 58), 'dense-tp>1': (-12.3, 33.9, 66), 'moe': (-14.1, 31.4, 79)}
