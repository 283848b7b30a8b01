"""marian-en-fr-course: the course's tiny English-to-French MarianMT, trained from scratch (lesson 07).

Committed whole as a Hugging Face folder (course_lib/weights/marian-en-fr-course/, hash-checked), rebuilt
by scripts/build_translation_model.py. Bad inputs are made on copies in tmp_path; the real folder is
never touched.
"""

from __future__ import annotations

import dataclasses
import shutil

import pytest

import course_lib
from course_lib import data, models
from course_lib.errors import CourseError, IntegrityError, OfflineError
from scripts import build_translation_model

NAME = "marian-en-fr-course"
COMMITTED = "course_lib/weights/marian-en-fr-course"
# Measured when the committed folder was built (greedy decoding, sacrebleu): templated test pairs BLEU 89.4,
# chrF 94.7; the 160 hand-written ones BLEU 29.9, chrF 53.2 (new sentence shapes). The floors leave room for a few tokens to change on another CPU and stay far above an
# untrained model (BLEU 0, chrF under 10).
TEMPLATED_BLEU_FLOOR = 75.0
HANDWRITTEN_CHRF_FLOOR = 40.0
SIZE_BUDGET_BYTES = 5_000_000


@pytest.fixture(scope="module")
def loaded() -> course_lib.models.LoadedModel:
    return course_lib.load(NAME, verbose=False)


def use_folder(monkeypatch, folder) -> None:
    spec = models.get_spec(NAME)
    offline = dataclasses.replace(spec.offline, path=str(folder))
    monkeypatch.setitem(models.REGISTRY, NAME, dataclasses.replace(spec, offline=offline))


def test_registry_entry_and_committed_folder():
    spec = models.get_spec(NAME)
    assert spec.offline.kind == "course-folder" and spec.transformers_class == "AutoModelForSeq2SeqLM"
    assert models.get_spec("marian").name == NAME and spec.hub_id is None
    folder = models.model_dir(NAME)
    assert folder == models.COURSE_LIB / "weights" / "marian-en-fr-course"
    assert sum(f.stat().st_size for f in folder.iterdir()) <= SIZE_BUDGET_BYTES
    assert models.check_offline_copies()[NAME] is None
    row = next(r for r in course_lib.list_models() if r["name"] == NAME)
    assert COMMITTED in row["offline"]


def test_load_says_where_it_came_from(capsys):
    model, tokenizer = course_lib.load(NAME)
    assert capsys.readouterr().out.strip() == (
        f"Loaded {NAME} into PyTorch from the offline copy (the course's own trained model, {COMMITTED}); "
        "SHA-256 verified.")
    assert type(model).__name__ == "MarianMTModel" and type(tokenizer).__name__ == "MarianTokenizer"
    assert not model.training


def test_it_translates_a_sentence_of_the_training_shapes(loaded):
    [french] = build_translation_model.translate(loaded.model, loaded.tokenizer,
                                                 ["It is always hot in Montreal in summer."])  # a training pair
    assert french == "Il fait toujours chaud à Montréal en été."


def test_test_split_scores(loaded):
    pairs = data.translation_pairs("test")
    translations = build_translation_model.translate(loaded.model, loaded.tokenizer, [p.en for p in pairs])
    by_source = {}
    for source in ("templated", "handwritten"):
        part = [(p, t) for p, t in zip(pairs, translations) if p.source == source]
        by_source[source] = build_translation_model.scores([p for p, _ in part], [t for _, t in part])
    assert by_source["templated"]["bleu"] >= TEMPLATED_BLEU_FLOOR, by_source
    assert by_source["handwritten"]["chrf"] >= HANDWRITTEN_CHRF_FLOOR, by_source
    assert by_source["handwritten"]["bleu"] < by_source["templated"]["bleu"] - 20, "new shapes are its weak point"


def test_tensorflow_and_the_hub_are_refused_with_the_reason():
    with pytest.raises(CourseError, match=r"(?s)not loaded into TensorFlow.*no loader for Marian"):
        course_lib.load(NAME, framework="tf")
    with pytest.raises(OfflineError, match="not on the Hugging Face Hub"):
        course_lib.load(NAME, source="hub")


def test_a_missing_or_corrupted_file_is_refused_with_advice(monkeypatch, tmp_path):
    copy = tmp_path / "marian"
    shutil.copytree(models.model_dir(NAME), copy)
    use_folder(monkeypatch, copy)
    (copy / "source.spm").unlink()
    with pytest.raises(IntegrityError, match=r"(?s)missing source.spm.*git checkout -- course_lib/.*"
                                             r"build_translation_model.py"):
        course_lib.load(NAME, verbose=False)
    shutil.copy(models.COURSE_LIB / "weights" / "marian-en-fr-course" / "source.spm", copy / "source.spm")
    weights = bytearray((copy / "model.safetensors").read_bytes())
    weights[-1] ^= 0xFF
    (copy / "model.safetensors").write_bytes(bytes(weights))
    with pytest.raises(IntegrityError, match="model.safetensors is not the file the course was tested with"):
        course_lib.load(NAME, verbose=False)


def test_the_build_script_runs_on_a_tiny_budget_reproducibly(tmp_path, capsys):
    tiny = ["--max-examples", "64", "--epochs", "1", "--vocab-size", "300"]
    first, second = tmp_path / "first", tmp_path / "second"
    assert build_translation_model.main([*tiny, "--output", str(first)]) == 0
    assert build_translation_model.main([*tiny, "--output", str(second)]) == 0
    printed = capsys.readouterr().out
    assert "NOT the registry's" in printed and "BLEU" in printed
    for name in ("model.safetensors", "source.spm", "vocab.json", "config.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
