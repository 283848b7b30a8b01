"""Wrong answers that learners really give are rejected by the lessons' own checks (course_lib/content).

Each case was accepted by an earlier version of the checker, or passed for the wrong reason; the
feedback must also say what to change.
"""

from __future__ import annotations

import numpy as np
import pytest

import course_lib


def check(capsys, exercise_id: str, answer) -> tuple[bool, str]:
    ok = bool(course_lib.check(exercise_id, answer))
    return ok, capsys.readouterr().out


# -- 02.1 · a float32 multiplication table, as a PyTorch or TensorFlow tensor -----------------------


def test_02_1_accepts_float32_tensors_of_either_framework(capsys):
    torch, tf = course_lib.import_torch(), course_lib.import_tensorflow()
    for answer in (torch.arange(1.0, 4.0).reshape(3, 1) * torch.arange(1.0, 5.0).reshape(1, 4),
                   tf.reshape(tf.range(1.0, 4.0), (3, 1)) * tf.reshape(tf.range(1.0, 5.0), (1, 4))):
        ok, out = check(capsys, "02.1", answer)
        assert ok, out


@pytest.mark.parametrize("make, feedback", [
    (lambda torch, tf: torch.arange(1, 4).reshape(3, 1).double() * torch.arange(1, 5).reshape(1, 4).double(),
     "holds float64 numbers; the task asks for float32 exactly"),
    (lambda torch, tf: (torch.arange(1.0, 4.0).reshape(3, 1) * torch.arange(1.0, 5.0).reshape(1, 4)).half(),
     "holds float16 numbers; the task asks for float32 exactly"),
    (lambda torch, tf: tf.cast(tf.reshape(tf.range(1, 4), (3, 1)) * tf.reshape(tf.range(1, 5), (1, 4)), tf.float64),
     "holds float64 numbers; the task asks for float32 exactly"),
    (lambda torch, tf: np.arange(1.0, 4.0, dtype=np.float32).reshape(3, 1) * np.arange(1.0, 5.0, dtype=np.float32),
     "your answer is a NumPy array; the task asks for a PyTorch tensor or a TensorFlow tensor"),
    (lambda torch, tf: [[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 6.0, 8.0], [3.0, 6.0, 9.0, 12.0]],
     "your answer is a Python list or number; the task asks for a PyTorch tensor or a TensorFlow tensor"),
], ids=["torch-float64", "torch-float16", "tf-float64", "numpy-float32", "nested-list"])
def test_02_1_rejects_the_wrong_dtype_or_container(capsys, make, feedback):
    answer = make(course_lib.import_torch(), course_lib.import_tensorflow())
    ok, out = check(capsys, "02.1", answer)
    assert not ok
    assert feedback in out, out


# -- 03.2 · the autograd graph's node names ---------------------------------------------------------


def test_03_2_explains_which_spelling_is_wanted(capsys):
    torch = course_lib.import_torch()
    pt_w = torch.tensor(0.5, requires_grad=True)
    loss = ((pt_w * torch.tensor([1.0, 2.0, 3.0]) - torch.tensor([2.0, 4.0, 6.0])) ** 2).mean()

    def names(fn, spelling):
        if fn is None:
            return []
        out = [spelling(fn)]
        for next_fn, _ in fn.next_functions:
            out += names(next_fn, spelling)
        return out

    public = names(loss.grad_fn, lambda fn: fn.name())
    assert "torch::autograd::AccumulateGrad" in public
    ok, out = check(capsys, "03.2", public)
    assert not ok
    assert "type(fn).__name__" in out and "'AccumulateGrad'" in out, out
    ok, out = check(capsys, "03.2", names(loss.grad_fn, lambda fn: type(fn).__name__))
    assert ok, out


# -- 03.3 · a tf.function that traces once for every batch shape ------------------------------------


def _sum_of_squares(tf, **decorator):
    @tf.function(**decorator)
    def tf_row_sums_of_squares(x):
        return tf.reduce_sum(x * x, axis=1)

    for shape in ((2, 3), (4, 5), (1, 7)):
        tf_row_sums_of_squares(tf.ones(shape))
    return tf_row_sums_of_squares


