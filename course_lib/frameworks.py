"""Lazy, quiet imports of the frameworks, and the versions the course was tested with.

Importing ``course_lib`` imports neither PyTorch nor TensorFlow: a lesson pays for a framework (TensorFlow
costs about 4 s and 600 MB) only when it asks for it with ``import_torch()``, ``import_tensorflow()``,
``import_keras()`` or ``import_keras_hub()``. These functions also make the output clean: TensorFlow's
C++ start-up log lines, Python warnings raised while importing, and Hugging Face progress bars would
otherwise appear in JupyterLab (and differ from run to run). Lessons 00-03 use them in their first cells.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import importlib.metadata
import importlib.util
import os
import re
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from . import cpus, seeding
from .errors import CourseError, CourseWarning, MissingFrameworkError

__all__ = [
    "prepare_environment",
    "import_torch",
    "import_tensorflow",
    "import_keras",
    "import_keras_hub",
    "import_transformers",
    "import_onnx_runtime",
    "triton_at_risk",
    "quiet_export_tools",
    "release_compiled_functions",
    "silenced_native_stderr",
    "tested_versions",
    "versions",
    "VersionRow",
    "DISTRIBUTION",
]

DISTRIBUTION = "hf-pt-tf-course"  # course_lib's name on the package index (see pyproject.toml)

# Environment that must be in place *before* TensorFlow / Keras / transformers are imported.
# setdefault: a learner who wants the noise back can export the variable before starting Jupyter.
QUIET_ENVIRONMENT: dict[str, str] = {
    "TF_CPP_MIN_LOG_LEVEL": "3",  # TensorFlow C++ logs: errors only (3 = FATAL)
    "GRPC_VERBOSITY": "ERROR",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",  # download bars would differ on every run
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "TOKENIZERS_PARALLELISM": "false",  # avoids the fork warning when DataLoader workers start
}


# Log lines printed when torchao is imported (lesson 09b pins it; transformers imports it whenever it loads a
# model), which say nothing about the learner's code: logger name -> regular expression of the dropped message.
IMPORT_TIME_LOG_NOISE: dict[str, str] = {
    # torchao's optional CUDA kernels cannot load on a CPU-only machine: expected, and not used on CPU
    "torchao": r"^Failed to load \S+_C_\w*",
    # torchao registers its enums with a pytree API that torch 2.13 deprecates for enums (torchao's to fix)
    "torch.utils._pytree": r"^<enum '\w+'> is an Enum subclass and is now natively supported by torch.compile",
    # torchao's int8 matmul module looks for Triton (a GPU compiler) when imported; the CPU kernels do not use it
    "torchao.kernel.intmm": r"^Warning: Detected no triton, on systems without Triton certain kernels will not work",
}


class _DropMatching:
    """A logging filter that drops the records whose message matches ``pattern`` (re.search)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)

    def filter(self, record) -> bool:
        return not self.pattern.search(record.getMessage())


def prepare_environment() -> None:
    """Set the quiet defaults above, and drop the import-time log noise listed in ``IMPORT_TIME_LOG_NOISE``
    (called when course_lib is imported; cheap: neither torch nor torchao is imported here)."""
    import logging

    for key, value in QUIET_ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    for name, pattern in IMPORT_TIME_LOG_NOISE.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, _DropMatching) and f.pattern.pattern == pattern for f in logger.filters):
            logger.addFilter(_DropMatching(pattern))


