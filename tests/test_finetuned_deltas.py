"""What every model the course fine-tunes itself must do ("finetuned-delta" kind: lessons 06-07).

Its committed file of trained tensors is intact, small and packaged; a missing, corrupted or mismatched
file is refused with advice that names the file and the script that rebuilds it; TensorFlow and the Hub
are refused with the reason. Bad inputs are made in tmp_path or by stand-ins: the real files are never
touched. Each model's own behaviour (accuracy, its build script) is tested in its own file.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import course_lib
from course_lib import diagnostics as doctor_module
from course_lib import models
from course_lib.errors import CourseError, IntegrityError, OfflineError

DELTAS = sorted(name for name, spec in models.REGISTRY.items()
                if spec.offline is not None and spec.offline.kind == "finetuned-delta")
# The repository's committed weights stay small (the course's own models: a few MB in all).
ALL_COMMITTED_WEIGHTS_BUDGET_BYTES = 25_000_000


def use_file(monkeypatch, name: str, path: Path, sha256: str | None = None) -> None:
    """Point a registry entry at another committed file (and hash) for one test."""
    spec = models.get_spec(name)
    offline = dataclasses.replace(spec.offline, path=str(path), sha256=sha256 or spec.offline.sha256)
    monkeypatch.setitem(models.REGISTRY, name, dataclasses.replace(spec, offline=offline))


def test_the_course_fine_tunes_models_of_its_own():
    assert "minilm-sentiment" in DELTAS


def test_all_committed_weights_stay_within_the_repository_budget():
    weights = models.COURSE_LIB / "weights"
    committed = {path.name for path in weights.glob("*.safetensors")}
    assert committed == {Path(models.get_spec(name).offline.path).name for name in DELTAS}, \
        "every committed weights file belongs to a registered model, and the other way round"
    everything = [path for path in weights.rglob("*") if path.is_file()]  # course-folder models too
    assert sum(path.stat().st_size for path in everything) <= ALL_COMMITTED_WEIGHTS_BUDGET_BYTES


def test_they_are_packaged_with_course_lib():
    pyproject = (models.COURSE_LIB.parent / "pyproject.toml").read_text()
    assert '"weights/*.safetensors"' in pyproject


@pytest.mark.parametrize("name", DELTAS)
def test_the_committed_file_is_intact(name):
    spec = models.get_spec(name)
    path = models.verify_delta(spec)
    assert path == models.COURSE_LIB / spec.offline.path and path.parent.name == "weights"
    assert models.check_offline_copies()[name] is None
    assert spec.hub_id is None and spec.sha256 == models.get_spec(spec.offline.base).sha256
    assert spec.offline.build.startswith("python scripts/build_") and \
        (models.COURSE_LIB.parent / spec.offline.build.split()[1]).is_file()


@pytest.mark.parametrize("name", DELTAS)
def test_tensorflow_and_the_hub_are_refused_with_the_reason(name):
    with pytest.raises(CourseError, match=r"(?s)not loaded into TensorFlow.*framework='pt'"):
        course_lib.load(name, framework="tf")
    with pytest.raises(OfflineError, match="not on the Hugging Face Hub"):
        course_lib.load(name, source="hub")


@pytest.mark.parametrize("name", DELTAS)
def test_model_dir_is_refused_because_there_is_no_folder_of_its_own(name):
    with pytest.raises(CourseError, match=rf"no folder of its own.*course\.load\('{name}'\)"):
        models.model_dir(name)


@pytest.mark.parametrize("name", DELTAS)
def test_a_missing_file_says_how_to_restore_it(monkeypatch, tmp_path, name):
    use_file(monkeypatch, name, tmp_path / "gone.safetensors")
    script = models.get_spec(name).offline.build.split()[1]
    advice = rf"(?s)fine-tuned layers \(gone.safetensors\) are missing.*git checkout.*{script}"
    with pytest.raises(IntegrityError, match=advice):
        course_lib.load(name, verbose=False)
    assert "are missing" in models.check_offline_copies()[name]
    monkeypatch.setattr(doctor_module, "available_memory_gb", lambda: 8.0)
    assert f"  {name}: PROBLEM" in doctor_module.doctor(show=False).lines


@pytest.mark.parametrize("name", DELTAS)
def test_a_corrupted_file_is_refused(monkeypatch, tmp_path, name):
    damaged = tmp_path / "damaged.safetensors"
    content = bytearray(models.delta_file(models.get_spec(name)).read_bytes())
    content[-1] ^= 0xFF  # one bit pattern changed in the last tensor
    damaged.write_bytes(bytes(content))
    use_file(monkeypatch, name, damaged)
    with pytest.raises(IntegrityError, match=r"(?s)damaged.safetensors is not the file the course was tested"):
        course_lib.load(name, verbose=False)


@pytest.mark.parametrize("name", DELTAS)
def test_the_advice_names_the_committed_file(monkeypatch, name):
    """The real file, as if its hash were wrong (a stand-in hash function; the file is not touched)."""
    spec = models.get_spec(name)
    monkeypatch.setattr(models, "_sha256", lambda path: "f" * 64)
    advice = rf"(?s)not the file the course was tested with.*git checkout -- course_lib/{spec.offline.path}.*" \
             + spec.offline.build.replace(".", r"\.")
    with pytest.raises(IntegrityError, match=advice):
        course_lib.load(name, verbose=False)


@pytest.mark.parametrize("name", DELTAS)
def test_a_file_trained_on_another_base_or_without_its_head_is_refused(tmp_path, name):
    from safetensors.torch import load_file, save_file

    spec = models.get_spec(name)
    folder = models.model_dir(spec.offline.base)
    tensors = load_file(models.delta_file(spec))
    other_base = tmp_path / "other-base.safetensors"
    save_file(tensors, str(other_base), metadata={models.DELTA_METADATA_KEY: json.dumps({"base_sha256": "0" * 64})})
    with pytest.raises(IntegrityError, match="was not trained on all-MiniLM-L6-v2's weights"):
        models.apply_delta(spec, folder, other_base)
    base_sha256 = models.get_spec(spec.offline.base).sha256["model.safetensors"]
    no_head = tmp_path / "no-head.safetensors"
    save_file({k: v for k, v in tensors.items() if k.startswith("bert.")}, str(no_head),
              metadata={models.DELTA_METADATA_KEY: json.dumps({"base_sha256": base_sha256})})
    with pytest.raises(IntegrityError, match=r"does not fit.*untrained: \['"):
        models.apply_delta(spec, folder, no_head)
