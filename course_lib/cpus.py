"""How many CPU cores this kernel may really use, and thread pools sized to it (every lesson; doctor, bench).

Binder and the course's JupyterHub give each learner a CPU *quota* (one core's worth of time) on a host with
many cores. PyTorch, TensorFlow, ONNX Runtime and OpenMP size their thread pools from the host's cores, so a
kernel with a 1-core quota would run dozens of threads that take turns on one core: every lesson slows down,
and a "more threads are faster" measurement (lesson 09a) fails. This module reads the limits Linux applies:

* the cgroup v2 quota, ``cpu.max`` ("200000 100000" = 2 cores; "max 100000" = no quota);
* the cgroup v1 quota, ``cpu.cfs_quota_us`` / ``cpu.cfs_period_us`` (-1 = no quota);
* the affinity mask (``os.sched_getaffinity``: the cores this process may run on, e.g. under ``taskset``).

The usable count is the smallest of these, rounded up (a 1.5-core quota keeps 2 threads busy). When it is
smaller than the host's cores, ``course.start_lesson`` sizes every framework's threads to it before the
lesson imports one (the variables below; a value the learner set first is kept) and says so in one line;
``course.import_torch`` applies it to PyTorch. ``course.doctor()`` always reports the count and why.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CpuBudget", "cpu_budget", "quota_from_cgroup", "THREAD_VARIABLES", "limit_threads", "thread_note",
           "shell_exports"]

CGROUP_ROOT = Path("/sys/fs/cgroup")
# Read when each library starts: OpenMP (PyTorch's intra-op pool), MKL and OpenBLAS (matrix products),
# TensorFlow's two pools. ONNX Runtime has no variable: lessons pass intra_op_num_threads (lesson 09b).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                    "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS")


@dataclass(frozen=True)
class CpuBudget:
    """The cores this process may use (``usable``) out of the host's (``host``), and what limits them."""

    usable: int
    host: int
    reason: str

    @property
    def limited(self) -> bool:
        return self.usable < self.host


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


def quota_from_cgroup(root: Path = CGROUP_ROOT) -> tuple[float, str] | None:
    """The container's CPU quota in cores and the file it came from, or None when there is none.

    cgroup v2 (``cpu.max``) first, then v1 (``cpu/cpu.cfs_quota_us``, or the same files at the root).
    """
    v2 = _read(root / "cpu.max")
    if v2:
        parts = v2.split()
        if len(parts) == 2 and parts[0] != "max" and parts[0].isdigit() and parts[1].isdigit() and int(parts[1]) > 0:
            return int(parts[0]) / int(parts[1]), f"cgroup v2 cpu.max '{v2}'"
        return None
    for folder in (root / "cpu", root / "cpu,cpuacct", root):
        quota, period = _read(folder / "cpu.cfs_quota_us"), _read(folder / "cpu.cfs_period_us")
        if quota is None or period is None:
            continue
        if quota.lstrip("-").isdigit() and period.isdigit() and int(quota) > 0 and int(period) > 0:
            return int(quota) / int(period), f"cgroup v1 cpu.cfs_quota_us {quota} / cpu.cfs_period_us {period}"
        return None
    return None


def _affinity() -> int | None:
    getter = getattr(os, "sched_getaffinity", None)  # Linux; not on macOS or Windows
    if getter is None:
        return None
    try:
        return len(getter(0))
    except OSError:
        return None


def cpu_budget(root: Path = CGROUP_ROOT, *, host: int | None = None, affinity: int | None = -1) -> CpuBudget:
    """The usable cores: the smallest of the host's cores, the affinity mask and the cgroup quota.

    ``host`` and ``affinity`` default to this machine's (tests pass their own; ``affinity=None``: no mask).
    """
    host = host or os.cpu_count() or 1
    affinity = _affinity() if affinity == -1 else affinity
    usable, reason = host, f"{host} cores on this machine, no quota"
    if affinity is not None and affinity < usable:
        usable, reason = affinity, f"this process may run on {affinity} of the machine's {host} cores (affinity)"
    quota = quota_from_cgroup(root)
    if quota is not None and math.ceil(quota[0]) < usable:
        usable, reason = max(1, math.ceil(quota[0])), f"a CPU quota of {quota[0]:g} cores ({quota[1]})"
    return CpuBudget(usable=usable, host=host, reason=reason)


def limit_threads(budget: CpuBudget | None = None, environ: dict[str, str] | None = None) -> list[str]:
    """Set each thread variable to the usable cores where it is not set yet; return the names set.

    Only when the budget is smaller than the host (elsewhere the libraries' own defaults are right).
    PyTorch, if already imported, is resized too.
    """
    budget = budget or cpu_budget()
    environ = os.environ if environ is None else environ
    if not budget.limited:
        return []
    changed = [name for name in THREAD_VARIABLES if name not in environ]
    for name in changed:
        environ[name] = str(budget.usable)
    torch = sys.modules.get("torch") if environ is os.environ else None
    if torch is not None and hasattr(torch, "set_num_threads") and torch.get_num_threads() > budget.usable:
        torch.set_num_threads(budget.usable)
    return changed


def thread_note(budget: CpuBudget | None = None) -> str | None:
    """The line a lesson's header adds under a quota or an affinity mask (None when nothing limits it)."""
    budget = budget or cpu_budget()
    if not budget.limited:
        return None
    return (f"CPU: {budget.usable} of this machine's {budget.host} cores are yours ({budget.reason}); "
            f"PyTorch, TensorFlow and OpenMP will use {budget.usable} thread(s).")


def shell_exports(budget: CpuBudget | None = None, environ: dict[str, str] | None = None) -> str:
    """``export NAME=N`` lines for a shell that starts Jupyter (binder/start), under a quota only."""
    budget = budget or cpu_budget()
    environ = os.environ if environ is None else environ
    if not budget.limited:
        return ""
    return "\n".join(f"export {name}={budget.usable}" for name in THREAD_VARIABLES if name not in environ)


if __name__ == "__main__":  # python -m course_lib.cpus [--export]
    if "--export" in sys.argv[1:]:
        print(shell_exports())
    else:
        found = cpu_budget()
        print(f"{found.usable} usable core(s) of {found.host}: {found.reason}")
