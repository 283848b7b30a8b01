"""Rebuild the course's extractive question-answering model, minilm-qa (used offline by lesson 07).

    python scripts/build_qa_model.py      # the committed file; about 10 minutes on one CPU thread
    python scripts/build_qa_model.py --max-examples 24 --epochs 1 --output /tmp/x.safetensors

The recipe: all-MiniLM-L6-v2 (hash-checked, from its pip package) as an
``AutoModelForQuestionAnswering``: a new linear *span head* gives every token two scores, "the answer
starts here" and "the answer ends here". The question and the context go in as one pair
(``[CLS] question [SEP] context [SEP]``); the training target is the positions of the answer's first and
last tokens in the context. The top 2 layers learn whole, every other layer learns only its biases and
LayerNorm scales (BitFit), with the span head; AdamW, learning rate 2e-4, weight decay 0.01, batches of 16,
linear schedule with 10% warm-up; the epoch with the best validation F1 is kept. Only the trained tensors
are saved, rounded to float16, so ``course.load("minilm-qa")`` puts them into the base model.

Quality is measured with the SQuAD metric (exact match and F1 after SQuAD's normalisation) from
``torchmetrics``, on the course's own question-answering data (course_lib/data/qa, lesson 07). The
accuracies printed at the end are those of the model as loaded, float16 rounding included.

Reproducible: seeded and on one thread, two runs on one machine write the same bytes. Record the printed
SHA-256 in course_lib/models.py only when the committed file is replaced on purpose.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from course_lib import data, models  # noqa: E402
from course_lib.frameworks import import_torch, import_transformers  # noqa: E402
from scripts.finetune_delta import (  # noqa: E402
    freeze_all_but, one_deterministic_thread, provenance, report, save_delta, spread, trainable_names)

MODEL = "minilm-qa"
MAX_LENGTH = 256  # tokens for question + context; the course's contexts need under 200
MAX_ANSWER_TOKENS = 20


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, help="default: the committed file in course_lib/weights/")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--top-layers", type=int, default=2, help="how many top layers learn whole")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-examples", type=int, help="only N questions of each split (a smoke test)")
    return parser.parse_args(argv)


def encode(tokenizer: Any, examples: list[Any], with_targets: bool) -> Any:
    """Question + context pairs as one batch; with targets, the answer's first and last token positions."""
    torch = import_torch()
    encoded = tokenizer([e.question for e in examples], [e.context for e in examples], truncation="only_second",
                        max_length=MAX_LENGTH, padding=True, return_offsets_mapping=True, return_tensors="pt")
    if with_targets:
        starts, ends = [], []
        for row, example in enumerate(examples):
            first, last = example.answer_start, example.answer_start + len(example.answer)
            in_context = [i for i, s in enumerate(encoded.sequence_ids(row)) if s == 1]
            offsets = encoded["offset_mapping"][row].tolist()
            covering = [i for i in in_context if offsets[i][0] < last and offsets[i][1] > first]
            if not covering:
                raise ValueError(f"{example.id}: the answer is not inside the first {MAX_LENGTH} tokens")
            starts.append(covering[0])
            ends.append(covering[-1])
        encoded["start_positions"], encoded["end_positions"] = torch.tensor(starts), torch.tensor(ends)
    return encoded


def predict(model: Any, tokenizer: Any, examples: list[Any], batch: int = 32) -> list[str]:
    """The best span of each context: the highest start + end score with start <= end, inside the context,
    at most MAX_ANSWER_TOKENS long; returned as the context's own characters."""
    torch = import_torch()
    model.eval()
    answers = []
    with torch.no_grad():
        for i in range(0, len(examples), batch):
            part = examples[i:i + batch]
            encoded = encode(tokenizer, part, with_targets=False)
            offsets = encoded.pop("offset_mapping")
            output = model(**encoded)
            for row, example in enumerate(part):
                in_context = torch.tensor([s == 1 for s in encoded.sequence_ids(row)])
                start = output.start_logits[row].masked_fill(~in_context, float("-inf"))
                end = output.end_logits[row].masked_fill(~in_context, float("-inf"))
                scores = start[:, None] + end[None, :]  # scores[s, e] for every start s and end e
                allowed = torch.ones_like(scores, dtype=torch.bool).triu().tril(MAX_ANSWER_TOKENS - 1)
                best = int(scores.masked_fill(~allowed, float("-inf")).argmax())
                s, e = divmod(best, scores.shape[1])
                answers.append(example.context[int(offsets[row, s, 0]):int(offsets[row, e, 1])])
    return answers


