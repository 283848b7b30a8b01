"""The glossary's tables name real calls, and every one of them runs in one of its code cells.

A reference page is where learners copy code from, so a call that only appears in a table can go stale
unnoticed (as `Trainer(model, args, train_dataset)` did when the third positional parameter became
`data_collator`). This test ties every call and keyword argument in the glossary's markdown to a code
cell; strict nbval then runs those cells with the course's versions.
"""

from __future__ import annotations

import json
import re

from scripts import notebook_env

GLOSSARY = notebook_env.NOTEBOOKS / "glossary.ipynb"
CODE_SPAN = re.compile(r"`([^`]+)`")
CALL = re.compile(r"([A-Za-z_][\w]*)\s*\(")
KEYWORD = re.compile(r"[(,]\s*([a-z_]\w*)=")
NOT_CALLS = {"device"}  # `with tf.device("/GPU:0"):` is shown as `tf.device(...)` in a code cell too


def _cells(kind: str) -> list[str]:
    notebook = json.loads(GLOSSARY.read_text())
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == kind]


def snippets_in_prose() -> list[str]:
    return [span for text in _cells("markdown") for span in CODE_SPAN.findall(text) if "(" in span]


def test_the_pattern_reads_calls_and_keywords():
    snippet = "Trainer(model=..., args=..., train_dataset=...).train()"
    assert CALL.findall(snippet) == ["Trainer", "train"]
    assert KEYWORD.findall(snippet) == ["model", "args", "train_dataset"]


def test_every_call_in_the_glossary_prose_runs_in_a_code_cell():
    code = "\n".join(_cells("code"))
    missing = []
    for snippet in snippets_in_prose():
        for name in CALL.findall(snippet):
            if name not in NOT_CALLS and not re.search(rf"\b{re.escape(name)}\s*\(", code):
                missing.append(f"{name}(...) from `{snippet}`")
        for keyword in KEYWORD.findall(snippet):
            if not re.search(rf"\b{re.escape(keyword)}\s*=", code):
                missing.append(f"{keyword}= from `{snippet}`")
    assert not missing, "the glossary shows calls that none of its code cells runs:\n  " + "\n  ".join(missing)
