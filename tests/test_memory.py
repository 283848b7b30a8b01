"""course_lib.memory: the memory line lessons print on JupyterHub and Binder, and the measurements behind it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from course_lib import memory, modes

REPO = Path(__file__).resolve().parent.parent


def test_no_limit_announced_no_line(monkeypatch, capsys):
    monkeypatch.delenv(memory.LIMIT_ENV, raising=False)
    assert memory.memory_limit_gb() is None
    assert memory.memory_note("00") is None
    modes.start_lesson("00")
    assert "Memory:" not in capsys.readouterr().out  # stored notebook outputs stay the same everywhere


@pytest.mark.parametrize("value, expected", [("2147483648", 2.147483648), ("", None), ("0", None), ("2G", None)])
def test_limit_is_read_from_mem_limit_in_bytes(value, expected):
    assert memory.memory_limit_gb({memory.LIMIT_ENV: value}) == (pytest.approx(expected) if expected else None)


def test_a_lesson_that_fits_gets_one_line():
    peak = memory.lesson_peak_gb("00")
    note = memory.memory_note("00", limit_gb=peak + 1.0, others_gb=0.2)
    assert note == (f"Memory: this lesson needs up to {peak:.1f} GB; your server's limit is {peak + 1.0:.1f} GB; "
                    "the server and your other kernels use 0.2 GB.")


def test_a_lesson_that_does_not_fit_says_what_to_do():
    peak = memory.lesson_peak_gb("09d")
    note = memory.memory_note("09d", limit_gb=2.0, others_gb=2.0 - peak + 0.3)  # another lesson still open
    assert "may not fit" in note and "Shut Down All Kernels" in note and memory.KERNEL_DIED in note
    assert "may not fit" in memory.memory_note("09d", limit_gb=peak - 0.2, others_gb=0.0)


def test_start_lesson_prints_the_line_when_the_spawner_sets_a_limit(monkeypatch, capsys):
    monkeypatch.setenv(memory.LIMIT_ENV, str(4 * 10**9))
    modes.start_lesson("01")
    out = capsys.readouterr().out
    assert re.search(r"Memory: this lesson needs up to \d\.\d GB; your server's limit is 4\.0 GB", out), out


def test_others_memory_counts_the_server_and_its_other_kernels_but_not_this_one():
    """A stand-in server (this test) with two children: this 'kernel' and an 'other kernel' holding 200 MB."""
    hold = "import sys, time; block = bytearray(200 * 10**6); print('ready', flush=True); time.sleep(60)"
    other = subprocess.Popen([sys.executable, "-c", hold], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "ready"
        probe = "import os, sys; from course_lib import memory; print(memory.others_memory_gb(int(sys.argv[1])))"
        out = subprocess.run([sys.executable, "-c", probe, str(os.getpid())], capture_output=True, text=True,
                             timeout=60, check=True).stdout
        others = float(out)
        server_only = psutil.Process(os.getpid()).memory_info().rss / 1e9
        assert others >= server_only + 0.2 * 0.95  # the other kernel's 200 MB are counted
    finally:
        other.kill()
        other.wait()


def test_every_lesson_and_the_glossary_are_measured():
    """Every notebook has a measurement (the budget itself is checked by `make measure`, not here)."""
    record = json.loads(memory.MEASURED_FILE.read_text())
    notebooks = sorted(path.stem.split("_", 1)[0] if path.stem[:2].isdigit() else path.stem
                       for path in (REPO / "notebooks").glob("*.ipynb"))
    assert sorted(record["notebooks"]) == notebooks
    for key, entry in record["notebooks"].items():
        assert 0 < entry["peak_gb"] < 4 and 0 < entry["seconds"], key


def test_readme_lessons_table_shows_the_measured_peaks():
    readme = (REPO / "README.md").read_text()
    rows = re.findall(r"^\| (\d\d[a-d]?|–) \| \[.*?\]\(notebooks/([\w]+)\.ipynb\).*\| ([\d.]+) GB \|$", readme, re.M)
    assert len(rows) == len(memory.measured()["notebooks"])
    for lesson, stem, peak in rows:
        key = stem if lesson == "–" else lesson
        assert float(peak) == memory.measured()["notebooks"][key]["peak_gb"], (key, peak)


def test_measure_notebooks_write_merges_lessons_and_stamps_the_machine(tmp_path):
    sys.path.insert(0, str(REPO))
    from scripts import measure_notebooks

    target = tmp_path / "measured.json"
    measure_notebooks.write_measurements({"00": (12.34, 0.5312)}, target)
    measure_notebooks.write_measurements({"09a": (50.0, 1.149)}, target)
    record = json.loads(target.read_text())
    assert record["notebooks"] == {"00": {"seconds": 12.3, "peak_gb": 0.53}, "09a": {"seconds": 50.0, "peak_gb": 1.15}}
    assert "cores" in record["machine"] and record["measured"]
    assert measure_notebooks.lesson_key(REPO / "notebooks" / "glossary.ipynb") == "glossary"
