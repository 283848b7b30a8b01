"""Choosing where tensors live: CUDA, Apple MPS or CPU, for PyTorch and TensorFlow (lesson 02).

The rule is the one most course code uses, written once:

* PyTorch: CUDA if there is an NVIDIA GPU, else MPS on Apple silicon, else any other accelerator PyTorch
  reports (``torch.accelerator``), else CPU.
* TensorFlow: the first GPU it lists (CUDA, or Apple's GPU through tensorflow-metal), else CPU, with
  *memory growth* on, so TensorFlow does not reserve all GPU memory when PyTorch shares the card.
* ``COURSE_DEVICE`` (``cpu``, ``cuda``, ``cuda:1``, ``mps``, ``gpu`` or ``auto``) overrides the rule.
  If it names a device this machine lacks, the lesson still runs: it falls back to CPU with a
  :class:`~course_lib.errors.CourseWarning` that says so (a class demo should not die on a laptop).

The decision itself (:func:`choose_device`) is pure, so it is tested without a GPU.
"""

from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from .errors import CourseWarning, UnknownNameError, suggest

__all__ = [
    "DeviceChoice",
    "choose_device",
    "torch_accelerators",
    "torch_device",
    "tensorflow_device",
    "enable_tensorflow_memory_growth",
    "describe",
    "ENV_VAR",
]

ENV_VAR = "COURSE_DEVICE"
PREFERENCE = ("cuda", "mps", "xpu")  # first available wins; CPU is always the last resort
KNOWN_REQUESTS = ("auto", "cpu", "gpu", "cuda", "mps", "xpu")


@dataclass(frozen=True)
class DeviceChoice:
    """The device picked, why, and a warning if a request could not be honoured."""

    device: str  # a PyTorch-style name: "cpu", "cuda", "cuda:1", "mps", ...
    reason: str
    warning: str | None = None


def choose_device(requested: str | None, available: set[str]) -> DeviceChoice:
    """Pick a device from the kinds ``available`` (e.g. {"cuda"}) and an optional request.

    Pure logic, no framework needed: ``choose_device("cuda", set())`` falls back to CPU with a warning.
    """
    request = (requested or "auto").strip().lower()
    kind = request.split(":", 1)[0]
    if kind not in KNOWN_REQUESTS:
        hint = suggest(kind, KNOWN_REQUESTS)
        raise UnknownNameError(
            f"{ENV_VAR}={requested!r} is not a device name this course knows. "
            f"Use one of {', '.join(KNOWN_REQUESTS)}. {hint}".strip()
        )
    if kind == "cpu":
        return DeviceChoice("cpu", f"{ENV_VAR} asks for the CPU" if requested else "CPU requested")
    # The course's preference first; then any other accelerator PyTorch reports (torch.accelerator: "hpu", ...).
    best = next((k for k in PREFERENCE if k in available), None) or next(iter(sorted(available)), None)
    if kind == "auto":
        if best is None:
            return DeviceChoice("cpu", "no CUDA, MPS or other accelerator found")
        return DeviceChoice(best, f"{best.upper()} accelerator found")
    if kind == "gpu":
        if best is None:
            return DeviceChoice("cpu", "GPU requested but none found", _fallback_warning(request))
        return DeviceChoice(best, f"GPU requested: using {best.upper()}")
    if kind in available:
        return DeviceChoice(request, f"{kind.upper()} requested and available")
    return DeviceChoice("cpu", f"{kind.upper()} requested but not available", _fallback_warning(request))


def _fallback_warning(request: str) -> str:
    return (
        f"{ENV_VAR}={request!r}, but this machine has no such device, so the lesson runs on the CPU. "
        f"Unset {ENV_VAR} (or set it to 'auto') to silence this warning."
    )


def _requested(override: str | None) -> str | None:
    return override if override is not None else os.environ.get(ENV_VAR)


def torch_accelerators(torch: Any) -> set[str]:
    """The accelerator kinds PyTorch can use here, e.g. {"cuda"}; empty on a CPU-only machine."""
    kinds: set[str] = set()
    accelerator = getattr(torch, "accelerator", None)  # PyTorch >= 2.6: one API for every backend
    if accelerator is not None and accelerator.is_available():
        current = accelerator.current_accelerator()
        if current is not None:
            kinds.add(current.type)
    if torch.cuda.is_available():
        kinds.add("cuda")
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        kinds.add("mps")
    return kinds


def torch_device(override: str | None = None, *, torch: ModuleType | None = None) -> Any:
    """The best ``torch.device`` for this machine (or ``COURSE_DEVICE`` / ``override``)."""
    if torch is None:
        from .frameworks import import_torch

        torch = import_torch()
    choice = choose_device(_requested(override), torch_accelerators(torch))
    if choice.warning:
        warnings.warn(choice.warning, CourseWarning, stacklevel=2)
    return torch.device(choice.device)


def tensorflow_device(override: str | None = None, *, tf: ModuleType | None = None) -> str:
    """The TensorFlow device string to use with ``tf.device(...)``: "/GPU:0" or "/CPU:0"."""
    if tf is None:
        from .frameworks import import_tensorflow

        tf = import_tensorflow()
    gpus = tf.config.list_physical_devices("GPU")
    # TensorFlow calls every accelerator "GPU" (CUDA, or Apple's through tensorflow-metal).
    available = {"cuda", "mps"} if gpus else set()
    choice = choose_device(_requested(override), available)
    if choice.warning:
        warnings.warn(choice.warning, CourseWarning, stacklevel=2)
    if choice.device == "cpu":
        return "/CPU:0"
    index = choice.device.split(":", 1)[1] if ":" in choice.device else "0"
    return f"/GPU:{index}"


def enable_tensorflow_memory_growth(tf: Any) -> list[str]:
    """Ask TensorFlow to allocate GPU memory as needed instead of all at once; returns the GPU names.

    Must run before TensorFlow initialises a GPU (``import_tensorflow`` calls it right after import).
    """
    names = []
    for gpu in tf.config.list_physical_devices("GPU"):
        try:
            tf.config.experimental.set_memory_growth(gpu, True)
        except (RuntimeError, ValueError):  # GPU already initialised: growth can no longer change
            pass
        names.append(gpu.name)
    return names


def describe(*, tensorflow: bool | None = None) -> str:
    """A readable summary of the devices each framework will use (lessons 00 and 02).

    TensorFlow is described only if it is already imported (or ``tensorflow=True``): describing it
    should not cost a 600 MB import in a PyTorch-only lesson.
    """
    from .frameworks import import_tensorflow, import_torch

    torch = import_torch()
    kinds = torch_accelerators(torch)
    choice = choose_device(_requested(None), kinds)
    found = ", ".join(sorted(kinds)) if kinds else "none"
    lines = [f"PyTorch    -> {choice.device:<7} ({choice.reason}; accelerators found: {found})"]
    if tensorflow or (tensorflow is None and "tensorflow" in sys.modules):
        tf = import_tensorflow()
        gpus = tf.config.list_physical_devices("GPU")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CourseWarning)
            tf_device = tensorflow_device(tf=tf)
        lines.append(f"TensorFlow -> {tf_device:<7} ({len(gpus)} GPU(s) visible)")
    if choice.warning:
        lines.append(f"Note: {choice.warning}")
    return "\n".join(lines)
