"""Wrong answers learners write (see tests/wrong_answer_table.py), lessons 07a-09d."""

from __future__ import annotations

import math
import re
import statistics

import numpy as np

import course_lib
from wrong_answer_table import Wrong

# -- 07a.1 · A reply parser that reads "not" ---------------------------------------------------------

LABELS = {"positive", "negative"}
OPPOSITE = {"positive": "negative", "negative": "positive"}


def _labels_read(words):
    """The label each label word counts as: the opposite one right after "not"."""
    return {OPPOSITE[w] if b == "not" else w for b, w in zip([""] + words, words) if w in OPPOSITE}


def demonstration_label(reply):
    """The notebook's own reply_to_label (the cell after the exercise), copied: "not positive" is positive."""
    found = set(re.findall(r"[a-z]+", reply.lower())) & LABELS
    return found.pop() if len(found) == 1 else "unknown"


def first_word_label(reply):
    """Reads only the reply's first word: fine for "Negative", blind to "This text is positive."."""
    words = re.findall(r"[a-z]+", reply.lower())
    return words[0] if words and words[0] in LABELS else "unknown"


def first_label_found(reply):
    """if / elif on substrings: a reply whose label words disagree gets the first one tested."""
    text = reply.lower()
    for phrase, label in (("not positive", "negative"), ("not negative", "positive"),
                          ("positive", "positive"), ("negative", "negative")):
        if phrase in text:
            return label
    return "unknown"


def split_on_spaces_label(reply):
    """str.split() keeps the punctuation: "positive." is not "positive"."""
    found = _labels_read(reply.lower().split())
    return found.pop() if len(found) == 1 else "unknown"


def case_sensitive_label(reply):
    """No lower(): "NEGATIVE" matches nothing."""
    found = _labels_read(re.findall(r"[a-z]+", reply))
    return found.pop() if len(found) == 1 else "unknown"


def none_when_unsure_label(reply):
    """Falls off the end of the function (None) when the label words do not give exactly one label."""
    found = _labels_read(re.findall(r"[a-z]+", reply.lower()))
    if len(found) == 1:
        return found.pop()
    return None


def negated_word_dropped_label(reply):
    """Skips a label word after "not" instead of counting it as the opposite label."""
    words = re.findall(r"[a-z]+", reply.lower())
    found = {w for b, w in zip([""] + words, words) if w in LABELS and b != "not"}
    return found.pop() if len(found) == 1 else "unknown"


def capital_not_label(reply):
    """Lower-cases the label words but compares the word before with "not" as written: "Not" is missed."""
    words = re.findall(r"[A-Za-z]+", reply)
    found = {OPPOSITE[w.lower()] if b == "not" else w.lower() for b, w in zip([""] + words, words)
             if w.lower() in LABELS}
    return found.pop() if len(found) == 1 else "unknown"


# -- 07a.2 · From characters to tokens --------------------------------------------------------------


def span_as_characters(offsets, first_char, after_last_char):
    return first_char, after_last_char


def span_one_token_late(offsets, first_char, after_last_char):
    """<= where < belongs: the full stop that starts right where the answer stops gets in."""
    overlapping = [i for i, (first, after) in enumerate(offsets) if first <= after_last_char and after > first_char]
    return overlapping[0], overlapping[-1]


def span_in_words(offsets, first_char, after_last_char):
    context = "Donors must weigh at least 50 kilograms."
    return len(context[:first_char].split()), len(context[:after_last_char].split()) - 1


def span_with_special_tokens(offsets, first_char, after_last_char):
    """Containment tested with <=, so [CLS]'s (0, 0) 'contains' character 0."""
    overlapping = [i for i, (first, after) in enumerate(offsets)
                   if first <= first_char <= after or first_char <= first < after_last_char]
    return overlapping[0], overlapping[-1]


def span_from_exact_boundaries(offsets, first_char, after_last_char):
    """Looks for a token starting exactly at first_char: an answer that begins inside a word piece has none."""
    start = next(i for i, (first, after) in enumerate(offsets) if first == first_char and after > first)
    end = next(i for i, (first, after) in enumerate(offsets) if after == after_last_char and after > first)
    return start, end


# -- 07b.1 · Central sentences, without repeats -----------------------------------------------------


