"""doctor(): the environment report of lesson 00."""

from __future__ import annotations

from pathlib import Path

from course_lib import diagnostics as doctor_module
from course_lib import models


def test_doctor_is_happy_here(capsys, monkeypatch):
    monkeypatch.delenv("COURSE_DEVICE", raising=False)
    report = doctor_module.doctor()
    printed = capsys.readouterr().out
    assert report.ok, report.problems
    assert "Verdict: ready for the course." in printed
    assert "all-MiniLM-L6-v2: offline copy present, SHA-256 OK" in printed
    assert "SmolLM2-135M-Instruct: offline copy present, SHA-256 OK" in printed  # converted at set-up
    assert "minilm-sentiment: offline copy present, SHA-256 OK" in printed  # committed fine-tuned layers
    assert "minilm-qa: offline copy present, SHA-256 OK" in printed
    assert "marian-en-fr-course: offline copy present, SHA-256 OK" in printed
    assert "distilbert-sst2: online only, pinned at 714eb0f (offline, minilm-sentiment plays its role)" \
        in printed  # lesson 07a's online route: nothing local to check
    assert "HF_HUB_OFFLINE=1" in printed


def test_doctor_names_each_problem(monkeypatch):
    monkeypatch.setattr(doctor_module, "available_memory_gb", lambda: 0.4)
    monkeypatch.setattr(models, "_offline_dir", lambda spec: Path("/nonexistent"))
    report = doctor_module.doctor(show=False)
    text = str(report)
    offline_models = [spec for spec in models.REGISTRY.values() if spec.offline]
    assert not report.ok and len(report.problems) == 1 + len(offline_models)  # memory, then each model
    assert "Only 0.4 GB of memory is free" in text and "Shut Down All Kernels" in text
    assert "missing config.json" in text
    assert all(f"{spec.name}: PROBLEM" in text for spec in offline_models)


def test_doctor_flags_a_device_request_it_cannot_honour(monkeypatch):
    monkeypatch.setenv("COURSE_DEVICE", "cuda")
    report = doctor_module.doctor(show=False)
    assert any("runs on the CPU" in p for p in report.problems)


def test_available_memory_respects_a_container_limit(tmp_path):
    (tmp_path / "memory.max").write_text(str(2 * 10**9))
    (tmp_path / "memory.current").write_text(str(5 * 10**8))
    assert doctor_module.available_memory_gb(tmp_path) <= 1.5  # limit minus usage, or less if RAM is short
    (tmp_path / "memory.max").write_text("max")  # cgroup v2 spelling of "no limit"
    assert doctor_module.available_memory_gb(tmp_path) > 1.5


def test_doctor_reports_a_misspelt_mode_instead_of_crashing(monkeypatch):
    monkeypatch.setenv("COURSE_MODE", "teacher")
    report = doctor_module.doctor(show=False)
    assert any("COURSE_MODE='teacher' is not a course mode" in p for p in report.problems)
