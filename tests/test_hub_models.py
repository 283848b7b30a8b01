"""The Hub-only models: the online route of lessons 07a-07b (DistilBERT SST-2 and SQuAD, T5-small).

No test here touches the network. The online route runs against a fake Hub: tiny, seeded, randomly
initialised models of the same architectures, saved with working tokenizers in tmp_path, stand in for the
download, and the Hub's Git LFS record of the weights' SHA-256 is replaced by the real file's (or a
wrong one). Offline, each model sends the learner to the course model that plays its role.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import shutil
import socket
from pathlib import Path

import pytest

import course_lib
from course_lib import diagnostics as doctor_module
from course_lib import models
from course_lib.errors import CourseError, IntegrityError, OfflineError

HUB_ONLY = sorted(name for name, spec in models.REGISTRY.items() if spec.hub_only)
WITH_HUB_ID = [spec for spec in models.REGISTRY.values() if spec.hub_id]
HEX40, HEX64 = re.compile(r"[0-9a-f]{40}"), re.compile(r"[0-9a-f]{64}")
PICKLES = (".bin", ".h5", ".pt", ".pth", ".pkl", ".ckpt", ".msgpack", ".ot")
SENTENCE = "The course runs offline first."


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any connection attempt fails the test: the Hub is always a stand-in here."""
    def refuse(*args, **kwargs):
        raise AssertionError("a test in test_hub_models.py tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_course_has_hub_only_models():
    assert HUB_ONLY == ["distilbert-squad", "distilbert-sst2", "t5-small"]


# ---- the registry -------------------------------------------------------------------------------

@pytest.mark.parametrize("spec", WITH_HUB_ID, ids=[spec.name for spec in WITH_HUB_ID])
def test_hub_entries_are_well_formed(spec):
    transformers = course_lib.import_transformers()
    assert re.fullmatch(r"[A-Za-z0-9][\w.-]*/[\w.-]+", spec.hub_id), "an owner/name Hub id"
    assert spec.hub_revision == models.HUB_REVISION_UNPINNED or HEX40.fullmatch(spec.hub_revision or "")
    assert hasattr(transformers, spec.transformers_class), f"transformers has no {spec.transformers_class}"
    assert spec.lessons and all(re.fullmatch(r"\d\d[a-z]?", lesson) for lesson in spec.lessons)
    assert not [pattern for pattern in models._hub_patterns(spec) if pattern.endswith(PICKLES)]
    assert all(HEX64.fullmatch(digest) for digest in spec.expected_sha256("hub").values())


@pytest.mark.parametrize("name", HUB_ONLY)
def test_a_hub_only_model_names_its_offline_counterpart(name):
    spec = models.get_spec(name)
    assert spec.offline is None and spec.hub_pinned and spec.sha256 == {}
    counterpart = models.get_spec(spec.offline_counterpart)
    assert counterpart.name == spec.offline_counterpart and counterpart.offline is not None
    assert counterpart.transformers_class == spec.transformers_class, "the same task family"
    assert spec.tf_refusal and spec.license == "Apache-2.0"


def test_only_hub_only_models_name_an_offline_counterpart():
    assert all(bool(spec.offline_counterpart) == spec.hub_only for spec in models.REGISTRY.values())


def test_they_are_listed_and_the_doctor_does_not_count_them_as_problems(monkeypatch):
    rows = {row["name"]: row for row in course_lib.list_models()}
    spec = models.get_spec("distilbert-sst2")
    assert rows["distilbert-sst2"]["offline"] == "online only, pinned at 714eb0f (offline: minilm-sentiment)"
    assert rows["distilbert-sst2"]["hub"] == f"{spec.hub_id}@714eb0f"
    assert set(models.check_offline_copies()).isdisjoint(HUB_ONLY)
    monkeypatch.setattr(doctor_module, "available_memory_gb", lambda: 8.0)
    report = doctor_module.doctor(show=False)
    line = "  t5-small: online only, pinned at df1b051 (offline, marian-en-fr-course plays its role)"
    assert line in report.lines
    assert not [problem for problem in report.problems if any(name in problem for name in HUB_ONLY)]


def test_binder_does_not_bake_them_into_its_image():
    """The online route downloads them when a lesson asks; auto never needs them offline."""
    assert not [spec for spec in models.REGISTRY.values() if spec.hub_only and spec.hub_is_offline_copy]


# ---- offline: the friendly refusals -------------------------------------------------------------

@pytest.mark.parametrize("name", HUB_ONLY)
@pytest.mark.parametrize("source", ["auto", "hub"])
def test_offline_the_error_names_the_course_model_that_plays_its_role(monkeypatch, name, source):
    counterpart = models.get_spec(name).offline_counterpart
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    advice = (rf"{name} is only on the Hugging Face Hub and this machine is offline \(HF_HUB_OFFLINE=1\)\. "
              rf"Offline, the course's {counterpart} plays its role: course\.load\('{counterpart}'\)\. "
              "With internet, unset HF_HUB_OFFLINE and restart the kernel.")
    with pytest.raises(OfflineError, match=advice):
        course_lib.load(name, source=source)


def test_an_unreachable_hub_and_source_offline_name_it_too(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: False)
    with pytest.raises(OfflineError, match=r"cannot be reached.*course\.load\('minilm-qa'\)"):
        course_lib.load("distilbert-squad")
    with pytest.raises(OfflineError, match=r"no offline copy.*course\.load\('marian-en-fr-course'\)"):
        course_lib.load("t5-small", source="offline")
    with pytest.raises(OfflineError, match=r"no offline copy.*minilm-sentiment"):
        models.model_dir("distilbert-sst2", source="offline")


def test_auto_means_the_hub_for_them_once_it_is_reachable(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: True)
    assert models.resolve_source(models.get_spec("t5-small"), "auto") == "hub"
    assert models.resolve_source(models.get_spec("minilm-sentiment"), "auto") == "offline"  # unchanged


@pytest.mark.parametrize("name", HUB_ONLY)
def test_tensorflow_is_refused_with_the_reason_before_any_download(monkeypatch, name):
    monkeypatch.setattr(models, "_hub_dir", lambda spec: pytest.fail("nothing is downloaded"))
    reason = "drop the fine-tuned" if name.startswith("distilbert") else "no reader for Hugging Face T5"
    with pytest.raises(CourseError, match=rf"(?s)not loaded into TensorFlow.*{reason}.*framework='pt'"):
        course_lib.load(name, framework="tf")


# ---- online, against a fake Hub ----------------------------------------------------------------

def tiny_distilbert(folder: Path, head: str) -> None:
    """A seeded, randomly initialised DistilBERT with MiniLM's (uncased WordPiece) tokenizer files."""
    torch, transformers = course_lib.import_torch(), course_lib.import_transformers()
    minilm = models.model_dir("all-MiniLM-L6-v2", source="offline")
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copyfile(minilm / name, folder / name)
    config = transformers.DistilBertConfig(vocab_size=30522, dim=16, hidden_dim=32, n_layers=1, n_heads=2,
                                           max_position_embeddings=64,
                                           id2label={0: "NEGATIVE", 1: "POSITIVE"})
    torch.manual_seed(0)
    model_class = getattr(transformers, f"DistilBertFor{head}")
    model_class(config).save_pretrained(folder, safe_serialization=True)


def tiny_t5(folder: Path) -> None:
    """A seeded, randomly initialised T5 with a tiny SentencePiece (Unigram) tokenizer trained here."""
    import sentencepiece

    torch, transformers = course_lib.import_torch(), course_lib.import_transformers()
    corpus = ["translate English to French: The cat sleeps.", "summarize: A course that runs offline first.",
              "Le chat dort.", "The course runs offline first."] * 5
    spiece = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus), model_writer=spiece, vocab_size=60, model_type="unigram",
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1, hard_vocab_limit=False, minloglevel=2)
    (folder / "spiece.model").write_bytes(spiece.getvalue())
    processor = sentencepiece.SentencePieceProcessor(model_file=str(folder / "spiece.model"))
    vocab = [(processor.id_to_piece(i), processor.get_score(i)) for i in range(processor.get_piece_size())]
    tokenizer = transformers.T5Tokenizer(vocab=vocab, extra_ids=0)
    tokenizer.save_pretrained(folder)  # tokenizer.json, tokenizer_config.json
    config = transformers.T5Config(vocab_size=len(vocab), d_model=16, d_kv=8, d_ff=32, num_layers=1,
                                   num_decoder_layers=1, num_heads=2, pad_token_id=0, eos_token_id=1,
                                   decoder_start_token_id=0)
    torch.manual_seed(0)
    transformers.T5ForConditionalGeneration(config).save_pretrained(folder, safe_serialization=True)


