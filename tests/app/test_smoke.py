"""``--smoke`` annotates as a person does: select text in the reader, the window's colour
action (key 1), Delete Annotation, Undo; a step that fails is named with what went wrong."""

from __future__ import annotations

import io
from argparse import Namespace

import pytest
import shiboken6


class _Ctx:
    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.args = Namespace(lang="en", smoke=True)
        self.out, self.err = io.StringIO(), io.StringIO()


def _smoke(tmp_path, undo_steps: list | None = None) -> tuple[int, _Ctx]:
    """Run the self-test on the real window; ``undo_steps`` gets the window's undo stack as
    (texts of its commands, current index) after each change of it."""
    from desktop_app.ui.shell import app
    from desktop_app.ui.shell.smoke import run_smoke

    def start(data_dir):
        window = app._start_window(data_dir)
        stack = window.annotating.undo

        def record(_index: int) -> None:
            if not shiboken6.isValid(stack):  # the stack clears itself when the window goes
                return
            undo_steps.append(([stack.text(i) for i in range(stack.count())], stack.index()))

        if undo_steps is not None:
            stack.indexChanged.connect(record)
        return window

    ctx = _Ctx(tmp_path / "data")
    return run_smoke(ctx, start), ctx


def test_smoke_marks_deletes_and_undoes_through_the_window(tmp_path, qapp):
    steps: list = []
    code, ctx = _smoke(tmp_path, steps)
    assert code == 0, ctx.err.getvalue()
    out = ctx.out.getvalue()
    assert "smoke: annotate: ok (key 1 marked" in out
    assert "smoke: delete the annotation: ok" in out and "smoke: undo: ok" in out
    # the window's undo stack saw the two user actions and both were undone
    assert [index for _, index in steps] == [1, 2, 1, 0]
    texts, _ = steps[-1]
    assert len(texts) == 2 and texts[0].startswith("Mark “") and texts[1].startswith("Delete")


@pytest.mark.parametrize(("verb", "step", "message"), [
    ("mark", "annotate", "(key 1) on the selected text added no annotation to the store"),
    ("delete_current", "delete the annotation",
     "Delete Annotation left the annotation in the store"),
])
def test_a_window_action_that_does_nothing_fails_the_smoke_test(tmp_path, qapp, monkeypatch,
                                                                verb, step, message):
    from desktop_app.ui.annotations.annotating import AnnotationController

    monkeypatch.setattr(AnnotationController, verb, lambda self, *args: None)
    code, ctx = _smoke(tmp_path)
    assert code == 1
    err = ctx.err.getvalue()
    assert f"smoke: FAILED at step '{step}': " in err and message in err
    assert "Traceback" not in err


def test_an_annotation_the_panel_does_not_list_fails_the_smoke_test(tmp_path, qapp,
                                                                    monkeypatch):
    from desktop_app.ui.annotations.annotations_panel import AnnotationsPanel

    # a panel that never lists anything: neither a full reload nor a change applied row by row
    monkeypatch.setattr(AnnotationsPanel, "reload", lambda self: None)
    monkeypatch.setattr(AnnotationsPanel, "apply_changes", lambda self, *a, **k: None)
    code, ctx = _smoke(tmp_path)
    assert code == 1
    assert ("smoke: FAILED at step 'annotate': after marking it, the Annotations tab does not "
            "list the annotation") in ctx.err.getvalue()
