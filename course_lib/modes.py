"""Learner or instructor mode, and the header every lesson prints in its first cell (every lesson).

* **learner** (default): solutions are hidden; ``course.solution(...)`` shows the hint instead.
* **instructor**: ``course.start_lesson`` also prints the timing plan, a failed ``course.check`` shows the
  solution, and ``course.solution(...)`` reveals it (or inserts it into a new cell).

The mode comes from ``course.set_mode("instructor")`` if it was called, else from the environment
variable ``COURSE_MODE`` (set it before starting JupyterLab to demo a whole session).
"""

from __future__ import annotations

import os

from .errors import UnknownNameError, suggest

__all__ = ["MODES", "ENV_VAR", "mode", "set_mode", "is_instructor", "start_lesson", "lesson_header"]

MODES = ("learner", "instructor")
ENV_VAR = "COURSE_MODE"

_override: str | None = None


def _validate(value: str, source: str) -> str:
    name = str(value).strip().lower()
    if name not in MODES:
        raise UnknownNameError(
            f"{source}{value!r} is not a course mode. Use 'learner' or 'instructor'. "
            f"{suggest(name, MODES)}".strip()
        )
    return name


def mode() -> str:
    """The current mode: "learner" or "instructor"."""
    if _override is not None:
        return _override
    value = os.environ.get(ENV_VAR, "").strip()
    return _validate(value, f"{ENV_VAR}=") if value else "learner"


def is_instructor() -> bool:
    return mode() == "instructor"


def set_mode(name: str | None) -> None:
    """Switch to "learner" or "instructor" for this kernel (None: back to $COURSE_MODE); prints the mode."""
    global _override
    _override = None if name is None else _validate(name, "set_mode: ")
    if mode() == "instructor":
        print("Instructor mode: solutions are revealed and timing plans are shown.")
    else:
        print("Learner mode: solutions are hidden; course.hint(...) gives a nudge.")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def lesson_header(lesson_id: str | int) -> str:
    """The lines ``start_lesson`` prints (the same text every run, for a given mode)."""
    from .content import lesson

    item = lesson(lesson_id)
    lines = [
        f"Lesson {item.id} · {item.title} · about {item.minutes} minutes · "
        f"{_plural(len(item.exercises), 'exercise')} · {_plural(len(item.quiz), 'quiz question')}"
    ]
    if is_instructor():
        first = item.exercises[0].id
        lines.append(
            f'Instructor mode: solutions are revealed (course.solution("{first}"), and after a failed check).'
        )
        lines.append("Timing plan:")
        width = max(len(p.section) for p in item.plan)
        lines += [f"  {p.section:<{width}}  {p.minutes:>3} min" for p in item.plan]
        lines.append(f"  {'Total':<{width}}  {item.minutes:>3} min")
    return "\n".join(lines)


def start_lesson(lesson_id: str | int) -> None:
    """Print the lesson's header line; in instructor mode also its timing plan (first cell of a lesson).

    On a server with a memory limit (JupyterHub, Binder) it adds the lesson's measured peak next to the
    limit, with advice when they do not fit (course_lib.memory). Under a CPU quota or affinity mask it sizes
    the frameworks' thread pools to the cores this kernel may use and says so (course_lib.cpus).
    """
    from .cpus import limit_threads, thread_note
    from .memory import memory_note

    print(lesson_header(lesson_id))
    limit_threads()
    cpu_line = thread_note()
    if cpu_line:
        print(cpu_line)
    note = memory_note(lesson_id)
    if note:
        print(note)
