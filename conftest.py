"""Test set-up shared by the unit tests and nbval: the notebook environment, applied once.

    pytest notebooks --nbval                  # the notebooks as a learner's kernel runs them
    pytest notebooks --nbval --portable-cpu   # again, one thread and no AVX (see scripts/notebook_env.py)

Whatever the run, the committed notebooks must come out of it unchanged: a test run that rewrote a
notebook would make the next run compare against something else.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO))

from scripts import notebook_env  # noqa: E402

_notebook_hashes: dict[Path, str] = {}


def pytest_addoption(parser):
    parser.addoption(
        "--portable-cpu",
        action="store_true",
        help="run kernels with one thread and, on x86-64, without AVX (the portability pass)",
    )


def _hash_notebooks() -> dict[Path, str]:
    return {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(notebook_env.NOTEBOOKS.rglob("*.ipynb"))}


def pytest_configure(config):
    # Before any nbval kernel starts: kernels inherit this process's environment.
    notebook_env.apply(portable_cpu=config.getoption("--portable-cpu"))
    _notebook_hashes.update(_hash_notebooks())


def pytest_sessionfinish(session, exitstatus):
    changed = [path.name for path, digest in _hash_notebooks().items() if _notebook_hashes.get(path) != digest]
    if changed:
        print(f"\nThe test run changed committed notebooks: {', '.join(changed)}. Tests must leave "
              "notebooks/ as committed (run `git diff notebooks/` and restore them).")
        session.exitstatus = 1