def central_copied(vectors, k):
    """The notebook's central_sentences, copied: a sentence and its near-copy both get in."""
    return sorted(np.argsort(-(vectors @ vectors.mean(axis=0)))[:k].tolist())


def central_limit_ignored(vectors, k, limit):
    return central_copied(vectors, k)


def _kept_in_rank_order(vectors, k, limit, ranking=None):
    if ranking is None:
        ranking = np.argsort(-(vectors @ vectors.mean(axis=0))).tolist()
    kept = []
    for i in ranking:
        if all(vectors[i] @ vectors[j] <= limit for j in kept):
            kept.append(i)
        if len(kept) == k:
            break
    return kept


def central_by_score(vectors, k, limit):
    return _kept_in_rank_order(vectors, k, limit)


def central_ascending(vectors, k, limit):
    return sorted(_kept_in_rank_order(vectors, k, limit, np.argsort(vectors @ vectors.mean(axis=0)).tolist()))


def central_as_array(vectors, k, limit):
    return np.array(sorted(_kept_in_rank_order(vectors, k, limit)))


def central_first_k_only(vectors, k, limit):
    """Tests only the first k of the ranking, so every skipped sentence leaves a hole."""
    kept = []
    for i in np.argsort(-(vectors @ vectors.mean(axis=0)))[:k].tolist():
        if all(vectors[i] @ vectors[j] <= limit for j in kept):
            kept.append(i)
    return sorted(kept)


def central_against_all(vectors, k, limit):
    """Compares each sentence with every other one, not with the kept ones: both copies drop out."""
    similar = vectors @ vectors.T
    np.fill_diagonal(similar, -1.0)
    ranking = np.argsort(-(vectors @ vectors.mean(axis=0))).tolist()
    return sorted([i for i in ranking if similar[i].max() <= limit][:k])


# -- 07b.2 · chrF sentence by sentence (the notebook cell's data) ------------------------------------

HYPOTHESES = ["Le musée ouvre à dix.", "Emma paie avec une carte.", "Paris est beau en mai."]
REFERENCES = ["Le musée ouvre à dix heures.", "Emma paie par carte.", "Paris est belle en mai."]


def per_sentence(score, **options):
    """One sacrebleu result per (hypothesis, reference) pair: score is sacrebleu.sentence_chrf, _bleu, ..."""
    return [score(h, [r], **options) for h, r in zip(HYPOTHESES, REFERENCES)]


def sacrebleu_module():
    import sacrebleu

    return sacrebleu


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


# -- 07c.1 · BERT's pooler as a Keras layer --------------------------------------------------------


def _dense(weight, kernel, bias, activation=None):
    keras = course_lib.import_keras()
    layer = keras.layers.Dense(weight.shape[0], activation=activation)
    layer.build((None, weight.shape[1]))
    layer.set_weights([kernel, bias])
    return layer


def dense_from_linear(weight, bias):
    """The notebook's head recipe (the cell after the exercise), passed as the answer."""
    return _dense(weight, weight.T, bias)


def head_recipe_on_every_token(weight, bias, sequence_output):
    """The head's recipe copied: every token through a Dense layer without tanh."""
    return np.asarray(_dense(weight, weight.T, bias)(sequence_output))


def pooler_on_every_token(weight, bias, sequence_output):
    return np.asarray(_dense(weight, weight.T, bias, "tanh")(sequence_output))


def pooler_without_tanh(weight, bias, sequence_output):
    return np.asarray(_dense(weight, weight.T, bias)(sequence_output[:, 0, :]))


def pooler_on_last_token(weight, bias, sequence_output):
    return np.asarray(_dense(weight, weight.T, bias, "tanh")(sequence_output[:, -1, :]))


def dense_without_transpose(weight, bias, sequence_output):
    return np.asarray(_dense(weight, weight, bias, "tanh")(sequence_output[:, 0, :]))


def dense_with_reshape(weight, bias, sequence_output):
    kernel = weight.reshape(weight.shape[1], weight.shape[0])
    return np.asarray(_dense(weight, kernel, bias, "tanh")(sequence_output[:, 0, :]))


def dense_returning_tensor(weight, bias, sequence_output):
    return _dense(weight, weight.T, bias, "tanh")(sequence_output[:, 0, :])


# -- 07c.2 · What BitFit stored -------------------------------------------------------------------


