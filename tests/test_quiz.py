"""Quizzes (course_lib/quiz.py): widgets in a kernel, text and HTML fallbacks elsewhere, course.answer()."""

from __future__ import annotations

import importlib
import re
import sys
import types

import pytest

import course_lib
from course_lib import content
from course_lib.errors import UnknownNameError

quiz_mod = importlib.import_module("course_lib.quiz")
modes = importlib.import_module("course_lib.modes")
progress_mod = importlib.import_module("course_lib.tracking")

LESSON = content.lesson("00")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_PROGRESS_FILE", str(tmp_path / "progress.json"))
    monkeypatch.setenv("COURSE_MODE", "learner")
    monkeypatch.setattr(modes, "_override", None)


@pytest.fixture
def fake_kernel(monkeypatch):
    """Pretend to run inside a Jupyter kernel; collect what quiz() displays."""
    import IPython
    import IPython.display

    shown: list[tuple[dict, dict]] = []
    shell = types.SimpleNamespace(kernel=object())
    monkeypatch.setattr(IPython, "get_ipython", lambda: shell)
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: shown.append((objs, kw)))
    return shown


def _wrong_and_right(question):
    right = question.correct_index
    return (right + 1) % len(question.choices), right


def test_plain_python_prints_the_text_version(capsys):
    assert quiz_mod._in_kernel() is False
    course_lib.quiz("00")
    out = capsys.readouterr().out
    assert out == quiz_mod.quiz_text("00") + "\n"
    assert out.startswith("Quiz · Lesson 00 · Start here (5 questions)\n")
    assert 'course.answer("00.q1", "b")' in out
    for n, question in enumerate(LESSON.quiz, start=1):
        assert f"Q{n} ({question.id}). {question.question}" in out
        for letter, choice in zip("abcd", question.choices):
            assert f"  {letter}) {choice.text}\n" in out
            assert choice.why not in out  # explanations only after answering


def test_terminal_ipython_without_a_kernel_prints_text(capsys, monkeypatch):
    import IPython

    monkeypatch.setattr(IPython, "get_ipython", lambda: types.SimpleNamespace())  # no .kernel attribute
    course_lib.quiz("00")
    assert capsys.readouterr().out.startswith("Quiz · Lesson 00")


def test_kernel_without_ipywidgets_prints_text(capsys, monkeypatch, fake_kernel):
    monkeypatch.setitem(sys.modules, "ipywidgets", None)  # `import ipywidgets` now raises ImportError
    course_lib.quiz("00")
    assert fake_kernel == []
    assert capsys.readouterr().out == quiz_mod.quiz_text("00") + "\n"


def test_kernel_with_widgets_displays_widget_plus_text_and_html_fallbacks(capsys, fake_kernel):
    course_lib.quiz("00")
    assert capsys.readouterr().out == ""
    ((objs, kwargs),) = fake_kernel
    assert kwargs == {"raw": True}
    bundle = objs[0]
    assert set(bundle) == {"text/plain", "text/html", "application/vnd.jupyter.widget-view+json"}
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"]
    assert bundle["text/plain"] == quiz_mod.quiz_text("00")
    for mime in ("text/plain", "text/html"):
        assert "model_id" not in bundle[mime] and not re.search(r"0x[0-9a-f]{6,}", bundle[mime])
        assert bundle[mime].count("00.q") >= len(LESSON.quiz)
    html = bundle["text/html"]
    assert html.count("<details>") == sum(len(q.choices) for q in LESSON.quiz)
    assert "<code>transformers</code>" in html
    # same output on every run (nbval compares it)
    course_lib.quiz("00")
    assert fake_kernel[1][0][0]["text/plain"] == bundle["text/plain"]
    assert fake_kernel[1][0][0]["text/html"] == bundle["text/html"]


