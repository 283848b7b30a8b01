"""Lessons in JupyterLab, in a real browser, run the way an instructor runs them in front of a class.

JupyterLab (from the course environment) serves a temporary copy of the notebooks on 127.0.0.1 with a
random token; Debian's Chromium, driven by Playwright, opens lesson 00, runs every cell from the Run
menu, waits for the kernel to go idle, then checks: no error or stderr output, the quiz widget rendered,
and clicking an answer shows its feedback. Then lesson 01, which imports TensorFlow and KerasHub: in
JupyterLab (unlike under nbval) TensorFlow's C++ log lines would reach the notebook as stderr, so the
same no-stderr check proves course_lib silences them at the source. Screenshots go to artifacts/browser/.

Needs /usr/bin/chromium (`bash scripts/install_browser.sh`, which `make test` runs) and Playwright
(requirements-dev.txt). Playwright never downloads a browser here: it drives the system Chromium.
Skipped when either is missing, except under CI (CI=true), where that is a failure.
The whole test is bounded (BUDGET_S); the server, its kernels and the browser are always stopped.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from scripts import notebook_env  # noqa: E402
from scripts.measure_notebooks import PeakMemory  # noqa: E402

LESSON = "notebooks/00_start_here.ipynb"
SERVED = ("notebooks", "data")  # what is copied next to each other into the served folder (if present)
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts" / "browser"
BUDGET_S = 240.0  # the whole test: server start, page load, run all, quiz
SERVER_START_S = 60.0
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
CHROMIUM_ARGS = [
    "--no-sandbox",  # root in a container
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    # Loopback only: every host name but 127.0.0.1 fails to resolve inside this browser.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
# JupyterLab user settings for a test run: every cell in the page (no virtual scrolling), no news toast.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False,
    },
}

pytestmark = pytest.mark.slow


class Deadline:
    """The test's time budget; every wait takes the time left (in ms, for Playwright)."""

    def __init__(self, seconds: float):
        self.start = time.monotonic()
        self.end = self.start + seconds

    def left_s(self, what: str) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            pytest.fail(f"Time budget of {BUDGET_S:.0f} s used up before: {what}")
        return left

    def left_ms(self, what: str) -> float:
        return self.left_s(what) * 1000


def _missing_tools() -> list[str]:
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"Debian's Chromium at {CHROMIUM} (install: bash scripts/install_browser.sh)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("Playwright for Python (install: pip install -r requirements-dev.txt)")
    return missing


@pytest.fixture(scope="module")
def tools():
    missing = _missing_tools()
    if missing:
        message = "browser test needs " + "; ".join(missing)
        if IN_CI:
            pytest.fail(message + " (CI=true: not skipped)")
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Path:
    """A copy of the notebooks (JupyterLab may autosave it; the repository's files are never touched)."""
    root = tmp_path_factory.mktemp("lab-root")
    for name in SERVED:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    # The stored outputs stay; the stored execution counts go, so that a numbered prompt in the page can
    # only come from this run (with them, the page looks "finished" before Run All has started).
    for path in (root / "notebooks").glob("*.ipynb"):
        notebook = json.loads(path.read_text())
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                cell["execution_count"] = None
                for output in cell.get("outputs", []):
                    if "execution_count" in output:
                        output["execution_count"] = None
        path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n")
    return root


