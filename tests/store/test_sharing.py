"""Team sharing through a pack folder (desktop_app/store/sharing.py): two data folders that
share one folder exchange adds, edits, deletes and conflicts; packs survive a kill mid-write;
newer is decided by version and parsed UTC time; undo is per person; m005 stores upgrade."""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.commands import sharing as commands
from desktop_app.library import Library
from desktop_app.model import Letter, Metadata
from desktop_app.store import history, sharing
from desktop_app.store.annotation_schema import migrations
from desktop_app.store.annotations import AnnotationStore, ColleagueAnnotation

TEXT = "Het kabinet zal de Kamer informeren. Het kabinet zal de\nKamer ook raadplegen."
KAMER = (19, 24)  # "Kamer" in the first sentence
RAADPLEGEN = (66, 76)
WRITER = Path(__file__).with_name("share_writer.py")


class Person:
    """One person's data folder (a library holding letter L1) sharing through ``folder``."""

    def __init__(self, root: Path, folder: Path, name: str):
        self.lib = Library(root / name, seed=False)
        if self.lib.letters.row("L1") is None:
            self.lib.letters.save(Letter(id="L1", metadata=Metadata(), text=TEXT),
                                  fingerprint="L1", source_hash="", original="",
                                  detector_version="")
        self.store = self.lib.annotations
        self.me = sharing.set_folder(self.store, folder, name)

    def add(self, span=KAMER, note=""):
        return self.store.add("L1", TEXT, *span, note=note, author=self.me.name)

    def sync(self) -> sharing.SyncReport:
        return sharing.sync(self.store, sharing.library_placer(self.lib))

    def notes(self) -> dict[str, str]:
        return {a.id: a.note for a in self.store.annotations()}


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    anne, bert = Person(tmp_path, folder, "Anne"), Person(tmp_path, folder, "Bert")
    yield anne, bert, folder
    anne.lib.close()
    bert.lib.close()


def test_an_add_an_edit_and_a_delete_travel_between_two_data_folders(pair):
    anne, bert, folder = pair
    ann = anne.add(note="eerste")
    anne.sync()
    report = bert.sync()
    assert report.people[0].added == [ann.id]
    got = bert.store.get(ann.id)
    assert (got.note, got.author, got.start, got.end) == ("eerste", "Anne", *KAMER)
    assert bert.store.colleague_origins() == {ann.id: anne.me.person}

    anne.store.update(ann.id, note="tweede")
    anne.sync()
    assert bert.sync().people[0].updated == [ann.id]
    assert bert.notes() == {ann.id: "tweede"}

    anne.store.delete(ann.id)
    anne.sync()
    assert bert.sync().people[0].deleted == [ann.id]
    assert bert.notes() == {}
    bert.sync()  # the delete does not come back at the next sync
    assert bert.notes() == {}
    # no SQLite file on the share: one pack per person
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{anne.me.person}.kbpack.json", f"{bert.me.person}.kbpack.json"])


def test_the_pack_is_a_w3c_collection_with_a_header_versions_and_tombstones(pair):
    anne, _, folder = pair
    kept, gone = anne.add(note="blijft"), anne.add(RAADPLEGEN)
    anne.sync()
    anne.store.update(kept.id, note="gewijzigd")
    anne.store.delete(gone.id)
    path = anne.sync().written
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert path == folder / f"{anne.me.person}.kbpack.json"
    assert doc["type"] == "AnnotationCollection"
    header = doc["kb:pack"]
    assert (header["format"], header["person"], header["name"]) == (1, anne.me.person, "Anne")
    assert header["written"].endswith("Z")
    items = doc["first"]["items"]
    assert [(i["id"], i["kb:version"]) for i in items] == [(f"urn:uuid:{kept.id}", 2)]
    [tomb] = doc["kb:tombstones"]
    assert (tomb["id"], tomb["version"]) == (f"urn:uuid:{gone.id}", 2)
    assert tomb["deleted"].endswith("Z")


