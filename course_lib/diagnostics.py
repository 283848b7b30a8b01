"""``doctor()``: the environment report in the first cell of the course (lesson 00).

It answers, in plain words, the questions a learner or an instructor has before a session: are the
tested versions installed, which device will each framework use, is the Hub reachable or will the
lessons use their offline copies, is there enough memory, and are the offline model files intact?
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import devices, models
from .errors import CourseError
from .frameworks import versions
from .modes import is_instructor

__all__ = ["doctor", "DoctorReport", "available_memory_gb", "LESSON_MEMORY_GB"]

LESSON_MEMORY_GB = 1.5  # every lesson is held to this peak (scripts/measure_notebooks.py checks it)
SUPPORTED_PYTHONS = ((3, 11), (3, 12), (3, 13))  # pyproject.toml's requires-python (tests/test_setup_python.py)
SHOWN_PACKAGES = ("torch", "tensorflow", "keras", "keras-hub", "transformers", "tokenizers", "jupyterlab")


@dataclass
class DoctorReport:
    """The lines ``doctor()`` prints, and the problems it found (empty list: all good)."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        verdict = (
            ["Verdict: ready for the course."]
            if self.ok
            else [f"Verdict: {len(self.problems)} thing(s) to fix:"] + [f"  - {p}" for p in self.problems]
        )
        return "\n".join(self.lines + [""] + verdict)


def _read_int(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def available_memory_gb(cgroup_root: Path = Path("/sys/fs/cgroup")) -> float:
    """Memory this kernel can still use, in GB: the smaller of free RAM and the container's limit.

    Binder runs each learner in a container capped at about 2 GB; psutil alone would report the
    whole host's memory, so the cgroup limit (v2, then v1) is read as well.
    """
    import psutil

    free = psutil.virtual_memory().available
    for limit_file, usage_file in (
        (cgroup_root / "memory.max", cgroup_root / "memory.current"),
        (cgroup_root / "memory" / "memory.limit_in_bytes", cgroup_root / "memory" / "memory.usage_in_bytes"),
    ):
        limit, usage = _read_int(limit_file), _read_int(usage_file)
        if limit is not None and usage is not None and limit < 1 << 60:  # huge values mean "no limit"
            free = min(free, max(limit - usage, 0))
            break
    return free / 1e9


def _check_versions(report: DoctorReport) -> None:
    python = sys.version_info[:2]
    supported = f"{SUPPORTED_PYTHONS[0][0]}.{SUPPORTED_PYTHONS[0][1]}-{SUPPORTED_PYTHONS[-1][1]}"
    mark = "OK" if python in SUPPORTED_PYTHONS else "DIFFERENT"
    report.lines.append(f"  {'python':<13} {platform.python_version():<12} tested {supported:<8} {mark}")
    if python not in SUPPORTED_PYTHONS:
        report.problems.append(
            f"Python {platform.python_version()} is not one the course is tested with (3.11, 3.12, 3.13). "
            "Create the environment with `make lab` or `conda env create -f environment.yml`."
        )
    for row in versions():
        if row.package in SHOWN_PACKAGES or not row.ok:
            mark = "OK" if row.ok else ("MISSING" if row.installed is None else "DIFFERENT")
            shown = f"{row.installed}+{row.build}" if row.installed and row.build else (row.installed or "-")
            report.lines.append(f"  {row.package:<13} {shown:<12} tested {row.tested:<8} {mark}")
        if not row.ok:
            what = "is not installed" if row.installed is None else f"is {row.installed}"
            report.problems.append(
                f"{row.package} {what}; the course is tested with {row.tested}. "
                "Run `pip install -r requirements.txt` in the course environment."
            )


def _check_devices(report: DoctorReport) -> None:
    try:
        summary = devices.describe()
    except CourseError as error:
        report.problems.append(str(error))
        return
    report.lines.extend("  " + line for line in summary.splitlines())
    if "Note:" in summary:
        report.problems.append(summary.split("Note: ", 1)[1])


def _check_hub(report: DoctorReport) -> None:
    if models.is_offline():
        report.lines.append("  HF_HUB_OFFLINE=1: lessons load the course's offline model copies")
    elif models.hub_reachable():
        report.lines.append("  Hugging Face Hub reachable: lessons may download pinned checkpoints")
    else:
        report.lines.append("  Hugging Face Hub unreachable: lessons fall back to the offline model copies")


def _check_model_files(report: DoctorReport) -> None:
    for name, problem in models.check_offline_copies().items():
        if problem:
            report.lines.append(f"  {name}: PROBLEM")
            report.problems.append(problem)
        else:
            report.lines.append(f"  {name}: offline copy present, SHA-256 OK")
    for spec in models.REGISTRY.values():  # the online route of lessons 07a-07b: nothing local to check
        if spec.hub_only:
            report.lines.append(f"  {spec.name}: online only, pinned at {spec.hub_revision[:7]} "
                                f"(offline, {spec.offline_counterpart} plays its role)")


def _check_cpus(report: DoctorReport) -> None:
    from .cpus import cpu_budget

    budget = cpu_budget()
    threads = budget.usable if budget.limited else "the libraries' defaults"
    report.lines.append(f"  {budget.usable} usable core(s): {budget.reason} -> threads: {threads}")


def _check_memory(report: DoctorReport) -> None:
    free = available_memory_gb()
    enough = free >= LESSON_MEMORY_GB
    report.lines.append(
        f"  {free:.1f} GB available; each lesson needs up to {LESSON_MEMORY_GB} GB -> {'OK' if enough else 'LOW'}"
    )
    if not enough:
        report.problems.append(
            f"Only {free:.1f} GB of memory is free. Shut down other notebooks' kernels "
            "(Kernel > Shut Down All Kernels) before starting a lesson."
        )


def doctor(*, show: bool = True) -> DoctorReport:
    """Check this environment against the course's needs; print the report and return it."""
    report = DoctorReport(lines=["Course environment check", "", "Versions (installed vs tested):"])
    _check_versions(report)
    report.lines += ["", "Devices:"]
    _check_devices(report)
    report.lines += ["", "Models:"]
    _check_hub(report)
    _check_model_files(report)
    report.lines += ["", "CPU:"]
    _check_cpus(report)
    report.lines += ["", "Memory:"]
    _check_memory(report)
    try:
        if is_instructor():
            report.lines += ["", "Mode: instructor (solutions and timing plans are shown)"]
    except CourseError as error:
        report.problems.append(str(error))
    if show:
        print(report)
    return report
