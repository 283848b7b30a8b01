"""course_lib: the plumbing behind the "Hugging Face vs PyTorch vs TensorFlow" lessons.

Plumbing only: the code a lesson teaches stays visible in the notebook. Importing this package is cheap
(no PyTorch, no TensorFlow); frameworks are imported when a lesson asks for them.

    import course_lib as course
    course.doctor()                               # lesson 00: is this environment ready?
    torch = course.import_torch()                 # quiet, lazy framework imports
    course.seed(0)                                # Python, NumPy, PyTorch, TensorFlow, Keras
    device = course.torch_device()                # CUDA > MPS > CPU, or $COURSE_DEVICE
    model, tokenizer = course.load("all-MiniLM-L6-v2", framework="pt")
"""

from __future__ import annotations

from .devices import describe as describe_devices
from .devices import tensorflow_device, torch_device
from .diagnostics import doctor
from .errors import CourseError, CourseWarning
from .frameworks import (
    import_keras,
    import_keras_hub,
    import_tensorflow,
    import_torch,
    import_transformers,
    prepare_environment,
    versions,
)
from .models import list_models, load, model_dir
from .seeding import seed

__version__ = "0.1.0"

__all__ = [
    "CourseError",
    "CourseWarning",
    "describe_devices",
    "doctor",
    "import_keras",
    "import_keras_hub",
    "import_tensorflow",
    "import_torch",
    "import_transformers",
    "list_models",
    "load",
    "model_dir",
    "seed",
    "tensorflow_device",
    "torch_device",
    "versions",
]

prepare_environment()
