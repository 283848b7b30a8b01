"""Re-execute notebooks top to bottom in a fresh kernel, in the test environment, and save them.

    python scripts/execute_notebooks.py                      # every notebook
    python scripts/execute_notebooks.py notebooks/00_*.ipynb # some

This is how notebooks are committed: a notebook saved this way has sequential execution counts, the
learner-mode outputs, and passes strict nbval (`make test`).
"""

from __future__ import annotations

import html
import os
import sys
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import notebook_env  # noqa: E402


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def finished_progress_text(view: dict, state: dict) -> str | None:
    """A tqdm bar's last state as text, "PyTorch epochs: 100% 12/12", without its timings (None if no bar).

    tqdm.auto draws a widget (an HBox of a label, a FloatProgress and a label); its text fallback in the
    output is the bar as it was drawn, at 0%. The notebook's widget state holds where it ended.
    """
    box = state.get(view.get("model_id", ""), {}).get("state", {})
    children = [state.get(str(ref).removeprefix("IPY_MODEL_"), {}) for ref in box.get("children", [])]
    if [child.get("model_name") for child in children] != ["HTMLModel", "FloatProgressModel", "HTMLModel"]:
        return None
    label = html.unescape(children[0]["state"].get("value", "")).replace("\u2007", " ").strip()
    bar = children[1]["state"]
    return f"{label} {bar.get('value', 0):g}/{bar.get('max', 0):g}".strip()


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
    widget_state = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if "outputs" in cell:
            cell.outputs = coalesce_streams(cell.outputs)
        for output in cell.get("outputs", []):
            # A live widget's view holds a random model id, and no saved notebook can bring the widget
            # back to life: keep its text/HTML fallback, which JupyterLab and GitHub show until re-run.
            # A progress bar's fallback is redrawn from the widget's last state (lesson 04's epochs).
            view = output.get("data", {}).pop(WIDGET_VIEW, None)
            finished = finished_progress_text(view, widget_state) if view else None
            if finished:
                output["data"]["text/plain"] = finished
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
