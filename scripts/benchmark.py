"""The course's performance targets, measured (not unit-tested: timings belong to a benchmark).

    python scripts/benchmark.py            # or: make bench

Targets:
  * `import course_lib` <= 0.3 s in a fresh interpreter, with neither torch nor tensorflow imported;
  * lesson 00 executes in <= 30 s;
  * every other notebook executes in <= 90 s with <= 1.5 GB peak kernel memory.
Exits non-zero if a target is missed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import notebook_env  # noqa: E402
from scripts.measure_notebooks import measure  # noqa: E402

IMPORT_BUDGET_S = 0.3
LESSON_00_BUDGET_S = 30.0
LESSON_BUDGET_S = 90.0
LESSON_BUDGET_GB = 1.5

_IMPORT_PROBE = (
    "import sys, time; t = time.perf_counter(); import course_lib; t = time.perf_counter() - t; "
    "print(t, 'torch' in sys.modules, 'tensorflow' in sys.modules)"
)


def import_time(repeats: int = 7) -> tuple[float, bool]:
    """Median seconds for `import course_lib` in a fresh interpreter, and whether it stayed light."""
    times, light = [], True
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True, check=True)
        seconds, torch_loaded, tf_loaded = out.stdout.split()
        times.append(float(seconds))
        light = light and torch_loaded == "False" and tf_loaded == "False"
    return statistics.median(times), light


def main() -> int:
    failures = 0
    seconds, light = import_time()
    ok = seconds <= IMPORT_BUDGET_S and light
    failures += not ok
    print(f"import course_lib: {seconds:.3f} s (median of 7), torch/tensorflow imported: {not light}"
          f"  [target <= {IMPORT_BUDGET_S} s, none]  {'OK' if ok else 'MISSED'}")
    print(f"\n{'notebook':<45} {'seconds':>8} {'peak GB':>8}  target")
    for path in notebook_env.notebook_paths():
        seconds, peak = measure(path)
        budget = LESSON_00_BUDGET_S if path.name.startswith("00_") else LESSON_BUDGET_S
        ok = seconds <= budget and peak <= LESSON_BUDGET_GB
        failures += not ok
        print(f"{path.name:<45} {seconds:8.1f} {peak:8.2f}  <= {budget:.0f} s, <= {LESSON_BUDGET_GB} GB  "
              f"{'OK' if ok else 'MISSED'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
