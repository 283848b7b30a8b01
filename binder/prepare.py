"""Prepare a Binder image for the course (run by binder/postBuild, once, at image build time).

    python binder/prepare.py

1. Conversion: the GGUF models (SmolLM2-135M-Instruct) are converted once into safetensors
   (course_lib.convert; about 30 s and 1.2 GB; nothing to do when an intact copy exists), into the
   image user's data folder (or $COURSE_MODELS_DIR).
2. The offline route: every model's offline copy must be installed (and converted) and match its
   SHA-256. If not, the build fails here, at build time, rather than in front of a learner.
3. Caches: Matplotlib's font cache is built now, so the first plot of a lesson does not wait for it.
4. The online route: the pinned Hub checkpoints that source="auto" may use (hub_id at hub_revision, when
   the Hub serves the same files as the offline copy; only safetensors, JSON and text files) are
   downloaded into the image's Hugging Face cache, so a launch does not wait on downloads. Without
   network (or with HF_HUB_OFFLINE=1) this step is skipped with a message and the build still
   succeeds: the lessons then use the offline copies.

Exit status: 0 unless a conversion fails or an offline copy is missing or corrupted.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", "60")  # a stalled download must not stall the build

from course_lib import convert, models  # noqa: E402
from course_lib.errors import CourseError  # noqa: E402


def convert_gguf_models() -> list[str]:
    """Convert the GGUF models once (idempotent); return the problems (empty: all good)."""
    try:
        convert.convert_all()
    except CourseError as error:
        return [str(error)]
    return []


def verify_offline() -> list[str]:
    """Check every offline model copy; return the problems (empty: all good)."""
    problems = []
    for name, problem in models.check_offline_copies().items():
        if problem:
            problems.append(f"{name}: {problem}")
        else:
            print(f"[prepare] offline copy of {name}: present, SHA-256 OK")
    return problems


def warm_caches() -> None:
    start = time.perf_counter()
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401  (builds the font cache)

    print(f"[prepare] Matplotlib font cache ready ({time.perf_counter() - start:.1f} s)")


def hub_checkpoints() -> list[models.ModelSpec]:
    """The registry's models whose pinned Hub checkpoint source="auto" may use.

    A Hub checkpoint that is not the offline copy's files (SmolLM2: the original bfloat16 weights, not
    the converted GGUF) is loaded only on request (source="hub"), so it is not baked into the image.
    """
    return [spec for spec in models.REGISTRY.values()
            if spec.hub_pinned and spec.hub_is_offline_copy]


def prefetch_hub() -> tuple[int, int]:
    """Download the pinned Hub checkpoints if the Hub can be reached; return (fetched, wanted).

    Never raises: a build without network skips this step with a message.
    """
    specs = hub_checkpoints()
    if not specs:
        print("[prepare] no Hub checkpoints to pre-fetch")
        return 0, 0
    if models.is_offline():
        print("[prepare] HF_HUB_OFFLINE is set: Hub checkpoints not pre-fetched "
              "(the lessons use their offline copies)")
        return 0, len(specs)
    if not models.hub_reachable():
        print("[prepare] the Hugging Face Hub cannot be reached from this build: Hub checkpoints not "
              "pre-fetched (the lessons use their offline copies, or download on first use)")
        return 0, len(specs)
    fetched = 0
    for spec in specs:
        label = f"{spec.hub_id}@{spec.hub_revision[:7]}"
        start = time.perf_counter()
        try:
            folder = models.model_dir(spec.name, source="hub")
            models.verify_files(spec, folder, "hub")
        except Exception as error:  # network trouble, a changed file: warn, never fail the build
            print(f"[prepare] WARNING: could not pre-fetch {label}: {type(error).__name__}: {error}")
        else:
            fetched += 1
            print(f"[prepare] pre-fetched {label} ({time.perf_counter() - start:.1f} s), SHA-256 OK")
    return fetched, len(specs)


def main() -> int:
    problems = convert_gguf_models()
    if problems:
        print("[prepare] ERROR: a conversion failed:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    problems = verify_offline()
    if problems:
        print("[prepare] ERROR: the offline route is broken:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    warm_caches()
    fetched, wanted = prefetch_hub()
    print(f"[prepare] done: offline copies OK, {fetched}/{wanted} Hub checkpoint(s) pre-fetched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
