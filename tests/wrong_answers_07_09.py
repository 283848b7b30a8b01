"""Wrong answers learners write (see tests/wrong_answer_table.py), lessons 07a-09d."""

from __future__ import annotations

import re
import statistics

import numpy as np

import course_lib
from wrong_answer_table import Wrong

# -- 07a.1 · From a chat reply to a label ------------------------------------------------------------

LABELS = {"positive", "negative"}


def first_word_label(reply):
    """Reads only the reply's first word: fine for "Negative", blind to "This text is positive."."""
    words = re.findall(r"[a-z]+", reply.lower())
    return words[0] if words and words[0] in LABELS else "unknown"


def first_label_found(reply):
    """if / elif on substrings: a reply that says both words gets the first one tested."""
    text = reply.lower()
    if "positive" in text:
        return "positive"
    if "negative" in text:
        return "negative"
    return "unknown"


def split_on_spaces_label(reply):
    """str.split() keeps the punctuation: "positive." is not "positive"."""
    found = set(reply.lower().split()) & LABELS
    return found.pop() if len(found) == 1 else "unknown"


def case_sensitive_label(reply):
    """No lower(): "NEGATIVE" matches nothing."""
    found = set(re.findall(r"[a-z]+", reply)) & LABELS
    return found.pop() if len(found) == 1 else "unknown"


def none_when_unsure_label(reply):
    """Falls off the end of the function (None) when there is not exactly one label word."""
    found = set(re.findall(r"[a-z]+", reply.lower())) & LABELS
    if len(found) == 1:
        return found.pop()
    return None


# -- 07a.2 · From tokens back to characters ---------------------------------------------------------


def span_to_end_token_start(context, offsets, start_token, end_token):
    return context[offsets[start_token][0]:offsets[end_token][0]]


def span_from_token_numbers(context, offsets, start_token, end_token):
    return context[start_token:end_token + 1]


def span_from_words(context, offsets, start_token, end_token):
    return " ".join(context.split()[start_token:end_token + 1])


# -- 07b.1 · The most central sentences -------------------------------------------------------------


def central_by_score(vectors, k):
    return np.argsort(-(vectors @ vectors.mean(axis=0)))[:k].tolist()


def central_ascending(vectors, k):
    return sorted(np.argsort(vectors @ vectors.mean(axis=0))[:k].tolist())


def central_as_array(vectors, k):
    return np.sort(np.argsort(-(vectors @ vectors.mean(axis=0)))[:k])


# -- 07b.2 · chrF with sacrebleu (the notebook cell's data) ----------------------------------------

SOURCES = ["The museum opens at ten.", "Emma pays by card.", "Paris is beautiful in May."]
REFERENCES = ["Le musée ouvre à dix heures.", "Emma paie par carte.", "Paris est belle en mai."]


def chrf(hypotheses, references):
    import sacrebleu

    return sacrebleu.corpus_chrf(hypotheses, references)


def mean_sentence_chrf():
    import sacrebleu

    return sum(sacrebleu.sentence_chrf(h, [r]).score for h, r in zip(SOURCES, REFERENCES)) / len(SOURCES)


# -- 07b.3 · Which tokens does top-p keep? ----------------------------------------------------------


def top_p_strictly_above(probabilities, p):
    order = np.argsort(-probabilities, kind="stable")
    totals = np.cumsum(probabilities[order])
    return order[:int(np.searchsorted(totals, p, side="right")) + 1].tolist()


def top_p_without_crossing_token(probabilities, p):
    order = np.argsort(-probabilities, kind="stable")
    totals = np.cumsum(probabilities[order])
    return order[:int(np.searchsorted(totals, p))].tolist()


def top_p_in_id_order(probabilities, p):
    order = np.argsort(-probabilities, kind="stable")
    totals = np.cumsum(probabilities[order])
    return sorted(order[:int(np.searchsorted(totals, p)) + 1].tolist())


