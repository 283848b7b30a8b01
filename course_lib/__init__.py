"""course_lib: the plumbing behind the "Hugging Face vs PyTorch vs TensorFlow" lessons.

Plumbing only: the code a lesson teaches stays visible in the notebook. Importing this package is cheap
(no PyTorch, no TensorFlow); frameworks are imported when a lesson asks for them.

    import course_lib as course
    course.doctor()                               # lesson 00: is this environment ready?
    torch = course.import_torch()                 # quiet, lazy framework imports
    course.seed(0)                                # Python, NumPy, PyTorch, TensorFlow, Keras
    device = course.torch_device()                # CUDA > MPS > CPU, or $COURSE_DEVICE
    model, tokenizer = course.load("all-MiniLM-L6-v2", framework="pt")
    folder = course.write_model_folder("minilm-sentiment", "out")  # lesson 07c: a whole folder, for KerasHub

The course kit (content in course_lib/content/lesson_NN.yaml):

    course.start_lesson("00")                     # header line; instructor mode adds the timing plan
    course.check("00.1", answer)                  # friendly feedback on an exercise; records progress
    course.hint("00.1"); course.solution("00.1")  # a nudge; the solution (instructor mode only)
    course.quiz("00"); course.answer("00.q1", "b")
    course.progress()                             # the course map with what is done
    course.set_mode("instructor")                 # or COURSE_MODE=instructor
"""

from __future__ import annotations

from .content import course_map
from .devices import describe as describe_devices
from .devices import tensorflow_device, torch_device
from .diagnostics import doctor
from .errors import CourseError, CourseWarning
from .frameworks import (
    import_keras,
    import_keras_hub,
    import_onnx_runtime,
    import_tensorflow,
    import_torch,
    import_transformers,
    prepare_environment,
    quiet_export_tools,
    versions,
)
from .exercises import check, hint, solution
from .folders import write_model_folder
from .models import list_models, load, model_dir
from .modes import mode, set_mode, start_lesson
from .platforms import bf16_native, compile_backend, cpp_compiler, gloo_environment, peak_memory_gb
from .quiz import answer, quiz
from .seeding import seed
from .tracking import progress

__version__ = "0.1.0"

__all__ = [
    "CourseError",
    "CourseWarning",
    "answer",
    "bf16_native",
    "check",
    "compile_backend",
    "cpp_compiler",
    "course_map",
    "describe_devices",
    "doctor",
    "gloo_environment",
    "hint",
    "import_keras",
    "import_keras_hub",
    "import_onnx_runtime",
    "import_tensorflow",
    "import_torch",
    "import_transformers",
    "list_models",
    "load",
    "mode",
    "model_dir",
    "peak_memory_gb",
    "progress",
    "quiet_export_tools",
    "quiz",
    "seed",
    "set_mode",
    "solution",
    "start_lesson",
    "tensorflow_device",
    "torch_device",
    "versions",
    "write_model_folder",
]

prepare_environment()