BUILDERS = {
    "distilbert-sst2": lambda folder: tiny_distilbert(folder, "SequenceClassification"),
    "distilbert-squad": lambda folder: tiny_distilbert(folder, "QuestionAnswering"),
    "t5-small": tiny_t5,
}


@pytest.fixture(scope="module")
def fake_snapshots(tmp_path_factory) -> dict[str, Path]:
    """One tiny model folder per Hub-only model, built once for the module."""
    folders = {}
    for name, build in BUILDERS.items():
        folders[name] = tmp_path_factory.mktemp(name)
        build(folders[name])
    return folders


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def fake_hub(monkeypatch, fake_snapshots):
    """The Hub, reachable, serving the tiny folders; returns the log of downloads and LFS look-ups."""
    import huggingface_hub

    log: dict[str, list] = {"downloads": [], "lookups": []}
    by_hub_id = {models.get_spec(name).hub_id: folder for name, folder in fake_snapshots.items()}

    def snapshot_download(repo_id, revision=None, allow_patterns=None, **kwargs):
        log["downloads"].append({"repo_id": repo_id, "revision": revision, "allow_patterns": allow_patterns})
        return str(by_hub_id[repo_id])

    def lfs_sha256(repo_id, revision, paths):
        log["lookups"].append((repo_id, revision, tuple(paths)))
        folder = by_hub_id[repo_id]
        return {path: sha256_of(folder / path) for path in paths if (folder / path).is_file()}

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: True)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", snapshot_download)
    monkeypatch.setattr(models, "hub_lfs_sha256", lfs_sha256)
    return log


