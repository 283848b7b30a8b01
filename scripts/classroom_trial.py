"""A small class on this machine: a real JupyterHub, learners pulling the course and running lesson 00 at once.

    python scripts/classroom_trial.py [--learners 3] [--write]

JupyterHub starts from jupyterhub/trial_config.py (the single-server configuration with a test sign-in
and local processes), on 127.0.0.1 only, behind the real configurable-http-proxy (jupyterhub/package.json,
installed by `npm ci --prefix jupyterhub`). Through the Hub's REST API it creates the learners (the first
one in the "instructors" group), starts their servers, pulls the course into each home with nbgitpuller
(this checkout's committed HEAD, published to a local bare repository), and runs every code cell of
lesson 00 in each learner's kernel through the server's kernel API, all learners at the same time.
It records, per learner, the time to
the server, to the first result and to the end of the lesson, and the peak memory of the learner's
server with its kernel; and the Hub's own memory. Then it kills one kernel the way the out-of-memory
killer does and checks that Jupyter restarts it and that the lesson's first cell runs again. Everything
is stopped at the end, whatever happened.

tests/test_jupyterhub.py runs it (`make test`); ``--write`` records the numbers in
benchmarks/classroom_trial.json, from which jupyterhub/sizing.py derives the README's sizing table.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

import nbformat
import psutil
import requests
import websocket

REPO = Path(__file__).resolve().parent.parent
HUB_DIR = REPO / "jupyterhub"
PROXY = HUB_DIR / "node_modules" / ".bin" / "configurable-http-proxy"
LESSON = "notebooks/00_start_here.ipynb"
RESULTS = REPO / "benchmarks" / "classroom_trial.json"
CELL_TIMEOUT = 300  # seconds for one cell, as nbval's
TRIAL_TIMEOUT = 600  # seconds for the whole class: a bound, so a stuck trial cannot stall `make test`

sys.path.insert(0, str(HUB_DIR))
sys.path.insert(0, str(REPO))
import nbgitpuller_link  # noqa: E402  (jupyterhub/nbgitpuller_link.py)
from scripts.measure_notebooks import PeakMemory  # noqa: E402  (a process tree's peak, sampled in a thread)


class TrialError(RuntimeError):
    """Something in the trial went wrong; the message says what and where."""


@dataclass
class Learner:
    """One learner's run: what they saw and what it cost."""

    name: str
    mode: str = ""  # "learner" or "instructor": what lesson 00's header said
    server_s: float = 0.0  # from asking for a server to the server being ready
    first_result_s: float = 0.0  # from asking for a server to lesson 00's first cell answering
    lesson_s: float = 0.0  # running every code cell of lesson 00, from the first to the last
    server_gb: float = 0.0  # the learner's Jupyter server alone, before a kernel starts
    peak_gb: float = 0.0  # the server with its kernel, at the peak
    cells: int = 0
    errors: list[str] = field(default_factory=list)  # error outputs and unexpected stderr
    memory_line: str = ""  # the memory line lesson 00 printed (the spawner announces MEM_LIMIT)