def squad_scores(examples: list[Any], answers: list[str]) -> dict[str, float]:
    """Exact match and F1 (SQuAD's normalisation: lower case, no punctuation, no articles), in percent."""
    from torchmetrics.text import SQuAD

    predictions = [{"prediction_text": a, "id": e.id} for e, a in zip(examples, answers)]
    targets = [{"answers": {"answer_start": [e.answer_start], "text": [e.answer]}, "id": e.id} for e in examples]
    return {name: float(value) for name, value in SQuAD()(predictions, targets).items()}


def train(args: argparse.Namespace, folder: Path) -> tuple[dict[str, Any], dict]:
    """Fine-tune; the trained tensors of the best epoch (by validation F1) and a record of the run."""
    torch, transformers = import_torch(), import_transformers()
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
    torch.manual_seed(args.seed)  # the new span head's initial weights, then dropout
    model = transformers.AutoModelForQuestionAnswering.from_pretrained(folder, use_safetensors=True,
                                                                       trust_remote_code=False)
    names = trainable_names(model, args.top_layers)
    parameters = freeze_all_but(model, names)
    examples = spread(data.qa_examples("train"), args.max_examples)
    validation = spread(data.qa_examples("validation"), args.max_examples)
    steps = args.epochs * -(-len(examples) // args.batch_size)
    optimizer = torch.optim.AdamW(parameters, lr=args.lr, weight_decay=0.01)
    schedule = transformers.get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    order_rng = torch.Generator().manual_seed(args.seed)
    best: tuple[float, int, dict[str, Any]] = (-1.0, 0, {})
    for epoch in range(1, args.epochs + 1):
        start, total = time.perf_counter(), 0.0
        model.train()
        order = torch.randperm(len(examples), generator=order_rng).tolist()
        for i in range(0, len(order), args.batch_size):
            batch = [examples[j] for j in order[i:i + args.batch_size]]
            encoded = encode(tokenizer, batch, with_targets=True)
            encoded.pop("offset_mapping")
            loss = model(**encoded).loss  # the mean of the start and end cross-entropies
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item() * len(batch)
        seconds = time.perf_counter() - start
        scores = squad_scores(validation, predict(model, tokenizer, validation))
        print(f"epoch {epoch}/{args.epochs}: loss {total / len(examples):.4f}, validation exact match "
              f"{scores['exact_match']:.1f}, F1 {scores['f1']:.1f} (training {seconds:.0f} s)", flush=True)
        if scores["f1"] > best[0]:  # a tie keeps the earlier epoch
            state = model.state_dict()
            best = (scores["f1"], epoch, {name: state[name].detach().clone() for name in names})
    record = {"epochs": args.epochs, "best_epoch": best[1], "lr": args.lr, "batch_size": args.batch_size,
              "top_layers": args.top_layers, "seed": args.seed, "max_examples": args.max_examples,
              "validation_f1_float32": round(best[0], 2)}
    return best[2], record


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    transformers = import_transformers()
    spec = models.get_spec(MODEL)
    base = models.get_spec(spec.offline.base)
    folder = models.model_dir(base.name, source="offline")
    models.verify_files(base, folder)
    output = args.output or models.delta_file(spec)
    with one_deterministic_thread():
        start = time.perf_counter()
        tensors, record = train(args, folder)
        record |= provenance(spec, "course_lib/data/qa")
        save_delta(tensors, output, record)
        model = models.apply_delta(spec, folder, output)  # what course.load builds, float16 included
        tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
        results = {}
        for name in ("validation", "test"):
            examples = spread(data.qa_examples(name), args.max_examples)
            results[name] = squad_scores(examples, predict(model, tokenizer, examples))
    report(spec, output, tensors, start, f"best epoch {record['best_epoch']}; as loaded (float16): " + "; ".join(
        f"{name} exact match {r['exact_match']:.1f}, F1 {r['f1']:.1f}" for name, r in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
