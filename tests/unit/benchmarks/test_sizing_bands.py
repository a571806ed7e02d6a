"""Round 4's formulas against hand-computed values: leave-one-set-out bands, and the running
batch under a fixed concurrency that the KV cache cannot hold."""

from __future__ import annotations

import pytest

from benchmarks.sizing import Deployment, Efficiency
from benchmarks.sizing.band_fit import (
    TAILS,
    held_out_test,
    honest_band,
    loso_coverage,
    quantile,
    render_bands_markdown,
    write_bands,
)
from benchmarks.sizing.serving import running_batch
from tests.unit.benchmarks.test_sizing_model import TOY_GPU, TOY_MODEL

# No runtime overhead, a 100-token chunk and 100-token KV blocks keep the arithmetic short.
EFF = Efficiency(runtime_overhead_gb=0.0, prefill_chunk_tokens=100, kv_block_tokens=100)


def test_quantile_interpolates_linearly_between_order_statistics():
    assert quantile([30, 0, 20, 10], 0.5) == 15.0  # halfway between 10 and 20
    assert quantile([0, 10, 20, 30], 0.1) == pytest.approx(3.0)  # position 0.3 between 0 and 10
    assert quantile([0, 10, 20, 30], 0.0) == 0 and quantile([0, 10, 20, 30], 1.0) == 30
    with pytest.raises(ValueError):
        quantile([], 0.5)


def test_loso_coverage_counts_each_set_against_the_others_only():
    # A = [0, 10], B = [5] at tail 0: A's band is B's extremes [5, 5], holding neither 0 nor 10 (0/2);
    # B's band is A's extremes [0, 10], holding 5 (1/1). Each set counts once: (0 + 1) / 2.
    assert loso_coverage({"A": [0, 10], "B": [5]}, 0.0) == 0.5
    # Sets apart: neither covers the other.
    assert loso_coverage({"A": [0, 1], "B": [100]}, 0.0) == 0.0
    # An empty set takes no part.
    assert loso_coverage({"A": [0, 10], "B": [5], "C": []}, 0.0) == 0.5


def test_honest_band_keeps_10_90_when_it_already_covers_80_percent_out_of_set():
    # Three sets, each 0..10. Without A, the others are two copies of 0..10 (22 values): the 0.1
    # quantile sits at position 2.1 (values 1 and 1) = 1, the 0.9 at 18.9 (9 and 9) = 9; A has
    # 1..9 inside, 9 of 11 = 0.818 >= 0.8, and the same for B and C. The band over all 33 values:
    # positions 3.2 and 28.8, i.e. 1 and 9.
    same = list(range(11))
    low, high, tail, coverage = honest_band({"A": same, "B": same, "C": same})
    assert (low, high, tail) == (pytest.approx(1.0), pytest.approx(9.0), 0.1)
    assert coverage == pytest.approx(9 / 11)


def test_honest_band_widens_to_the_extremes_and_says_how_little_they_cover():
    # A = [0] and B = [10] never cover each other: every tail gives 0; the band is all rows' extremes.
    assert honest_band({"A": [0.0], "B": [10.0]}) == (0.0, 10.0, 0.0, 0.0)


def test_honest_band_widens_when_one_set_is_shifted():
    # A and B centred on 0, C shifted by +8: the 10th-90th band misses much of each left-out set,
    # so a smaller tail is chosen and the band is wider than the 10th-90th percentile of all rows.
    base = [float(x) for x in range(-5, 6)]
    errors = {"A": base, "B": base, "C": [x + 8 for x in base]}
    low, high, tail, coverage = honest_band(errors)
    pooled = [e for rows in errors.values() for e in rows]
    assert tail < 0.1 and coverage >= 0.8 or tail == 0.0
    assert low <= quantile(pooled, 0.1) and high >= quantile(pooled, 0.9)
    assert loso_coverage(errors, 0.1) < 0.8


def test_coverage_never_falls_as_the_tails_shrink():
    errors = {"A": [-3.0, 1.0, 4.0, 20.0], "B": [-10.0, 0.0, 2.0], "C": [5.0, 6.0, 30.0, -1.0]}
    shares = [loso_coverage(errors, tail) for tail in TAILS]
    assert shares == sorted(shares)


def test_write_bands_writes_bands_and_their_basis(tmp_path):
    path = tmp_path / "band.py"
    same = list(range(11))
    write_bands({"all": {"A": same, "B": same, "C": same}}, path)
    namespace: dict[str, object] = {}
    exec(path.read_text(encoding="utf-8"), namespace)  # noqa: S102 - our own generated file
    assert namespace["BANDS"] == {"all": (1.0, 9.0, 33)}
    assert namespace["BAND_BASIS"] == {"all": (0.1, 0.818)}


def _toy() -> Deployment:
    return Deployment(model=TOY_MODEL, gpu=TOY_GPU, context=2000)


def test_running_batch_is_what_the_kv_cache_holds_when_concurrency_exceeds_it():
    # KV per token: 2 x 10 layers x 2 KV heads x 100 x 2 bytes = 8000 B.
    # Runtime per GPU: 0 + 100-token chunk x (3 x 2000 + 4 x 1000) x 2 B + 256 x 1000 vocab x 4 B
    #                = 2.0e6 + 1.024e6 = 3.024e6 B. Weights 1e9 x 2 B = 2e9 B.
    # Usable KV = 0.9 x 100e9 - 3.024e6 - 2e9 = 87.996976e9 B.
    # On demand (vLLM), 1000 in / 1000 out holds 1000 + 500 = 1500 tokens = 15 blocks of 100:
    #   12e6 B per sequence -> floor(7333.08) = 7333 sequences.
    # Reserving (TensorRT-LLM) holds 2000 tokens: 16e6 B -> floor(5499.81) = 5499.
    dep = _toy()
    assert running_batch(dep, EFF, 10_000, 1000, 1000, 100_000, False) == 7333
    assert running_batch(dep, EFF, 10_000, 1000, 1000, 100_000, True) == 5499


def test_running_batch_is_the_concurrency_or_the_engine_cap_when_those_are_lower():
    dep = _toy()
    assert running_batch(dep, EFF, 64, 1000, 1000, 256, False) == 64
    assert running_batch(dep, EFF, 64, 1000, 1000, 32, False) == 32


def test_held_out_test_reruns_the_whole_procedure_without_the_set():
    # Without C, A and B (each 0..10) choose p10-p90 (each covers 9 of 11 of the other, 0.818), and the
    # band over their 22 values is positions 2.1 and 18.9: 1 and 9. C's 0..10 has 9 inside, as has the
    # old p10-p90 band. "all" is skipped: a plan uses its own group.
    same = [float(x) for x in range(11)]
    errors = {"all": {"A": same, "B": same, "C": same}, "dense-tp1": {"A": same, "B": same, "C": same}}
    assert held_out_test(errors, "C") == (9, 9, 11)
    text = render_bands_markdown(errors)
    assert "| dense-tp1 | 33 | +1.0 % to +9.0 % | p10-p90 |" in text
    assert "| C | 9 of 11 | 9 of 11 |" in text
