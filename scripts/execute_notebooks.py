"""Re-execute notebooks top to bottom in a fresh kernel, in the test environment, and save them.

    python scripts/execute_notebooks.py                      # every notebook
    python scripts/execute_notebooks.py notebooks/00_*.ipynb # some

This is how notebooks are committed: a notebook saved this way has sequential execution counts, the
learner-mode outputs, and passes strict nbval (`make test`).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import notebook_env  # noqa: E402


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def coalesce_streams(outputs: list) -> list:
    """Join consecutive stdout (or stderr) outputs into one, as nbval and JupyterLab show them.

    How a cell's printed lines arrive in messages depends on timing, so without this two executions
    of the same notebook could store the same text split in different places.
    """
    joined: list = []
    for output in outputs:
        previous = joined[-1] if joined else None
        if (output.get("output_type") == "stream" and previous is not None
                and previous.get("output_type") == "stream" and previous.get("name") == output.get("name")):
            previous["text"] = previous["text"] + output["text"]
        else:
            joined.append(output)
    return joined


def execute(path: Path, timeout: int = 300) -> float:
    """Execute one notebook in place; return the wall time in seconds."""
    notebook = nbformat.read(path, as_version=4)
    env = notebook_env.apply(dict(os.environ))
    client = notebook_env.new_client(notebook, path, timeout)
    start = time.perf_counter()
    client.execute(env=env)
    elapsed = time.perf_counter() - start
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if "outputs" in cell:
            cell.outputs = coalesce_streams(cell.outputs)
        for output in cell.get("outputs", []):
            # A live widget's view holds a random model id, and no saved notebook can bring the widget
            # back to life: keep its text/HTML fallback, which JupyterLab and GitHub show until re-run.
            output.get("data", {}).pop(WIDGET_VIEW, None)
    notebook.metadata.pop("widgets", None)
    nbformat.write(notebook, path)
    return elapsed


def main(argv: list[str]) -> int:
    for path in notebook_env.notebook_paths(argv):
        seconds = execute(path)
        print(f"{path.name:<45} executed in {seconds:5.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
