"""Where the learner is: completed exercises and quiz answers, kept in a small local JSON file (every lesson).

The file is ``$COURSE_PROGRESS_FILE`` or ``progress.json`` in the user's data folder
(``platformdirs.user_data_dir("hf-pt-tf-course")``). It is never a reason for a lesson to fail:

* missing or empty file: no progress yet;
* unreadable (corrupt) file: moved aside to ``progress.json.corrupt`` with a short warning, then a fresh start;
* folder not writable: progress is kept in memory for this session, with one warning;
* writes are atomic (a temporary file, then a rename), so an interrupted kernel cannot corrupt it.

``course.progress()`` prints the course map (``content.course_map``) with what is done.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from .errors import CourseWarning

__all__ = [
    "ENV_VAR",
    "APP_NAME",
    "progress_path",
    "load",
    "record_exercise",
    "record_quiz",
    "completed_exercises",
    "correct_questions",
    "reset",
    "progress",
]

ENV_VAR = "COURSE_PROGRESS_FILE"
APP_NAME = "hf-pt-tf-course"
FORMAT_VERSION = 1

# Files that could not be written: progress lives here instead (path -> data), one warning each.
_in_memory: dict[str, dict[str, Any]] = {}


def progress_path() -> Path:
    """The progress file: $COURSE_PROGRESS_FILE, else progress.json in the user's data folder."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "progress.json"


def _empty() -> dict[str, Any]:
    return {"version": FORMAT_VERSION, "exercises": {}, "quiz": {}}


def _valid(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("exercises", {}), dict)
        and isinstance(data.get("quiz", {}), dict)
        and all(isinstance(v, dict) for v in data.get("exercises", {}).values())
        and all(isinstance(v, dict) for v in data.get("quiz", {}).values())
    )


def _move_aside(path: Path) -> Path | None:
    """Rename a corrupt file so the learner can still look at it; the new path, or None if it failed."""
    target = path.with_name(path.name + ".corrupt")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{n}")
        n += 1
    try:
        path.replace(target)
    except OSError:
        return None
    return target


def _use_memory(path: Path, data: dict[str, Any], why: str) -> dict[str, Any]:
    """From now on keep progress for ``path`` in memory; warn once."""
    _in_memory[str(path)] = data
    warnings.warn(
        f"{why}; progress is kept in memory until the kernel restarts. "
        f"Set {ENV_VAR} to a writable file to keep it.",
        CourseWarning,
        stacklevel=4,
    )
    return data


def load() -> dict[str, Any]:
    """The recorded progress: {"exercises": {id: {...}}, "quiz": {id: {...}}}; never raises."""
    path = progress_path()
    if str(path) in _in_memory:
        return _in_memory[str(path)]
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _empty()
    except OSError as error:
        return _use_memory(path, _empty(), f"Your progress file {path} cannot be read ({type(error).__name__})")
    if not raw.strip():
        return _empty()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
    if not _valid(data):
        kept = _move_aside(path)
        if kept is None:
            return _use_memory(path, _empty(), f"Your progress file {path} was damaged and cannot be replaced")
        warnings.warn(
            f"Your progress file {path} was damaged, so progress starts afresh "
            f"(the old file was kept as {kept.name}).",
            CourseWarning,
            stacklevel=3,
        )
        return _empty()
    data.setdefault("exercises", {})
    data.setdefault("quiz", {})
    data["version"] = FORMAT_VERSION
    return data


def _write(data: dict[str, Any]) -> None:
    """Save atomically; if the location is not writable, keep the data in memory (one warning)."""
    path = progress_path()
    key = str(path)
    if key in _in_memory:
        _in_memory[key] = data
        return
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".progress-", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=1, sort_keys=True)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        _use_memory(path, data, f"Progress cannot be saved to {path} ({type(error).__name__}: {error.strerror or error})")
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def record_exercise(exercise_id: str) -> None:
    """Mark an exercise as solved (the first time is kept)."""
    data = load()
    entry = data["exercises"].setdefault(exercise_id, {})
    entry["done"] = True
    entry.setdefault("first_done", _now())
    _write(data)


def record_quiz(question_id: str, choice: str, correct: bool) -> None:
    """Record a quiz answer; a question counts as done once it has been answered correctly."""
    data = load()
    entry = data["quiz"].setdefault(question_id, {})
    if "first_correct" not in entry:  # the first attempt is what the quiz score counts
        if entry.get("attempts"):  # a file written before first attempts were kept: one right attempt counts
            entry["first_correct"] = entry.get("attempts") == 1 and bool(entry.get("correct"))
        else:
            entry["first_choice"] = choice
            entry["first_correct"] = bool(correct)
    entry["last_choice"] = choice
    entry["attempts"] = int(entry.get("attempts", 0)) + 1
    entry["correct"] = bool(entry.get("correct")) or bool(correct)
    _write(data)


def completed_exercises() -> set[str]:
    return {key for key, value in load()["exercises"].items() if value.get("done")}


def correct_questions() -> set[str]:
    return {key for key, value in load()["quiz"].items() if value.get("correct")}


def answered_questions() -> set[str]:
    """Questions with at least one recorded answer."""
    return {key for key, value in load()["quiz"].items() if value.get("attempts")}


def first_try_questions() -> set[str]:
    """Questions answered correctly on the first attempt (a file written before this was kept counts a
    question only when its one attempt was right)."""
    quiz = load()["quiz"]
    return {
        key
        for key, value in quiz.items()
        if value.get("first_correct", value.get("attempts") == 1 and bool(value.get("correct")))
    }


def reset() -> None:
    """Forget all progress (the file is rewritten empty)."""
    _write(_empty())


def progress() -> None:
    """Print the course map: every lesson with its exercises and quiz questions done (every lesson)."""
    from .content import course_map

    print(course_map())