def delta_arrays():
    from safetensors.numpy import load_file

    from course_lib.models import delta_file, get_spec

    return load_file(delta_file(get_spec("minilm-sentiment")))


def delta_share(count, chosen) -> float:
    """The share of the delta's numbers, counted with ``count`` per array, in the tensors ``chosen`` by name."""
    arrays = delta_arrays()
    return sum(count(a) for name, a in arrays.items() if chosen(name)) / sum(count(a) for a in arrays.values())


# -- 08a.1 · Split a fused projection into heads ----------------------------------------------------


def in_proj_copied_demonstration(weight, num_heads):    # cell 9's linear_to_heads, on the fused weight
    return weight.T.reshape(weight.shape[1], num_heads, -1)


def in_proj_parts_without_transpose(weight, num_heads):
    return tuple(part.reshape(weight.shape[1], num_heads, -1) for part in np.split(weight, 3, axis=0))


def in_proj_heads_and_size_swapped(weight, num_heads):
    return tuple(part.T.reshape(weight.shape[1], -1, num_heads) for part in np.split(weight, 3, axis=0))


def in_proj_stacked_array(weight, num_heads):
    return np.stack([part.T.reshape(weight.shape[1], num_heads, -1) for part in np.split(weight, 3, axis=0)])


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


def quantize_per_row(kernel):           # cell 31's per-row scales, copied onto the Keras layout
    scales = np.abs(kernel).max(axis=1, keepdims=True) / 127
    return np.clip(np.round(kernel / scales), -127, 127).astype(np.int8), scales.astype(np.float32)


def quantize_one_scale(kernel):
    scale = np.abs(kernel).max() / 127
    return np.clip(np.round(kernel / scale), -127, 127).astype(np.int8), np.float32(scale)


def quantize_by_128(kernel):
    scales = np.abs(kernel).max(axis=0, keepdims=True) / 128
    return np.clip(np.round(kernel / scales), -127, 127).astype(np.int8), scales.astype(np.float32)


def quantize_truncating(kernel):
    scales = np.abs(kernel).max(axis=0, keepdims=True) / 127
    return np.clip(kernel / scales, -127, 127).astype(np.int8), scales.astype(np.float32)


def quantize_left_float(kernel):
    scales = np.abs(kernel).max(axis=0, keepdims=True) / 127
    return np.clip(np.round(kernel / scales), -127, 127), scales.astype(np.float32)


def quantize_in_litert_layout(kernel):  # transposed to (out, in), quantized per row, returned that way
    weight = kernel.T
    scales = np.abs(weight).max(axis=1, keepdims=True) / 127
    return np.clip(np.round(weight / scales), -127, 127).astype(np.int8), scales.astype(np.float32)


# -- 08c.1 · Read a graph ---------------------------------------------------------------------------


def _linear_nodes(program):
    return [node for node in program.graph.nodes
            if node.op == "call_function" and str(node.target) == "aten.linear.default"]


def shapes_as_count(program):           # cell 5's Counter, for the one target
    from collections import Counter

    return Counter(str(node.target) for node in program.graph.nodes
                   if node.op == "call_function")["aten.linear.default"]


def shapes_of_the_weights(program):
    return [tuple(node.args[1].meta["val"].shape) for node in _linear_nodes(program)]


def shapes_of_the_outputs(program):
    return [tuple(node.meta["val"].shape) for node in _linear_nodes(program)]


def shapes_of_every_operation(program):
    return [(node.args[0].meta["val"].shape[-1], node.meta["val"].shape[-1])
            for node in program.graph.nodes if node.op == "call_function"]


def shapes_target_equal_to_text(program):
    return [(node.args[0].meta["val"].shape[-1], node.meta["val"].shape[-1]) for node in program.graph.nodes
            if node.op == "call_function" and node.target == "aten.linear.default"]


# -- 08c.2 · Feed ONNX Runtime ----------------------------------------------------------------------


def feed_everything(encoding, input_names):
    return {name: np.asarray(value, dtype=np.int64) for name, value in encoding.items()}


def feed_keeping_int32(encoding, input_names):
    return {name: encoding[name] for name in input_names}


def feed_as_list(encoding, input_names):
    return [np.asarray(encoding[name], dtype=np.int64) for name in input_names]


