"""Multiple-choice quizzes with an explanation for every choice: ``course.quiz("00")`` (end of every lesson).

In JupyterLab (an IPython kernel with ipywidgets) each question is a block of buttons; clicking one shows
whether it is right and why, and records the answer in your progress. The same output also carries a
plain-text and an HTML version, so places that cannot run widgets still show a readable quiz:

* nbval compares the ``text/plain`` and ``text/html`` parts (both the same on every run; no widget ids);
* GitHub's preview shows the HTML, with each explanation folded in a ``<details>`` element;
* a terminal (or a kernel without ipywidgets) prints the text version.

Anywhere, ``course.answer("00.q1", "b")`` answers in code and prints the explanation.

The widgets carry CSS classes for styling and browser tests: ``course-quiz`` (the whole quiz),
``course-quiz-question``, ``course-quiz-choice`` (each button), ``course-quiz-feedback`` (per question)
and ``course-quiz-score``.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from .content import LETTERS, Lesson, Question, lesson, question
from .tracking import correct_questions, record_quiz

__all__ = ["quiz", "answer", "quiz_text", "quiz_html", "build_widget", "QuizWidget", "feedback"]

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

CSS = """<style>
.course-quiz .course-quiz-choice { white-space: normal; height: auto; min-height: 32px; text-align: left;
  line-height: 1.4; padding: 4px 10px; }
.course-quiz .course-quiz-question, .course-quiz .course-quiz-feedback { width: 100%; }
.course-quiz .widget-html-content { white-space: normal; line-height: 1.5; padding-left: 2px; }
.course-quiz .course-quiz-feedback { margin: 2px 0 12px 0; }
</style>"""


def _code_html(text: str) -> str:
    """Escape text for HTML, turning `backticks` into <code> elements."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text, quote=False))


def _how_to_answer(item: Lesson) -> str:
    return f'Answer in a code cell, for example: course.answer("{item.quiz[0].id}", "b")'


def quiz_text(lesson_id: str | int) -> str:
    """The quiz as plain text: questions and lettered choices (no answers). Same text on every run."""
    item = lesson(lesson_id)
    lines = [f"Quiz · Lesson {item.id} · {item.title} ({len(item.quiz)} questions)", _how_to_answer(item)]
    for number, q in enumerate(item.quiz, start=1):
        lines += ["", f"Q{number} ({q.id}). {q.question}"]
        lines += [f"  {LETTERS[i]}) {choice.text}" for i, choice in enumerate(q.choices)]
    return "\n".join(lines)


def quiz_html(lesson_id: str | int) -> str:
    """The quiz as static HTML; each explanation folded in a <details> element. Same HTML on every run."""
    item = lesson(lesson_id)
    parts = [
        '<div class="course-quiz-static">',
        f"<h4>Quiz · Lesson {item.id} · {html.escape(item.title)}</h4>",
        f"<p><em>Click a choice in JupyterLab, or answer in code: "
        f'<code>course.answer("{item.quiz[0].id}", "b")</code></em></p>',
    ]
    for number, q in enumerate(item.quiz, start=1):
        parts.append(f"<p><strong>Q{number} ({q.id}).</strong> {_code_html(q.question)}</p>")
        parts.append('<ol type="a">')
        for choice in q.choices:
            parts.append(
                f"<li>{_code_html(choice.text)}<details><summary>Explanation</summary>"
                f"{'Right' if choice.correct else 'Not quite'}: {_code_html(choice.why)}</details></li>"
            )
        parts.append("</ol>")
    parts.append("</div>")
    return "\n".join(parts)


def _choice_index(q: Question, choice: str | int) -> int | None:
    if isinstance(choice, bool):
        return None
    if isinstance(choice, int):
        index = choice
    elif isinstance(choice, str) and len(choice.strip()) == 1 and choice.strip().lower() in LETTERS:
        index = LETTERS.index(choice.strip().lower())
    else:
        return None
    return index if 0 <= index < len(q.choices) else None


def feedback(q: Question, index: int) -> tuple[bool, str]:
    """(is it right?, the explanation line) for choice ``index`` of question ``q``."""
    choice = q.choices[index]
    verdict = "Right" if choice.correct else "Not quite"
    return choice.correct, f"{verdict}: {choice.why}"


def _record(q: Question, index: int) -> bool:
    correct, _ = feedback(q, index)
    record_quiz(q.id, LETTERS[index], correct)
    return correct


