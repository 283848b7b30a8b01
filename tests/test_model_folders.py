"""``course.write_model_folder``: a course-fine-tuned model as a whole Hugging Face folder (lesson 07c).

The folder must be the very model ``course.load`` builds in PyTorch (same logits), written without
importing PyTorch (lesson 07c builds it before TensorFlow, to stay within its memory), hash-checked like a
load, and readable by KerasHub's BertBackbone (the slow test, in a subprocess: TensorFlow takes 0.9 GB).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import course_lib
from course_lib import folders, models
from course_lib.errors import CourseError, IntegrityError, UnknownNameError

REPO = Path(__file__).resolve().parent.parent
SENTENCES = ["A wonderful, moving film with a great cast.", "Dull, slow and far too long."]
QUESTION = ("Who wrote the report?", "The report was written by Ada Lovelace in 1843 for the society.")
FOLDER_CLASSES = {"minilm-sentiment": "AutoModelForSequenceClassification",
                  "minilm-qa": "AutoModelForQuestionAnswering"}


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    """Both fine-tuned models, written once for the module."""
    root = tmp_path_factory.mktemp("folders")
    return {name: course_lib.write_model_folder(name, root / name) for name in FOLDER_CLASSES}


def run_both(name: str, folder: Path) -> tuple[dict, dict]:
    """The outputs of the written folder (loaded by transformers) and of course.load, on the same input."""
    torch, transformers = course_lib.import_torch(), course_lib.import_transformers()
    reference = course_lib.load(name, verbose=False)
    model = getattr(transformers, FOLDER_CLASSES[name]).from_pretrained(folder, use_safetensors=True).eval()
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
    text = ([QUESTION[0]], [QUESTION[1]]) if name == "minilm-qa" else (SENTENCES,)
    encoded = tokenizer(*text, padding=True, return_tensors="pt")
    with torch.no_grad():
        return dict(model(**encoded)), dict(reference.model(**encoded))


def test_the_folder_holds_a_whole_model(written):
    folder = written["minilm-sentiment"]
    assert {path.name for path in folder.iterdir()} == {
        "config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "vocab.txt",
        "special_tokens_map.json"}
    config = json.loads((folder / "config.json").read_text())
    assert config["architectures"] == ["BertForSequenceClassification"]
    assert config["id2label"] == {"0": "negative", "1": "positive"}
    assert json.loads((written["minilm-qa"] / "config.json").read_text())["architectures"] == \
        ["BertForQuestionAnswering"]


def test_the_classifier_folder_gives_the_same_logits_as_course_load(written):
    ours, reference = run_both("minilm-sentiment", written["minilm-sentiment"])
    assert ours["logits"].shape == (2, 2)
    np.testing.assert_allclose(ours["logits"].numpy(), reference["logits"].numpy(), atol=1e-5)


def test_the_question_answering_folder_gives_the_same_spans_as_course_load(written):
    ours, reference = run_both("minilm-qa", written["minilm-qa"])
    for key in ("start_logits", "end_logits"):
        np.testing.assert_allclose(ours[key].numpy(), reference[key].numpy(), atol=1e-5)


def test_writing_the_folder_imports_neither_torch_nor_tensorflow(tmp_path):
    code = (
        "import sys, course_lib\n"
        f"course_lib.write_model_folder('minilm-sentiment', {str(tmp_path / 'out')!r})\n"
        "print(','.join(m for m in ('torch', 'tensorflow', 'transformers') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"write_model_folder imported {result.stdout.strip()}"
    assert (tmp_path / "out" / "model.safetensors").is_file()


# ---- bad inputs ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["all-MiniLM-L6-v2", "marian-en-fr-course", "distilbert-sst2"])
def test_a_model_with_a_folder_of_its_own_is_refused(tmp_path, name):
    with pytest.raises(CourseError, match=r"nothing to write.*course\.model_dir"):
        course_lib.write_model_folder(name, tmp_path)
    assert not list(tmp_path.iterdir())


def test_an_unknown_model_gets_suggestions(tmp_path):
    with pytest.raises(UnknownNameError, match="Did you mean 'minilm-sentiment'"):
        course_lib.write_model_folder("minilm-sentimen", tmp_path)


def test_a_folder_that_already_holds_a_model_is_not_overwritten(tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"someone's model")
    with pytest.raises(CourseError, match="already holds a model.safetensors.*empty folder"):
        course_lib.write_model_folder("minilm-sentiment", tmp_path)
    assert (tmp_path / "model.safetensors").read_bytes() == b"someone's model"
    (tmp_path / "a-file").write_text("")
    with pytest.raises(CourseError, match="is a file, not a folder"):
        course_lib.write_model_folder("minilm-sentiment", tmp_path / "a-file")


def test_the_hashes_are_checked_as_a_load_checks_them(tmp_path, monkeypatch):
    """A stand-in hash function: the real files are not touched, and nothing is written."""
    monkeypatch.setattr(models, "_sha256", lambda path: "f" * 64)
    with pytest.raises(IntegrityError, match="minilm-sentiment.safetensors is not the file the course"):
        course_lib.write_model_folder("minilm-sentiment", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_delta_trained_on_another_base_is_refused(tmp_path, monkeypatch):
    from safetensors.numpy import load_file, save_file

    spec = models.get_spec("minilm-sentiment")
    other = tmp_path / "other.safetensors"
    save_file(load_file(str(models.delta_file(spec))), str(other),
              metadata={models.DELTA_METADATA_KEY: json.dumps({"base_sha256": "0" * 64})})
    monkeypatch.setattr(folders, "delta_file", lambda spec: other)
    monkeypatch.setattr(models, "verify_delta", lambda spec: other)
    with pytest.raises(IntegrityError, match="was not trained on all-MiniLM-L6-v2's weights"):
        course_lib.write_model_folder("minilm-sentiment", tmp_path / "out")


# ---- TensorFlow: KerasHub reads the folder --------------------------------------------------------

KERAS_CHECK = """
import json, sys
import numpy as np
from safetensors.numpy import load_file
import course_lib
keras_hub = course_lib.import_keras_hub("tensorflow")
folder, ids = sys.argv[1], np.array(json.loads(sys.argv[2]))
backbone = keras_hub.models.BertBackbone.from_preset(folder)
pooled = np.asarray(backbone({"token_ids": ids, "segment_ids": np.zeros_like(ids),
                              "padding_mask": (ids != 0).astype("int32")})["pooled_output"])