# -- 09a.1 · Batches under a token budget ---------------------------------------------------------


def _budget_batches(lengths, max_tokens, cost, close_at_budget=False, keep_last=True):
    """Cut `lengths` in order; cost(batch, length) is what the batch would compute with `length` in it."""
    batches, batch = [], []
    for length in lengths:
        spent = cost(batch, length)
        if batch and (spent >= max_tokens if close_at_budget else spent > max_tokens):
            batches.append(batch)
            batch = []
        batch.append(length)
    if batch and keep_last:
        batches.append(batch)
    return batches


def _padded(batch, length):
    return (len(batch) + 1) * max(batch + [length])


def batches_by_real_tokens(lengths, max_tokens):
    return [len(b) for b in _budget_batches(lengths, max_tokens, lambda batch, length: sum(batch) + length)]


def batches_longest_before_joining(lengths, max_tokens):
    def cost(batch, length):
        return (len(batch) + 1) * max(batch, default=length)

    return [len(b) for b in _budget_batches(lengths, max_tokens, cost)]


def batches_closed_at_the_budget(lengths, max_tokens):        # >= instead of >
    return [len(b) for b in _budget_batches(lengths, max_tokens, _padded, close_at_budget=True)]


def batches_without_the_last(lengths, max_tokens):
    return [len(b) for b in _budget_batches(lengths, max_tokens, _padded, keep_last=False)]


def batches_themselves(lengths, max_tokens):
    return _budget_batches(lengths, max_tokens, _padded)


def batches_after_sorting(lengths, max_tokens):
    return [len(b) for b in _budget_batches(sorted(lengths), max_tokens, _padded)]


def batches_dropping_too_long(lengths, max_tokens):
    kept = [length for length in lengths if length <= max_tokens]
    return [len(b) for b in _budget_batches(kept, max_tokens, _padded)]


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


# -- 09b.1 · Which sentences fail the gate ----------------------------------------------------------


def _cosines(got, want, dim=-1):
    return course_lib.import_torch().nn.functional.cosine_similarity(got, want, dim=dim)


def failing_as_lowest_cosine(got, want, min_cosine):     # check_route's line (section 1), copied
    return _cosines(got, want).min().item()


def failing_over_columns(got, want, min_cosine):
    return (_cosines(got, want, dim=0) < min_cosine).nonzero().flatten().tolist()


def failing_as_mask(got, want, min_cosine):
    return (_cosines(got, want) < min_cosine).tolist()


def passing_sentences(got, want, min_cosine):
    return (_cosines(got, want) >= min_cosine).nonzero().flatten().tolist()


def failing_as_tensor(got, want, min_cosine):
    return (_cosines(got, want) < min_cosine).nonzero().flatten()


# -- 09b.2 · Bytes per weight (int4, and bfloat16 scales per group) ----------------------------------

_BYTES = {"float32": 4, "bfloat16": 2, "int8": 1, "int4": 0.5}


def _megabytes(numbers, dtype, group_size=None, *, per_weight=_BYTES, round_up=math.ceil, scale_bytes=2,
               groups=lambda n, g: math.ceil(n / g), scaled=("int8", "int4"), unit=1e6):
    total = round_up(numbers * per_weight[dtype])
    if group_size is not None and dtype in scaled:
        total += scale_bytes * groups(numbers, group_size)
    return total / unit


def megabytes_from_bits(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, per_weight={"float32": 32, "bfloat16": 16, "int8": 8, "int4": 4})


def mebibytes(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, unit=2**20)


def bytes_not_megabytes(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, unit=1)


def bfloat16_as_four_bytes(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, per_weight={**_BYTES, "bfloat16": 4})


def int4_as_one_byte(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, per_weight={**_BYTES, "int4": 1})


def int4_rounded_down(numbers, dtype, group_size=None):      # numbers // 2
    return _megabytes(numbers, dtype, group_size, round_up=math.floor)


def int4_half_bytes(numbers, dtype, group_size=None):        # numbers / 2, a fraction of a byte kept
    return _megabytes(numbers, dtype, group_size, round_up=lambda b: b)


def scales_as_float32(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, scale_bytes=4)


