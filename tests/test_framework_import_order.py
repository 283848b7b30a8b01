"""Triton after TensorFlow crashes the interpreter; course_lib's imports make that impossible (lessons 01+).

The default Linux PyTorch wheel brings Triton. TensorFlow 2.20+ loads its C++ library with its symbols
shared (RTLD_GLOBAL), its own LLVM included, and Triton imported afterwards crashes with SIGSEGV
(tensorflow issue #124205). ``course.import_tensorflow()`` imports Triton first when it is installed.
Each test runs a fresh interpreter: a crash there is a non-zero exit, not a dead test run.

With the CPU-only wheel (the course's main environment here) Triton is absent and these tests skip with
that reason; `make test`'s second-environment pass installs the default wheel and runs them.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import textwrap

import pytest

from scripts import notebook_env

needs_triton = pytest.mark.skipif(
    importlib.util.find_spec("triton") is None,
    reason="Triton is not installed (CPU-only PyTorch build); the second-environment pass of `make test` "
    "installs the default wheel, which brings it, and runs these tests there",
)
IMPORT_CALL = re.compile(r"course\.(import_(?:torch|tensorflow|keras_hub|keras|transformers|onnx_runtime))\(")


TENSORFLOW_CALLS = {"import_tensorflow", "import_keras", "import_keras_hub"}


def import_sequences() -> dict[str, list[str]]:
    """Each notebook's ``course.import_*()`` calls in the order its code cells make them (first time each)."""
    sequences: dict[str, list[str]] = {}
    for path in notebook_env.notebook_paths():
        calls: list[str] = []
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] == "code":
                calls += [c for c in IMPORT_CALL.findall("".join(cell["source"])) if c not in calls]
        if calls:
            sequences[path.stem] = calls
    return sequences


def distinct_tensorflow_sequences() -> dict[str, list[str]]:
    """The distinct orders that involve TensorFlow, named by the lessons that use them."""
    by_order: dict[tuple[str, ...], list[str]] = {}
    for lesson, calls in import_sequences().items():
        if TENSORFLOW_CALLS & set(calls):
            by_order.setdefault(tuple(calls), []).append(lesson)
    return {"+".join(lessons): list(order) for order, lessons in by_order.items()}


def run_fresh(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, timeout=300)


def test_the_lessons_import_frameworks_through_course_lib_only():
    direct = re.compile(r"^\s*(?:import|from)\s+(?:tensorflow|keras|keras_hub|triton)\b", re.MULTILINE)
    found = [f"{path.name} cell {i}" for path in notebook_env.notebook_paths()
             for i, cell in enumerate(json.loads(path.read_text())["cells"])
             if cell["cell_type"] == "code" and direct.search("".join(cell["source"]))]
    assert not found, "import TensorFlow/Keras with course.import_tensorflow() etc. (Triton order): " + ", ".join(found)


def test_the_sequences_are_read_from_the_lessons():
    sequences = import_sequences()
    assert sequences["01_landscape"][:2] == ["import_torch", "import_tensorflow"]
    assert any("import_keras_hub" in calls for calls in sequences.values())


@needs_triton
def test_the_crash_is_real_without_course_lib():
    # The control: without the fix the same interpreter dies, so the tests below can fail.
    result = run_fresh("import tensorflow\nimport triton\nprint('survived')")
    assert result.returncode != 0 and "survived" not in result.stdout, result.returncode


@needs_triton
@pytest.mark.slow
@pytest.mark.parametrize("lesson, calls", sorted(distinct_tensorflow_sequences().items()))
def test_triton_after_each_lessons_imports_does_not_crash(lesson, calls):
    steps = "\n".join(f"course.{call}()" for call in calls)
    result = run_fresh(f"import course_lib as course\n{steps}\nimport triton\nprint('survived')")
    assert result.returncode == 0 and "survived" in result.stdout, (lesson, result.returncode, result.stderr[-1500:])


@needs_triton
@pytest.mark.slow
def test_tensorflow_first_then_transformers_and_triton():
    # The orders no lesson uses yet: TensorFlow alone first, then PyTorch's side and Triton.
    result = run_fresh("""
        import course_lib as course
        course.import_tensorflow()
        transformers = course.import_transformers()
        dir(transformers)
        import triton
        print('survived')
    """)
    assert result.returncode == 0 and "survived" in result.stdout, (result.returncode, result.stderr[-1500:])


def test_tensorflow_imported_outside_course_lib_is_named_before_it_crashes(monkeypatch):
    from course_lib import frameworks

    monkeypatch.setitem(sys.modules, "tensorflow", sys.modules.get("tensorflow") or object())
    monkeypatch.delitem(sys.modules, "triton", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object() if name == "triton" else None)
    assert frameworks.triton_at_risk()
    with pytest.warns(UserWarning, match="Restart the kernel and import TensorFlow with course.import_tensorflow"):
        frameworks._warn_if_triton_at_risk()
    monkeypatch.setitem(sys.modules, "triton", object())
    assert not frameworks.triton_at_risk()


def test_transformers_sees_torchao_only_once_a_lesson_imports_it(monkeypatch):
    from course_lib import frameworks

    calls = []

    class Utils:
        pass

    utils, import_utils = Utils(), Utils()
    original = lambda *a, **k: calls.append(a) or True  # noqa: E731  (torchao installed)
    utils.import_utils, utils.is_torchao_available, import_utils.is_torchao_available = import_utils, original, original

    class Transformers:
        pass

    fake = Transformers()
    fake.utils = utils
    frameworks._torchao_only_once_imported(fake)
    monkeypatch.delitem(sys.modules, "torchao", raising=False)
    assert utils.is_torchao_available() is False and import_utils.is_torchao_available() is False
    monkeypatch.setitem(sys.modules, "torchao", object())
    assert utils.is_torchao_available() is True and calls
    gate = utils.is_torchao_available
    frameworks._torchao_only_once_imported(fake)  # a second call does not wrap twice
    assert utils.is_torchao_available is gate
