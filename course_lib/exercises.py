"""Exercise checking: ``course.check("00.1", answer)``, ``course.hint(...)``, ``course.solution(...)`` (every lesson).

The expected answer is never typed into the checker: it is computed by running the exercise's real
solution code from its content file (``setup`` then ``solution``, once per kernel), so a test that runs
every solution also tests the checker. The learner's answer is then compared according to ``expect.kind``:

* ``tensor``: a torch tensor (any device, with or without ``requires_grad``), a TensorFlow tensor or
  Variable, a NumPy array, a nested list or a Python number. Conversion uses the answer's own methods,
  so checking never imports PyTorch or TensorFlow. Shape first, then dtype kind (if the exercise asks),
  then values within ``rtol``/``atol``.
* ``value``: a number, text, list, ... compared for equality (numbers with a tolerance).
* ``function``: the learner's function and the solution's are called on the same ``cases``.

Two optional lists of rules refine this, each rule a Python expression about ``answer`` with the
feedback to give: ``mistakes`` (known wrong answers, checked first, so a learner who used another
spelling hears exactly that) and ``require`` (checked after the comparison, for what a value cannot
show: a tensor's framework is ``frameworks``, but "traced only once" needs a rule). Lessons 02 and 03 use them.

A wrong answer never produces a traceback: the learner gets one short line saying what is wrong (the
shape, the type, the largest difference, the exception their function raised) and the hint.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import math
import sys
import warnings
from dataclasses import dataclass
from typing import Any

from .content import Exercise, Rule, exercise, lesson
from .errors import CourseError
from .modes import is_instructor
from .tracking import completed_exercises, record_exercise

__all__ = ["check", "hint", "solution", "expected", "compare", "to_array", "AnswerProblem"]

PLACEHOLDERS = (None, Ellipsis)
TENSOR_WORDS = "a tensor (torch.Tensor, tf.Tensor, NumPy array or nested list of numbers)"


class AnswerProblem(Exception):
    """Raised inside the checker when the learner's answer cannot be used; the message is the feedback."""


# --------------------------------------------------------------------------------------------------
# Running the solution (once per exercise and solution text)

_solutions: dict[tuple[str, str], dict[str, Any]] = {}


def _namespace(item: Exercise) -> dict[str, Any]:
    key = (item.id, hashlib.sha256((item.setup + "\0" + item.solution).encode()).hexdigest())
    if key not in _solutions:
        namespace: dict[str, Any] = {"__name__": f"course_solution_{item.id.replace('.', '_')}"}
        sink = io.StringIO()
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                exec(compile(item.setup or "", f"<setup of {item.id}>", "exec"), namespace)  # noqa: S102
                exec(compile(item.solution, f"<solution of {item.id}>", "exec"), namespace)  # noqa: S102
        except Exception as error:  # a bug in the course, not in the learner's answer
            raise CourseError(
                f"The solution of exercise {item.id} failed to run ({type(error).__name__}: {error}). "
                "This is a problem in the course content, not in your answer; please report it."
            ) from error
        if "answer" not in namespace:
            raise CourseError(f"The solution of exercise {item.id} does not set `answer` (course content bug).")
        _solutions[key] = namespace
    return _solutions[key]


def expected(exercise_id: str) -> Any:
    """The solution's ``answer`` for an exercise (computed once per kernel)."""
    return _namespace(exercise(exercise_id))["answer"]


# --------------------------------------------------------------------------------------------------
# Turning answers into NumPy arrays, without importing any framework


@dataclass
class Converted:
    array: Any  # numpy.ndarray
    dtype_name: str  # the dtype as the learner's framework names it
    framework: str  # "torch", "tensorflow", "numpy", "python", ...


def _torch_tensor(value: Any) -> bool:
    torch = sys.modules.get("torch")
    return torch is not None and isinstance(value, torch.Tensor)


def _tf_tensor(value: Any) -> bool:
    tf = sys.modules.get("tensorflow")
    if tf is None:
        return False
    try:
        return bool(tf.is_tensor(value)) or isinstance(value, tf.Variable)
    except Exception:
        return False


def _type_name(value: Any) -> str:
    if callable(value) and hasattr(value, "__name__") and not isinstance(value, type):
        return f"function ({value.__name__})" if value.__name__ != "<lambda>" else "function (a lambda)"
    return type(value).__name__


