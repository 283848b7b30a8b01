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