@pytest.fixture(scope="module")
def lab(tools, served, tmp_path_factory):
    """JupyterLab on 127.0.0.1 with a random token, in the notebook test environment; always stopped."""
    home = tmp_path_factory.mktemp("lab-home")
    settings = home / "settings"
    for relative, values in LAB_SETTINGS.items():
        (settings / relative).parent.mkdir(parents=True, exist_ok=True)
        (settings / relative).write_text(json.dumps(values))
    env = notebook_env.apply(dict(os.environ))
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),  # no personal jupyter config leaks in
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
        IPYTHONDIR=str(home / "ipython"),
        PYTHONUNBUFFERED="1",
    )
    token, port = secrets.token_hex(16), _free_port()
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={served}", f"--IdentityProvider.token={token}",
        "--ServerApp.terminals_enabled=False",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")  # CI and this course's dev machines run as root
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / "jupyterlab.log"
    log = log_path.open("w")
    # Own process group: stopping it stops the server and every kernel it started.
    process = subprocess.Popen(command, cwd=served, env=env, stdout=log, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    try:
        _wait_for_server(process, f"{base}/api/status?token={token}", log_path)
        server_start_s = time.monotonic() - started
        # Server + kernels: what Binder's 2 GB per user counts.
        with PeakMemory(process.pid, interval=0.2) as memory:
            yield {"base": base, "token": token, "root": served, "log": log_path, "memory": memory,
                   "start_s": server_start_s}
    finally:
        _stop(process)
        log.close()


def _wait_for_server(process: subprocess.Popen, url: str, log_path: Path) -> None:
    end = time.monotonic() + SERVER_START_S
    while time.monotonic() < end:
        if process.poll() is not None:
            pytest.fail(f"JupyterLab exited with code {process.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    pytest.fail(f"JupyterLab did not answer within {SERVER_START_S:.0f} s:\n{log_path.read_text()[-3000:]}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)  # the server shuts its kernels down on SIGTERM
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # anything left in the group (a stuck kernel)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tools):
    from playwright.sync_api import sync_playwright

    manager = sync_playwright().start()
    try:
        chromium = manager.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
                                           timeout=60_000)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        manager.stop()


# --------------------------------------------------------------------------------------------------
# Reading the page


# Code cells that are not empty, with what their prompt shows ("[3]:", "[*]:", "[ ]:").
PROMPTS_JS = """() => Array.from(document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell'))
  .filter(cell => (cell.querySelector('.cm-content')?.textContent || '').trim() !== '')
  .map(cell => (cell.querySelector('.jp-InputArea-prompt')?.textContent || '').trim())"""
# Error tracebacks and stderr streams are both rendered with this MIME type in JupyterLab.
STDERR_JS = """() => Array.from(document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
  .map(node => node.textContent.slice(0, 2000))"""
STATUS_SELECTOR = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator"


DEAD = {"dead", "restarting", "autorestarting"}  # a kernel that died (over its memory, say) restarts


def _session_kernel(lab, lesson: str) -> dict:
    """The server's view of the lesson's kernel (execution_state, connections), {} before it exists."""
    url = f"{lab['base']}/api/sessions?token={lab['token']}"
    with urllib.request.urlopen(url, timeout=5) as response:
        sessions = json.load(response)
    for session in sessions:
        if session.get("path") == lesson and session.get("kernel"):
            return session["kernel"]
    return {}


def _kernel_ready(page, lab, lesson: str) -> bool:
    """The page shows the kernel idle *and* the server has it started, idle, with the page connected.
    The page's indicator alone says "idle" before the kernel exists; Run All clicked then can be lost."""
    if _kernel_status(page) != "idle":
        return False
    kernel = _session_kernel(lab, lesson)
    return kernel.get("execution_state") == "idle" and kernel.get("connections", 0) >= 1


def _kernel_status(page) -> str:
    status = page.locator(STATUS_SELECTOR).first.get_attribute("data-status") or "unknown"
    if status in DEAD:
        raise AssertionError(f"the kernel died (status {status!r}); see {ARTIFACTS.name}/jupyterlab.log")
    return status


def _wait_until(predicate, what: str, deadline: Deadline, poll_s: float = 0.5, stable: int = 2) -> None:
    """Poll ``predicate`` until it holds ``stable`` times in a row (a busy kernel can flash idle)."""
    hits = 0
    while True:
        deadline.left_s(what)
        hits = hits + 1 if predicate() else 0
        if hits >= stable:
            return
        time.sleep(poll_s)


def _shot(page, name: str) -> Path:
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=False)
    return path


def _check_saved(path: Path) -> None:
    """The notebook as JupyterLab saved it: every code cell ran, no error output, no stderr output."""
    for _ in range(20):  # the file may be caught mid-write
        try:
            cells = json.loads(path.read_text())["cells"]
            break
        except (json.JSONDecodeError, KeyError):
            time.sleep(0.25)
    else:
        pytest.fail(f"the saved notebook {path} cannot be read")
    for index, cell in enumerate(cells):
        if cell["cell_type"] != "code" or not "".join(cell["source"]).strip():
            continue
        assert cell.get("execution_count"), f"saved notebook: code cell {index} did not run"
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", (
                f"saved notebook: code cell {index} raised {output.get('ename')}: {output.get('evalue')}")
            assert not (output["output_type"] == "stream" and output.get("name") == "stderr"), (
                f"saved notebook: code cell {index} wrote to stderr: {''.join(output['text'])[:1000]}")