def test_the_sentiment_classifier_runs_online(fake_hub, capsys):
    torch = course_lib.import_torch()
    loaded = course_lib.load("distilbert-sst2", source="hub")
    spec = models.get_spec("distilbert-sst2")
    assert loaded.source == "hub" and not loaded.model.training
    printed = capsys.readouterr().out
    assert f"from the Hugging Face Hub ({spec.hub_id} @ 714eb0f); SHA-256 verified." in printed
    encoded = loaded.tokenizer([SENTENCE, "Another one."], padding=True, return_tensors="pt")
    with torch.no_grad():
        assert loaded.model(**encoded).logits.shape == (2, 2)
    assert loaded.model.config.id2label == {0: "NEGATIVE", 1: "POSITIVE"}
    assert fake_hub["downloads"] == [{"repo_id": spec.hub_id, "revision": spec.hub_revision,
                                      "allow_patterns": ["*.json", "*.txt", "model.safetensors"]}]
    assert fake_hub["lookups"] == [(spec.hub_id, spec.hub_revision,
                                    ("model.safetensors", "pytorch_model.bin", "tf_model.h5"))]


def test_the_question_answerer_runs_online_by_default(fake_hub):
    torch = course_lib.import_torch()
    loaded = course_lib.load("distilbert-squad", verbose=False)  # source="auto": the Hub, it is reachable
    assert loaded.source == "hub"
    encoded = loaded.tokenizer(["Who runs offline?"], [SENTENCE], return_tensors="pt")
    with torch.no_grad():
        output = loaded.model(**encoded)
    length = encoded["input_ids"].shape[1]
    assert output.start_logits.shape == output.end_logits.shape == (1, length)


