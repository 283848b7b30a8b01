"""Quizzes measure understanding, not test-taking patterns (every lesson's ``course.quiz(...)``).

What is tested is what a learner sees: the quiz each notebook stores in its output (the static HTML, whose
folded explanations say which choice is right), checked against the content files. A learner who follows a
fixed pattern (always a, always the longest choice, always the choice with the most of the lesson's words...)
must score near chance, the right answers must sit at varied letters, and the right choice must not be the
one that stands out by its length.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

import pytest

from course_lib import content
from course_lib.content import LETTERS
from course_lib.quiz import quiz_html

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
MAX_LETTER_SHARE = 0.40  # no letter holds more than 40% of the course's right answers
MAX_LONGEST_SHARE = 0.40  # the right choice is the single longest in at most 40% of the questions
MIN_LETTERS = 3  # a lesson with 4+ questions puts its right answers under at least 3 letters
ABOVE_CHANCE = 0.10  # a pattern-following learner scores at most chance + 10 points


@dataclass(frozen=True)
class StoredQuestion:
    """One question as a notebook's stored output shows it."""

    lesson: str
    id: str
    choices: tuple[str, ...]
    correct: int


class _QuizHTML(HTMLParser):
    """Reads quiz_html's structure: <p><strong>Qn (id).</strong> ...</p><ol><li>text<details>Right: ...</details></li>."""

    def __init__(self) -> None:
        super().__init__()
        self.questions: list[tuple[str, list[str], list[bool]]] = []
        self._in_li = self._in_details = self._in_strong = False
        self._text = ""

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "strong":
            self._in_strong, self._text = True, ""
        elif tag == "li":
            self._in_li, self._text = True, ""
        elif tag == "details" and self._in_li:
            self.questions[-1][1].append(self._text.strip())
            self._in_details, self._text = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "strong" and self._in_strong:
            self._in_strong = False
            match = re.fullmatch(r"Q\d+ \((\S+)\)\.", self._text.strip())
            if match:
                self.questions.append((match.group(1), [], []))
        elif tag == "details" and self._in_details:
            self._in_details = False
            self.questions[-1][2].append(self._text.replace("Explanation", "", 1).strip().startswith("Right:"))
        elif tag == "li":
            self._in_li = False

    def handle_data(self, data: str) -> None:
        self._text += data


def _stored_quiz_html(lesson: content.Lesson) -> str:
    notebook = json.loads((NOTEBOOKS / lesson.notebook).read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code" and f'course.quiz("{lesson.id}")' in "".join(cell["source"]):
            for output in cell.get("outputs", []):
                html_part = output.get("data", {}).get("text/html")
                if html_part:
                    return "".join(html_part)
    raise AssertionError(f"{lesson.notebook}: no stored output of course.quiz({lesson.id!r})")


def _markdown(lesson: content.Lesson) -> str:
    notebook = json.loads((NOTEBOOKS / lesson.notebook).read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "markdown")


def stored_questions(lesson: content.Lesson) -> list[StoredQuestion]:
    parser = _QuizHTML()
    parser.feed(_stored_quiz_html(lesson))
    questions = []
    for q_id, choices, right in parser.questions:
        assert len(choices) == len(right) and right.count(True) == 1, f"{q_id}: cannot read its stored choices"
        questions.append(StoredQuestion(lesson.id, q_id, tuple(choices), right.index(True)))
    return questions


LESSONS = content.lessons()
ALL = [q for lesson in LESSONS for q in stored_questions(lesson)]


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_the_stored_quiz_is_the_content_files_quiz(lesson):
    """What the tests below read (the notebook's stored output) is what course.quiz shows today."""
    assert _stored_quiz_html(lesson) == quiz_html(lesson.id), (
        f"{lesson.notebook}: its stored quiz differs from {lesson.path.name}; run `make execute NB=notebooks/{lesson.notebook}`"
    )
    assert [q.correct for q in stored_questions(lesson)] == [q.correct_index for q in lesson.quiz]


def test_no_letter_holds_more_than_40_percent_of_the_right_answers():
    letters = Counter(LETTERS[q.correct] for q in ALL)
    worst, count = letters.most_common(1)[0]
    assert count / len(ALL) <= MAX_LETTER_SHARE, f"{worst}) is right in {count} of {len(ALL)} questions: {dict(letters)}"


def _single_longest(q: StoredQuestion) -> bool:
    lengths = [len(c) for c in q.choices]
    return lengths[q.correct] == max(lengths) and lengths.count(max(lengths)) == 1


def test_the_right_choice_is_rarely_the_single_longest():
    longest = [q.id for q in ALL if _single_longest(q)]
    assert len(longest) / len(ALL) <= MAX_LONGEST_SHARE, f"{len(longest)} of {len(ALL)}: {longest}"


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.id for lesson in LESSONS])
def test_each_lesson_spreads_its_right_answers_over_three_letters(lesson):
    questions = stored_questions(lesson)
    letters = {LETTERS[q.correct] for q in questions}
    if len(questions) >= 4:
        assert len(letters) >= MIN_LETTERS, f"lesson {lesson.id}: right answers only under {sorted(letters)}"