def groups_rounded_down(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, groups=lambda n, g: n // g)


def scales_left_out(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, None)


def scales_on_every_dtype(numbers, dtype, group_size=None):
    return _megabytes(numbers, dtype, group_size, scaled=tuple(_BYTES))


# -- 09c.1 · Positions on the right device ----------------------------------------------------------


def positions_along_features(x):        # error 2's printed fix (cell 13), copied
    return x + course_lib.import_torch().arange(x.shape[-1], device=x.device)


def positions_on_cpu(x):
    return x + course_lib.import_torch().arange(x.shape[1]).unsqueeze(-1)


def positions_as_float32(x):
    torch = course_lib.import_torch()
    return x + torch.arange(x.shape[1], device=x.device, dtype=torch.float32).unsqueeze(-1)


def positions_of_the_batch(x):
    return x + course_lib.import_torch().arange(x.shape[0], device=x.device).unsqueeze(-1)


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


# -- 09d.1 · A signature that never retraces (signature_like) ----------------------------------------


def _signature(shape, dtype=None, named=True, order=lambda items: items):
    """signature_like with one piece changed: shape(example) gives the spec's shape, dtype(example) its dtype."""
    tf = course_lib.import_tensorflow()
    dtype = dtype or (lambda example: tf.as_dtype(example.dtype))
    return lambda batch: [tf.TensorSpec(shape(example), dtype(example), name=name if named else None)
                          for name, example in order(list(batch.items()))]


def _any_batch_and_length(example):
    return [None, None, *example.shape[2:]]


def signature_copied_from_cell_11(batch):
    tf = course_lib.import_tensorflow()
    return [tf.TensorSpec([None, None], tf.int32)] * len(batch)


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
    Wrong("07a.1", "copied-demonstration", lambda ns: demonstration_label, "this is the notebook's own parser"),
    Wrong("07a.1", "first-word-only", lambda ns: first_word_label, "not only its first word"),
    Wrong("07a.1", "first-label-wins", lambda ns: first_label_found,
          'ambiguous: return "unknown" rather than the first label you find'),
    Wrong("07a.1", "split-keeps-punctuation", lambda ns: split_on_spaces_label, 'a word can carry punctuation ("positive.")'),
    Wrong("07a.1", "no-lower-case", lambda ns: case_sensitive_label, '"NEGATIVE" was not recognised'),
    Wrong("07a.1", "none-not-unknown", lambda ns: none_when_unsure_label, 'return the string "unknown" (not None)'),
    Wrong("07a.1", "negated-word-dropped", lambda ns: negated_word_dropped_label,
          'a label word after "not" is not to be dropped'),
    Wrong("07a.1", "capital-not-missed", lambda ns: capital_not_label, '"Not" with a capital N is a negation too'),
    # 07a.2
    Wrong("07a.2", "character-positions", lambda ns: span_as_characters, "those are character positions"),
    Wrong("07a.2", "one-token-late", lambda ns: span_one_token_late, "the span ends one token late"),
    Wrong("07a.2", "word-positions", lambda ns: span_in_words, "those are word positions"),
    Wrong("07a.2", "special-token-included", lambda ns: span_with_special_tokens, "the span starts at token 0, [CLS]"),
    Wrong("07a.2", "exact-boundaries-only", lambda ns: span_from_exact_boundaries,
          "finds no span for an answer that begins inside a word piece"),
    # 07b.1
    Wrong("07b.1", "copied-demonstration", lambda ns: central_copied, "this is the notebook's central_sentences"),
    Wrong("07b.1", "limit-ignored", lambda ns: central_limit_ignored, "this is the notebook's central_sentences"),
    Wrong("07b.1", "score-order", lambda ns: central_by_score, "not in the document's order"),
    Wrong("07b.1", "least-central", lambda ns: central_ascending, "the *least* central sentences"),
    Wrong("07b.1", "numpy-not-list", lambda ns: central_as_array, "the result is a ndarray; the task asks for a list"),
    Wrong("07b.1", "skipped-counts-towards-k", lambda ns: central_first_k_only,
          "a skipped sentence does not count towards k"),
    Wrong("07b.1", "compared-with-all", lambda ns: central_against_all,
          "compare each sentence with the sentences already kept only"),
    # 07b.2
    Wrong("07b.2", "result-objects", lambda ns: per_sentence(sacrebleu_module().sentence_chrf),
          "those are sacrebleu's result objects"),
    Wrong("07b.2", "corpus-score", lambda ns: sacrebleu_module().corpus_chrf(HYPOTHESES, [REFERENCES]).score,
          "that is the corpus chrF of all three sentences"),
    Wrong("07b.2", "corpus-score-per-item",
          lambda ns: [sacrebleu_module().corpus_chrf(HYPOTHESES, [REFERENCES]).score] * 3,
          "every item is the corpus score of all three sentences"),
    Wrong("07b.2", "mean-of-sentence-scores",
          lambda ns: sum(r.score for r in per_sentence(sacrebleu_module().sentence_chrf)) / 3,
          "that is the mean of the sentence scores"),
    Wrong("07b.2", "swapped-arguments",
          lambda ns: [sacrebleu_module().sentence_chrf(r, [h]).score for h, r in zip(HYPOTHESES, REFERENCES)],
          "the arguments are swapped"),
    Wrong("07b.2", "bleu", lambda ns: [r.score for r in per_sentence(sacrebleu_module().sentence_bleu)],
          "those are sentence BLEU scores"),
    Wrong("07b.2", "chrf-plus-plus",
          lambda ns: [r.score for r in per_sentence(sacrebleu_module().sentence_chrf, word_order=2)],
          "that is chrF++"),
    Wrong("07b.2", "flat-reference-list", lambda ns: sacrebleu_module().corpus_chrf(HYPOTHESES, REFERENCES).score,
          "that is corpus_chrf with the flat list of references"),
    Wrong("07b.2", "bare-string-reference",
          lambda ns: [sacrebleu_module().corpus_chrf([h], r).score for h, r in zip(HYPOTHESES, REFERENCES)],
          "with the reference as a bare string"),
    # 07b.3
    Wrong("07b.3", "greater-not-reaches", lambda ns: top_p_strictly_above, "a total exactly equal to p already reaches it"),
    Wrong("07b.3", "crossing-token-dropped", lambda ns: top_p_without_crossing_token,
          "the token at which the total reaches p must be kept too"),
    Wrong("07b.3", "id-order", lambda ns: top_p_in_id_order, "not in id order"),
    Wrong("07b.3", "totals-in-id-order", lambda ns: top_p_totals_in_id_order, "the running total was added up in id order"),
    # 07c.1
    Wrong("07c.1", "copied-dense-from-linear", lambda ns: dense_from_linear, "this is dense_from_linear"),
    Wrong("07c.1", "copied-head-on-every-token", lambda ns: head_recipe_on_every_token,
          "this is the classification head's recipe"),
    Wrong("07c.1", "every-token", lambda ns: pooler_on_every_token, "reads only the [CLS] token, the first"),
    Wrong("07c.1", "no-tanh", lambda ns: pooler_without_tanh, "the pooler applies tanh after it"),
    Wrong("07c.1", "last-token", lambda ns: pooler_on_last_token, "that is the last token"),
    Wrong("07c.1", "no-transpose", lambda ns: dense_without_transpose, "the kernel was not transposed"),
    Wrong("07c.1", "reshape-not-transpose", lambda ns: dense_with_reshape, "the kernel was not transposed"),
    Wrong("07c.1", "tensor-not-numpy", lambda ns: dense_returning_tensor, "the task asks for a NumPy array, np.asarray"),
    # 07c.2
    Wrong("07c.2", "share-of-tensors",
          lambda ns: sum(n.endswith("bias") for n in delta_arrays()) / len(delta_arrays()),
          "that is the share of *tensors* that are biases"),
    Wrong("07c.2", "len-of-array", lambda ns: delta_share(len, lambda name: name.endswith("bias")),
          "len(array) counts only the first axis"),
    Wrong("07c.2", "layernorm-biases-left-out",
          lambda ns: delta_share(np.size, lambda name: name.endswith("bias") and "LayerNorm" not in name),
          "the LayerNorm biases were left out"),
    Wrong("07c.2", "complement", lambda ns: 1 - delta_share(np.size, lambda name: name.endswith("bias")),
          "*not* biases"),
    Wrong("07c.2", "percentage", lambda ns: 100 * delta_share(np.size, lambda name: name.endswith("bias")),
          "that looks like a percentage"),
    # 08a.1
    Wrong("08a.1", "copied-demonstration", lambda ns: in_proj_copied_demonstration,
          "that is cell 9's linear_to_heads applied to the whole fused weight"),
    Wrong("08a.1", "no-transpose", lambda ns: in_proj_parts_without_transpose,
          "each part was reshaped without transposing it first"),
    Wrong("08a.1", "heads-and-size-swapped", lambda ns: in_proj_heads_and_size_swapped, "the last two axes are swapped"),
    Wrong("08a.1", "stacked-array", lambda ns: in_proj_stacked_array, "the result is a ndarray; the task asks for a tuple"),
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
    Wrong("08b.2", "copied-per-row", lambda ns: quantize_per_row, "these are cell 31's per-row scales"),
    Wrong("08b.2", "one-scale", lambda ns: quantize_one_scale, "one scale for the whole matrix"),
    Wrong("08b.2", "divide-by-128", lambda ns: quantize_by_128, "symmetric quantization uses ±127"),
    Wrong("08b.2", "truncated", lambda ns: quantize_truncating, "the values were truncated"),
    Wrong("08b.2", "not-int8", lambda ns: quantize_left_float, "the quantized matrix must be stored as np.int8"),
    Wrong("08b.2", "litert-layout", lambda ns: quantize_in_litert_layout, "the quantized matrix is in LiteRT's layout"),
    # 08c.1
    Wrong("08c.1", "copied-count", lambda ns: shapes_as_count, "that is how many linear operations the graph calls"),
    Wrong("08c.1", "weight-shape-order", lambda ns: shapes_of_the_weights, "those pairs are the weights' shapes"),
    Wrong("08c.1", "output-shapes", lambda ns: shapes_of_the_outputs, "those are the linear nodes' own shapes"),
    Wrong("08c.1", "every-operation", lambda ns: shapes_of_every_operation, "the ReLU is an operation too"),
    Wrong("08c.1", "target-compared-to-text", lambda ns: shapes_target_equal_to_text,
          "node.target is an operator object"),
    # 08c.2
    Wrong("08c.2", "every-entry", lambda ns: feed_everything, "the feed holds every entry of the encoding"),
    Wrong("08c.2", "int32-kept", lambda ns: feed_keeping_int32, "the values are right but not int64"),
    Wrong("08c.2", "list-not-dict", lambda ns: feed_as_list, "the result is a list; the task asks for a dict"),
    # 09a.1
    Wrong("09a.1", "real-tokens", lambda ns: batches_by_real_tokens, "that counts real tokens (the sum of the lengths)"),
    Wrong("09a.1", "longest-before-joining", lambda ns: batches_longest_before_joining,
          "that compares with the longest before the new sequence joins"),
    Wrong("09a.1", "greater-or-equal", lambda ns: batches_closed_at_the_budget,
          "that starts a new batch at exactly max_tokens"),
    Wrong("09a.1", "last-batch-dropped", lambda ns: batches_without_the_last, "the last batch is missing"),
    Wrong("09a.1", "batches-not-sizes", lambda ns: batches_themselves, "those are the batches themselves"),
    Wrong("09a.1", "sorted-first", lambda ns: batches_after_sorting, "that sorts the lengths first"),
    Wrong("09a.1", "too-long-dropped", lambda ns: batches_dropping_too_long, "a sequence is missing from the batches"),
    # 09a.2
    Wrong("09a.2", "mean", lambda ns: throughput_at_mean, "that uses the mean"),
    Wrong("09a.2", "fastest", lambda ns: throughput_at_fastest, "that uses the fastest repeat"),
    Wrong("09a.2", "seconds-per-token", lambda ns: seconds_per_token, "that is seconds per token"),
    Wrong("09a.2", "unsorted-middle", lambda ns: throughput_at_unsorted_middle,
          "the median is the middle of the *sorted* timings"),
    Wrong("09a.2", "even-count-middle", lambda ns: throughput_at_upper_middle,
          "with an even number of timings the median is the mean of the two middle ones"),
    # 09b.1
    Wrong("09b.1", "copied-lowest-cosine", lambda ns: failing_as_lowest_cosine, "that is check_route's lowest cosine"),
    Wrong("09b.1", "columns-dim-0", lambda ns: failing_over_columns, "that compares columns (dim=0)"),
    Wrong("09b.1", "mask-not-indices", lambda ns: failing_as_mask, "that is a mask, one True/False per sentence"),
    Wrong("09b.1", "passing-not-failing", lambda ns: passing_sentences, "those are the sentences that pass"),
    Wrong("09b.1", "tensor-not-list", lambda ns: failing_as_tensor, "return a list of Python ints (.tolist())"),
    # 09b.2
    Wrong("09b.2", "bits", lambda ns: megabytes_from_bits, "that counts bits, not bytes"),
    Wrong("09b.2", "mebibytes", lambda ns: mebibytes, "that divides by 2**20 (MiB)"),
    Wrong("09b.2", "bytes-not-megabytes", lambda ns: bytes_not_megabytes, "that is the number of bytes"),
    Wrong("09b.2", "bfloat16-four-bytes", lambda ns: bfloat16_as_four_bytes, "bfloat16 takes 16 bits, 2 bytes per weight"),
    Wrong("09b.2", "int4-one-byte", lambda ns: int4_as_one_byte, "that stores int4 weights one per byte"),
    Wrong("09b.2", "int4-rounded-down", lambda ns: int4_rounded_down, "the last weight takes a byte of its own"),
    Wrong("09b.2", "int4-half-bytes", lambda ns: int4_half_bytes, "the last weight takes a byte of its own"),
    Wrong("09b.2", "scales-float32", lambda ns: scales_as_float32, "that counts each scale as 4 bytes (float32)"),
    Wrong("09b.2", "groups-rounded-down", lambda ns: groups_rounded_down, "that rounds the number of groups down"),
    Wrong("09b.2", "scales-left-out", lambda ns: scales_left_out, "the scales are missing"),
    Wrong("09b.2", "scales-on-float", lambda ns: scales_on_every_dtype, "that adds scales to float32 or bfloat16 weights"),
    # 09c.1
    Wrong("09c.1", "copied-fix-along-features", lambda ns: positions_along_features,
          "error 2's fix (cell 13) was written for (batch, length) inputs"),
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
    Wrong("09d.1", "copied-cell-11", lambda ns: signature_copied_from_cell_11,
          "every spec is tf.int32, like cell 11's signature"),
    Wrong("09d.1", "int32-everywhere", lambda ns: _signature(_any_batch_and_length, lambda example: ns.tf.int32),
          "take each example's dtype (tf.as_dtype(example.dtype))"),
    Wrong("09d.1", "no-names", lambda ns: _signature(_any_batch_and_length, named=False),
          "give each TensorSpec its input's name"),
    Wrong("09d.1", "names-sorted", lambda ns: _signature(_any_batch_and_length, order=sorted),
          "the specs are not in the dict's order"),
    Wrong("09d.1", "two-axes-for-3d", lambda ns: _signature(lambda example: [None, None]),
          "inputs_embeds is 3-D, (batch, length, hidden)"),
    Wrong("09d.1", "every-axis-none", lambda ns: _signature(lambda example: [None] * example.ndim),
          "the hidden size of inputs_embeds (16) never changes, so keep it"),
    Wrong("09d.1", "unknown-rank", lambda ns: _signature(lambda example: None),
          "the hidden size of inputs_embeds (16) never changes, so keep it"),
    Wrong("09d.1", "last-axis-everywhere", lambda ns: _signature(lambda example: [None, None, example.shape[-1]]),
          "each spec needs one axis per axis of its example"),
    Wrong("09d.1", "full-shape", lambda ns: _signature(lambda example: list(example.shape)),
          "that keeps the example's batch size or length"),
    Wrong("09d.1", "fixed-length", lambda ns: _signature(lambda example: [None, *example.shape[1:]]),
          "that keeps the example's batch size or length"),
    # 09d.2
    Wrong("09d.2", "interleaved", lambda ns: interleaved_replicas, "that interleaves rows"),
    Wrong("09d.2", "split-features", lambda ns: replicas_over_features, "that splits the features (axis 1)"),
    Wrong("09d.2", "array-split-uneven", lambda ns: replicas_array_split, "must raise a ValueError whose message mentions a multiple"),
    Wrong("09d.2", "split-without-advice", lambda ns: replicas_numpy_split,
          "must raise a ValueError whose message mentions a multiple"),
]
