"""The annotation store: create/edit/delete with undo/redo, tags, collections, reviews."""

from __future__ import annotations

import pytest

from desktop_app.errors import NotFound, UserError
from desktop_app.model import Commitment
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.history import UndoConflict
from desktop_app.store.reviews import review_key

TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan."


@pytest.fixture
def store():
    return AnnotationStore(None)


def test_add_keeps_selectors_author_and_tags(store):
    ann = store.add("L1", TEXT, 4, 11, tags=["/thema/asiel/", "thema/asiel", "x"], note="*n*")
    assert (ann.quote, ann.prefix, ann.suffix[:8]) == ("kabinet", "Het ", " zal de ")
    assert ann.tags == ("thema/asiel", "x")
    assert ann.author and ann.color == "belangrijk" and ann.status == "ok"
    assert store.get(ann.id) == ann


@pytest.mark.parametrize(
    ("query", "expected"),
    [("thema", 2), ("thema/asiel", 1), ("thema/asi", 0), ("x", 1), ("thema/klimaat", 1)],
)
def test_tag_filter_includes_sub_tags(store, query, expected):
    store.add("L1", TEXT, 4, 11, tags=["thema/asiel"])
    store.add("L1", TEXT, 16, 21, tags=["thema/klimaat", "x"])
    assert len(store.annotations(tag=query)) == expected


def test_unknown_colour_is_refused_with_the_choices(store):
    with pytest.raises(UserError, match="vraag"):
        store.add("L1", TEXT, 4, 11, color="paars")


def test_overlapping_annotations_coexist(store):
    a = store.add("L1", TEXT, 4, 30)
    b = store.add("L1", TEXT, 8, 20, color="vraag")
    assert {x.id for x in store.annotations("L1")} == {a.id, b.id}


def test_undo_redo_create(store):
    ann = store.add("L1", TEXT, 4, 11)
    assert store.undo().label.startswith("Annotate")
    assert store.annotations() == []
    store.redo()
    assert store.get(ann.id) == ann
    assert store.redo() is None


def test_undo_redo_edit(store):
    ann = store.add("L1", TEXT, 4, 11, note="old")
    store.update(ann.id, note="new", tags=["a/b"], color="vraag")
    store.undo()
    assert store.get(ann.id) == ann
    store.redo()
    edited = store.get(ann.id)
    assert (edited.note, edited.tags, edited.color) == ("new", ("a/b",), "vraag")


def test_undo_redo_delete_restores_collection_membership(store):
    ann = store.add("L1", TEXT, 4, 11)
    pack = store.create_collection("Cursus asiel", "Inleiding")
    store.add_to_collection(pack.id, heading="Deel 1")
    store.add_to_collection(pack.id, annotation_id=ann.id)
    store.delete(ann.id)
    assert [i.heading for i in store.collection(pack.id).items] == ["Deel 1"]
    with pytest.raises(NotFound):
        store.get(ann.id)
    store.undo()
    assert store.get(ann.id) == ann
    assert [i.annotation_id for i in store.collection(pack.id).items] == [None, ann.id]
    store.redo()
    assert store.annotations() == []


def test_new_change_ends_the_redo_chain_but_keeps_the_record(store):
    ann = store.add("L1", TEXT, 4, 11)
    store.update(ann.id, note="one")
    store.undo()
    store.update(ann.id, note="two")
    assert store.redo() is None
    assert [e.state for e in store.history()] == ["done", "dropped", "done"]


def test_undo_refuses_when_the_row_changed_elsewhere(tmp_path):
    path = tmp_path / "annotations.db"
    first, second = AnnotationStore(path), AnnotationStore(path)
    ann = first.add("L1", TEXT, 4, 11)
    second.update(ann.id, note="from another window")
    # Pretend the edit was never recorded (e.g. written by an older version): undoing the
    # creation would now destroy the edit, so it is refused and nothing changes.
    first.db.execute("UPDATE history SET state = 'dropped' WHERE label = 'Edit annotation'")
    with pytest.raises(UndoConflict, match="changed since"):
        first.undo()
    assert first.get(ann.id).note == "from another window"


def test_collection_order_headings_and_moves(store):
    a = store.add("L1", TEXT, 4, 11)
    b = store.add("L1", TEXT, 16, 21)
    pack = store.create_collection("Lespakket", "Voor de training")
    store.add_to_collection(pack.id, annotation_id=a.id)
    store.add_to_collection(pack.id, annotation_id=b.id)
    head = store.add_to_collection(pack.id, heading="Begin", position=0)
    pack = store.move_item(pack.id, head.id, 2)
    assert [(i.annotation_id, i.heading) for i in pack.items] == [
        (a.id, None), (b.id, None), (None, "Begin"),
    ]  # fmt: skip
    assert [i.position for i in pack.items] == [0, 1, 2]
    store.undo()
    assert store.collection(pack.id).items[0].heading == "Begin"
    store.delete_collection(pack.id)
    assert store.collections() == [] and len(store.annotations()) == 2