def test_an_old_tombstone_is_pruned(pair):
    anne, _, _ = pair
    gone = anne.add()
    sharing.write_pack(anne.store, now="2024-01-01T00:00:00+00:00")
    anne.store.delete(gone.id)
    sharing.write_pack(anne.store, now="2024-01-02T00:00:00+00:00")
    recent = sharing.write_pack(anne.store, now="2024-03-30T00:00:00+00:00")  # 88 days
    assert len(json.loads(recent.read_text())["kb:tombstones"]) == 1
    late = sharing.write_pack(anne.store, now="2024-04-02T00:00:00+00:00")  # 91 days
    assert json.loads(late.read_text())["kb:tombstones"] == []


def test_a_colleagues_annotation_is_read_only_and_own_ones_stay_editable(pair):
    anne, bert, _ = pair
    theirs, mine = anne.add(), bert.add(RAADPLEGEN)
    anne.sync()
    bert.sync()
    for change in (lambda: bert.store.update(theirs.id, note="x"),
                   lambda: bert.store.delete(theirs.id),
                   lambda: bert.store.recolour_many([theirs.id], "vraag"),
                   lambda: bert.store.tag_many([mine.id, theirs.id], add=["t"])):
        with pytest.raises(ColleagueAnnotation) as caught:
            change()
        assert caught.value.code == "colleague-annotation"
    assert bert.store.get(theirs.id).note == "" and bert.store.get(mine.id).tags == ()
    assert bert.store.update(mine.id, note="eigen").note == "eigen"


def _changed_on_both_sides(anne, bert):
    """Anne's annotation, edited by Bert (his local copy) and by Anne since the last sync."""
    ann = anne.add(note="origineel")
    anne.sync()
    bert.sync()
    bert.store.update(ann.id, note="van Bert", edit_shared=True)
    anne.store.update(ann.id, note="van Anne")
    anne.sync()
    return ann


def test_an_annotation_changed_on_both_sides_is_a_conflict_keeping_both(pair):
    anne, bert, _ = pair
    ann = _changed_on_both_sides(anne, bert)
    report = bert.sync()
    assert report.people[0].conflicts == [ann.id] and report.people[0].updated == []
    assert bert.notes() == {ann.id: "van Bert"}  # nothing applied until resolved
    [conflict] = sharing.conflicts(bert.store)
    assert (conflict.mine.note, conflict.theirs.note, conflict.name) == (
        "van Bert", "van Anne", "Anne")
    assert bert.sync().people[0].conflicts == []  # listed once, still open
    assert len(sharing.conflicts(bert.store)) == 1

    resolved = sharing.resolve(bert.store, ann.id[:8], "theirs")
    assert bert.notes() == {ann.id: "van Anne"}
    assert (resolved.state, resolved.mine.note) == ("theirs", "van Bert")  # kept on record
    assert sharing.conflicts(bert.store) == []
    anne.store.update(ann.id, note="later")  # a later change of theirs applies again
    anne.sync()
    assert bert.sync().people[0].updated == [ann.id]
    assert bert.notes() == {ann.id: "later"}


def test_keeping_mine_settles_the_conflict_until_they_change_it_again(pair):
    anne, bert, _ = pair
    ann = _changed_on_both_sides(anne, bert)
    bert.sync()
    resolved = sharing.resolve(bert.store, ann.id, "mine")
    assert (resolved.state, resolved.theirs.note) == ("mine", "van Anne")
    assert bert.sync().people[0].conflicts == [] and bert.notes() == {ann.id: "van Bert"}
    anne.store.update(ann.id, note="nog eens")
    anne.sync()
    assert bert.sync().people[0].conflicts == [ann.id]
    assert bert.notes() == {ann.id: "van Bert"}


def test_a_delete_against_a_local_edit_is_a_conflict(pair):
    anne, bert, _ = pair
    ann = anne.add(note="origineel")
    anne.sync()
    bert.sync()
    bert.store.update(ann.id, note="van Bert", edit_shared=True)
    anne.store.delete(ann.id)
    anne.sync()
    assert bert.sync().people[0].conflicts == [ann.id]
    assert bert.notes() == {ann.id: "van Bert"}
    [conflict] = sharing.conflicts(bert.store)
    assert conflict.theirs is None and conflict.mine.note == "van Bert"
    sharing.resolve(bert.store, ann.id, "mine")  # kept against their delete: now Bert's
    assert bert.store.colleague_origins() == {}
    bert.sync()
    assert anne.sync().people[0].added == [ann.id]  # it reaches Anne as Bert's
    assert anne.store.get(ann.id).note == "van Bert"
    assert anne.store.colleague_origins() == {ann.id: bert.me.person}


