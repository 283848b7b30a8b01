"""Lesson 09's full inference sweep: every route, every batch size, one run, one machine.

    python scripts/benchmark_inference.py          # or: make bench-inference   (about 10 minutes here)

Workload: all-MiniLM-L6-v2 sentence embeddings (mean of the last hidden states over real tokens) for the
first 64 texts of the course's sentiment test split, in batches of 1, 8 and 64; and SmolLM2-135M-Instruct
generating 32 tokens greedily. Each framework runs in its own process (``--group``), so no two thread
pools compete and each gets the same cores; all of them read the same token ids. Every route's
embeddings are checked against PyTorch eager before it is timed: a route that disagrees stops the sweep.

Writes benchmarks/inference_sweep.json (the machine, versions and every row), .md (the table) and .png
(the plot). Lesson 09a reads them and shows them next to its own small live run.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

OUT = REPO / "benchmarks"
BATCH_SIZES = (1, 8, 64)
TEXTS = 64
NEW_TOKENS = 32
PROMPT = "Explain in two sentences why batching makes a neural network faster on a CPU."
FLOAT32_TOLERANCE = 1e-4  # max absolute difference of embeddings, float32 routes running PyTorch's own graph
# KerasHub's BertBackbone is a re-implementation of the same architecture, not the same graph
REIMPLEMENTATION_TOLERANCE = 1e-4
# bfloat16 and int8 routes: the lowest cosine similarity allowed between a route's embedding and PyTorch eager's
MIN_COSINE = {"bfloat16": 0.99, "int8": 0.95}


def _repeats(batch: int) -> int:
    return {1: 30, 8: 15, 64: 5}[batch]


def _row(framework: str, route: str, batch: int, timing, check: str) -> dict:
    return {
        "framework": framework,
        "route": route,
        "batch": batch,
        "ms_per_call": timing.median * 1e3,
        "spread": timing.spread,
        "items_per_s": timing.throughput,
        "gflops": timing.gflops,
        "check": check,
    }


def _check(name: str, got, reference, low_precision: str | None = None, tolerance: float = FLOAT32_TOLERANCE) -> str:
    """Stop the sweep if a route's embeddings disagree with PyTorch eager; say how they agree."""
    import numpy as np

    got, reference = np.asarray(got, dtype=np.float64), np.asarray(reference, dtype=np.float64)
    if low_precision:
        cosine = (got * reference).sum(-1) / (np.linalg.norm(got, axis=-1) * np.linalg.norm(reference, axis=-1))
        if not cosine.min() >= MIN_COSINE[low_precision]:  # written so that NaN fails too
            raise SystemExit(f"{name}: cosine with PyTorch eager {cosine.min():.4f} < {MIN_COSINE[low_precision]}")
        return f"cosine >= {MIN_COSINE[low_precision]} (lowest {cosine.min():.3f})"
    difference = np.abs(got - reference).max()
    if not difference <= tolerance:  # written so that NaN fails too
        raise SystemExit(f"{name}: max difference {difference:.2e} > {tolerance}")
    return f"within {tolerance:g}"


