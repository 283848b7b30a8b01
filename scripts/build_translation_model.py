"""Rebuild the course's English-to-French translation model, marian-en-fr-course (lesson 07).

    python scripts/build_translation_model.py    # the committed folder; about 3 minutes on one CPU thread
    python scripts/build_translation_model.py --max-examples 64 --epochs 1 --output /tmp/marian

A MarianMT model, the encoder-decoder architecture of the Helsinki-NLP/opus-mt translation models, but
tiny (2 encoder and 2 decoder layers, 128 numbers per token, 0.8M parameters) and trained **from scratch**
on the course's English-French pairs (course_lib/data/translation, lesson 07):

1. A SentencePiece tokenizer (unigram, 1,000 pieces, shared by both languages) learned from the training
   pairs, written as Marian's ``source.spm``/``target.spm`` + ``vocab.json``.
2. The model, trained with teacher forcing on cross-entropy (AdamW, learning rate 2e-3, batches of 32,
   linear schedule with 10% warm-up, 12 epochs).

Quality is measured with sacrebleu (BLEU and chrF) on greedy translations, for the templated and the
hand-written test pairs separately: the model learns the templates' sentence shapes well and new shapes
badly, which is the lesson's point about small models and narrow data.

The folder (config, float32 safetensors, tokenizer files) is committed under course_lib/weights/.
Reproducible: seeded and on one thread, two runs on one machine write the same weights. Record the printed
SHA-256 in course_lib/models.py only when the committed folder is replaced on purpose.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from course_lib import data, models  # noqa: E402
from course_lib.frameworks import import_torch, import_transformers  # noqa: E402
from scripts.finetune_delta import one_deterministic_thread, spread  # noqa: E402

MODEL = "marian-en-fr-course"
SPECIAL = {"pad": (0, "<pad>"), "eos": (1, "</s>"), "unk": (2, "<unk>")}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, help="default: the committed folder in course_lib/weights/")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--vocab-size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-examples", type=int, help="only N pairs of each split (a smoke test)")
    return parser.parse_args(argv)


def train_tokenizer(pairs: list[Any], vocab_size: int, folder: Path) -> Any:
    """A SentencePiece model shared by English and French, saved in Marian's layout; the tokenizer."""
    import sentencepiece

    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter([p.en for p in pairs] + [p.fr for p in pairs]), model_writer=model,
        vocab_size=vocab_size, model_type="unigram", character_coverage=1.0, num_threads=1, bos_id=-1,
        **{f"{name}_id": i for name, (i, _) in SPECIAL.items()},
        **{f"{name}_piece": piece for name, (_, piece) in SPECIAL.items()},
        minloglevel=2, hard_vocab_limit=False)
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes(model.getvalue())
    processor = sentencepiece.SentencePieceProcessor(model_proto=model.getvalue())
    vocab = {processor.id_to_piece(i): i for i in range(processor.get_piece_size())}
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=0), encoding="utf-8")
    transformers = import_transformers()
    return transformers.MarianTokenizer(str(folder / "source.spm"), str(folder / "target.spm"),
                                        str(folder / "vocab.json"), source_lang="en", target_lang="fr")


def new_model(vocab_size: int) -> Any:
    transformers = import_transformers()
    config = transformers.MarianConfig(
        vocab_size=vocab_size, d_model=128, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
        decoder_attention_heads=4, encoder_ffn_dim=256, decoder_ffn_dim=256, max_position_embeddings=64,
        pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, forced_eos_token_id=1, dropout=0.1,
        scale_embedding=True, share_encoder_decoder_embeddings=True)
    return transformers.MarianMTModel(config)


