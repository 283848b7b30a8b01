"""The course's own datasets, written for the course and shipped with it (lesson 04 onwards).

The sentiment dataset: short English texts labelled negative/positive, from six domains, with fixed
train/validation/test splits and hard-case tags. Its data card, ``sentiment/DATA_CARD.md``, says how it
was made and what it cannot do (``sentiment_card()`` returns it).

    from course_lib import data
    examples = data.sentiment_examples("train")               # plain Python objects
    texts, labels = data.sentiment_texts_and_labels("test")   # lists and a NumPy array
    splits = data.sentiment_dataset()                         # a Hugging Face DatasetDict

Lesson 07's task datasets (extractive question answering, English-French translation, summaries) live in
``course_lib.data.tasks`` and are re-exported here: ``qa_examples``, ``translation_pairs``,
``summary_examples``, their ``*_dataset`` versions and ``card(name)``.

Importing this module is cheap: NumPy and ``datasets`` are imported only by the functions that need them.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import IntegrityError, UnknownNameError, suggest

__all__ = [
    "LABELS",
    "SPLITS",
    "PHENOMENA",
    "DOMAINS",
    "SENTIMENT_FILE",
    "SentimentExample",
    "sentiment_examples",
    "sentiment_texts_and_labels",
    "sentiment_dataset",
    "sentiment_card",
    # lesson 07's datasets, from tasks.py (imported at the end of this module)
    "QA_SPLITS",
    "TRANSLATION_SPLITS",
    "SUMMARY_SPLITS",
    "TASK_DOMAINS",
    "TRANSLATION_DOMAINS",
    "SOURCES",
    "SUMMARY_KINDS",
    "QA_FILE",
    "TRANSLATION_FILE",
    "SUMMARIES_FILE",
    "QAExample",
    "TranslationPair",
    "SummaryExample",
    "qa_examples",
    "qa_dataset",
    "translation_pairs",
    "translation_dataset",
    "summary_examples",
    "summaries_dataset",
    "card",
]

LABELS = ("negative", "positive")  # label ids 0 and 1
SPLITS = ("train", "validation", "test")
PHENOMENA = ("negation", "contrast", "intensifier", "informal", "typo", "short", "plain")
DOMAINS = ("customer_service", "films", "finance", "health_app", "products", "restaurants")
SENTIMENT_FOLDER = Path(__file__).resolve().parent / "sentiment"
SENTIMENT_FILE = SENTIMENT_FOLDER / "sentiment.jsonl"
SENTIMENT_CARD = SENTIMENT_FOLDER / "DATA_CARD.md"
_RESTORE = (
    "Restore it from a fresh clone of the course repository (or reinstall the course package: "
    "`pip install --force-reinstall --no-deps -e .` in the course folder)."
)


@dataclass(frozen=True)
class SentimentExample:
    """One labelled text of the course's sentiment dataset (lessons 04, 06, 07)."""

    id: str
    split: str
    domain: str
    label: int  # 0 = negative, 1 = positive
    label_name: str
    phenomena: tuple[str, ...]  # hard-case tags, see PHENOMENA
    text: str


@functools.lru_cache(maxsize=2)
def _read(path: Path) -> tuple[SentimentExample, ...]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        raise IntegrityError(f"The course's sentiment dataset is missing ({path.name} cannot be read). {_RESTORE}") from None
    examples = []
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
            examples.append(
                SentimentExample(
                    id=row["id"],
                    split=row["split"],
                    domain=row["domain"],
                    label=LABELS.index(row["label"]),
                    label_name=row["label"],
                    phenomena=tuple(row["phenomena"]),
                    text=row["text"],
                )
            )
        except (ValueError, KeyError, TypeError):
            raise IntegrityError(f"{path.name}, line {number}, is not a valid example: the file is damaged. {_RESTORE}") from None
    return tuple(examples)


def _check_split(split: str | None) -> None:
    if split is not None and split not in SPLITS:
        hint = suggest(str(split), SPLITS)
        raise UnknownNameError(f"The dataset has no split called {split!r}; its splits are {', '.join(SPLITS)}. {hint}".strip())


def sentiment_examples(split: str | None = None) -> list[SentimentExample]:
    """The examples of one split ("train", "validation", "test"), or all of them (lesson 04)."""
    _check_split(split)
    return [example for example in _read(SENTIMENT_FILE) if split is None or example.split == split]


def sentiment_texts_and_labels(split: str) -> tuple[list[str], Any]:
    """The texts of a split and their labels as an int64 NumPy array (0 negative, 1 positive; lesson 04)."""
    import numpy as np

    examples = sentiment_examples(split)
    return [e.text for e in examples], np.array([e.label for e in examples], dtype=np.int64)


def sentiment_dataset(split: str | None = None) -> Any:
    """A Hugging Face ``datasets.Dataset`` for one split, or a ``DatasetDict`` of all three (lessons 04-06)."""
    _check_split(split)
    import datasets

    features = datasets.Features(
        {
            "id": datasets.Value("string"),
            "text": datasets.Value("string"),
            "label": datasets.ClassLabel(names=list(LABELS)),
            "domain": datasets.Value("string"),
            "phenomena": datasets.Sequence(datasets.Value("string")),
        }
    )

    def one(name: str) -> Any:
        examples = sentiment_examples(name)
        columns = {
            "id": [e.id for e in examples],
            "text": [e.text for e in examples],
            "label": [e.label for e in examples],
            "domain": [e.domain for e in examples],
            "phenomena": [list(e.phenomena) for e in examples],
        }
        return datasets.Dataset.from_dict(columns, features=features)

    return one(split) if split else datasets.DatasetDict({name: one(name) for name in SPLITS})


def sentiment_card() -> str:
    """The data card of the sentiment dataset: how it was made, label rules, limits (lesson 04)."""
    try:
        return SENTIMENT_CARD.read_text(encoding="utf-8")
    except OSError:
        raise IntegrityError(f"The sentiment dataset's data card ({SENTIMENT_CARD.name}) is missing. {_RESTORE}") from None


# Lesson 07's datasets. Imported last: tasks.py reads _RESTORE and SENTIMENT_CARD from this module.
from .tasks import (  # noqa: E402
    QA_FILE,
    QA_SPLITS,
    SOURCES,
    SUMMARIES_FILE,
    SUMMARY_KINDS,
    SUMMARY_SPLITS,
    TASK_DOMAINS,
    TRANSLATION_DOMAINS,
    TRANSLATION_FILE,
    TRANSLATION_SPLITS,
    QAExample,
    SummaryExample,
    TranslationPair,
    card,
    qa_dataset,
    qa_examples,
    summaries_dataset,
    summary_examples,
    translation_dataset,
    translation_pairs,
)