def to_array(value: Any) -> Converted:
    """Convert a tensor-like answer to a NumPy array; AnswerProblem (with learner feedback) if impossible."""
    import numpy as np

    if _torch_tensor(value):
        tensor = value.detach()
        if tensor.device.type == "meta":
            raise AnswerProblem("your tensor is on the 'meta' device, so it has no values to check")
        if getattr(tensor, "is_sparse", False):
            tensor = tensor.to_dense()
        if tensor.is_conj():
            tensor = tensor.resolve_conj()
        name = str(tensor.dtype).replace("torch.", "")
        if tensor.dtype.is_floating_point and tensor.element_size() < 4:  # bfloat16, float16, float8
            tensor = tensor.float()
        return Converted(tensor.cpu().numpy(), name, "torch")
    if _tf_tensor(value):
        try:
            array = np.asarray(value.numpy())
        except Exception:
            raise AnswerProblem(
                "your TensorFlow tensor has no values yet (it is symbolic, inside tf.function or a Keras "
                "model); compute it eagerly outside tf.function"
            ) from None
        dtype = value.dtype
        return Converted(array, getattr(dtype, "name", str(dtype)), "tensorflow")
    if isinstance(value, np.ndarray) or isinstance(value, np.generic):
        array = np.asarray(value)
        return Converted(array, array.dtype.name, "numpy")
    if isinstance(value, (bool, int, float, complex)):
        array = np.asarray(value)
        return Converted(array, type(value).__name__, "python")
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, (str, bytes, dict)) or v is None for v in value):
            bad = next(v for v in value if isinstance(v, (str, bytes, dict)) or v is None)
            raise AnswerProblem(f"your list contains {_type_name(bad)} values, not numbers")
        parts = [to_array(v).array if not isinstance(v, (bool, int, float, complex)) else v for v in value]
        try:
            array = np.array(parts)
        except ValueError:
            raise AnswerProblem("your nested lists have rows of different lengths, so they do not form a tensor") from None
        if array.dtype == object:
            raise AnswerProblem("your list does not hold only numbers, so it is not a tensor")
        return Converted(array, array.dtype.name, "python")
    if hasattr(value, "__array__") and not isinstance(value, (str, bytes)):  # JAX, Keras variables, pandas
        try:
            array = np.asarray(value)
        except Exception:
            array = None
        if array is not None and array.dtype != object:
            return Converted(array, array.dtype.name, type(value).__module__.split(".")[0])
    if callable(value) and not hasattr(value, "shape"):
        raise AnswerProblem(
            f"your answer is a {_type_name(value)}, not its result; call it and pass what it returns"
        )
    raise AnswerProblem(f"your answer is a {_type_name(value)}; the task asks for {TENSOR_WORDS}")


def _is_tensor_like(value: Any) -> bool:
    import numpy as np

    return (
        _torch_tensor(value)
        or _tf_tensor(value)
        or isinstance(value, (np.ndarray, np.generic))
        or (hasattr(value, "__array__") and hasattr(value, "shape") and not isinstance(value, type))
    )


# --------------------------------------------------------------------------------------------------
# Comparisons: each returns None (match) or the problem, in words


def _shape(shape: tuple[int, ...]) -> str:
    return "() (a single number)" if shape == () else str(tuple(int(s) for s in shape))


def _num(x: float) -> str:
    """Short, readable numbers: whole numbers exactly (22713215, not 2.271e+07), others to 4 digits."""
    if float(x).is_integer() and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.4g}"


_DTYPE_KINDS = {"f": "floating-point numbers", "c": "complex numbers", "i": "integers", "u": "integers", "b": "booleans"}


def _dtype_kind(array: Any) -> str:
    return {"u": "i"}.get(array.dtype.kind, array.dtype.kind)


_FRAMEWORK_NAMES = {"torch": "a PyTorch tensor", "tensorflow": "a TensorFlow tensor", "numpy": "a NumPy array",
                    "python": "a Python list or number"}


def _framework_problem(got: Converted, accepted: tuple[str, ...]) -> str | None:
    if not accepted or got.framework in accepted:
        return None
    wanted = " or ".join(_FRAMEWORK_NAMES.get(f, f) for f in accepted)
    return (
        f"your answer is {_FRAMEWORK_NAMES.get(got.framework, got.framework)}; the task asks for {wanted} "
        "(torch.tensor(...) / tf.constant(...) build one; torch.from_numpy(array) converts a NumPy array)"
    )


