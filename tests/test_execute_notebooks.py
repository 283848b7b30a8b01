"""scripts/execute_notebooks.py: a stored progress bar shows where it ended, not the 0% it was drawn at."""

from __future__ import annotations

from scripts.execute_notebooks import finished_progress_text


def _bar_state(label: str, value: float, total: float) -> dict:
    return {
        "box": {"model_name": "HBoxModel", "state": {"children": ["IPY_MODEL_left", "IPY_MODEL_bar", "IPY_MODEL_right"]}},
        "left": {"model_name": "HTMLModel", "state": {"value": label}},
        "bar": {"model_name": "FloatProgressModel", "state": {"value": value, "max": total}},
        "right": {"model_name": "HTMLModel", "state": {"value": "\u200712/12\u2007[01:31&lt;00:00,\u20077.59s/epoch]"}},
    }


def test_a_finished_bar_reads_as_its_last_state_without_timings():
    state = _bar_state("PyTorch\u2007epochs:\u2007100%", 12.0, 12.0)
    assert finished_progress_text({"model_id": "box"}, state) == "PyTorch epochs: 100% 12/12"


def test_an_unfinished_bar_says_how_far_it_got():
    state = _bar_state("Keras epochs:  42%", 5.0, 12.0)
    assert finished_progress_text({"model_id": "box"}, state) == "Keras epochs:  42% 5/12"


def test_other_widgets_and_missing_state_keep_their_own_fallback():
    state = _bar_state("x", 1, 1)
    state["box"]["state"]["children"] = ["IPY_MODEL_left"]
    assert finished_progress_text({"model_id": "box"}, state) is None
    assert finished_progress_text({"model_id": "gone"}, state) is None
