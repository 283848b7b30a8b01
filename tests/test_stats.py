"""course_lib.stats (lessons 04, 06, 07a, 07b): intervals and paired tests, checked against closed forms."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as scipy_stats

from course_lib import stats
from course_lib.errors import CourseError


def wilson(successes: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """The Wilson score interval from its textbook formula."""
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


@pytest.mark.parametrize("successes, n", [(83, 100), (35, 42), (0, 20), (60, 60)])
def test_accuracy_is_the_wilson_interval(successes, n):
    right = np.array([True] * successes + [False] * (n - successes))
    interval = stats.accuracy(right)
    assert interval.estimate == pytest.approx(successes / n)
    assert (interval.low, interval.high) == pytest.approx(wilson(successes, n), abs=1e-9)
    assert interval.n == n and interval.low <= interval.estimate <= interval.high


def test_accuracy_accepts_zero_one_and_rejects_labels():
    assert stats.accuracy([1, 0, 1, 1]).estimate == 0.75
    with pytest.raises(CourseError, match="predictions == labels"):
        stats.accuracy([2, 0, 1])          # labels, not right/wrong
    with pytest.raises(CourseError, match="non-empty"):
        stats.accuracy([])


def test_mcnemar_counts_discordant_items_and_gives_the_exact_two_sided_p():
    right_a = np.array([1] * 30 + [1] * 12 + [0] * 3 + [0] * 5, bool)
    right_b = np.array([1] * 30 + [0] * 12 + [1] * 3 + [0] * 5, bool)
    result = stats.mcnemar(right_a, right_b)
    assert (result.only_a, result.only_b) == (12, 3)
    expected = min(1.0, 2 * scipy_stats.binom.cdf(3, 15, 0.5))     # exact, two-sided
    assert result.pvalue == pytest.approx(expected)
    assert stats.mcnemar(right_b, right_a).pvalue == pytest.approx(expected)     # symmetric
    assert stats.mcnemar(right_a, right_a).pvalue == 1.0                       # no discordant item
    with pytest.raises(CourseError, match="same items"):
        stats.mcnemar(right_a, right_b[:-1])


def test_mean_interval_is_close_to_the_t_interval_for_normal_data():
    scores = np.random.default_rng(0).normal(50, 10, 400)
    interval = stats.mean(scores)
    t_interval = scipy_stats.ttest_1samp(scores, 0).confidence_interval()
    assert interval.estimate == pytest.approx(scores.mean())
    assert interval.low == pytest.approx(t_interval.low, abs=0.3)
    assert interval.high == pytest.approx(t_interval.high, abs=0.3)
    assert stats.mean(scores) == interval                           # seeded: the same interval every time


def test_paired_difference_sees_a_small_steady_gap_that_separate_intervals_hide():
    rng = np.random.default_rng(1)
    difficulty = rng.uniform(0, 100, 60)                 # items differ a lot from each other
    system_b = difficulty
    system_a = difficulty + 2 + rng.normal(0, 1, 60)    # ... and A is 2 points better on nearly every one
    a, b = stats.mean(system_a), stats.mean(system_b)
    assert a.low < b.high                                # separately, the two intervals overlap
    difference = stats.paired_difference(system_a, system_b)
    assert difference.excludes(0) and 1.5 < difference.low < difference.estimate < difference.high < 2.5


def test_paired_difference_of_a_system_with_itself_contains_zero():
    scores = np.random.default_rng(2).uniform(0, 1, 30)
    difference = stats.paired_difference(scores, scores)
    assert difference.estimate == 0 and not difference.excludes(0)
    noisy = scores + np.random.default_rng(3).normal(0, 0.05, 30)
    assert not stats.paired_difference(noisy, scores).excludes(0)


def test_paired_difference_refuses_unpaired_input():
    with pytest.raises(CourseError, match="same items"):
        stats.paired_difference([1.0, 2.0, 3.0], [1.0, 2.0])
    with pytest.raises(CourseError, match="at least 2"):
        stats.mean([0.5])


def test_interval_format():
    interval = stats.Interval(0.83, 0.745, 0.891, 100)
    assert interval.format(100, 1, "%") == "83.0% (95% interval 74.5% to 89.1%)"
    assert str(stats.Interval(2.0, -0.5, 4.25, 10)) == "2.0 (95% interval -0.5 to 4.2)"
    assert not stats.Interval(2.0, -0.5, 4.25, 10).excludes(0)
    assert stats.Interval(2.0, 0.5, 4.25, 10).excludes(0)