# --------------------------------------------------------------------------------------------------
# Learners who follow a pattern instead of reading


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z0-9_]+", text.lower())


def _keyword_learner() -> Callable[[StoredQuestion], int]:
    """Picks the choice with the most distinct words that the lesson's own text uses often (5+ letters, 2+ times)."""
    keywords = {}
    for lesson in LESSONS:
        counts = Counter(w for w in _words(_markdown(lesson)) if len(w) >= 5)
        keywords[lesson.id] = {w for w, n in counts.items() if n >= 2}

    def pick(q: StoredQuestion) -> int:
        hits = [len(set(_words(c)) & keywords[q.lesson]) for c in q.choices]
        return hits.index(max(hits))

    return pick


def _longest(q: StoredQuestion) -> int:
    lengths = [len(c) for c in q.choices]
    return lengths.index(max(lengths))


def _most_words(q: StoredQuestion) -> int:
    counts = [len(c.split()) for c in q.choices]
    return counts.index(max(counts))


def _shortest(q: StoredQuestion) -> int:
    lengths = [len(c) for c in q.choices]
    return lengths.index(min(lengths))


def _most_code(q: StoredQuestion) -> int:
    """The choice that looks most technical: the most digits, dots, brackets and underscores."""
    marks = [len(re.findall(r"[0-9._()\[\]=]", c)) for c in q.choices]
    return marks.index(max(marks))


PATTERNS: dict[str, Callable[[StoredQuestion], int]] = {
    **{f"always {letter})": (lambda q, i=i: i) for i, letter in enumerate(LETTERS)},
    "always the last choice": lambda q: len(q.choices) - 1,
    "always the longest": _longest,
    "always the most words": _most_words,
    "always the shortest": _shortest,
    "always the most technical-looking": _most_code,
    "always the most lesson keywords": _keyword_learner(),
}


@pytest.mark.parametrize("pattern", PATTERNS, ids=list(PATTERNS))
def test_a_learner_following_a_pattern_scores_near_chance(pattern):
    pick = PATTERNS[pattern]
    score = sum(pick(q) == q.correct for q in ALL) / len(ALL)
    chance = sum(1 / len(q.choices) for q in ALL) / len(ALL)
    assert score <= chance + ABOVE_CHANCE, f"{pattern}: {score:.0%} right, chance is {chance:.0%}"


def test_the_pattern_tests_can_fail():
    """On the quizzes as they were (right answer a) and longest, 88% of the time) these tests fail."""
    old = [StoredQuestion("x", f"x.q{i}", ("the right answer, long and detailed", "short", "wrong"), 0) for i in range(9)]
    old.append(StoredQuestion("x", "x.q9", ("short", "the right answer, long and detailed", "wrong"), 1))
    assert sum(_longest(q) == q.correct for q in old) / len(old) > 1 / 3 + ABOVE_CHANCE
    assert Counter(q.correct for q in old).most_common(1)[0][1] / len(old) > MAX_LETTER_SHARE