def free_port_block(size: int = 3) -> int:
    """A port p such that p .. p+size-1 are free on 127.0.0.1 (Hub, Hub API, proxy API)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + size > 65535:
            continue
        try:
            for offset in range(size):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", base + offset))
        except OSError:
            continue
        return base
    raise TrialError("no block of free ports on 127.0.0.1")


class Hub:
    """A JupyterHub process from jupyterhub/trial_config.py, driven through its REST API."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port_block()
        self.token = secrets.token_hex(32)
        self.url = f"http://127.0.0.1:{self.port}"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"token {self.token}"
        self.process: subprocess.Popen | None = None
        self.log = folder / "jupyterhub.log"

    def start(self, env: dict[str, str]) -> None:
        if not PROXY.exists():
            raise TrialError(f"configurable-http-proxy is not installed: run `npm ci --prefix jupyterhub` "
                             f"(or `make test`, which does it). Looked for {PROXY}.")
        env = {**env, "CLASSROOM_TRIAL_DIR": str(self.folder), "CLASSROOM_TRIAL_PORT": str(self.port),
               "CLASSROOM_TRIAL_TOKEN": self.token}
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", str(HUB_DIR / "trial_config.py")],
                cwd=self.folder, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise TrialError(f"JupyterHub exited with {self.process.returncode}:\n{self.tail()}")
            try:
                if self.session.get(f"{self.url}/hub/api/", timeout=2).ok:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        raise TrialError(f"JupyterHub did not answer within 90 s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:]) if self.log.exists() else ""

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        response = self.session.request(method, f"{self.url}/hub/api{path}", timeout=30, **kwargs)
        if not response.ok:
            raise TrialError(f"{method} /hub/api{path}: {response.status_code} {response.text[:300]}")
        return response

    def start_server(self, name: str) -> str:
        """Ask for ``name``'s server and wait until it is ready; return its URL prefix."""
        self.api("POST", f"/users/{name}/server")
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            server = self.api("GET", f"/users/{name}").json()["servers"].get("", {})
            if server.get("ready"):
                return f"{self.url}{server['url']}"
            time.sleep(0.25)
        raise TrialError(f"{name}'s server was not ready within 180 s:\n{self.tail()}")

    def server_process(self, name: str) -> psutil.Process:
        """The learner's Jupyter server: a child of the Hub whose environment names the user."""
        for child in psutil.Process(self.process.pid).children(recursive=True):
            try:
                if child.environ().get("JUPYTERHUB_USER") == name and "singleuser" in " ".join(child.cmdline()):
                    return child
            except psutil.Error:
                continue
        raise TrialError(f"no Jupyter server process found for {name}")

    def stop(self) -> None:
        """Stop the Hub (which stops the servers and the proxy), then anything left of its process group."""
        if self.process is None:
            return
        processes = []
        try:
            processes = [psutil.Process(self.process.pid), *psutil.Process(self.process.pid).children(recursive=True)]
        except psutil.Error:
            pass
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
        for process in processes:
            try:
                process.kill()
            except psutil.Error:
                pass
        psutil.wait_procs(processes, timeout=10)


class Kernel:
    """A kernel of a learner's server, started the way JupyterLab does (a session for the notebook)."""

    def __init__(self, server_url: str, token: str, notebook_path: str):
        self.server_url, self.token = server_url.rstrip("/"), token
        headers = {"Authorization": f"token {token}"}
        response = requests.post(f"{self.server_url}/api/sessions", headers=headers, timeout=60, json={
            "path": notebook_path, "type": "notebook", "name": Path(notebook_path).name,
            "kernel": {"name": "python3"}})
        if not response.ok:
            raise TrialError(f"starting a kernel: {response.status_code} {response.text[:300]}")
        self.id = response.json()["kernel"]["id"]
        ws_url = self.server_url.replace("http://", "ws://") + f"/api/kernels/{self.id}/channels"
        self.ws = websocket.create_connection(ws_url, header=[f"Authorization: token {token}"], timeout=CELL_TIMEOUT)
        self.session = uuid.uuid4().hex
        self.states: list[str] = []  # every execution_state the kernel reported

    def _receive(self) -> dict:
        frame = self.ws.recv()
        if isinstance(frame, bytes):
            from jupyter_server.services.kernels.connection.base import deserialize_binary_message

            return deserialize_binary_message(frame)
        return json.loads(frame)

    def execute(self, code: str) -> tuple[list[dict], dict]:
        """Run ``code``; return (its outputs as nbformat-like dicts, the execute_reply content)."""
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "trial", "session": self.session,
                       "date": datetime.datetime.now(datetime.timezone.utc).isoformat(), "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        outputs, reply, idle = [], None, False
        while reply is None or not idle:
            message = self._receive()
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "execute_reply":
                reply = content
            elif kind == "status":
                self.states.append(content["execution_state"])
                idle = content["execution_state"] == "idle"
            elif kind in ("stream", "display_data", "execute_result", "error"):
                outputs.append({"output_type": kind, **content})
        return outputs, reply

    def wait_for_restart(self, timeout: float = 60) -> list[str]:
        """After the kernel's process was killed: the states Jupyter reported until the kernel was back."""
        seen = []
        deadline = time.monotonic() + timeout
        self.ws.settimeout(5)
        while time.monotonic() < deadline:
            try:
                message = self._receive()
            except websocket.WebSocketTimeoutException:
                continue
            if message.get("msg_type") == "status":
                seen.append(message["content"]["execution_state"])
                if "restarting" in seen and seen[-1] in ("idle", "starting"):
                    break
        self.ws.settimeout(CELL_TIMEOUT)
        return seen

    def process(self, server: psutil.Process) -> psutil.Process:
        for child in server.children(recursive=True):
            try:
                if self.id in " ".join(child.cmdline()):
                    return child
            except psutil.Error:
                continue
        raise TrialError(f"kernel {self.id} has no process under the server")

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001  (closing is best effort)
            pass


def output_text(output: dict) -> str:
    if output["output_type"] == "stream":
        return output["text"]
    if output["output_type"] == "error":
        return f"{output['ename']}: {output['evalue']}"
    return output.get("data", {}).get("text/plain", "")


def pull_course(server_url: str, token: str, repository: str, branch: str) -> None:
    """nbgitpuller's own API: clone (or update) the course into the learner's home, as a link would."""
    query = nbgitpuller_link.git_pull_path(repository, branch).split("?", 1)[1]
    response = requests.get(f"{server_url.rstrip('/')}/git-pull/api?{query}",
                            headers={"Authorization": f"token {token}"}, timeout=180, stream=True)
    phases = []
    for line in response.iter_lines(decode_unicode=True):
        if line and line.startswith("data: "):
            event = json.loads(line[len("data: "):])
            phases.append(event.get("phase"))
            if event.get("phase") == "error":
                raise TrialError(f"nbgitpuller: {event.get('message')}\n{event.get('output', '')}")
    if "finished" not in phases:
        raise TrialError(f"nbgitpuller did not finish (phases: {phases}, HTTP {response.status_code})")


def run_learner(hub: Hub, learner: Learner, servers: dict[str, psutil.Process], code_cells: list[tuple[str, bool]],
                repository: str, branch: str) -> None:
    """One learner's session: server, course pulled, lesson 00 run cell by cell (in a thread of its own)."""
    start = time.monotonic()
    server_url = hub.start_server(learner.name)
    learner.server_s = time.monotonic() - start
    server = hub.server_process(learner.name)
    learner.server_gb = server.memory_info().rss / 1e9  # no kernel yet: the server alone
    servers[learner.name] = server
    with PeakMemory(server.pid, interval=0.1) as memory:
        pull_course(server_url, hub.token, repository, branch)
        run_lesson(server_url, hub.token, learner, code_cells, start)
    learner.peak_gb = memory.peak / 1e9


def run_lesson(server_url: str, token: str, learner: Learner, code_cells: list[tuple[str, bool]],
               start: float) -> None:
    """Lesson 00 in a new kernel of the learner's server, cell by cell, recording what the learner would see."""
    kernel = Kernel(server_url, token, f"{nbgitpuller_link.COURSE_FOLDER}/{LESSON}")
    try:
        first_cell_start = None
        for index, (code, may_raise) in enumerate(code_cells):
            cell_start = time.monotonic()
            first_cell_start = first_cell_start or cell_start
            outputs, reply = kernel.execute(code)
            if index == 0:
                learner.first_result_s = time.monotonic() - start
                header = "".join(output_text(o) for o in outputs)
                learner.mode = "instructor" if "Instructor mode" in header else "learner"
                learner.memory_line = next((line for line in header.splitlines() if line.startswith("Memory:")), "")
            learner.cells += 1
            for output in outputs:
                if output["output_type"] == "error" and not may_raise:
                    learner.errors.append(f"cell {index}: {output_text(output)}")
                if output["output_type"] == "stream" and output["name"] == "stderr":
                    learner.errors.append(f"cell {index} (stderr): {output['text'][:300]}")
            if reply["status"] != "ok" and not may_raise:
                learner.errors.append(f"cell {index}: {reply['status']}")
        learner.lesson_s = time.monotonic() - first_cell_start
    finally:
        kernel.close()


def kill_and_recover(hub: Hub, name: str, first_cell: str) -> dict:
    """Kill a learner's kernel as the out-of-memory killer would (SIGKILL) and watch Jupyter recover."""
    server_url = hub.api("GET", f"/users/{name}").json()["servers"][""]["url"]
    kernel = Kernel(f"{hub.url}{server_url}", hub.token, f"{nbgitpuller_link.COURSE_FOLDER}/{LESSON}")
    try:
        kernel.execute("x = 1")
        kernel.process(hub.server_process(name)).send_signal(signal.SIGKILL)
        states = kernel.wait_for_restart()
        lost, _ = kernel.execute("print('x' in dir())")  # the variables went with the old process
        header, reply = kernel.execute(first_cell)
        return {"states": states, "variables_lost": "False" in "".join(map(output_text, lost)),
                "first_cell_ok": reply["status"] == "ok",
                "header": "".join(output_text(o) for o in header)}
    finally:
        kernel.close()


def lesson_cells() -> list[tuple[str, bool]]:
    """Lesson 00's code cells as (source, may raise): cells tagged raises-exception teach an error."""
    notebook = nbformat.read(REPO / LESSON, as_version=4)
    return [(cell.source, "raises-exception" in cell.metadata.get("tags", []))
            for cell in notebook.cells if cell.cell_type == "code"]


def publish_head(folder: Path) -> str:
    """This checkout's committed HEAD as branch "main" of a bare repository in ``folder`` (detached or not);
    return its file:// URL, the course's "GitHub" for the trial."""
    bare = folder / "course.git"
    for command in (["git", "init", "--quiet", "--bare", str(bare)],
                    ["git", "-C", str(REPO), "push", "--quiet", str(bare), "HEAD:refs/heads/main"]):
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise TrialError(f"{' '.join(command)}: {result.stderr.strip()}")
    return bare.as_uri()


def run_trial(learners: int = 3) -> dict:
    """The whole trial; returns its record (see --write). Raises TrialError with the Hub's log on failure."""
    from course_lib import models

    names = [f"learner-{i + 1}" for i in range(learners)]
    cells = lesson_cells()
    branch = "main"
    with tempfile.TemporaryDirectory(prefix="classroom-trial-") as folder:
        repository = publish_head(Path(folder))
        hub = Hub(Path(folder))
        env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "JPY_"))}
        env.update(COURSE_REPOSITORY=repository, COURSE_BRANCH=branch,
                   COURSE_MODELS_DIR=str(models.models_home()),
                   PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]))
        servers: dict[str, psutil.Process] = {}
        started = time.monotonic()
        try:
            hub.start(env)
            culler = hub.api("GET", "/services/idle-culler").json()  # a managed service: the Hub started it
            culler_running = bool(culler.get("pid")) and psutil.pid_exists(culler["pid"])
            hub.api("POST", "/users", json={"usernames": names})
            hub.api("POST", "/groups/instructors/users", json={"users": names[:1]})
            records = [Learner(name) for name in names]
            failures: list[str] = []

            def run(learner: Learner) -> None:
                try:
                    run_learner(hub, learner, servers, cells, repository, branch)
                except Exception as error:  # noqa: BLE001  (reported with the learner's name below)
                    failures.append(f"{learner.name}: {type(error).__name__}: {error}")

            threads = [threading.Thread(target=run, args=(learner,), daemon=True) for learner in records]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=max(1.0, TRIAL_TIMEOUT - (time.monotonic() - started)))
            if any(thread.is_alive() for thread in threads):
                failures.append(f"the class did not finish within {TRIAL_TIMEOUT} s")
            if failures:
                raise TrialError("\n".join(failures) + f"\n--- JupyterHub's log (end) ---\n{hub.tail()}")
            hub_processes = [psutil.Process(hub.process.pid)]
            learner_pids = {p.pid for process in servers.values()
                            for p in [process, *process.children(recursive=True)]}
            hub_processes += [p for p in hub_processes[0].children(recursive=True) if p.pid not in learner_pids]
            hub_gb = sum(p.memory_info().rss for p in hub_processes if p.is_running()) / 1e9
            recovery = kill_and_recover(hub, names[-1], cells[0][0])
        finally:
            hub.stop()
    return {
        "learners": [asdict(learner) for learner in records],
        "hub_gb": round(hub_gb, 3),
        "recovery": recovery,
        "culler_running": culler_running,
        "lesson": LESSON,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB",
        "measured": datetime.date.today().isoformat(),
    }


