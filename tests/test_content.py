"""Lesson content files (course_lib/content/*.yaml), their solutions, the course map and the modes.

Every content file is validated twice: by the loader (the rules learners' errors depend on) and by the
plain checks below (so a bug in the loader cannot hide a bad file). Every exercise solution is executed
and must pass its own check; the learner's placeholder (None) and a wrong answer must be rejected.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import course_lib
from course_lib import content
from course_lib.content import ContentError
from course_lib.errors import UnknownNameError

exercises = importlib.import_module("course_lib.exercises")
modes = importlib.import_module("course_lib.modes")

FILES = content.content_files()
HEAVY_MARKERS = ("tensorflow", "keras", "transformers", "from_preset", "course.load(")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_PROGRESS_FILE", str(tmp_path / "progress.json"))
    monkeypatch.setenv("COURSE_MODE", "learner")
    monkeypatch.setattr(modes, "_override", None)


def _raw(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _exercise_params():
    params = []
    for path in FILES:
        try:
            raw = _raw(path)
            items = raw.get("exercises") or []
        except Exception:  # an unreadable file fails in test_content_file_is_valid
            continue
        for item in items:
            if not isinstance(item, dict) or "id" not in item:
                continue
            code = f"{item.get('setup') or ''}\n{item.get('solution') or ''}"
            heavy = any(marker in code for marker in HEAVY_MARKERS)
            params.append(pytest.param(item["id"], id=item["id"], marks=[pytest.mark.slow] if heavy else []))
    return params


# --------------------------------------------------------------------------------------------------
# Every real content file


def test_there_is_content_for_lesson_00():
    assert [p.name for p in FILES][:1] == ["lesson_00.yaml"]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_content_file_is_valid(path):
    lesson = content.load_file(path)  # raises ContentError naming file and field
    raw = _raw(path)
    assert path.name == f"lesson_{raw['lesson']}.yaml"
    assert raw["notebook"].startswith(raw["lesson"] + "_")
    assert sum(item["minutes"] for item in raw["plan"]) == raw["minutes"]
    assert len(raw["exercises"]) >= 2
    assert len(raw["quiz"]) >= 4
    ids = [e["id"] for e in raw["exercises"]] + [q["id"] for q in raw["quiz"]]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for question in raw["quiz"]:
        assert 3 <= len(question["choices"]) <= 4, question["id"]
        assert sum(bool(c.get("correct")) for c in question["choices"]) == 1, question["id"]
        for choice in question["choices"]:
            assert isinstance(choice.get("why"), str) and len(choice["why"].strip()) > 10, (question["id"], choice)
            assert choice.get("text", "").strip(), question["id"]
    for item in raw["exercises"]:
        for key in ("title", "task", "hint", "solution"):
            assert str(item.get(key, "")).strip(), (item["id"], key)
        assert item["expect"]["kind"] in ("tensor", "value", "function")
    assert lesson.minutes == raw["minutes"]


@pytest.mark.parametrize("exercise_id", _exercise_params())
def test_solution_passes_its_own_check_and_none_is_rejected(exercise_id, capsys):
    item = content.exercise(exercise_id)
    expected = exercises.expected(exercise_id)
    assert course_lib.check(exercise_id, expected).ok is True
    out = capsys.readouterr().out
    assert out.startswith(f"✅ Exercise {exercise_id}")

    assert course_lib.check(exercise_id, None).ok is False
    out = capsys.readouterr().out
    assert "not answered yet" in out and "Traceback" not in out

    wrong = _a_wrong_answer(item.expect.kind, expected)
    assert course_lib.check(exercise_id, wrong).ok is False, f"{exercise_id} accepted a wrong answer"
    out = capsys.readouterr().out
    assert out.startswith(f"❌ Exercise {exercise_id}") and "Hint:" in out


def _a_wrong_answer(kind: str, expected):
    """Something the checker must refuse: the solution shifted by one, or a function that returns junk."""
    if kind == "function":
        return lambda *args, **kwargs: "not the answer"
    if kind == "tensor":
        return exercises.to_array(expected).array.astype(float) + 1.0
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return expected + 1
    return object()


# --------------------------------------------------------------------------------------------------
# Validation errors name the file and the field


def _valid_lesson() -> dict:
    return {
        "lesson": "90",
        "title": "T",
        "notebook": "90_t.ipynb",
        "minutes": 10,
        "plan": [{"section": "1. A", "minutes": 4}, {"section": "2. B", "minutes": 6}],
        "exercises": [
            {
                "id": f"90.{n}",
                "title": "t",
                "task": "do",
                "hint": "h",
                "solution": "answer = 1\n",
                "expect": {"kind": "value"},
            }
            for n in (1, 2)
        ],
        "quiz": [
            {
                "id": f"90.q{n}",
                "question": "?",
                "choices": [
                    {"text": t, "why": "yes" if i == n % 3 else "no", **({"correct": True} if i == n % 3 else {})}
                    for i, t in enumerate("abc")
                ],
            }
            for n in (1, 2, 3, 4)
        ],
    }


def _break(change):
    data = _valid_lesson()
    change(data)
    return data


BROKEN = [
    ("two-correct", lambda d: d["quiz"][0]["choices"][2].update(correct=True), r"quiz\[0\]\.choices: exactly one choice.*found 2"),
    ("no-correct", lambda d: d["quiz"][2]["choices"][0].pop("correct"), r"quiz\[2\]\.choices: exactly one.*found 0"),
    ("missing-why", lambda d: d["quiz"][1]["choices"][2].pop("why"), r"quiz\[1\]\.choices\[2\]: missing why"),
    ("empty-why", lambda d: d["quiz"][1]["choices"][0].update(why=" "), r"quiz\[1\]\.choices\[0\]\.why: must be non-empty"),
    ("three-questions", lambda d: d["quiz"].pop(), r"quiz: needs at least 4 entries, has 3"),
    ("one-exercise", lambda d: d["exercises"].pop(), r"exercises: needs at least 2 entries, has 1"),
    ("plan-sum", lambda d: d["plan"][0].update(minutes=5), r"plan: the sections add up to 11 minutes, but minutes is 10"),
    ("kind-typo", lambda d: d["exercises"][1]["expect"].update(kind="tensr"), r"exercises\[1\]\.expect\.kind: must be one of.*Did you mean 'tensor'"),
    ("bad-python", lambda d: d["exercises"][0].update(solution="answer = (1,\n"), r"exercises\[0\]\.solution: is not valid Python"),
    ("no-answer", lambda d: d["exercises"][0].update(solution="result = 1\n"), r"exercises\[0\]\.solution: must assign.*`answer`"),
    ("bad-id", lambda d: d["exercises"][0].update(id="91.1"), r'exercises\[0\]\.id: must look like "90\.1"'),
    ("dup-id", lambda d: d["exercises"][1].update(id="90.1"), r"exercises\[1\]\.id: '90\.1' is used twice"),
    ("unknown-key", lambda d: d.update(exercices=[]), r"exercices: is not a field.*Did you mean 'exercises'"),
    ("missing-key", lambda d: d.pop("quiz"), r"\(top level\): missing quiz"),
    ("function-no-cases", lambda d: d["exercises"][0]["expect"].update(kind="function"), r"exercises\[0\]\.expect\.cases: needs at least 1"),
    ("dtype-on-value", lambda d: d["exercises"][0]["expect"].update(dtype=True), r"exercises\[0\]\.expect\.dtype: applies only to kind: tensor"),
    ("minutes-text", lambda d: d.update(minutes="ten"), r"minutes: must be a positive whole number"),
    ("dtype-name-typo", lambda d: d["exercises"][0]["expect"].update(kind="tensor", dtype="flaot32"), r"exercises\[0\]\.expect\.dtype: must be true, false or a dtype name"),
    ("framework-typo", lambda d: d["exercises"][0]["expect"].update(kind="tensor", frameworks=["pytorch"]), r"exercises\[0\]\.expect\.frameworks: 'pytorch' is not one of torch"),
    ("frameworks-on-value", lambda d: d["exercises"][0]["expect"].update(frameworks=["torch"]), r"exercises\[0\]\.expect\.frameworks: applies only to kind: tensor"),
    ("rule-not-python", lambda d: d["exercises"][0]["expect"].update(require=[{"check": "answer ==", "says": "x"}]), r"exercises\[0\]\.expect\.require\[0\]\.check: is not a valid Python expression"),
    ("rule-without-feedback", lambda d: d["exercises"][0]["expect"].update(mistakes=[{"when": "answer == 2"}]), r"exercises\[0\]\.expect\.mistakes\[0\]: missing says"),
    ("five-choices", lambda d: d["quiz"][3]["choices"].extend([{"text": "d", "why": "n"}, {"text": "e", "why": "n"}]), r"quiz\[3\]\.choices: has 5 choices"),
    ("lesson-vs-file", lambda d: d.update(lesson="91"), r"lesson: is '91' but the file is named lesson_90\.yaml"),
]


@pytest.mark.parametrize(("change", "message"), [(c, m) for _, c, m in BROKEN], ids=[name for name, _, _ in BROKEN])
def test_validation_error_names_file_and_field(tmp_path, change, message):
    path = tmp_path / "lesson_90.yaml"
    path.write_text(yaml.safe_dump(_break(change), sort_keys=False))
    with pytest.raises(ContentError, match=r"lesson_90\.yaml: " + message):
        content.load_file(path)


def test_the_unbroken_lesson_loads(tmp_path):
    path = tmp_path / "lesson_90.yaml"
    path.write_text(yaml.safe_dump(_valid_lesson()))
    lesson = content.load_file(path)
    assert [e.id for e in lesson.exercises] == ["90.1", "90.2"]
    assert [q.correct_index for q in lesson.quiz] == [1, 2, 0, 1]  # where each file marks correct: true


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "lesson_90.yaml"
    path.write_text('lesson: "90"\ntitle: [unclosed\nminutes: 3\n')
    with pytest.raises(ContentError, match=r"lesson_90\.yaml: line \d+: not valid YAML"):
        content.load_file(path)


def test_edited_file_is_reloaded(tmp_path):
    path = tmp_path / "lesson_90.yaml"
    data = _valid_lesson()
    path.write_text(yaml.safe_dump(data))
    assert content.load_file(path).title == "T"
    data["title"] = "A longer title"
    path.write_text(yaml.safe_dump(data))
    assert content.load_file(path).title == "A longer title"


# --------------------------------------------------------------------------------------------------
# Lookup, course map, modes


def test_lessons_are_in_course_order_and_lookup_accepts_numbers():
    ids = [lesson.id for lesson in content.lessons()]
    assert ids == sorted(ids) and ids[0] == "00"
    assert content.lesson(0) is content.lesson("00")
    with pytest.raises(UnknownNameError, match="no lesson '99'.*Lessons: 00"):
        content.lesson("99")


def test_course_map_is_a_table_of_every_lesson():
    text = str(course_lib.course_map())
    lines = text.splitlines()
    assert lines[0].split() == ["Lesson", "Title", "Min", "Exercises", "Quiz", "1st", "try", "Done"]
    for lesson in content.lessons():
        row = next(line for line in lines if line.startswith(lesson.id + " "))
        assert lesson.title in row and f" {lesson.minutes} " in row
        assert f"0/{len(lesson.exercises)}" in row and f"0/{len(lesson.quiz)}" in row
    assert lines[-1].startswith("Done: 0/")
    assert repr(course_lib.course_map()) == text  # shows as the table in Jupyter


def test_mode_defaults_to_learner_and_reads_the_environment(monkeypatch):
    monkeypatch.delenv("COURSE_MODE")
    assert course_lib.mode() == "learner"
    monkeypatch.setenv("COURSE_MODE", " Instructor ")
    assert course_lib.mode() == "instructor"
    monkeypatch.setenv("COURSE_MODE", "teacher")
    with pytest.raises(UnknownNameError, match="COURSE_MODE='teacher' is not a course mode"):
        course_lib.mode()


def test_set_mode_overrides_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("COURSE_MODE", "learner")
    course_lib.set_mode("instructor")
    assert course_lib.mode() == "instructor"
    assert "Instructor mode" in capsys.readouterr().out
    course_lib.set_mode(None)
    assert course_lib.mode() == "learner"
    with pytest.raises(UnknownNameError, match="Did you mean 'instructor'"):
        course_lib.set_mode("instructer")
    assert course_lib.mode() == "learner"


def test_start_lesson_header_in_both_modes(capsys):
    lesson = content.lesson("00")
    course_lib.start_lesson("00")
    assert capsys.readouterr().out == (
        f"Lesson 00 · {lesson.title} · about {lesson.minutes} minutes · {len(lesson.exercises)} exercises · "
        f"{len(lesson.quiz)} quiz questions\n"
    )
    course_lib.set_mode("instructor")
    capsys.readouterr()
    course_lib.start_lesson("00")
    out = capsys.readouterr().out
    assert "solutions are revealed" in out and "Timing plan:" in out
    for item in lesson.plan:
        assert item.section in out
    assert out.rstrip().splitlines()[-1].split() == ["Total", str(lesson.minutes), "min"]


def test_importing_the_kit_is_cheap():
    # What makes the import cheap is what it does not load; its time is a performance target, measured by
    # scripts/benchmark.py (`make bench`), not here, where a busy machine would make the test flaky.
    code = (
        "import sys\n"
        "import course_lib\n"
        "print([m for m in ('torch', 'tensorflow', 'ipywidgets', 'IPython', 'datasets', 'sklearn') if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
