#!/usr/bin/env bash
# `make canary`: will the course survive the next releases? A throw-away environment (.venv-canary) with the
# NEWEST releases of the packages below and the course's pins for everything else; every notebook executed
# in it; a report in benchmarks/canary.md (each lesson passes or fails, with its first error).
# Needs the package index; not part of `make test`. Run it, read the report, commit it.
#   bash scripts/canary.sh PYTHON
# PyTorch comes as learners get it, the default wheel from the package index; CANARY_TORCH_INDEX (for example
# https://download.pytorch.org/whl/cpu) takes it from another index instead. A machine-wide pip constraint
# (a cap on torch, say) is lifted for this environment only (PIP_CONSTRAINT=/dev/null; an empty value is ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
python="$1"
packages=(torch tensorflow keras keras-hub transformers tokenizers huggingface-hub datasets onnxruntime)
torch_index="${CANARY_TORCH_INDEX:-}"
venv=.venv-canary
rm -rf "$venv"
"$python" -m venv "$venv"
pinned_rest=$(mktemp)
pattern="^($(IFS='|'; echo "${packages[*]}"))=="
grep -v -i -E "$pattern" requirements.txt > "$pinned_rest"
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)
echo "Canary: installing the newest ${packages[*]} with the other pins (a few minutes)..."
install_log="$venv/pip-install.log"
# torch alone from its CPU-only index first (an extra index would be asked about every package, slowly)
if [ -n "$torch_index" ] && ! PIP_CONSTRAINT=/dev/null "${pip[@]}" --index-url "$torch_index" --upgrade torch > "$install_log" 2>&1; then
  "$venv/bin/python" scripts/canary.py --install-failed "$install_log" --packages "${packages[@]}"
  exit 1
fi
if ! PIP_CONSTRAINT=/dev/null "${pip[@]}" --upgrade -r "$pinned_rest" "${packages[@]}" >> "$install_log" 2>&1; then
  "$venv/bin/python" scripts/canary.py --install-failed "$install_log" --packages "${packages[@]}"
  exit 1
fi
"${pip[@]}" --no-deps -r requirements-nodeps.txt >> "$install_log" 2>&1
"${pip[@]}" --no-deps -e . >> "$install_log" 2>&1
HF_HUB_OFFLINE=1 "$venv/bin/python" -m course_lib.convert > /dev/null
"$venv/bin/python" scripts/canary.py --packages "${packages[@]}"
