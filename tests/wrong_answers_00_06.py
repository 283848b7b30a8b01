"""Wrong answers learners write (see tests/wrong_answer_table.py), lessons 00-06."""

from __future__ import annotations

import json

from wrong_answer_table import Wrong

# -- helpers that build the wrong answers (functions, graphs, models) --------------------------------------


_SCORES = [[2.0, 1.0, 0.1], [0.5, 0.5, 3.0]]  # 01.1's scores


def _u(ns):
    return ns.torch.tensor([1.0, 2.0, 2.0])


def _v(ns):
    return ns.torch.tensor([2.0, 0.0, 1.0])


def _cosine_of_u_and_v(ns):
    """00.2: the 00.1 formula pasted into the function, still about the notebook's u and v."""
    u, v = ns.torch.tensor([1.0, 2.0, 2.0]), ns.torch.tensor([2.0, 0.0, 1.0])

    def cosine(a, b):
        return (u @ v) / (u.norm() * v.norm())

    return cosine


def _cosine_without_parentheses(a, b):
    return (a @ b) / a.norm() * b.norm()


def _meta_minilm(ns):
    """01.2: MiniLM's architecture on the meta device (shapes, no weights), as the exercise builds it."""
    import course_lib

    transformers = course_lib.import_transformers()
    config = transformers.AutoConfig.from_pretrained(course_lib.model_dir("all-MiniLM-L6-v2"))
    with ns.torch.device("meta"):
        return transformers.AutoModel.from_config(config)


def _framework_of_model_only(ns):
    """01.3: keras.Model instead of keras.layers.Layer, so a single Dense layer is "other"."""
    torch, keras = ns.torch, ns.tf.keras

    def framework_of(model):
        if isinstance(model, torch.nn.Module):
            return "pytorch"
        if isinstance(model, keras.Model):
            return "keras"
        return "other"

    return framework_of


def _framework_of_by_module_name(model):
    """01.3: guessing from the module the class comes from: tensors count as models."""
    module = type(model).__module__
    if module.startswith("torch") or module.startswith("transformers"):
        return "pytorch"
    if module.startswith("keras") or module.startswith("tensorflow"):
        return "keras"
    return "other"


def _framework_of_capitalised(ns):
    torch, keras = ns.torch, ns.tf.keras

    def framework_of(model):
        if isinstance(model, torch.nn.Module):
            return "PyTorch"
        if isinstance(model, keras.layers.Layer):
            return "Keras"
        return "other"

    return framework_of


def _framework_of_without_other(ns):
    torch, keras = ns.torch, ns.tf.keras

    def framework_of(model):
        if isinstance(model, torch.nn.Module):
            return "pytorch"
        if isinstance(model, keras.layers.Layer):
            return "keras"

    return framework_of


def _gradient_of_f(ns, backward_calls=1):
    """02.2: f(w) = sum(w**3 - 3w) at [-1, 0.5, 2], with backward() run `backward_calls` times on one w."""
    w = ns.torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
    for _ in range(backward_calls):
        (w**3 - 3 * w).sum().backward()
    return w.grad


def _f_of_w(ns):
    w = ns.torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
    return (w**3 - 3 * w).sum()


def _gd_step(ns, *, reduce="mean", detach=True, sign=-1.0, give="weights"):
    """02.3 variants: the loss summed, the update left in the graph, a step uphill, the gradient returned."""
    torch = ns.torch

    def gd_step(w, X, y, lr):
        w = torch.tensor(w, requires_grad=True)
        X, y = torch.from_numpy(X), torch.from_numpy(y)
        squared = (X @ w - y) ** 2
        loss = squared.mean() if reduce == "mean" else squared.sum()
        loss.backward()
        if give == "gradient":
            return w.grad
        if detach:
            with torch.no_grad():
                return w + sign * lr * w.grad
        return w + sign * lr * w.grad

    return gd_step


