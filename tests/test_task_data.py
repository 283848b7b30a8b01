"""Lesson 07's task datasets (course_lib/data/tasks.py): sizes, clean splits, answer offsets, correct French,
summary lengths, the loaders' errors, the data cards, and that the generator reproduces the files exactly.

Lesson 07 trains and scores small models on these files, so a leaked test item, a wrong answer offset or a
French sentence with a grammar mistake would teach or reward the wrong thing.
"""

from __future__ import annotations

import collections
import json
import re
import statistics

import pytest

from course_lib import data
from course_lib.data import tasks
from course_lib.errors import IntegrityError, UnknownNameError
from scripts import make_task_data, task_data_handwritten
from scripts import task_grammar_fr as grammar

QA = data.qa_examples()
PAIRS = data.translation_pairs()
SUMMARIES = data.summary_examples()
GENDERS, PLURALS = grammar.french_nouns()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?=\s|$)", text))


def stated_range(values) -> str:
    """How a data card states the smallest and largest value: "40 to 74", or "3 or 4" for neighbours."""
    values = list(values)
    low, high = min(values), max(values)
    return f"{low} or {high}" if high == low + 1 else f"{low} to {high}"


def count(examples, key) -> collections.Counter:
    return collections.Counter(getattr(e, key) for e in examples)


# --- question answering ---------------------------------------------------------------------------------------


def test_qa_sizes_per_split():
    sizes = count(QA, "split")
    assert 1100 <= sizes["train"] <= 1350, sizes
    assert 130 <= sizes["validation"] <= 180, sizes
    assert 220 <= sizes["test"] <= 280, sizes
    hand = [e for e in QA if e.source == "handwritten"]
    assert len(hand) >= 100 and {e.split for e in hand} == {"test"}
    assert set(count(QA, "domain")) == set(data.TASK_DOMAINS)
    for split in data.QA_SPLITS:
        assert set(count(data.qa_examples(split), "domain")) == set(data.TASK_DOMAINS), split


def test_every_answer_is_the_span_at_its_offset():
    for e in QA:
        assert isinstance(e.answer_start, int) and e.context[e.answer_start:e.answer_end] == e.answer, e.id
        assert e.context.count(e.answer) == 1, e.id  # no ambiguous span
        assert 1 <= len(e.answer.split()) <= 8, e.id


def test_contexts_are_short_paragraphs_with_three_to_five_questions():
    per_context = collections.Counter(e.context for e in QA)
    assert set(per_context.values()) <= {3, 4, 5}, collections.Counter(per_context.values())
    for context in per_context:
        assert 30 <= len(context.split()) <= 110, context
        assert 2 <= sentences(context) <= 5, context
    assert len({(e.context, e.question) for e in QA}) == len(QA), "a question asked twice about one context"


def test_no_context_is_shared_across_splits():
    splits = collections.defaultdict(set)
    for e in QA:
        splits[e.context].add(e.split)
    assert all(len(s) == 1 for s in splits.values())


def test_questions_do_not_copy_their_answer_sentence():
    # A question that repeats six words in a row of its context can be answered by string matching.
    copied = [e.question for e in QA if make_task_data.shares_run(e.question, e.context)]
    assert not copied, copied[:5]
    assert all(e.question.endswith("?") for e in QA)


def test_some_questions_need_the_right_one_of_two_similar_values():
    # Distractors: the context holds another date, time or amount of the same kind as the answer.
    kinds = {
        "date": r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)",
        "time": r"\b\d{1,2}(?::\d\d)? [ap]m\b",
        "money": r"\b[\d,.]+ (?:million )?euros\b",
    }
    hard = 0
    for e in QA:
        for pattern in kinds.values():
            if re.fullmatch(pattern, e.answer) and len(set(re.findall(pattern, e.context)) - {e.answer}) >= 1:
                hard += 1
    assert hard >= 0.15 * len(QA), hard
    hand = [e for e in QA if e.source == "handwritten"]
    assert sum(1 for e in hand for p in kinds.values()
               if re.fullmatch(p, e.answer) and len(set(re.findall(p, e.context))) > 1) >= 10


