"""Test set-up shared by the unit tests and nbval: the notebook environment, applied once."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO))

from scripts import notebook_env  # noqa: E402


def pytest_configure(config):
    # Before any nbval kernel starts: kernels inherit this process's environment.
    notebook_env.apply()