def summary(record: dict) -> str:
    lines = [f"{'learner':<11} {'mode':<10} {'server':>7} {'1st result':>10} {'lesson':>7} {'server GB':>9} "
             f"{'peak GB':>8}"]
    for learner in record["learners"]:
        lines.append(f"{learner['name']:<11} {learner['mode']:<10} {learner['server_s']:6.1f}s "
                     f"{learner['first_result_s']:9.1f}s {learner['lesson_s']:6.1f}s {learner['server_gb']:9.2f} "
                     f"{learner['peak_gb']:8.2f}")
    lines.append(f"JupyterHub, proxy and culler: {record['hub_gb']:.2f} GB")
    lines.append(f"kernel killed: Jupyter reported {' -> '.join(record['recovery']['states'])}; "
                 f"variables lost: {record['recovery']['variables_lost']}; first cell ran again: "
                 f"{record['recovery']['first_cell_ok']}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=3)
    parser.add_argument("--write", action="store_true", help=f"record the results in {RESULTS.relative_to(REPO)}")
    args = parser.parse_args(argv)
    record = run_trial(args.learners)
    print(summary(record))
    if args.write:
        RESULTS.write_text(json.dumps(record, indent=1) + "\n")
        print(f"recorded in {RESULTS.relative_to(REPO)}")
    problems = [error for learner in record["learners"] for error in learner["errors"]]
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
