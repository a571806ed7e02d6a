"""The Hopper weight-streaming curve (`bandwidth_curve.py`) for Hopper parts without fit rows."""

from __future__ import annotations

import pytest

from benchmarks.sizing import find_gpu
from benchmarks.sizing.bandwidth_curve import STREAMING_CEILING, borrows_hopper_curve, curve, hopper_memory_share
from benchmarks.sizing.efficiency import basis, efficiency_for
from benchmarks.sizing.fitted import FITTED


def test_curve_passes_through_both_fitted_parts():
    # by hand: achieved 3.35 x m_sxm and 4.8 x m_h200; 1/r = a/W + b through both points
    r1, r2 = 3.35 * FITTED["H100-SXM"]["memory"], 4.8 * FITTED["H200"]["memory"]
    a = (1 / r1 - 1 / r2) / (1 / 3.35 - 1 / 4.8)
    b = 1 / r1 - a / 3.35
    assert curve() == pytest.approx((a, b))
    assert hopper_memory_share(3.35) == pytest.approx(FITTED["H100-SXM"]["memory"])
    assert hopper_memory_share(4.8) == pytest.approx(FITTED["H200"]["memory"])


def test_h100_pcie_by_hand():
    # with the fitted 0.7169 and 0.5943: a = 0.7301, b = 0.1985 s/TB; at 2.0 TB/s
    # 1 / (0.7301 / 2.0 + 0.1985) = 1.7746 TB/s, 0.887 of 2.0 (under the 0.904 streaming ceiling)
    a, b = curve()
    assert a == pytest.approx(0.7301, abs=1e-3) and b == pytest.approx(0.1985, abs=1e-3)
    assert hopper_memory_share(2.0) == pytest.approx(1 / (a / 2.0 + b) / 2.0)
    assert hopper_memory_share(2.0) == pytest.approx(0.887, abs=2e-3)
    assert STREAMING_CEILING == pytest.approx(0.90365, abs=1e-5)
    assert hopper_memory_share(0.5) == STREAMING_CEILING  # far below the anchors the ceiling binds


def test_which_gpus_use_it():
    assert borrows_hopper_curve(find_gpu("H100-PCIe")) and borrows_hopper_curve(find_gpu("H100-NVL"))
    assert not borrows_hopper_curve(find_gpu("H100-SXM")) and not borrows_hopper_curve(find_gpu("H200"))
    assert not borrows_hopper_curve(find_gpu("B200"))  # Blackwell keeps H100 SXM's factors
    assert efficiency_for(find_gpu("H100-PCIe")).memory == pytest.approx(hopper_memory_share(2.0))
    assert efficiency_for(find_gpu("B200")).memory == pytest.approx(FITTED["H100-SXM"]["memory"])
    assert "bandwidth curve" in basis(find_gpu("H100-PCIe"))
