"""Memory on a shared Jupyter server: what each lesson needs, and what this server may use (every lesson).

On JupyterHub and Binder each learner's server has a memory limit, and a kernel that goes over it is
killed and restarted by Jupyter ("The kernel appears to have died. It will restart automatically."),
losing its variables. So when the spawner announces a limit (JupyterHub's spawners and Binder set
``MEM_LIMIT``, in bytes), ``course.start_lesson`` adds one line: the lesson's measured peak next to the
limit and what the server already uses, and, when they do not fit, what to do first.

The peaks come from ``content/measured.json``, written by ``scripts/measure_notebooks.py --write`` (the
same numbers as the README's lessons table and the classroom sizing in jupyterhub/).
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

__all__ = ["MEASURED_FILE", "LIMIT_ENV", "measured", "lesson_peak_gb", "memory_limit_gb", "others_memory_gb",
           "memory_note"]

MEASURED_FILE = Path(__file__).resolve().parent / "content" / "measured.json"
LIMIT_ENV = "MEM_LIMIT"  # set by JupyterHub's spawners (Spawner.mem_limit) and by Binder, in bytes
KERNEL_DIED = "The kernel appears to have died. It will restart automatically."


@functools.lru_cache(maxsize=1)
def measured() -> dict:
    """The committed measurements: {"machine": ..., "notebooks": {lesson id: {"seconds", "peak_gb"}}}."""
    return json.loads(MEASURED_FILE.read_text())


def lesson_peak_gb(lesson_id: str | int) -> float | None:
    """The lesson's measured peak kernel memory in GB (None for a lesson not measured yet)."""
    key = f"{lesson_id:02d}" if isinstance(lesson_id, int) else str(lesson_id)
    entry = measured()["notebooks"].get(key)
    return None if entry is None else float(entry["peak_gb"])


def memory_limit_gb(environ: dict[str, str] | None = None) -> float | None:
    """This server's memory limit in GB, as the spawner announced it in $MEM_LIMIT (None: no limit known)."""
    value = (os.environ if environ is None else environ).get(LIMIT_ENV, "").strip()
    return int(value) / 1e9 if value.isdigit() and int(value) > 0 else None


def others_memory_gb(server_pid: int | None = None) -> float | None:
    """Resident memory of everything else on this Jupyter server, in GB: the server and its other kernels.

    ``server_pid`` is the server's process (default: this kernel's parent). None if it cannot be read.
    """
    import psutil

    try:
        me = psutil.Process()
        mine = {me.pid, *(child.pid for child in me.children(recursive=True))}
        server = psutil.Process(os.getppid() if server_pid is None else server_pid)
        processes = [server, *server.children(recursive=True)]
        return sum(p.memory_info().rss for p in processes if p.pid not in mine) / 1e9
    except (psutil.Error, OSError):
        return None


def memory_note(lesson_id: str | int, *, limit_gb: float | None = None, others_gb: float | None = None) -> str | None:
    """The line start_lesson adds on a server with a memory limit (None when no limit is known).

    ``limit_gb`` and ``others_gb`` default to :func:`memory_limit_gb` and :func:`others_memory_gb`.
    """
    limit = memory_limit_gb() if limit_gb is None else limit_gb
    if limit is None:
        return None
    peak = lesson_peak_gb(lesson_id)
    if peak is None:
        return None
    others = others_memory_gb() if others_gb is None else others_gb
    used = "" if others is None else f"; the server and your other kernels use {others:.1f} GB"
    line = f"Memory: this lesson needs up to {peak:.1f} GB; your server's limit is {limit:.1f} GB{used}."
    if peak + (others or 0.0) > limit:
        line += (
            "\n⚠️  That may not fit. Shut down the kernels of the lessons you have finished (the Running panel "
            "on the left, or Kernel > Shut Down All Kernels in their tabs), then run this cell again. If Jupyter "
            f'says "{KERNEL_DIED}", the kernel went over the limit and lost its variables: run the lesson '
            "again from the top."
        )
    return line