def top_p_totals_in_id_order(probabilities, p):
    order = np.argsort(-probabilities, kind="stable")
    totals = np.cumsum(probabilities)                      # not probabilities[order]
    return order[:int(np.searchsorted(totals, p)) + 1].tolist()


# -- 07c.1 · A PyTorch head as a Keras layer --------------------------------------------------------


def _dense(weight, kernel, bias):
    keras = course_lib.import_keras()
    layer = keras.layers.Dense(weight.shape[0])
    layer.build((None, weight.shape[1]))
    layer.set_weights([kernel, bias])
    return layer


def dense_without_transpose(weight, bias, x):
    return np.asarray(_dense(weight, weight, bias)(x))


def dense_with_reshape(weight, bias, x):
    return np.asarray(_dense(weight, weight.reshape(weight.shape[1], weight.shape[0]), bias)(x))


def dense_returning_tensor(weight, bias, x):
    return _dense(weight, weight.T, bias)(x)


# -- 07c.2 · How much did fine-tuning change? -------------------------------------------------------


def delta_arrays():
    from safetensors.numpy import load_file

    from course_lib.models import delta_file, get_spec

    return load_file(delta_file(get_spec("minilm-sentiment")))


# -- 08a.1 · Split a projection into heads ----------------------------------------------------------


def heads_without_transpose(weight, num_heads):
    return weight.reshape(weight.shape[1], num_heads, -1)


def heads_output_layout(weight, num_heads):
    return weight.T.reshape(num_heads, -1, weight.shape[0])


def heads_axes_swapped(weight, num_heads):
    return weight.T.reshape(weight.shape[1], -1, num_heads)


def heads_out_features_first(weight, num_heads):
    return weight.T.reshape(weight.shape[0], num_heads, -1)


def heads_hard_coded_384(weight, num_heads):
    return weight.T.reshape(384, num_heads, -1)


# -- 08a.2 · The way back: a Dense kernel as a Linear layer ----------------------------------------


def _linear(kernel, bias, weight):
    torch = course_lib.import_torch()
    layer = torch.nn.Linear(kernel.shape[0], kernel.shape[1])
    with torch.no_grad():
        layer.weight.copy_(torch.from_numpy(np.ascontiguousarray(weight)))
        layer.bias.copy_(torch.from_numpy(bias))
    return layer


def linear_without_transpose(kernel, bias, x):
    torch = course_lib.import_torch()
    layer = _linear(kernel, bias, kernel)                          # fits only a square kernel
    with torch.no_grad():
        return layer(torch.from_numpy(x)).numpy()


def linear_numpy_of_grad_tensor(kernel, bias, x):
    torch = course_lib.import_torch()
    return _linear(kernel, bias, kernel.T)(torch.from_numpy(x)).numpy()     # outside no_grad: requires grad


def linear_returning_tensor(kernel, bias, x):
    torch = course_lib.import_torch()
    with torch.no_grad():
        return _linear(kernel, bias, kernel.T)(torch.from_numpy(x))


# -- 08b.1 · A request for TF Serving ---------------------------------------------------------------


def request_columnar(batch):
    return {"signature_name": "serving_default", "inputs": {name: array.tolist() for name, array in batch.items()}}


def request_numpy_rows(batch):
    rows = len(next(iter(batch.values())))
    return {"signature_name": "serving_default",
            "instances": [{name: array[row] for name, array in batch.items()} for row in range(rows)]}


def request_list_of_numpy_ints(batch):
    rows = len(next(iter(batch.values())))
    return {"signature_name": "serving_default",
            "instances": [{name: list(array[row]) for name, array in batch.items()} for row in range(rows)]}


def request_rows_from_len_batch(batch):
    return {"signature_name": "serving_default",
            "instances": [{name: array[row].tolist() for name, array in batch.items()} for row in range(len(batch))]}