def answer(question_id: str, choice: str | int) -> None:
    """Answer a quiz question in code: a letter ("b") or a 0-based index (1); prints why, records it."""
    q = question(question_id)
    index = _choice_index(q, choice)
    if index is None:
        letters = ", ".join(f'"{c}"' for c in LETTERS[: len(q.choices)])
        print(f"❓ {q.id} has choices {letters} (or 0-{len(q.choices) - 1}); {choice!r} is not one of them.")
        return
    correct = _record(q, index)
    _, why = feedback(q, index)
    mark = "✅" if correct else "❌"
    lines = [f"{mark} {q.id} {LETTERS[index]}) {q.choices[index].text}", f"   {why}"]
    if not correct:
        lines.append("   Try another choice.")
    print("\n".join(lines))


# --------------------------------------------------------------------------------------------------
# Widgets (JupyterLab)


@dataclass
class QuizWidget:
    """The widget tree of a quiz, with handles on its parts (used by ``quiz`` and the tests)."""

    box: Any
    buttons: dict[str, list[Any]] = field(default_factory=dict)  # question id -> one Button per choice
    feedback: dict[str, Any] = field(default_factory=dict)  # question id -> HTML widget
    score: Any = None


def build_widget(lesson_id: str | int) -> QuizWidget:
    """Build the quiz as ipywidgets: per question an HTML question, a Button per choice, an HTML feedback area."""
    import ipywidgets as widgets

    item = lesson(lesson_id)
    view = QuizWidget(box=None)
    right: set[str] = {q.id for q in item.quiz} & correct_questions()
    view.score = widgets.HTML()
    view.score.add_class("course-quiz-score")

    def show_score() -> None:
        view.score.value = f"<em>Answered correctly: {len(right)} of {len(item.quiz)}</em>"

    children: list[Any] = [widgets.HTML(CSS + f"<h4>Quiz · Lesson {item.id} · {html.escape(item.title)}</h4>")]
    for number, q in enumerate(item.quiz, start=1):
        title = widgets.HTML(f"<p><strong>Q{number}.</strong> {_code_html(q.question)}</p>")
        title.add_class("course-quiz-question")
        area = widgets.HTML("")
        area.add_class("course-quiz-feedback")
        buttons = []
        for index, choice in enumerate(q.choices):
            button = widgets.Button(
                description=f"{LETTERS[index]}) {choice.text.replace('`', '')}",  # buttons show plain text
                tooltip=choice.text.replace("`", ""),
                layout=widgets.Layout(width="100%", height="auto"),
            )
            button.add_class("course-quiz-choice")
            button.on_click(_make_handler(q, index, area, buttons, right, show_score))
            buttons.append(button)
        view.buttons[q.id] = buttons
        view.feedback[q.id] = area
        children += [title, *buttons, area]
    show_score()
    children.append(view.score)
    view.box = widgets.VBox(children)
    view.box.add_class("course-quiz")
    return view


def _make_handler(q: Question, index: int, area: Any, buttons: list[Any], right: set[str], show_score: Any):
    def on_click(_button: Any) -> None:
        correct = _record(q, index)
        _, why = feedback(q, index)
        mark = "✅" if correct else "❌"
        css = "course-quiz-right" if correct else "course-quiz-wrong"
        area.value = f'<div class="{css}">{mark} <strong>{LETTERS[index]})</strong> {_code_html(why)}</div>'
        for i, button in enumerate(buttons):
            button.button_style = ("success" if correct else "danger") if i == index else ""
        if correct:
            right.add(q.id)
            show_score()

    return on_click


def _in_kernel() -> bool:
    """True inside a Jupyter kernel (IPython with a kernel attached); IPython is not imported to find out."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and getattr(shell, "kernel", None) is not None


def _widgets_available() -> bool:
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


def quiz(lesson_id: str | int) -> None:
    """Show the lesson's quiz: widgets in JupyterLab (with text and HTML fallbacks), else plain text."""
    text = quiz_text(lesson_id)
    if not (_in_kernel() and _widgets_available()):
        print(text)
        return
    from IPython.display import display

    view = build_widget(lesson_id)
    bundle = {
        "text/plain": text,
        "text/html": quiz_html(lesson_id),
        WIDGET_MIME: view.box._repr_mimebundle_()[WIDGET_MIME],
    }
    display(bundle, raw=True)
