"""course_lib.bench (lesson 09a): timings on a fake clock, FLOP counts and the CPU peak estimate.

No real time is measured here: performance targets belong to scripts/, not to unit tests.
"""

from __future__ import annotations

import pytest

from course_lib import bench
from course_lib.errors import CourseError

XEON = """processor\t: 0
model name\t: Intel(R) Xeon(R) Processor @ 2.80GHz
cpu MHz\t\t: 2793.436
flags\t\t: fpu sse sse2 avx fma avx2 avx512f avx512bw
"""
DESKTOP_AVX2 = "model name\t: AMD Ryzen 5 5600X 6-Core Processor\ncpu MHz\t\t: 3700.000\nflags\t\t: sse sse2 avx avx2 fma\n"
RASPBERRY = "processor\t: 0\nFeatures\t: fp asimd evtstrm crc32\n"


def fake_clock(durations):
    """A clock whose successive (start, stop) readings are `durations` apart."""
    times = []
    t = 0.0
    for duration in durations:
        times += [t, t + duration]
        t += duration + 1.0
    iterator = iter(times)
    return lambda: next(iterator)


def test_measure_keeps_every_repeat_and_runs_the_warm_up():
    calls = []
    clock = fake_clock([0.010, 0.012, 0.011, 0.050, 0.011])
    timing = bench.measure(lambda: calls.append(1), label="fake", warmup=3, repeats=5, items=8, clock=clock)
    assert len(calls) == 3 + 5
    assert timing.seconds == pytest.approx((0.010, 0.012, 0.011, 0.050, 0.011))
    assert timing.median == pytest.approx(0.011)  # the slow repeat (0.050) does not move the median
    assert timing.per_item == pytest.approx(0.011 / 8)
    assert timing.throughput == pytest.approx(8 / 0.011)


def test_spread_is_the_interquartile_range_relative_to_the_median():
    steady = bench.Timing("steady", (1.0, 1.0, 1.0, 1.0, 1.0))
    noisy = bench.Timing("noisy", (0.5, 1.0, 1.0, 1.5, 2.0))
    assert steady.spread == 0
    assert noisy.spread > 0.5


def test_synchronize_runs_after_every_repeat():
    waits = []
    clock = fake_clock([0.1] * 4)
    bench.measure(lambda: None, label="gpu", warmup=1, repeats=4, synchronize=lambda: waits.append(1), clock=clock)
    assert len(waits) == 1 + 4  # once after the warm-up, once per repeat


def test_measure_interleaved_takes_turns_and_keeps_each_calls_samples():
    order = []
    clock = fake_clock([0.010, 0.100, 0.011, 0.101, 0.012, 0.102])
    timings = bench.measure_interleaved({"short": lambda: order.append("short"), "long": lambda: order.append("long")},
                                        rounds=3, warmup=1, items={"long": 8}, flops={"short": 2e9}, clock=clock)
    assert order == ["short", "long"] * (1 + 3)  # one warm-up round, then three timed rounds, in turns
    assert list(timings) == ["short", "long"]
    assert timings["short"].seconds == pytest.approx((0.010, 0.011, 0.012))
    assert timings["long"].seconds == pytest.approx((0.100, 0.101, 0.102))
    assert (timings["short"].items, timings["long"].items) == (1, 8)
    assert timings["short"].gflops == pytest.approx(2e9 / 0.011 / 1e9)
    assert timings["long"].flops is None


def test_measure_interleaved_refuses_bad_arguments():
    with pytest.raises(CourseError, match="at least one call"):
        bench.measure_interleaved({})
    with pytest.raises(CourseError, match="rounds >= 1"):
        bench.measure_interleaved({"a": lambda: None}, rounds=0)
    with pytest.raises(CourseError, match="not timed"):
        bench.measure_interleaved({"a": lambda: None}, items={"b": 2})
    with pytest.raises(CourseError, match="did not advance"):
        bench.measure_interleaved({"a": lambda: None}, rounds=2, warmup=0, clock=lambda: 1.0)


def test_speedup_compares_per_item_times():
    one_at_a_time = bench.Timing("batch 1", (0.010,) * 3, items=1)
    batched = bench.Timing("batch 64", (0.160,) * 3, items=64)
    assert bench.speedup(batched, one_at_a_time) == pytest.approx(4.0)
    assert bench.speedup(one_at_a_time, batched) == pytest.approx(0.25)


def test_gflops_from_the_flops_of_one_call():
    timing = bench.Timing("t", (0.5, 0.5, 0.5), flops=4e9)
    assert timing.gflops == pytest.approx(8.0)
    assert bench.Timing("unknown", (0.5,)).gflops is None


def test_transformer_flops_two_per_weight_per_token_plus_attention():
    assert bench.transformer_flops(1_000_000, 10) == 2e7
    with_attention = bench.transformer_flops(1_000_000, 10, layers=2, hidden=8, sequence=10)
    assert with_attention == 2e7 + 4 * 2 * 10 * 8 * 10
    with pytest.raises(CourseError):
        bench.transformer_flops(-1, 10)


@pytest.mark.parametrize(
    "cpuinfo, bits, fma, ghz",
    [(XEON, 512, 2, 2.8), (DESKTOP_AVX2, 256, 2, 3.7), (RASPBERRY, 128, 1, 1.5)],
)
def test_cpu_peak_reads_vector_width_and_clock(cpuinfo, bits, fma, ghz):
    peak = bench.cpu_peak(cpuinfo, cores=2, ghz=1.5 if cpuinfo is RASPBERRY else None)
    assert (peak.vector_bits, peak.fma_units, peak.ghz) == (bits, fma, ghz)
    assert peak.gflops == pytest.approx(2 * (bits // 32) * 2 * fma * ghz)


def test_cpu_peak_of_the_xeon_example():
    peak = bench.cpu_peak(XEON, cores=2)
    assert peak.gflops == pytest.approx(2 * 16 * 2 * 2 * 2.8)  # 358.4 GFLOP/s
    assert peak.source == "/proc/cpuinfo"


def test_cpu_peak_without_cpuinfo_says_it_assumed():
    peak = bench.cpu_peak("", cores=1, ghz=3.0)
    assert peak.vector_bits == 128 and "assumed" in peak.source


def test_cpu_peak_of_this_machine_is_plausible():
    peak = bench.cpu_peak()
    assert peak.cores >= 1 and 0.5 < peak.ghz < 7 and peak.gflops > 1


def test_measure_refuses_bad_arguments_and_a_stopped_clock():
    with pytest.raises(CourseError, match="repeats"):
        bench.measure(lambda: None, label="x", repeats=0)
    with pytest.raises(CourseError, match="clock did not advance"):
        bench.measure(lambda: None, label="x", warmup=0, repeats=2, clock=lambda: 1.0)


def test_table_shows_speedup_and_fraction_of_peak():
    base = bench.Timing("eager", (0.02,) * 5, items=8, flops=2e9)
    fast = bench.Timing("onnx runtime", (0.01,) * 5, items=8, flops=2e9)
    peak = bench.CpuPeak(cores=10, vector_bits=256, fma_units=2, ghz=2.5, source="test")  # 800 GFLOP/s
    text = bench.table([base, fast], baseline=base, peak=peak)
    lines = text.splitlines()
    assert "speed-up" in lines[0] and "% peak" in lines[0]
    assert "2.00x" in lines[3] and "200.0" in lines[3] and "25.0%" in lines[3]
    assert "1.00x" in lines[2] and "12.5%" in lines[2]
