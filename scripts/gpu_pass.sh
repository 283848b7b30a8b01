#!/usr/bin/env bash
# The GPU pass: set the course up on a CUDA machine and run every notebook under strict nbval there, with the
# lessons' own device choices (course.torch_device() -> cuda), bounded in time; a short report at the end.
#   bash scripts/gpu_pass.sh [REPORT_DIR]          (default: artifacts/gpu; GPU_PASS_SECONDS=480 by default)
# It answers the questions the CPU machines cannot: does every pipeline, Trainer and comparison keep its
# devices straight (no device-mismatch error), and do the PyTorch-vs-TensorFlow checks hold with TF32 off?
# Set-up uses the default PyTorch wheel (CUDA); the course's models are converted as on any machine.
set -uo pipefail
cd "$(dirname "$0")/.."
report_dir="${1:-artifacts/gpu}"
mkdir -p "$report_dir"
if ! nvidia-smi -L > "$report_dir/gpu.txt" 2>&1; then
  echo "No NVIDIA GPU answers nvidia-smi here: the GPU pass needs one." | tee "$report_dir/gpu_pass.md"
  exit 1
fi
start=$(date +%s)
make -s setup > "$report_dir/setup.log" 2>&1 || { tail -30 "$report_dir/setup.log"; exit 1; }
echo "set-up: $(( $(date +%s) - start )) s"
.venv/bin/python -c "import torch; assert torch.cuda.is_available(), 'PyTorch sees no GPU'; print('PyTorch on', torch.cuda.get_device_name(0))"
timeout "${GPU_PASS_SECONDS:-480}" .venv/bin/python -m pytest notebooks --nbval \
  --nbval-sanitize-with tests/nbval_sanitize.cfg --nbval-cell-timeout=300 -p no:cacheprovider -q \
  --junitxml="$report_dir/gpu_pass.xml" > "$report_dir/gpu_pass.log" 2>&1
status=$?
.venv/bin/python - "$report_dir" "$status" <<'PY'
import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

folder, status = Path(sys.argv[1]), int(sys.argv[2])
lines = ["# GPU pass", "", (folder / "gpu.txt").read_text().strip(), ""]
if status == 124:
    lines.append("**Stopped at its time limit** (GPU_PASS_SECONDS): the notebooks after the last one below did not run.")
results = defaultdict(lambda: [0, 0, ""])
xml_file = folder / "gpu_pass.xml"
if xml_file.exists():
    for case in ElementTree.parse(xml_file).iter("testcase"):
        notebook = case.get("classname", "?").removeprefix("notebooks.")
        failure = case.find("failure") if case.find("failure") is not None else case.find("error")
        results[notebook][0 if failure is None else 1] += 1
        if failure is not None and not results[notebook][2]:
            results[notebook][2] = f"{case.get('name')}: {(failure.get('message') or '').splitlines()[0][:160]}"
lines += ["| notebook | cells passed | cells failed | first failure |", "|---|---|---|---|"]
lines += [f"| {name} | {ok} | {bad} | {first} |" for name, (ok, bad, first) in sorted(results.items())]
(folder / "gpu_pass.md").write_text("\n".join(lines) + "\n")
print("\n".join(lines))
PY
exit $status