def test_03_3_accepts_the_function_with_a_signature(capsys):
    tf = course_lib.import_tensorflow()
    answer = _sum_of_squares(tf, input_signature=[tf.TensorSpec(shape=[None, None], dtype=tf.float32)])
    ok, out = check(capsys, "03.3", answer)
    assert ok, out


def test_03_3_rejects_the_trace_count_alone(capsys):
    ok, out = check(capsys, "03.3", 1)
    assert not ok
    assert "the task asks for a function" in out, out


def test_03_3_rejects_a_function_without_signature(capsys):
    tf = course_lib.import_tensorflow()
    ok, out = check(capsys, "03.3", _sum_of_squares(tf))
    assert not ok
    assert "traced more than once" in out, out


def test_03_3_rejects_reduce_retracing_which_still_traces_twice(capsys):
    tf = course_lib.import_tensorflow()
    ok, out = check(capsys, "03.3", _sum_of_squares(tf, reduce_retracing=True))
    assert not ok
    assert "traced more than once" in out, out


def test_03_3_rejects_a_plain_python_function(capsys):
    tf = course_lib.import_tensorflow()

    def tf_row_sums_of_squares(x):
        return tf.reduce_sum(x * x, axis=1)

    ok, out = check(capsys, "03.3", tf_row_sums_of_squares)
    assert not ok
    assert "not a tf.function" in out, out


# -- 05.1 · the greedy step; 05.2 · a fixed width; 05.3 · a tensor's bytes in a safetensors file -------


def test_05_1_one_number_for_the_whole_batch_is_refused(capsys):
    torch = course_lib.import_torch()
    ok, out = check(capsys, "05.1", lambda logits, mask: logits[torch.arange(len(logits)), mask.sum(1) - 1].argmax())
    assert not ok
    assert "not a single number" in out, out


def test_05_2_padding_to_the_longest_is_explained(capsys):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(course_lib.model_dir("minilm"))
    answer = tokenizer(["Hi", "How are you today?"], padding=True, return_tensors="pt")["input_ids"]
    ok, out = check(capsys, "05.2", answer)
    assert not ok
    assert 'padding="max_length"' in out, out


def test_05_3_returning_the_header_text_is_explained(capsys):
    def tensor_location(path, name):
        with open(path, "rb") as handle:
            return handle.read(int.from_bytes(handle.read(8), "little"))

    ok, out = check(capsys, "05.3", tensor_location)
    assert not ok
    assert "your function returns the header" in out, out


# -- Every exercise: the table of wrong answers (tests/wrong_answers_*.py) -----------------------------

from types import SimpleNamespace  # noqa: E402

from course_lib import content  # noqa: E402
from wrong_answers_00_06 import WRONG as EARLY  # noqa: E402
from wrong_answers_07_09 import WRONG as LATE  # noqa: E402

TABLE = [*EARLY, *LATE]


def _frameworks() -> SimpleNamespace:
    return SimpleNamespace(torch=course_lib.import_torch(), tf=course_lib.import_tensorflow(), np=np)


@pytest.mark.parametrize("wrong", TABLE, ids=[w.id for w in TABLE])
def test_a_wrong_answer_is_refused_with_feedback_that_names_the_mistake(capsys, wrong):
    ok, out = check(capsys, wrong.exercise, wrong.answer(_frameworks()))
    assert not ok, f"{wrong.id} was accepted"
    assert wrong.says in out, out


def test_every_exercise_has_at_least_two_wrong_answers_in_the_table():
    ids = [e.id for lesson in content.lessons() for e in lesson.exercises]
    rows = {i: sum(w.exercise == i for w in TABLE) for i in ids}
    assert not [i for i, n in rows.items() if n < 2], f"fewer than two wrong answers: {rows}"
    assert {w.exercise for w in TABLE} <= set(ids)
    assert len({w.id for w in TABLE}) == len(TABLE), "two rows share an exercise and a mistake id"