def test_own_annotations_are_never_overwritten_by_a_colleagues_pack(pair):
    anne, bert, _ = pair
    ann = anne.add(note="van Anne")
    # Bert got the same annotation earlier by a file exchange: it is his own copy
    bert.lib.import_annotations([anne.store.get(ann.id)])
    bert.store.update(ann.id, note="Berts versie")
    bert.sync()
    report = anne.sync()
    assert anne.notes() == {ann.id: "van Anne"}
    assert report.people[0].conflicts == [ann.id]
    [conflict] = sharing.conflicts(anne.store)
    assert (conflict.mine.note, conflict.theirs.note) == ("van Anne", "Berts versie")


def test_a_stale_copy_of_a_pack_does_not_bring_a_delete_back(pair):
    anne, bert, folder = pair
    ann = anne.add()
    old_pack = anne.sync().written.read_bytes()
    bert.sync()
    anne.store.delete(ann.id)
    anne.sync()
    bert.sync()
    (folder / f"{anne.me.person}.kbpack.json").write_bytes(old_pack)  # a sync tool's old copy
    bert.sync()
    assert bert.notes() == {}


@pytest.mark.parametrize(("version", "modified", "than_version", "than_modified", "newer"), [
    # 10:30+01:00 is 09:30 UTC: older than 10:00Z, though later as text
    (2, "2024-05-01T10:30:00+01:00", 2, "2024-05-01T10:00:00Z", False),
    (2, "2024-05-01T11:30:00+01:00", 2, "2024-05-01T10:00:00Z", True),
    (2, "2024-05-01T09:00:00Z", 2, "2024-05-01T10:30:00+02:00", True),
    (3, "2020-01-01T00:00:00Z", 2, "2024-05-01T10:00:00Z", True),  # the version comes first
    (2, "2024-05-01T10:00:00Z", 2, "2024-05-01T10:00:00.000+00:00", False),  # the same moment
    (2, "not a time", 2, "2024-05-01T10:00:00Z", False),
    (2, "9999-12-31T23:59:59-23:59", 2, "2024-05-01T10:00:00Z", False),  # beyond UTC's range
])
def test_newer_is_decided_by_version_then_utc_moment(version, modified, than_version,
                                                     than_modified, newer):
    assert sharing.is_newer(version, modified, than_version, than_modified) is newer


def _rewrite_pack(path: Path, note: str, modified: str) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    item = doc["first"]["items"][0]
    item["body"] = [{"type": "TextualBody", "purpose": "commenting", "value": note}]
    item["modified"] = modified
    path.write_text(json.dumps(doc), encoding="utf-8")


def test_a_pack_with_the_same_version_wins_only_when_later_in_utc(pair):
    anne, bert, _ = pair
    ann = anne.add(note="eerste")
    anne.store.db.execute("UPDATE annotations SET modified = ? WHERE id = ?",
                          ["2024-05-01T10:00:00.000000+00:00", ann.id])
    path = anne.sync().written
    bert.sync()
    _rewrite_pack(path, "tekst-ouder", "2024-05-01T10:30:00+01:00")  # 09:30 UTC
    bert.sync()
    assert bert.notes() == {ann.id: "eerste"}
    _rewrite_pack(path, "tekst-nieuwer", "2024-05-01T11:30:00+01:00")  # 10:30 UTC
    bert.sync()
    assert bert.notes() == {ann.id: "tekst-nieuwer"}


