"""Fair, small benchmarks (lesson 09a, scripts/benchmark_inference.py).

A timing means something only next to another timing taken the same way, on the same machine, in the same
run. ``measure`` runs a call a few times unmeasured first (warm-up: caches, lazy initialisation, compiled
kernels), then times each repeat separately and keeps every sample, so the median (robust to one slow
repeat) and the spread (how much to trust the median) can both be shown. ``measure_interleaved`` times
several calls in turns (A, B, C, A, B, C, ...), so a slow spell of the machine hits all of them alike:
the way to compare routes whose difference is small next to the machine's noise. ``speedup`` compares two
timings of one run; ``cpu_peak`` estimates the most floating-point work the processor could do, so an
achieved GFLOP/s can be read as a fraction of the machine's limit.

    timing = bench.measure(lambda: model(**batch), label="eager", items=64, flops=flops_per_call)
    print(bench.table([timing, other], baseline=timing, peak=bench.cpu_peak()))
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import cpus
from .errors import CourseError

__all__ = ["Timing", "CpuPeak", "measure", "measure_interleaved", "speedup", "transformer_flops", "cpu_peak", "table"]


@dataclass(frozen=True)
class Timing:
    """Every timed repeat of one call: seconds per call, and what one call does (items, FLOPs)."""

    label: str
    seconds: tuple[float, ...]
    items: int = 1  # sentences, or generated tokens, per call
    flops: float | None = None  # floating-point operations per call, if known

    @property
    def median(self) -> float:
        """Median seconds per call: one unlucky repeat (a background task) does not move it."""
        return statistics.median(self.seconds)

    @property
    def spread(self) -> float:
        """Interquartile range relative to the median: 0.05 means the middle half of repeats lie within 5%."""
        if len(self.seconds) < 4:
            return (max(self.seconds) - min(self.seconds)) / self.median
        quartiles = statistics.quantiles(self.seconds, n=4)
        return (quartiles[2] - quartiles[0]) / self.median

    @property
    def per_item(self) -> float:
        """Median seconds per item (per sentence, per token)."""
        return self.median / self.items

    @property
    def throughput(self) -> float:
        """Items per second at the median."""
        return self.items / self.median

    @property
    def gflops(self) -> float | None:
        """Achieved GFLOP/s at the median, when the call's FLOPs are known."""
        return None if self.flops is None else self.flops / self.median / 1e9