def test_commitment_review_survives_redetection(store):
    sentence = "Ik zal uw Kamer voor de zomer informeren."
    found = Commitment(10, 51, sentence, "promise", "minister", "voor de zomer", None, "zal")
    store.review_commitment("L1", found, verdict="confirmed", deadline="2024-07-01")
    # Re-detected later: other offsets, reflowed whitespace, another kind and cue.
    again = Commitment(99, 141, "Ik zal uw Kamer voor de\nzomer informeren.", "action", None,
                       None, None, "informeren")  # fmt: skip
    review = store.review("L1", again)
    assert review is not None and review.verdict == "confirmed"
    assert review.deadline == "2024-07-01" and review.status == "open"
    updated = store.review_commitment("L1", again, status="done", note="Brief ontvangen")
    assert (updated.verdict, updated.status) == ("confirmed", "done")
    assert updated.note == "Brief ontvangen"
    assert review_key("L1", sentence) == updated.key
    assert store.review("L2", again) is None
    with pytest.raises(UserError, match="Verdict"):
        store.review_commitment("L1", found, verdict="maybe")


def test_reanchor_letter_moves_and_orphans_but_never_deletes(store):
    kept = store.add("L1", TEXT, 4, 11, note="blijft")
    at = TEXT.index("informeren")
    gone = store.add("L1", TEXT, at, at + len("informeren"), note="wees")
    new_text = "Inleiding. " + TEXT.replace("informeren over", "spreken met")
    report = store.reanchor_letter("L1", new_text)
    assert report.moved == (kept.id,) and report.orphaned == (gone.id,)
    moved = store.get(kept.id)
    assert new_text[moved.start : moved.end] == "kabinet" and moved.status == "moved"
    orphan = store.orphans("L1")[0]
    assert (orphan.quote, orphan.note, orphan.status) == ("informeren", "wees", "orphan")
    placed = store.reattach(gone.id, new_text, new_text.index("spreken"), new_text.index(" met"))
    assert (placed.quote, placed.status) == ("spreken", "ok")
    store.undo()
    store.undo()
    assert store.get(kept.id) == kept


def test_palette_is_editable_and_used_colours_are_protected(store):
    store.set_palette_color("debat", "#ce93d8", "Voor het debat")
    assert "debat" in [c.name for c in store.palette()]
    ann = store.add("L1", TEXT, 4, 11, color="debat")
    with pytest.raises(UserError, match="used by 1"):
        store.remove_palette_color("debat")
    store.update(ann.id, color="vraag")
    store.remove_palette_color("debat")
    assert "debat" not in [c.name for c in store.palette()]


def test_reanchor_letter_with_old_text_orphans_a_deleted_repeated_passage(store):
    text = TEXT + " Tussenzin. " + TEXT
    first = store.add("L1", text, 4, 11, note="eerste")
    at = text.rindex("kabinet")
    second = store.add("L1", text, at, at + 7, note="tweede")
    new_text = text[len(TEXT) + 1 :]  # the first sentence deleted; its twin stays
    report = store.reanchor_letter("L1", new_text, old_text=text)
    assert report.orphaned == (first.id,) and report.moved == (second.id,)
    assert store.get(first.id).status == "orphan" and store.get(first.id).note == "eerste"
    moved = store.get(second.id)
    assert moved.start == new_text.index("kabinet") and moved.quote == "kabinet"


def test_collections_keep_an_order_of_their_own_with_undo():
    from desktop_app.store.annotations import AnnotationStore

    store = AnnotationStore(None)
    titles = ["Week 1", "Asiel", "Zorg"]
    made = [store.create_collection(t) for t in titles]
    assert [c.title for c in store.collections()] == titles  # creation order, not by title
    store.move_collection(made[2].id, 0)
    assert [c.title for c in store.collections()] == ["Zorg", "Week 1", "Asiel"]
    store.undo()
    assert [c.title for c in store.collections()] == titles
    store.redo()
    assert [c.title for c in store.collections()][0] == "Zorg"


def test_upgrade_from_the_first_schema_keeps_collections(tmp_path):
    from desktop_app.store.annotation_schema import migrations
    from desktop_app.store.annotations import AnnotationStore
    from desktop_app.store.db import open_database

    path = tmp_path / "annotations.db"
    db = open_database(path)
    migrations.apply(db, stop_before="m002_collection_order")
    for n, title in enumerate(["Zorg", "Asiel"]):
        db.execute("INSERT INTO collections (id, title, created, modified) VALUES (?, ?, ?, ?)",
                   [f"c{n}", title, "2024-01-01", "2024-01-01"])
    db.close()
    store = AnnotationStore(path, auto_backup=False)
    assert [(c.title, c.position) for c in store.collections()] == [("Asiel", 0), ("Zorg", 1)]
    assert store.create_collection("Nieuw").position == 2


