"""The window's undo stack (ui/shell/undo.py) with team sharing: a sync writes colleagues'
changes into the store's history, and Ctrl+Z still undoes the person's own last step."""

from __future__ import annotations

from desktop_app.library import Library
from desktop_app.model import Letter, Metadata
from desktop_app.store import sharing
from desktop_app.ui.shell.undo import StoreUndoStack

TEXT = "Het kabinet zal de Kamer informeren. Het kabinet zal de Kamer ook raadplegen."


def _person(root, folder, name):
    lib = Library(root / name, seed=False)
    lib.letters.save(Letter(id="L1", metadata=Metadata(), text=TEXT), fingerprint="L1",
                     source_hash="", original="", detector_version="")
    return lib, sharing.set_folder(lib.annotations, folder, name)


def test_a_colleagues_change_read_by_a_sync_leaves_ones_own_undo_working(tmp_path, qapp):
    folder = tmp_path / "share"
    folder.mkdir()
    (anne, _), (bert, bert_me) = _person(tmp_path, folder, "Anne"), _person(tmp_path, folder,
                                                                            "Bert")
    try:
        stack = StoreUndoStack(bert.annotations)
        resets = []
        stack.reset.connect(resets.append)
        mine = stack.run("Annotate", lambda: bert.annotations.add(
            "L1", TEXT, TEXT.index("raadplegen"), len(TEXT) - 1, author=bert_me.name))
        anne.annotations.add("L1", TEXT, 19, 24, note="van Anne")
        sharing.sync(anne.annotations, sharing.library_placer(anne))
        report = sharing.sync(bert.annotations, sharing.library_placer(bert))
        ids = {a.id for a in bert.annotations.annotations()}
        assert report.problems == [] and len(ids) == 2  # Anne's arrived, on her behalf
        assert stack.undo_step() is True and resets == []
        assert {a.id for a in bert.annotations.annotations()} == ids - {mine.id}
        assert stack.redo_step() is True
        assert mine.id in {a.id for a in bert.annotations.annotations()}
    finally:
        anne.close()
        bert.close()
