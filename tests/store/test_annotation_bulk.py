"""Bulk verbs of the annotation store: one transaction, one undo step, all or nothing; and the
change facts the store announces (what changed, for the views to update only that)."""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop_app.errors import NotFound, UserError
from desktop_app.store import history
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.history import ChangeSet, StoreWriteError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fault_harness  # noqa: E402
from fault_harness import PathResult  # noqa: E402

TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan."


@pytest.fixture
def store():
    return AnnotationStore(None)


@pytest.fixture
def anns(store):
    """Six annotations in two letters, the last one in a collection."""
    made = [store.add("L1" if n < 4 else "L2", TEXT, 4 * n, 4 * n + 3, tags=["a"])
            for n in range(6)]
    cid = store.create_collection("Week 1").id
    store.add_to_collection(cid, annotation_id=made[-1].id)
    return made


def _entries(store) -> int:
    return len(store.history(limit=10_000))


def _state(store) -> list:
    return [(a.id, a.color, a.tags) for a in store.annotations()]


def test_recolour_many_is_one_undo_step_and_undo_restores_all(store, anns):
    ids = [a.id for a in anns]
    before, entries = _state(store), _entries(store)
    assert store.recolour_many(ids, "vraag") == 6
    assert _entries(store) == entries + 1
    assert store.history(limit=1)[0].label == "Recolour 6 annotations"
    assert {a.color for a in store.annotations()} == {"vraag"}
    store.undo()
    assert _state(store) == before
    store.redo()
    assert {a.color for a in store.annotations()} == {"vraag"}


def test_recolour_many_skips_annotations_already_in_that_colour(store, anns):
    store.recolour_many([anns[0].id], "vraag")
    assert store.recolour_many([anns[0].id, anns[1].id], "vraag") == 1


def test_tag_many_adds_and_removes_in_one_step(store, anns):
    ids = [a.id for a in anns[:3]]
    entries = _entries(store)
    assert store.tag_many(ids, add=["thema/asiel"], remove=["a"]) == 3
    assert _entries(store) == entries + 1
    assert [a.tags for a in store.annotations_by_id(ids)] == [("thema/asiel",)] * 3
    store.undo()
    assert [a.tags for a in store.annotations_by_id(ids)] == [("a",)] * 3


def test_add_many_to_collection_is_one_step_in_order(store, anns):
    cid = store.collections()[0].id
    entries = _entries(store)
    items = store.add_many_to_collection(cid, [anns[2].id, anns[0].id], position=0)
    assert [i.annotation_id for i in items] == [anns[2].id, anns[0].id]
    assert _entries(store) == entries + 1
    assert [i.annotation_id for i in store.collection(cid).items] == [
        anns[2].id, anns[0].id, anns[5].id]
    store.undo()
    assert [i.annotation_id for i in store.collection(cid).items] == [anns[5].id]


def test_delete_many_is_one_step_and_undo_brings_back_collection_places(store, anns):
    cid = store.collections()[0].id
    entries = _entries(store)
    store.delete_many([a.id for a in anns])
    assert (_entries(store), store.annotations()) == (entries + 1, [])
    store.undo()
    assert len(store.annotations()) == 6
    assert [i.annotation_id for i in store.collection(cid).items] == [anns[5].id]


@pytest.mark.parametrize("verb", ["recolour", "tag", "delete", "collect"])
def test_a_missing_annotation_changes_none(store, anns, verb):
    ids = [anns[0].id, anns[1].id, "no-such-id", anns[2].id]
    before, entries = _state(store), _entries(store)
    cid = store.collections()[0].id
    call = {"recolour": lambda: store.recolour_many(ids, "vraag"),
            "tag": lambda: store.tag_many(ids, add=["b"]),
            "delete": lambda: store.delete_many(ids),
            "collect": lambda: store.add_many_to_collection(cid, ids)}[verb]
    with pytest.raises(NotFound):
        call()
    assert (_state(store), _entries(store)) == (before, entries)
    assert len(store.collection(cid).items) == 1


@pytest.mark.parametrize("verb", ["recolour", "tag", "delete", "collect"])
def test_a_write_failing_midway_rolls_back_every_row(store, anns, monkeypatch, verb):
    """The disk fails on the fourth row written: none of the rows before it stay changed."""
    ids = [a.id for a in anns]
    before, entries = _state(store), _entries(store)
    cid = store.collections()[0].id
    real, written = history.apply_row, []

    def failing(db, table, key, row):
        written.append(key)
        if len(written) == 4:
            raise sqlite3.OperationalError("disk I/O error")
        real(db, table, key, row)

    monkeypatch.setattr(history, "apply_row", failing)
    call = {"recolour": lambda: store.recolour_many(ids, "vraag"),
            "tag": lambda: store.tag_many(ids, add=["b"]),
            "delete": lambda: store.delete_many(ids),
            "collect": lambda: store.add_many_to_collection(cid, ids)}[verb]
    with pytest.raises(StoreWriteError):
        call()
    assert len(written) == 4  # three rows were written before the failure …
    monkeypatch.undo()
    assert (_state(store), _entries(store)) == (before, entries)  # … and rolled back
    assert len(store.collection(cid).items) == 1