def measure(
    call: Callable[[], object],
    *,
    label: str,
    warmup: int = 2,
    repeats: int = 10,
    items: int = 1,
    flops: float | None = None,
    synchronize: Callable[[], object] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Timing:
    """Time ``call()`` ``repeats`` times after ``warmup`` unmeasured calls (lesson 09a).

    ``synchronize`` is for accelerators, whose work is queued and finishes later than the Python call
    returns: pass ``torch.cuda.synchronize`` (or ``torch.mps.synchronize``) so each repeat waits for it.
    ``clock`` is replaceable so the helper can be tested without real time.
    """
    if repeats < 1 or warmup < 0 or items < 1:
        raise CourseError(f"measure({label!r}): need repeats >= 1, warmup >= 0 and items >= 1.")
    return measure_interleaved({label: call}, rounds=repeats, warmup=warmup, items={label: items},
                               flops=None if flops is None else {label: flops}, synchronize=synchronize,
                               clock=clock)[label]


def measure_interleaved(
    calls: Mapping[str, Callable[[], object]],
    *,
    rounds: int = 7,
    warmup: int = 2,
    items: Mapping[str, int] | None = None,
    flops: Mapping[str, float] | None = None,
    synchronize: Callable[[], object] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, Timing]:
    """Time several calls in turns, one repeat of each per round, after ``warmup`` rounds (lesson 09a).

    ``calls`` maps a label to a call; ``items`` and ``flops`` give, per label, what one call does (items
    default to 1). Returns one :class:`Timing` per label, in the order given. Because every round runs
    every call, a background task or a slower clock for a few seconds slows all of them alike, and
    ``speedup`` between them stays fair.
    """
    if not calls:
        raise CourseError("measure_interleaved: give at least one call to time.")
    if rounds < 1 or warmup < 0:
        raise CourseError("measure_interleaved: need rounds >= 1 and warmup >= 0.")
    items, flops = dict(items or {}), dict(flops or {})
    unknown = (set(items) | set(flops)) - set(calls)
    if unknown:
        raise CourseError(f"measure_interleaved: items or flops name calls that are not timed: {sorted(unknown)}.")
    wait = synchronize or (lambda: None)
    for _ in range(warmup):
        for call in calls.values():
            call()
    wait()
    samples: dict[str, list[float]] = {label: [] for label in calls}
    for _ in range(rounds):
        for label, call in calls.items():
            start = clock()
            call()
            wait()
            samples[label].append(clock() - start)
    timings = {}
    for label, seconds in samples.items():
        if min(seconds) <= 0:
            raise CourseError(f"{label!r}: the clock did not advance; time a bigger piece of work.")
        timings[label] = Timing(label=label, seconds=tuple(seconds), items=items.get(label, 1), flops=flops.get(label))
    return timings


def speedup(timing: Timing, baseline: Timing) -> float:
    """How many times faster ``timing`` is than ``baseline`` per item (> 1: faster). Same run only."""
    return baseline.per_item / timing.per_item


def transformer_flops(parameters: int, tokens: int, *, layers: int = 0, hidden: int = 0, sequence: int = 0) -> float:
    """Forward-pass FLOPs of a transformer: ~2 per weight per token (one multiply, one add), lesson 09a.

    ``parameters`` should exclude the embedding tables (a lookup, not a multiplication). With ``layers``,
    ``hidden`` and ``sequence``, adds attention's own matrix products: per layer, scores (QK^T) and the
    weighted sum of values, each 2 * sequence * hidden FLOPs per token.
    """
    if parameters < 0 or tokens < 0:
        raise CourseError("transformer_flops needs non-negative parameters and tokens.")
    return 2.0 * parameters * tokens + 4.0 * layers * sequence * hidden * tokens


@dataclass(frozen=True)
class CpuPeak:
    """A rough upper bound on float32 work: cores x lanes x 2 (multiply+add) x FMA units x clock."""

    cores: int
    vector_bits: int  # 128 (SSE, NEON), 256 (AVX2), 512 (AVX-512)
    fma_units: int  # fused multiply-add units per core (1 or 2 on most CPUs)
    ghz: float
    source: str  # where the numbers came from, to show next to the estimate

    @property
    def float32_lanes(self) -> int:
        """float32 numbers one vector instruction works on."""
        return self.vector_bits // 32

    @property
    def gflops(self) -> float:
        """Peak float32 GFLOP/s: no real program reaches it, good ones reach a large fraction."""
        return self.cores * self.float32_lanes * 2 * self.fma_units * self.ghz


def _vector_bits(flags: set[str]) -> int:
    if "avx512f" in flags:
        return 512
    if "avx2" in flags or "avx" in flags:
        return 256
    return 128  # SSE on x86, NEON (asimd) on ARM


def _clock_ghz(cpuinfo: str) -> float | None:
    named = re.search(r"@\s*([\d.]+)\s*GHz", cpuinfo)
    if named:
        return float(named.group(1))
    mhz = re.search(r"^cpu MHz\s*:\s*([\d.]+)", cpuinfo, re.MULTILINE)
    return float(mhz.group(1)) / 1000 if mhz else None


def cpu_peak(cpuinfo: str | None = None, *, cores: int | None = None, ghz: float | None = None) -> CpuPeak:
    """Estimate this CPU's float32 peak from what it reports (Linux /proc/cpuinfo), lesson 09a.

    An estimate, on purpose: turbo clocks, AVX-512 clock reduction and shared hyper-threads move the true
    figure. Two FMA units per core is the common case for AVX2/AVX-512 server and desktop cores (one for
    128-bit-only vector units). Without /proc/cpuinfo (macOS, Windows), 128-bit vectors and ``psutil``'s
    clock are assumed, and ``source`` says so.
    """
    if cpuinfo is None:
        path = Path("/proc/cpuinfo")
        cpuinfo = path.read_text() if path.exists() else ""
    flag_line = re.search(r"^(?:flags|Features)\s*:(.*)$", cpuinfo, re.MULTILINE)
    flags = set(flag_line.group(1).split()) if flag_line else set()
    bits = _vector_bits(flags)
    fma_units = 2 if bits >= 256 else 1
    source = "/proc/cpuinfo" if flags else "assumed 128-bit vectors (no /proc/cpuinfo)"
    if ghz is None:
        ghz = _clock_ghz(cpuinfo)
    if ghz is None:
        import psutil

        frequency = psutil.cpu_freq()
        ghz = (frequency.max or frequency.current) / 1000 if frequency else 3.0
    if cores is None:
        available = cpus.cpu_budget().usable  # affinity and the container's CPU quota (Binder, JupyterHub)
        import psutil

        physical = psutil.cpu_count(logical=False) or available
        cores = min(available, physical)
    return CpuPeak(cores=cores, vector_bits=bits, fma_units=fma_units, ghz=ghz, source=source)


def table(timings: Sequence[Timing], *, baseline: Timing | None = None, peak: CpuPeak | None = None) -> str:
    """A plain-text table of timings: median, spread, throughput, speed-up, GFLOP/s and % of peak."""
    header = f"{'route':<28} {'ms/call':>9} {'spread':>7} {'items/s':>9}"
    header += f" {'speed-up':>9}" if baseline else ""
    header += f" {'GFLOP/s':>8}" if any(t.gflops for t in timings) else ""
    header += f" {'% peak':>7}" if peak and any(t.gflops for t in timings) else ""
    lines = [header, "-" * len(header)]
    for timing in timings:
        line = f"{timing.label:<28} {timing.median * 1e3:9.2f} {timing.spread:6.0%} {timing.throughput:9.1f}"
        if baseline:
            line += f" {speedup(timing, baseline):8.2f}x"
        if any(t.gflops for t in timings):
            line += f" {timing.gflops:8.1f}" if timing.gflops else f" {'':>8}"
            if peak:
                line += f" {timing.gflops / peak.gflops:6.1%}" if timing.gflops else f" {'':>7}"
        lines.append(line)
    return "\n".join(lines)
