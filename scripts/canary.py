"""Execute every notebook in the canary environment and write benchmarks/canary.md (`make canary`).

    .venv-canary/bin/python scripts/canary.py --packages torch tensorflow ...
    .venv-canary/bin/python scripts/canary.py --install-failed LOG --packages ...   # the install itself failed

Each notebook runs top to bottom in a fresh kernel with the test environment (scripts/notebook_env.py);
the notebook on disk is not changed. A lesson passes when no cell raises: the lessons assert their own
claims, so a changed result in a new release fails the cell that states it. The report names each
package's version (newest release vs the course's pin), and each failing lesson's first error.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import os
import platform
import sys
import time
from pathlib import Path

import nbformat
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from course_lib.frameworks import tested_versions  # noqa: E402
from scripts import notebook_env  # noqa: E402

REPORT = notebook_env.REPO / "benchmarks" / "canary.md"


def first_error(error: Exception, notebook) -> str:
    """One line: the cell number and the exception's name and message."""
    if isinstance(error, CellExecutionError):
        for index, cell in enumerate(notebook.cells):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    value = output.get("evalue", "").strip().splitlines()
                    return f"cell {index}: {output.get('ename')}: {value[0][:200] if value else ''}"
        return f"{error.ename}: {str(error.evalue)[:200]}"
    if isinstance(error, DeadKernelError):
        return "the kernel died (a crash in native code, or out of memory)"
    if isinstance(error, CellTimeoutError):
        return "a cell ran past the time limit"
    return f"{type(error).__name__}: {str(error)[:200]}"


def run(path: Path, timeout: int = 600) -> tuple[bool, float, str]:
    notebook = nbformat.read(path, as_version=4)
    env = notebook_env.apply(dict(os.environ))
    client = notebook_env.new_client(notebook, path, timeout)
    start = time.perf_counter()
    try:
        client.execute(env=env)
    except Exception as error:  # noqa: BLE001 - every failure is a line of the report
        return False, time.perf_counter() - start, first_error(error, notebook)
    return True, time.perf_counter() - start, ""


def version_rows(packages: list[str]) -> list[str]:
    pins = tested_versions()
    rows = ["| package | in the canary | the course's pin |", "|---|---|---|"]
    for name in packages:
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = "not installed"
        pin = pins.get(name, "?")
        mark = "" if installed.split("+")[0] == pin else " (newer)"
        rows.append(f"| {name} | {installed}{mark} | {pin} |")
    return rows


def header(packages: list[str]) -> list[str]:
    return [
        "# Canary: the course with the newest releases",
        "",
        f"Run {datetime.date.today().isoformat()} by `make canary` (scripts/canary.sh) on {platform.machine()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores: a throw-away environment with the newest "
        "releases of the packages below and the course's pins for everything else. A lesson passes when "
        "every cell runs without an error (the lessons assert their own claims). Stored outputs are not "
        "compared: `make test` does that with the pinned versions.",
        "",
        *version_rows(packages),
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", nargs="+", required=True)
    parser.add_argument("--install-failed", type=Path, help="pip's log, when the install failed")
    parser.add_argument("notebooks", nargs="*")
    args = parser.parse_args()
    lines = header(args.packages)
    if args.install_failed:
        log = [line for line in args.install_failed.read_text().splitlines() if "is ignored" not in line]
        lines += ["**The install failed**: pip could not resolve the newest releases with the course's other pins.",
                  "", "```", *log[-30:], "```", ""]
        REPORT.write_text("\n".join(lines))
        print("\n".join(log[-30:]))
        return 1
    lines += ["| lesson | result | seconds | first error |", "|---|---|---|---|"]
    passes = failures = 0
    for path in notebook_env.notebook_paths(args.notebooks):
        ok, seconds, error = run(path)
        passes, failures = passes + ok, failures + (not ok)
        print(f"{path.name:<45} {'passes' if ok else 'FAILS'} {seconds:6.0f} s  {error}", flush=True)
        lines.append(f"| {path.stem} | {'passes' if ok else '**fails**'} | {seconds:.0f} | {error.replace('|', '/')} |")
    lines += ["", f"{passes} lessons pass, {failures} fail.", ""]
    REPORT.write_text("\n".join(lines))
    print(f"Report: {REPORT.relative_to(notebook_env.REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