def test_t5_translates_online_with_its_sentencepiece_file(fake_hub):
    torch = course_lib.import_torch()
    loaded = course_lib.load("t5-small", source="hub", verbose=False)
    patterns = fake_hub["downloads"][0]["allow_patterns"]
    assert patterns == ["*.json", "*.txt", "spiece.model", "model.safetensors"]
    encoded = loaded.tokenizer(["translate English to French: The cat sleeps."], return_tensors="pt")
    assert encoded["input_ids"][0, -1].item() == loaded.tokenizer.eos_token_id
    with torch.no_grad():
        generated = loaded.model.generate(**encoded, max_new_tokens=5, do_sample=False)
    assert generated.shape[0] == 1 and 1 < generated.shape[1] <= 6
    assert isinstance(loaded.tokenizer.decode(generated[0], skip_special_tokens=True), str)


def test_weights_that_are_not_the_pinned_commits_are_refused(fake_hub, monkeypatch):
    monkeypatch.setattr(models, "hub_lfs_sha256",
                        lambda repo_id, revision, paths: {path: "0" * 64 for path in paths})
    advice = (r"(?s)distilbert-sst2: model\.safetensors is not the file the course was tested with.*"
              r"hf cache rm model/distilbert/distilbert-base-uncased-finetuned-sst-2-english"
              r".*minilm-sentiment")
    with pytest.raises(IntegrityError, match=advice):
        course_lib.load("distilbert-sst2", source="hub")


def test_a_recorded_hash_is_used_without_asking_the_hub(fake_hub, fake_snapshots, monkeypatch):
    spec = models.get_spec("t5-small")
    real = sha256_of(fake_snapshots["t5-small"] / "model.safetensors")
    recorded = dataclasses.replace(spec, hub_sha256={"model.safetensors": real})
    monkeypatch.setitem(models.REGISTRY, "t5-small", recorded)
    course_lib.load("t5-small", verbose=False)
    assert fake_hub["lookups"] == []


def test_a_commit_without_safetensors_is_refused(fake_hub, tmp_path, monkeypatch):
    """Only pickles at the pinned commit: nothing is loaded, and the reason is given."""
    import huggingface_hub

    for name in ("config.json", "vocab.txt"):
        shutil.copyfile(models.model_dir("all-MiniLM-L6-v2", source="offline") / name, tmp_path / name)
    (tmp_path / "pytorch_model.bin").write_bytes(b"a pickle, never read")
    monkeypatch.setattr(huggingface_hub, "snapshot_download", lambda repo_id, **kwargs: str(tmp_path))
    monkeypatch.setattr(models, "hub_lfs_sha256",
                        lambda repo_id, revision, paths: {"pytorch_model.bin": "a" * 64})
    advice = (r"(?s)the pinned commit 564e9b5 of distilbert/distilbert-base-cased-distilled-squad has no "
              r"model\.safetensors: it ships its weights only as pickles \(pytorch_model\.bin\)\. "
              r"The course loads only safetensors.*course\.load\('minilm-qa'\)")
    with pytest.raises(IntegrityError, match=advice):
        course_lib.load("distilbert-squad", source="hub")


def test_the_lfs_lookup_reads_the_hubs_answer(monkeypatch):
    """hub_lfs_sha256 itself, against a stand-in HfApi (the answer's shape is huggingface_hub's)."""
    import huggingface_hub
    from huggingface_hub.hf_api import RepoFile, RepoFolder

    asked = []

    class FakeApi:
        def get_paths_info(self, repo_id, paths, revision=None, **kwargs):
            asked.append((repo_id, tuple(paths), revision))
            return [RepoFile(path="model.safetensors", size=3, oid="b" * 40,
                             lfs={"size": 3, "oid": "a" * 64, "pointerSize": 130}),
                    RepoFile(path="config.json", size=2, oid="c" * 40),
                    RepoFolder(path="onnx", oid="d" * 40)]

    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    found = models.hub_lfs_sha256("owner/name", "e" * 40, ["model.safetensors", "config.json", "onnx"])
    assert found == {"model.safetensors": "a" * 64, "config.json": None}
    assert asked == [("owner/name", ("model.safetensors", "config.json", "onnx"), "e" * 40)]
    monkeypatch.setattr(models, "hub_lfs_sha256", lambda *args: {"model.safetensors": None})
    with pytest.raises(IntegrityError, match="records no SHA-256"):
        models.hub_expected_sha256(models.get_spec("t5-small"))
