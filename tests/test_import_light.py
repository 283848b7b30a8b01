"""`import course_lib` must stay cheap: no PyTorch, no TensorFlow, no widgets (lesson 00 promise)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("torch", "tensorflow", "keras", "keras_hub", "transformers", "ipywidgets", "matplotlib")


def test_import_course_lib_imports_no_framework():
    code = (
        "import sys, course_lib\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"importing course_lib imported: {result.stdout.strip()}"
    assert result.stderr == ""


def test_import_sets_quiet_defaults_without_overriding_the_user():
    code = "import os, course_lib; print(os.environ['TF_CPP_MIN_LOG_LEVEL'], os.environ['HF_HUB_DISABLE_PROGRESS_BARS'])"
    env = {"PATH": "", "TF_CPP_MIN_LOG_LEVEL": "0"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.split() == ["0", "1"]
