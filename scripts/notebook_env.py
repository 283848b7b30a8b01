"""The environment every notebook runs in under test, when executed for committing, and when measured.

One definition, used by tests/conftest.py (nbval), scripts/execute_notebooks.py and
scripts/measure_notebooks.py, so a notebook saved by `make execute` always passes `make test`.
"""

from __future__ import annotations

import atexit
import os
import platform
import shutil
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
# Machine-specific choices must not leak into outputs; MEM_LIMIT (JupyterHub, Binder) adds a memory line.
UNSET = ("COURSE_DEVICE", "KERAS_BACKEND", "MEM_LIMIT")

# The portability pass (`make portability`, part of `make test`): the same notebooks again, on a
# deliberately different CPU code path. A stored output that depends on the machine (a maximum
# difference printed to 1e-8, a training loss to 6 digits) fails here on every machine, instead of on
# a learner's laptop. Each knob is proved effective by tests/test_portability.py.
PORTABLE_THREADS = {
    "OMP_NUM_THREADS": "1",  # PyTorch's intra-op threads (and OpenMP in general)
    "MKL_NUM_THREADS": "1",  # Intel MKL: PyTorch's BLAS on x86
    "OPENBLAS_NUM_THREADS": "1",  # OpenBLAS: NumPy's BLAS
    "TF_NUM_INTRAOP_THREADS": "1",  # TensorFlow's thread pools
    "TF_NUM_INTEROP_THREADS": "1",
}
PORTABLE_X86 = {
    "ONEDNN_MAX_CPU_ISA": "SSE41",  # oneDNN (TensorFlow's CPU kernels, PyTorch's convolutions): no AVX
    "ATEN_CPU_CAPABILITY": "default",  # PyTorch's own vectorised kernels: the plain C++ build
    "MKL_ENABLE_INSTRUCTIONS": "SSE4_2",  # MKL's matrix products (PyTorch): no AVX
    "OPENBLAS_CORETYPE": "Nehalem",  # NumPy's OpenBLAS: an SSE4.2-era kernel
    "NPY_DISABLE_CPU_FEATURES": "X86_V3 X86_V4 AVX512_ICL AVX512_SPR",  # NumPy's own SIMD loops
}


def portable_cpu_environment(machine: str | None = None) -> dict[str, str]:
    """The variables of the portability pass: one thread everywhere and, on x86-64, no AVX.

    The instruction-set knobs name x86 features, so elsewhere (Apple silicon, ARM servers) only the
    thread limits apply.
    """
    machine = (machine or platform.machine()).lower()
    x86 = machine in {"x86_64", "amd64"}
    return {**PORTABLE_THREADS, **(PORTABLE_X86 if x86 else {})}


def apply(environ: dict[str, str] | None = None, *, portable_cpu: bool = False) -> dict[str, str]:
    """Put the notebook environment into ``environ`` (default: os.environ) and return it.

    Each call points COURSE_PROGRESS_FILE at a fresh, empty file, so progress shown in a notebook
    starts from zero, as it does for a new learner. ``portable_cpu`` adds the portability pass's
    variables (:func:`portable_cpu_environment`).
    """
    environ = os.environ if environ is None else environ
    environ.update(NOTEBOOK_ENV)
    if portable_cpu:
        environ.update(portable_cpu_environment())
    for key in UNSET:
        environ.pop(key, None)
    progress_dir = Path(tempfile.mkdtemp(prefix="course-progress-"))
    atexit.register(shutil.rmtree, progress_dir, ignore_errors=True)   # gone when the test run ends
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
