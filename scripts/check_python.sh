#!/usr/bin/env bash
# Used by the Makefile before it creates .venv: is "$1" (default python3.11) a Python 3.11?
# If not, say what the course needs and the shortest ways to get it, and exit 1.
set -u
python="${1:-python3.11}"
tested="3.11"

how_to_get_it() {
  cat <<EOT

The course is tested with Python ${tested} (PyTorch 2.13, TensorFlow 2.21 and the pinned packages).
Shortest ways to get it, then run the same make command again:
  - uv (any Linux or macOS):  uv python install ${tested}
                              make lab PYTHON="\$(uv python find ${tested})"
  - conda / mamba:            conda env create -f environment.yml
                              conda activate hf-pt-tf-course && jupyter lab
  - macOS with Homebrew:      brew install python@${tested}
  - Ubuntu 24.04 / Debian:    a python${tested} package (for example from the deadsnakes PPA on Ubuntu),
                              with python${tested}-venv
Already have Python ${tested} somewhere else?  make lab PYTHON=/path/to/python${tested}
EOT
}

if ! command -v "$python" >/dev/null 2>&1; then
  echo "Python ${tested} was not found: there is no '${python}' on this machine's PATH." >&2
  how_to_get_it >&2
  exit 1
fi

version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || {
  echo "'${python}' could not be run as a Python interpreter." >&2
  how_to_get_it >&2
  exit 1
}

if [ "$version" != "$tested" ]; then
  echo "'${python}' is Python ${version}, but the course needs Python ${tested}." >&2
  how_to_get_it >&2
  exit 1
fi
