"""`make lab` / `make test` on a machine without Python 3.11 say what is needed and how to get it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHECK = REPO / "scripts" / "check_python.sh"


def check(python: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(CHECK), python], capture_output=True, text=True, timeout=60)


def test_the_tested_python_passes():
    assert sys.version_info[:2] == (3, 11)
    assert check(sys.executable).returncode == 0


def test_a_missing_python_gets_the_ways_to_install_it():
    result = check("/nonexistent/python3.11")
    assert result.returncode == 1
    assert "Python 3.11 was not found" in result.stderr
    for route in ("uv python install 3.11", "conda env create -f environment.yml", "PYTHON=/path/to/python3.11"):
        assert route in result.stderr


def test_another_python_version_is_named(tmp_path):
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\necho 3.12\n")
    fake.chmod(0o755)
    result = check(str(fake))
    assert result.returncode == 1
    assert "is Python 3.12, but the course needs Python 3.11" in result.stderr


def test_make_uses_the_python_it_is_given_and_stops_before_installing(tmp_path):
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    result = subprocess.run(["make", "-s", "setup", "PYTHON=/nonexistent/python3.11", f"VENV={venv}"],
                            cwd=REPO, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode != 0
    assert "'/nonexistent/python3.11'" in result.stderr and "uv python install 3.11" in result.stderr
    assert not venv.exists()
