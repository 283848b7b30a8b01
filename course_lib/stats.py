"""Intervals and paired tests for every comparison a lesson states (lessons 04, 06, 07a, 07b).

Lesson 04 writes the two basic tools by hand to teach them (a Wilson interval from ``scipy.stats.binomtest``
and an exact McNemar test) and checks them against this module; later lessons import it, so a comparison
costs one line and always carries its uncertainty. Everything rests on SciPy:

- ``accuracy``: an accuracy with its 95% Wilson interval (``binomtest(...).proportion_ci``);
- ``mcnemar``: two classifiers on the *same* texts, compared text by text (exact McNemar test: of the texts
  only one of them gets right, is the split 50/50?);
- ``mean``: the mean of per-item scores (ROUGE per document, F1 per question) with a bootstrap interval
  (``scipy.stats.bootstrap``, percentile method);
- ``paired_difference``: the interval of the *difference* between two systems scored on the same items,
  each resample drawing the same items for both (a paired bootstrap).

Corpus-level translation scores (BLEU, chrF) are not means of per-sentence scores: lesson 07b uses
sacrebleu's own paired bootstrap (``sacrebleu.significance.PairedTest``) for them.

An interval that contains 0 means "no measurable difference here", which is what a lesson then says.

    from course_lib import stats
    stats.accuracy(predictions == labels)                 # Interval(estimate=0.83, low=0.78, high=0.87, ...)
    stats.mcnemar(model_right, baseline_right).pvalue
    stats.paired_difference(rouge_a, rouge_b)             # mean ROUGE-L of a minus b, 95% interval
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats as scipy_stats

from .errors import CourseError

__all__ = ["Interval", "McNemar", "accuracy", "mcnemar", "mean", "paired_difference"]


@dataclass(frozen=True)
class Interval:
    """A score measured on ``n`` items and its confidence interval (``low``, ``high``)."""

    estimate: float
    low: float
    high: float
    n: int
    confidence: float = 0.95

    def excludes(self, value: float = 0.0) -> bool:
        """True when ``value`` lies outside the interval: a difference from it is measurable here."""
        return not self.low <= value <= self.high

    def format(self, scale: float = 1.0, digits: int = 1, unit: str = "") -> str:
        """``'83.0% (95% interval 78.1% to 87.2%)'`` with ``scale=100, unit='%'``."""
        def show(value: float) -> str:
            return f"{value * scale:.{digits}f}{unit}"

        return f"{show(self.estimate)} ({self.confidence:.0%} interval {show(self.low)} to {show(self.high)})"

    def __str__(self) -> str:
        return self.format()


@dataclass(frozen=True)
class McNemar:
    """Two classifiers on the same items: how many only ``a`` gets right, only ``b``, and the exact p-value."""

    only_a: int
    only_b: int
    pvalue: float

    def __str__(self) -> str:
        return f"only the first right: {self.only_a}, only the second: {self.only_b}, exact McNemar p = {self.pvalue:.2g}"


def _as_bools(values: Any, name: str) -> np.ndarray:
    array = np.asarray(values)
    if array.ndim != 1 or array.size == 0:
        raise CourseError(f"{name} should be a non-empty 1-D sequence of right/wrong (True/False) per item, "
                          f"got shape {array.shape}.")
    if array.dtype != bool and not np.isin(array, (0, 1)).all():
        raise CourseError(f"{name} should hold True/False (or 1/0) per item, e.g. predictions == labels; "
                          f"it holds other values such as {array[~np.isin(array, (0, 1))][0]!r}.")
    return array.astype(bool)


def accuracy(right: Sequence[bool] | np.ndarray, confidence: float = 0.95) -> Interval:
    """The share of items right, with its Wilson interval (SciPy's ``binomtest(...).proportion_ci``)."""
    right = _as_bools(right, "right")
    ci = scipy_stats.binomtest(int(right.sum()), right.size).proportion_ci(confidence_level=confidence,
                                                                           method="wilson")
    return Interval(float(right.mean()), float(ci.low), float(ci.high), right.size, confidence)


def mcnemar(right_a: Sequence[bool] | np.ndarray, right_b: Sequence[bool] | np.ndarray) -> McNemar:
    """Exact McNemar test of two classifiers scored on the same items (a two-sided binomial test)."""
    right_a, right_b = _as_bools(right_a, "right_a"), _as_bools(right_b, "right_b")
    if right_a.shape != right_b.shape:
        raise CourseError(f"McNemar compares two classifiers on the same items: got {right_a.size} and "
                          f"{right_b.size} items. Score both on the same texts, in the same order.")
    only_a, only_b = int(np.sum(right_a & ~right_b)), int(np.sum(~right_a & right_b))
    pvalue = 1.0 if only_a + only_b == 0 else float(scipy_stats.binomtest(only_a, only_a + only_b).pvalue)
    return McNemar(only_a, only_b, pvalue)


def _as_scores(values: Any, name: str) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    if array.ndim != 1 or array.size < 2:
        raise CourseError(f"{name} should be a 1-D sequence of at least 2 per-item scores (one number per text), "
                          f"got shape {array.shape}.")
    return array


def _bootstrap_mean(values: np.ndarray, confidence: float, n_resamples: int, seed: int) -> Interval:
    result = scipy_stats.bootstrap((values,), np.mean, n_resamples=n_resamples, confidence_level=confidence,
                                   method="percentile", rng=np.random.default_rng(seed))
    ci = result.confidence_interval
    low, high = (float(values[0]), float(values[0])) if np.ptp(values) == 0 else (float(ci.low), float(ci.high))
    return Interval(float(values.mean()), low, high, values.size, confidence)


def mean(scores: Sequence[float] | np.ndarray, *, confidence: float = 0.95, n_resamples: int = 2000,
         seed: int = 0) -> Interval:
    """The mean of per-item scores (ROUGE-L per document, F1 per question) with a bootstrap interval."""
    return _bootstrap_mean(_as_scores(scores, "scores"), confidence, n_resamples, seed)


def paired_difference(scores_a: Sequence[float] | np.ndarray, scores_b: Sequence[float] | np.ndarray, *,
                      confidence: float = 0.95, n_resamples: int = 2000, seed: int = 0) -> Interval:
    """Mean of ``scores_a - scores_b`` over the same items, with a paired bootstrap interval.

    Each resample draws the same items for both systems, so what varies is which items were tested, not
    which system met which item. An interval that contains 0: no measurable difference on these items.
    """
    scores_a, scores_b = _as_scores(scores_a, "scores_a"), _as_scores(scores_b, "scores_b")
    if scores_a.shape != scores_b.shape:
        raise CourseError(f"paired_difference compares two systems on the same items: got {scores_a.size} and "
                          f"{scores_b.size} scores. Score both on the same texts, in the same order.")
    return _bootstrap_mean(scores_a - scores_b, confidence, n_resamples, seed)