def test_backups_are_single_files_and_restoring_leaves_nothing_beside_them(tmp_path):
    from desktop_app.store.annotations import AnnotationStore

    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    store.create_collection("Map")
    backup = store.backup()
    store.restore(backup)
    assert sorted(p.name for p in backup.parent.iterdir() if p.name.startswith(backup.stem)) == [
        backup.name]


def test_restoring_an_annotation_export_points_to_import(tmp_path):
    import pytest

    from desktop_app.store.annotations import AnnotationStore

    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    export = tmp_path / "annotaties.json"
    export.write_text('{"@context": "http://www.w3.org/ns/anno.jsonld", "items": []}')
    with pytest.raises(Exception, match="import-annotations"):
        store.restore(export)
    assert store.collections() == []  # nothing changed


def test_the_note_limit_holds_for_edits_too_and_a_note_at_the_limit_is_kept(store):
    from desktop_app.store.limits import MAX_NOTE_CHARS

    ann = store.add("L1", TEXT, 4, 11, note="n" * MAX_NOTE_CHARS)
    assert len(store.get(ann.id).note) == MAX_NOTE_CHARS
    with pytest.raises(UserError, match="more than the 1,000,000 allowed") as info:
        store.update(ann.id, note="n" * (MAX_NOTE_CHARS + 1))
    assert info.value.code == "bad-note"
    with pytest.raises(UserError, match="invalid character"):
        store.update(ann.id, tags=["thema/\ud800"])
    assert store.get(ann.id) == ann and len(store.history()) == 1  # nothing was written


def test_merge_rejects_an_item_it_cannot_store_and_keeps_the_others(store):
    from dataclasses import replace

    good = store.add("L1", TEXT, 4, 11, note="goed")
    store.delete(good.id)
    huge = replace(good, id="huge", start=10**30, end=10**30)
    half = replace(good, id="half", note="\ud800")
    report = store.merge([huge, good, half])
    assert report.added == (good.id,)
    assert [i for i, _ in report.rejected] == ["huge", "half"]
    assert [a.id for a in store.annotations()] == [good.id]


def test_deleting_several_annotations_is_one_change_and_one_undo(store):
    """A multi-delete in the window is one user action: one history entry, one undo (issue 19)."""
    collection = store.create_collection("Week 1")
    anns = [store.add("L1", TEXT, s, e, note=f"noot {s}") for s, e in ((4, 11), (16, 21),
                                                                         (25, 30))]
    store.add_to_collection(collection.id, annotation_id=anns[0].id)
    before = len(store.history(limit=100))
    assert store.delete_many([a.id for a in anns]) == 3
    assert store.annotations() == [] and store.collection(collection.id).items == ()
    entries = store.history(limit=100)
    assert len(entries) == before + 1  # not one entry per annotation
    entry = entries[0]
    assert entry.label == "Delete 3 annotations" and entry.changes == 4
    store.undo()
    assert sorted(a.note for a in store.annotations()) == ["noot 16", "noot 25", "noot 4"]
    assert [i.annotation_id for i in store.collection(collection.id).items] == [anns[0].id]


def test_deleting_several_with_one_missing_deletes_none(store):
    ann = store.add("L1", TEXT, 4, 11)
    with pytest.raises(NotFound):
        store.delete_many([ann.id, "no-such-id"])
    assert [a.id for a in store.annotations()] == [ann.id]


def test_change_token_moves_only_for_another_connection(tmp_path):
    """The window watches this to notice annotations made from the command line."""
    mine = AnnotationStore(tmp_path / "annotations.sqlite", auto_backup=False)
    other = AnnotationStore(tmp_path / "annotations.sqlite", auto_backup=False)
    try:
        token = mine.change_token()
        mine.add("L1", TEXT, 4, 11)
        assert mine.change_token() == token  # its own writes are known already
        other.add("L1", TEXT, 16, 21)
        assert mine.change_token() != token
        token = mine.change_token()
        other.undo()  # an undo writes no new history row, but is a change all the same
        assert mine.change_token() != token
    finally:
        mine.close()
        other.close()
    assert mine.change_token() is None


@pytest.mark.parametrize("field", ["title", "heading", "introduction"])
def test_collection_texts_have_a_limit(field):
    # a 100,000-character title went into window titles, lists and the course pack's title page
    from desktop_app.errors import UserError
    from desktop_app.store.limits import MAX_NOTE_CHARS, MAX_TITLE_CHARS

    store = AnnotationStore(None)
    too_long = "a" * ((MAX_NOTE_CHARS if field == "introduction" else MAX_TITLE_CHARS) + 1)
    collection = store.create_collection("Week 1")
    with pytest.raises(UserError, match="more than"):
        if field == "title":
            store.create_collection(too_long)
        elif field == "introduction":
            store.update_collection(collection.id, introduction=too_long)
        else:
            store.add_to_collection(collection.id, heading=too_long)
    assert [c.title for c in store.collections()] == ["Week 1"]
    assert store.collection(collection.id).introduction == ""
