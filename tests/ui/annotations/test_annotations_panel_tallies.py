"""The annotations panel counts one's own annotations per author and the annotations per
letter as changes come in (issue 17: it read every annotation on each change). The counts,
and what the filters and the empty state show from them, stay right after an add, a delete,
undo and redo, a change made without the undo stack, and one made by another program."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop_app.store.annotations import AnnotationStore, default_author
from desktop_app.ui.annotations.annotations_panel import OPEN_LETTER


@pytest.fixture
def letters(library):
    return [library.letter(s.id) for s in library.summaries()[:3]]


@pytest.fixture
def win(make_window, library, letters):
    """Annotations by one own author, "anne", in the first two letters."""
    store = library.annotations
    for n in range(4):
        store.add(letters[0].id, letters[0].text, 20 * n, 20 * n + 8, author="anne")
    store.add(letters[1].id, letters[1].text, 10, 20, author="anne")
    window = make_window(library)
    window.open_letter(letters[0].id)
    panel = window.annotations
    panel.scope.setCurrentIndex(panel.scope.findData(""))  # all letters
    return window


def _assert_counts_right(panel) -> None:
    """The kept counts equal the ones counted afresh from every annotation."""
    anns = list(dict(panel._all).values())
    assert panel._own_counts == Counter(a.author for a in anns if a.id not in panel.owners)
    assert panel._letter_counts == Counter(a.letter_id for a in anns)


def _authors(panel) -> list[str]:
    combo = panel.author_combo
    return [combo.itemText(i) for i in range(combo.count())]


def _scope_letters(panel) -> set[str]:
    combo = panel.scope
    return {combo.itemData(i) for i in range(2, combo.count())}


def test_counts_follow_add_delete_undo_and_redo(win, library, letters):
    panel, controller = win.annotations, win.annotating
    me = default_author()
    assert me != "anne"
    assert _authors(panel) == ["Everyone", "Mine"]  # one own author: no list of authors
    ann = controller.annotate(letters[2], 30, 40, "vraag")  # a second author, a new letter
    _assert_counts_right(panel)
    assert set(panel._own_authors()) == {"anne", me}
    assert _authors(panel) == ["Everyone", "Mine", *sorted(["anne", me])]
    assert letters[2].id in _scope_letters(panel)
    assert controller.undo.undo_step()
    _assert_counts_right(panel)
    assert panel._own_authors() == {"anne"} and panel.model.row_of(ann.id) < 0
    assert controller.undo.redo_step()
    _assert_counts_right(panel)
    assert panel._own_authors() == {"anne", me} and panel.model.row_of(ann.id) >= 0
    annes = [a.id for a in library.annotations.annotations() if a.author == "anne"]
    controller.delete(annes)
    _assert_counts_right(panel)
    assert panel._own_authors() == {me}
    assert panel._letter_counts == Counter({letters[2].id: 1})


def test_the_empty_letter_says_so_after_its_last_annotation_is_deleted(win, library, letters):
    panel, controller = win.annotations, win.annotating
    win.open_letter(letters[1].id)
    panel.scope.setCurrentIndex(panel.scope.findData(OPEN_LETTER))
    assert panel.model.rowCount() == 1
    only = panel.model.annotation(0).id
    controller.delete([only])
    _assert_counts_right(panel)
    assert panel.stack.currentWidget() is panel.empty
    assert panel.empty.text().startswith("This letter has no annotations yet.")
    assert controller.undo.undo_step()
    assert panel.stack.currentWidget() is panel.table and panel.model.row_of(only) == 0


def test_a_change_made_without_the_undo_stack_is_counted(win, library, letters, qtbot):
    panel = win.annotations
    made = library.annotations.add(letters[2].id, letters[2].text, 5, 15, author="dora")
    qtbot.waitUntil(lambda: panel.model.row_of(made.id) >= 0, timeout=5000)
    _assert_counts_right(panel)
    assert "dora" in _authors(panel) and letters[2].id in _scope_letters(panel)


def test_a_change_by_another_program_reads_everything_again(win, library, letters, qtbot):
    panel = win.annotations
    other = AnnotationStore(library.annotations.path, auto_backup=False)
    try:
        made = other.add(letters[2].id, letters[2].text, 5, 15, author="carl")

        def shown() -> None:
            win.store_watch.poll()  # what the timer does every two seconds
            assert panel.model.row_of(made.id) >= 0

        qtbot.waitUntil(shown, timeout=10000)
        _assert_counts_right(panel)
        assert "carl" in _authors(panel) and letters[2].id in _scope_letters(panel)
        other.delete(made.id)

        def gone() -> None:
            win.store_watch.poll()
            assert panel.model.row_of(made.id) < 0

        qtbot.waitUntil(gone, timeout=10000)
    finally:
        other.close()
    _assert_counts_right(panel)
    assert _authors(panel) == ["Everyone", "Mine"]  # carl's was the only other author
    assert letters[2].id not in _scope_letters(panel)
