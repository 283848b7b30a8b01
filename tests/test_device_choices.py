"""Every lesson chooses its devices on purpose, and works off Linux (issue: device-correct lessons).

transformers 5's ``pipeline()`` with no ``device=`` moves the model it is given to the first accelerator, in
place, and ``Trainer`` does the same unless told ``use_cpu``: on a GPU laptop or a Mac the next cell that feeds
that model CPU tensors stops with a device mismatch. These checks read every notebook's code (with Python's
own parser, so a call split over lines is still one call) and fail on those patterns and on calls that only
work on some platforms; a faked accelerator shows what ``device=`` prevents.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from scripts import notebook_env

NOTEBOOKS = notebook_env.notebook_paths()


def code_cells(path: Path):
    """(cell index, parsed module) for every code cell; IPython's ! and % lines are blanked first."""
    for index, cell in enumerate(json.loads(path.read_text())["cells"]):
        if cell["cell_type"] == "code":
            source = "".join(cell["source"])
            lines = ["" if line.lstrip().startswith(("!", "%")) else line for line in source.splitlines()]
            yield index, source, ast.parse("\n".join(lines))


def calls_named(tree: ast.AST, name: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called == name:
                yield node


def keywords(call: ast.Call) -> set[str]:
    return {k.arg for k in call.keywords if k.arg}


def problems_in(path: Path) -> list[str]:
    found = []
    for index, source, tree in code_cells(path):
        where = f"{path.name} cell {index}"
        for call in calls_named(tree, "pipeline"):
            if not keywords(call) & {"device", "device_map"}:
                found.append(f"{where}: pipeline(...) without device= (transformers 5 moves the model to a GPU)")
        for call in calls_named(tree, "TrainingArguments"):
            if "use_cpu" not in keywords(call):
                found.append(f"{where}: TrainingArguments(...) without use_cpu= (Trainer moves the model to a GPU)")
        for call in calls_named(tree, "compile"):
            if isinstance(call.func, ast.Attribute) and getattr(call.func.value, "id", "") == "torch" \
                    and "backend" not in keywords(call):
                found.append(f"{where}: torch.compile without backend= (course.compile_backend(): no C++ compiler)")
        for call in calls_named(tree, "is_bf16_supported"):
            if "including_emulation" not in keywords(call):
                found.append(f"{where}: is_bf16_supported() counts emulation (course.bf16_native)")
        for call in calls_named(tree, "symlink_to"):
            if "except OSError" not in source:
                found.append(f"{where}: symlink_to without a fallback (Windows without Developer Mode)")
        if re.search(r"^\s*(import|from)\s+(resource|fcntl|termios|pwd|grp)\b", source, re.MULTILINE):
            found.append(f"{where}: a Unix-only module (course.peak_memory_gb for memory)")
        for call in calls_named(tree, "init_process_group"):
            if "127.0.0.1" not in source and "gloo_environment" not in notebook_text(path):
                found.append(f"{where}: init_process_group without the loopback address (course.gloo_environment)")
    return found


def notebook_text(path: Path) -> str:
    return "".join("".join(c["source"]) for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code")


def test_the_scan_finds_each_pattern(tmp_path):
    bad = tmp_path / "bad.ipynb"
    cells = ['p = pipeline("text-classification",\n             model=m)', "args = TrainingArguments(output_dir=d)",
             "f = torch.compile(model)", "import resource", "torch.cuda.is_bf16_supported()",
             "(folder / name).symlink_to(blob)", 'dist.init_process_group("gloo")']
    bad.write_text(json.dumps({"cells": [{"cell_type": "code", "source": c} for c in cells]}))
    assert len(problems_in(bad)) == len(cells)
    good = tmp_path / "good.ipynb"
    fixed = ['p = pipeline("text-classification", model=m, device="cpu")', "args = TrainingArguments(output_dir=d, use_cpu=True)",
             'f = torch.compile(model, backend=course.compile_backend())', "peak = course.peak_memory_gb()",
             "torch.cuda.is_bf16_supported(including_emulation=False)",
             "try:\n    (f / n).symlink_to(b)\nexcept OSError:\n    (f / n).write_bytes(d)",
             'dist.init_process_group("gloo", init_method="tcp://127.0.0.1:29500", rank=0, world_size=1)']
    good.write_text(json.dumps({"cells": [{"cell_type": "code", "source": c} for c in fixed]}))
    assert problems_in(good) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_device_is_chosen_on_purpose_and_every_call_runs_everywhere(path):
    problems = problems_in(path)
    assert not problems, "\n".join(problems)


@pytest.fixture
def tiny_classifier():
    transformers = pytest.importorskip("transformers")
    import tokenizers

    vocabulary = {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "good": 4, "bad": 5}
    backend = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocabulary, unk_token="[UNK]"))
    backend.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tokenizer = transformers.PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="[PAD]", unk_token="[UNK]")
    config = transformers.BertConfig(vocab_size=6, hidden_size=8, num_hidden_layers=1, num_attention_heads=2,
                                     intermediate_size=16, num_labels=2)
    return transformers.BertForSequenceClassification(config).eval(), tokenizer


def test_with_a_faked_gpu_the_pipeline_moves_the_model_unless_told(monkeypatch, tiny_classifier):
    import torch
    import transformers
    import transformers.pipelines.base as base

    model, tokenizer = tiny_classifier
    monkeypatch.setattr(base, "is_torch_cuda_available", lambda: True)    # transformers now "sees" a GPU
    moved_to = []
    monkeypatch.setattr(type(model), "to", lambda self, *args, **kwargs: moved_to.append(args[0]) or self)

    transformers.pipeline("text-classification", model=model, tokenizer=tokenizer)
    assert moved_to == [torch.device("cuda:0")]              # what the course's device= prevents
    moved_to.clear()
    chosen = transformers.pipeline("text-classification", model=model, tokenizer=tokenizer, device="cpu")
    assert moved_to == [] and chosen.device == torch.device("cpu")
