"""One answer per platform question the lessons meet on a learner's machine (lessons 08b, 09b, 09c).

Each helper replaces a call that works on the course's Linux CI but not everywhere a learner runs it:

* :func:`bf16_native` - ``torch.cuda.is_bf16_supported()`` says True on pre-Ampere GPUs (T4, RTX 20xx) where
  bfloat16 is *emulated* and slow; this asks for native support (lesson 09c).
* :func:`cpp_compiler` / :func:`compile_backend` - ``torch.compile``'s default backend (Inductor) builds C++
  for the CPU, and Windows laptops without MSVC or Macs without the command-line tools have no compiler
  (lesson 09b; lesson 03 makes compiling opt-in for the same reason).
* :func:`peak_memory_gb` - ``resource.getrusage`` exists on Unix only (lesson 08b).
* :func:`loopback_interface` / :func:`gloo_environment` - gloo picks its network interface from the host
  name, which on some Macs and laptops resolves to an address no process listens on (lesson 09c).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from types import ModuleType

from .errors import CourseWarning

__all__ = ["bf16_native", "cpp_compiler", "compile_backend", "peak_memory_gb", "loopback_interface",
           "gloo_environment"]


def bf16_native(torch: ModuleType, device: str = "cpu") -> bool:
    """Whether ``device`` runs bfloat16 natively (not emulated): the question before choosing bf16 autocast.

    CUDA: compute capability 8.0+ (Ampere), asked without emulation; MPS: PyTorch supports it from macOS 14;
    CPU: PyTorch always runs it (its speed depends on AVX512_BF16/AMX, which lesson 09b measures).
    """
    kind = str(device).split(":", 1)[0]
    if kind == "cuda":
        return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported(including_emulation=False))
    if kind == "mps":
        return bool(torch.backends.mps.is_available())
    return kind == "cpu"


def cpp_compiler(platform: str | None = None, which=shutil.which) -> str | None:
    """The C++ compiler Inductor would use for CPU code, or None when this machine has none.

    ``$CXX`` first, then MSVC's ``cl`` on Windows, else ``g++``/``clang++``/``c++``. On macOS ``/usr/bin/clang++``
    exists even without the command-line tools (it only offers to install them), so ``xcode-select -p`` must
    succeed too.
    """
    platform = platform or sys.platform
    if os.environ.get("CXX") and which(os.environ["CXX"]):
        return which(os.environ["CXX"])
    names = ("cl",) if platform.startswith("win") else ("g++", "clang++", "c++")
    found = next((which(name) for name in names if which(name)), None)
    if found and platform == "darwin":
        tools = subprocess.run(["xcode-select", "-p"], capture_output=True, text=True)
        return found if tools.returncode == 0 else None
    return found


def compile_backend(device: str = "cpu", compiler: str | None | bool = False) -> str:
    """``torch.compile``'s backend for ``device``: "inductor" when it can build code here, else "eager" with a
    CourseWarning that says what to install (the lesson then runs, without the speed-up)."""
    if str(device).split(":", 1)[0] in ("cuda", "xpu"):
        return "inductor"  # GPU kernels are generated with Triton, which the GPU wheels bring
    compiler = cpp_compiler() if compiler is False else compiler
    if compiler:
        return "inductor"
    advice = {"win32": "Install Visual Studio's 'Desktop development with C++' workload, then restart Jupyter.",
              "darwin": "Run `xcode-select --install` in a terminal, then restart Jupyter."}.get(
        sys.platform, "Install a C++ compiler (Debian/Ubuntu: `sudo apt install g++`), then restart Jupyter.")
    warnings.warn("torch.compile's default backend (Inductor) needs a C++ compiler for CPU code, and this "
                  f"machine has none, so this lesson compiles with backend='eager' (no speed-up). {advice}",
                  CourseWarning, stacklevel=2)
    return "eager"


def peak_memory_gb() -> tuple[float, float]:
    """(this process, its finished children): peak resident memory in GB, on Unix and on Windows.

    Unix: ``resource.getrusage`` (``ru_maxrss`` is in KiB on Linux, in bytes on macOS). Windows has no
    ``resource``: psutil's peak working set of this process, and 0 for the children (Windows keeps no such
    total for finished ones).
    """
    try:
        import resource
    except ImportError:
        import psutil

        info = psutil.Process().memory_info()
        return getattr(info, "peak_wset", info.rss) / 1e9, 0.0
    unit = 1 if sys.platform == "darwin" else 1024
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit / 1e9,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * unit / 1e9)


def loopback_interface() -> str:
    """The name of the network interface that holds 127.0.0.1 ('lo' on Linux, 'lo0' on macOS)."""
    import psutil

    for name, addresses in psutil.net_if_addrs().items():
        if any(address.address == "127.0.0.1" for address in addresses):
            return name
    return "lo0" if sys.platform == "darwin" else "lo"


def gloo_environment(rank: int, world_size: int, port: int) -> dict[str, str]:
    """The variables of one ``torch.distributed`` rank on this machine, bound to the loopback interface."""
    return {"MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(port), "RANK": str(rank),
            "WORLD_SIZE": str(world_size), "GLOO_SOCKET_IFNAME": loopback_interface()}
