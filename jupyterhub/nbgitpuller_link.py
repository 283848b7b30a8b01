"""The link that gives learners the course on a JupyterHub, and keeps it up to date (nbgitpuller).

    python jupyterhub/nbgitpuller_link.py https://hub.example.org [--repository URL] [--branch main]
        [--notebook notebooks/05_hugging_face_essentials.ipynb]

Share the printed link (or put it in your course page). Opening it signs the learner in, starts their
server, and nbgitpuller clones the course into ~/hf-pt-tf-course the first time; every later click pulls
your new commits and keeps the learner's own edits (a file the learner changed wins over the upstream
change; a file the learner deleted comes back). The path is the one course_hub_config.py gives servers
as their default URL, read from that file, so the two cannot drift apart.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

from traitlets.config import Config

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "binder"))
import links as binder_links  # noqa: E402  (binder/links.py: the course's public repository)

_settings = runpy.run_path(str(HERE / "course_hub_config.py"), init_globals={"get_config": Config})
git_pull_path = _settings["git_pull_path"]
COURSE_FOLDER: str = _settings["COURSE_FOLDER"]
FIRST_LESSON: str = _settings["FIRST_LESSON"]
DEFAULT_REPOSITORY = f"https://github.com/{binder_links.REPOSITORY}"


def nbgitpuller_link(hub_url: str, repository: str = DEFAULT_REPOSITORY, branch: str = binder_links.BRANCH,
                     notebook: str = FIRST_LESSON) -> str:
    """The shareable link: the Hub's user-redirect (sign in, start the server) to nbgitpuller's pull."""
    if not hub_url.startswith(("https://", "http://")):
        raise SystemExit(f"{hub_url!r} is not a Hub address: give it as https://your-hub.example.org")
    return f"{hub_url.rstrip('/')}/hub/user-redirect{git_pull_path(repository, branch, notebook)}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("hub_url")
    parser.add_argument("--repository", default=DEFAULT_REPOSITORY, help="the course's git URL (your fork's)")
    parser.add_argument("--branch", default=binder_links.BRANCH)
    parser.add_argument("--notebook", default=FIRST_LESSON, help="the notebook to open after the pull")
    args = parser.parse_args(argv)
    print(nbgitpuller_link(args.hub_url, args.repository, args.branch, args.notebook))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
