"""A course-fine-tuned model as a whole Hugging Face folder, written without PyTorch (lesson 07c).

The course commits only the tensors its fine-tuning changed ("finetuned-delta" models such as
minilm-sentiment); ``course.load`` puts them into the base model in PyTorch. TensorFlow's KerasHub reads a
Hugging Face folder instead (``BertBackbone.from_preset(folder)``: config.json, model.safetensors,
vocab.txt), so lesson 07c first writes one. It does so with NumPy only, *before* the lesson imports
TensorFlow: importing PyTorch as well would not fit in the memory a lesson is held to.

    folder = course.write_model_folder("minilm-sentiment", "minilm-sentiment-folder")
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from .errors import CourseError, IntegrityError
from .models import (
    DELTA_METADATA_KEY,
    ModelSpec,
    _offline_dir,
    _restore_delta_hint,
    delta_file,
    get_spec,
    verify_files,
)

__all__ = ["write_model_folder", "FINE_TUNED_CLASSES", "TOKENIZER_FILES"]

# The transformers class a fine-tuned model's folder declares, per (architecture, Auto class), and the
# prefix its backbone's tensors take there (BertForSequenceClassification keeps the base BertModel's
# "embeddings.x" as "bert.embeddings.x", next to its head's "classifier.weight").
FINE_TUNED_CLASSES: dict[tuple[str, str], str] = {
    ("bert", "AutoModelForSequenceClassification"): "BertForSequenceClassification",
    ("bert", "AutoModelForQuestionAnswering"): "BertForQuestionAnswering",
}
BACKBONE_PREFIXES = {"bert": "bert."}
# Base tensors a fine-tuned class has no place for, left out so that transformers loads the folder without
# an "unexpected keys" report: BertForQuestionAnswering builds BERT without its pooler. (KerasHub's
# BertBackbone needs a pooler, so it reads the classifier's folder but not the question answerer's.)
UNUSED_BASE_TENSORS = {"BertForQuestionAnswering": ("pooler.",)}
# Copied from the base folder when it has them (vocab.txt is required: KerasHub's tokenizer reads it).
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json")


def _delta_spec(name: str) -> ModelSpec:
    """The registry entry of a "finetuned-delta" model; a friendly refusal for any other model."""
    spec = get_spec(name)
    if spec.offline is None or spec.offline.kind != "finetuned-delta":
        raise CourseError(
            f"{spec.name} already has a Hugging Face folder of its own, so there is nothing to write: use "
            f"course.model_dir({spec.name!r}). write_model_folder is for the models the course fine-tuned "
            "itself and committed as changed tensors only (for example 'minilm-sentiment', 'minilm-qa')."
        )
    if (spec.architecture, spec.transformers_class) not in FINE_TUNED_CLASSES:
        raise CourseError(
            f"write_model_folder does not know the folder layout of {spec.name} ({spec.architecture}, "
            f"{spec.transformers_class}); load it in PyTorch with course.load({spec.name!r})."
        )
    return spec


def _check_target(target: str | Path, weights_file: str) -> Path:
    """``target`` as a Path; refused when it is a file or already holds a model (nothing is overwritten)."""
    folder = Path(target).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CourseError(f"{folder} is a file, not a folder: pick an empty folder for the model.")
    if (folder / weights_file).exists():
        raise CourseError(
            f"{folder} already holds a {weights_file}, so nothing was written (it is not overwritten). "
            "Pick an empty folder, or delete that one first."
        )
    return folder


def _fine_tuned_tensors(spec: ModelSpec, base_weights: Path, delta: Path) -> dict:
    """The base's tensors under the fine-tuned class's names, with the delta's in their place (float32)."""
    import numpy as np
    from safetensors import safe_open
    from safetensors.numpy import load_file

    base_spec = get_spec(spec.offline.base)
    with safe_open(str(delta), framework="numpy") as handle:
        record = json.loads((handle.metadata() or {}).get(DELTA_METADATA_KEY, "{}"))
        changed = {key: handle.get_tensor(key).astype(np.float32) for key in handle.keys()}
    if record.get("base_sha256") != base_spec.sha256[base_spec.weights_file]:
        raise IntegrityError(f"{spec.name}: {delta.name} was not trained on {base_spec.name}'s weights "
                             "(its metadata does not name them), so it will not be used. "
                             + _restore_delta_hint(spec))
    prefix = BACKBONE_PREFIXES[spec.architecture]
    unused = UNUSED_BASE_TENSORS.get(FINE_TUNED_CLASSES[(spec.architecture, spec.transformers_class)], ())
    tensors = {prefix + key: value for key, value in load_file(str(base_weights)).items()
               if not key.startswith(unused)}
    misfits = [key for key, value in changed.items()
               if key.startswith(prefix) and (key not in tensors or tensors[key].shape != value.shape)]
    if misfits or all(key.startswith(prefix) for key in changed):  # unknown tensors, or no head at all
        raise IntegrityError(f"{spec.name}: {delta.name} does not fit {base_spec.name} (misfits: "
                             f"{misfits[:3]}; a fine-tuned head is needed). " + _restore_delta_hint(spec))
    tensors.update(changed)
    return tensors


def _fine_tuned_config(spec: ModelSpec, base_folder: Path) -> dict:
    """The base's config.json, declaring the fine-tuned class (and a classifier's labels)."""
    config = json.loads((base_folder / "config.json").read_text())
    config.pop("_name_or_path", None)  # names the base's origin, not this model
    config["architectures"] = [FINE_TUNED_CLASSES[(spec.architecture, spec.transformers_class)]]
    labels = spec.offline.labels
    if labels:  # a span head (question answering) has none
        config["id2label"] = {str(i): label for i, label in enumerate(labels)}
        config["label2id"] = {label: i for i, label in enumerate(labels)}
        config["problem_type"] = "single_label_classification"
    return config


def write_model_folder(name: str, target: str | Path) -> Path:
    """Write course model ``name`` (fine-tuned by the course) as a whole Hugging Face folder (lesson 07c).

    The base folder and the committed fine-tuned tensors are hash-checked as ``course.load`` does; the
    tensors are read with NumPy (no PyTorch import), renamed for the fine-tuned class, and written with
    config.json and the tokenizer's files. ``target`` must not hold a model already. Returns the folder:
    transformers' ``from_pretrained`` and KerasHub's ``from_preset`` both read it.
    """
    from safetensors.numpy import save_file

    spec = _delta_spec(name)
    folder = _check_target(target, spec.weights_file)
    base_folder = _offline_dir(spec)  # checks the committed fine-tuned tensors' SHA-256 first
    verify_files(spec, base_folder)  # the base folder's files and weights' SHA-256
    tensors = _fine_tuned_tensors(spec, base_folder / spec.weights_file, delta_file(spec))
    folder.mkdir(parents=True, exist_ok=True)
    config = _fine_tuned_config(spec, base_folder)
    (folder / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    for file_name in TOKENIZER_FILES:
        if (base_folder / file_name).is_file():
            shutil.copyfile(base_folder / file_name, folder / file_name)
    partial = folder / (spec.weights_file + ".partial")  # a half-written file never looks like a model
    save_file(tensors, str(partial), metadata={"format": "pt"})  # "pt": transformers' safetensors layout
    os.replace(partial, folder / spec.weights_file)
    return folder