def compare_arrays(got: Converted, want: Converted, *, rtol: float, atol: float, dtype: bool | str,
                   noun: str) -> str | None:
    """Shape, then dtype (its kind if ``dtype`` is True, exactly if it names one), then values."""
    import numpy as np

    a, b = got.array, want.array
    if a.shape != b.shape:
        problem = f"{noun} has shape {_shape(a.shape)}; the task asks for {_shape(b.shape)}"
        if a.size == b.size and a.ndim == 2 and a.shape == b.shape[::-1]:
            problem += " (transposed? try .T)"
        elif a.size == b.size == 1:
            problem += " (same single value, different shape: try .reshape or .squeeze)"
        elif a.size == b.size:
            problem += " (the same number of elements: a reshape or a missing/extra dimension?)"
        return problem
    if isinstance(dtype, str) and got.dtype_name != dtype:
        return f"{noun} holds {got.dtype_name} numbers; the task asks for {dtype} exactly"
    if dtype and _dtype_kind(a) != _dtype_kind(b):
        return (
            f"{noun} holds {_DTYPE_KINDS.get(a.dtype.kind, a.dtype.name)} ({got.dtype_name}); "
            f"the task asks for {_DTYPE_KINDS.get(b.dtype.kind, b.dtype.name)} ({want.dtype_name})"
        )
    if a.dtype.kind not in "biufc":
        return f"{noun} holds {a.dtype.name} values, not numbers"
    a64 = a.astype(np.complex128 if a.dtype.kind == "c" else np.float64)
    b64 = b.astype(np.complex128 if b.dtype.kind == "c" else np.float64)
    if np.isnan(a64).any() and not np.isnan(b64).any():
        return f"{noun} contains NaN (not a number) values, for example from 0/0"
    close = np.isclose(a64, b64, rtol=rtol, atol=atol, equal_nan=True)
    if close.all():
        return None
    difference = np.abs(a64 - b64)
    largest = float(np.nanmax(np.where(np.isnan(difference), np.inf, difference)))
    if a.ndim == 0:
        return f"{noun} {_short(a.item())} is not the expected value (difference {_num(largest)})"
    where = "the value is" if a.size == 1 else f"{int((~close).sum())} of {a.size} values are"
    return f"the shape {_shape(a.shape)} is right, but {where} not (largest difference {_num(largest)})"


def _short(value: Any, limit: int = 50) -> str:
    """A deterministic, short description of a value for feedback lines (never a memory address)."""
    if isinstance(value, float):
        return _num(value)
    if _is_tensor_like(value) and not isinstance(value, (int, float)):
        try:
            converted = to_array(value)
        except AnswerProblem:
            return type(value).__name__
        import numpy as np

        arr = converted.array
        if arr.ndim == 0:
            return _num(float(arr.real)) if arr.dtype.kind in "fc" else str(arr.item())
        if arr.size <= 6:
            return np.array2string(arr, precision=4, separator=", ")
        return f"a tensor of shape {_shape(arr.shape)}"
    text = repr(value)
    if " at 0x" in text or len(text) > limit or "\n" in text:
        return f"a {_type_name(value)}"
    return text


def compare(got: Any, want: Any, *, rtol: float, atol: float, noun: str = "your answer") -> str | None:
    """Equality with a tolerance for numbers and tensors; the problem in words, or None."""
    import numpy as np

    if want is None:
        return None if got is None else f"{noun} is {_short(got)}; expected None"
    if got is None:
        return f"{noun} is None (did you forget to `return` it?)"
    want_number = isinstance(want, (int, float, np.integer, np.floating)) and not isinstance(want, (bool, np.bool_))
    if _is_tensor_like(want) or (want_number and _is_tensor_like(got)):
        try:
            got_array = to_array(got)
        except AnswerProblem as problem:
            return str(problem).replace("your answer", noun)
        want_array = to_array(want)
        if want_number and got_array.array.shape != ():
            size = got_array.array.size
            extra = " (.item() turns a one-element tensor into a number)" if size == 1 else ""
            return f"{noun} is a tensor of shape {_shape(got_array.array.shape)}; the task asks for a single number{extra}"
        return compare_arrays(got_array, want_array, rtol=rtol, atol=atol, dtype=False, noun=noun)
    if isinstance(want, (bool, np.bool_)):
        if not isinstance(got, (bool, np.bool_)):
            return f"{noun} is a {_type_name(got)} ({_short(got)}); the task asks for True or False"
        return None if bool(got) == bool(want) else f"{noun} is {bool(got)}, which is not right"
    if want_number:
        if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, float, np.integer, np.floating)):
            return f"{noun} is a {_type_name(got)} ({_short(got)}); the task asks for a number"
        if math.isnan(float(got)):
            return f"{noun} is NaN (not a number), for example from 0/0"
        if math.isclose(float(got), float(want), rel_tol=rtol, abs_tol=atol):
            return None
        difference = abs(float(got) - float(want))
        return f"{noun} {_short(float(got))} is not the expected value (difference {_num(difference)})"
    if isinstance(want, str):
        if not isinstance(got, str):
            return f"{noun} is a {_type_name(got)}; the task asks for text (a str)"
        return None if got == want else f"{noun} {_short(got)} is not the expected text"
    if isinstance(want, (list, tuple)):
        if not isinstance(got, (list, tuple)):
            return f"{noun} is a {_type_name(got)}; the task asks for a {type(want).__name__}"
        if len(got) != len(want):
            return f"{noun} has {len(got)} items; the task asks for {len(want)}"
        for i, (g, w) in enumerate(zip(got, want)):
            problem = compare(g, w, rtol=rtol, atol=atol, noun=f"item {i}")
            if problem:
                return f"in {noun}, {problem}"
        return None
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return f"{noun} is a {_type_name(got)}; the task asks for a dict"
        if set(got) != set(want):
            missing = sorted(map(str, set(want) - set(got)))
            extra = sorted(map(str, set(got) - set(want)))
            parts = ([f"missing keys {', '.join(missing)}"] if missing else []) + (
                [f"unexpected keys {', '.join(extra)}"] if extra else []
            )
            return f"{noun} has {'; '.join(parts)}"
        for key in want:
            problem = compare(got[key], want[key], rtol=rtol, atol=atol, noun=f"the value for {key!r}")
            if problem:
                return f"in {noun}, {problem}"
        return None
    try:
        equal = bool(got == want)
    except Exception:
        equal = False
    if equal:
        return None
    if type(got) is not type(want):
        return f"{noun} is a {_type_name(got)}; the task asks for a {type(want).__name__}"
    return f"{noun} {_short(got)} is not the expected value"


