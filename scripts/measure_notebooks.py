"""Execute each notebook in a fresh kernel and report wall time and peak kernel memory.

    python scripts/measure_notebooks.py [notebooks...] [--max-seconds 90] [--max-gb 1.5] [--write]

Peak memory is the kernel process's peak resident set size (sampled every 50 ms, children included),
which is what Binder's 2 GB limit counts. Exits non-zero if a notebook is over budget. The notebooks on
disk are left as they are. ``--write`` records the results in course_lib/content/measured.json (one
entry per lesson, the others kept), the numbers behind the README's lessons table, the memory line
lessons print on JupyterHub and Binder (course_lib.memory), and the classroom sizing (jupyterhub/).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import threading
import time
from pathlib import Path

import nbformat
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import notebook_env  # noqa: E402


class PeakMemory:
    """Sample a process tree's resident memory in a background thread; keep the peak."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.process, *self.process.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in procs)
                self.peak = max(self.peak, rss)
            except psutil.Error:
                pass
            time.sleep(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def measure(path: Path, timeout: int = 300) -> tuple[float, float]:
    """Execute ``path`` in a fresh kernel; return (seconds, peak GB)."""
    notebook = nbformat.read(path, as_version=4)
    env = notebook_env.apply(dict(os.environ))
    client = notebook_env.new_client(notebook, path, timeout)
    with client.setup_kernel(env=env):
        pid = client.km.provisioner.process.pid
        with PeakMemory(pid) as memory:
            start = time.perf_counter()
            for index, cell in enumerate(notebook.cells):
                client.execute_cell(cell, index)
            seconds = time.perf_counter() - start
    return seconds, memory.peak / 1e9


MEASURED = notebook_env.REPO / "course_lib" / "content" / "measured.json"


def lesson_key(path: Path) -> str:
    """course_lib.memory's key for a notebook: its lesson id ("09a" for 09a_measuring_speed), or its stem."""
    prefix = path.stem.split("_", 1)[0]
    return prefix if prefix[:2].isdigit() else path.stem


def write_measurements(results: dict[str, tuple[float, float]], target: Path = MEASURED) -> None:
    """Merge ``results`` ({lesson key: (seconds, peak GB)}) into ``target``, stamping machine and date."""
    record = json.loads(target.read_text()) if target.exists() else {"notebooks": {}}
    record["notebooks"].update({key: {"seconds": round(seconds, 1), "peak_gb": round(peak, 2)}
                                for key, (seconds, peak) in results.items()})
    record["notebooks"] = dict(sorted(record["notebooks"].items()))
    record["machine"] = f"{platform.machine()}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB"
    record["measured"] = datetime.date.today().isoformat()
    record["how"] = "scripts/measure_notebooks.py --write: each notebook in a fresh kernel, peak RSS with children"
    target.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*")
    parser.add_argument("--max-seconds", type=float, default=90.0)
    parser.add_argument("--max-gb", type=float, default=1.5)
    parser.add_argument("--write", action="store_true", help=f"record the results in {MEASURED.name}")
    args = parser.parse_args(argv)
    over = 0
    results = {}
    print(f"{'notebook':<45} {'seconds':>8} {'peak GB':>8}  budget")
    for path in notebook_env.notebook_paths(args.notebooks):
        seconds, peak = measure(path)
        ok = seconds <= args.max_seconds and peak <= args.max_gb
        over += not ok
        print(f"{path.name:<45} {seconds:8.1f} {peak:8.2f}  {'OK' if ok else 'OVER'}", flush=True)
        results[lesson_key(path)] = (seconds, peak)
    if args.write:
        write_measurements(results)
        print(f"recorded in {MEASURED.relative_to(notebook_env.REPO)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