def test_undo_and_redo_step_through_ones_own_changes_only(pair):
    anne, bert, _ = pair
    own = bert.add(RAADPLEGEN, note="eigen")
    theirs = anne.add()
    anne.sync()
    bert.sync()  # the newest history entry is now the sync
    assert bert.store.history()[0].label == "Sync from Anne"
    assert bert.store.undo().label.startswith("Annotate")
    assert set(bert.notes()) == {theirs.id}
    assert bert.store.undo() is None  # the sync's add is not Bert's to undo
    assert bert.store.redo() is not None and set(bert.notes()) == {own.id, theirs.id}
    anne.store.update(theirs.id, note="nieuw")
    anne.sync()
    bert.sync()  # a sync in between keeps Bert's redo chain and is not undone
    assert bert.store.undo().label.startswith("Annotate")
    assert bert.notes() == {theirs.id: "nieuw"}


def test_an_m005_store_upgrades_to_m006_with_nothing_lost(tmp_path):
    path = tmp_path / "annotations.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m006_sharing")
    row = {"id": "a1", "letter_id": "L1", "start": 19, "end": 24, "quote": "Kamer",
           "prefix": "", "suffix": "", "color": "belangrijk", "note": "oud", "tags": '["t"]',
           "author": "ik", "created": "2024-01-01T00:00:00+00:00",
           "modified": "2024-01-01T00:00:00+00:00", "status": "ok", "motivation": ""}
    with history.write(db, path, "Annotate") as rec:
        rec.put("annotations", row)
    with history.write(db, path, "Edit annotation") as rec:
        rec.put("annotations", {**row, "note": "nieuw"})
    db.close()

    store = AnnotationStore(path, auto_backup=False)
    try:
        assert [a.note for a in store.annotations()] == ["nieuw"]
        assert "m006_sharing" in [m.name for m in migrations.applied(store.db)]
        assert [e.label for e in store.history()] == ["Edit annotation", "Annotate"]
        assert store.db.execute("SELECT DISTINCT person FROM history").fetchall() == [("",)]
        assert sharing.own_annotations(store)[0].id == "a1"  # existing ones are one's own
        assert store.undo().label == "Edit annotation"
        assert store.get("a1").note == "oud" and store.get("a1").tags == ("t",)
    finally:
        store.close()


@pytest.mark.parametrize("point", ["pack-half-written", "pack-written"])
def test_a_kill_mid_write_leaves_the_old_pack_readable_and_loses_nothing(tmp_path, point):
    folder = tmp_path / "share"
    folder.mkdir()
    db_path = tmp_path / "anne" / "annotations.db"
    db_path.parent.mkdir()
    store = AnnotationStore(db_path, auto_backup=False)
    first = store.add("L1", TEXT, *KAMER, note="al gedeeld", author="Anne")
    me = sharing.set_folder(store, folder, "Anne")
    pack = sharing.write_pack(store)
    before = pack.read_bytes()
    store.close()

    child = subprocess.Popen([sys.executable, str(WRITER), str(db_path), point],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        added = child.stdout.readline().split()
        assert added[0] == "added"
        assert child.stdout.readline().strip() == f"at {point}"  # waits for the child
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=60)
        child.stdout.close()
        child.stdin.close()
    assert child.returncode == -signal.SIGKILL

    assert pack.read_bytes() == before  # the old pack, whole and readable
    assert [i.annotation.id for i, _ in sharing.read_pack(pack).items] == [first.id]
    assert list(folder.glob(f".{pack.name}.*.tmp"))  # the killed write's temporary file

    store = AnnotationStore(db_path, auto_backup=False)
    try:
        assert {a.id for a in store.annotations()} == {first.id, added[1]}  # nothing lost
        assert sharing.write_pack(store) == pack
        assert {i.annotation.id for i, _ in sharing.read_pack(pack).items} == {
            first.id, added[1]}
        assert sorted(p.name for p in folder.iterdir()) == [f"{me.person}.kbpack.json"]
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        store.close()


def test_an_unreadable_pack_is_skipped_with_a_warning(pair):
    anne, bert, folder = pair
    anne.add()
    anne.sync()
    (folder / "kapot.kbpack.json").write_text("{niet af", encoding="utf-8")
    report = bert.sync()
    assert [p.name for p in report.people] == ["Anne"]
    assert len(report.problems) == 1 and "kapot.kbpack.json" in report.problems[0]