def request_two_rows(batch):          # cell 15's request body, made a function
    return {"signature_name": "serving_default",
            "instances": [{name: array[row].tolist() for name, array in batch.items()} for row in range(2)]}


# -- 08b.2 · Dynamic-range quantization by hand -----------------------------------------------------


def quantize_one_scale(weight):
    scale = np.abs(weight).max() / 127
    return np.clip(np.round(weight / scale), -127, 127).astype(np.int8), np.float32(scale)


def quantize_by_128(weight):
    scales = np.abs(weight).max(axis=1, keepdims=True) / 128
    return np.clip(np.round(weight / scales), -127, 127).astype(np.int8), scales.astype(np.float32)


def quantize_truncating(weight):
    scales = np.abs(weight).max(axis=1, keepdims=True) / 127
    return np.clip(weight / scales, -127, 127).astype(np.int8), scales.astype(np.float32)


def quantize_left_float(weight):
    scales = np.abs(weight).max(axis=1, keepdims=True) / 127
    return np.clip(np.round(weight / scales), -127, 127), scales.astype(np.float32)


def quantize_per_column(weight):
    scales = np.abs(weight).max(axis=0, keepdims=True) / 127
    return np.clip(np.round(weight / scales), -127, 127).astype(np.int8), scales.astype(np.float32)


# -- 08c.1 · Read a graph ---------------------------------------------------------------------------


def count_every_node(program):
    return len(list(program.graph.nodes))


def count_every_operation(program):
    return sum(1 for node in program.graph.nodes if node.op == "call_function")


def count_target_equal_to_text(program):
    return sum(1 for node in program.graph.nodes
               if node.op == "call_function" and node.target == "aten.linear.default")


def count_as_counter(program):         # cell 5's Counter, returned whole
    from collections import Counter

    return Counter(str(node.target) for node in program.graph.nodes if node.op == "call_function")


# -- 08c.2 · Feed ONNX Runtime ----------------------------------------------------------------------


def feed_everything(encoding, input_names):
    return {name: np.asarray(value, dtype=np.int64) for name, value in encoding.items()}


def feed_keeping_int32(encoding, input_names):
    return {name: encoding[name] for name in input_names}


def feed_as_list(encoding, input_names):
    return [np.asarray(encoding[name], dtype=np.int64) for name in input_names]


# -- 09a.1 · Padding waste --------------------------------------------------------------------------


def _chunks(lengths, batch_size):
    return [lengths[i:i + batch_size] for i in range(0, len(lengths), batch_size)]


def padding_to_longest_of_all(lengths, batch_size):
    return 1 - sum(lengths) / (len(lengths) * max(lengths))


def padding_after_sorting(lengths, batch_size):
    chunks = _chunks(sorted(lengths), batch_size)
    return 1 - sum(lengths) / sum(len(chunk) * max(chunk) for chunk in chunks)


def padding_over_real_tokens(lengths, batch_size):
    computed = sum(len(chunk) * max(chunk) for chunk in _chunks(lengths, batch_size))
    return (computed - sum(lengths)) / sum(lengths)


def padding_full_last_batch(lengths, batch_size):
    computed = sum(batch_size * max(chunk) for chunk in _chunks(lengths, batch_size))
    return 1 - sum(lengths) / computed


# -- 09a.2 · Tokens per second from raw timings -----------------------------------------------------


def throughput_at_mean(seconds, new_tokens):
    return new_tokens / (sum(seconds) / len(seconds))


def throughput_at_fastest(seconds, new_tokens):
    return new_tokens / min(seconds)


def seconds_per_token(seconds, new_tokens):
    return statistics.median(seconds) / new_tokens


