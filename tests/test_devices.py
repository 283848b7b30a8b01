"""Device selection logic, tested with fakes: this machine has no GPU (lesson 02)."""

from __future__ import annotations

import types

import pytest

from course_lib import devices
from course_lib.errors import CourseWarning, UnknownNameError


@pytest.mark.parametrize(
    ("requested", "available", "expected"),
    [
        (None, set(), "cpu"),
        (None, {"cuda"}, "cuda"),
        (None, {"mps"}, "mps"),
        (None, {"cuda", "mps"}, "cuda"),  # CUDA first
        (None, {"xpu"}, "xpu"),
        (None, {"hpu"}, "hpu"),  # any other accelerator torch.accelerator reports
        (None, {"hpu", "cuda"}, "cuda"),  # ... after the course's preference
        ("gpu", {"hpu"}, "hpu"),
        ("auto", {"mps"}, "mps"),
        ("cpu", {"cuda"}, "cpu"),  # an explicit CPU request beats a GPU
        ("cuda:1", {"cuda"}, "cuda:1"),
        ("gpu", {"mps"}, "mps"),
        (" CUDA ", {"cuda"}, "cuda"),
    ],
)
def test_choose_device(requested, available, expected):
    choice = devices.choose_device(requested, available)
    assert choice.device == expected
    assert choice.warning is None


@pytest.mark.parametrize("requested", ["cuda", "mps", "gpu", "cuda:0"])
def test_missing_device_falls_back_to_cpu_with_advice(requested):
    choice = devices.choose_device(requested, set())
    assert choice.device == "cpu"
    assert "COURSE_DEVICE" in choice.warning and "runs on the CPU" in choice.warning


def test_unknown_device_name_suggests():
    with pytest.raises(UnknownNameError, match="Did you mean 'cuda'"):
        devices.choose_device("cdua", {"cuda"})


def _fake_torch(cuda=False, mps=False, accelerator=None):
    current = types.SimpleNamespace(type=accelerator) if accelerator else None
    return types.SimpleNamespace(
        accelerator=types.SimpleNamespace(is_available=lambda: accelerator is not None,
                                          current_accelerator=lambda: current),
        cuda=types.SimpleNamespace(is_available=lambda: cuda),
        backends=types.SimpleNamespace(mps=types.SimpleNamespace(is_available=lambda: mps)),
        device=lambda name: f"device({name})",
    )


def test_torch_accelerators_reads_every_api():
    assert devices.torch_accelerators(_fake_torch()) == set()
    assert devices.torch_accelerators(_fake_torch(cuda=True, accelerator="cuda")) == {"cuda"}
    assert devices.torch_accelerators(_fake_torch(mps=True)) == {"mps"}
    assert devices.torch_accelerators(_fake_torch(accelerator="xpu")) == {"xpu"}


def test_torch_device_honours_env_and_warns(monkeypatch):
    monkeypatch.setenv("COURSE_DEVICE", "cuda")
    with pytest.warns(CourseWarning, match="runs on the CPU"):
        assert devices.torch_device(torch=_fake_torch()) == "device(cpu)"
    monkeypatch.setenv("COURSE_DEVICE", "mps")
    assert devices.torch_device(torch=_fake_torch(mps=True)) == "device(mps)"
    monkeypatch.delenv("COURSE_DEVICE")
    assert devices.torch_device(torch=_fake_torch(cuda=True, mps=True)) == "device(cuda)"


class _FakeTFConfig:
    def __init__(self, gpus, initialised=False):
        self.gpus = [types.SimpleNamespace(name=f"/physical_device:GPU:{i}") for i in range(gpus)]
        self.initialised = initialised
        self.growth = {}
        self.experimental = types.SimpleNamespace(set_memory_growth=self._set_growth)

    def list_physical_devices(self, kind):
        return self.gpus if kind == "GPU" else []

    def _set_growth(self, gpu, value):
        if self.initialised:
            raise RuntimeError("Physical devices cannot be modified after being initialized")
        self.growth[gpu.name] = value


def test_tensorflow_device_and_memory_growth(monkeypatch):
    monkeypatch.delenv("COURSE_DEVICE", raising=False)
    tf = types.SimpleNamespace(config=_FakeTFConfig(gpus=2))
    assert devices.tensorflow_device(tf=tf) == "/GPU:0"
    assert devices.tensorflow_device("cuda:1", tf=tf) == "/GPU:1"
    assert devices.tensorflow_device("cpu", tf=tf) == "/CPU:0"
    assert devices.enable_tensorflow_memory_growth(tf) == ["/physical_device:GPU:0", "/physical_device:GPU:1"]
    assert all(tf.config.growth.values())
    # Too late to change (GPU already initialised): no crash, names still reported.
    late = types.SimpleNamespace(config=_FakeTFConfig(gpus=1, initialised=True))
    assert devices.enable_tensorflow_memory_growth(late) == ["/physical_device:GPU:0"]


def test_tensorflow_without_gpu_falls_back(monkeypatch):
    monkeypatch.setenv("COURSE_DEVICE", "gpu")
    tf = types.SimpleNamespace(config=_FakeTFConfig(gpus=0))
    with pytest.warns(CourseWarning):
        assert devices.tensorflow_device(tf=tf) == "/CPU:0"


def test_describe_on_this_cpu_machine(monkeypatch):
    monkeypatch.delenv("COURSE_DEVICE", raising=False)
    text = devices.describe(tensorflow=False)
    assert text.startswith("PyTorch    -> cpu")
    assert "TensorFlow" not in text
