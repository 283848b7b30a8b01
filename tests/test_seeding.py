"""seed() makes Python, NumPy and the frameworks repeat themselves (lesson 02)."""

from __future__ import annotations

import random

import numpy as np
import pytest

import course_lib
from course_lib import seeding


def test_seed_repeats_python_numpy_and_torch():
    torch = course_lib.import_torch()
    course_lib.seed(7)
    first = (random.random(), np.random.rand(), torch.rand(1).item())
    course_lib.seed(7)
    second = (random.random(), np.random.rand(), torch.rand(1).item())
    assert first == second
    course_lib.seed(8)
    assert (random.random(), np.random.rand(), torch.rand(1).item()) != first


@pytest.mark.slow
def test_seed_repeats_tensorflow():
    tf = course_lib.import_tensorflow()
    course_lib.seed(3)
    a = tf.random.uniform((3,)).numpy()
    course_lib.seed(3)
    b = tf.random.uniform((3,)).numpy()
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("bad", [-1, 1.5, "42", True])
def test_seed_rejects_bad_values(bad):
    with pytest.raises(ValueError, match="non-negative whole number"):
        course_lib.seed(bad)


def test_current_seed_is_remembered():
    course_lib.seed(11)
    assert seeding.current_seed() == 11
