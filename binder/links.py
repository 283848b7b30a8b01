"""The course's launch links (Binder, Colab), built from one constant: the GitHub repository.

    python binder/links.py     # prints the README's badges and the Colab install line

REPOSITORY is a placeholder until the course's public GitHub address is known: change it here, run
this script, and paste its output into the README. tests/test_binder.py checks that the README's links
are exactly these.
"""

from __future__ import annotations

REPOSITORY = "OWNER/REPO"  # placeholder: "<github owner>/<repository name>" of the public course repo
BRANCH = "main"
FIRST_LESSON = "notebooks/00_start_here.ipynb"

BINDER_BADGE = "https://mybinder.org/badge_logo.svg"
COLAB_BADGE = "https://colab.research.google.com/assets/colab-badge.svg"


def binder_url(notebook: str = FIRST_LESSON) -> str:
    """mybinder.org launch link that opens ``notebook`` in JupyterLab."""
    return f"https://mybinder.org/v2/gh/{REPOSITORY}/HEAD?urlpath=lab/tree/{notebook}"


def colab_url(notebook: str = FIRST_LESSON) -> str:
    """Google Colab link that opens ``notebook`` from GitHub."""
    return f"https://colab.research.google.com/github/{REPOSITORY}/blob/{BRANCH}/{notebook}"


def colab_install_command() -> str:
    """The line a learner runs first in Colab: course_lib from the repository, with the course's pins.

    course_lib's dependencies are requirements.txt (pyproject.toml reads it), so this one line installs
    the tested versions too. Colab's Python (3.12 in 2026) is one the course supports (3.11-3.13).
    """
    return f'!pip install -q "git+https://github.com/{REPOSITORY}@{BRANCH}"'


def badges_markdown() -> str:
    return (
        f"[![Launch lesson 00 on Binder]({BINDER_BADGE})]({binder_url()})\n"
        f"[![Open lesson 00 in Colab]({COLAB_BADGE})]({colab_url()})"
    )


if __name__ == "__main__":
    print(badges_markdown())
    print()
    print("Colab, first cell:")
    print(colab_install_command())
