"""How many learners fit on a server, from the course's measurements (README, 'Teaching a class').

    python jupyterhub/sizing.py          # the README's sizing table and the per-learner limits

Two measured inputs, both committed and both re-measurable:
- each lesson's peak kernel memory (course_lib/content/measured.json, `python scripts/measure_notebooks.py --write`);
- a learner's Jupyter server without a kernel, and JupyterHub with its proxy and culler, from the
  classroom trial (benchmarks/classroom_trial.json, `python scripts/classroom_trial.py --write`).

The assumption, stated in the table: each learner has ONE lesson's kernel running (the course asks
learners to shut a lesson's kernel down before opening the next, and idle kernels are culled after
30 minutes), and a class works through the same lesson together, so the peaks coincide.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LESSONS = REPO / "course_lib" / "content" / "measured.json"
TRIAL = REPO / "benchmarks" / "classroom_trial.json"
SERVER_SIZES_GB = (8, 16, 32, 64)
SYSTEM_GB = 1.0  # the operating system and its caches: an allowance, not a measurement
MARGIN_GB = 0.25  # on top of the heaviest lesson, for a learner's own experiments


@dataclass(frozen=True)
class Sizing:
    """Per-learner memory for the lightest, a typical and the heaviest lesson, and the limits to set."""

    server_gb: float  # one learner's Jupyter server, no kernel (trial)
    hub_gb: float  # JupyterHub + proxy + idle culler (trial)
    lightest: tuple[str, float]  # (lesson, peak GB)
    median_gb: float
    heaviest: tuple[str, float]

    def per_learner_gb(self, lesson_peak_gb: float) -> float:
        return self.server_gb + lesson_peak_gb

    def learners(self, ram_gb: float, lesson_peak_gb: float) -> int:
        """Learners that fit on a server of ``ram_gb`` when every one runs a lesson of that peak at once."""
        return max(0, math.floor((ram_gb - SYSTEM_GB - self.hub_gb) / self.per_learner_gb(lesson_peak_gb)))

    @property
    def memory_limit(self) -> str:
        """The per-learner limit: the heaviest lesson, its server and a margin, rounded up to 0.5 GB."""
        return _gigabytes(math.ceil((self.per_learner_gb(self.heaviest[1]) + MARGIN_GB) * 2) / 2)

    @property
    def memory_guarantee(self) -> str:
        """What Kubernetes reserves per learner: the heaviest lesson with its server, rounded up to 0.25 GB.

        Not less: a class runs the same lesson together, so a smaller reservation would place more
        learners on a node than can run that lesson at once.
        """
        return _gigabytes(math.ceil(self.per_learner_gb(self.heaviest[1]) * 4) / 4)


def _gigabytes(value: float) -> str:
    return f"{value:g}G"


def load(lessons: Path = LESSONS, trial: Path = TRIAL) -> Sizing:
    peaks = {key: entry["peak_gb"] for key, entry in json.loads(lessons.read_text())["notebooks"].items()}
    record = json.loads(trial.read_text())
    server_gb = max(learner["server_gb"] for learner in record["learners"])
    ordered = sorted(peaks.items(), key=lambda item: item[1])
    return Sizing(server_gb=server_gb, hub_gb=record["hub_gb"], lightest=ordered[0],
                  median_gb=statistics.median(peaks.values()), heaviest=ordered[-1])


def table(sizing: Sizing) -> str:
    """The README's sizing table (markdown)."""
    light, heavy = sizing.lightest, sizing.heaviest
    columns = [(f"lesson {light[0]} ({sizing.per_learner_gb(light[1]):.2f} GB each)", light[1]),
               (f"a median lesson ({sizing.per_learner_gb(sizing.median_gb):.2f} GB each)", sizing.median_gb),
               (f"lesson {heavy[0]}, the heaviest ({sizing.per_learner_gb(heavy[1]):.2f} GB each)", heavy[1])]
    lines = ["| server memory | " + " | ".join(name for name, _ in columns) + " |",
             "|---|" + "---|" * len(columns)]
    for ram in SERVER_SIZES_GB:
        lines.append(f"| {ram} GB | " + " | ".join(str(sizing.learners(ram, peak)) for _, peak in columns) + " |")
    return "\n".join(lines)


def main() -> int:
    sizing = load()
    print(table(sizing))
    print()
    print(f"per learner: memory limit {sizing.memory_limit}, guarantee {sizing.memory_guarantee}, "
          f"1 CPU (measured: server {sizing.server_gb:.2f} GB, hub {sizing.hub_gb:.2f} GB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
