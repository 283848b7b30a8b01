"""What the course's fine-tuning scripts share: BitFit's choice of parameters, one deterministic thread,
and saving only the trained tensors as a small, hash-pinned safetensors file.

Used by scripts/build_sentiment_model.py (minilm-sentiment, lessons 06-07) and
scripts/build_qa_model.py (minilm-squad-course, lesson 07). ``course.load`` puts the saved tensors back
into the hash-checked base model (``course_lib.models.apply_delta``).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from course_lib import models  # noqa: E402
from course_lib.frameworks import import_torch  # noqa: E402

T = TypeVar("T")


def spread(examples: Sequence[T], limit: int | None) -> list[T]:
    """Every k-th example, ``limit`` in all (the data files are sorted by domain, so the first N would
    all come from one domain); all of them without a limit."""
    if not limit:
        return list(examples)
    return list(examples[::max(1, len(examples) // limit)][:limit])


def trainable_names(model: Any, top_layers: int) -> list[str]:
    """BitFit (Ben Zaken et al., 2022: only the biases and the head), extended: every bias and LayerNorm
    learns, with the pooler, the task head (every parameter outside the base model) and the top
    ``top_layers`` layers whole."""
    prefix = model.base_model_prefix  # "bert"
    layers = model.config.num_hidden_layers
    whole = tuple(f"{prefix}.encoder.layer.{i}." for i in range(layers - top_layers, layers)) + (f"{prefix}.pooler.",)
    return [name for name, _ in model.named_parameters()
            if name.startswith(whole) or not name.startswith(f"{prefix}.")
            or name.endswith(".bias") or ".LayerNorm." in name]


def freeze_all_but(model: Any, names: Sequence[str]) -> list[Any]:
    """Switch gradients off everywhere except ``names``; the parameters that still learn."""
    keep = set(names)
    for name, parameter in model.named_parameters():
        parameter.requires_grad = name in keep
    return [parameter for parameter in model.parameters() if parameter.requires_grad]


@contextlib.contextmanager
def one_deterministic_thread() -> Iterator[None]:
    """One CPU thread (the same bytes on every run on one machine) and the caller's random state and
    thread count restored afterwards (the tests call the scripts' ``main``)."""
    torch = import_torch()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with torch.random.fork_rng():
            yield
    finally:
        torch.set_num_threads(threads)


def save_delta(tensors: dict[str, Any], path: Path, record: dict) -> None:
    """The trained tensors in float16, with one metadata key (several would be written in random order)."""
    from safetensors.torch import save_file

    path.parent.mkdir(parents=True, exist_ok=True)
    half = {name: tensor.detach().half().contiguous() for name, tensor in tensors.items()}
    save_file(half, str(path), metadata={models.DELTA_METADATA_KEY: json.dumps(record, sort_keys=True)})


def provenance(spec: models.ModelSpec, dataset: str) -> dict[str, Any]:
    """What the saved file records besides the recipe: its base model (and hash), data and versions."""
    base = models.get_spec(spec.offline.base)
    return {"base": base.name, "base_sha256": base.sha256[base.weights_file], "dataset": dataset,
            "labels": list(spec.offline.labels),
            "versions": {name: models._package_version(name) for name in ("torch", "transformers", "safetensors")}}


def report(spec: models.ModelSpec, output: Path, tensors: dict[str, Any], started: float, results: str) -> None:
    """The closing lines every build prints: results as loaded, the file, and its SHA-256 against the registry."""
    digest = models._sha256(output)
    print(results)
    print(f"wrote {output} ({output.stat().st_size / 1e6:.1f} MB, {len(tensors)} tensors) in "
          f"{time.perf_counter() - started:.0f} s")
    same = "the registry's" if digest == spec.offline.sha256 else "NOT the registry's"
    print(f"SHA-256 {digest} ({same}; course_lib/models.py pins the committed file)")
