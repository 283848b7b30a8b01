"""The course's sentiment dataset (course_lib/data): sizes, balance, clean splits, variety, loader, card.

Lessons 04, 06 and 07 train and evaluate on it, so a broken split, a leaked test example or a set that
degenerated into templates would make their conclusions wrong; the data card must say what the data is.
"""

from __future__ import annotations

import collections
import re
import statistics
from itertools import combinations

import numpy as np
import pytest

from course_lib import data
from course_lib.errors import IntegrityError, UnknownNameError

EXAMPLES = data.sentiment_examples()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def test_size_and_split_proportions():
    # The floor, and 70/15/15 splits.
    assert len(EXAMPLES) >= 2000
    sizes = collections.Counter(e.split for e in EXAMPLES)
    assert set(sizes) == set(data.SPLITS)
    for split, share in (("train", 0.70), ("validation", 0.15), ("test", 0.15)):
        assert abs(sizes[split] / len(EXAMPLES) - share) < 0.01, sizes


@pytest.mark.parametrize("split", data.SPLITS)
def test_every_split_is_balanced_by_label_and_by_domain(split):
    # 50% is chance only if the labels are balanced; per-domain balance keeps one domain from dominating.
    examples = data.sentiment_examples(split)
    labels = collections.Counter(e.label_name for e in examples)
    assert labels["negative"] == labels["positive"]
    per_domain = collections.Counter((e.domain, e.label_name) for e in examples)
    assert len({count for count in per_domain.values()}) == 1, per_domain
    assert {domain for domain, _ in per_domain} == set(data.DOMAINS)


def test_ids_are_unique_and_splits_share_no_text():
    # A text in both train and test would inflate every test score.
    assert len({e.id for e in EXAMPLES}) == len(EXAMPLES)
    normalised = collections.defaultdict(set)
    for e in EXAMPLES:
        normalised[" ".join(words(e.text))].add(e.split)
    assert len(normalised) == len(EXAMPLES), "exact duplicates (ignoring case and punctuation)"
    assert all(len(splits) == 1 for splits in normalised.values())


def test_no_near_duplicates():
    # Two texts sharing more than 70% of their words are one example written twice. Only pairs that
    # share a rare word can reach that (a pair of texts of 1-2 words is compared directly).
    sets = [set(words(e.text)) for e in EXAMPLES]
    frequency = collections.Counter(w for s in sets for w in s)
    buckets = collections.defaultdict(list)
    for index, s in enumerate(sets):
        rarest = sorted(s, key=lambda w: (frequency[w], w))[:3] if s else []
        for word in rarest:
            buckets[word].append(index)
    close = set()
    for members in buckets.values():
        for i, j in combinations(members, 2):
            union = sets[i] | sets[j]
            if union and len(sets[i] & sets[j]) / len(union) > 0.7:
                close.add((min(i, j), max(i, j)))
    assert not close, [(EXAMPLES[i].text, EXAMPLES[j].text) for i, j in sorted(close)[:5]]


def test_the_set_is_varied_not_templated():
    # Templates show up as shared 5-word runs, a small vocabulary and uniform lengths.
    grams = collections.Counter()
    for e in EXAMPLES:
        w = words(e.text)
        grams.update({tuple(w[i:i + 5]) for i in range(len(w) - 4)})
    gram, count = grams.most_common(1)[0]
    assert count <= 3, (gram, count)          # the data card says "in more than 3 examples": none
    assert len({w for e in EXAMPLES for w in words(e.text)}) >= 3000
    lengths = [len(e.text.split()) for e in EXAMPLES]
    assert min(lengths) <= 3 and max(lengths) >= 30 and 8 <= statistics.median(lengths) <= 20


def test_every_hard_case_tag_is_common_and_balanced():
    assert {t for e in EXAMPLES for t in e.phenomena} <= set(data.PHENOMENA)
    for tag in data.PHENOMENA:
        tagged = [e for e in EXAMPLES if tag in e.phenomena]
        assert len(tagged) >= 0.08 * len(EXAMPLES), tag
        positives = sum(e.label for e in tagged) / len(tagged)
        assert 0.35 <= positives <= 0.65, (tag, positives)
    short = [e for e in EXAMPLES if len(e.text.split()) <= 4]
    assert all("short" in e.phenomena for e in short)


def test_six_domains_each_a_sixth():
    domains = collections.Counter(e.domain for e in EXAMPLES)
    assert set(domains) == set(data.DOMAINS)
    assert len(set(domains.values())) == 1


def test_the_loader_returns_typed_examples_and_arrays():
    first = EXAMPLES[0]
    assert isinstance(first, data.SentimentExample) and first.label_name == data.LABELS[first.label]
    texts, labels = data.sentiment_texts_and_labels("validation")
    assert len(texts) == len(labels) == len(data.sentiment_examples("validation"))
    assert labels.dtype == np.int64 and set(labels.tolist()) == {0, 1}


@pytest.mark.slow
def test_the_hugging_face_dataset_has_the_same_rows():
    splits = data.sentiment_dataset()
    assert set(splits) == set(data.SPLITS)
    train = splits["train"]
    assert train.num_rows == len(data.sentiment_examples("train"))
    assert train.features["label"].names == list(data.LABELS)
    assert train[0]["text"] == data.sentiment_examples("train")[0].text
    assert data.sentiment_dataset("test").num_rows == len(data.sentiment_examples("test"))


def test_a_misspelt_split_suggests_the_right_one():
    with pytest.raises(UnknownNameError, match="Did you mean 'validation'"):
        data.sentiment_examples("valid")


def test_a_missing_or_damaged_file_says_how_to_restore_it(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "SENTIMENT_FILE", tmp_path / "sentiment.jsonl")
    with pytest.raises(IntegrityError, match="fresh clone"):
        data.sentiment_examples("train")
    (tmp_path / "sentiment.jsonl").write_text('{"id": "s0001", "split": "train"}\n')
    with pytest.raises(IntegrityError, match="line 1"):
        data.sentiment_examples("train")


def test_the_card_states_the_true_baseline_and_split_sizes():
    # The card's numbers are recomputed here, as the card describes them.
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    card = data.sentiment_card()
    train_texts, train_labels = data.sentiment_texts_and_labels("train")
    test_texts, test_labels = data.sentiment_texts_and_labels("test")
    vectorizer = CountVectorizer(lowercase=True)
    model = LogisticRegression(max_iter=1000).fit(vectorizer.fit_transform(train_texts), train_labels)
    accuracy = (model.predict(vectorizer.transform(test_texts)) == test_labels).mean()
    stated = re.search(r"Bag-of-words test accuracy: ([\d.]+)%", card)
    assert stated and abs(float(stated.group(1)) - 100 * accuracy) <= 0.05, (stated, accuracy)
    for split in data.SPLITS:
        examples = data.sentiment_examples(split)
        half = len(examples) // 2
        assert f"| {split} | {half} | {half} | {len(examples)} |" in card
    assert f"{len(EXAMPLES):,} short English texts" in card