def _call_repr(name: str, args: list[Any]) -> str:
    shown = ", ".join(_arg_repr(a) for a in args)
    return f"{name}({shown})"


def _arg_repr(value: Any) -> str:
    text = repr(value)
    if " at 0x" in text or len(text) > 40 or "\n" in text:
        if _is_tensor_like(value):
            return f"<tensor of shape {_shape(tuple(value.shape))}>"
        return f"<{_type_name(value)}>"
    return text


def _check_function(item: Exercise, got: Any, namespace: dict[str, Any]) -> str | None:
    want = namespace["answer"]
    if not callable(got):
        return (
            f"your answer is a {_type_name(got)}; the task asks for a function. Pass the function itself, "
            "without calling it: course.check(\"" + item.id + "\", my_function)"
        )
    name = getattr(got, "__name__", "your_function")
    name = "your_function" if name == "<lambda>" else name
    for case in item.expect.cases:
        args = _case_args(item, case, namespace)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                target = want(*args)
        except Exception as error:
            raise CourseError(
                f"The solution of exercise {item.id} raised {type(error).__name__} on a test case; "
                "this is a problem in the course content, please report it."
            ) from error
        call = _call_repr(name, args)
        args = _case_args(item, case, namespace)  # fresh arguments: the learner's function may change them
        try:
            result = got(*args)
        except Exception as error:
            message = str(error).strip().splitlines()[0] if str(error).strip() else ""
            if len(message) > 160:
                message = message[:157] + "..."
            return f"{call} raised {type(error).__name__}" + (f": {message}" if message else "")
        problem = compare(result, target, rtol=item.expect.rtol, atol=item.expect.atol, noun="the result")
        if problem:
            if problem.startswith("the result is None"):
                return f"{call} returned None: not answered yet? Write the body and `return` the result"
            return f"{call}: {problem}; expected {_short(target)}"
    return None


def _case_args(item: Exercise, case: Any, namespace: dict[str, Any]) -> list[Any]:
    if isinstance(case, str):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = eval(compile(case, f"<case of {item.id}>", "eval"), dict(namespace))  # noqa: S307
        return list(value) if isinstance(value, (list, tuple)) else [value]
    return copy.deepcopy(list(case))


def _holds(rule: Rule, answer: Any, namespace: dict[str, Any]) -> bool:
    """Evaluate a rule's expression with ``answer`` bound to the learner's answer; an error means False."""
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            return bool(eval(compile(rule.expression, "<rule>", "eval"), {**namespace, "answer": answer}))  # noqa: S307
    except Exception:
        return False


def _compared(item: Exercise, answer: Any, namespace: dict[str, Any]) -> str | None:
    want = namespace["answer"]
    expect = item.expect
    if expect.kind == "function":
        return _check_function(item, answer, namespace)
    if expect.kind == "tensor":
        try:
            got_array = to_array(answer)
        except AnswerProblem as problem:
            return str(problem)
        return _framework_problem(got_array, expect.frameworks) or compare_arrays(
            got_array, to_array(want), rtol=expect.rtol, atol=expect.atol, dtype=expect.dtype, noun="your tensor"
        )
    return compare(answer, want, rtol=expect.rtol, atol=expect.atol)


