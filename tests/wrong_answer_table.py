"""The wrong answers learners actually write, one row each, for tests/test_wrong_answers.py.

A row names the exercise, the mistake (a short id), how to build the wrong answer from the frameworks, and
a fragment of the feedback that must name that mistake. Rows live in ``wrong_answers_00_06.py`` and
``wrong_answers_07_09.py``; every exercise of the course has at least two (tested).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, Callable


@dataclass(frozen=True)
class Wrong:
    exercise: str  # "04.1"
    mistake: str  # what the learner did, as a short id: "off-by-one", "wrong-axis", "numpy-not-list"
    answer: Callable[[SimpleNamespace], Any]  # ns.torch, ns.tf, ns.np -> the wrong answer
    says: str  # a fragment of the feedback that names this mistake

    @property
    def id(self) -> str:
        return f"{self.exercise}-{self.mistake}"
