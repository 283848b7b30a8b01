"""The course's data: one YAML file per lesson in ``course_lib/content/`` (every lesson, lesson 00 onwards).

A content file holds what the course kit needs besides the notebook: the instructor's timing plan, the
exercises with their real solutions, and the quiz (schema in CONTRIBUTING.md). This module reads and
validates those files; ``exercises``, ``quiz``, ``modes`` and ``progress`` use the result.

    course.course_map()          # the table of lessons, with what you have done
    content.lesson("00").title   # "Start here"

A mistake in a content file raises :class:`ContentError` naming the file and the field, for example
``course_lib/content/lesson_02.yaml: quiz[3].choices: exactly one choice must have correct: true (found 2)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CourseError, UnknownNameError, suggest

__all__ = [
    "CONTENT_DIR",
    "ContentError",
    "Choice",
    "Question",
    "Expect",
    "Rule",
    "Exercise",
    "PlanItem",
    "Lesson",
    "CourseMap",
    "load_file",
    "lesson",
    "lessons",
    "exercise",
    "question",
    "course_map",
    "normalise_lesson_id",
]

CONTENT_DIR = Path(__file__).resolve().parent / "content"
KINDS = ("tensor", "value", "function")
ANSWER_FRAMEWORKS = ("torch", "tensorflow", "numpy", "python")
LEVELS = ("beginner", "intermediate", "advanced")
LETTERS = "abcd"
DEFAULT_RTOL = 1e-5
DEFAULT_ATOL = 1e-6

_LESSON_ID = re.compile(r"^\d{2}[a-z]?$")  # "07", or "07a" for a lesson in parts
_FILE_NAME = re.compile(r"^lesson_(\d{2}[a-z]?)\.yaml$")


class ContentError(CourseError):
    """A lesson content file (course_lib/content/lesson_NN.yaml) does not follow the schema."""


@dataclass(frozen=True)
class Choice:
    """One answer of a quiz question, with the explanation shown when it is picked."""

    text: str
    why: str
    correct: bool = False


@dataclass(frozen=True)
class Question:
    """A multiple-choice question: exactly one of ``choices`` is correct."""

    id: str  # "00.q1"
    question: str
    choices: tuple[Choice, ...]

    @property
    def correct_index(self) -> int:
        return next(i for i, c in enumerate(self.choices) if c.correct)


@dataclass(frozen=True)
class Rule:
    """A check on the learner's answer written as a Python expression (``answer`` is the learner's)."""

    expression: str
    says: str  # the feedback when the rule is not met (require) or met (mistake)


@dataclass(frozen=True)
class Expect:
    """How a learner's answer is compared with the solution's (``exercises.check``)."""

    kind: str  # tensor | value | function
    rtol: float = DEFAULT_RTOL
    atol: float = DEFAULT_ATOL
    dtype: bool | str = False  # tensor: True = same kind (float/int/bool); "float32" = exactly that dtype
    frameworks: tuple[str, ...] = ()  # tensor: accepted frameworks ("torch", "tensorflow"); () = any
    cases: tuple[Any, ...] = ()  # function: argument lists, or Python expressions giving one
    mistakes: tuple[Rule, ...] = ()  # known wrong answers: checked first, each with its own feedback
    require: tuple[Rule, ...] = ()  # checked after the comparison passed: behaviour the value cannot show


@dataclass(frozen=True)
class Exercise:
    """An exercise: the task, hints in steps, and real solution code that leaves its result in ``answer``."""

    id: str  # "00.1"
    lesson: str
    title: str
    task: str
    hints: tuple[str, ...]  # nudges, from the gentlest; none of them is the solution
    solution: str
    expect: Expect
    setup: str = ""

    @property
    def hint(self) -> str:
        """The first nudge (what a failed check shows)."""
        return self.hints[0]


@dataclass(frozen=True)
class PlanItem:
    section: str
    minutes: int


@dataclass(frozen=True)
class Lesson:
    """Everything a content file says about one lesson."""

    id: str  # "00"
    title: str
    notebook: str
    minutes: int
    plan: tuple[PlanItem, ...]
    exercises: tuple[Exercise, ...]
    quiz: tuple[Question, ...]
    path: Path = field(compare=False, repr=False)
    level: str | None = None


# --------------------------------------------------------------------------------------------------
# Validation


def _display(path: Path) -> str:
    """The file as a learner would find it: relative to the repository when it is inside it."""
    try:
        return str(path.resolve().relative_to(CONTENT_DIR.parent.parent))
    except ValueError:
        return str(path)


class _Checker:
    """Collects nothing: the first problem raises a ContentError naming the file and the field."""

    def __init__(self, path: Path):
        self.where = _display(path)

    def fail(self, field_name: str, problem: str) -> None:
        raise ContentError(f"{self.where}: {field_name}: {problem}")

    def mapping(self, value: Any, name: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
        if not isinstance(value, dict):
            self.fail(name, f"must be a mapping (key: value lines), not {type(value).__name__}")
        missing = [key for key in required if key not in value]
        if missing:
            self.fail(name, f"missing {', '.join(missing)}")
        unknown = [str(key) for key in value if key not in required + optional]
        if unknown:
            hint = suggest(unknown[0], required + optional)
            self.fail(
                f"{name}.{unknown[0]}" if name != "(top level)" else unknown[0],
                f"is not a field of the schema (allowed: {', '.join(required + optional)}). {hint}".strip(),
            )
        return value

    def text(self, value: Any, name: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(name, f"must be non-empty text, not {value!r}")
        return value.strip()

    def whole(self, value: Any, name: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.fail(name, f"must be a positive whole number, not {value!r}")
        return value

    def number(self, value: Any, name: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            self.fail(name, f"must be a number >= 0, not {value!r}")
        return float(value)

    def flag(self, value: Any, name: str) -> bool:
        if not isinstance(value, bool):
            self.fail(name, f"must be true or false, not {value!r}")
        return value

    def items(self, value: Any, name: str, at_least: int) -> list:
        if not isinstance(value, list):
            self.fail(name, f"must be a list, not {type(value).__name__}")
        if len(value) < at_least:
            self.fail(name, f"needs at least {at_least} entries, has {len(value)}")
        return value

    def code(self, value: Any, name: str) -> str:
        source = self.text(value, name)
        try:
            compile(source, name, "exec")
        except SyntaxError as error:
            self.fail(name, f"is not valid Python (line {error.lineno}: {error.msg})")
        return source


def _parse_rules(check: _Checker, raw: Any, name: str, condition: str) -> tuple[Rule, ...]:
    rules = []
    for i, item in enumerate(check.items(raw, name, 0)):
        where = f"{name}[{i}]"
        item = check.mapping(item, where, (condition, "says"))
        expression = check.text(item[condition], f"{where}.{condition}")
        try:
            compile(expression, where, "eval")
        except SyntaxError as error:
            check.fail(f"{where}.{condition}", f"is not a valid Python expression ({error.msg})")
        rules.append(Rule(expression, check.text(item["says"], f"{where}.says").rstrip(".")))
    return tuple(rules)


def _parse_expect(check: _Checker, raw: Any, name: str) -> Expect:
    raw = check.mapping(raw, name, ("kind",), ("rtol", "atol", "dtype", "frameworks", "cases", "mistakes", "require"))
    kind = raw["kind"]
    if kind not in KINDS:
        check.fail(f"{name}.kind", f"must be one of {', '.join(KINDS)}, not {kind!r}. {suggest(str(kind), KINDS)}".strip())
    rtol = check.number(raw.get("rtol", DEFAULT_RTOL), f"{name}.rtol")
    atol = check.number(raw.get("atol", DEFAULT_ATOL), f"{name}.atol")
    dtype = raw.get("dtype", False)
    if not isinstance(dtype, str):
        dtype = check.flag(dtype, f"{name}.dtype")
    elif not re.fullmatch(r"(float|int|uint|bool|complex|bfloat)\d*", dtype):
        check.fail(f"{name}.dtype", f"must be true, false or a dtype name such as float32, not {dtype!r}")
    if dtype and kind != "tensor":
        check.fail(f"{name}.dtype", "applies only to kind: tensor")
    frameworks = raw.get("frameworks", [])
    for framework in check.items(frameworks, f"{name}.frameworks", 0):
        if framework not in ANSWER_FRAMEWORKS:
            check.fail(f"{name}.frameworks", f"{framework!r} is not one of {', '.join(ANSWER_FRAMEWORKS)}")
    if frameworks and kind != "tensor":
        check.fail(f"{name}.frameworks", "applies only to kind: tensor")
    cases = raw.get("cases", [])
    if kind == "function":
        check.items(cases, f"{name}.cases", 1)
        for i, case in enumerate(cases):
            where = f"{name}.cases[{i}]"
            if isinstance(case, str):
                try:
                    compile(case, where, "eval")
                except SyntaxError as error:
                    check.fail(where, f"is not a valid Python expression ({error.msg})")
            elif not isinstance(case, list):
                check.fail(where, "must be a list of arguments, or a Python expression (text) giving that list")
    elif cases:
        check.fail(f"{name}.cases", "applies only to kind: function")
    return Expect(
        kind=kind,
        rtol=rtol,
        atol=atol,
        dtype=dtype,
        frameworks=tuple(frameworks),
        cases=tuple(cases),
        mistakes=_parse_rules(check, raw.get("mistakes", []), f"{name}.mistakes", "when"),
        require=_parse_rules(check, raw.get("require", []), f"{name}.require", "check"),
    )


def _parse_hints(check: _Checker, raw: Any, name: str) -> tuple[str, ...]:
    """``hint:`` is one text or a list of steps (each a nudge, the gentlest first)."""
    if isinstance(raw, list):
        return tuple(check.text(step, f"{name}[{i}]") for i, step in enumerate(check.items(raw, name, 1)))
    return (check.text(raw, name),)


def _parse_exercise(check: _Checker, raw: Any, name: str, lesson_id: str) -> Exercise:
    raw = check.mapping(raw, name, ("id", "title", "task", "hint", "solution", "expect"), ("setup",))
    ex_id = raw["id"]
    if not isinstance(ex_id, str) or not re.fullmatch(rf"{lesson_id}\.[1-9]\d*", ex_id):
        check.fail(f"{name}.id", f'must look like "{lesson_id}.1" (the lesson, a dot, a number), not {ex_id!r}')
    setup = check.code(raw["setup"], f"{name}.setup") if raw.get("setup") is not None else ""
    solution = check.code(raw["solution"], f"{name}.solution")
    if not re.search(r"\banswer\s*=", solution) and not re.search(r"\bdef\s+answer\b", solution):
        check.fail(f"{name}.solution", "must assign the expected result to a variable called `answer`")
    return Exercise(
        id=ex_id,
        lesson=lesson_id,
        title=check.text(raw["title"], f"{name}.title"),
        task=check.text(raw["task"], f"{name}.task"),
        hints=_parse_hints(check, raw["hint"], f"{name}.hint"),
        setup=setup,
        solution=solution,
        expect=_parse_expect(check, raw["expect"], f"{name}.expect"),
    )


def _parse_question(check: _Checker, raw: Any, name: str, lesson_id: str) -> Question:
    raw = check.mapping(raw, name, ("id", "question", "choices"))
    q_id = raw["id"]
    if not isinstance(q_id, str) or not re.fullmatch(rf"{lesson_id}\.q[1-9]\d*", q_id):
        check.fail(f"{name}.id", f'must look like "{lesson_id}.q1", not {q_id!r}')
    raw_choices = check.items(raw["choices"], f"{name}.choices", 3)
    if len(raw_choices) > len(LETTERS):
        check.fail(f"{name}.choices", f"has {len(raw_choices)} choices; at most {len(LETTERS)} (a-d)")
    choices = []
    for i, raw_choice in enumerate(raw_choices):
        where = f"{name}.choices[{i}]"
        raw_choice = check.mapping(raw_choice, where, ("text", "why"), ("correct",))
        choices.append(
            Choice(
                text=check.text(raw_choice["text"], f"{where}.text"),
                why=check.text(raw_choice["why"], f"{where}.why"),
                correct=check.flag(raw_choice.get("correct", False), f"{where}.correct"),
            )
        )
    n_correct = sum(c.correct for c in choices)
    if n_correct != 1:
        check.fail(f"{name}.choices", f"exactly one choice must have correct: true (found {n_correct})")
    return Question(id=q_id, question=check.text(raw["question"], f"{name}.question"), choices=tuple(choices))


def _unique(check: _Checker, ids: list[str], name: str) -> None:
    seen = set()
    for i, item in enumerate(ids):
        if item in seen:
            check.fail(f"{name}[{i}].id", f"{item!r} is used twice")
        seen.add(item)


def _parse_lesson(raw: Any, path: Path) -> Lesson:
    check = _Checker(path)
    raw = check.mapping(
        raw, "(top level)", ("lesson", "title", "notebook", "minutes", "plan", "exercises", "quiz"), ("level",)
    )
    lesson_id = raw["lesson"]
    if not isinstance(lesson_id, str) or not _LESSON_ID.fullmatch(lesson_id):
        check.fail("lesson", f'must be two digits in quotes, like "00" (or "07a" for a part), not {lesson_id!r}')
    file_match = _FILE_NAME.fullmatch(path.name)
    if file_match and file_match.group(1) != lesson_id:
        check.fail("lesson", f"is {lesson_id!r} but the file is named {path.name}")
    notebook = check.text(raw["notebook"], "notebook")
    if not re.fullmatch(rf"{lesson_id}_[A-Za-z0-9_]+\.ipynb", notebook):
        check.fail("notebook", f"must be a file name like {lesson_id}_short_name.ipynb, not {notebook!r}")
    minutes = check.whole(raw["minutes"], "minutes")
    level = raw.get("level")
    if level is not None and level not in LEVELS:
        check.fail("level", f"must be one of {', '.join(LEVELS)}, not {level!r}")
    plan = []
    for i, item in enumerate(check.items(raw["plan"], "plan", 1)):
        item = check.mapping(item, f"plan[{i}]", ("section", "minutes"))
        plan.append(PlanItem(check.text(item["section"], f"plan[{i}].section"), check.whole(item["minutes"], f"plan[{i}].minutes")))
    planned = sum(p.minutes for p in plan)
    if planned != minutes:
        check.fail("plan", f"the sections add up to {planned} minutes, but minutes is {minutes}")
    exercises = [
        _parse_exercise(check, item, f"exercises[{i}]", lesson_id)
        for i, item in enumerate(check.items(raw["exercises"], "exercises", 2))
    ]
    _unique(check, [e.id for e in exercises], "exercises")
    questions = [
        _parse_question(check, item, f"quiz[{i}]", lesson_id)
        for i, item in enumerate(check.items(raw["quiz"], "quiz", 4))
    ]
    _unique(check, [q.id for q in questions], "quiz")
    return Lesson(
        id=lesson_id,
        title=check.text(raw["title"], "title"),
        notebook=notebook,
        minutes=minutes,
        plan=tuple(plan),
        exercises=tuple(exercises),
        quiz=tuple(questions),
        path=path,
        level=level,
    )


# --------------------------------------------------------------------------------------------------
# Loading (cached per file version, so an edited file is re-read)

_cache: dict[Path, tuple[tuple[int, int], Lesson]] = {}


def load_file(path: str | Path) -> Lesson:
    """Read and validate one content file; a ContentError names the file and the field at fault."""
    import yaml

    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        raise ContentError(f"{_display(path)}: the content file does not exist.") from None
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached and cached[0] == key:
        return cached[1]
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ContentError(f"{_display(path)}: {where}: not valid YAML ({problem})") from None
    result = _parse_lesson(raw, path)
    _cache[path] = (key, result)
    return result


def content_files(directory: Path | None = None) -> list[Path]:
    """The content files, in course order (lesson_00.yaml, lesson_01.yaml, ...)."""
    folder = CONTENT_DIR if directory is None else Path(directory)
    return sorted(p for p in folder.glob("lesson_*.yaml") if _FILE_NAME.fullmatch(p.name))


def lessons(directory: Path | None = None) -> list[Lesson]:
    """Every lesson, in course order; raises ContentError if any content file is invalid."""
    return [load_file(p) for p in content_files(directory)]


def normalise_lesson_id(lesson_id: str | int) -> str:
    """'0', 0 and '00' all mean lesson "00"; '7a' and '07A' mean lesson "07a"."""
    text = str(lesson_id).strip().lower()
    match = re.fullmatch(r"(\d{1,2})([a-z]?)", text)
    return f"{int(match.group(1)):02d}{match.group(2)}" if match else text


def _known_lesson_ids() -> list[str]:
    return [_FILE_NAME.fullmatch(p.name).group(1) for p in content_files()]  # type: ignore[union-attr]


def lesson(lesson_id: str | int) -> Lesson:
    """The lesson ``lesson_id`` ("00", "01", ...); UnknownNameError with suggestions if there is none."""
    wanted = normalise_lesson_id(lesson_id)
    path = CONTENT_DIR / f"lesson_{wanted}.yaml"
    if not _LESSON_ID.fullmatch(wanted) or not path.is_file():
        known = _known_lesson_ids()
        raise UnknownNameError(
            f"The course has no lesson {str(lesson_id)!r}. {suggest(str(lesson_id), known)} "
            f"Lessons: {', '.join(known) or 'none yet'}.".replace("  ", " ")
        )
    return load_file(path)


def _lookup(item_id: str, what: str, attribute: str) -> Any:
    item_id = str(item_id).strip()
    lesson_part = item_id.split(".", 1)[0]
    candidates: list[Any] = []
    if _LESSON_ID.fullmatch(lesson_part) and (CONTENT_DIR / f"lesson_{lesson_part}.yaml").is_file():
        candidates = list(getattr(lesson(lesson_part), attribute))
        for item in candidates:
            if item.id == item_id:
                return item
    known: list[str] = [item.id for item in candidates]
    if not known:  # suggest from every lesson that loads cleanly
        for path in content_files():
            try:
                known += [item.id for item in getattr(load_file(path), attribute)]
            except ContentError:
                continue
    example = "00.1" if what == "exercise" else "00.q1"
    raise UnknownNameError(
        f"There is no {what} {item_id!r}. {suggest(item_id, known)} "
        f"{what.capitalize()} ids look like {example!r} (lesson, dot, number).".replace("  ", " ")
    )


def exercise(exercise_id: str) -> Exercise:
    """The exercise ``exercise_id`` ("00.1"); UnknownNameError with suggestions if there is none."""
    return _lookup(exercise_id, "exercise", "exercises")


def question(question_id: str) -> Question:
    """The quiz question ``question_id`` ("00.q1"); UnknownNameError with suggestions if there is none."""
    return _lookup(question_id, "quiz question", "quiz")


# --------------------------------------------------------------------------------------------------
# The course map (``course.course_map()``, ``course.progress()``)


@dataclass(frozen=True)
class CourseMap:
    """A text table of the lessons and what is done; displays as the table in Jupyter and print()."""

    rows: tuple[dict[str, Any], ...]
    text: str

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def course_map() -> CourseMap:
    """The table of lessons: id, title, minutes, exercises and quiz questions done, and a done marker."""
    from .tracking import answered_questions, completed_exercises, correct_questions, first_try_questions

    done_exercises = completed_exercises()
    done_questions = correct_questions()
    answered = answered_questions()
    first_try = first_try_questions()
    rows = []
    totals = {"exercises": 0, "quiz": 0, "exercises_done": 0, "quiz_done": 0, "answered": 0, "first_try": 0}
    for item in lessons():
        ex_done = sum(e.id in done_exercises for e in item.exercises)
        q_done = sum(q.id in done_questions for q in item.quiz)
        totals["exercises"] += len(item.exercises)
        totals["quiz"] += len(item.quiz)
        totals["exercises_done"] += ex_done
        totals["quiz_done"] += q_done
        q_answered = sum(q.id in answered for q in item.quiz)
        q_first = sum(q.id in first_try for q in item.quiz)
        totals["answered"] += q_answered
        totals["first_try"] += q_first
        total = len(item.exercises) + len(item.quiz)
        status = "✓ done" if ex_done + q_done == total else ("started" if ex_done + q_done else "")
        rows.append(
            {
                "lesson": item.id,
                "title": item.title,
                "minutes": item.minutes,
                "exercises": f"{ex_done}/{len(item.exercises)}",
                "quiz": f"{q_done}/{len(item.quiz)}",
                "first_try": f"{q_first}/{q_answered}" if q_answered else "",
                "status": status,
            }
        )
    headers = {"lesson": "Lesson", "title": "Title", "minutes": "Min", "exercises": "Exercises", "quiz": "Quiz", "first_try": "1st try", "status": "Done"}
    widths = {key: max([len(str(r[key])) for r in rows] + [len(h)]) for key, h in headers.items()}

    def line(values: dict[str, Any]) -> str:
        cells = []
        for key in headers:
            value = str(values[key])
            cells.append(value.rjust(widths[key]) if key == "minutes" else value.ljust(widths[key]))
        return "  ".join(cells).rstrip()

    lines = [line(headers), "  ".join("-" * widths[k] for k in headers)]
    lines += [line(r) for r in rows]
    lines.append("")
    lines.append(
        f"Done: {totals['exercises_done']}/{totals['exercises']} exercises, "
        f"{totals['quiz_done']}/{totals['quiz']} quiz questions answered correctly."
    )
    if totals["answered"]:
        lines.append(
            f"Quiz score on the first attempt: {totals['first_try']} of the {totals['answered']} questions answered "
            "(what a lesson's quiz measures; later clicks still teach, but do not count here)."
        )
    return CourseMap(rows=tuple(rows), text="\n".join(lines))