def test_hand_written_qa_is_not_templated_wording():
    templated = [e for e in QA if e.source == "templated"]
    template_questions = {e.question for e in templated}
    hand = [e for e in QA if e.source == "handwritten"]
    assert not {e.question for e in hand} & template_questions
    grams = {tuple(w[i:i + 6]) for e in {x.context for x in templated} for w in [words(e)] for i in range(len(w) - 5)}
    for context in {e.context for e in hand}:
        w = words(context)
        shared = [g for g in (tuple(w[i:i + 6]) for i in range(len(w) - 5)) if g in grams]
        assert not shared, (context, shared[:2])


# --- translation ----------------------------------------------------------------------------------------------


def test_translation_sizes_and_sources():
    sizes = count(PAIRS, "split")
    assert sizes == {"train": 4000, "validation": 300, "test": 300}, sizes
    hand = [p for p in PAIRS if p.source == "handwritten"]
    assert len(hand) >= 150 and {p.split for p in hand} == {"test"}
    assert set(count(PAIRS, "domain")) == set(data.TRANSLATION_DOMAINS)
    for split in data.TRANSLATION_SPLITS:
        domains = count(data.translation_pairs(split), "domain")
        assert set(domains) == set(data.TRANSLATION_DOMAINS) and min(domains.values()) >= 0.1 * sum(domains.values())


def test_pairs_are_unique_and_no_english_sentence_is_in_two_splits():
    assert len({(p.en, p.fr) for p in PAIRS}) == len(PAIRS)
    normalised = collections.defaultdict(set)
    for p in PAIRS:
        normalised[" ".join(words(p.en))].add(p.split)
    assert len(normalised) == len(PAIRS), "an English sentence appears twice (ignoring case and punctuation)"


def test_sentences_are_short_and_well_formed():
    for p in PAIRS:
        assert 4 <= len(p.en.split()) <= 14, p.en
        for text in (p.en, p.fr):
            assert text == text.strip() and "  " not in text, text
            assert text[0].isupper(), text
            assert text[-1] in ".?", text
        assert p.en[-1] == p.fr[-1], p
        # French puts a space before "?"; English does not.
        assert not p.en.endswith(" ?") and (p.fr[-1] != "?" or p.fr.endswith(" ?")), p


# The words that make the hand-written pairs' new sentence shapes (the data card lists them).
SHAPE_WORDS = {"but", "so", "if", "or", "than", "then", "too", "more", "less", "which", "between"}


def test_vocabulary_is_modest_and_the_hand_written_pairs_reuse_it():
    train = {w for p in PAIRS if p.split == "train" for w in words(p.en)}
    vocabulary = {w for p in PAIRS for w in words(p.en)}
    assert 400 <= len(vocabulary) <= 700, len(vocabulary)
    hand = [w for p in PAIRS if p.source == "handwritten" for w in words(p.en) if w not in SHAPE_WORDS]
    known = sum(w in train for w in hand) / len(hand)
    assert known >= 0.97, known


def test_english_articles_and_agreement():
    for p in PAIRS:
        w = ["."] + p.en.lower().replace(",", "").replace(".", "").replace("?", "").split()
        for before, a, b in zip(w, w[1:], w[2:]):
            assert not (a == "a" and b[0] in "aeiou"), p.en
            assert not (a == "an" and b[0] not in "aeiou" and b != "hour"), p.en
            if before in ("do", "does", "did", "can", "must", "would", "not"):
                continue  # "does she need", "can they go": the base form is right
            assert not (a in ("he", "she", "it") and b in ("have", "are", "am", "do", "don't", "want", "need", "go")), p.en
            assert not (a in ("i", "we", "they") and b in ("has", "is", "does", "doesn't", "wants", "needs", "goes")), p.en