@contextlib.contextmanager
def silenced_native_stderr() -> Iterator[None]:
    """Send file descriptor 2 to /dev/null while the block runs.

    TensorFlow writes its start-up lines from C++ straight to the process's stderr, below Python's
    ``sys.stderr``. JupyterLab's kernel forwards that descriptor into the notebook, nbval's does not,
    so without this a notebook saved from JupyterLab would fail its regression test.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real descriptor (some embedded interpreters): nothing to silence
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _import_quietly(module_name: str, *, install_hint: str) -> ModuleType:
    if sys.modules.get(module_name) is not None:
        return sys.modules[module_name]
    prepare_environment()
    try:
        with silenced_native_stderr(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name and error.name.split(".")[0] != module_name.split(".")[0]:
            raise  # a dependency *of* the framework is missing: show the real error
        raise MissingFrameworkError(
            f"{install_hint} is not installed in this environment, so this cell cannot run.\n"
            "Install the course's tested versions with `make lab` (or "
            "`pip install -r requirements.txt`), then restart the kernel."
        ) from None
    return module


def import_torch() -> ModuleType:
    """Import PyTorch (lesson 00 onwards) and apply the seed set with ``course_lib.seed``."""
    first_time = "torch" not in sys.modules
    if first_time:
        _warn_if_triton_at_risk()
        cpus.limit_threads()  # under a CPU quota: PyTorch's pools sized to it (course_lib.cpus)
    torch = _import_quietly("torch", install_hint="PyTorch (`torch`)")
    if first_time:
        atexit.register(release_compiled_functions)
    seeding.reapply()
    return torch


def release_compiled_functions() -> None:
    """Let ``torch.compile`` clean up while the notebook's variables still exist (lesson 03).

    Dynamo stores helper names (``__builtins_dict___0``, ``__resume_at_...``) in the namespace of each
    function it compiles: in a notebook, the kernel's own namespace. A clean-up hook deletes each name
    when Dynamo's code object is freed, and without this that happens at interpreter exit, *after*
    IPython has emptied the namespace, so every deletion fails with "Exception ignored ... KeyError" on
    the kernel's stderr. Here ``torch._dynamo.reset()`` frees what it can, and the hooks of code objects
    still referenced from the namespace itself (the functions Dynamo left there after a graph break) run
    now, while their names exist. Registered with ``atexit`` when PyTorch is imported, after IPython
    registered its own clean-up, so it runs before it (atexit is LIFO).
    """
    dynamo = sys.modules.get("torch._dynamo")
    if dynamo is None:
        return
    with contextlib.suppress(Exception):  # never turn a clean exit into a failing one
        dynamo.reset()
    manager = getattr(sys.modules.get("torch._dynamo.utils"), "CleanupManager", None)
    instance = getattr(manager, "instance", None)
    for index in list(getattr(instance, "values", {})):
        with contextlib.suppress(Exception):
            instance._remove_id(index)  # runs the hooks, then drops the weak reference and its callback


def _import_triton_first() -> None:
    """Import Triton before TensorFlow, when it is installed (the default Linux PyTorch wheel brings it).

    One sentence for a learner: TensorFlow 2.20+ loads its C++ library with its symbols shared with every
    library loaded after it (``RTLD_GLOBAL``), including its own copy of LLVM, so Triton, loaded later, picks
    up TensorFlow's LLVM instead of its own and the interpreter crashes (tensorflow issue #124205); loaded
    first, Triton keeps its own. Lessons 01, 07c, 08a, 08b, 09d and the glossary mix the two frameworks.
    """
    if "triton" in sys.modules or "tensorflow" in sys.modules:
        return
    with contextlib.suppress(ImportError, ValueError):
        if importlib.util.find_spec("triton") is None:
            return
    with contextlib.suppress(Exception):  # a broken Triton must not stop TensorFlow from importing
        with silenced_native_stderr(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            importlib.import_module("triton")


def triton_at_risk() -> bool:
    """True when TensorFlow was imported before an installed Triton: importing Triton now would crash."""
    if "tensorflow" not in sys.modules or "triton" in sys.modules:
        return False
    try:
        return importlib.util.find_spec("triton") is not None
    except (ImportError, ValueError):
        return False


def _warn_if_triton_at_risk() -> None:
    if triton_at_risk():
        warnings.warn(
            "TensorFlow was imported before Triton in this kernel, so anything that imports Triton now "
            "(torch.compile on a GPU, some transformers models) will crash it. Restart the kernel and import "
            "TensorFlow with course.import_tensorflow(), which loads Triton first.",
            CourseWarning,
            stacklevel=3,
        )


def import_tensorflow() -> ModuleType:
    """Import TensorFlow without its start-up noise, with GPU memory growth switched on (lesson 01+).

    Triton, when installed, is imported first (see ``_import_triton_first``). Memory growth must be
    configured before TensorFlow touches a GPU; doing it here means TensorFlow never grabs all GPU memory
    when PyTorch shares the card (see ``course_lib.devices``). TF32 is switched off: on NVIDIA Ampere and
    newer GPUs TensorFlow multiplies float32 matrices in TF32 (10 bits of mantissa) by default, while PyTorch
    does not, so the lessons' PyTorch-vs-TensorFlow checks at 1e-4 would fail there (lesson 01 shows it).
    """
    first_time = "tensorflow" not in sys.modules
    if first_time:
        _import_triton_first()
        cpus.limit_threads()  # under a CPU quota: TensorFlow's pools sized to it (course_lib.cpus)
    tf = _import_quietly("tensorflow", install_hint="TensorFlow (`tensorflow`)")
    if first_time:
        tf.get_logger().setLevel("ERROR")
        with contextlib.suppress(Exception):
            import absl.logging

            absl.logging.set_verbosity(absl.logging.ERROR)
        from . import devices

        with silenced_native_stderr():
            devices.enable_tensorflow_memory_growth(tf)
        tf.config.experimental.enable_tensor_float_32_execution(False)  # exact float32, as in PyTorch
    seeding.reapply()
    return tf


def import_keras(backend: str = "tensorflow") -> ModuleType:
    """Import Keras 3 with the given backend ("tensorflow", "torch" or "jax").

    Keras reads ``KERAS_BACKEND`` once, when it is first imported, so the backend is fixed for the
    life of the kernel: asking for another one afterwards raises a CourseError that says to restart.
    """
    allowed = ("tensorflow", "torch", "jax")
    if backend not in allowed:
        raise CourseError(f"Keras backend must be one of {allowed}, not {backend!r}.")
    if "keras" in sys.modules:
        keras = sys.modules["keras"]
        active = keras.backend.backend()
        if active != backend:
            raise CourseError(
                f"Keras is already running on the {active!r} backend in this kernel, and Keras picks "
                f"its backend once per process. Restart the kernel (Kernel > Restart Kernel) and run "
                f"import_keras(backend={backend!r}) before anything else imports Keras."
            )
        return keras
    os.environ["KERAS_BACKEND"] = backend
    if backend == "tensorflow":
        import_tensorflow()
    elif backend == "torch":
        import_torch()
    keras = _import_quietly("keras", install_hint="Keras 3 (`keras`)")
    seeding.reapply()
    return keras


def import_keras_hub(backend: str = "tensorflow") -> ModuleType:
    """Import KerasHub, which loads Hugging Face checkpoints into Keras (lesson 00 `models.load`)."""
    import_keras(backend)
    # keras_hub imports tensorflow-text, which imports TensorFlow whatever the Keras backend.
    import_tensorflow()
    return _import_quietly("keras_hub", install_hint="KerasHub (`keras-hub`)")


def import_transformers() -> ModuleType:
    """Import Hugging Face transformers with progress bars and advisory warnings off.

    transformers also imports torchao (89 MB) on every model load whenever it is installed, in case the
    checkpoint is torchao-quantized; none of the course's is, so it sees torchao only once a lesson has
    imported torchao itself (lesson 09b). That keeps the lessons that mix frameworks within their memory budget.
    """
    _warn_if_triton_at_risk()
    import_torch()
    first_time = "transformers" not in sys.modules
    transformers = _import_quietly("transformers", install_hint="Hugging Face transformers")
    if first_time:
        _torchao_only_once_imported(transformers)
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return transformers


def _torchao_only_once_imported(transformers: ModuleType) -> None:
    """Make transformers' ``is_torchao_available()`` also require ``torchao`` in ``sys.modules``."""
    import_utils = getattr(transformers.utils, "import_utils", None)
    original = getattr(import_utils, "is_torchao_available", None)
    if original is None or getattr(original, "course_gate", False):
        return

    def is_torchao_available(*args, **kwargs) -> bool:
        return "torchao" in sys.modules and original(*args, **kwargs)

    is_torchao_available.course_gate = True  # type: ignore[attr-defined]
    for module in (import_utils, transformers.utils):
        if getattr(module, "is_torchao_available", None) is original:
            module.is_torchao_available = is_torchao_available


