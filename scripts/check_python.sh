#!/usr/bin/env bash
# Used by the Makefile before it creates a virtual environment: is "$1" a Python the course supports
# (3.11, 3.12 or 3.13)? If not, say what the course needs and the shortest ways to get it, and exit 1.
# The list must match requires-python in pyproject.toml (tests/test_setup_python.py checks it).
set -u
python="${1:-python3}"
supported="3.11 3.12 3.13"

how_to_get_it() {
  cat <<EOT

The course runs on Python 3.11, 3.12 or 3.13 (PyTorch 2.13, TensorFlow 2.21 and the pinned packages
have wheels for each).
Shortest ways to get one, then run the same make command again:
  - uv (any Linux or macOS):  uv python install 3.12
                              make lab PYTHON="\$(uv python find 3.12)"
  - conda / mamba:            conda env create -f environment.yml
                              conda activate hf-pt-tf-course && jupyter lab
  - macOS with Homebrew:      brew install python@3.13
  - Ubuntu 24.04 / Debian 13: sudo apt install python3.12-venv (Ubuntu 24.04's python3 is 3.12)
Already have one somewhere else?  make lab PYTHON=/path/to/python3.12
EOT
}

if ! command -v "$python" >/dev/null 2>&1; then
  echo "No supported Python was found: there is no '${python}' on this machine's PATH." >&2
  how_to_get_it >&2
  exit 1
fi

version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || {
  echo "'${python}' could not be run as a Python interpreter." >&2
  how_to_get_it >&2
  exit 1
}

for ok in $supported; do
  [ "$version" = "$ok" ] && exit 0
done
echo "'${python}' is Python ${version}, but the course needs Python 3.11, 3.12 or 3.13." >&2
how_to_get_it >&2
exit 1