def group_torch(work: Path) -> list[dict]:
    """PyTorch routes (eager, bfloat16, torch.compile, torchao int8), SmolLM2 generation, the ONNX export."""
    import copy

    import numpy as np

    import course_lib as course
    from course_lib import bench, data

    torch = course.import_torch()
    texts = data.sentiment_texts_and_labels("test")[0][:TEXTS]
    model, tokenizer = course.load("all-MiniLM-L6-v2", framework="pt")
    model.eval()
    weights = sum(p.numel() for name, p in model.named_parameters() if "embeddings" not in name)

    def embed(net, batch):
        hidden = net(**batch).last_hidden_state.float()
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return (hidden * mask).sum(1) / mask.sum(1)

    batches, flops = {}, {}
    for size in BATCH_SIZES:
        encoded = tokenizer(texts[:size], padding=True, return_tensors="pt")
        np.savez(work / f"batch{size}.npz", **{k: v.numpy() for k, v in encoded.items()})
        batches[size] = dict(encoded)
        length = encoded["input_ids"].shape[1]
        flops[size] = bench.transformer_flops(weights, size * length, layers=6, hidden=384, sequence=length)
    np.save(work / "flops.npy", np.array([flops[s] for s in BATCH_SIZES]))

    rows = []
    with torch.inference_mode():
        for _ in range(3):  # the process's first calls start thread pools and grow the allocator: not a route's cost
            embed(model, batches[64])
        reference = {size: embed(model, batches[size]).numpy() for size in BATCH_SIZES}
        for size in BATCH_SIZES:
            np.save(work / f"reference{size}.npy", reference[size])

        def run(route, net, low_precision=None):
            for size in BATCH_SIZES:
                check = _check(route, embed(net, batches[size]).numpy(), reference[size], low_precision)
                timing = bench.measure(lambda: embed(net, batches[size]), label=route, items=size,
                                       flops=flops[size], repeats=_repeats(size))
                rows.append(_row("PyTorch", route, size, timing, check))
                print(f"  {route:<32} batch {size:>2}: {timing.median * 1e3:8.2f} ms", flush=True)

        run("eager (inference_mode)", model)
        run("bfloat16", copy.deepcopy(model).to(torch.bfloat16), low_precision="bfloat16")
        run("torch.compile", torch.compile(model))

        from torchao.quantization import Int8DynamicActivationInt8WeightConfig, quantize_

        int8 = copy.deepcopy(model)
        quantize_(int8, Int8DynamicActivationInt8WeightConfig())
        run("torchao int8", int8, low_precision="int8")
        run("torchao int8 + torch.compile", torch.compile(int8), low_precision="int8")

        # ONNX export for the onnxruntime group: dynamic batch and sequence length
        batch_axis, length_axis = torch.export.Dim("batch", max=256), torch.export.Dim("length", max=512)
        names = ("input_ids", "attention_mask", "token_type_ids")
        with course.quiet_export_tools():
            torch.onnx.export(model, (), str(work / "minilm.onnx"), kwargs={n: batches[8][n] for n in names},
                              input_names=list(names), output_names=["last_hidden_state"],
                              dynamic_shapes={n: {0: batch_axis, 1: length_axis} for n in names}, dynamo=True,
                              verbose=False)

    # generation: SmolLM2, greedy, 32 new tokens
    lm, lm_tokenizer = course.load("SmolLM2-135M-Instruct", framework="pt")
    lm.eval()
    prompt = lm_tokenizer.apply_chat_template([{"role": "user", "content": PROMPT}], add_generation_prompt=True,
                                              return_tensors="pt", return_dict=True)

    def generate():
        return lm.generate(**prompt, max_new_tokens=NEW_TOKENS, min_new_tokens=NEW_TOKENS, do_sample=False)

    with torch.inference_mode():
        lm_weights = sum(p.numel() for name, p in lm.named_parameters() if "embed_tokens" not in name)
        timing = bench.measure(generate, label="generate", items=NEW_TOKENS, repeats=5, warmup=1,
                               flops=bench.transformer_flops(lm_weights, NEW_TOKENS))
    rows.append(_row("PyTorch", "SmolLM2 generate (eager)", 1, timing, "greedy, 32 new tokens"))
    return rows


def group_onnxruntime(work: Path) -> list[dict]:
    """ONNX Runtime on the graph exported from PyTorch: the anchor."""
    import numpy as np

    import course_lib as course
    from course_lib import bench

    onnxruntime = course.import_onnx_runtime()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = bench.cpu_peak().cores
    session = onnxruntime.InferenceSession(str(work / "minilm.onnx"), options, providers=["CPUExecutionProvider"])
    flops = dict(zip(BATCH_SIZES, np.load(work / "flops.npy")))
    rows = []
    for size in BATCH_SIZES:
        batch = {k: v.astype(np.int64) for k, v in np.load(work / f"batch{size}.npz").items()}
        mask = batch["attention_mask"][..., None].astype(np.float32)

        def embed():
            hidden = session.run(None, batch)[0]
            return (hidden * mask).sum(1) / mask.sum(1)

        check = _check("ONNX Runtime", embed(), np.load(work / f"reference{size}.npy"))
        timing = bench.measure(embed, label="onnx", items=size, flops=float(flops[size]), repeats=_repeats(size))
        rows.append(_row("ONNX Runtime", "ONNX Runtime (float32)", size, timing, check))
        print(f"  ONNX Runtime batch {size:>2}: {timing.median * 1e3:8.2f} ms", flush=True)
    return rows


