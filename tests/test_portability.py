"""The portability pass really runs the notebooks on another CPU code path (`make portability`).

`pytest notebooks --nbval --portable-cpu` re-executes every lesson with the variables of
``scripts/notebook_env.portable_cpu_environment``. A knob that a library stopped reading (NumPy 2.4
renamed its CPU features, for example) would turn the pass into a second identical run without anyone
noticing, so each knob is checked here the way its library reports it: the instruction set it chose,
or the number of threads.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import textwrap

import pytest

from scripts import notebook_env

X86 = platform.machine().lower() in {"x86_64", "amd64"}
needs_x86 = pytest.mark.skipif(not X86, reason="the instruction-set knobs name x86-64 features")


def run_probe(code: str, extra: dict[str, str] | None = None) -> str:
    """Run ``code`` in a fresh interpreter with the portable variables (plus ``extra``); its stdout."""
    env = {k: v for k, v in os.environ.items() if k not in notebook_env.portable_cpu_environment("x86_64")}
    env.update(notebook_env.portable_cpu_environment())
    env.update(extra or {})
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            env=env, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_thread_knobs_are_set_everywhere_and_the_isa_knobs_only_on_x86():
    assert set(notebook_env.PORTABLE_THREADS) <= set(notebook_env.portable_cpu_environment("arm64"))
    assert not set(notebook_env.PORTABLE_X86) & set(notebook_env.portable_cpu_environment("arm64"))
    assert set(notebook_env.PORTABLE_X86) <= set(notebook_env.portable_cpu_environment("x86_64"))


def test_apply_adds_the_portable_variables_only_when_asked():
    plain = notebook_env.apply({})
    portable = notebook_env.apply({}, portable_cpu=True)
    assert "OMP_NUM_THREADS" not in plain
    assert portable["OMP_NUM_THREADS"] == "1"
    assert portable["HF_HUB_OFFLINE"] == "1"


@pytest.mark.slow
def test_pytorch_runs_one_thread_with_its_plain_cpu_kernels():
    out = run_probe("""
        import json, torch
        print(json.dumps({"threads": torch.get_num_threads(), "capability": torch.backends.cpu.get_cpu_capability()}))
    """)
    report = json.loads(out.strip().splitlines()[-1])
    assert report["threads"] == 1
    if X86:
        assert report["capability"] == "DEFAULT", report  # ATEN_CPU_CAPABILITY=default: no AVX2/AVX-512 kernels


# oneMKL's first verbose line names the instruction set it dispatches to, but only on Intel processors: on
# an AMD CPU it says "Intel(R) Architecture processors" whatever MKL_ENABLE_INSTRUCTIONS asks (the header
# below was printed by an AMD EPYC with the portable variables set). Lines recorded from each vendor:
MKL_HEADER_INTEL_SSE42 = ("MKL_VERBOSE oneMKL 2024.0 Update 2 Product build 20240605 for Intel(R) 64 architecture "
                          "Intel(R) Streaming SIMD Extensions 4.2 (Intel(R) SSE4.2) enabled processors, "
                          "Lnx 2.60GHz lp64 gnu_thread")
MKL_HEADER_INTEL_AVX2 = ("MKL_VERBOSE oneMKL 2024.0 Update 2 Product build 20240605 for Intel(R) 64 architecture "
                         "Intel(R) Advanced Vector Extensions 2 (Intel(R) AVX2) enabled processors, "
                         "Lnx 2.60GHz lp64 gnu_thread")
MKL_HEADER_AMD = ("MKL_VERBOSE oneMKL 2024.0 Update 2 Product build 20240605 for Intel(R) 64 architecture "
                  "Intel(R) Architecture processors, Lnx 2.00GHz lp64 gnu_thread")


def mkl_instruction_set(verbose_output: str) -> str | None:
    """The instruction set oneMKL's verbose header says it uses ("SSE4.2", "AVX2", ...), or None where the
    header names none (oneMKL on a non-Intel CPU). Raises if there is no header at all."""
    header = re.search(r"MKL_VERBOSE oneMKL[^\n]*", verbose_output)
    assert header, f"no oneMKL verbose header in: {verbose_output[:2000]}"
    isa = re.search(r"\(Intel\(R\) ([^)]+)\) enabled processors", header.group(0))
    return isa.group(1) if isa else None


@pytest.mark.parametrize("line, expected", [
    (MKL_HEADER_INTEL_SSE42, "SSE4.2"), (MKL_HEADER_INTEL_AVX2, "AVX2"), (MKL_HEADER_AMD, None),
])
def test_the_mkl_header_is_read_for_each_vendor(line, expected):
    assert mkl_instruction_set(f"some output\n{line}\nMKL_VERBOSE SGEMM(N,N,64) NThr:1\n") == expected


def test_output_without_an_mkl_header_is_an_error_not_a_pass():
    with pytest.raises(AssertionError, match="no oneMKL verbose header"):
        mkl_instruction_set("MKL_VERBOSE SGEMM(N,N,64) NThr:1")


MKL_PROBE = """
    import torch
    with torch.backends.mkldnn.verbose(torch.backends.mkldnn.VERBOSE_ON):
        torch.nn.functional.conv2d(torch.randn(2, 64, 28, 28), torch.randn(64, 64, 3, 3))
    a = torch.randn(64, 64)
    a @ a