def test_sync_without_a_folder_says_what_to_do(tmp_path):
    store = AnnotationStore(None, auto_backup=False)
    with pytest.raises(sharing.ShareError) as caught:
        sharing.sync(store, lambda items: ([], []))
    assert caught.value.code == "share-no-folder"
    with pytest.raises(sharing.ShareError) as caught:
        sharing.set_folder(store, tmp_path / "missing")
    assert caught.value.code == "share-folder-missing"


# --- the command line -----------------------------------------------------------------------

class FakeContext:
    def __init__(self, person: Person):
        self.lib = person.lib
        self.out, self.err = io.StringIO(), io.StringIO()

    def library(self):
        return self.lib


def run(person: Person, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    commands.add_parsers(parser.add_subparsers())
    ctx = FakeContext(person)
    args = parser.parse_args(["share", *argv])
    code = args.func(args, ctx)
    return code, ctx.out.getvalue(), ctx.err.getvalue()


def test_the_share_commands(pair, tmp_path):
    anne, bert, folder = pair
    code, out, _ = run(anne, "set-folder", str(folder), "--name", "Anne de Vries")
    assert code == 0 and "Anne de Vries" in out
    ann = anne.add(note="origineel")
    assert run(anne, "sync")[0] == 0
    code, out, _ = run(bert, "sync")
    assert code == 0 and "Anne de Vries: 1 added, 0 updated, 0 deleted" in out
    bert.store.update(ann.id, note="van Bert", edit_shared=True)
    anne.store.update(ann.id, note="van Anne")
    run(anne, "sync")
    code, _, err = run(bert, "sync")
    assert code == 1 and "share resolve" in err
    code, out, _ = run(bert, "conflicts")
    assert ann.id in out and "van Bert" in out and "van Anne" in out
    code, out, _ = run(bert, "status", "--json")
    status = json.loads(out)
    assert (status["conflicts"], status["colleagues"][0]["annotations"]) == (1, 1)
    code, out, _ = run(bert, "resolve", ann.id, "--theirs")
    assert code == 0 and bert.notes() == {ann.id: "van Anne"}
    assert "No conflicts." in run(bert, "conflicts")[1]
    assert "van Bert" in run(bert, "conflicts", "--all")[1]


# --- review findings (issue 18): hostile and stale packs, ownership, undo ------------------

def _pack_doc(person: str, items: list | None = None, tombstones: list | None = None,
              written: str = "2030-01-01T00:00:00Z") -> dict:
    return {"type": "AnnotationCollection",
            "kb:pack": {"format": 1, "person": person, "name": "X", "written": written},
            "first": {"type": "AnnotationPage", "items": items or []},
            "kb:tombstones": tombstones or []}


def _write(path: Path, doc: dict | str) -> None:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize("person", ["", "   ", "x" * 101, "OWN"])
def test_a_pack_naming_no_colleague_is_refused_and_deletes_nothing(pair, person):
    anne, bert, folder = pair
    ann = anne.add(note="van Anne")
    anne.sync()
    bert.sync()
    person = anne.me.person if person == "OWN" else person
    _write(folder / "evil.kbpack.json", _pack_doc(person))  # complete and empty: "all gone"
    report = anne.sync()
    assert anne.notes() == {ann.id: "van Anne"}
    assert [p.name for p in report.people] == ["Bert"]
    assert len(report.problems) == 1 and "evil.kbpack.json" in report.problems[0]
    assert json.loads(report.written.read_text())["kb:tombstones"] == []  # nothing spreads
    bert.sync()
    assert bert.notes() == {ann.id: "van Anne"}


def test_a_pack_applied_for_no_colleague_is_refused_in_depth(pair, monkeypatch):
    anne, _, folder = pair
    ann = anne.add(note="van Anne")
    anne.sync()
    for person in ("", anne.me.person):  # past read_pack: _plan and _apply refuse it too
        pack = sharing.Pack(folder / "x.kbpack.json", person, "X", "2030-01-01T00:00:00Z",
                            [], [sharing.Tombstone(ann.id, "2030-01-01T00:00:00Z", 99)])
        monkeypatch.setattr(sharing, "colleague_packs", lambda *_a, p=pack: ([p], []))
        report = anne.sync()
        assert anne.notes() == {ann.id: "van Anne"}
        assert len(report.problems) == 1 and "no colleague" in report.problems[0]
        assert json.loads(report.written.read_text())["kb:tombstones"] == []


def _item(anne: Person, ann_id: str, new_id: str, version) -> dict:
    """Anne's published item ``ann_id`` with another id and version."""
    doc = json.loads(sharing.pack_path(anne.me.folder, anne.me.person).read_text())
    [item] = [i for i in doc["first"]["items"] if i["id"].endswith(ann_id)]
    return {**item, "id": f"urn:uuid:{new_id}", "kb:version": version}


BIG = 2**64
NEW_ID = "11111111-2222-3333-4444-555555555555"


@pytest.mark.parametrize(("doc", "whole"), [
    ({"kb:tombstones": 5}, True),
    ({"kb:tombstones": {"id": "a"}}, True),
    ({"first": {"items": 7}}, True),
    ({"first": 7}, True),
    ({"kb:tombstones": [{"id": "a", "deleted": "2030-01-01T00:00:00Z", "version": BIG}]},
     False),
    ({"kb:tombstones": [{"id": "a", "deleted": "2030-01-01T00:00:00Z", "version": -1}]},
     False),
    ({"kb:tombstones": [{"id": "a", "deleted": "2030-01-01T00:00:00Z", "version": "3"}]},
     False),
    ({"kb:tombstones": [{"id": "a", "deleted": "2030-01-01T00:00:00Z", "version": True}]},
     False),
    ({"kb:tombstones": [{"id": 5, "deleted": "2030-01-01T00:00:00Z", "version": 1}]}, False),
    ({"kb:tombstones": [["a"]]}, False),
    ("INFINITY", False),
    ("ITEM_BIG", False),
    ("ITEM_BOOL", False),
    ('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", True),  # RecursionError in json
    ('{"a": ' + "9" * 5000 + "}", True),  # ValueError: more digits than int() takes
])
def test_values_of_the_wrong_type_make_a_pack_problem_never_a_failed_sync(pair, doc, whole):
    anne, bert, folder = pair
    ann = anne.add(note="van Anne")
    anne.sync()
    hostile = folder / "p2.kbpack.json"
    if doc == "INFINITY":
        doc = json.dumps(_pack_doc("p2")).replace(
            '"kb:tombstones": []', '"kb:tombstones": [{"id": "a", "deleted": '
            '"2030-01-01T00:00:00Z", "version": Infinity}]')
    elif doc in ("ITEM_BIG", "ITEM_BOOL"):
        version = BIG if doc == "ITEM_BIG" else True
        doc = _pack_doc("p2", items=[_item(anne, ann.id, NEW_ID, version)])
    elif isinstance(doc, dict):
        base = _pack_doc("p2")
        base.update(doc)
        doc = base
    _write(hostile, doc)
    for _ in range(2):  # and the next sync works too: nothing half-stored
        report = bert.sync()
        assert bert.notes() == {ann.id: "van Anne"}  # Anne's pack was read all the same
        assert [p.name for p in report.people] == ["Anne"] + ([] if whole else ["X"])
        assert len(report.problems) == 1
        assert ("p2.kbpack.json" if whole else "pack of X") in report.problems[0]
    assert bert.store.db.execute("SELECT COUNT(*) FROM share_tombstones").fetchone() == (0,)


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_pack_that_is_no_ordinary_file_is_skipped_unread(pair, kind):
    anne, bert, folder = pair
    ann = anne.add(note="van Anne")
    anne.sync()
    path = folder / "p2.kbpack.json"
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(path)  # opened for reading without a writer, a plain read waits forever
    elif kind == "device":
        if not Path(os.devnull).exists() or os.name == "nt":
            pytest.skip("no device files here")
        path.symlink_to(os.devnull)  # as /dev/zero: a device is never read
    else:
        path.mkdir()
    result: dict = {}
    reader = threading.Thread(  # reading only: the store's connection stays in this thread
        target=lambda: result.update(read=sharing.colleague_packs(folder, bert.me.person)),
        daemon=True)
    reader.start()
    reader.join(timeout=60)  # returns at once when fixed; a hang fails instead of blocking
    if reader.is_alive() and kind == "fifo":  # unblock the stuck reader before failing
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=60)
    packs, problems = result["read"]
    assert [p.name for p in packs] == ["Anne"]
    assert len(problems) == 1 and "p2.kbpack.json" in problems[0]
    assert "not an ordinary file" in problems[0]
    report = bert.sync()
    assert bert.notes() == {ann.id: "van Anne"} and report.problems == problems


def test_a_sync_tools_conflicted_copy_of_a_pack_is_skipped(pair):
    anne, bert, folder = pair
    first = anne.add(note="eerste")
    old = anne.sync().written.read_bytes()
    second = anne.add(RAADPLEGEN, note="tweede")
    anne.sync()
    bert.sync()
    both = {first.id: "eerste", second.id: "tweede"}
    assert bert.notes() == both
    copy = folder / f"{anne.me.person} (conflicted copy).kbpack.json"
    copy.write_bytes(old)  # the same person in its header, an older state
    report = bert.sync()
    assert bert.notes() == both
    assert len(report.problems) == 1 and copy.name in report.problems[0]
    copy.unlink()
    bert.sync()
    assert bert.notes() == both


def test_an_older_pack_of_a_person_infers_no_deletions(pair):
    anne, bert, folder = pair
    first = anne.add(note="eerste")
    old = anne.sync().written.read_bytes()
    second = anne.add(RAADPLEGEN, note="tweede")
    anne.sync()
    bert.sync()
    both = {first.id: "eerste", second.id: "tweede"}
    path = sharing.pack_path(folder, anne.me.person)
    path.write_bytes(old)  # a sync tool puts an old state back under the real name
    bert.sync()
    assert bert.notes() == both  # "second" is not listed there, yet not deleted
    bert.sync()
    assert bert.notes() == both
    anne.sync()
    bert.sync()
    assert bert.notes() == both


def test_a_current_pack_still_deletes_what_it_no_longer_lists(pair):
    anne, bert, _ = pair
    ann = anne.add()
    anne.sync()
    bert.sync()
    anne.store.delete(ann.id)
    soon = datetime.now(UTC) + timedelta(days=1)
    sharing.write_pack(anne.store, now=soon.isoformat())
    late = sharing.write_pack(anne.store, now=(soon + timedelta(days=100)).isoformat())
    assert json.loads(late.read_text())["kb:tombstones"] == []  # pruned: just not listed
    assert bert.sync().people[0].deleted == [ann.id]
    assert bert.notes() == {}


def test_only_the_owners_tombstone_deletes_an_annotation(pair):
    anne, bert, folder = pair
    hostile = folder / "p2.kbpack.json"
    ann = anne.add(note="van Anne")
    tomb = {"id": f"urn:uuid:{ann.id}", "deleted": "2030-01-01T00:00:00Z", "version": 99}
    _write(hostile, _pack_doc("p2", tombstones=[tomb]))
    bert.sync()  # p2's tombstone is read before Bert ever saw Anne's annotation
    hostile.unlink()
    anne.sync()
    assert bert.sync().people[0].added == [ann.id]
    assert bert.notes() == {ann.id: "van Anne"}
    _write(hostile, _pack_doc("p2", tombstones=[tomb]))
    bert.sync()  # and with Anne's annotation known, p2's tombstone counts for nothing
    assert bert.notes() == {ann.id: "van Anne"}
    hostile.unlink()
    anne.store.update(ann.id, note="nieuw")
    anne.sync()
    bert.sync()
    assert bert.notes() == {ann.id: "nieuw"}
    # one's own annotation: a colleague's tombstone neither deletes it nor is kept
    mine = bert.add(RAADPLEGEN, note="van Bert")
    bert.sync()
    tomb = {"id": f"urn:uuid:{mine.id}", "deleted": "2030-01-01T00:00:00Z", "version": 99}
    _write(hostile, _pack_doc("p2", tombstones=[tomb]))
    bert.sync()
    assert bert.notes()[mine.id] == "van Bert"
    assert mine.id in {a.id for a in sharing.own_annotations(bert.store)}
    assert bert.store.db.execute("SELECT id FROM share_tombstones").fetchall() == []


def test_undo_after_the_owner_deleted_it_does_not_make_it_ones_own(pair):
    anne, bert, folder = pair
    ann = anne.add(note="van Anne")
    anne.sync()
    bert.sync()
    bert.store.delete(ann.id, edit_shared=True)  # Bert hides it here
    anne.store.delete(ann.id)
    anne.sync()
    bert.sync()  # deleted on both sides
    assert bert.store.undo() is None  # his delete is superseded by Anne's
    assert bert.notes() == {}
    assert sharing.own_annotations(bert.store) == []
    assert json.loads(bert.sync().written.read_text())["first"]["items"] == []
    assert anne.sync().people[0].added == []
    assert anne.notes() == {}


def test_undoing_keep_theirs_on_a_deletion_keeps_it_the_colleagues(pair):
    anne, bert, _ = pair
    ann = anne.add(note="van Anne")
    anne.sync()
    bert.sync()
    bert.store.update(ann.id, note="van Bert", edit_shared=True)
    anne.store.delete(ann.id)
    anne.sync()
    bert.sync()
    sharing.resolve(bert.store, ann.id, "theirs")
    assert bert.notes() == {}
    assert bert.store.undo().label == "Resolve conflict (theirs)"
    assert bert.notes() == {ann.id: "van Bert"}  # back as his local version of hers
    assert bert.store.colleague_origins() == {ann.id: anne.me.person}
    assert sharing.own_annotations(bert.store) == []
    assert json.loads(bert.sync().written.read_text())["first"]["items"] == []
    assert anne.sync().people[0].added == [] and anne.notes() == {}


def test_a_copy_of_a_deleted_colleague_annotation_is_never_published(pair):
    anne, bert, _ = pair
    ann = anne.add(note="van Anne")
    anne.sync()
    bert.sync()
    copy = bert.store.get(ann.id)
    anne.store.delete(ann.id)
    anne.sync()
    bert.sync()
    bert.lib.import_annotations([copy])  # an old export file brings it back here
    assert bert.notes() == {ann.id: "van Anne"}
    assert sharing.own_annotations(bert.store) == []
    bert.sync()
    assert anne.sync().people[0].added == [] and anne.notes() == {}


@pytest.mark.parametrize("ahead", [False, True])
def test_a_colleagues_deletion_leaves_ones_own_undo_working(pair, ahead):
    anne, bert, _ = pair
    theirs = anne.add(note="van Anne")
    anne.sync()
    bert.sync()
    own = bert.add(RAADPLEGEN, note="van Bert")  # older own changes
    box = bert.store.create_collection("Map")
    bert.store.add_to_collection(box.id, annotation_id=own.id)
    # theirs filed too; put ahead of his own item, the add renumbers his item as well
    bert.store.add_to_collection(box.id, annotation_id=theirs.id, position=0 if ahead else None)
    anne.store.delete(theirs.id)
    anne.sync()
    assert bert.sync().people[0].deleted == [theirs.id]
    assert [i.annotation_id for i in bert.store.collection(box.id).items] == [own.id]
    labels = []
    while (entry := bert.store.undo()) is not None:
        labels.append(entry.label)
    if ahead:  # what is left of filing theirs (his item moved down) is undone too
        assert labels[0] == "Add to collection"
        labels = labels[1:]
    assert labels == ["Add to collection", "Create collection Map", "Annotate “raadplegen”"]
    assert bert.notes() == {} and bert.store.collections() == []
    while bert.store.redo() is not None:
        pass
    assert bert.notes() == {own.id: "van Bert"}
    assert [i.annotation_id for i in bert.store.collection(box.id).items] == [own.id]
