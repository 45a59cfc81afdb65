"""File → Import Annotations…: W3C and Hypothesis files through the action, the report per
annotation (added, updated, attached, orphaned, pending, rejected), the pending notice in the
annotation browser, one undo step per file, and a malformed file that changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

W3C_DIR = Path(__file__).resolve().parents[2] / "data" / "w3c"
GRONINGEN = "kst-33529-468"
URGENDA = "kst-27858-675"

HYPOTHESIS_FIRST = "https://hypothes.is/a/Qk3xVv7rEe-aBcD1eFgH2w"  # on URGENDA
HYPOTHESIS_PENDING = "https://hypothes.is/a/Zz9yWw1aEe-kLmN0pQrS3t"  # openkamer kst-35394-48
GOOD = "http://example.org/anno/good"
PENDING = "http://example.org/anno/pending"  # kst-35537-3: not in the library


def _outcomes(done) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for f in done.files:
        for item in f.items:
            found.setdefault(item.outcome, set()).add(item.name)
    return found


def _import(window, choose_files, qtbot, *paths):
    choose_files(*paths)
    with qtbot.waitSignal(window.jobs.finished, timeout=30000) as blocker:
        window.actions.import_annotations.trigger()
    return blocker.args[1]


def test_w3c_and_hypothesis_files_import_with_a_report_and_the_pending_shown(
        make_window, w3c_library, qtbot, choose_files, tmp_path):
    window = make_window(w3c_library)
    done = _import(window, choose_files, qtbot, W3C_DIR / "hypothesis_api_search.json",
                   W3C_DIR / "w3c_bad_item_in_good_file.json")
    store = w3c_library.annotations
    assert {a.id: a.letter_id for a in store.annotations()} == {
        HYPOTHESIS_FIRST: URGENDA, GOOD: GRONINGEN}
    assert _outcomes(done) == {
        "added": {HYPOTHESIS_FIRST, GOOD}, "pending": {HYPOTHESIS_PENDING},
        "rejected": {"annotation 2 (http://example.org/anno/whole-page)",
                     "annotation 3 (http://example.org/anno/number-body)"}}
    # the report dialog lists each one, with the reason of each rejected one
    dialog = window.annotation_import.dialog
    assert dialog.isVisible()
    text = dialog.details.toPlainText()
    assert "hypothesis_api_search.json" in text and "w3c_bad_item_in_good_file.json" in text
    assert "1 annotation added:" in text and "“lelieteelt als rustgewassen”" in text
    assert "1 annotation waits for a letter not in the library:" in text
    assert "openkamer.org" in text
    assert "2 annotations not imported:" in text
    assert "a note on a whole page is not kept" in text
    assert "a body must be an object, an IRI or text" in text
    assert dialog.warning_label.isVisible()
    assert dialog.warning_label.text() == (
        "1 annotation is kept waiting for a letter that is not in the library; it attaches "
        "when you import that letter.")
    dialog.grab().save(str(tmp_path / "import-report.png"))
    # the message bar says it too (rejected items: kept as an error until dismissed)
    bar = window.message_bar.text()
    assert "2 added" in bar and "1 waiting for a letter not in the library" in bar
    assert "2 not imported" in bar and window.message_bar.kind == "error"
    # the views show the imported annotations and what waits
    window.actions.show_annotations.trigger()
    panel = window.annotations
    panel.scope.setCurrentIndex(panel.scope.findData(""))  # all letters
    shown = {panel.model.annotation(i).id for i in range(panel.model.rowCount())}
    assert shown == {HYPOTHESIS_FIRST, GOOD}
    notice = panel.pending_notice
    assert notice.isVisible() and notice.count == 1
    assert notice.text() == "1 imported annotation waits for a letter not in the library"
    assert "openkamer.org" in notice.toolTip() and notice.letters[0].startswith("https://")
    panel.grab().save(str(tmp_path / "annotations-pending.png"))


def test_each_file_is_one_undo_step(make_window, w3c_library, qtbot, choose_files):
    window = make_window(w3c_library)
    _import(window, choose_files, qtbot, W3C_DIR / "hypothesis_api_search.json",
            W3C_DIR / "w3c_bad_item_in_good_file.json")
    store, undo = w3c_library.annotations, window.annotating.undo
    assert undo.count() == 2
    assert undo.undoText() == "Import annotations from w3c_bad_item_in_good_file.json"
    assert undo.undo_step()
    assert [a.id for a in store.annotations()] == [HYPOTHESIS_FIRST]
    assert undo.undo_step()
    assert store.annotations() == [] and store.pending() == []
    notice = window.annotations.pending_notice
    qtbot.waitUntil(notice.isHidden, timeout=5000)
    assert undo.redo_step() and undo.redo_step()
    assert {a.id for a in store.annotations()} == {HYPOTHESIS_FIRST, GOOD}
    assert [r["id"] for r in store.pending()] == [HYPOTHESIS_PENDING]


def _w3c(ident: str, source: str, exact: str, note: str, modified: str) -> dict:
    return {"id": ident, "type": "Annotation", "created": "2024-08-01T10:00:00Z",
            "modified": modified, "bodyValue": note,
            "target": {"source": source,
                       "selector": {"type": "TextQuoteSelector", "exact": exact}}}


def test_attached_orphaned_updated_and_unchanged_are_reported(
        make_window, w3c_library, qtbot, choose_files, tmp_path):
    window = make_window(w3c_library)
    first = _import(window, choose_files, qtbot, W3C_DIR / "w3c_letter_not_in_library.json",
                    W3C_DIR / "hypothesis_export.json")
    assert _outcomes(first) == {"pending": {PENDING},
                                "added": {"https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh"}}
    url = f"https://zoek.officielebekendmakingen.nl/{GRONINGEN}.html"
    corrected = tmp_path / "corrected.json"  # the colleague corrected the letter it is about
    corrected.write_text(json.dumps({"type": "AnnotationPage", "items": [
        _w3c(PENDING, url, "bekrachtigd", "Nu op de goede brief", "2024-09-01T10:00:00Z"),
        _w3c("http://example.org/anno/lost", url, "een zin die niet in de brief staat",
             "Weg", "2024-09-01T10:00:00Z")]}), encoding="utf-8")
    newer = json.loads((W3C_DIR / "hypothesis_export.json").read_text(encoding="utf-8"))
    newer["annotations"][0]["updated"] = "2024-12-01T09:00:00+00:00"
    newer["annotations"][0]["text"] = "Bijgewerkt"
    (tmp_path / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    done = _import(window, choose_files, qtbot, corrected, tmp_path / "newer.json",
                   W3C_DIR / "hypothesis_export.json")
    assert _outcomes(done) == {
        "attached": {PENDING}, "orphaned": {"http://example.org/anno/lost"},
        "updated": {"https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh"},
        "unchanged": {"https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh"}}
    text = window.annotation_import.dialog.details.toPlainText()
    for heading in ("1 annotation that waited for its letter is now attached:",
                    "1 annotation imported, but its passage was not found in the letter",
                    "1 annotation updated with a newer version:",
                    "1 annotation already up to date:"):
        assert heading in text
    assert not window.annotation_import.dialog.warning_label.isVisible()
    assert w3c_library.annotations.get(PENDING).letter_id == GRONINGEN
    assert w3c_library.annotations.pending() == []
    panel = window.annotations
    assert panel.pending_notice.isHidden()
    panel.scope.setCurrentIndex(panel.scope.findData(""))  # all letters
    orphans = panel.orphan_model
    assert [orphans.annotation(i).id for i in range(orphans.rowCount())] == [
        "http://example.org/anno/lost"]


def test_malformed_json_changes_nothing_and_says_where(
        make_window, w3c_library, qtbot, choose_files, tmp_path):
    window = make_window(w3c_library)
    bad = tmp_path / "kapot.json"
    bad.write_text((W3C_DIR / "hypothesis_export.json").read_text(encoding="utf-8")[:-20],
                   encoding="utf-8")
    history = w3c_library.annotations.history()
    done = _import(window, choose_files, qtbot, bad)
    assert w3c_library.annotations.annotations() == []
    assert w3c_library.annotations.pending() == []
    assert w3c_library.annotations.history() == history
    assert window.annotating.undo.count() == 0
    (outcome,) = done.files
    assert outcome.problem == "invalid-json" and outcome.detail["line"] > 1
    bar = window.message_bar.text()
    assert bar.startswith("“kapot.json” is not valid JSON (a mistake at line ")
    assert "nothing in it was imported and nothing was changed" in bar
    assert window.message_bar.kind == "error"
    assert "is not valid JSON" in window.annotation_import.dialog.details.toPlainText()


def test_a_read_only_folder_imports_nothing(make_window, w3c_library, qtbot, choose_files):
    window = make_window(w3c_library)
    window.annotation_import.read_only = True
    window.annotation_import.read_only_text = "read-only"
    choose_files(W3C_DIR / "hypothesis_export.json")
    window.actions.import_annotations.trigger()
    assert w3c_library.annotations.annotations() == []
    assert window.message_bar.text() == "read-only"
