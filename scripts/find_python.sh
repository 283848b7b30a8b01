#!/usr/bin/env bash
# Print the first Python interpreter that really runs as one of the versions given (in that order), e.g.
#   scripts/find_python.sh 3.11 3.12 3.13     -> the course's Python for .venv (Makefile's PYTHON)
#   scripts/find_python.sh 3.12 3.13          -> another supported Python for the second-environment pass
# Looks for pythonX.Y on the PATH (a pyenv shim that is not active fails to run, so each is run, not only
# found), then pyenv's and uv's installs. Prints nothing and exits 1 when none runs.
set -u
for want in "$@"; do
  candidates=("python$want")
  for dir in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$want".*/bin; do candidates+=("$dir/python$want"); done
  if command -v uv >/dev/null 2>&1; then
    found=$(uv python find "$want" 2>/dev/null) && candidates+=("$found")
  fi
  for candidate in "${candidates[@]}"; do
    path=$(command -v "$candidate" 2>/dev/null) || continue
    got=$("$path" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
    if [ "$got" = "$want" ]; then
      echo "$path"
      exit 0
    fi
  done
done
exit 1
