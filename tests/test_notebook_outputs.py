"""Stored notebook outputs show nothing that depends on the machine (CONTRIBUTING.md, "Portable outputs").

The stored outputs are what strict nbval compares a learner's run with, so a digit that changes with the
CPU, the thread count or a library build makes `make test` fail on someone else's machine. This scan
catches the usual forms of such a digit in every output that nbval compares (cells tagged
`nbval-ignore-output` are not compared, so they are not scanned):

* a number in scientific notation at or below 1e-5 (``3.0e-08``): float32 rounding noise, typically a
  maximum difference. Print the outcome instead (``within 1e-5: True``) and assert the tolerance.
* a decimal with five or more significant digits (``9.4707``, ``-10.595``): past float32's reliable
  digits once a few operations have run. Round to 3-4 significant digits, or coarser for results of
  many steps (training losses).
* a path on this machine (the checkout, the home folder, site-packages).
* a version with a wheel's build tag (``2.13.0+cpu``, ``2.13.0+cu130``): the CPU-only and the default
  PyTorch wheels differ there, and learners get either. ``course.versions()`` reports the version without it.

The portability pass (`make portability`) is the end-to-end check; this scan names the cell and the
number even when today's machines happen to agree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scripts import notebook_env

NOISE_LEVEL = re.compile(r"(?<![\w.])\d(?:\.\d+)?e-(?:0[5-9]|[1-9]\d)\b", re.IGNORECASE)
DECIMAL = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")
MACHINE_PATH = re.compile(r"/home/|/root/|/Users/|site-packages|/tmp/|" + re.escape(str(notebook_env.REPO)))
BUILD_TAG = re.compile(r"\b\d+\.\d+(?:\.\d+)*\+[A-Za-z]+[\w.]*")
MAX_SIGNIFICANT_DIGITS = 4
COMPARED_KINDS = ("text/plain", "text/html", "text/markdown")


def significant_digits(decimal: str) -> int:
    digits = decimal.replace(".", "").lstrip("0")
    return len(digits)


def compared_texts(notebook: dict):
    """(cell index, text) for every output nbval compares."""
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code" or "nbval-ignore-output" in cell.get("metadata", {}).get("tags", []):
            continue
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                yield index, "".join(output["text"])
            for kind in COMPARED_KINDS:
                if kind in output.get("data", {}):
                    yield index, "".join(output["data"][kind])


def machine_dependent_numbers(text: str) -> list[str]:
    found = NOISE_LEVEL.findall(text)
    found += [d for d in DECIMAL.findall(text) if significant_digits(d) > MAX_SIGNIFICANT_DIGITS]
    found += BUILD_TAG.findall(text)
    return found


def test_the_scan_finds_what_it_is_for():
    assert machine_dependent_numbers("largest difference 3.0e-08") == ["3.0e-08"]
    assert machine_dependent_numbers("loss 9.4707 | gradient [-10.595  3.53]") == ["9.4707", "10.595"]
    assert machine_dependent_numbers("agree within 1e-5: True, probability 0.9025, torch 2.13.0, 1.5e-03") == []
    assert machine_dependent_numbers("torch 2.13.0+cpu, torch 2.13.0+cu130, a 1+b") == ["2.13.0+cpu", "2.13.0+cu130"]


@pytest.mark.parametrize("path", notebook_env.notebook_paths(), ids=lambda p: p.name)
def test_stored_outputs_are_machine_independent(path: Path):
    notebook = json.loads(path.read_text())
    problems = []
    for index, text in compared_texts(notebook):
        numbers = machine_dependent_numbers(text)
        if numbers:
            problems.append(f"cell {index}: {', '.join(numbers[:5])}")
        path_match = MACHINE_PATH.search(text)
        if path_match:
            problems.append(f"cell {index}: a machine path ({path_match.group(0)})")
    assert not problems, (
        f"{path.name} stores outputs that depend on the machine (see CONTRIBUTING.md, 'Portable outputs'):\n  "
        + "\n  ".join(problems)
    )


RANDOM_ON_DEVICE = re.compile(r"torch\.(?:randn|rand|randint|randperm|normal|bernoulli)\([^)]*\bdevice\s*=")


def test_the_device_scan_finds_random_tensors_made_on_a_device():
    assert RANDOM_ON_DEVICE.search("x = torch.randn(3, 4, device=pt_device)")
    assert not RANDOM_ON_DEVICE.search("x = torch.randn(3, 4).to(pt_device)")


@pytest.mark.parametrize("path", notebook_env.notebook_paths(), ids=lambda p: p.name)
def test_random_tensors_are_drawn_on_the_cpu(path: Path):
    # Each device has its own random generator: torch.randn(..., device="cuda") gives other numbers than
    # the CPU for the same seed, so a stored output made from it would fail on a GPU machine.
    notebook = json.loads(path.read_text())
    found = [f"cell {i}: {m.group(0)}" for i, cell in enumerate(notebook["cells"]) if cell["cell_type"] == "code"
             for m in RANDOM_ON_DEVICE.finditer("".join(cell["source"]))]
    assert not found, f"{path.name}: draw on the CPU, then .to(device) (CONTRIBUTING.md, 'Devices'):\n  " + "\n  ".join(found)
