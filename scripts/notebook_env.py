"""The environment every notebook runs in under test, when executed for committing, and when measured.

One definition, used by tests/conftest.py (nbval), scripts/execute_notebooks.py and
scripts/measure_notebooks.py, so a notebook saved by `make execute` always passes `make test`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"

NOTEBOOK_ENV = {
    "HF_HUB_OFFLINE": "1",  # the course is offline-first: no test needs the network
    "PYTHONHASHSEED": "0",
    "COURSE_MODE": "learner",  # stored outputs are the learner's view (solutions hidden)
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
}
UNSET = ("COURSE_DEVICE", "KERAS_BACKEND")  # machine-specific choices must not leak into outputs


def apply(environ: dict[str, str] | None = None) -> dict[str, str]:
    """Put the notebook environment into ``environ`` (default: os.environ) and return it.

    Each call points COURSE_PROGRESS_FILE at a fresh, empty file, so progress shown in a notebook
    starts from zero, as it does for a new learner.
    """
    environ = os.environ if environ is None else environ
    environ.update(NOTEBOOK_ENV)
    for key in UNSET:
        environ.pop(key, None)
    progress_dir = Path(tempfile.mkdtemp(prefix="course-progress-"))
    environ["COURSE_PROGRESS_FILE"] = str(progress_dir / "progress.json")
    return environ


def notebook_paths(selected: list[str] | None = None) -> list[Path]:
    """The notebooks to work on: the given paths, or every notebook in notebooks/ in course order."""
    if selected:
        return [Path(p).resolve() for p in selected]
    return sorted(p for p in NOTEBOOKS.glob("*.ipynb"))


def new_client(notebook, path: Path, timeout: int = 300):
    """An nbclient NotebookClient for ``notebook`` (read from ``path``), run from the notebook's folder.

    The kernel logs only errors: its start-up warning about local TCP transport is not news here.
    """
    from nbclient import NotebookClient

    return NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
