"""`make lab` / `make test` find a supported Python (3.11, 3.12 or 3.13), or say what is needed and how to get it."""

from __future__ import annotations

import os
import re
import subprocess
import tomllib
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHECK = REPO / "scripts" / "check_python.sh"
FIND = REPO / "scripts" / "find_python.sh"


def check(python: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(CHECK), python], capture_output=True, text=True, timeout=60)


def fake_python(folder: Path, version: str) -> Path:
    fake = folder / f"python{version}"
    fake.write_text(f"#!/bin/sh\necho {version}\n")
    fake.chmod(0o755)
    return fake


def test_this_python_is_supported():
    assert sys.version_info[:2] in {(3, 11), (3, 12), (3, 13)}
    assert check(sys.executable).returncode == 0


def test_the_supported_versions_agree_with_pyproject():
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"]
    low, high = re.fullmatch(r">=3\.(\d+),<3\.(\d+)", requires).groups()
    from_pyproject = [f"3.{minor}" for minor in range(int(low), int(high))]
    in_script = re.search(r'^supported="([^"]+)"', CHECK.read_text(), re.MULTILINE).group(1).split()
    from course_lib.diagnostics import SUPPORTED_PYTHONS
    assert in_script == from_pyproject == [f"{a}.{b}" for a, b in SUPPORTED_PYTHONS]


def test_a_missing_python_gets_the_ways_to_install_it():
    result = check("/nonexistent/python3.12")
    assert result.returncode == 1
    assert "No supported Python was found" in result.stderr
    for route in ("uv python install 3.12", "conda env create -f environment.yml", "PYTHON=/path/to/python3.12"):
        assert route in result.stderr


@pytest.mark.parametrize("version, ok", [("3.10", False), ("3.11", True), ("3.12", True), ("3.13", True), ("3.14", False)])
def test_each_version_is_accepted_or_named(tmp_path, version, ok):
    result = check(str(fake_python(tmp_path, version)))
    assert (result.returncode == 0) == ok
    if not ok:
        assert f"is Python {version}, but the course needs Python 3.11, 3.12 or 3.13" in result.stderr


def test_the_finder_runs_each_candidate_and_keeps_the_order_asked(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_python(bin_dir, "3.13")
    broken = bin_dir / "python3.12"  # an inactive pyenv shim: on the PATH, but it does not run
    broken.write_text("#!/bin/sh\necho 'pyenv: python3.12: command not found' >&2\nexit 127\n")
    broken.chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "PYENV_ROOT": str(tmp_path / "no-pyenv"), "HOME": str(tmp_path)}
    found = subprocess.run(["bash", str(FIND), "3.12", "3.13"], capture_output=True, text=True, env=env, timeout=60)
    assert found.returncode == 0 and found.stdout.strip() == str(bin_dir / "python3.13")
    none = subprocess.run(["bash", str(FIND), "3.12"], capture_output=True, text=True, env=env, timeout=60)
    assert none.returncode == 1 and none.stdout == ""


def test_make_uses_the_python_it_is_given_and_stops_before_installing(tmp_path):
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    result = subprocess.run(["make", "-s", "setup", "PYTHON=/nonexistent/python3.12", f"VENV={venv}"],
                            cwd=REPO, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode != 0
    assert "'/nonexistent/python3.12'" in result.stderr and "uv python install 3.12" in result.stderr
    assert not venv.exists()