def _open_and_run_all(page, lab, lesson: str, label: str, deadline: Deadline):
    """Open ``lesson`` in JupyterLab, run every cell from the Run menu, wait until all ran and the kernel
    is idle, then check the page: no error or stderr output, every cell numbered. Returns the times
    (launched, kernel ready, Run All clicked, idle) and the prompts."""
    # A workspace of its own: JupyterLab would otherwise reopen the previous test's notebook beside this
    # one, and Run All could go to that tab.
    url = f"{lab['base']}/lab/workspaces/{label}/tree/{lesson}?token={lab['token']}"
    launched = time.monotonic()
    page.goto(url, wait_until="domcontentloaded", timeout=deadline.left_ms("opening JupyterLab"))
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").first.wait_for(
        state="visible", timeout=deadline.left_ms(f"{lesson} to appear"))
    _wait_until(lambda: _kernel_ready(page, lab, lesson), "the kernel to start and connect", deadline)
    kernel_ready = time.monotonic()
    _shot(page, f"01-{label}-opened.png")

    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click(
        timeout=deadline.left_ms("opening the Run menu"))
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click(
        timeout=deadline.left_ms("clicking Run All Cells"))
    run_clicked = time.monotonic()

    def finished() -> bool:
        # Run All marks every cell [*] at once; a cell loses its star when it has run, or when the
        # run stops (an error, a kernel restart). Done: no star left and the kernel idle.
        # The first cell numbered shows the run did start in this notebook (the served copy has no
        # stored execution counts).
        prompts = page.evaluate(PROMPTS_JS)
        started = bool(prompts) and re.fullmatch(r"\[\d+\]:", prompts[0]) is not None
        return started and _kernel_status(page) == "idle" and not any("*" in p for p in prompts)

    _wait_until(finished, "every cell to run and the kernel to be idle", deadline)
    idle = time.monotonic()
    _shot(page, f"02-{label}-ran.png")

    prompts = page.evaluate(PROMPTS_JS)
    errors = page.evaluate(STDERR_JS)
    assert not errors, f"error or stderr output in {lesson} (screenshot 02-{label}-ran.png):\n\n" + "\n---\n".join(errors)
    not_run = [i for i, p in enumerate(prompts) if not re.fullmatch(r"\[\d+\]:", p)]
    assert not not_run, (
        f"the run stopped early: code cells {not_run} (0-based, non-empty code cells) did not run: {prompts}. "
        f"Did the kernel die or restart? See {ARTIFACTS.relative_to(REPO)}/jupyterlab.log and 02-{label}-ran.png")
    return launched, kernel_ready, run_clicked, idle, prompts


# --------------------------------------------------------------------------------------------------
# The test


