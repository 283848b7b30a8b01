"""No exercise's solution sits in its own lesson's notebook, under another name (every lesson's exercises).

An exercise that a learner can answer by copying the demonstration above or below it tests nothing. This
reads every function the solution defines and every function the notebook's code cells define, and compares
their bodies with the names taken out (a renamed copy is still a copy). The exercises' wrong-answer rows
(tests/wrong_answers_*.py) check the other side: a copied demonstration is refused with feedback.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from course_lib import content

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


class _Anonymise(ast.NodeTransformer):
    """Names, arguments and attribute names become placeholders; docstrings and comments are gone."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.copy_location(ast.Name(id="_", ctx=node.ctx), node)

    def visit_arg(self, node: ast.arg) -> ast.AST:
        return ast.copy_location(ast.arg(arg="_"), node)


def _body_shape(function: ast.FunctionDef) -> str:
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    return ast.dump(_Anonymise().visit(ast.Module(body=body, type_ignores=[])), annotate_fields=False)


def _function_shapes(source: str) -> dict[str, str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:  # IPython magics
        return {}
    return {node.name: _body_shape(node) for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def _notebook_code(lesson: content.Lesson) -> list[str]:
    notebook = json.loads((NOTEBOOKS / lesson.notebook).read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]


EXERCISES = [(lesson, e) for lesson in content.lessons() for e in lesson.exercises]


@pytest.mark.parametrize(("lesson", "exercise"), EXERCISES, ids=[e.id for _, e in EXERCISES])
def test_the_solution_is_not_a_function_of_the_notebook_renamed(lesson, exercise):
    solution = {name: shape for name, shape in _function_shapes(exercise.solution).items()
                if len(shape) > 60}  # `return x` alone is no demonstration
    in_notebook = {shape: name for source in _notebook_code(lesson) for name, shape in _function_shapes(source).items()}
    copies = [f"{name} = the notebook's {in_notebook[shape]}" for name, shape in solution.items() if shape in in_notebook]
    assert not copies, f"exercise {exercise.id}: {copies}"


def test_the_check_can_fail():
    demo = "def mean_pool(hidden, mask):\n    mask = mask.unsqueeze(-1)\n    return (hidden * mask).sum(1) / mask.sum(1)\n"
    renamed = demo.replace("mean_pool", "my_pool").replace("hidden", "h")
    assert _function_shapes(demo)["mean_pool"] == _function_shapes(renamed)["my_pool"]
    other = renamed.replace("sum(1) / mask.sum(1)", "amax(1)")
    assert _function_shapes(demo)["mean_pool"] != _function_shapes(other)["my_pool"]
