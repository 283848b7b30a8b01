# Two commands on a fresh machine:
#   make lab    set up .venv with the tested versions and open JupyterLab on lesson 00
#   make test   set up .venv and run every test (course_lib unit tests + every notebook under nbval)
# Helpers for contributors:
#   make execute   re-run every notebook top to bottom, in the test environment, and save it
#   make measure   wall time and peak memory of each notebook (scripts/measure_notebooks.py)
#   make bench     the performance targets (import time, lesson timings)
#   make bench-inference   lesson 09's full inference sweep (about 10 min) -> benchmarks/
#   make portability   every notebook again with one thread and no AVX (also part of `make test`)
#   make classroom-trial   a real JupyterHub on this machine, 3 learners running lesson 00 at once (jupyterhub/)
#   make second-env    the unit tests and lessons 00, 01, 07c on another Python with the default PyTorch wheel
#   make canary        every notebook with the newest releases of the frameworks (needs the package index)
# Python 3.11, 3.12 or 3.13 elsewhere than on the PATH:  make lab PYTHON=/path/to/python3.12
# Setup also converts SmolLM2-135M-Instruct's GGUF once (python -m course_lib.convert: about 30 s and
# 1.2 GB the first time, a hash check afterwards) into the user's data folder, or $COURSE_MODELS_DIR.

# The first supported Python on the PATH (3.11 is the one the stored outputs were made with; 3.12 and 3.13
# are tested by the second-environment pass of `make test`), or PYTHON=/path/to/python.
PYTHON ?= $(or $(shell bash scripts/find_python.sh 3.11 3.12 3.13),python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.course-installed
DEVSTAMP := $(VENV)/.course-dev-installed
SHELL  := /bin/bash
# pip's output goes to a log, shown only if the install fails.
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
PIPLOG := $(VENV)/pip-install.log
# Optional: TORCH_INDEX=https://download.pytorch.org/whl/cpu for the CPU-only PyTorch build on Linux.
TORCH_INDEX ?=
EXTRA_INDEX := $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX))

NBVAL  := --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg --nbval-cell-timeout=300

.PHONY: lab test unit notebooks portability execute measure bench bench-inference setup models browser clean classroom-trial second-env canary

setup: $(STAMP) models

$(STAMP): requirements.txt requirements-nodeps.txt pyproject.toml
	@test -x $(BIN)/python || { bash scripts/check_python.sh "$(PYTHON)" && $(PYTHON) -m venv $(VENV); } \
		|| { echo "Could not create $(VENV) (on Debian/Ubuntu: install the python3.X-venv package)."; rm -rf $(VENV); exit 1; }
	@echo "Installing the course's tested versions into $(VENV) (first time: a few minutes)..."
	@$(PIP) $(EXTRA_INDEX) -r requirements.txt > $(PIPLOG) 2>&1 || { grep -v "is ignored" $(PIPLOG); exit 1; }
	@$(PIP) --no-deps -r requirements-nodeps.txt >> $(PIPLOG) 2>&1 || { grep -v "is ignored" $(PIPLOG); exit 1; }
	@$(PIP) --no-deps -e . >> $(PIPLOG) 2>&1 || { grep -v "is ignored" $(PIPLOG); exit 1; }
	@$(BIN)/python -c "import course_lib, torch, tensorflow, transformers, keras_hub" 2>/dev/null \
		|| { echo "The install did not complete: see the pip messages above."; exit 1; }
	@touch $(STAMP)

# The GGUF models, converted once after the installs (idempotent: an intact copy is only hash-checked).
models: $(STAMP)
	@HF_HUB_OFFLINE=1 $(BIN)/python -m course_lib.convert

# Test-only tools (Playwright, repo2docker): for `make test` and `make unit`, not for `make lab`.
$(DEVSTAMP): $(STAMP) requirements-dev.txt
	@echo "Installing the test tools (requirements-dev.txt)..."
	@$(PIP) $(EXTRA_INDEX) -r requirements-dev.txt >> $(PIPLOG) 2>&1 || { grep -v "is ignored" $(PIPLOG); exit 1; }
	@touch $(DEVSTAMP)