def test_a_tag_the_store_cannot_keep_changes_none(store, anns):
    before = _state(store)
    with pytest.raises(UserError):
        store.tag_many([a.id for a in anns], add=["x" * 10_000])
    assert _state(store) == before


def test_bulk_verbs_with_many_ids_work_past_the_query_chunk(store):
    ids = [store.add("L1", TEXT, n % 70, n % 70 + 5).id for n in range(1_100)]
    assert store.recolour_many(ids, "kritiek") == 1_100
    assert store.counts_by_letter(["L1", "L9"]) == {"L1": 1_100, "L9": 0}


# --- what the store announces -------------------------------------------------------------


@pytest.fixture
def heard(store):
    got: list[ChangeSet] = []
    store.subscribe(got.append)
    return got


def test_a_bulk_change_is_announced_once_with_its_ids_and_letters(store, anns, heard):
    store.recolour_many([anns[0].id, anns[4].id], "vraag")
    assert len(heard) == 1
    assert heard[0].changed == {anns[0].id, anns[4].id}
    assert (heard[0].added, heard[0].removed) == (frozenset(), frozenset())
    assert heard[0].letter_ids == {"L1", "L2"}
    assert heard[0].tables == {"annotations"}


def test_add_delete_undo_and_redo_are_announced_as_what_they_did(store, anns, heard):
    new = store.add("L3", TEXT, 0, 3)
    store.delete_many([anns[5].id])
    store.undo()  # the delete: the annotation and its collection place are back
    store.undo()  # the add: removed
    store.redo()  # added again
    assert [(c.added, c.removed) for c in heard] == [
        ({new.id}, set()), (set(), {anns[5].id}), ({anns[5].id}, set()),
        (set(), {new.id}), ({new.id}, set())]
    assert heard[1].tables == {"annotations", "collection_items"}
    assert [c.letter_ids for c in heard] == [{"L3"}, {"L2"}, {"L2"}, {"L3"}, {"L3"}]


def test_nothing_is_announced_for_a_failed_or_empty_change(store, anns, heard):
    with pytest.raises(NotFound):
        store.recolour_many(["no-such-id"], "vraag")
    store.recolour_many([anns[0].id], anns[0].color)  # nothing to change
    assert heard == []


def test_a_restore_is_announced_as_everything(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    store.add("L1", TEXT, 0, 3)
    backup = store.backup()
    heard: list[ChangeSet] = []
    store.subscribe(heard.append)
    store.restore(backup)
    store.close()
    assert [c.everything for c in heard] == [True]


def test_an_unsubscribed_listener_hears_nothing(store, anns):
    heard: list[ChangeSet] = []
    stop = store.subscribe(heard.append)
    stop()
    store.recolour_many([anns[0].id], "vraag")
    assert heard == []


def test_changes_merge_as_one_sequence():
    first = ChangeSet(added=frozenset({"a"}), removed=frozenset({"b"}),
                      letter_ids=frozenset({"L1"}), tables=frozenset({"annotations"}))
    later = ChangeSet(added=frozenset({"b"}), removed=frozenset({"a"}), changed=frozenset({"c"}),
                      letter_ids=frozenset({"L2"}), tables=frozenset({"palette"}))
    merged = first | later
    assert (merged.added, merged.changed, merged.removed) == (set(), {"b", "c"}, {"a"})
    assert merged.letter_ids == {"L1", "L2"} and merged.touches("palette")


# --- kills and the fault harness -----------------------------------------------------------


def test_the_fault_harness_counts_a_bulk_change_applied_in_part_as_lost(tmp_path):
    """The bulk-edit path of ``tests/store/test_fault_injection.py`` (SIGKILL midway) finds a
    bulk change that reached only some of its annotations."""
    from desktop_app.library import Library

    data_dir = tmp_path / "data"
    model = fault_harness.MODELS["bulk-edit"](data_dir, tmp_path)
    fault_harness.prepare(data_dir, model, random.Random(1))
    with Library(data_dir, seed=False) as lib:
        ids = [a.id for a in lib.annotations.annotations()][:4]
        lib.annotations.recolour_many(ids, "vraag")
        model.expected = fault_harness.annotation_rows(lib)  # acknowledged: all four "vraag"
        lib.annotations.recolour_many(ids[:1], "kritiek")  # the change reached one of four
    in_flight = {"op": "bulk-edit", "verb": "recolour", "ids": ids, "color": "kritiek"}
    result = PathResult("bulk-edit")
    fault_harness._check(model, data_dir, in_flight, result)
    assert result.lost == 1 and "applied in part" in result.problems[0]