def fr_tokens(text: str) -> list[str]:
    """French words in order: punctuation dropped, elided words split off ("l'hôtel" -> "l'", "hôtel")."""
    out = []
    for raw in text.replace(",", " ").replace(".", " ").replace("?", " ").split():
        if raw.lower() == "aujourd'hui":
            out.append(raw)
            continue
        parts = raw.split("'")
        out += [part + "'" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return out


FRENCH = [(p, fr_tokens(p.fr)) for p in PAIRS]
VOWEL = tuple("aeiouyàâéèêëîïôûœh")


def next_noun(tokens: list[str], i: int) -> str | None:
    """The noun an article at position i belongs to, skipping adjectives placed before the noun."""
    j = i + 1
    while j < len(tokens) and tokens[j].lower() in grammar.PRENOMINAL:
        j += 1
    return tokens[j].lower() if j < len(tokens) else None


def test_articles_agree_in_gender_with_their_noun():
    # "la", "une", "cette", "ma" only before feminine nouns; "le", "un", "ce", "du", "au" only before masculine.
    feminine = {"la", "une", "cette", "ma", "ta", "sa"}
    masculine = {"le", "un", "ce", "cet", "du", "au"}
    for p, tokens in FRENCH:
        for i, token in enumerate(tokens):
            t = token.lower()
            if t in feminine | masculine:
                noun = next_noun(tokens, i)
                assert noun in GENDERS, (p.fr, t, noun)
                assert GENDERS[noun] == ("f" if t in feminine else "m"), (p.fr, t, noun)
            if t in ("mon", "ton", "son"):
                noun = next_noun(tokens, i)
                assert GENDERS.get(noun) == "m" or tokens[i + 1].lower().startswith(VOWEL), (p.fr, t, noun)
            if t in ("les", "des", "aux", "mes", "tes", "ses", "ces", "nos", "vos", "leurs"):
                j = i + 1
                while tokens[j].lower() in grammar.PRENOMINAL or tokens[j].isdigit():
                    j += 1
                assert tokens[j].lower() in PLURALS, (p.fr, t, tokens[j])


def test_elision_before_vowels_and_mute_h():
    elidable = {"je", "me", "te", "se", "le", "la", "de", "ne", "que", "jusque", "ce", "ma", "ta", "sa"}
    for p, tokens in FRENCH:
        for a, b in zip(tokens, tokens[1:]):
            assert not (a.lower() in elidable and b.lower().startswith(VOWEL)), (p.fr, a, b)
            assert not (a.lower() == "si" and b.lower() in ("il", "ils")), p.fr
        assert "l'" in p.fr.lower() or not re.search(r"\b(le|la) (hôtel|hôpital|huile|eau|école|église)", p.fr)


def test_contractions_du_au_des_aux():
    for p in PAIRS:
        assert not re.search(r"(?i)(?<![\w-])(à|de) (le|les)(?![\w'-])", p.fr), p.fr
    text = " ".join(p.fr for p in PAIRS)
    for form in ("du ", "au ", "aux ", "des ", "jusqu'au ", "d'", "l'", "qu'", "n'", "j'", "s'il"):
        assert form in text, form


VERB_FORMS = collections.defaultdict(set)
for _verb in grammar.V.values():
    for _person, _form in enumerate(_verb.fr_present):
        VERB_FORMS[_person].add(_form)
IMPERFECT = {2: {"était", "avait", "faisait"}, 5: {"étaient", "avaient"}}
SUBJECTS = {"je": 0, "j'": 0, "tu": 1, "il": 2, "elle": 2, "nous": 3, "vous": 4, "ils": 5, "elles": 5}


def test_verbs_agree_with_their_subject_pronoun():
    # The first verb after a subject pronoun is conjugated for that person (je veux, nous voulons, ils veulent).
    checked = 0
    for p, tokens in FRENCH:
        for i, token in enumerate(tokens[:-1]):
            t = token.lower()
            if t not in SUBJECTS or (i and tokens[i - 1].lower() in VERB_FORMS[2] | VERB_FORMS[0]
                                     | {"pour", "avec", "chez", "pas"}):
                continue  # an object ("peut vous voir", "ne peut pas vous voir"), not a subject
            if tokens[i + 1] == "plaît" or t == "il" and tokens[i + 1] == "vous":  # s'il vous plaît
                continue
            j = i + 1
            while tokens[j].lower() in ("ne", "n'", "y", "me", "vous", "nous", "m'"):
                j += 1
            person = SUBJECTS[t]
            allowed = VERB_FORMS[person] | IMPERFECT.get(person, set()) | {"habite", "pleut", "neige", "fait"}
            assert tokens[j].lower() in allowed, (p.fr, token, tokens[j])
            checked += 1
    assert checked > 2000


ETRE_PARTICIPLES = {"allé", "arrivé", "parti", "venu", "revenu", "resté", "sorti", "rentré"}
NAME_GENDER = dict(grammar.NAMES)


def subject_of(tokens: list[str], aux: int) -> tuple[str, str] | None:
    """(gender, number) of the subject before the auxiliary at ``aux``, when it can be told."""
    i = aux - 1
    while i >= 0 and tokens[i].lower() in ("ne", "n'"):
        i -= 1
    if i < 0:
        return None
    word = tokens[i]
    pronouns = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p"), "nous": ("m", "p")}
    if word.lower() in pronouns:
        return pronouns[word.lower()]
    if word in NAME_GENDER:
        if i >= 2 and tokens[i - 1] == "et" and tokens[i - 2] in NAME_GENDER:
            both = {NAME_GENDER[word], NAME_GENDER[tokens[i - 2]]}
            return ("f" if both == {"f"} else "m"), "p"
        return NAME_GENDER[word], "s"
    plural_determiner = i > 0 and tokens[i - 1].lower() in ("les", "des", "mes", "tes", "ses", "nos", "vos", "leurs")
    if word.lower() in PLURALS and (plural_determiner or word.lower() not in GENDERS):
        singular = [n for n in grammar.NOUNS if n.fr_pl.split(" ")[0] == word.lower()]
        return singular[0].g, "p"
    if word.lower() in GENDERS:
        return GENDERS[word.lower()], "s"
    return None


def agreed(participle: str, base: str, gender: str, number: str) -> bool:
    expected = base + ("e" if gender == "f" else "")
    if number == "p" and not expected.endswith("s"):
        expected += "s"
    return participle == expected


def test_passe_compose_with_etre_agrees_with_the_subject():
    # Elles sont allées, mes parents sont arrivés, Anna est restée.
    checked = 0
    for p, tokens in FRENCH:
        for i, token in enumerate(tokens[:-1]):
            if token.lower() not in ("est", "sont", "sommes"):
                continue
            j = i + 1 + (tokens[i + 1] == "pas")
            base = next((b for b in ETRE_PARTICIPLES if tokens[j].lower().startswith(b)), None)
            if base is None or tokens[j].lower()[:len(base) + 2] not in (base, base + "e", base + "s", base + "es"):
                continue
            subject = subject_of(tokens, i)
            assert subject is not None, p.fr
            assert agreed(tokens[j].lower(), base, *subject), (p.fr, subject)
            checked += 1
    assert checked > 150


PARTICIPLES = {v.fr_pp for v in grammar.V.values()}


def test_participle_agrees_with_a_preceding_direct_object():
    # "La robe que j'ai achetée", "les billets qu'il a trouvés": avoir + agreement with the object before it.
    checked = 0
    for p, tokens in FRENCH:
        for i, token in enumerate(tokens):
            if token.lower() not in ("que", "qu'") or i == 0 or tokens[i - 1].lower() not in set(GENDERS) | PLURALS:
                continue
            noun = tokens[i - 1].lower()
            j = next((k for k in range(i + 1, len(tokens)) if tokens[k] in ("ai", "as", "a", "avons", "avez", "ont")),
                     None)
            if j is None:
                continue
            participle = tokens[j + 1].lower()
            base = max((b for b in PARTICIPLES if participle.startswith(b)), key=len, default=None)
            assert base is not None, p.fr
            number = "s" if noun in GENDERS else "p"
            gender = GENDERS.get(noun) or next(n.g for n in grammar.NOUNS if n.fr_pl.split(" ")[0] == noun)
            assert agreed(participle, base, gender, number), (p.fr, noun, participle)
            checked += 1
    assert checked > 100


ADJECTIVE_FORMS = {}
for _adj in grammar.ADJECTIVES:
    if " " in _adj.forms[0]:
        continue
    for _index, _form in enumerate(_adj.forms):
        ADJECTIVE_FORMS.setdefault(_form, set()).add(("m", "f")[_index % 2] + ("s", "p")[_index // 2])
PREPOSITIONS = {"de", "d'", "à", "derrière", "devant", "près", "sous", "sur", "dans", "du", "des", "au", "aux",
                "après", "avant", "avec", "pour", "entre", "jusqu'"}


def noun_features(word: str) -> str | None:
    word = word.lower()
    if word == "est" or word in GENDERS and word in PLURALS:  # "est" is a verb here, not the east  # invariable plural (bus, colis): number unknown
        return None
    if word in GENDERS:
        return GENDERS[word] + "s"
    if word in PLURALS:
        return next(n.g for n in grammar.NOUNS if n.fr_pl.split(" ")[0] == word) + "p"
    return None


def test_adjectives_agree_with_their_noun():
    # After the noun ("une robe bleue") and after être ("les chambres sont petites", "elle est fatiguée").
    checked = 0
    pronouns = {"il": "ms", "elle": "fs", "ils": "mp", "elles": "fp"}
    for p, tokens in FRENCH:
        lower = [t.lower() for t in tokens]
        for i in range(1, len(lower)):
            word = lower[i]
            if word not in ADJECTIVE_FORMS:
                continue
            features = noun_features(lower[i - 1])
            if features is None:  # predicative: find the subject before est/sont (not inside a prepositional phrase)
                j = i - 1
                while j > 0 and lower[j] in ("très", "trop", "pas", "plus", "moins"):
                    j -= 1
                if lower[j] not in ("est", "sont", "était", "étaient") or j == 0:
                    continue
                k = j - 1
                while k > 0 and lower[k] in ("ne", "n'"):
                    k -= 1
                subject = lower[k]
                if subject in pronouns:
                    features = pronouns[subject]
                elif k >= 2 and lower[k - 2] in PREPOSITIONS or k >= 1 and lower[k - 1] in PREPOSITIONS:
                    continue
                else:
                    features = noun_features(subject)
                if features is None:
                    continue
            assert features in ADJECTIVE_FORMS[word], (p.fr, word, features)
            checked += 1
    assert checked > 500


# --- summaries ---------------------------------------------------------------------------------------------------


def test_summary_sizes_and_lengths():
    assert count(SUMMARIES, "split") == {"validation": 40, "test": 60}
    assert set(count(SUMMARIES, "domain")) == set(data.TASK_DOMAINS)
    assert set(count(SUMMARIES, "kind")) == set(data.SUMMARY_KINDS)
    for e in SUMMARIES:
        assert 80 <= len(e.document.split()) <= 200 and 5 <= sentences(e.document) <= 9, e.id
        assert 15 <= len(e.summary.split()) <= 40 and 1 <= sentences(e.summary) <= 2, e.id
    assert len({e.document for e in SUMMARIES}) == len(SUMMARIES)


def test_summaries_are_abstractive():
    # A reference that copies long runs of its document would reward copying; none shares 8 words in a row.
    for e in SUMMARIES:
        assert not make_task_data.shares_run(e.summary, e.document, 8), e.id
    lead = statistics.mean(len(set(words(e.summary)) & set(words(e.document.split(". ")[0]))) / len(set(words(e.summary)))
                           for e in SUMMARIES)
    assert lead < 0.6, lead  # not simply the first sentence


# --- loaders ----------------------------------------------------------------------------------------------------


def test_loaders_return_typed_examples():
    assert isinstance(QA[0], data.QAExample) and isinstance(PAIRS[0], data.TranslationPair)
    assert isinstance(SUMMARIES[0], data.SummaryExample)
    assert {e.source for e in QA} == {e.source for e in PAIRS} == set(data.SOURCES)
    assert len({e.id for e in QA}) == len(QA) and len({p.id for p in PAIRS}) == len(PAIRS)


def test_unknown_splits_are_explained():
    with pytest.raises(UnknownNameError, match="Did you mean 'validation'"):
        data.qa_examples("valid")
    with pytest.raises(UnknownNameError, match="no train split"):
        data.summary_examples("train")
    with pytest.raises(UnknownNameError, match="Did you mean 'translation'"):
        data.card("translate")


@pytest.mark.parametrize("path, fields", [
    (tasks.QA_FILE, {"id": str, "split": str, "domain": str, "source": str, "context": str, "question": str,
                     "answer": str, "answer_start": int}),
    (tasks.TRANSLATION_FILE, {"id": str, "split": str, "domain": str, "source": str, "en": str, "fr": str}),
    (tasks.SUMMARIES_FILE, {"id": str, "split": str, "domain": str, "kind": str, "document": str, "summary": str}),
])
def test_every_row_has_exactly_the_documented_fields(path, fields):
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert list(row) == list(fields), row
        assert all(type(row[key]) is kind for key, kind in fields.items()), row


def write_rows(path, rows) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


QA_ROW = {"id": "qa1", "split": "train", "domain": "travel", "source": "templated",
          "context": "The ferry leaves at 9 am. It is slow.", "question": "When?", "answer": "9 am", "answer_start": 20}


@pytest.mark.parametrize("name, loader, constant", [
    ("qa.jsonl", data.qa_examples, "QA_FILE"),
    ("en_fr.jsonl", data.translation_pairs, "TRANSLATION_FILE"),
    ("summaries.jsonl", data.summary_examples, "SUMMARIES_FILE"),
])
def test_a_missing_or_damaged_file_says_how_to_restore_it(tmp_path, monkeypatch, name, loader, constant):
    monkeypatch.setattr(tasks, constant, tmp_path / name)
    with pytest.raises(IntegrityError, match="fresh clone"):
        loader()
    (tmp_path / name).write_text('{"id": "x1", "split": "test"}\n', encoding="utf-8")
    with pytest.raises(IntegrityError, match="line 1.*fresh clone"):
        loader()
    (tmp_path / name).write_text("not json\n", encoding="utf-8")
    with pytest.raises(IntegrityError, match="line 1"):
        loader()


@pytest.mark.parametrize("change", [
    {"answer_start": 19},            # the offset no longer points at the answer
    {"answer": "10 am"},             # the answer is not in the context
    {"split": "dev"},                # unknown split
    {"domain": "films"},             # unknown domain
    {"answer_start": "20"},          # wrong type
])
def test_the_qa_loader_checks_every_answer_offset(tmp_path, monkeypatch, change):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"  # two paths: reads are cached per path
    write_rows(good, [QA_ROW])
    write_rows(bad, [QA_ROW, {**QA_ROW, "id": "qa2", **change}])
    monkeypatch.setattr(tasks, "QA_FILE", good)
    assert data.qa_examples()[0].answer == "9 am"
    monkeypatch.setattr(tasks, "QA_FILE", bad)
    with pytest.raises(IntegrityError, match="line 2"):
        data.qa_examples()


def test_duplicate_ids_are_rejected(tmp_path, monkeypatch):
    path = tmp_path / "qa.jsonl"
    monkeypatch.setattr(tasks, "QA_FILE", path)
    write_rows(path, [QA_ROW, QA_ROW])
    with pytest.raises(IntegrityError, match="line 2"):
        data.qa_examples()


def test_a_missing_card_says_how_to_restore_it(tmp_path, monkeypatch):
    monkeypatch.setitem(tasks.CARDS, "qa", tmp_path / "DATA_CARD.md")
    with pytest.raises(IntegrityError, match="fresh clone"):
        data.card("qa")


@pytest.mark.slow
def test_the_hugging_face_datasets_have_the_expected_columns():
    qa = data.qa_dataset()
    assert set(qa) == set(data.QA_SPLITS)
    assert set(qa["train"].column_names) == {"id", "context", "question", "answers", "domain", "source"}
    first = qa["validation"][0]
    example = data.qa_examples("validation")[0]
    assert first["answers"] == {"text": [example.answer], "answer_start": [example.answer_start]}
    translation = data.translation_dataset()
    assert set(translation) == set(data.TRANSLATION_SPLITS)
    assert set(translation["test"].column_names) == {"id", "translation", "domain", "source"}
    assert translation["test"][0]["translation"] == {"en": data.translation_pairs("test")[0].en,
                                                     "fr": data.translation_pairs("test")[0].fr}
    summaries = data.summaries_dataset()
    assert set(summaries) == {"validation", "test"}
    assert set(summaries["test"].column_names) == {"id", "document", "summary", "domain", "kind"}
    assert data.summaries_dataset("validation").num_rows == 40


# --- generator and cards ---------------------------------------------------------------------------------------------


def test_the_generator_reproduces_the_committed_files_exactly(tmp_path):
    written = make_task_data.write(tmp_path)
    for name, path in written.items():
        committed = tasks.FOLDER / make_task_data.FILES[name]
        assert path.read_bytes() == committed.read_bytes(), f"{committed} differs from the generator's output"


def test_hand_written_sources_are_merged_whole():
    hand_qa = sum(len(entry["qa"]) for entry in task_data_handwritten.QA)
    assert sum(e.source == "handwritten" for e in QA) == hand_qa
    assert sum(p.source == "handwritten" for p in PAIRS) == len(task_data_handwritten.TRANSLATION)
    assert len(SUMMARIES) == len(task_data_handwritten.SUMMARIES)


def test_the_cards_state_the_true_sizes_and_vocabulary():
    qa_card, tr_card, sm_card = data.card("qa"), data.card("translation"), data.card("summaries")
    for text in (qa_card, tr_card, sm_card):
        assert "lesson 07" in text.lower() and "MIT" in text and "written for the course" in text.lower()
    for split in data.QA_SPLITS:
        examples = data.qa_examples(split)
        contexts = len({e.context for e in examples})
        hand = sum(e.source == "handwritten" for e in examples)
        assert f"| {split} | {contexts} | {len(examples) - hand} | {hand} | {len(examples)} |" in qa_card, split
    for split in data.TRANSLATION_SPLITS:
        pairs = data.translation_pairs(split)
        hand = sum(p.source == "handwritten" for p in pairs)
        assert f"| {split} | {len(pairs) - hand} | {hand} | {len(pairs)} |" in tr_card, split
    en = {w for p in PAIRS for w in words(p.en)}
    fr = {w for p in PAIRS for w in re.findall(r"[\w'-]+", p.fr.lower())}
    assert f"**{len(en)}** distinct English words" in tr_card and f"**{len(fr)}** distinct French" in tr_card
    for domain in data.TASK_DOMAINS:
        per_split = [sum(e.domain == domain for e in data.qa_examples(split)) for split in data.QA_SPLITS]
        assert f"| {domain} | {' | '.join(map(str, per_split))} | {sum(per_split)} |" in qa_card, domain
        per_split = [sum(e.domain == domain for e in data.summary_examples(split)) for split in data.SUMMARY_SPLITS]
        assert f"| {domain} | {' | '.join(map(str, per_split))} |" in sm_card, domain
    for kind in data.SUMMARY_KINDS:
        per_split = [sum(e.kind == kind for e in data.summary_examples(split)) for split in data.SUMMARY_SPLITS]
        assert f"| {kind} | {' | '.join(map(str, per_split))} |" in sm_card, kind
    for split in data.SUMMARY_SPLITS:
        assert f"| {split} | {len(data.summary_examples(split))} |" in sm_card
    qa_words = {w for e in QA for w in words(e.context + " " + e.question)}
    assert f"**{len(qa_words):,}** distinct lower-cased words" in qa_card
    summary_words = {w for e in SUMMARIES for w in words(e.document + " " + e.summary)}
    assert f"**{len(summary_words):,}** distinct lower-cased words" in sm_card
    assert f"{len(QA):,} questions about {len({e.context for e in QA})} short" in qa_card
    contexts = {e.context for e in QA}
    assert (f"| `context` | the paragraph: {stated_range(sentences(c) for c in contexts)} sentences, "
            f"{stated_range(len(c.split()) for c in contexts)} words |") in qa_card
    assert f"copied exactly from the context ({stated_range(len(e.answer.split()) for e in QA)} words) |" in qa_card
    assert {sentences(e.summary) for e in SUMMARIES} == {1} and "summary of one sentence" in sm_card
    assert (f"| `document` | the text: {stated_range(sentences(e.document) for e in SUMMARIES)} sentences, "
            f"{stated_range(len(e.document.split()) for e in SUMMARIES)} words |") in sm_card
    assert (f"| `summary` | the reference summary: one sentence, "
            f"{stated_range(len(e.summary.split()) for e in SUMMARIES)} words |") in sm_card
    assert f"{len(PAIRS):,} short everyday English sentences" in tr_card
    assert data.card("sentiment") == data.sentiment_card()
