"""Progress file (course_lib/progress.py): safe when missing, empty, corrupt or unwritable; atomic writes."""

from __future__ import annotations

import importlib
import json
import warnings
from pathlib import Path

import pytest

import course_lib
from course_lib.errors import CourseWarning

from course_lib import tracking as progress_mod
modes = importlib.import_module("course_lib.modes")


@pytest.fixture(autouse=True)
def progress_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data" / "progress.json"
    monkeypatch.setenv("COURSE_PROGRESS_FILE", str(path))
    monkeypatch.setenv("COURSE_MODE", "learner")
    monkeypatch.setattr(modes, "_override", None)
    return path


def test_missing_file_is_empty_progress_and_first_record_creates_it(progress_file):
    assert not progress_file.exists()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning for a missing file
        assert progress_mod.completed_exercises() == set()
        progress_mod.record_exercise("00.1")
    data = json.loads(progress_file.read_text())
    assert data["exercises"]["00.1"]["done"] is True
    assert progress_mod.completed_exercises() == {"00.1"}


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_file_is_empty_progress_without_warning(progress_file, text):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert progress_mod.load()["exercises"] == {}
        progress_mod.record_quiz("00.q1", "a", True)
    assert progress_mod.correct_questions() == {"00.q1"}


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2, 3]", b'{"exercises": [1]}', b'{"quiz": {"00.q1": true}}', b"\xff\xfe\x00garbage"],
    ids=["truncated", "list", "bad-exercises", "bad-quiz-entry", "not-utf8"],
)
def test_corrupt_file_is_moved_aside_with_one_warning_and_never_crashes(progress_file, content):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_bytes(content)
    with pytest.warns(CourseWarning, match="damaged.*progress.json.corrupt"):
        assert progress_mod.completed_exercises() == set()
    kept = progress_file.with_name("progress.json.corrupt")
    assert kept.read_bytes() == content  # the learner can still look at the old file
    assert not progress_file.exists()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the bad file is gone: no second warning
        progress_mod.record_exercise("00.2")
    assert progress_mod.completed_exercises() == {"00.2"}


def test_a_second_corrupt_file_does_not_overwrite_the_first_copy(progress_file):
    progress_file.parent.mkdir(parents=True)
    progress_file.write_text("first {")
    with pytest.warns(CourseWarning):
        progress_mod.load()
    progress_file.write_text("second {")
    with pytest.warns(CourseWarning, match="corrupt-1"):
        progress_mod.load()
    assert progress_file.with_name("progress.json.corrupt").read_text() == "first {"
    assert progress_file.with_name("progress.json.corrupt-1").read_text() == "second {"


def test_unwritable_location_keeps_progress_in_memory_with_one_warning(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("COURSE_PROGRESS_FILE", str(blocker / "progress.json"))
    with pytest.warns(CourseWarning, match="kept in memory") as record:
        progress_mod.record_exercise("00.1")
        progress_mod.record_exercise("00.2")
        progress_mod.record_quiz("00.q1", "b", False)
    assert len([w for w in record if issubclass(w.category, CourseWarning)]) == 1
    assert progress_mod.completed_exercises() == {"00.1", "00.2"}
    assert progress_mod.load()["quiz"]["00.q1"]["attempts"] == 1


def test_failed_write_leaves_the_old_file_intact_and_no_temporary_files(progress_file, monkeypatch):
    progress_mod.record_exercise("00.1")
    before = progress_file.read_text()

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(progress_mod.os, "replace", refuse)
    with pytest.warns(CourseWarning, match="Permission denied"):
        progress_mod.record_exercise("00.2")
    assert progress_file.read_text() == before  # atomic: the file is the old one, whole
    assert sorted(p.name for p in progress_file.parent.iterdir()) == ["progress.json"]
    assert progress_mod.completed_exercises() == {"00.1", "00.2"}  # kept in memory


def test_default_location_is_the_user_data_dir(monkeypatch):
    import platformdirs

    monkeypatch.delenv("COURSE_PROGRESS_FILE", raising=False)
    expected = Path(platformdirs.user_data_dir("hf-pt-tf-course", appauthor=False)) / "progress.json"
    assert progress_mod.progress_path() == expected


def test_quiz_question_counts_once_answered_correctly(progress_file):
    progress_mod.record_quiz("00.q1", "b", False)
    assert progress_mod.correct_questions() == set()
    progress_mod.record_quiz("00.q1", "a", True)
    progress_mod.record_quiz("00.q1", "c", False)  # a later wrong click does not undo it
    entry = progress_mod.load()["quiz"]["00.q1"]
    assert progress_mod.correct_questions() == {"00.q1"}
    assert entry["attempts"] == 3 and entry["last_choice"] == "c"


def test_the_quiz_score_counts_first_attempts_only(progress_file, capsys):
    progress_mod.record_quiz("00.q1", "b", False)
    progress_mod.record_quiz("00.q1", "a", True)  # right on the second click: done, not a first-try point
    progress_mod.record_quiz("00.q2", "c", True)
    progress_mod.record_quiz("00.q2", "d", False)  # a later wrong click keeps the first-try point
    assert progress_mod.first_try_questions() == {"00.q2"}
    assert progress_mod.correct_questions() == {"00.q1", "00.q2"}
    row = next(line for line in str(course_lib.course_map()).splitlines() if line.startswith("00 "))
    assert row.split()[-3:] == ["2/5", "1/2", "started"]  # Quiz, 1st try (1 of the 2 answered), Done
    text = str(course_lib.course_map())
    assert "Quiz score on the first attempt: 1 of the 2 questions answered" in text


def test_a_progress_file_from_before_first_attempts_were_kept_still_scores(progress_file):
    progress_file.parent.mkdir(parents=True, exist_ok=True)
    progress_file.write_text(json.dumps({"version": 1, "exercises": {}, "quiz": {
        "00.q1": {"last_choice": "a", "attempts": 1, "correct": True},
        "00.q2": {"last_choice": "a", "attempts": 3, "correct": True},
    }}))
    assert progress_mod.first_try_questions() == {"00.q1"}
    progress_mod.record_quiz("00.q2", "b", True)  # an old question's next click is not a first attempt
    progress_mod.record_quiz("00.q1", "c", False)  # nor does a later click take an old first-try point away
    assert progress_mod.first_try_questions() == {"00.q1"}


def test_progress_prints_the_course_map_with_done_counts(capsys):
    course_lib.progress()
    before = capsys.readouterr().out
    assert "Start here" in before and "0/2" in before and "0/5" in before
    progress_mod.record_exercise("00.1")
    progress_mod.record_quiz("00.q2", "b", True)
    course_lib.progress()
    after = capsys.readouterr().out
    row = next(line for line in after.splitlines() if line.startswith("00 "))
    assert "1/2" in row and "1/5" in row and "started" in row
    progress_mod.record_exercise("00.2")
    for q in ("00.q1", "00.q3", "00.q4", "00.q5"):
        progress_mod.record_quiz(q, "a", True)
    row = next(line for line in str(course_lib.course_map()).splitlines() if line.startswith("00 "))
    assert "2/2" in row and "5/5" in row and "✓ done" in row


def test_reset_forgets_everything(progress_file):
    progress_mod.record_exercise("00.1")
    progress_mod.reset()
    assert progress_mod.completed_exercises() == set()
    assert json.loads(progress_file.read_text())["exercises"] == {}
