"""Shared by every unit test: each test records exercise and quiz progress in its own file.

`make test` runs the unit tests and the notebooks in one pytest session, and the notebooks' kernels read
the session's progress file (lesson 00's course map shows it). A unit test that checks a right answer
would otherwise leave a "done" mark there and change a stored output.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def separate_progress_file(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_PROGRESS_FILE", str(tmp_path / "progress.json"))