def import_onnx_runtime() -> ModuleType:
    """Import ONNX Runtime (lesson 08c), with a friendly error if it is missing."""
    return _import_quietly("onnxruntime", install_hint="ONNX Runtime (`onnxruntime`)")


# Advice the export tools log that does not apply to the course's models (lesson 08c):
# logger name -> the start of the one message dropped from it (other messages of the logger still show).
EXPORT_TOOL_LOGGERS: dict[str, str] = {
    # the ONNX exporter: the course has no torchvision operators to register
    "torch.onnx._internal.exporter._registration": "torchvision is not installed",
    # the ONNX optimizer tries to fold shapes that are dynamic, fails and leaves them: harmless
    "onnxscript.optimizer._constant_folding": "Evaluation failed",
    # torch.export, refusing a data-dependent branch, cannot point into a notebook cell's source
    "torch.fx.experimental.symbolic_shapes": "Unable to find user code corresponding to",
    # onnxruntime.quantization (on the root logger): its pre-processing cannot follow this graph's dynamic
    # axes, which lesson 08c explains
    "": "Please consider to run pre-processing before quantization",
}
# Python warnings of the same tools, by the start of their message (regular expressions):
EXPORT_TOOL_WARNINGS: tuple[str, ...] = (
    r"# The axis name: \w+ will not be used",  # two inputs share one dynamic axis: one name is kept
    r"`isinstance\(treespec, LeafSpec\)` is deprecated",  # torch's own pytree internals (torch 2.13)
)


