"""course.check / hint / solution (course_lib/exercises.py): right, wrong, wrong-type and placeholder answers.

The exercises here live in a throw-away content file (lesson 90), so each comparison rule is tested on
its own; tests/test_content.py runs the real lessons' solutions.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
import types

import numpy as np
import pytest
import yaml

import course_lib
from course_lib import content
from course_lib.errors import CourseError, UnknownNameError

exercises = importlib.import_module("course_lib.exercises")
modes = importlib.import_module("course_lib.modes")
progress_mod = importlib.import_module("course_lib.tracking")

QUIZ = [
    {
        "id": f"90.q{n}",
        "question": f"Question {n}?",
        "choices": [{"text": "right", "correct": True, "why": "because"}, {"text": "x", "why": "no"}, {"text": "y", "why": "no"}],
    }
    for n in range(1, 5)
]

EXERCISES = [
    {
        "id": "90.1",
        "title": "A 2x3 matrix",
        "task": "Make the 2x3 matrix 0..5.",
        "hint": "arange and reshape.",
        "setup": "import numpy as np\n",
        "solution": "answer = np.arange(6, dtype=np.float32).reshape(2, 3)\n",
        "expect": {"kind": "tensor"},
    },
    {
        "id": "90.2",
        "title": "Integer counts",
        "task": "The integers 1, 2, 3.",
        "hint": "Integers, not floats.",
        "setup": "import numpy as np\n",
        "solution": "answer = np.array([1, 2, 3])\n",
        "expect": {"kind": "tensor", "dtype": True},
    },
    {
        "id": "90.3",
        "title": "A half",
        "task": "One half.",
        "hint": "1 / 2",
        "solution": "answer = 1 / 2\n",
        "expect": {"kind": "value", "rtol": 1e-6, "atol": 1e-9},
    },
    {
        "id": "90.4",
        "title": "Scale a list",
        "task": "Write scale(xs, k).",
        "hint": ["Each element is multiplied by the same k.", "A list comprehension.", "An empty list stays empty."],
        "solution": "def scale(xs, k):\n    return [x * k for x in xs]\n\nanswer = scale\n",
        "expect": {"kind": "function", "cases": [[[1, 2], 3], [[0.5], 2], [[], 5]]},
    },
    {
        "id": "90.5",
        "title": "Normalise",
        "task": "Write normalise(x) for a torch vector.",
        "hint": "Divide by the norm.",
        "setup": "import torch\n",
        "solution": "def normalise(x):\n    return x / x.norm()\n\nanswer = normalise\n",
        "expect": {"kind": "function", "cases": ["[torch.tensor([3.0, 4.0])]", "[torch.tensor([0.0, 2.0, 0.0])]"]},
    },
    {
        "id": "90.6",
        "title": "Parallel names",
        "task": "Map each framework to its base class name.",
        "hint": "A dict.",
        "solution": 'answer = {"pt": "nn.Module", "tf": "keras.Layer", "n": [1, 2.0]}\n',
        "expect": {"kind": "value"},
    },
]


@pytest.fixture(autouse=True)
def kit(tmp_path, monkeypatch):
    folder = tmp_path / "content"
    folder.mkdir()
    lesson = {
        "lesson": "90",
        "title": "Test lesson",
        "notebook": "90_test.ipynb",
        "minutes": 10,
        "plan": [{"section": "1. All", "minutes": 10}],
        "exercises": EXERCISES,
        "quiz": QUIZ,
    }
    (folder / "lesson_90.yaml").write_text(yaml.safe_dump(lesson, sort_keys=False))
    monkeypatch.setattr(content, "CONTENT_DIR", folder)
    monkeypatch.setenv("COURSE_PROGRESS_FILE", str(tmp_path / "progress.json"))
    monkeypatch.setenv("COURSE_MODE", "learner")
    monkeypatch.setattr(modes, "_override", None)
    return folder


def run(capsys, exercise_id, answer):
    ok = course_lib.check(exercise_id, answer).ok
    out = capsys.readouterr().out
    assert "Traceback" not in out
    return ok, out


# --------------------------------------------------------------------------------------------------
# kind: tensor


def test_right_answers_in_many_forms_are_accepted_and_recorded(capsys):
    torch = course_lib.import_torch()
    values = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
    answers = [
        np.arange(6).reshape(2, 3),  # ints are fine when the dtype is not required
        values,
        tuple(tuple(r) for r in values),
        torch.tensor(values),
        torch.tensor(values, requires_grad=True) * 1.0,
        torch.nn.Parameter(torch.tensor(values)),
        torch.tensor(values, dtype=torch.bfloat16),
        [torch.tensor(values[0]), torch.tensor(values[1])],
    ]
    for answer in answers:
        ok, out = run(capsys, "90.1", answer)
        assert ok is True, (type(answer), out)
        assert out.startswith("✅ Exercise 90.1 · A 2x3 matrix: correct!")
    assert progress_mod.completed_exercises() == {"90.1"}


def test_wrong_shape_names_both_shapes(capsys):
    ok, out = run(capsys, "90.1", np.arange(6.0).reshape(3, 2))
    assert ok is False
    assert "your tensor has shape (3, 2); the task asks for (2, 3)" in out
    assert "transposed" in out
    assert "Hint: arange and reshape." in out
    ok, out = run(capsys, "90.1", np.arange(6.0))
    assert "your tensor has shape (6,); the task asks for (2, 3)" in out
    assert progress_mod.completed_exercises() == set()


def test_wrong_values_show_the_rounded_largest_difference(capsys):
    wrong = np.arange(6.0).reshape(2, 3)
    wrong[1, 2] += 0.123456
    wrong[0, 0] -= 0.01
    ok, out = run(capsys, "90.1", wrong)
    assert ok is False
    assert "the shape (2, 3) is right, but 2 of 6 values are not (largest difference 0.1235)" in out


def test_values_within_tolerance_pass(capsys):
    ok, _ = run(capsys, "90.1", np.arange(6.0).reshape(2, 3) + 1e-7)
    assert ok is True


def test_nan_is_named(capsys):
    wrong = np.arange(6.0).reshape(2, 3)
    wrong[0, 1] = np.nan
    ok, out = run(capsys, "90.1", wrong)
    assert ok is False and "NaN" in out


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("hello", "your answer is a str; the task asks for a tensor"),
        ({"a": 1}, "your answer is a dict; the task asks for a tensor"),
        (len, "your answer is a function (len), not its result"),
        ([[1, 2, 3], [4, 5]], "rows of different lengths"),
        ([["a", "b", "c"], ["d", "e", "f"]], "contains str values"),
        ([1, None, 3], "contains NoneType values"),
    ],
    ids=["str", "dict", "function", "ragged", "strings", "list-with-none"],
)
def test_wrong_types_get_a_friendly_message_not_a_traceback(capsys, answer, message):
    ok, out = run(capsys, "90.1", answer)
    assert ok is False
    assert message in out
    assert out.startswith("❌ Exercise 90.1 · A 2x3 matrix:")


@pytest.mark.parametrize("placeholder", [None, ...])
def test_placeholder_is_not_answered_yet(capsys, placeholder):
    ok, out = run(capsys, "90.1", placeholder)
    assert ok is False
    assert out == (
        "✏️  Exercise 90.1 · A 2x3 matrix: not answered yet. Replace `None` with your code and run the cell "
        'again (course.hint("90.1") gives a nudge).\n'
    )
    assert progress_mod.completed_exercises() == set()


def test_dtype_kind_is_checked_when_the_exercise_asks(capsys):
    torch = course_lib.import_torch()
    ok, out = run(capsys, "90.2", torch.tensor([1.0, 2.0, 3.0]))
    assert ok is False
    assert "your tensor holds floating-point numbers (float32); the task asks for integers (int64)" in out
    assert run(capsys, "90.2", torch.tensor([1, 2, 3], dtype=torch.int32))[0] is True  # same kind: fine
    assert run(capsys, "90.2", [1, 2, 3])[0] is True
    # without dtype: true (exercise 90.1), float answers to an int task are compared by value only
    assert run(capsys, "90.1", np.arange(6, dtype=np.int8).reshape(2, 3))[0] is True


def test_checking_does_not_import_torch_or_tensorflow(kit):
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        import course_lib
        from course_lib import content
        content.CONTENT_DIR = Path({str(kit)!r})
        assert course_lib.check("90.1", [[0, 1, 2], [3, 4, 5]]).ok is True
        assert course_lib.check("90.1", [[0, 1], [2, 3], [4, 5]]).ok is False
        heavy = [m for m in ("torch", "tensorflow", "keras") if m in sys.modules]
        print("heavy:", heavy)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout


@pytest.mark.slow
def test_tensorflow_tensors_and_variables_are_accepted(capsys):
    tf = course_lib.import_tensorflow()
    values = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
    for answer in (tf.constant(values), tf.Variable(values), tf.reshape(tf.range(6), (2, 3))):
        ok, out = run(capsys, "90.1", answer)
        assert ok is True, out
    ok, out = run(capsys, "90.1", tf.transpose(tf.constant(values)))
    assert "your tensor has shape (3, 2); the task asks for (2, 3)" in out
    ok, out = run(capsys, "90.2", tf.constant([1.0, 2.0, 3.0]))
    assert "holds floating-point numbers (float32); the task asks for integers (int64)" in out
    keras = course_lib.import_keras()
    ok, out = run(capsys, "90.1", keras.Variable(np.arange(6.0).reshape(2, 3)))
    assert ok is True, out


# --------------------------------------------------------------------------------------------------
# kind: value


def test_value_numbers_with_tolerance(capsys):
    torch = course_lib.import_torch()
    assert run(capsys, "90.3", 0.5)[0] is True
    assert run(capsys, "90.3", 0.5 + 1e-10)[0] is True
    assert run(capsys, "90.3", np.float32(0.5))[0] is True
    assert run(capsys, "90.3", torch.tensor(0.5))[0] is True  # a 0-d tensor is a number
    ok, out = run(capsys, "90.3", 0.6)
    assert ok is False and "your answer 0.6 is not the expected value (difference 0.1)" in out
    ok, out = run(capsys, "90.3", torch.tensor([0.5]))
    assert ok is False and "shape (1,); the task asks for a single number (.item()" in out
    ok, out = run(capsys, "90.3", "0.5")
    assert ok is False and "your answer is a str ('0.5'); the task asks for a number" in out
    ok, out = run(capsys, "90.3", True)
    assert ok is False and "the task asks for a number" in out


def test_value_containers(capsys):
    right = {"pt": "nn.Module", "tf": "keras.Layer", "n": [1, 2.0000000001]}
    assert run(capsys, "90.6", right)[0] is True
    ok, out = run(capsys, "90.6", {"pt": "nn.Module", "tf": "keras.Model", "n": [1, 2]})
    assert ok is False and "the value for 'tf' 'keras.Model' is not the expected text" in out
    ok, out = run(capsys, "90.6", {"pt": "nn.Module"})
    assert ok is False and "missing keys n, tf" in out
    ok, out = run(capsys, "90.6", {"pt": "nn.Module", "tf": "keras.Layer", "n": [1]})
    assert ok is False and "has 1 items; the task asks for 2" in out
    ok, out = run(capsys, "90.6", ["pt", "tf"])
    assert ok is False and "your answer is a list; the task asks for a dict" in out


# --------------------------------------------------------------------------------------------------
# kind: function


def test_right_function_passes(capsys):
    def scale(xs, k):
        return [x * k for x in xs]

    assert run(capsys, "90.4", scale)[0] is True
    assert run(capsys, "90.4", lambda xs, k: [k * x for x in xs])[0] is True


def test_wrong_function_shows_the_failing_call(capsys):
    def scale(xs, k):
        return [x + k for x in xs]

    ok, out = run(capsys, "90.4", scale)
    assert ok is False
    assert "scale([1, 2], 3): in the result, item 0 4 is not the expected value (difference 1); expected [3, 6]" in out


def test_learner_function_that_raises_reports_the_exception(capsys):
    def scale(xs, k):
        return [x * k for x in xs] + [1 / 0]

    ok, out = run(capsys, "90.4", scale)
    assert ok is False
    assert "scale([1, 2], 3) raised ZeroDivisionError: division by zero" in out

    def normalise(x):
        raise ValueError("my own\nmulti-line message")

    ok, out = run(capsys, "90.5", normalise)
    assert "normalise(tensor([3., 4.])) raised ValueError: my own." in out


def test_function_without_return_and_non_function_answers(capsys):
    def scale(xs, k):
        [x * k for x in xs]

    ok, out = run(capsys, "90.4", scale)
    assert ok is False and "scale([1, 2], 3) returned None: not answered yet? Write the body and `return` the result" in out
    ok, out = run(capsys, "90.4", [3, 6])
    assert ok is False and 'the task asks for a function. Pass the function itself' in out


def test_function_cases_with_torch_tensors_and_fresh_arguments(capsys):
    def normalise_in_place(x):  # changes its argument: the solution must still see the original
        x /= x.norm()
        return x

    assert run(capsys, "90.5", normalise_in_place)[0] is True

    def not_normalised(x):
        return x

    ok, out = run(capsys, "90.5", not_normalised)
    assert "normalise" not in out.split(":")[0]  # the learner's own function name is shown
    assert "not_normalised(tensor([3., 4.])): the shape (2,) is right, but 2 of 2 values are not" in out


# --------------------------------------------------------------------------------------------------
# hint, solution, modes, names


def test_unknown_exercise_suggests_close_ids():
    with pytest.raises(UnknownNameError, match=r"There is no exercise '90\.7'\. Did you mean '90\.\d'"):
        course_lib.check("90.7", 1)
    with pytest.raises(UnknownNameError, match="Did you mean"):
        course_lib.hint("9.1")


def test_hints_come_in_steps_and_stop_at_the_last(capsys, monkeypatch):
    monkeypatch.setattr(exercises, "_hints_shown", {})
    shown = []
    for _ in range(4):
        course_lib.hint("90.4")
        shown.append(capsys.readouterr().out)
    assert "Hint 1 of 3: Each element is multiplied by the same k." in shown[0]
    assert 'course.hint("90.4") again for the next nudge' in shown[0]
    assert "Hint 2 of 3: A list comprehension." in shown[1]
    assert "Hint 3 of 3: An empty list stays empty." in shown[2] and "That was the last hint" in shown[2]
    assert "Hint 3 of 3" in shown[3]  # asking again repeats the last step; never the solution
    assert all("return [x * k" not in out for out in shown)
    course_lib.hint("90.2")  # a single hint: no step counter
    assert "Hint: Integers, not floats." in capsys.readouterr().out


def test_a_failed_check_shows_only_the_first_hint_step(capsys):
    _, out = run(capsys, "90.4", lambda xs, k: xs)
    assert "Hint: Each element is multiplied by the same k." in out and "A list comprehension" not in out


def test_instructor_mode_shows_the_solution_after_a_failed_check(capsys, monkeypatch):
    _, learner_out = run(capsys, "90.1", "wrong")
    assert "np.arange(6" not in learner_out
    monkeypatch.setenv("COURSE_MODE", "instructor")
    ok, out = run(capsys, "90.1", "wrong")
    assert ok is False
    assert "Solution (instructor mode):" in out and "answer = np.arange(6, dtype=np.float32).reshape(2, 3)" in out
    ok, out = run(capsys, "90.1", np.arange(6).reshape(2, 3))
    assert ok is True and "Solution" not in out


def test_solution_is_hidden_in_learner_mode_and_shown_in_instructor_mode(capsys):
    course_lib.solution("90.3")
    out = capsys.readouterr().out
    assert "hidden in learner mode" in out and "Hint: 1 / 2" in out and "answer = 1 / 2" not in out
    course_lib.set_mode("instructor")
    capsys.readouterr()
    course_lib.solution("90.3")
    assert "answer = 1 / 2" in capsys.readouterr().out


def test_solution_insert_puts_code_in_a_new_cell(capsys, monkeypatch):
    inserted = []
    shell = types.SimpleNamespace(set_next_input=lambda text, replace=False: inserted.append((text, replace)))
    fake_ipython = types.ModuleType("IPython")
    fake_ipython.get_ipython = lambda: shell
    monkeypatch.setitem(sys.modules, "IPython", fake_ipython)
    monkeypatch.setenv("COURSE_MODE", "instructor")
    course_lib.solution("90.3", insert=True)
    assert inserted == [('answer = 1 / 2\ncourse.check("90.3", answer)\n', False)]
    assert "new cell below" in capsys.readouterr().out
    monkeypatch.setenv("COURSE_MODE", "learner")
    course_lib.solution("90.3", insert=True)
    assert len(inserted) == 1  # learners never get the solution inserted


def test_hint_prints_task_and_hint(capsys):
    course_lib.hint("90.2")
    assert capsys.readouterr().out == (
        "💡 Exercise 90.2 · Integer counts\n   Task: The integers 1, 2, 3.\n   Hint: Integers, not floats.\n"
    )


def test_solution_runs_once_per_kernel(capsys, kit):
    exercises._solutions.clear()
    for _ in range(3):
        course_lib.check("90.3", 0.5)
    assert len([key for key in exercises._solutions if key[0] == "90.3"]) == 1


def test_a_broken_solution_is_reported_as_a_course_bug(kit, capsys):
    data = yaml.safe_load((kit / "lesson_90.yaml").read_text())
    data["exercises"][2]["solution"] = "answer = 1 / 0\n"
    (kit / "lesson_90.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(CourseError, match="solution of exercise 90.3 failed.*not in your answer"):
        course_lib.check("90.3", 0.5)


def test_check_result_is_truthy_and_displays_nothing(capsys):
    result = course_lib.check("90.3", 0.5)
    assert result and result.ok is True
    assert not course_lib.check("90.3", None)
    assert repr(result) == "CheckResult(ok=True)"
    assert result._ipython_display_() is None  # IPython calls this instead of showing a repr


def test_whole_numbers_are_shown_exactly(capsys):
    """A parameter count off by one must read 22713215, not 2.271e+07 (lesson 01, exercise 01.2)."""
    from course_lib.exercises import _num

    assert _num(22713215.0) == "22713215" and _num(-3) == "-3"
    assert _num(0.096283) == "0.09628" and _num(1.5e-7) == "1.5e-07"
