"""Team sharing in the window (ui/sharing/share_control.py and the dialog): two data folders
share one pack folder; window A annotates, its debounce timer writes the pack, window B sees
the annotation with A's name after Sync Now, filters by author, shows a conflict side by
side and resolves it Keep Theirs; colleagues' annotations are read-only; a missing folder
is worded. Jobs run inline (the window fixture); one test runs a sync in a real thread."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop_app.library import Library
from desktop_app.store import sharing
from desktop_app.ui.annotations import annotating
from desktop_app.ui.annotations.annotations_panel import PERSON
from desktop_app.ui.annotations.models import MINE
from desktop_app.ui.sharing.share_jobs import SyncService
from desktop_app.ui.shell.messages import message_text

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"
OTHER = "aanvullende opdracht"


@pytest.fixture
def team(_seed_library_template, tmp_path, make_window):
    """Two windows on two data folders (Anne's and Bert's) and the shared pack folder."""
    folder = tmp_path / "share"
    folder.mkdir()
    libs = []
    for name in ("anne", "bert"):
        shutil.copytree(_seed_library_template, tmp_path / name)
        libs.append(Library(tmp_path / name, seed=False))
    windows = [make_window(lib) for lib in libs]
    yield windows, libs, folder
    for window in windows:
        window.close()
    for lib in libs:
        lib.close()


def _join(window, folder, name: str):
    """Choose the shared folder and the name in the Team Sharing dialog, as a person does."""
    window.actions.share.trigger()
    dialog = window.sharing.dialog
    dialog.folder_edit.setText(str(folder))
    dialog.name_edit.setText(name)
    dialog.save_button.click()
    return dialog


def _annotate(window, phrase: str = PHRASE, note: str = ""):
    """Mark ``phrase`` of the seed letter through the window's verbs (one undoable step)."""
    window.open_letter(SEED_004)
    letter = window.reader.letter
    start = letter.text.index(phrase)
    colour = window.library.annotations.palette()[0].name
    ann = window.annotating.annotate(letter, start, start + len(phrase), colour)
    if note:
        window.annotating.undo.run("note", lambda: window.library.annotations.update(
            ann.id, note=note))
    return ann


def _all_letters(panel) -> None:
    panel.scope.setCurrentIndex(panel.scope.findData(""))


def _shown(panel) -> dict[str, str]:
    """Annotation id -> the Author column, of the rows the browser shows."""
    m = panel.model
    return {m.annotation(r).id: m.index(r, 5).data() for r in range(m.rowCount())}


def _pack_ids(folder, person: str) -> set[str]:
    document = json.loads(sharing.pack_path(folder, person).read_text(encoding="utf-8"))
    return {item["id"].rsplit(":", 1)[-1] for item in document["first"]["items"]}


def test_a_mark_is_shared_after_the_debounce_and_b_sees_it_by_author_after_sync_now(team):
    (a, b), (lib_a, lib_b), folder = team
    _join(a, folder, "Anne")
    anne = sharing.settings(lib_a.annotations).person
    ann = _annotate(a)
    # the change starts the debounce timer; its timeout (not a sleep) writes the pack
    assert a.sharing.debounce.isActive()
    assert ann.id not in _pack_ids(folder, anne)
    a.sharing.debounce.timeout.emit()
    assert ann.id in _pack_ids(folder, anne)

    dialog = _join(b, folder, "Bert")  # "Use This Folder" syncs at once
    dialog.sync_button.click()  # and Sync Now once more: nothing new, nothing doubled
    got = lib_b.annotations.get(ann.id)
    assert (got.quote, got.letter_id) == (PHRASE, SEED_004)
    panel = b.annotations
    _all_letters(panel)
    assert _shown(panel) == {ann.id: "Anne"}  # by the name Anne shares under
    assert "Anne" in dialog.colleagues.index(0, 0).data()
    assert dialog.colleagues.index(0, 1).data() == "1"
    assert "Synced." in dialog.message_label.text()
    # the reader names her in the tooltip of her highlight
    b.open_letter(SEED_004)
    title = b.reader.annotation_title(b.reader.annotation(ann.id))
    assert "By Anne (shared, read-only)" in title


def test_the_author_filter_shows_mine_everyone_or_one_colleague(team):
    (a, b), (_lib_a, lib_b), folder = team
    _join(a, folder, "Anne")
    theirs = _annotate(a)
    a.sharing.debounce.timeout.emit()
    _join(b, folder, "Bert")
    mine = _annotate(b, OTHER)
    panel = b.annotations
    _all_letters(panel)
    combo = panel.author_combo
    anne = sharing.settings(_lib_a.annotations).person
    assert [combo.itemText(i) for i in range(combo.count())] == ["Everyone", "Mine", "Anne"]
    assert set(_shown(panel)) == {theirs.id, mine.id}
    combo.setCurrentIndex(combo.findData(MINE))
    assert set(_shown(panel)) == {mine.id}
    combo.setCurrentIndex(combo.findData(PERSON + anne))
    assert set(_shown(panel)) == {theirs.id}
    combo.setCurrentIndex(combo.findData(""))
    assert set(_shown(panel)) == {theirs.id, mine.id}


