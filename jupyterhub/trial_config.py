# The classroom trial: jupyterhub_config.py (and so course_hub_config.py) on this machine, loopback only,
# with two swaps that need no root and no systemd: JupyterHub's test sign-in (DummyAuthenticator) and
# learners' servers as local processes (SimpleLocalProcessSpawner: NOT isolated, for tests only).
# scripts/classroom_trial.py starts it with the variables below; `make classroom-trial` runs it so an
# instructor can watch a small class on a laptop before the real one.
#
#     CLASSROOM_TRIAL_DIR   a fresh folder: the Hub's database and cookie secret, the learners' homes
#     CLASSROOM_TRIAL_PORT  the Hub's public port on 127.0.0.1 (the API port is the next one)
#     CLASSROOM_TRIAL_TOKEN the API token of the "trial" service that drives the Hub

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
for variable, value in (("COURSE_LEARNER_PASSWORD", "unused-in-the-trial"),
                        ("COURSE_INSTRUCTOR_PASSWORD", "unused-in-the-trial-" + "x" * 20)):
    os.environ.setdefault(variable, value)  # jupyterhub_config.py insists; the trial signs in otherwise
load_subconfig(str(HERE / "jupyterhub_config.py"))  # noqa: F821
c = get_config()  # noqa: F821

trial = Path(os.environ["CLASSROOM_TRIAL_DIR"])
port = int(os.environ["CLASSROOM_TRIAL_PORT"])

c.JupyterHub.authenticator_class = "dummy"
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(trial / "home" / "{username}")
c.Spawner.mem_limit = c.SystemdSpawner.mem_limit  # not enforced by local processes, but announced (MEM_LIMIT)
c.Spawner.cpu_limit = c.SystemdSpawner.cpu_limit
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.env_keep.append("COURSE_MODELS_DIR")  # the models this machine converted (set-up)
if os.geteuid() == 0:  # a container or CI runner as root: local processes run as root too
    c.Spawner.args.append("--allow-root")

c.JupyterHub.bind_url = f"http://127.0.0.1:{port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = port + 1
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{port + 2}"
c.JupyterHub.db_url = f"sqlite:///{trial / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(trial / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(trial / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True
c.ConfigurableHTTPProxy.pid_file = str(trial / "proxy.pid")

c.JupyterHub.services.append({"name": "trial", "api_token": os.environ["CLASSROOM_TRIAL_TOKEN"]})
c.JupyterHub.load_roles.append({
    "name": "trial",
    "scopes": ["admin:users", "admin:servers", "access:servers", "groups", "list:users", "read:users",
               "read:services"],
    "services": ["trial"],
})
