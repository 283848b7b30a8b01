"""One call to seed every random number generator the course uses (lesson 02 explains why).

``seed(n)`` seeds Python's ``random`` and NumPy at once, and PyTorch, TensorFlow and Keras if they are
already imported. A framework imported later through ``course_lib.frameworks`` is seeded as it is
imported, so a lesson can call ``seed`` in its first cell without paying for TensorFlow up front.
"""

from __future__ import annotations

import random
import sys

__all__ = ["seed", "current_seed", "reapply"]

_current: int | None = None


def seed(n: int = 42) -> None:
    """Seed Python, NumPy, and PyTorch / TensorFlow / Keras (now or when they are imported)."""
    global _current
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError(f"seed() takes a non-negative whole number, not {n!r}.")
    _current = n
    reapply()


def current_seed() -> int | None:
    """The seed set by the last ``seed()`` call, or None."""
    return _current


def reapply() -> None:
    """Seed every generator that is imported now with the current seed (no-op before ``seed()``)."""
    if _current is None:
        return
    random.seed(_current)
    import numpy as np

    np.random.seed(_current)
    if "torch" in sys.modules:
        sys.modules["torch"].manual_seed(_current)  # also seeds CUDA and MPS generators
    if "keras" in sys.modules:
        sys.modules["keras"].utils.set_random_seed(_current)  # seeds the Keras backend, TF included
    elif "tensorflow" in sys.modules:
        sys.modules["tensorflow"].random.set_seed(_current)