def test_lesson_00_runs_in_jupyterlab(lab, browser, served, capsys, record_property):
    deadline = Deadline(BUDGET_S)
    notebook = served / LESSON
    assert notebook.is_file(), f"{LESSON} is missing from the repository"

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []  # requests that tried to leave 127.0.0.1 (blocked)
    context.route(re.compile(r"^(?!(https?|wss?)://127\.0\.0\.1[:/])[a-z]+://"),
                  lambda route: (outside.append(route.request.url), route.abort()))
    page = context.new_page()
    console_errors: list[str] = []
    page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: console_errors.append(f"page error: {error}"))
    current = "opening lesson 00"
    try:
        # 1-2. Open the lesson (its kernel starts), Run > Run All Cells, wait; no error, no stderr.
        launched, kernel_ready, run_clicked, idle, prompts = _open_and_run_all(page, lab, LESSON, "lesson-00",
                                                                               deadline)

        # 3. The quiz widget rendered; clicking an answer shows its feedback.
        current = "using the quiz widget"
        quiz = page.locator(".course-quiz").first
        quiz.wait_for(state="visible", timeout=deadline.left_ms("the quiz widget to render"))
        choices = quiz.locator(".course-quiz-choice")
        assert choices.count() >= 3, f"the quiz shows {choices.count()} choice buttons"
        feedback = quiz.locator(".course-quiz-feedback").first
        assert feedback.inner_text().strip() == "", "feedback shown before any answer"
        quiz.scroll_into_view_if_needed(timeout=deadline.left_ms("scrolling to the quiz"))
        _shot(page, "03-quiz.png")
        first_choice = choices.first
        first_choice.click(timeout=deadline.left_ms("clicking a quiz answer"))
        page.wait_for_function(
            "el => el.textContent.trim().length > 0", arg=feedback.element_handle(),
            timeout=deadline.left_ms("the quiz feedback"))
        feedback_text = feedback.inner_text().strip()
        assert re.match(r"^(✅|❌)", feedback_text), f"unexpected feedback: {feedback_text!r}"
        feedback.scroll_into_view_if_needed()
        _shot(page, "04-quiz-feedback.png")

        current = "saving the notebook and checking the saved outputs"
        # 4. File > Save Notebook (the served copy), then check the saved outputs too.
        before = notebook.stat().st_mtime_ns
        page.locator(".lm-MenuBar-item", has_text=re.compile(r"^File$")).click(
            timeout=deadline.left_ms("opening the File menu"))
        page.locator('.lm-Menu-item[data-command="docmanager:save"]').click(
            timeout=deadline.left_ms("clicking Save Notebook"))
        _wait_until(lambda: notebook.stat().st_mtime_ns != before, "the notebook to be saved", deadline,
                    poll_s=0.25, stable=1)
        _check_saved(notebook)

        # 5. Nothing tried to leave the machine.
        assert not outside, f"the page tried to reach other hosts: {outside[:5]}"
    except BaseException as error:  # pytest.fail raises a BaseException
        try:
            _shot(page, "99-failed.png")
        except Exception:  # the page itself may be gone
            pass
        if not isinstance(error, Exception) or isinstance(error, AssertionError):
            raise
        pytest.fail(f"browser test failed while {current}: {type(error).__name__}: {error}\n"
                    f"(screenshot {ARTIFACTS.relative_to(REPO)}/99-failed.png, server log jupyterlab.log)")
    finally:
        context.close()

    timings = {
        "server_start_s": round(lab["start_s"], 1),
        "launch_to_kernel_idle_s": round(kernel_ready - launched, 1),
        "run_all_to_idle_s": round(idle - run_clicked, 1),
        "launch_to_idle_after_run_all_s": round(idle - launched, 1),
        "peak_memory_server_and_kernel_gb": round(lab["memory"].peak / 1e9, 2),
        "code_cells": len(prompts),
        "quiz_feedback": feedback_text[:200],
        "console_errors": console_errors[:20],
    }
    (ARTIFACTS / "timings.json").write_text(json.dumps(timings, indent=2, ensure_ascii=False) + "\n")
    for key in ("launch_to_kernel_idle_s", "run_all_to_idle_s", "launch_to_idle_after_run_all_s"):
        record_property(key, timings[key])
    with capsys.disabled():  # shown in CI logs without -s
        print(f"\n[browser] lesson 00 in JupyterLab: server up in {timings['server_start_s']} s; "
              f"opened -> kernel idle {timings['launch_to_kernel_idle_s']} s; Run All -> idle {timings['run_all_to_idle_s']} s; launch -> idle after Run All "
              f"{timings['launch_to_idle_after_run_all_s']} s ({len(prompts)} code cells); peak memory of "
              f"server + kernel {timings['peak_memory_server_and_kernel_gb']} GB; "
              f"screenshots in {ARTIFACTS.relative_to(REPO)}/")


LESSON_WITH_TENSORFLOW = "notebooks/01_landscape.ipynb"


def test_tensorflow_lesson_prints_no_log_lines_in_jupyterlab(lab, browser, served):
    """JupyterLab's kernel forwards TensorFlow's C++ log lines into the notebook (nbval's does not):
    lesson 01 imports TensorFlow and KerasHub and loads a model into Keras; no line may reach stderr."""
    deadline = Deadline(BUDGET_S)
    assert (served / LESSON_WITH_TENSORFLOW).is_file(), f"{LESSON_WITH_TENSORFLOW} is missing"
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route(re.compile(r"^(?!(https?|wss?)://127\.0\.0\.1[:/])[a-z]+://"), lambda route: route.abort())
    page = context.new_page()
    try:
        *_, prompts = _open_and_run_all(page, lab, LESSON_WITH_TENSORFLOW, "lesson-01", deadline)
        assert len(prompts) >= 20, f"lesson 01 shows only {len(prompts)} code cells"
    except BaseException:
        try:
            _shot(page, "99-lesson-01-failed.png")
        except Exception:  # the page itself may be gone
            pass
        raise
    finally:
        context.close()