def _halve_gradient(ns, *, loop="while", backward_calls=1, give="grad"):
    """03.1 variants: `if` instead of `while`, backward() twice on one x, the result y instead of x.grad."""
    torch = ns.torch

    def pt_halve_until_small(x):
        if loop == "while":
            while x.abs() > 1.0:
                x = x / 2
        elif x.abs() > 1.0:
            x = x / 2
        return x**2

    x = torch.tensor(3.0, requires_grad=True)
    for _ in range(backward_calls):
        y = pt_halve_until_small(x)
        y.backward()
    return y if give == "result" else x.grad


def _graph_of_03_2(ns):
    torch = ns.torch
    pt_w = torch.tensor(0.5, requires_grad=True)
    pt_xs, pt_ys = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.0, 4.0, 6.0])
    return ((pt_w * pt_xs - pt_ys) ** 2).mean().grad_fn


def _walk(fn, spelling, keep_none=False):
    if fn is None:
        return [spelling(fn)] if keep_none else []
    out = [spelling(fn)]
    for next_fn, _ in fn.next_functions:
        out += _walk(next_fn, spelling, keep_none)
    return out


def _row_sums_of_squares(ns, shape, dtype, axis=1):
    """03.3: a tf.function with the given input_signature; axis=None sums the whole batch."""
    tf = ns.tf

    @tf.function(input_signature=[tf.TensorSpec(shape=shape, dtype=getattr(tf, dtype))])
    def tf_row_sums_of_squares(x):
        return tf.reduce_sum(x * x, axis=axis)

    return tf_row_sums_of_squares


def _square_any_length_copied(ns):
    """03.3: section 4's tf_square_any_length, renamed: its 1-D signature refuses a batch."""
    tf = ns.tf

    @tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)])
    def tf_row_sums_of_squares(x):
        return tf.reduce_sum(x * x)

    return tf_row_sums_of_squares


def _misclassified_texts(labels, predictions, tags, tag="negation"):
    """04.2: the error-analysis cell's list comprehension (lesson 04, cell 35) pasted in: one tag's list."""
    return [i for i, (lab, p, its) in enumerate(zip(labels, predictions, tags)) if tag in its and p != lab]


def _errors_by_tag(*, first_tag_only=False, count_right=False, keep_zeros=True, rate=False):
    """04.2 variants: the first tag only, the right texts counted, tags without errors left out, a rate."""

    def errors_by_tag(labels, predictions, tags):
        counts = {tag: 0 for its in tags for tag in its} if keep_zeros else {}
        totals = {}
        for lab, p, its in zip(labels, predictions, tags):
            for tag in its[:1] if first_tag_only else its:
                totals[tag] = totals.get(tag, 0) + 1
                if (p == lab) if count_right else (p != lab):
                    counts[tag] = counts.get(tag, 0) + 1
        return {tag: n / totals[tag] for tag, n in counts.items()} if rate else counts

    return errors_by_tag


def _errors_by_tag_tuple_keys(labels, predictions, tags):
    counts = {}
    for lab, p, its in zip(labels, predictions, tags):
        if p != lab:
            counts[tuple(its)] = counts.get(tuple(its), 0) + 1
    return counts


def _minilm_batch(**changes):
    """05.2: the two texts through MiniLM's tokenizer, padded to 12 tokens unless `changes` say otherwise."""
    import course_lib
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(course_lib.model_dir("minilm"))
    options = {"padding": "max_length", "truncation": True, "max_length": 12, "return_tensors": "pt"}
    options.update(changes)
    return tokenizer(["Hi", "How are you today?"], **{k: v for k, v in options.items() if v is not None})


def _header(path):
    """05.3: section 5's cell (lesson 05, cell 49) pasted into a function: the header and its length."""
    with open(path, "rb") as handle:
        length = int.from_bytes(handle.read(8), "little")
        return json.loads(handle.read(length)), length


def _header_of(path, name):
    return _header(path)[0]


def _data_offsets(path, name):
    return tuple(_header(path)[0][name]["data_offsets"])


def _location_without_the_8_length_bytes(path, name):
    header, length = _header(path)
    begin, end = header[name]["data_offsets"]
    return (length + begin, length + end)


