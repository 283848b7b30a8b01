"""Errors and warnings written for learners: what happened, why, and what to do next.

Every problem course_lib can diagnose is raised as a subclass of :class:`CourseError`, so a notebook
shows one short paragraph instead of a long traceback from deep inside a framework.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "CourseError",
    "CourseWarning",
    "UnknownNameError",
    "OfflineError",
    "IntegrityError",
    "MissingFrameworkError",
    "DeviceError",
    "suggest",
    "close_matches",
    "did_you_mean",
]


class CourseError(Exception):
    """Base class: a problem the learner can fix, explained in plain words."""

    # Jupyter shows only the last line of the traceback prominently; keep the whole advice in the message.


class CourseWarning(UserWarning):
    """Something worked, but not the way it was asked for (for example a device fell back to CPU)."""


class UnknownNameError(CourseError, KeyError):
    """A model, framework, source or lesson name that course_lib does not know."""

    def __str__(self) -> str:  # KeyError would otherwise quote the whole message
        return str(self.args[0]) if self.args else ""


class OfflineError(CourseError):
    """The Hugging Face Hub was asked for, but this machine is offline (or told to be)."""


class IntegrityError(CourseError):
    """Model files are missing or are not the files the course was tested with."""


class MissingFrameworkError(CourseError, ImportError):
    """A framework (TensorFlow, KerasHub, ...) is not installed in this environment."""


class DeviceError(CourseError):
    """A device was requested that this machine does not have."""


def close_matches(name: str, known: Iterable[str], *, limit: int = 3) -> list[str]:
    """The known names closest to ``name`` (case-insensitive), best first."""
    lowered: dict[str, str] = {}
    for k in known:
        lowered.setdefault(k.lower(), k)  # the first spelling wins (canonical names come first)
    close = difflib.get_close_matches(name.lower(), list(lowered), n=limit, cutoff=0.4)
    close += [k for k in lowered if name.lower() in k and k not in close]  # helps short inputs
    return [lowered[c] for c in close[:limit]]


def did_you_mean(candidates: list[str]) -> str:
    """ "Did you mean 'x' or 'y'?" (or "" when there is nothing to suggest)."""
    if not candidates:
        return ""
    quoted = [f"'{c}'" for c in candidates]
    joined = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"Did you mean {joined}?"


def suggest(name: str, known: Iterable[str], *, limit: int = 3) -> str:
    """ "Did you mean ...?" for the known names closest to ``name`` (or "")."""
    return did_you_mean(close_matches(name, known, limit=limit))
