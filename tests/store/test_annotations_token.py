"""The annotations token (what the search index records for its annotation documents) is
read from the history, not by hashing every annotation (issue 17): it moves with every
annotation change, undo, redo and restore, and stays put on reads and on other changes."""

from __future__ import annotations

from desktop_app.library import Library
from desktop_app.store.annotations import AnnotationStore

LETTER = "kst-1-1"
TEXT = "De minister zegt toe de Kamer voor de zomer te informeren over de voortgang. " * 3


def test_the_token_moves_on_every_annotation_change_and_not_on_a_read(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    seen = [store.annotations_token()]

    def moved() -> bool:
        token = store.annotations_token()
        new = token not in seen
        seen.append(token)
        return new

    first = store.add(LETTER, TEXT, 0, 12, note="eerste")
    assert moved()
    store.annotations()
    store.counts_by_letter([LETTER])
    store.tags()
    assert not moved()  # reads change nothing
    store.update(first.id, note="anders")
    assert moved()
    edited = store.annotations_token()
    store.undo()
    assert moved()
    undone = store.annotations_token()
    store.redo()  # the edited annotations again: the edited state's token
    assert store.annotations_token() == edited != undone
    store.delete(first.id)
    assert moved()
    store.close()


def test_other_changes_leave_the_token_alone(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    store.add(LETTER, TEXT, 0, 12)
    token = store.annotations_token()
    store.set_palette_color("yellow", "#ffee00", "belangrijk")
    store.create_collection("Toezeggingen")
    assert store.annotations_token() == token
    store.undo()  # the collection: no annotation changes back
    assert store.annotations_token() == token
    store.close()


def test_a_restored_backup_then_new_changes_never_repeat_an_old_token(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    store.add(LETTER, TEXT, 0, 12)
    backup = store.backup()
    at_backup = store.annotations_token()
    store.add(LETTER, TEXT, 20, 30, note="na de backup")
    later = store.annotations_token()
    store.restore(backup)
    assert store.annotations_token() == at_backup  # the same annotations as then
    store.add(LETTER, TEXT, 40, 50, note="iets anders")  # the same history id as `later`
    assert store.annotations_token() not in (later, at_backup)
    store.close()


def test_the_library_token_reads_no_annotation(tmp_path):
    with Library(tmp_path, seed=False) as library:
        library.annotations.add(LETTER, TEXT, 0, 12)
        statements: list[str] = []
        library.annotations.db.conn.set_trace_callback(statements.append)
        token = library.annotations_token()
        library.annotations.db.conn.set_trace_callback(None)
    assert token.startswith("h")
    assert statements and not any("FROM annotations" in s for s in statements)