"""


@needs_x86
@pytest.mark.slow
def test_pytorch_onednn_reports_the_reduced_instruction_set_and_mkl_one_thread():
    out = run_probe(MKL_PROBE, {"MKL_VERBOSE": "1"})
    onednn_isa = re.search(r"onednn_verbose,.*,isa:([^\n]*)", out)
    assert onednn_isa and "SSE4.1" in onednn_isa.group(1), out[:2000]  # oneDNN reports it on Intel and AMD
    assert re.search(r"MKL_VERBOSE SGEMM.*NThr:1", out), out[:2000]


@needs_x86
@pytest.mark.slow
def test_pytorch_mkl_reports_the_reduced_instruction_set_where_it_reports_one():
    isa = mkl_instruction_set(run_probe(MKL_PROBE, {"MKL_VERBOSE": "1"}))
    if isa is None:
        pytest.skip("oneMKL names no instruction set on this (non-Intel) CPU, so its choice cannot be read here; "
                    "oneDNN's and ATen's reduced paths are checked by the other tests")
    assert isa == "SSE4.2", isa


@needs_x86
@pytest.mark.slow
def test_tensorflow_onednn_reports_the_reduced_instruction_set():
    out = run_probe("""
        import tensorflow as tf
        tf.matmul(tf.ones((64, 64)), tf.ones((64, 64))).numpy()
    """, {"ONEDNN_VERBOSE": "1", "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert re.search(r"onednn_verbose,.*,isa:Intel SSE4\.1", out), out[:2000]


@pytest.mark.slow
def test_tensorflow_reads_its_thread_pool_sizes():
    # TensorFlow reports no pool size, but its pools start that many OS threads: one each is far
    # fewer threads than sixteen each.
    probe = """
        import psutil, tensorflow as tf
        tf.matmul(tf.ones((64, 64)), tf.ones((64, 64))).numpy()
        print(psutil.Process().num_threads())
    """
    quiet = {"TF_CPP_MIN_LOG_LEVEL": "3"}
    one_each = int(run_probe(probe, quiet).split()[-1])
    sixteen_each = int(run_probe(probe, {**quiet, "TF_NUM_INTRAOP_THREADS": "16", "TF_NUM_INTEROP_THREADS": "16"}).split()[-1])
    assert one_each + 16 <= sixteen_each, (one_each, sixteen_each)


@needs_x86
def test_numpy_drops_its_avx_loops_and_openblas_its_avx_kernels():
    out = run_probe("""
        import json
        import numpy as np
        from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
        from threadpoolctl import threadpool_info
        blas = [i for i in threadpool_info() if i["internal_api"] == "openblas"]
        print(json.dumps({"dispatched": [f for f in __cpu_dispatch__ if __cpu_features__[f]],
                          "openblas": [(i["architecture"], i["num_threads"]) for i in blas]}))
    """)
    report = json.loads(out.strip().splitlines()[-1])
    assert not {"X86_V3", "X86_V4", "AVX512_ICL", "AVX512_SPR"} & set(report["dispatched"]), report
    assert report["openblas"] and all(arch == "Nehalem" and threads == 1 for arch, threads in report["openblas"]), report
