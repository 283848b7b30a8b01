"""course_lib.platforms: one answer per platform question (bf16, a C++ compiler, Unix-only calls, gloo)."""

from __future__ import annotations

import builtins
import socket
import subprocess
import sys
import types

import pytest

from course_lib import platforms
from course_lib.errors import CourseWarning


def fake_torch(cuda: bool, native_bf16: bool, mps: bool = False):
    def is_bf16_supported(including_emulation: bool = True) -> bool:
        return native_bf16 or including_emulation     # a T4: emulated only

    cuda_module = types.SimpleNamespace(is_available=lambda: cuda, is_bf16_supported=is_bf16_supported)
    return types.SimpleNamespace(cuda=cuda_module, backends=types.SimpleNamespace(mps=types.SimpleNamespace(is_available=lambda: mps)))


def test_bf16_native_does_not_count_emulation():
    assert platforms.bf16_native(fake_torch(cuda=True, native_bf16=False), "cuda") is False      # T4, RTX 20xx
    assert platforms.bf16_native(fake_torch(cuda=True, native_bf16=True), "cuda:0") is True      # A100, RTX 30xx+
    assert platforms.bf16_native(fake_torch(cuda=False, native_bf16=False), "cuda") is False
    assert platforms.bf16_native(fake_torch(cuda=False, native_bf16=False, mps=True), "mps") is True
    assert platforms.bf16_native(fake_torch(cuda=False, native_bf16=False), "cpu") is True


def test_the_compiler_is_found_per_platform(monkeypatch):
    monkeypatch.delenv("CXX", raising=False)
    on_path = {"g++": "/usr/bin/g++", "cl": r"C:\\VS\\cl.exe"}
    assert platforms.cpp_compiler("linux", which=on_path.get) == "/usr/bin/g++"
    assert platforms.cpp_compiler("win32", which=on_path.get) == r"C:\\VS\\cl.exe"
    assert platforms.cpp_compiler("win32", which={"g++": "/mingw/g++"}.get) is None     # Inductor wants MSVC there
    assert platforms.cpp_compiler("linux", which={}.get) is None
    monkeypatch.setenv("CXX", "clang++-18")
    assert platforms.cpp_compiler("linux", which={"clang++-18": "/usr/bin/clang++-18"}.get) == "/usr/bin/clang++-18"


def test_without_a_compiler_compile_falls_back_to_eager_and_says_what_to_install():
    with pytest.warns(CourseWarning, match="needs a C\\+\\+ compiler.*backend='eager'"):
        assert platforms.compile_backend("cpu", compiler=None) == "eager"
    assert platforms.compile_backend("cpu", compiler="/usr/bin/g++") == "inductor"
    assert platforms.compile_backend("cuda:0", compiler=None) == "inductor"


def test_peak_memory_without_the_resource_module(monkeypatch):
    real_import = builtins.__import__

    def no_resource(name, globals=None, *args, **kwargs):
        if name == "resource" and (globals or {}).get("__name__") == platforms.__name__:
            raise ImportError("No module named 'resource'")      # as on Windows
        return real_import(name, globals, *args, **kwargs)

    unix = platforms.peak_memory_gb()
    monkeypatch.setattr(builtins, "__import__", no_resource)
    windows = platforms.peak_memory_gb()
    assert unix[0] > 0.01 and windows[0] > 0.01 and windows[1] == 0.0


def test_gloo_is_bound_to_the_interface_that_holds_127_0_0_1():
    env = platforms.gloo_environment(1, 2, 29500)
    assert env == {"MASTER_ADDR": "127.0.0.1", "MASTER_PORT": "29500", "RANK": "1", "WORLD_SIZE": "2",
                   "GLOO_SOCKET_IFNAME": platforms.loopback_interface()}
    if sys.platform.startswith("linux"):
        assert env["GLOO_SOCKET_IFNAME"] in {name for _, name in socket.if_nameindex()}


@pytest.mark.slow
def test_tensorflow_multiplies_in_exact_float32_after_the_course_import():
    code = ("import course_lib as course\ntf = course.import_tensorflow()\n"
            "print(tf.config.experimental.tensor_float_32_execution_enabled())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240)
    assert result.returncode == 0 and result.stdout.strip().splitlines()[-1] == "False", result.stderr[-1000:]