def test_a_colleagues_annotation_is_read_only_and_the_window_says_so(team, monkeypatch):
    (a, b), (_lib_a, lib_b), folder = team
    _join(a, folder, "Anne")
    theirs = _annotate(a, note="van Anne")
    a.sharing.debounce.timeout.emit()
    _join(b, folder, "Bert")
    panel = b.annotations
    _all_letters(panel)
    assert panel.select(theirs.id)
    assert not panel.delete_button.isEnabled() and not panel.tag_button.isEnabled()
    assert panel.export_button.isEnabled()
    opened = []
    monkeypatch.setattr(annotating, "ask_note_and_tags", lambda *a, **k: opened.append(1))
    assert b.annotating.edit(theirs.id) is False
    assert opened == []  # refused before the note dialog opens: nothing typed is lost
    expected = message_text(type("E", (), {"code": "colleague-annotation",
                                           "params": {"author": "Anne"}})())
    assert "Anne" in expected and b.message_bar.text() == expected
    b.annotating.delete([theirs.id])
    b.annotating.recolour([theirs.id], lib_b.annotations.palette()[1].name)
    got = lib_b.annotations.get(theirs.id)
    assert (got.note, got.color) == ("van Anne", theirs.color)


def test_a_conflict_is_shown_side_by_side_and_keep_theirs_updates_the_views(team):
    (a, b), (lib_a, lib_b), folder = team
    _join(a, folder, "Anne")
    ann = _annotate(a, note="eerste")
    a.sharing.debounce.timeout.emit()
    dialog = _join(b, folder, "Bert")
    lib_b.annotations.update(ann.id, note="Berts versie", edit_shared=True)  # anyway
    b.store_watch.poll()
    a.annotating.undo.run("edit", lambda: lib_a.annotations.update(ann.id, note="Annes versie"))
    a.sharing.debounce.timeout.emit()

    dialog.sync_button.click()
    assert dialog.conflicts.rowCount() == 1
    assert dialog.conflicts.index(0, 0).data() == "Anne"
    assert "Berts versie" in dialog.mine_view.toPlainText()
    assert "Annes versie" in dialog.theirs_view.toPlainText()
    assert "Open File → Team Sharing… to resolve" in b.message_bar.text()
    panel = b.annotations
    _all_letters(panel)
    row = panel.model.row_of(ann.id)
    assert panel.model.index(row, 2).data() == "Berts versie"

    dialog.keep_theirs.click()
    assert lib_b.annotations.get(ann.id).note == "Annes versie"
    assert dialog.conflicts.rowCount() == 0
    assert not dialog.keep_theirs.isEnabled()
    b.annotating.changed.emit()  # the step's views update as after any undoable step
    row = panel.model.row_of(ann.id)
    assert panel.model.index(row, 2).data() == "Annes versie"
    assert sharing.conflicts(lib_b.annotations) == []


def test_a_missing_folder_is_worded_in_the_dialog_and_the_message_bar(team, tmp_path):
    (a, _b), (lib_a, _lib_b), folder = team
    gone = tmp_path / "not-there"
    dialog = _join(a, gone, "Anne")
    expected = message_text(sharing.ShareError("x", code="share-folder-missing",
                                               folder=str(gone)))
    assert dialog.message_label.text() == expected
    assert str(gone) in expected and "cannot be found" in expected
    assert sharing.settings(lib_a.annotations).folder is None  # nothing was set

    _join(a, folder, "Anne")
    shutil.rmtree(folder)  # the network drive is gone
    dialog.sync_button.click()
    expected = message_text(sharing.ShareError("x", code="share-folder-missing",
                                               folder=str(folder.resolve())))
    assert dialog.message_label.text() == expected
    assert a.message_bar.text() == expected
    assert dialog.sync_button.isEnabled()  # try again once it is back


def test_no_folder_no_sync_and_a_set_folder_syncs_at_start(team):
    (a, _b), (lib_a, _lib_b), folder = team
    a.sharing.start()
    a.sharing.own_changed()
    assert not a.sharing.debounce.isActive() and not list(folder.iterdir())
    sharing.set_folder(lib_a.annotations, folder, "Anne")
    a.sharing.start()
    assert sharing.pack_path(folder, sharing.settings(lib_a.annotations).person).is_file()


def test_a_sync_runs_off_the_gui_thread_and_reports(qtbot, library, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    me = sharing.set_folder(library.annotations, folder, "Anne")
    service = SyncService(library.data_dir)
    with qtbot.waitSignal(service.synced, timeout=20000) as blocker:
        assert service.sync()
        assert service.running
        assert not service.sync()  # asked again while running: once more afterwards
    assert blocker.args[0].written == sharing.pack_path(folder.resolve(), me.person)
    qtbot.waitUntil(lambda: not service.running, timeout=20000)
    service.close()