# JupyterHub's proxy for the classroom trial (tests/test_jupyterhub.py), pinned in jupyterhub/package.json.
HUBPROXY := jupyterhub/node_modules/.bin/configurable-http-proxy
$(HUBPROXY): jupyterhub/package.json jupyterhub/package-lock.json
	@npm ci --prefix jupyterhub --no-audit --no-fund --loglevel=error > /dev/null \
		|| { echo "Could not install configurable-http-proxy with npm (Node.js 20 or later is needed)."; exit 1; }
	@touch $(HUBPROXY)

# Debian's Chromium for tests/test_browser.py: a no-op once installed; fatal only under CI.
browser:
	@bash scripts/install_browser.sh || [ "$${CI:-}" != "true" ]

lab: setup
	$(BIN)/jupyter lab notebooks/00_start_here.ipynb

# The unit tests (two test files at once: most of their time is spent waiting on subprocesses, a browser,
# a hub), then three passes over the notebooks: every notebook as a learner's kernel runs it (one at a time,
# with every core: lesson 09a times code), then every notebook again on another CPU code path (one thread,
# no AVX): stored outputs must not depend on the machine; and, beside it, the second environment (another
# Python, the default PyTorch wheel). The portable pass runs one thread per notebook, so two notebooks run at
# once (pytest-xdist; a notebook's cells stay together on one worker: --dist loadfile).
PARALLEL := -n 2 --dist loadfile
PORTABLE := --portable-cpu $(PARALLEL)
test: setup $(DEVSTAMP) browser $(HUBPROXY)
	$(BIN)/python -m pytest tests $(PARALLEL) --durations=10
	$(BIN)/python -m pytest notebooks $(NBVAL) --durations=5
	$(BIN)/python -m pytest notebooks $(NBVAL) $(PORTABLE)
	bash scripts/second_environment.sh $(BIN)/python $(SECOND_ENV_NOTEBOOKS)

# The second-environment pass alone (also part of `make test`): another supported Python, the default
# PyTorch wheel (with Triton on Linux), the unit tests and the lessons that mix frameworks.
SECOND_ENV_NOTEBOOKS := notebooks/00_start_here.ipynb notebooks/01_landscape.ipynb notebooks/07c_sentiment_in_tensorflow.ipynb
second-env: setup
	bash scripts/second_environment.sh $(BIN)/python $(SECOND_ENV_NOTEBOOKS)

unit: setup $(DEVSTAMP) browser $(HUBPROXY)
	$(BIN)/python -m pytest tests $(PARALLEL)

notebooks: setup
	$(BIN)/python -m pytest notebooks $(NBVAL)

# Before committing a notebook: does it still pass on a CPU unlike yours? (no git hook needed)
portability: setup $(DEVSTAMP)
	$(BIN)/python -m pytest notebooks $(NBVAL) $(PORTABLE)

execute: setup
	$(BIN)/python scripts/execute_notebooks.py $(NB)

measure: setup
	$(BIN)/python scripts/measure_notebooks.py $(NB)

classroom-trial: setup $(HUBPROXY)
	HF_HUB_OFFLINE=1 $(BIN)/python scripts/classroom_trial.py

bench: setup
	$(BIN)/python scripts/benchmark.py

# The next releases: every notebook with the newest torch, tensorflow, keras, keras-hub, transformers,
# tokenizers, huggingface-hub, datasets and onnxruntime -> benchmarks/canary.md (needs the package index).
canary:
	bash scripts/canary.sh "$(PYTHON)"

bench-inference: setup
	HF_HUB_OFFLINE=1 $(BIN)/python scripts/benchmark_inference.py

clean:
	rm -rf $(VENV) .venv-3.1[123] .venv-canary