def _problem(item: Exercise, answer: Any) -> str | None:
    """What is wrong with ``answer`` (None: it is right). Never raises for a learner's mistake."""
    namespace = _namespace(item)
    try:
        for rule in item.expect.mistakes:
            if _holds(rule, answer, namespace):
                return rule.says
        problem = _compared(item, answer, namespace)
        if problem is None:
            problem = next((rule.says for rule in item.expect.require if not _holds(rule, answer, namespace)), None)
        return problem
    except CourseError:
        raise
    except Exception as error:  # anything unforeseen in the learner's object: still no traceback
        return f"your answer could not be compared ({type(error).__name__}: {error})"


# --------------------------------------------------------------------------------------------------
# What the learner calls


def _label(item: Exercise) -> str:
    return f"Exercise {item.id} · {item.title}"


def _indent(code: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line.strip() else line for line in code.rstrip().splitlines())


class CheckResult:
    """What ``check`` returns: true when the answer is right. It displays nothing in a notebook, because
    the feedback is already printed (a bare ``False`` under "not answered yet" would only confuse)."""

    __slots__ = ("ok",)

    def __init__(self, ok: bool):
        self.ok = ok

    def __bool__(self) -> bool:
        return self.ok

    def __repr__(self) -> str:
        return f"CheckResult(ok={self.ok})"

    def _ipython_display_(self) -> None:
        pass


def check(exercise_id: str, answer: Any) -> CheckResult:
    """Compare ``answer`` with the exercise's solution; print short feedback; truthy if it is right.

    A right answer is recorded in your progress. In instructor mode a wrong one also shows the solution.
    """
    item = exercise(exercise_id)
    if any(answer is p for p in PLACEHOLDERS):
        lines = [
            f"✏️  {_label(item)}: not answered yet. Replace `None` with your code and run the cell again "
            f'(course.hint("{item.id}") gives a nudge).'
        ]
        ok = False
    else:
        problem = _problem(item, answer)
        ok = problem is None
        if ok:
            record_exercise(item.id)
            done = completed_exercises()
            of_lesson = lesson(item.lesson).exercises
            count = sum(e.id in done for e in of_lesson)
            lines = [f"✅ {_label(item)}: correct! Lesson {item.lesson}: {count} of {len(of_lesson)} exercises done."]
        else:
            lines = [f"❌ {_label(item)}: {problem}.", f"   Hint: {item.hint}"]
    if not ok and is_instructor():
        lines += ["   Solution (instructor mode):", _indent(item.solution, "      ")]
    print("\n".join(lines))
    return CheckResult(ok)


# How many hint steps each exercise has shown in this kernel (a restart starts again from the first).
_hints_shown: dict[str, int] = {}


def hint(exercise_id: str) -> None:
    """Print the exercise's next hint step (both modes): the first nudge, then the next one each time."""
    item = exercise(exercise_id)
    step = min(_hints_shown.get(item.id, 0), len(item.hints) - 1)
    _hints_shown[item.id] = step + 1
    total = len(item.hints)
    lines = [f"💡 {_label(item)}", f"   Task: {item.task}"]
    lines.append(f"   Hint {step + 1} of {total}: {item.hints[step]}" if total > 1 else f"   Hint: {item.hints[0]}")
    if step + 1 < total:
        lines.append(f'   (course.hint("{item.id}") again for the next nudge.)')
    elif total > 1:
        lines.append("   That was the last hint: the rest is yours to try.")
    print("\n".join(lines))


def _ipython_shell() -> Any:
    ipython = sys.modules.get("IPython")
    return ipython.get_ipython() if ipython is not None else None


def solution(exercise_id: str, insert: bool = False) -> None:
    """Instructor mode: print the solution (``insert=True``: put it in a new cell). Learner mode: the hint."""
    item = exercise(exercise_id)
    if not is_instructor():
        print(
            f"🔒 {_label(item)}: solutions are hidden in learner mode "
            '(an instructor can reveal them with COURSE_MODE=instructor or course.set_mode("instructor")).\n'
            f"   Hint: {item.hint}"
        )
        return
    print(f"Solution of {_label(item)}:\n{_indent(item.solution)}")
    if insert:
        shell = _ipython_shell()
        if shell is None:
            print("(insert=True works in Jupyter or IPython; here, copy the code above.)")
            return
        code = item.solution.rstrip() + f'\ncourse.check("{item.id}", answer)\n'
        shell.set_next_input(code, replace=False)
        print("The solution is in a new cell below.")