def throughput_at_unsorted_middle(seconds, new_tokens):
    return new_tokens / seconds[len(seconds) // 2]


def throughput_at_upper_middle(seconds, new_tokens):
    return new_tokens / sorted(seconds)[len(seconds) // 2]


# -- 09b.1 · A gate for low precision ---------------------------------------------------------------


def _cosines(got, want, dim=-1):
    return course_lib.import_torch().nn.functional.cosine_similarity(got, want, dim=dim)


def cosine_mean(got, want):
    return _cosines(got, want).mean().item()


def cosine_over_columns(got, want):
    return _cosines(got, want, dim=0).min().item()


def cosine_as_tensor(got, want):
    return _cosines(got, want).min()


def cosine_of_flattened(got, want):
    return _cosines(got.flatten(), want.flatten(), dim=0).item()


def cosine_best(got, want):
    return _cosines(got, want).max().item()


# -- 09b.2 · Bytes per weight -----------------------------------------------------------------------


def megabytes_from_bits(numbers, dtype):
    return {"float32": 32, "bfloat16": 16, "int8": 8}[dtype] * numbers / 1e6


def mebibytes(numbers, dtype):
    return {"float32": 4, "bfloat16": 2, "int8": 1}[dtype] * numbers / 2**20


def bytes_not_megabytes(numbers, dtype):
    return {"float32": 4, "bfloat16": 2, "int8": 1}[dtype] * numbers


def bfloat16_as_four_bytes(numbers, dtype):
    return (1 if dtype == "int8" else 4) * numbers / 1e6


# -- 09c.1 · Positions on the right device ----------------------------------------------------------


def positions_on_cpu(x):
    return x + course_lib.import_torch().arange(x.shape[-1])


def positions_as_float32(x):
    torch = course_lib.import_torch()
    return x + torch.arange(x.shape[-1], device=x.device, dtype=torch.float32)


def positions_of_the_batch(x):
    return x + course_lib.import_torch().arange(x.shape[0], device=x.device)


# -- 09c.2 · Memory for training with Adam ----------------------------------------------------------


def parameter_count(module):
    return sum(p.numel() for p in module.parameters())


def weights_bytes_only(module):
    return sum(p.numel() * p.element_size() for p in module.parameters())


def four_bytes_per_number(module):
    return sum(p.numel() * 4 * (4 if p.requires_grad else 1) for p in module.parameters())


def frozen_counted_four_times(module):
    return sum(4 * p.numel() * p.element_size() for p in module.parameters())


def frozen_left_out(module):
    return sum(4 * p.numel() * p.element_size() for p in module.parameters() if p.requires_grad)


# -- 09c.3 · Unequal shards -------------------------------------------------------------------------


def plain_average(grads, sizes):
    return sum(grads) / len(grads)


def summed_loss_gradient(grads, sizes):
    return sum(g * n for g, n in zip(grads, sizes))


def weighted_over_ranks(grads, sizes):
    return sum(g * n for g, n in zip(grads, sizes)) / len(grads)


# -- 09d.1 · A signature that never retraces --------------------------------------------------------


def _specs(shape, dtype_name, named=True):
    tf = course_lib.import_tensorflow()
    return lambda names: [tf.TensorSpec(shape, getattr(tf, dtype_name), name=name if named else None)
                          for name in names]


def signature_without_names(names):   # cell 11's signature, one per name
    tf = course_lib.import_tensorflow()
    return [tf.TensorSpec([None, None], tf.int32)] * len(names)


# -- 09d.2 · Per-replica batches --------------------------------------------------------------------


def interleaved_replicas(batch, replicas):
    return [batch[i::replicas] for i in range(replicas)]


def replicas_over_features(batch, replicas):
    return np.split(batch, replicas, axis=1)


def replicas_array_split(batch, replicas):
    return np.array_split(batch, replicas)


def replicas_numpy_split(batch, replicas):
    return np.split(batch, replicas)


WRONG: list[Wrong] = [
    # 07a.1
    Wrong("07a.1", "first-word-only", lambda ns: first_word_label, "not only its first word"),
    Wrong("07a.1", "first-label-wins", lambda ns: first_label_found, "a reply that says both words is ambiguous"),
    Wrong("07a.1", "split-keeps-punctuation", lambda ns: split_on_spaces_label, 'a word can carry punctuation ("positive.")'),
    Wrong("07a.1", "no-lower-case", lambda ns: case_sensitive_label, '"NEGATIVE" was not recognised'),
    Wrong("07a.1", "none-not-unknown", lambda ns: none_when_unsure_label, 'return the string "unknown" (not None)'),
    # 07a.2
    Wrong("07a.2", "end-token-excluded", lambda ns: span_to_end_token_start, "the end token was cut off"),
    Wrong("07a.2", "token-numbers-as-characters", lambda ns: span_from_token_numbers,
          "token numbers are not character positions: look each token up in offsets"),
    Wrong("07a.2", "split-on-spaces", lambda ns: span_from_words, "token positions are not word positions"),
    # 07b.1
    Wrong("07b.1", "score-order", lambda ns: central_by_score, "not in the document's order"),
    Wrong("07b.1", "least-central", lambda ns: central_ascending, "the *least* central sentences"),
    Wrong("07b.1", "numpy-not-list", lambda ns: central_as_array, "the result is a ndarray; the task asks for a list"),
    # 07b.2
    Wrong("07b.2", "flat-references", lambda ns: chrf(SOURCES, REFERENCES).score,
          "the references went in as a flat list"),
    Wrong("07b.2", "swapped-arguments", lambda ns: chrf(REFERENCES, [SOURCES]).score, "the arguments are swapped"),
    Wrong("07b.2", "nltk-reference-layout", lambda ns: chrf(SOURCES, [[r] for r in REFERENCES]).score,
          "that is one list per sentence"),
    Wrong("07b.2", "result-object", lambda ns: chrf(SOURCES, [REFERENCES]), "that is sacrebleu's result object"),
    Wrong("07b.2", "mean-of-sentence-scores", lambda ns: mean_sentence_chrf(),
          "that is the mean of sentence-level chrF scores"),
    # 07b.3
    Wrong("07b.3", "greater-not-reaches", lambda ns: top_p_strictly_above, "a total exactly equal to p already reaches it"),
    Wrong("07b.3", "crossing-token-dropped", lambda ns: top_p_without_crossing_token,
          "the token at which the total reaches p must be kept too"),
    Wrong("07b.3", "id-order", lambda ns: top_p_in_id_order, "not in id order"),
    Wrong("07b.3", "totals-in-id-order", lambda ns: top_p_totals_in_id_order, "the running total was added up in id order"),
    # 07c.1
    Wrong("07c.1", "no-transpose", lambda ns: dense_without_transpose, "the kernel was not transposed"),
    Wrong("07c.1", "reshape-not-transpose", lambda ns: dense_with_reshape, "the kernel was not transposed"),
    Wrong("07c.1", "tensor-not-numpy", lambda ns: dense_returning_tensor, "the task asks for a NumPy array, np.asarray"),
    # 07c.2
    Wrong("07c.2", "tensor-count", lambda ns: len(delta_arrays()), "that is the number of tensors"),
    Wrong("07c.2", "bytes", lambda ns: sum(a.nbytes for a in delta_arrays().values()), "that is the number of bytes"),
    Wrong("07c.2", "len-of-array", lambda ns: sum(len(a) for a in delta_arrays().values()),
          "len(array) counts only the first axis"),
    # 08a.1
    Wrong("08a.1", "no-transpose", lambda ns: heads_without_transpose, "reshaped without transposing it first"),
    Wrong("08a.1", "output-projection-layout", lambda ns: heads_output_layout,
          "that is the layout of the attention *output* projection"),
    Wrong("08a.1", "heads-and-size-swapped", lambda ns: heads_axes_swapped, "the last two axes are swapped"),
    Wrong("08a.1", "out-features-first", lambda ns: heads_out_features_first, "weight.shape[0] is out_features"),
    Wrong("08a.1", "hard-coded-384", lambda ns: heads_hard_coded_384, "cannot reshape array of size 64 into shape (384,"),
    # 08a.2
    Wrong("08a.2", "no-transpose", lambda ns: linear_without_transpose,
          "the kernel went into the Linear weight without a transpose"),
    Wrong("08a.2", "numpy-of-grad-tensor", lambda ns: linear_numpy_of_grad_tensor,
          "Can't call numpy() on Tensor that requires grad"),
    Wrong("08a.2", "tensor-not-numpy", lambda ns: linear_returning_tensor, "your function returns a torch tensor"),
    # 08b.1
    Wrong("08b.1", "columnar-format", lambda ns: request_columnar, "that is TF Serving's columnar format"),
    Wrong("08b.1", "numpy-rows", lambda ns: request_numpy_rows, "the instances hold NumPy arrays"),
    Wrong("08b.1", "list-of-numpy-ints", lambda ns: request_list_of_numpy_ints, "list(row) keeps NumPy integers"),
    Wrong("08b.1", "rows-from-len-batch", lambda ns: request_rows_from_len_batch,
          "len(batch) counts the dict's keys (the input names), not the texts"),
    Wrong("08b.1", "two-rows-copied", lambda ns: request_two_rows, "the number of rows is fixed (cell 15's range(2))"),
    # 08b.2
    Wrong("08b.2", "one-scale", lambda ns: quantize_one_scale, "one scale for the whole matrix"),
    Wrong("08b.2", "divide-by-128", lambda ns: quantize_by_128, "symmetric quantization uses ±127"),
    Wrong("08b.2", "truncated", lambda ns: quantize_truncating, "the values were truncated"),
    Wrong("08b.2", "not-int8", lambda ns: quantize_left_float, "the quantized matrix must be stored as np.int8"),
    Wrong("08b.2", "per-column", lambda ns: quantize_per_column, "the scales are per column"),
    # 08c.1
    Wrong("08c.1", "every-node", lambda ns: count_every_node, "that counts every node, including the inputs"),
    Wrong("08c.1", "every-operation", lambda ns: count_every_operation, "that counts every operation (call_function node)"),
    Wrong("08c.1", "target-compared-to-text", lambda ns: count_target_equal_to_text,
          "node.target is an operator object"),
    Wrong("08c.1", "counter-not-count", lambda ns: count_as_counter, "the result is a Counter"),
    # 08c.2
    Wrong("08c.2", "every-entry", lambda ns: feed_everything, "the feed holds every entry of the encoding"),
    Wrong("08c.2", "int32-kept", lambda ns: feed_keeping_int32, "the values are right but not int64"),
    Wrong("08c.2", "list-not-dict", lambda ns: feed_as_list, "the result is a list; the task asks for a dict"),
    # 09a.1
    Wrong("09a.1", "longest-of-all", lambda ns: padding_to_longest_of_all, "that pads every sentence to the longest of all"),
    Wrong("09a.1", "sorted-first", lambda ns: padding_after_sorting, "that sorts the lengths first"),
    Wrong("09a.1", "over-real-tokens", lambda ns: padding_over_real_tokens, "that divides the padding by the real tokens"),
    Wrong("09a.1", "full-last-batch", lambda ns: padding_full_last_batch,
          "that pads the last batch to batch_size sentences"),
    # 09a.2
    Wrong("09a.2", "mean", lambda ns: throughput_at_mean, "that uses the mean"),
    Wrong("09a.2", "fastest", lambda ns: throughput_at_fastest, "that uses the fastest repeat"),
    Wrong("09a.2", "seconds-per-token", lambda ns: seconds_per_token, "that is seconds per token"),
    Wrong("09a.2", "unsorted-middle", lambda ns: throughput_at_unsorted_middle,
          "the median is the middle of the *sorted* timings"),
    Wrong("09a.2", "even-count-middle", lambda ns: throughput_at_upper_middle,
          "with an even number of timings the median is the mean of the two middle ones"),
    # 09b.1
    Wrong("09b.1", "mean", lambda ns: cosine_mean, "that is the mean; a gate needs the worst sentence"),
    Wrong("09b.1", "columns-dim-0", lambda ns: cosine_over_columns, "that compares columns (dim=0)"),
    Wrong("09b.1", "tensor-not-float", lambda ns: cosine_as_tensor, "return a Python float (.item()), not a tensor"),
    Wrong("09b.1", "flattened", lambda ns: cosine_of_flattened, "one cosine between the two whole matrices, flattened"),
    Wrong("09b.1", "maximum", lambda ns: cosine_best, "that is the best sentence (the maximum)"),
    # 09b.2
    Wrong("09b.2", "bits", lambda ns: megabytes_from_bits, "that counts bits, not bytes"),
    Wrong("09b.2", "mebibytes", lambda ns: mebibytes, "that divides by 2**20 (MiB)"),
    Wrong("09b.2", "bytes-not-megabytes", lambda ns: bytes_not_megabytes, "that is the number of bytes"),
    Wrong("09b.2", "bfloat16-four-bytes", lambda ns: bfloat16_as_four_bytes, "bfloat16 takes 16 bits, 2 bytes per weight"),
    # 09c.1
    Wrong("09c.1", "positions-on-cpu", lambda ns: positions_on_cpu, "Create the positions on x's device"),
    Wrong("09c.1", "float32-positions", lambda ns: positions_as_float32, "positions made as float32 promote the result"),
    Wrong("09c.1", "batch-not-length", lambda ns: positions_of_the_batch, "must match the size of tensor b (2)"),
    # 09c.2
    Wrong("09c.2", "numbers-not-bytes", lambda ns: parameter_count, "that counts parameters (15 numbers), not bytes"),
    Wrong("09c.2", "weights-only", lambda ns: weights_bytes_only, "that is the memory of the weights alone"),
    Wrong("09c.2", "four-bytes-fixed", lambda ns: four_bytes_per_number, "a bfloat16 parameter takes 2 bytes per number"),
    Wrong("09c.2", "frozen-with-adam-state", lambda ns: frozen_counted_four_times,
          "a frozen parameter (requires_grad=False) gets no gradient and no Adam state: count its bytes once"),
    Wrong("09c.2", "frozen-left-out", lambda ns: frozen_left_out, "the frozen weight was left out"),
    # 09c.3
    Wrong("09c.3", "plain-average", lambda ns: plain_average, "that is the plain average"),
    Wrong("09c.3", "summed-loss", lambda ns: summed_loss_gradient, "that is the gradient of the summed loss"),
    Wrong("09c.3", "divided-by-ranks", lambda ns: weighted_over_ranks, "that divides by the number of ranks"),
    # 09d.1
    Wrong("09d.1", "int64", lambda ns: _specs([None, None], "int64"), "token ids are integers: dtype tf.int32"),
    Wrong("09d.1", "no-names", lambda ns: signature_without_names, "give each TensorSpec its input's name"),
    Wrong("09d.1", "one-dimension", lambda ns: _specs([None], "int32"), "token ids are 2-D, (batch, length)"),
    Wrong("09d.1", "fixed-length", lambda ns: _specs([None, 128], "int32"), "a fixed size in the shape means a new trace"),
    # 09d.2
    Wrong("09d.2", "interleaved", lambda ns: interleaved_replicas, "that interleaves rows"),
    Wrong("09d.2", "split-features", lambda ns: replicas_over_features, "that splits the features (axis 1)"),
    Wrong("09d.2", "array-split-uneven", lambda ns: replicas_array_split, "must raise a ValueError whose message mentions a multiple"),
    Wrong("09d.2", "split-without-advice", lambda ns: replicas_numpy_split,
          "must raise a ValueError whose message mentions a multiple"),
]
