# The course's settings for any JupyterHub. Loaded by jupyterhub_config.py (one server), mounted into the
# hub's jupyterhub_config.d by Zero to JupyterHub (values.yaml, `helm --set-file`), and by the classroom
# trial (scripts/classroom_trial.py). Authentication, the spawner and the limits are each route's own;
# everything here is the same on every route.
#
# - Instructor mode: members of the "instructors" group, and the Hub's admins, get COURSE_MODE=instructor
#   (solutions revealed, timing plans shown); everyone else is a learner.
# - Offline first: HF_HUB_OFFLINE=1, as in the course's tests; the image or environment holds every model.
# - The course reaches each home through nbgitpuller: with COURSE_REPOSITORY set in the hub's environment
#   (the course's git URL, your fork's if you changed lessons), every server starts by pulling it into
#   ~/hf-pt-tf-course (a first clone, then updates that keep the learner's edits) and opens lesson 00.
#   jupyterhub/links.py prints the same pull as a link to share.
# - CPU: each learner's server has a CPU limit (cpu_limit) on a host with many cores. The thread variables of
#   PyTorch, TensorFlow, OpenMP, MKL and OpenBLAS are set to it (rounded up), so their pools do not take turns
#   on one core's worth of time; course_lib reads the quota too (course_lib/cpus.py, THREAD_VARIABLES).
# - An idle kernel holds its memory (about 1.5 GB for the heaviest lessons): it is shut down after
#   KERNEL_IDLE_MINUTES, even with its tab open. The notebook file stays; re-running it from the top
#   brings the lesson back. Idle servers are stopped by jupyterhub-idle-culler, set up by each route.

import math
import os
from urllib.parse import urlencode

c = get_config()  # noqa: F821  (JupyterHub provides get_config when it loads this file)

INSTRUCTORS_GROUP = "instructors"
KERNEL_IDLE_MINUTES = 30
COURSE_FOLDER = "hf-pt-tf-course"
FIRST_LESSON = "notebooks/00_start_here.ipynb"


def git_pull_path(repository: str, branch: str = "main", notebook: str = FIRST_LESSON) -> str:
    """The single-user server path that pulls the course with nbgitpuller and then opens ``notebook``."""
    query = urlencode({"repo": repository, "branch": branch, "targetpath": COURSE_FOLDER,
                       "urlpath": f"lab/tree/{COURSE_FOLDER}/{notebook}"})
    return f"/git-pull?{query}"


def course_mode(spawner) -> str:
    """COURSE_MODE for a user's server: "instructor" for the instructors group and admins, else "learner"."""
    groups = {group.name for group in spawner.user.groups}
    return "instructor" if INSTRUCTORS_GROUP in groups or spawner.user.admin else "learner"


# The same names as course_lib.cpus.THREAD_VARIABLES (tests/test_jupyterhub.py checks it)
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                    "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS")


def thread_environment(spawner) -> None:
    """pre_spawn_hook: every thread variable set to the server's CPU limit, rounded up (none without a limit)."""
    if spawner.cpu_limit:
        threads = str(max(1, math.ceil(spawner.cpu_limit)))
        spawner.environment = {**{name: threads for name in THREAD_VARIABLES}, **spawner.environment}


c.Spawner.pre_spawn_hook = thread_environment
c.JupyterHub.load_groups = {INSTRUCTORS_GROUP: {"users": []}}  # created empty: add instructors on the admin page
c.Spawner.environment.update({"COURSE_MODE": course_mode, "HF_HUB_OFFLINE": "1"})
c.Spawner.args.extend([
    f"--MappingKernelManager.cull_idle_timeout={KERNEL_IDLE_MINUTES * 60}",
    "--MappingKernelManager.cull_interval=120",
    "--MappingKernelManager.cull_connected=True",
])
if os.environ.get("COURSE_REPOSITORY"):
    c.Spawner.default_url = git_pull_path(os.environ["COURSE_REPOSITORY"], os.environ.get("COURSE_BRANCH", "main"))
else:
    c.Spawner.default_url = "/lab"