def _location_without_the_header(path, name):
    header, length = _header(path)
    begin, end = header[name]["data_offsets"]
    return (8 + begin, 8 + end)


def _start_and_size(path, name):
    header, length = _header(path)
    begin, end = header[name]["data_offsets"]
    return (8 + length + begin, end - begin)


def mean_pool(hidden, mask):
    """The notebook's own mean_pool (lesson 06, cell 5), the demonstration next to exercise 06.1."""
    mask = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(dim=1) / mask.sum(dim=1)


def _my_max_pool_copying_mean_pool(hidden, mask):
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * weights).sum(dim=1) / weights.sum(dim=1)


def _max_pool_multiplied_by_the_mask(hidden, mask):
    return (hidden * mask.unsqueeze(-1).to(hidden.dtype)).amax(dim=1)


def _max_pool_values_and_indices(hidden, mask):
    return hidden.masked_fill(mask.unsqueeze(-1) == 0, float("-inf")).max(dim=1)


def _max_pool_over_batch_axis(hidden, mask):
    return hidden.masked_fill(mask.unsqueeze(-1) == 0, float("-inf")).amax(dim=0)


# MiniLM as AutoModelForSequenceClassification(num_labels=2): the BertModel's 22,713,216 weights (pooler
# included, as lesson 00 prints) plus the head's 384 x 2 weights and 2 biases.
_MINILM_CLASSIFIER_WEIGHTS = 22_713_216 + 770


def _first_size_strictly_above(points, target):
    for size in sorted(points):
        if points[size][0] > target:
            return size
    return None


def _first_mean_reaching(points, target):
    for size in sorted(points):
        if points[size][0] >= target:
            return points[size][0]
    return None


def _last_size_reaching(points, target):
    found = None
    for size in sorted(points):
        if points[size][0] >= target:
            found = size
    return found


# -- the table --------------------------------------------------------------------------------------------

