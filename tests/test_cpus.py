"""course_lib.cpus: the cores a kernel may use under a container's CPU quota or an affinity mask.

Tested with fake cgroup folders (never the machine's own cgroups): v2 ``cpu.max``, v1
``cpu.cfs_quota_us``/``cpu.cfs_period_us``, and no quota at all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from course_lib import cpus, diagnostics, modes


def cgroup(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text + "\n")
    return tmp_path


@pytest.mark.parametrize("files, cores", [
    ({"cpu.max": "100000 100000"}, 1.0),                          # Binder-like: one core's worth
    ({"cpu.max": "150000 100000"}, 1.5),
    ({"cpu.max": "max 100000"}, None),                            # cgroup v2, no quota
    ({"cpu/cpu.cfs_quota_us": "200000", "cpu/cpu.cfs_period_us": "100000"}, 2.0),   # cgroup v1
    ({"cpu,cpuacct/cpu.cfs_quota_us": "50000", "cpu,cpuacct/cpu.cfs_period_us": "100000"}, 0.5),
    ({"cpu/cpu.cfs_quota_us": "-1", "cpu/cpu.cfs_period_us": "100000"}, None),      # cgroup v1, no quota
    ({}, None),                                                    # no cgroup files at all (macOS, Windows)
])
def test_the_quota_is_read_from_v1_and_v2_files(tmp_path, files, cores):
    found = cpus.quota_from_cgroup(cgroup(tmp_path, files))
    assert (found[0] if found else None) == cores


def test_the_smallest_limit_wins_rounded_up(tmp_path):
    one_and_a_half = cgroup(tmp_path, {"cpu.max": "150000 100000"})
    budget = cpus.cpu_budget(one_and_a_half, host=64, affinity=None)
    assert (budget.usable, budget.host, budget.limited) == (2, 64, True)
    assert "CPU quota of 1.5 cores" in budget.reason and "cpu.max" in budget.reason
    assert cpus.cpu_budget(one_and_a_half, host=64, affinity=1).usable == 1      # taskset -c 0 under the quota
    masked = cpus.cpu_budget(cgroup(tmp_path / "none", {}), host=64, affinity=4)
    assert masked.usable == 4 and "affinity" in masked.reason
    free = cpus.cpu_budget(cgroup(tmp_path / "free", {"cpu.max": "max 100000"}), host=8, affinity=8)
    assert (free.usable, free.limited) == (8, False) and "no quota" in free.reason


def test_a_tiny_quota_still_gets_one_thread(tmp_path):
    assert cpus.cpu_budget(cgroup(tmp_path, {"cpu.max": "10000 100000"}), host=16, affinity=None).usable == 1


def test_thread_variables_are_set_under_a_quota_and_a_learners_own_value_kept():
    budget = cpus.CpuBudget(usable=1, host=32, reason="a CPU quota of 1 cores")
    environ = {"OMP_NUM_THREADS": "4"}
    changed = cpus.limit_threads(budget, environ)
    assert environ["OMP_NUM_THREADS"] == "4" and "OMP_NUM_THREADS" not in changed
    assert all(environ[name] == "1" for name in changed) and set(changed) == set(cpus.THREAD_VARIABLES) - {"OMP_NUM_THREADS"}
    untouched: dict[str, str] = {}
    assert cpus.limit_threads(cpus.CpuBudget(usable=8, host=8, reason="x"), untouched) == [] and untouched == {}


def test_the_lesson_header_says_so_only_under_a_limit(monkeypatch, capsys):
    monkeypatch.setattr(cpus, "cpu_budget", lambda *a, **k: cpus.CpuBudget(1, 48, "a CPU quota of 1 cores (cgroup v2)"))
    monkeypatch.setattr(cpus, "limit_threads", lambda *a, **k: [])
    modes.start_lesson("00")
    assert "CPU: 1 of this machine's 48 cores are yours (a CPU quota of 1 cores" in capsys.readouterr().out
    monkeypatch.setattr(cpus, "cpu_budget", lambda *a, **k: cpus.CpuBudget(2, 2, "2 cores on this machine, no quota"))
    modes.start_lesson("00")
    assert "CPU:" not in capsys.readouterr().out


def test_doctor_shows_the_count_and_why(monkeypatch):
    monkeypatch.setattr(cpus, "cpu_budget", lambda *a, **k: cpus.CpuBudget(1, 48, "a CPU quota of 1 cores (cgroup v2)"))
    lines = "\n".join(diagnostics.doctor(show=False).lines)
    assert "1 usable core(s): a CPU quota of 1 cores (cgroup v2) -> threads: 1" in lines


def test_shell_exports_for_binder():
    budget = cpus.CpuBudget(usable=1, host=72, reason="quota")
    exports = cpus.shell_exports(budget, {"MKL_NUM_THREADS": "2"}).splitlines()
    assert "export OMP_NUM_THREADS=1" in exports and not any("MKL_NUM_THREADS" in line for line in exports)
    assert cpus.shell_exports(cpus.CpuBudget(4, 4, "none"), {}) == ""
    result = subprocess.run([sys.executable, "-m", "course_lib.cpus"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "usable core(s) of" in result.stdout


def test_binder_start_applies_the_exports():
    start = Path(__file__).resolve().parent.parent / "binder" / "start"
    text = start.read_text()
    assert 'eval "$(python -m course_lib.cpus --export' in text and text.rstrip().endswith('exec "$@"')
    result = subprocess.run(["bash", str(start), "bash", "-c", "echo started"], capture_output=True, text=True,
                            timeout=60, env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"})
    assert result.returncode == 0 and result.stdout.strip().endswith("started")
