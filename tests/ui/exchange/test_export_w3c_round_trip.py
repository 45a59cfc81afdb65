"""The export dialog writes W3C Web Annotations (JSON) of a collection; File → Import
Annotations… in a fresh data folder gives the same annotations back (ids, notes, tags)."""

from __future__ import annotations

import json
from pathlib import Path

W3C_DIR = Path(__file__).resolve().parents[2] / "data" / "w3c"
GRONINGEN = "kst-33529-468"


def _kept(store) -> dict:
    return {a.id: (a.letter_id, a.quote, a.start, a.end, a.note, a.tags, a.color, a.author,
                   a.modified, a.status) for a in store.annotations()}


def test_export_to_w3c_and_import_in_a_fresh_folder_gives_the_same_annotations(
        make_window, w3c_library, w3c_folder, qtbot, choose_files, monkeypatch, tmp_path):
    from desktop_app.export import w3c
    from desktop_app.library import Library

    store = w3c_library.annotations
    w3c_library.import_annotations(w3c.read_file(W3C_DIR / "hypothesis_export.json"))
    text = w3c_library.letter(GRONINGEN).text
    start = text.index("bekrachtigd")
    own = store.add(GRONINGEN, text, start, start + len("bekrachtigd"),
                    note="Zie **ook** de brief van juli", tags=["thema/gas", "groningen"],
                    color="vraag")
    coll = store.create_collection("Uitwisseling")
    for ann in store.annotations():
        store.add_to_collection(coll.id, annotation_id=ann.id)
    window = make_window(w3c_library)
    seen = []

    def save_as(parent, title, suggested, file_filter):
        seen.append((title, suggested, file_filter))
        return str(tmp_path / "uitwisseling")  # the suffix is added

    monkeypatch.setattr("desktop_app.ui.exporting.exporting.ask_save_path", save_as)
    window.actions.export.trigger()
    dialog = window.exporter.dialog
    index = dialog.format_combo.findData("w3c")
    assert "W3C JSON" in dialog.format_combo.itemText(index)
    dialog.format_combo.setCurrentIndex(index)
    dialog.grab().save(str(tmp_path / "export-dialog.png"))
    dialog.export_button.click()
    written = tmp_path / "uitwisseling.json"
    assert seen[0][1].endswith("Uitwisseling.json") and "*.json" in seen[0][2]
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["type"] == "AnnotationCollection" and document["label"] == "Uitwisseling"
    assert document["total"] == 2
    message = window.message_bar.text()
    assert str(written) in message and "2 annotations from 1 letter" in message
    expected = _kept(store)
    assert own.id in expected and "https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh" in expected

    with Library(w3c_folder("fresh"), seed=False) as fresh:
        other = make_window(fresh)
        choose_files(written)
        with qtbot.waitSignal(other.jobs.finished, timeout=30000):
            other.actions.import_annotations.trigger()
        assert _kept(fresh.annotations) == expected
        assert fresh.annotations.get(own.id).tags == ("thema/gas", "groningen")
        assert "2 added" in other.message_bar.text()
        other.close()


def test_notes_can_be_left_out_of_the_w3c_export(make_window, w3c_library, monkeypatch,
                                                 tmp_path):
    from desktop_app.export import w3c

    w3c_library.import_annotations(w3c.read_file(W3C_DIR / "hypothesis_export.json"))
    window = make_window(w3c_library)
    monkeypatch.setattr("desktop_app.ui.exporting.exporting.ask_save_path",
                        lambda *args: str(tmp_path / "zonder.json"))
    window.actions.export.trigger()
    dialog = window.exporter.dialog
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("tag"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("w3c"))
    dialog.notes_check.setChecked(False)
    dialog.export_button.click()
    (item,) = w3c.read_file(tmp_path / "zonder.json")
    assert item.note == "" and item.tags == ("groningen",)
    assert item.id == "https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh"