def test_widget_has_css_classes_and_a_button_per_choice():
    view = quiz_mod.build_widget("00")
    assert "course-quiz" in view.box._dom_classes
    assert list(view.buttons) == [q.id for q in LESSON.quiz]
    for question in LESSON.quiz:
        buttons = view.buttons[question.id]
        assert len(buttons) == len(question.choices)
        assert all("course-quiz-choice" in b._dom_classes for b in buttons)
        assert "course-quiz-feedback" in view.feedback[question.id]._dom_classes
        assert view.feedback[question.id].value == ""
        assert buttons[0].description.startswith("a) ")
    assert "0 of 5" in view.score.value


def test_clicking_a_choice_shows_why_and_records_the_answer():
    view = quiz_mod.build_widget("00")
    question = LESSON.quiz[1]
    wrong, right = _wrong_and_right(question)
    view.buttons[question.id][wrong].click()
    shown = view.feedback[question.id].value
    assert "❌" in shown and "course-quiz-wrong" in shown
    assert quiz_mod._code_html(question.choices[wrong].why) in shown
    assert view.buttons[question.id][wrong].button_style == "danger"
    assert progress_mod.load()["quiz"][question.id] == {
        "first_choice": "abcd"[wrong], "first_correct": False, "last_choice": "abcd"[wrong], "attempts": 1, "correct": False,
    }
    assert "0 of 5" in view.score.value

    view.buttons[question.id][right].click()
    shown = view.feedback[question.id].value
    assert "✅" in shown and "Right" in shown
    assert view.buttons[question.id][right].button_style == "success"
    assert view.buttons[question.id][wrong].button_style == ""
    assert progress_mod.correct_questions() == {question.id}
    assert progress_mod.first_try_questions() == set()  # right on the second click: not a first-attempt point
    assert "1 of 5" in view.score.value
    assert view.feedback[LESSON.quiz[0].id].value == ""  # other questions untouched


def test_answer_in_code_with_letter_or_index(capsys):
    question = LESSON.quiz[0]
    wrong, right = _wrong_and_right(question)
    course_lib.answer(question.id, "abcd"[wrong].upper())
    out = capsys.readouterr().out
    assert out.startswith(f"❌ {question.id} {'abcd'[wrong]}) {question.choices[wrong].text}\n")
    assert question.choices[wrong].why in out and "Try another choice." in out
    assert progress_mod.correct_questions() == set()
    course_lib.answer(question.id, right)
    out = capsys.readouterr().out
    assert out.startswith(f"✅ {question.id} {'abcd'[right]}) ") and "Right:" in out
    assert progress_mod.correct_questions() == {question.id}


@pytest.mark.parametrize("bad", ["e", "ab", 7, -1, "", True, None])
def test_invalid_choice_is_explained_not_raised(capsys, bad):
    course_lib.answer("00.q1", bad)
    assert 'has choices "a", "b", "c", "d" (or 0-3)' in capsys.readouterr().out
    assert progress_mod.load()["quiz"] == {}


def test_unknown_question_suggests_close_ids():
    with pytest.raises(UnknownNameError, match=r"no quiz question '00\.q9'.*Did you mean '00\.q"):
        course_lib.answer("00.q9", "a")
    with pytest.raises(UnknownNameError, match="no lesson '42'"):
        course_lib.quiz("42")


def test_html_fallback_escapes_content(tmp_path, monkeypatch):
    import yaml

    raw = yaml.safe_load(LESSON.path.read_text())
    raw["quiz"][0]["question"] = "Is <script>alert(1)</script> `a < b` safe?"
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "lesson_00.yaml").write_text(yaml.safe_dump(raw))
    monkeypatch.setattr(content, "CONTENT_DIR", folder)
    html = quiz_mod.quiz_html("00")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "<code>a &lt; b</code>" in html


@pytest.mark.slow
def test_quiz_in_a_real_kernel_stores_deterministic_fallbacks(tmp_path):
    """Run course.quiz in a real IPython kernel (as nbval does): widget view plus text and HTML."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell('import course_lib as course\ncourse.quiz("00")')]
    NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    (output,) = notebook.cells[0].outputs
    assert output.output_type == "display_data"
    assert output.data["text/plain"] == quiz_mod.quiz_text("00")
    assert output.data["text/html"] == quiz_mod.quiz_html("00")
    assert "application/vnd.jupyter.widget-view+json" in output.data