def translate(model: Any, tokenizer: Any, sentences: list[str], batch: int = 64) -> list[str]:
    """Greedy translations (no sampling: the same output every time)."""
    torch = import_torch()
    model.eval()
    out: list[str] = []
    with torch.no_grad():
        for i in range(0, len(sentences), batch):
            encoded = tokenizer(sentences[i:i + batch], return_tensors="pt", padding=True)
            generated = model.generate(**encoded, max_new_tokens=48, num_beams=1, do_sample=False)
            out += tokenizer.batch_decode(generated, skip_special_tokens=True)
    return out


def scores(pairs: list[Any], translations: list[str]) -> dict[str, float]:
    """sacrebleu's corpus BLEU and chrF (0-100)."""
    import sacrebleu

    references = [[p.fr for p in pairs]]
    return {"bleu": sacrebleu.corpus_bleu(translations, references).score,
            "chrf": sacrebleu.corpus_chrf(translations, references).score}


def train(args: argparse.Namespace, folder: Path) -> tuple[Any, Any, dict]:
    torch, transformers = import_torch(), import_transformers()
    pairs = spread(data.translation_pairs("train"), args.max_examples)
    tokenizer = train_tokenizer(pairs, args.vocab_size, folder)
    torch.manual_seed(args.seed)
    model = new_model(len(tokenizer))
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * -(-len(pairs) // args.batch_size)
    schedule = transformers.get_linear_schedule_with_warmup(optimizer, max(1, steps // 10), steps)
    order_rng = torch.Generator().manual_seed(args.seed)
    validation = spread(data.translation_pairs("validation"), min(100, args.max_examples or 100))
    for epoch in range(1, args.epochs + 1):
        start, total = time.perf_counter(), 0.0
        model.train()
        for batch_ids in torch.randperm(len(pairs), generator=order_rng).split(args.batch_size):
            batch = [pairs[i] for i in batch_ids]
            encoded = tokenizer([p.en for p in batch], text_target=[p.fr for p in batch], return_tensors="pt",
                                padding=True)
            encoded["labels"][encoded["labels"] == tokenizer.pad_token_id] = -100  # padding is not a target
            loss = model(**encoded).loss
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item() * len(batch)
        chrf = scores(validation, translate(model, tokenizer, [p.en for p in validation]))["chrf"]
        print(f"epoch {epoch}/{args.epochs}: loss {total / len(pairs):.4f}, validation chrF {chrf:.1f} "
              f"(training {time.perf_counter() - start:.0f} s)", flush=True)
    record = {"epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size, "vocab_size": args.vocab_size,
              "seed": args.seed, "max_examples": args.max_examples}
    return model, tokenizer, record


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    transformers = import_transformers()
    spec = models.get_spec(MODEL)
    output = args.output or (models.COURSE_LIB / spec.offline.path)
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    with one_deterministic_thread():
        start = time.perf_counter()
        model, tokenizer, record = train(args, output)
        model.save_pretrained(output)
        tokenizer.save_pretrained(output)
        (output / "training.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
        reloaded = transformers.AutoModelForSeq2SeqLM.from_pretrained(output, use_safetensors=True)
        retokenizer = transformers.AutoTokenizer.from_pretrained(output)
        test = spread(data.translation_pairs("test"), args.max_examples)
        translations = translate(reloaded, retokenizer, [p.en for p in test])
    for source in ("templated", "handwritten"):
        part = [(p, t) for p, t in zip(test, translations) if p.source == source]
        if part:
            result = scores([p for p, _ in part], [t for _, t in part])
            print(f"test, {source} ({len(part)} pairs): BLEU {result['bleu']:.1f}, chrF {result['chrf']:.1f}")
    weights = output / "model.safetensors"
    digest = models._sha256(weights)
    size = sum(f.stat().st_size for f in output.iterdir()) / 1e6
    print(f"wrote {output} ({size:.1f} MB) in {time.perf_counter() - start:.0f} s")
    same = "the registry's" if digest == spec.sha256.get("model.safetensors") else "NOT the registry's"
    print(f"SHA-256 of model.safetensors {digest} ({same}; course_lib/models.py pins the committed file)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
