"""Facts the lessons' quizzes state in words, checked against the installed libraries.

A quiz explanation cannot assert anything itself, so each fact it relies on is tested here (or in an
asserting cell of its lesson, named in the comment).
"""

from __future__ import annotations

import pytest

import course_lib


@pytest.mark.slow
def test_keras_hub_reads_the_hugging_face_families_quiz_00_q2_names():
    course_lib.import_keras_hub()
    from keras_hub.src.utils.transformers.preset_loader import TransformersPresetLoader

    named = {"bert": "BERT", "distilbert": "DistilBERT", "roberta": "RoBERTa", "gpt2": "GPT-2", "bart": "BART",
             "llama": "Llama 3", "gemma": "Gemma", "mistral": "Mistral", "qwen2": "Qwen", "vit": "ViT"}
    for model_type in named:
        loader = TransformersPresetLoader(None, {"model_type": model_type})
        assert loader.converter is not None, model_type
    with pytest.raises(ValueError, match="no converter"):  # the course's facts: not T5
        TransformersPresetLoader(None, {"model_type": "t5"})


@pytest.mark.slow
def test_zero_grad_releases_the_gradients_by_default_quiz_02_q3():
    # Lesson 02, section 8 asserts the same in a cell.
    torch = course_lib.import_torch()
    weight = torch.ones(3, requires_grad=True)
    optimizer = torch.optim.SGD([weight], lr=0.1)
    (weight * 2).sum().backward()
    optimizer.zero_grad()
    assert weight.grad is None
    (weight * 2).sum().backward()
    optimizer.zero_grad(set_to_none=False)
    assert weight.grad is not None and not weight.grad.any()


_TRAIN_TOKENIZER = """
import hashlib, json, sys
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
texts = [f"{a} {b} product, {c}!" for a in ("great", "awful", "not bad", "superb", "meh") for b in ("blender", "kettle",
         "headphones", "sofa") for c in ("loved it", "returned it", "definately again", "never again")] * 3
kind = sys.argv[1]
if kind == "wordpiece":
    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    trainer = trainers.WordPieceTrainer(vocab_size=120, special_tokens=["[PAD]", "[UNK]"], show_progress=False)
else:
    tokenizer = Tokenizer(models.BPE())
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["[PAD]"], show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
tokenizer.normalizer = normalizers.Lowercase()
tokenizer.pre_tokenizer = (pre_tokenizers.ByteLevel(add_prefix_space=True) if kind == "bpe"
                           else pre_tokenizers.BertPreTokenizer())
tokenizer.train_from_iterator(texts, trainer)
print(hashlib.sha256(json.dumps(sorted(tokenizer.get_vocab().items())).encode()).hexdigest())
"""


def _vocabularies(kind: str, runs: int) -> set[str]:
    import subprocess
    import sys

    return {subprocess.run([sys.executable, "-c", _TRAIN_TOKENIZER, kind], capture_output=True, text=True,
                           check=True, timeout=120).stdout.strip() for _ in range(runs)}


def test_byte_level_bpe_training_gives_the_same_vocabulary_in_every_process():
    # Lesson 04 trains its tokenizer in the notebook: its stored outputs need the same tokens on every run.
    assert len(_vocabularies("bpe", 4)) == 1


def test_wordpiece_training_still_differs_between_processes():
    # Lesson 04 says why it does not use WordPiece: in tokenizers 0.23 its trainer numbers the "##" pieces
    # in hash-map order, which changes between processes and breaks ties between merges differently.
    # If this fails, tokenizers fixed it: lesson 04 could then train WordPiece, and its text should change.
    assert len(_vocabularies("wordpiece", 6)) > 1