class _DropMessage:
    """A logging filter that drops the records whose message starts with ``prefix``."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def filter(self, record) -> bool:
        return not record.getMessage().startswith(self.prefix)


@contextlib.contextmanager
def quiet_export_tools() -> Iterator[None]:
    """Run ``torch.export``, ``torch.onnx.export`` or ONNX Runtime's quantizer without advice that does not
    apply to the course's models (lesson 08c).

    Only the messages listed in ``EXPORT_TOOL_LOGGERS`` and ``EXPORT_TOOL_WARNINGS`` are dropped, and only
    while the block runs; every other log line, warning and exception still reaches the notebook.
    """
    import logging

    filters = [(logging.getLogger(name or None), _DropMessage(prefix)) for name, prefix in EXPORT_TOOL_LOGGERS.items()]
    for logger, drop in filters:
        logger.addFilter(drop)
    try:
        with warnings.catch_warnings():
            for message in EXPORT_TOOL_WARNINGS:
                warnings.filterwarnings("ignore", message=message)
            yield
    finally:
        for logger, drop in filters:
            logger.removeFilter(drop)


# --------------------------------------------------------------------------------------------------
# Versions: installed vs tested


@dataclass(frozen=True)
class VersionRow:
    """One package: the version installed here (without its build tag) and the version the course was
    tested with. ``build`` is the local tag of the wheel ('cpu', 'cu130'; None for most packages): it says
    which build this machine has, so lessons never print it (their stored outputs must match any machine)."""

    package: str
    installed: str | None
    tested: str
    build: str | None = None

    @property
    def ok(self) -> bool:
        return self.installed is not None and _base_version(self.installed) == _base_version(self.tested)


def _base_version(version: str) -> str:
    """'2.13.0+cpu' -> '2.13.0': local build tags (CPU/CUDA wheels) do not change the API."""
    return version.split("+", 1)[0]


def _build_tag(version: str) -> str | None:
    """'2.13.0+cu130' -> 'cu130'; None without a local tag."""
    return version.split("+", 1)[1] if "+" in version else None


_PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+)")


def parse_pins(lines: list[str]) -> dict[str, str]:
    """Map package name -> pinned version from requirement lines of the form ``name==version``."""
    pins: dict[str, str] = {}
    for line in lines:
        match = _PIN.match(line)
        if match:
            pins[_normalise(match.group(1))] = match.group(2)
    return pins


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def tested_versions() -> dict[str, str]:
    """The pins from requirements.txt: read from the repository, or from course_lib's install metadata."""
    repo_file = Path(__file__).resolve().parent.parent / "requirements.txt"
    if repo_file.is_file():
        return parse_pins(repo_file.read_text().splitlines())
    try:
        return parse_pins(importlib.metadata.requires(DISTRIBUTION) or [])
    except importlib.metadata.PackageNotFoundError:
        return {}


def versions(packages: list[str] | None = None) -> list[VersionRow]:
    """Installed vs tested version of each pinned package (or of ``packages``). Used by ``doctor()``."""
    pins = tested_versions()
    names = [_normalise(p) for p in packages] if packages else list(pins)
    rows = []
    for name in names:
        try:
            full = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            rows.append(VersionRow(name, None, pins.get(name, "?")))
            continue
        rows.append(VersionRow(name, _base_version(full), pins.get(name, "?"), _build_tag(full)))
    return rows