head = load_file(folder + "/model.safetensors")
print(json.dumps((pooled @ head["classifier.weight"].T + head["classifier.bias"]).tolist()))
"""


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("keras_hub") is None, reason="KerasHub is not installed")
def test_keras_hub_reads_the_classifier_folder_and_agrees_with_pytorch(written):
    """Slow: TensorFlow (about 0.9 GB) is imported in a subprocess, so it does not stay in this one."""
    torch, transformers = course_lib.import_torch(), course_lib.import_transformers()
    folder = written["minilm-sentiment"]
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
    encoded = tokenizer(SENTENCES, padding=True, return_tensors="pt")
    with torch.no_grad():
        expected = course_lib.load("minilm-sentiment", verbose=False).model(**encoded).logits.numpy()
    ids = json.dumps(encoded["input_ids"].tolist())
    result = subprocess.run([sys.executable, "-c", KERAS_CHECK, str(folder), ids],
                            capture_output=True, text=True, cwd=REPO, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    logits = np.array(json.loads(result.stdout.strip().splitlines()[-1]))
    # Not bit-identical: KerasHub's BERT uses the tanh approximation of GELU (see test_models.py).
    np.testing.assert_allclose(logits, expected, atol=1e-2)
    assert (logits.argmax(axis=1) == expected.argmax(axis=1)).all()
