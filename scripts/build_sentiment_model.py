"""Rebuild the course's fine-tuned sentiment model, minilm-sentiment (used offline by lessons 06-07).

    python scripts/build_sentiment_model.py     # the committed file; about 3 minutes on one CPU thread
    python scripts/build_sentiment_model.py --max-examples 32 --epochs 1 --output /tmp/x.safetensors

The recipe builds on BitFit (Ben Zaken et al., 2022, which trains only the biases and the head):
all-MiniLM-L6-v2 (hash-checked, from its pip package) as an ``AutoModelForSequenceClassification`` with 2
labels (BERT's pooled [CLS] vector and a new linear head), where only the bias vectors and LayerNorm scales of
every layer learn, with the pooler and the head (about 0.2M of 22.7M numbers, under 1%; the pooler's 384 x 384
matrix is most of them); the other weight matrices stay frozen. It is trained on the course's train split
(AdamW, learning rate 1e-3, weight decay 0.01, batches of 16, linear schedule with 10% warm-up, 5 epochs); the
epoch with the best validation accuracy is kept. ``--top-layers N`` also trains the top N layers whole (2
layers: 3.7M numbers, a 7.4 MB file, about the same accuracy here).
Only the trained tensors are saved, rounded to float16 (under 0.5 MB), so
``course.load("minilm-sentiment")`` adds them to the base model. The accuracies printed at the end are
those of that loaded model, float16 rounding included.

Reproducible: seeded and on one thread, two runs on one machine write the same bytes. Bitwise equality
across CPUs (other SIMD kernels) or library versions is not expected, so the registry's SHA-256 pins the
committed file, and this script prints the new file's SHA-256 and its accuracies: record the hash in
course_lib/models.py only when the committed file is replaced on purpose.
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

MODEL = "minilm-sentiment"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, help="default: the committed file in course_lib/weights/")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--top-layers", type=int, default=0,
                        help="how many of the top layers are trained whole (besides every bias and LayerNorm)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-examples", type=int, help="only N texts of each split, spread evenly (a smoke test)")
    return parser.parse_args(argv)


def split(name: str, limit: int | None) -> tuple[list[str], list[int]]:
    """A split's texts and labels; with ``limit``, that many, spread over the file."""
    examples = spread(data.sentiment_examples(name), limit)
    return [e.text for e in examples], [e.label for e in examples]


def accuracy(model: Any, tokenizer: Any, texts: list[str], labels: list[int], batch: int = 64) -> float:
    """The share of ``texts`` the model labels right (eval mode, no gradients)."""
    torch = import_torch()
    model.eval()
    right = 0
    with torch.no_grad():
        for i in range(0, len(texts), batch):
            encoded = tokenizer(texts[i:i + batch], padding=True, truncation=True, max_length=128,
                                return_tensors="pt")
            predicted = model(**encoded).logits.argmax(-1)
            right += int((predicted == torch.tensor(labels[i:i + batch])).sum())
    return right / len(texts)


def train(args: argparse.Namespace, spec: models.ModelSpec, folder: Path) -> tuple[dict[str, Any], dict]:
    """Fine-tune; the trained tensors of the best epoch (by validation accuracy) and a record of the run."""
    torch, transformers = import_torch(), import_transformers()
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
    labels = spec.offline.labels
    torch.manual_seed(args.seed)  # the new head's initial weights, then dropout
    model = transformers.AutoModelForSequenceClassification.from_pretrained(
        folder, num_labels=len(labels), id2label=dict(enumerate(labels)), use_safetensors=True,
        trust_remote_code=False)
    names = trainable_names(model, args.top_layers)
    parameters = freeze_all_but(model, names)
    texts, targets = split("train", args.max_examples)
    val_texts, val_labels = split("validation", args.max_examples)
    steps = args.epochs * -(-len(texts) // args.batch_size)
    optimizer = torch.optim.AdamW(parameters, lr=args.lr, weight_decay=0.01)
    schedule = transformers.get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    order_rng = torch.Generator().manual_seed(args.seed)
    best: tuple[float, int, dict[str, Any]] = (-1.0, 0, {})
    for epoch in range(1, args.epochs + 1):
        start, total = time.perf_counter(), 0.0
        model.train()
        order = torch.randperm(len(texts), generator=order_rng).tolist()
        for i in range(0, len(order), args.batch_size):
            batch = order[i:i + args.batch_size]
            encoded = tokenizer([texts[j] for j in batch], padding=True, truncation=True, max_length=128,
                                return_tensors="pt")
            loss = torch.nn.functional.cross_entropy(model(**encoded).logits,
                                                     torch.tensor([targets[j] for j in batch]))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item() * len(batch)
        seconds = time.perf_counter() - start
        val = accuracy(model, tokenizer, val_texts, val_labels)
        print(f"epoch {epoch}/{args.epochs}: loss {total / len(texts):.4f}, validation accuracy {val:.4f} "
              f"(training {seconds:.0f} s)", flush=True)
        if val > best[0]:  # a tie keeps the earlier epoch
            state = model.state_dict()
            best = (val, epoch, {name: state[name].detach().clone() for name in names})
    record = {"epochs": args.epochs, "best_epoch": best[1], "lr": args.lr, "batch_size": args.batch_size,
              "top_layers": args.top_layers, "seed": args.seed, "max_examples": args.max_examples,
              "validation_accuracy_float32": round(best[0], 4)}
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
        tensors, record = train(args, spec, folder)
        record |= provenance(spec, "course_lib/data/sentiment")
        save_delta(tensors, output, record)
        model = models.apply_delta(spec, folder, output)  # what course.load builds, float16 included
        tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
        results = {name: accuracy(model, tokenizer, *split(name, args.max_examples))
                   for name in ("validation", "test")}
    report(spec, output, tensors, start, f"best epoch {record['best_epoch']}; as loaded (float16): validation "
           f"accuracy {results['validation']:.4f}, test accuracy {results['test']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