def group_tensorflow(work: Path) -> list[dict]:
    """Keras (TensorFlow backend) eager, tf.function, tf.function + XLA; LiteRT converted from it."""
    import numpy as np

    import course_lib as course
    from course_lib import bench

    tf = course.import_tensorflow()
    cores = bench.cpu_peak().cores
    tf.config.threading.set_intra_op_parallelism_threads(cores)
    keras_hub = course.import_keras_hub("tensorflow")
    backbone = keras_hub.models.BertBackbone.from_preset(str(course.model_dir("all-MiniLM-L6-v2")))
    # KerasHub's BERT uses the tanh approximation of GELU; the checkpoint was trained with the exact one
    # (config.json: "hidden_act": "gelu"). Lesson 09d shows the difference; the sweep uses the exact one.
    keras = course.import_keras()
    for layer in backbone.transformer_layers:
        layer._feedforward_intermediate_dense.activation = keras.activations.gelu
    flops = dict(zip(BATCH_SIZES, np.load(work / "flops.npy")))

    def embed(token_ids, segment_ids, padding_mask):
        hidden = backbone({"token_ids": token_ids, "segment_ids": segment_ids, "padding_mask": padding_mask},
                          training=False)["sequence_output"]
        mask = tf.expand_dims(tf.cast(padding_mask, hidden.dtype), -1)
        return tf.reduce_sum(hidden * mask, 1) / tf.reduce_sum(mask, 1)

    signature = [tf.TensorSpec([None, None], tf.int32, name=name) for name in ("token_ids", "segment_ids", "padding_mask")]
    routes = {
        "eager": embed,
        "tf.function": tf.function(embed, input_signature=signature),
        "tf.function + XLA (jit_compile)": tf.function(embed, input_signature=signature, jit_compile=True),
    }
    rows = []
    inputs = {}
    for size in BATCH_SIZES:
        batch = np.load(work / f"batch{size}.npz")
        inputs[size] = [tf.constant(batch[k].astype(np.int32)) for k in ("input_ids", "token_type_ids", "attention_mask")]
    for route, function in routes.items():
        for size in BATCH_SIZES:
            check = _check(route, function(*inputs[size]).numpy(), np.load(work / f"reference{size}.npy"),
                           tolerance=REIMPLEMENTATION_TOLERANCE)
            timing = bench.measure(lambda: function(*inputs[size]).numpy(), label=route, items=size,
                                   flops=float(flops[size]), repeats=_repeats(size))
            rows.append(_row("TensorFlow", route, size, timing, check))
            print(f"  {route:<32} batch {size:>2}: {timing.median * 1e3:8.2f} ms", flush=True)

    # LiteRT: the tf.function converted, run by ai-edge-litert's interpreter (lesson 08b)
    # (from_concrete_functions does not carry Keras 3's variables into the file: go through a SavedModel)
    archive = keras.export.ExportArchive()
    archive.track(backbone)
    archive.add_endpoint("serve", routes["tf.function"])
    archive.write_out(str(work / "saved_model"), verbose=False)
    converter = tf.lite.TFLiteConverter.from_saved_model(str(work / "saved_model"))
    (work / "minilm.tflite").write_bytes(converter.convert())
    from ai_edge_litert.interpreter import Interpreter

    for size in BATCH_SIZES:
        interpreter = Interpreter(model_path=str(work / "minilm.tflite"), num_threads=cores)
        runner = interpreter.get_signature_runner()
        feed = dict(zip(("token_ids", "segment_ids", "padding_mask"), [t.numpy() for t in inputs[size]]))

        def embed_litert():
            return next(iter(runner(**feed).values()))

        check = _check("LiteRT", embed_litert(), np.load(work / f"reference{size}.npy"),
                       tolerance=REIMPLEMENTATION_TOLERANCE)
        timing = bench.measure(embed_litert, label="litert", items=size, flops=float(flops[size]),
                               repeats=_repeats(size))
        rows.append(_row("LiteRT", "LiteRT (float32)", size, timing, check))
        print(f"  LiteRT batch {size:>2}: {timing.median * 1e3:8.2f} ms", flush=True)
    return rows


