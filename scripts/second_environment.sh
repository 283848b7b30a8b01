#!/usr/bin/env bash
# The second-environment pass of `make test`: the course as a learner installs it, on another supported
# Python and with the *default* PyTorch wheel from the package index (on Linux: the CUDA build, which
# brings Triton), not the build the main environment happens to have. It runs the unit tests that do not
# need the test-only tools, and the lessons that mix frameworks, under strict nbval.
#   bash scripts/second_environment.sh MAIN_PYTHON [NOTEBOOKS...]
# Skips (exit 0, with a message) where this machine has no other supported Python. The environment (several
# GB with the CUDA libraries) is kept in the user's cache folder, named by the Python version and a hash of
# the pin files, so every clone on the machine shares it and a pin change makes a new one; the course itself
# is installed into it (editable, without dependencies) from this checkout on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
main_python="$1"; shift
notebooks=("$@")
main_version=$("$main_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
others=()
for v in 3.12 3.13 3.11; do [ "$v" != "$main_version" ] && others+=("$v"); done
python=$(bash scripts/find_python.sh "${others[@]}") || {
  echo "Second-environment pass skipped: no Python ${others[*]} besides ${main_version} on this machine."
  exit 0
}
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
pins_hash=$(cat requirements.txt requirements-nodeps.txt | sha256sum | cut -c1-12)
home="${COURSE_SECOND_ENV_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/hf-pt-tf-course}"
venv="$home/venv-py$version-$pins_hash"
stamp="$venv/.course-installed"
log="$venv/pip-install.log"
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)
start=$(date +%s)
if [ ! -f "$stamp" ]; then
  echo "Second environment: Python $version with the default PyTorch wheel, in $venv (first time: several minutes)..."
  rm -rf "$venv"
  mkdir -p "$home"
  "$python" -m venv "$venv"
  { "${pip[@]}" -r requirements.txt && "${pip[@]}" --no-deps -r requirements-nodeps.txt; } > "$log" 2>&1 \
    || { grep -v "is ignored" "$log"; exit 1; }
  touch "$stamp"
fi
"${pip[@]}" --no-deps -e . >> "$log" 2>&1 || { grep -v "is ignored" "$log"; exit 1; }
# Two test files at once, as in the main environment (pytest-xdist at the version requirements-dev.txt pins;
# a no-op once installed).
"${pip[@]}" "$(grep -E '^pytest-xdist==' requirements-dev.txt | cut -d' ' -f1)" >> "$log" 2>&1 \
  || { grep -v "is ignored" "$log"; exit 1; }
"$venv/bin/python" - <<'PY'
import importlib.metadata as m, importlib.util, sys
torch = m.version("torch")
print(f"Second environment: Python {sys.version.split()[0]}, torch {torch}, "
      f"triton {'present' if importlib.util.find_spec('triton') else 'absent'}")
PY
echo "  set-up: $(( $(date +%s) - start )) s"
HF_HUB_OFFLINE=1 "$venv/bin/python" -m course_lib.convert > /dev/null
# Unit tests that need the test-only tools (a browser, repo2docker, JupyterHub's proxy) test the
# deployment, not the Python or the PyTorch build: the main pass runs them.
"$venv/bin/python" -m pytest tests "${notebooks[@]}" \
  --ignore=tests/test_browser.py --ignore=tests/test_binder.py --ignore=tests/test_jupyterhub.py \
  --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg --nbval-cell-timeout=300 -n 2 --dist loadfile
echo "  second environment, in all: $(( $(date +%s) - start )) s"