WRONG: list[Wrong] = [
    # 00.1 · cosine similarity of u and v
    Wrong("00.1", "no-parentheses", lambda ns: ((_u(ns) @ _v(ns)) / _u(ns).norm() * _v(ns).norm()).item(),
          "Put the product of both lengths in parentheses"),
    Wrong("00.1", "dot-product-only", lambda ns: (_u(ns) @ _v(ns)).item(), "that is the dot product alone"),
    Wrong("00.1",
          "squared-lengths", lambda ns: ((_u(ns) @ _v(ns)) / ((_u(ns) @ _u(ns)) * (_v(ns) @ _v(ns)))).item(),
          "you divided by the squared lengths"),
    Wrong("00.1", "elementwise-product", lambda ns: (_u(ns) * _v(ns)) / (_u(ns).norm() * _v(ns).norm()),
          "u * v multiplies element by element"),
    # 00.2 · a cosine function
    Wrong("00.2", "still-uses-u-and-v", _cosine_of_u_and_v, "it still uses 00.1's u and v"),
    Wrong("00.2", "no-parentheses", lambda ns: _cosine_without_parentheses,
          "put the product of both lengths in parentheses"),
    Wrong("00.2", "cosine-similarity-default-dim",
          lambda ns: lambda a, b: ns.torch.nn.functional.cosine_similarity(a, b), "Dimension out of range"),
    # 01.1 · the same softmax in TensorFlow
    Wrong("01.1", "default-axis", lambda ns: ns.tf.nn.softmax(ns.tf.constant(_SCORES) / 0.5),
          "tf.nn.softmax's default axis=-1"),
    Wrong("01.1", "no-temperature", lambda ns: ns.tf.nn.softmax(ns.tf.constant(_SCORES), axis=0),
          "divide the scores by the temperature"),
    Wrong("01.1",
          "kept-the-pytorch-tensor", lambda ns: ns.torch.softmax(ns.torch.tensor(_SCORES) / 0.5, dim=0),
          "your answer is a PyTorch tensor; the task asks for a TensorFlow tensor"),
    Wrong("01.1", "numpy-array", lambda ns: ns.tf.nn.softmax(ns.tf.constant(_SCORES) / 0.5, axis=0).numpy(),
          "your answer is a NumPy array; the task asks for a TensorFlow tensor"),
    # 01.2 · where do MiniLM's weights sit? (the embeddings alone)
    Wrong("01.2", "copied-the-whole-model-count",
          lambda ns: sum(p.numel() for p in _meta_minilm(ns).parameters()),
          "that is the whole model's count, the 22,713,216 that section 5 printed"),
    Wrong("01.2", "word-embeddings-only",
          lambda ns: _meta_minilm(ns).embeddings.word_embeddings.weight.numel(),
          "that is the word-piece table alone"),
    Wrong("01.2", "encoder-not-embeddings",
          lambda ns: sum(p.numel() for p in _meta_minilm(ns).encoder.parameters()),
          "everything but the embeddings"),
    Wrong("01.2", "counted-tensors", lambda ns: len(list(_meta_minilm(ns).embeddings.parameters())),
          "that is the number of weight tensors"),
    Wrong("01.2", "bytes-not-weights",
          lambda ns: sum(p.numel() * p.element_size() for p in _meta_minilm(ns).embeddings.parameters()),
          "that is the size in bytes"),
    Wrong("01.2", "printed-text",
          lambda ns: f"{sum(p.numel() for p in _meta_minilm(ns).embeddings.parameters()):,}",
          "the task asks for the number itself, a Python int"),
    # 01.3 · which framework is this model?
    Wrong("01.3", "keras-model-not-layer", _framework_of_model_only, "is not a keras.Model, but it is a"),
    Wrong("01.3", "tensors-count-as-models", lambda ns: _framework_of_by_module_name,
          "a tensor is not a model"),
    Wrong("01.3", "capitalised-names", _framework_of_capitalised, "in lower case"),
    Wrong("01.3", "no-other", _framework_of_without_other, 'end it with return "other"'),
    # 02.1 · a multiplication table by broadcasting
    Wrong("02.1", "integer-range",
          lambda ns: ns.torch.arange(1, 4).reshape(3, 1) * ns.torch.arange(1, 5).reshape(1, 4),
          "holds int64 numbers; the task asks for float32 exactly"),
    Wrong("02.1", "transposed",
          lambda ns: ns.torch.arange(1.0, 5.0).reshape(4, 1) * ns.torch.arange(1.0, 4.0).reshape(1, 3),
          "(transposed? try .T)"),
    Wrong("02.1", "added-not-multiplied",
          lambda ns: ns.torch.arange(1.0, 4.0).reshape(3, 1) + ns.torch.arange(1.0, 5.0).reshape(1, 4),
          "your table adds the row and column numbers"),
    Wrong("02.1", "range-from-zero",
          lambda ns: ns.tf.reshape(ns.tf.range(3.0), (3, 1)) * ns.tf.reshape(ns.tf.range(4.0), (1, 4)),
          "your table starts at 0"),
    # 02.2 · a gradient with autograd
    Wrong("02.2", "f-not-gradient", lambda ns: _f_of_w(ns), "that is f(w) itself"),
    Wrong("02.2", "backward-twice", lambda ns: _gradient_of_f(ns, backward_calls=2),
          "backward() adds to w.grad"),
    Wrong("02.2", "weights-not-gradient", lambda ns: ns.tf.Variable([-1.0, 0.5, 2.0]), "that is w itself"),
    # 02.3 · one gradient-descent step
    Wrong("02.3", "not-detached", lambda ns: _gd_step(ns, detach=False), "still carry the autograd graph"),
    Wrong("02.3", "summed-loss", lambda ns: _gd_step(ns, reduce="sum"), "not their sum"),
    Wrong("02.3", "returns-gradient", lambda ns: _gd_step(ns, give="gradient"),
          "your function returns the gradient"),
    Wrong("02.3", "uphill", lambda ns: _gd_step(ns, sign=1.0), "your step goes uphill"),
    # 03.1 · differentiate through a data-dependent loop
    Wrong("03.1", "if-not-while", lambda ns: _halve_gradient(ns, loop="if"), "use while, not if"),
    Wrong("03.1", "backward-twice", lambda ns: _halve_gradient(ns, backward_calls=2),
          "backward() adds to x.grad"),
    Wrong("03.1", "result-not-gradient", lambda ns: _halve_gradient(ns, give="result"),
          "is the function's result"),
    # 03.2 · read the graph
    Wrong("03.2",
          "kept-none", lambda ns: _walk(_graph_of_03_2(ns), lambda fn: type(fn).__name__, keep_none=True),
          "your list names the None entries"),
    Wrong("03.2", "leaf-first", lambda ns: _walk(_graph_of_03_2(ns), lambda fn: type(fn).__name__)[::-1],
          "your list starts at the leaf"),
    Wrong("03.2", "nodes-not-names", lambda ns: _walk(_graph_of_03_2(ns), lambda fn: fn),
          "the task asks for their names"),
    Wrong("03.2", "str-of-node", lambda ns: _walk(_graph_of_03_2(ns), str), "your list holds str(fn)"),
    # 03.3 · stop the retracing for batches (2-D, rows and columns vary)
    Wrong("03.3", "copied-the-1d-signature", _square_any_length_copied,
          "shape=[None] is the signature of section 4's tf_square_any_length"),
    Wrong("03.3", "fixed-columns-signature", lambda ns: _row_sums_of_squares(ns, [None, 3], "float32"),
          "a number in your input_signature's shape fixes that size"),
    Wrong("03.3", "wrong-dtype-signature", lambda ns: _row_sums_of_squares(ns, [None, None], "float64"),
          "use dtype=tf.float32"),
    Wrong("03.3", "sums-the-whole-batch",
          lambda ns: _row_sums_of_squares(ns, [None, None], "float32", axis=None), "one sum per row"),
    # 04.1 · build the attention mask
    Wrong("04.1", "booleans", lambda ns: lambda ids, pad_id: ids != pad_id,
          "convert the comparison with .long()"),
    Wrong("04.1", "inverted", lambda ns: lambda ids, pad_id: (ids == pad_id).long(),
          "your mask is the wrong way round"),
    Wrong("04.1", "pad-id-always-zero", lambda ns: lambda ids, pad_id: (ids != 0).long(),
          "your function ignores pad_id"),
    Wrong("04.1", "greater-than-pad-id", lambda ns: lambda ids, pad_id: (ids > pad_id).long(),
          "treats ids below pad_id as padding"),
    # 04.2 · count the errors by tag
    Wrong("04.2", "copied-the-misclassified-list", lambda ns: _misclassified_texts,
          "your function returns a list, like the error-analysis cell's list"),
    Wrong("04.2", "tuple-as-key", lambda ns: _errors_by_tag_tuple_keys, "your dict's keys are whole tuples"),
    Wrong("04.2", "first-tag-only", lambda ns: _errors_by_tag(first_tag_only=True),
          "counts under both tags, not under its first tag only"),
    Wrong("04.2", "counted-right-ones", lambda ns: _errors_by_tag(count_right=True),
          "you counted the texts the model got right"),
    Wrong("04.2", "zeros-left-out", lambda ns: _errors_by_tag(keep_zeros=False),
          "a tag whose texts are all classified right is missing"),
    Wrong("04.2", "error-rate", lambda ns: _errors_by_tag(rate=True), "your values are fractions"),
    # 05.1 · the greedy step
    Wrong("05.1", "position-minus-one", lambda ns: lambda logits, mask: logits[:, -1, :].argmax(dim=-1),
          "its position -1 is a pad token"),
    Wrong("05.1", "one-past-the-last", lambda ns: lambda logits, mask: logits[
        ns.torch.arange(logits.shape[0]), mask.sum(dim=1).clamp(max=logits.shape[1] - 1)].argmax(dim=-1),
          "reads one position too far"),
    Wrong("05.1", "max-not-argmax", lambda ns: lambda logits, mask: logits[
        ns.torch.arange(logits.shape[0]), mask.sum(dim=1) - 1].max(dim=-1).values, "argmax, not max"),
    Wrong("05.1", "argmax-over-batch", lambda ns: lambda logits, mask: logits[
        ns.torch.arange(logits.shape[0]), mask.sum(dim=1) - 1].argmax(dim=0), "your argmax runs over the batch axis"),
    Wrong("05.1", "first-position", lambda ns: lambda logits, mask: logits[:, 0, :].argmax(dim=-1),
          "reads the first position"),
    # 05.2 · pad to a fixed length
    Wrong("05.2", "max-length-missing", lambda ns: _minilm_batch(max_length=None)["input_ids"],
          "pass max_length=12"),
    Wrong("05.2", "whole-batch", lambda ns: _minilm_batch(), "that is the whole batch"),
    Wrong("05.2", "numpy-arrays", lambda ns: _minilm_batch(return_tensors="np")["input_ids"],
          "your answer is a NumPy array; the task asks for a PyTorch tensor"),
    Wrong("05.2", "python-lists", lambda ns: _minilm_batch(return_tensors=None)["input_ids"],
          "your answer is a Python list or number; the task asks for a PyTorch tensor"),
    # 05.3 · find a tensor's bytes in a safetensors file
    Wrong("05.3", "copied-the-header-reader", lambda ns: lambda path: _header(path)[0],
          "your function takes only the path, like section 5's cell"),
    Wrong("05.3", "returns-the-header", lambda ns: _header_of, "your function returns the header"),
    Wrong("05.3", "relative-offsets", lambda ns: _data_offsets, "those are the header's data_offsets"),
    Wrong("05.3", "forgot-the-length-bytes", lambda ns: _location_without_the_8_length_bytes, "add 8 too"),
    Wrong("05.3", "forgot-the-header", lambda ns: _location_without_the_header,
          "add the header's length n too"),
    Wrong("05.3", "start-and-size", lambda ns: _start_and_size, "not how many there are"),
    # 06.1 · max pooling with a mask
    Wrong("06.1", "copied-mean-pool", lambda ns: _my_max_pool_copying_mean_pool,
          "your function returns the masked mean, which is what mean_pool (section 2) computes"),
    Wrong("06.1", "passes-mean-pool", lambda ns: mean_pool, "which is what mean_pool (section 2) computes"),
    Wrong("06.1", "includes-padding", lambda ns: lambda hidden, mask: hidden.amax(dim=1),
          "your maximum includes the padding positions"),
    Wrong("06.1", "multiplied-by-the-mask", lambda ns: _max_pool_multiplied_by_the_mask,
          "a 0 beats real values that are all negative"),
    Wrong("06.1", "values-and-indices", lambda ns: _max_pool_values_and_indices,
          "tensor.max(dim=1) gives the values and their positions"),
    Wrong("06.1", "batch-axis", lambda ns: _max_pool_over_batch_axis,
          "take the maximum over the tokens axis (dim=1)"),
    # 06.2 · freeze the encoder
    Wrong("06.2", "nothing-frozen", lambda ns: _MINILM_CLASSIFIER_WEIGHTS, "nothing was frozen"),
    Wrong("06.2", "inverted-freeze", lambda ns: _MINILM_CLASSIFIER_WEIGHTS - 770,
          "you froze the head and left the encoder"),
    Wrong("06.2", "counted-tensors", lambda ns: 2, "the number of parameter tensors"),
    Wrong("06.2", "head-weight-only", lambda ns: 384 * 2, "the head also has a bias"),
    Wrong("06.2", "pooler-trained", lambda ns: 384 * 384 + 384 + 770, "the pooler belongs to the encoder"),
    # 06.3 · read the curve
    Wrong("06.3", "strictly-above", lambda ns: _first_size_strictly_above, '"at least" includes equality'),
    Wrong("06.3", "returns-accuracy", lambda ns: _first_mean_reaching, "returns the mean accuracy"),
    Wrong("06.3", "largest-size", lambda ns: _last_size_reaching, "returns the largest size"),
    Wrong("06.3", "insertion-order", lambda ns: lambda points, target: next(
        (size for size, (mean, _) in points.items() if mean >= target), None), "sort the sizes"),
]