GROUPS = {"torch": group_torch, "onnxruntime": group_onnxruntime, "tensorflow": group_tensorflow}


def machine() -> dict:
    """What the results were measured on, written next to them."""
    import importlib.metadata

    from course_lib import bench

    peak = bench.cpu_peak()
    cpuinfo = Path("/proc/cpuinfo")
    model_name = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                       if line.startswith("model name")), platform.processor()) if cpuinfo.exists() else platform.processor()
    return {
        "cpu": model_name,
        "cores_used": peak.cores,
        "vector_bits": peak.vector_bits,
        "fma_units": peak.fma_units,
        "ghz": peak.ghz,
        "peak_gflops_float32": peak.gflops,
        "system": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        # versions without a wheel's build tag (lesson 09a prints them; the tag is in "torch_build")
        "versions": {name: importlib.metadata.version(name).split("+", 1)[0]
                     for name in ("torch", "torchao", "tensorflow", "keras-hub", "onnxruntime", "ai-edge-litert")},
        "torch_build": (importlib.metadata.version("torch").split("+", 1) + ["default"])[1],
        "date": time.strftime("%Y-%m-%d"),
    }


def write_results(rows: list[dict], info: dict, out: Path) -> None:
    """The JSON lesson 09a reads, a Markdown table and a plot."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out.mkdir(exist_ok=True)
    (out / "inference_sweep.json").write_text(json.dumps({"machine": info, "rows": rows}, indent=1) + "\n")
    anchor = {r["batch"]: r["items_per_s"] for r in rows if r["framework"] == "ONNX Runtime"}
    lines = [f"Measured {info['date']} on {info['cpu']}, {info['cores_used']} cores, estimated float32 peak "
             f"{info['peak_gflops_float32']:.0f} GFLOP/s.", "",
             "| framework | route | batch | ms/call | items/s | vs ONNX Runtime | GFLOP/s | % of peak | check |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        ratio = f"{r['items_per_s'] / anchor[r['batch']]:.2f}x" if r["batch"] in anchor and "generate" not in r["route"] else ""
        lines.append(f"| {r['framework']} | {r['route']} | {r['batch']} | {r['ms_per_call']:.1f} | "
                     f"{r['items_per_s']:.1f} | {ratio} | {r['gflops']:.1f} | "
                     f"{r['gflops'] / info['peak_gflops_float32']:.1%} | {r['check']} |")
    (out / "inference_sweep.md").write_text("\n".join(lines) + "\n")

    embedding = [r for r in rows if "generate" not in r["route"]]
    routes = list(dict.fromkeys(f"{r['framework']}: {r['route']}" for r in embedding))
    figure, axis = plt.subplots(figsize=(9, 5))
    width = 0.8 / len(BATCH_SIZES)
    for i, size in enumerate(BATCH_SIZES):
        values = {f"{r['framework']}: {r['route']}": r["items_per_s"] for r in embedding if r["batch"] == size}
        axis.barh([j + i * width for j in range(len(routes))], [values.get(name, 0) for name in routes],
                  height=width, label=f"batch {size}")
    axis.set_yticks([j + width for j in range(len(routes))], routes)
    axis.invert_yaxis()
    axis.set_xlabel("sentences per second (higher is better)")
    axis.set_title(f"MiniLM embeddings, {info['cpu']}, {info['cores_used']} cores")
    axis.legend()
    figure.tight_layout()
    figure.savefig(out / "inference_sweep.png", dpi=80)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", choices=sorted(GROUPS), help="(internal) run one framework's routes")
    parser.add_argument("--work", type=Path, help="(internal) the sweep's temporary folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where the results go (default: benchmarks/)")
    args = parser.parse_args()
    if args.group:
        rows = GROUPS[args.group](args.work)
        (args.work / f"{args.group}.json").write_text(json.dumps(rows))
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="benchmark-inference-") as work:
        for group in ("torch", "onnxruntime", "tensorflow"):  # torch first: it writes the inputs and references
            print(f"{group}:", flush=True)
            subprocess.run([sys.executable, __file__, "--group", group, "--work", work], check=True)
            rows += json.loads((Path(work) / f"{group}.json").read_text())
    write_results(rows, machine(), args.out)
    print((args.out / "inference_sweep.md").read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
