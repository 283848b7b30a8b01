"""Every numbered lesson notebook has the structure in CONTRIBUTING.md, and matches its content file.

notebooks/NN_*.ipynb <-> course_lib/content/lesson_NN.yaml, one for one. A lesson with only one of the
two fails here (on purpose: the content file and the notebook land together).
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from course_lib import content

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
LESSON_NOTEBOOK = re.compile(r"^(\d{2}[a-z]?)_[A-Za-z0-9_]+\.ipynb$")

NOTEBOOK_IDS = {m.group(1): p for p in sorted(NOTEBOOKS.glob("*.ipynb")) if (m := LESSON_NOTEBOOK.match(p.name))}
CONTENT_IDS = {p.name[len("lesson_") : -len(".yaml")]: p for p in content.content_files()}
ALL_IDS = sorted(set(NOTEBOOK_IDS) | set(CONTENT_IDS))


def _cells(path: Path) -> list:
    return nbformat.read(path, as_version=4).cells


def _source(cell) -> str:
    return cell.source if isinstance(cell.source, str) else "".join(cell.source)


def test_there_are_lessons():
    assert "00" in ALL_IDS


@pytest.mark.parametrize("lesson_id", ALL_IDS)
def test_notebook_and_content_file_come_in_pairs(lesson_id):
    assert lesson_id in CONTENT_IDS, f"notebook {NOTEBOOK_IDS[lesson_id].name} has no course_lib/content/lesson_{lesson_id}.yaml"
    assert lesson_id in NOTEBOOK_IDS, (
        f"course_lib/content/lesson_{lesson_id}.yaml has no notebook notebooks/{lesson_id}_*.ipynb yet"
    )
    lesson = content.lesson(lesson_id)
    assert lesson.notebook == NOTEBOOK_IDS[lesson_id].name, "the content file's `notebook:` names another file"


@pytest.mark.parametrize("lesson_id", sorted(NOTEBOOK_IDS))
def test_notebook_structure(lesson_id):
    if lesson_id not in CONTENT_IDS:
        pytest.fail(f"no content file for lesson {lesson_id} (see test_notebook_and_content_file_come_in_pairs)")
    lesson = content.lesson(lesson_id)
    cells = _cells(NOTEBOOK_IDS[lesson_id])
    problems: list[str] = []

    # 1. First cell: title, time, objectives, prerequisites
    first = cells[0]
    head = _source(first)
    if first.cell_type != "markdown":
        problems.append("the first cell must be markdown (title, time, objectives, prerequisites)")
    title = re.match(rf"#\s+Lesson {lesson_id}\s*·\s*(.+)", head.lstrip())
    if not title:
        problems.append(f'the first cell must start with "# Lesson {lesson_id} · Title"')
    elif title.group(1).strip() != lesson.title:
        problems.append(f"the H1 title {title.group(1).strip()!r} differs from the content file's {lesson.title!r}")
    time = re.search(r"\*\*Time:\*\*\s*about\s+(\d+)\s+minutes", head)
    if not time:
        problems.append('the first cell needs "**Time:** about M minutes"')
    elif int(time.group(1)) != lesson.minutes:
        problems.append(f"**Time:** says {time.group(1)} minutes, the content file says {lesson.minutes}")
    for heading in ("## Objectives", "## Prerequisites"):
        if not re.search(rf"^{heading}\s*$", head, re.M):
            problems.append(f"the first cell needs a {heading!r} heading")

    # 2. First code cell: the setup
    code_cells = [c for c in cells if c.cell_type == "code"]
    setup = _source(code_cells[0]) if code_cells else ""
    if "import course_lib as course" not in setup:
        problems.append("the first code cell must `import course_lib as course`")
    if not re.search(rf"course\.start_lesson\(\s*[\"']{lesson_id}[\"']\s*\)", setup):
        problems.append(f'the first code cell must call course.start_lesson("{lesson_id}")')

    # 5. Exercises: a "### Exercise NN.K" cell, then a code cell calling course.check("NN.K", ...)
    known = {e.id for e in lesson.exercises}
    checked: list[str] = []
    for index, cell in enumerate(cells):
        if cell.cell_type != "code":
            continue
        for found in re.findall(r"course\.check\(\s*[\"'](\d{2}[a-z]?\.\d+)[\"']", _source(cell)):
            checked.append(found)
            if found not in known:
                problems.append(f"course.check({found!r}) names an exercise the content file does not have")
            before = [_source(c) for c in cells[:index] if c.cell_type == "markdown"]
            if not before or not re.search(rf"^###\s+Exercise {re.escape(found)}\b", before[-1], re.M):
                problems.append(f'the markdown cell before course.check("{found}") must be "### Exercise {found} · title"')
    if len(set(checked)) < 2:
        problems.append(f"at least two exercises (course.check(\"{lesson_id}.K\", ...) calls); found {sorted(set(checked))}")
    missing = sorted(known - set(checked))
    if missing:
        problems.append(f"exercises in the content file that the notebook never checks: {missing}")

    # 6. Quiz: "## Quiz" then a code cell course.quiz("NN")
    quiz_at = [i for i, c in enumerate(cells) if c.cell_type == "markdown" and re.search(r"^## Quiz\s*$", _source(c), re.M)]
    if not quiz_at:
        problems.append('a markdown cell "## Quiz" is missing')
    else:
        after = cells[quiz_at[-1] + 1] if quiz_at[-1] + 1 < len(cells) else None
        if after is None or after.cell_type != "code" or not re.search(
            rf"course\.quiz\(\s*[\"']{lesson_id}[\"']\s*\)", _source(after)
        ):
            problems.append(f'the cell after "## Quiz" must be a code cell calling course.quiz("{lesson_id}")')

    # 7. Recap, after the quiz
    recap_at = [i for i, c in enumerate(cells) if c.cell_type == "markdown" and re.search(r"^## Recap\s*$", _source(c), re.M)]
    if not recap_at:
        problems.append('a markdown cell "## Recap" is missing')
    elif quiz_at and recap_at[-1] < quiz_at[-1]:
        problems.append('"## Recap" must come after the quiz')

    assert not problems, f"{NOTEBOOK_IDS[lesson_id].name}:\n  - " + "\n  - ".join(problems)
