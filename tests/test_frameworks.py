"""Quiet, lazy framework imports and the installed-vs-tested version report."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import course_lib
from course_lib import frameworks
from course_lib.errors import CourseError, MissingFrameworkError


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=240)


@pytest.mark.slow
def test_tensorflow_and_keras_hub_import_silently():
    """TensorFlow's C++ start-up lines would otherwise reach the notebook (and break nbval)."""
    result = run_python("""
        import course_lib
        tf = course_lib.import_tensorflow()
        keras_hub = course_lib.import_keras_hub()
        print(tf.reduce_sum(tf.constant([1, 2, 3])).numpy(), course_lib.import_keras().backend.backend())
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["6", "tensorflow"]
    assert result.stderr == "", f"noise on stderr:\n{result.stderr}"


def test_silenced_native_stderr_hides_descriptor_writes():
    result = run_python("""
        import os
        from course_lib.frameworks import silenced_native_stderr
        with silenced_native_stderr():
            os.write(2, b"hidden\\n")
        os.write(2, b"visible\\n")
    """)
    assert result.stderr == "visible\n"


@pytest.mark.slow
def test_keras_backend_cannot_change_inside_a_kernel():
    result = run_python("""
        import course_lib
        course_lib.import_keras("tensorflow")
        try:
            course_lib.import_keras("torch")
        except course_lib.CourseError as error:
            print("refused:", "Restart the kernel" in str(error))
    """)
    assert result.stdout.strip() == "refused: True", result.stderr


def test_unknown_keras_backend():
    with pytest.raises(CourseError, match="must be one of"):
        course_lib.import_keras("theano")


def test_missing_framework_gets_install_advice(monkeypatch):
    monkeypatch.setitem(sys.modules, "tensorflow", None)  # as if TensorFlow were not installed
    with pytest.raises(MissingFrameworkError, match="(?s)TensorFlow .* is not installed.*make lab"):
        course_lib.import_tensorflow()


def test_missing_keras_hub_when_loading_for_tensorflow(monkeypatch):
    monkeypatch.setitem(sys.modules, "keras_hub", None)
    with pytest.raises(MissingFrameworkError, match="KerasHub"):
        course_lib.load("all-MiniLM-L6-v2", framework="tf", verbose=False)


def test_parse_pins_and_base_versions():
    pins = frameworks.parse_pins(["# comment", "torch==2.13.0", "Keras_Hub == 0.32.0  # note", "numpy>=2", ""])
    assert pins == {"torch": "2.13.0", "keras-hub": "0.32.0"}
    assert frameworks.VersionRow("torch", "2.13.0+cpu", "2.13.0").ok
    assert not frameworks.VersionRow("torch", "2.12.1", "2.13.0").ok
    assert not frameworks.VersionRow("torch", None, "2.13.0").ok


def test_versions_match_the_pins_in_this_environment():
    rows = {row.package: row for row in course_lib.versions()}
    for package in ("torch", "tensorflow", "keras", "keras-hub", "transformers", "nbval"):
        assert rows[package].ok, rows[package]


def test_versions_reports_unknown_packages_as_missing():
    (row,) = course_lib.versions(["not-a-real-package-xyz"])
    assert row.installed is None and not row.ok


_COMPILE_IN_IPYTHON = """
from IPython.core.interactiveshell import InteractiveShell
shell = InteractiveShell.instance()
shell.run_cell('''
{import_line}
def double_relu(x):
    return torch.relu(x) * 2
compiled = torch.compile(double_relu, backend="eager")
compiled(torch.ones(2))
def with_graph_break(x):   # Dynamo leaves a resume function in the namespace after a break
    x = x * 2
    print("break")
    return x + 1
torch.compile(with_graph_break, backend="eager")(torch.ones(2))
''')
"""


@pytest.mark.slow
def test_a_kernel_that_used_torch_compile_exits_cleanly():
    # Lesson 03 compiles functions defined in the notebook; at exit, Dynamo used to print
    # "Exception ignored ... KeyError: '__builtins_dict___0'" once per compiled function.
    import_line = "import course_lib as course\ntorch = course.import_torch()"
    result = run_python(_COMPILE_IN_IPYTHON.format(import_line=import_line))
    assert result.returncode == 0, result.stderr
    assert "Exception ignored" not in result.stderr, result.stderr[-1500:]


@pytest.mark.slow
def test_without_the_course_import_the_exit_noise_is_still_there():
    # The control for the test above: plain `import torch` shows the problem, so the test above
    # would fail without release_compiled_functions. If this starts failing, PyTorch fixed it upstream.
    result = run_python(_COMPILE_IN_IPYTHON.format(import_line="import torch"))
    assert "KeyError: '__builtins_dict___" in result.stderr, "PyTorch no longer needs release_compiled_functions"


# ---- the export tools' advice (lesson 08c) ----------------------------------------------------------

def test_quiet_export_tools_silences_only_the_listed_advice_and_only_inside(caplog):
    import logging
    import warnings

    listed = logging.getLogger("onnxscript.optimizer._constant_folding")
    other = logging.getLogger("course_lib.tests.not_listed")
    with caplog.at_level(logging.WARNING), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with frameworks.quiet_export_tools():
            listed.warning("Evaluation failed: cannot reshape")
            listed.warning("another message of the same logger")
            other.warning("a warning the course wants to see")
            logging.warning("Please consider to run pre-processing before quantization. ...")
            warnings.warn("# The axis name: batch will not be used, since ...", UserWarning)
            warnings.warn("something else", UserWarning)
        listed.warning("Evaluation failed: after the block")
    messages = [record.getMessage() for record in caplog.records]
    assert messages == ["another message of the same logger", "a warning the course wants to see",
                        "Evaluation failed: after the block"]
    assert [str(w.message) for w in caught] == ["something else"]


def test_quiet_export_tools_lets_errors_through():
    with pytest.raises(ValueError, match="a real problem"):
        with frameworks.quiet_export_tools():
            raise ValueError("a real problem")


def test_every_silenced_logger_says_why():
    assert all(reason for reason in frameworks.EXPORT_TOOL_LOGGERS.values())


def test_onnx_runtime_imports():
    onnxruntime = course_lib.import_onnx_runtime()
    assert "CPUExecutionProvider" in onnxruntime.get_available_providers()


def test_import_time_noise_of_torchao_is_dropped_and_nothing_else(caplog):
    """transformers imports torchao (pinned for lesson 09b) whenever it loads a model; its import logs lines that
    would reach every lesson's output. Only those are dropped, and the filter is installed once."""
    import logging

    from course_lib import frameworks

    frameworks.prepare_environment()
    frameworks.prepare_environment()
    for name in frameworks.IMPORT_TIME_LOG_NOISE:
        assert sum(isinstance(f, frameworks._DropMatching) for f in logging.getLogger(name).filters) == 1
    with caplog.at_level(logging.WARNING):
        logging.getLogger("torchao").warning("Failed to load /site-packages/torchao/_C_mxfp8.so: Could not load")
        logging.getLogger("torch.utils._pytree").warning(
            "%s is an Enum subclass and is now natively supported by torch.compile as an opaque value type.",
            "<enum 'KernelPreference'>",
        )
        logging.getLogger("torchao.kernel.intmm").warning(
            "Warning: Detected no triton, on systems without Triton certain kernels will not work")
        logging.getLogger("torchao").warning("a real problem")
        logging.getLogger("torch.utils._pytree").warning("another pytree message")
    assert [r.getMessage() for r in caplog.records] == ["a real problem", "another pytree message"]
