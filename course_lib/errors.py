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


def suggest(name: str, known: Iterable[str], *, limit: int = 3) -> str:
    """Return "Did you mean 'x' or 'y'?" for the known names closest to ``name`` (or "")."""
    known = list(known)
    lowered = {k.lower(): k for k in known}
    close = difflib.get_close_matches(name.lower(), list(lowered), n=limit, cutoff=0.4)
    # Substring matches help with short inputs such as "minilm".
    close += [k for k in lowered if name.lower() in k and k not in close]
    picks = [lowered[c] for c in close[:limit]]
    if not picks:
        return ""
    quoted = [f"'{p}'" for p in picks]
    joined = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"Did you mean {joined}?"
