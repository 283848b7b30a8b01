# A class on one server: plain JupyterHub running from the course's own environment (.venv, made by
# `make setup`: the tested pins, Python 3.11), each learner's server a systemd unit with a memory and CPU
# limit (SystemdSpawner, dynamic users: no system accounts to create). jupyterhub/README.md has the
# steps; the limits come from the course's measurements (python jupyterhub/sizing.py).
#
#     sudo COURSE_LEARNER_PASSWORD=... COURSE_INSTRUCTOR_PASSWORD=... COURSE_REPOSITORY=https://... \
#         .venv/bin/jupyterhub -f jupyterhub/jupyterhub_config.py
#
# jupyterhub/trial_config.py loads this file and swaps in a test sign-in and local processes, so the
# classroom trial (scripts/classroom_trial.py, run by `make test`) runs everything else here for real.

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
load_subconfig(str(HERE / "course_hub_config.py"))  # noqa: F821  (JupyterHub provides load_subconfig)
c = get_config()  # noqa: F821

# Per learner, from jupyterhub/sizing.py: the heaviest lesson's measured peak plus the learner's Jupyter
# server, rounded up. One core each keeps one learner's lesson from slowing down everyone else's.
MEMORY_LIMIT = "2G"
CPU_LIMIT = 1.0
SERVER_IDLE_MINUTES = 60  # a server nobody has used for an hour is stopped (its files stay)

# Sign-in: one password for the class, a longer one for instructors (who become the Hub's admins, and
# so get instructor mode). Learners pick their own user name at first sign-in. For accounts from your
# institution use an OAuthenticator or LTI instead (jupyterhub/README.md).
c.JupyterHub.authenticator_class = "shared-password"
for variable, trait, minimum in (("COURSE_LEARNER_PASSWORD", "user_password", 8),
                                 ("COURSE_INSTRUCTOR_PASSWORD", "admin_password", 32)):
    value = os.environ.get(variable, "")
    if len(value) < minimum:
        raise SystemExit(f"Set {variable} (at least {minimum} characters) in the hub's environment: "
                         "see jupyterhub/README.md, 'One server'.")
    setattr(c.SharedPasswordAuthenticator, trait, value)
c.Authenticator.allow_all = True  # anyone with the class password

# Each learner's server: a systemd unit from this same environment, capped in memory and CPU.
c.JupyterHub.spawner_class = "systemd"
c.SystemdSpawner.dynamic_users = True  # a throw-away system user per learner, home in /var/lib/<name>
c.SystemdSpawner.mem_limit = MEMORY_LIMIT
c.SystemdSpawner.cpu_limit = CPU_LIMIT
c.SystemdSpawner.isolate_tmp = True
c.SystemdSpawner.disable_user_sudo = True
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]  # the course's environment, not the PATH's
c.SystemdSpawner.extra_paths = [str(Path(sys.executable).parent)]

# The proxy: the course pins configurable-http-proxy in jupyterhub/package.json (npm ci --prefix jupyterhub).
proxy = HERE / "node_modules" / ".bin" / "configurable-http-proxy"
if proxy.exists():
    c.ConfigurableHTTPProxy.command = [str(proxy)]

# Stop idle servers, freeing their memory for others.
c.JupyterHub.services = [{
    "name": "idle-culler",
    "command": [sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={SERVER_IDLE_MINUTES * 60}"],
}]
c.JupyterHub.load_roles = [{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}]
