"""A damaged annotations database at start-up: the window says how old the latest backup
is and restores it with one button (it used to name a command-line ``restore`` and quit).
Found by the robustness review."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.library import Library
from desktop_app.store.backup import AnnotationsDamaged
from desktop_app.ui.shell.rescue import offer_backup, rescue_text

SEED_004 = "kst-19637-2764"


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 3000] = b"\xa5" * min(3000, len(data) - middle)
    db.write_bytes(bytes(data))


def _library_with_backup(data_dir: Path) -> tuple[str, str]:
    """One annotation in the backup, a second one made after it."""
    with Library(data_dir, seed=False) as library:
        store = library.annotations
        text = library.letter(SEED_004).text
        for i in range(60):  # enough rows that the damage lands in a data page
            store.add(SEED_004, text, i, i + 10, note="x" * 400)
        kept = store.add(SEED_004, text, 100, 120, note="in de backup").id
        store.backup()
        later = store.add(SEED_004, text, 200, 220, note="na de backup").id
    return kept, later


def _damaged(data_dir: Path) -> AnnotationsDamaged:
    _damage(data_dir / "annotations.db")
    with pytest.raises(AnnotationsDamaged) as info:
        Library(data_dir, seed=False)
    return info.value


def test_restore_brings_the_backup_back_and_keeps_the_damaged_file(data_dir, qapp):
    kept, later = _library_with_backup(data_dir)
    exc = _damaged(data_dir)
    assert exc.latest_backup is not None
    restored = offer_backup(exc, data_dir / "annotations.db",
                            ask=lambda box: box.buttons()[0])  # "Restore the Backup"
    assert restored
    with Library(data_dir, seed=False) as library:
        ids = {a.id for a in library.annotations.annotations()}
    assert kept in ids and later not in ids
    assert list(data_dir.glob("annotations.db.damaged-*"))  # kept aside, not deleted


def test_quit_changes_nothing(data_dir, qapp):
    _library_with_backup(data_dir)
    exc = _damaged(data_dir)
    before = (data_dir / "annotations.db").read_bytes()
    assert not offer_backup(exc, data_dir / "annotations.db", ask=lambda box: box.buttons()[-1])
    assert (data_dir / "annotations.db").read_bytes() == before


def test_the_text_says_how_old_the_backup_is_and_what_restoring_means(tmp_path, qapp):
    backup = tmp_path / "annotations-2026-12-05.db"
    backup.write_bytes(b"")
    made = datetime.fromtimestamp(backup.stat().st_mtime)
    text = rescue_text(AnnotationsDamaged("damaged", backup), now=made + timedelta(hours=5))
    assert made.strftime("%Y-%m-%d %H:%M") in text and "(5 hours ago)" in text
    assert "not deleted" in text and "restore `" not in text
    alone = rescue_text(AnnotationsDamaged("damaged", None))
    assert "no backup" in alone and "--data-dir" not in alone


def test_the_rescue_speaks_dutch(tmp_path, qapp):
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, "nl")
    try:
        backup = tmp_path / "annotations-2026-12-05.db"
        backup.write_bytes(b"")
        text = rescue_text(AnnotationsDamaged("damaged", backup))
        assert "reservekopie" in text and "niet verwijderd" in text
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_a_read_only_folder_is_not_taken_for_a_damaged_database(tmp_path, qapp, monkeypatch):
    # the rescue dialog would offer a backup that cannot be restored there; the start-up
    # message says what to do without a command-line option
    from desktop_app.store.annotations import AnnotationStore
    from desktop_app.store.db import StoreError
    from desktop_app.ui.shell.app import start_error_text

    def read_only(path, **_kwargs):
        raise StoreError("The data folder is read-only.", code="read-only", path=str(path))

    monkeypatch.setattr("desktop_app.store.annotations.open_database", read_only)
    with pytest.raises(StoreError) as info:
        AnnotationStore(tmp_path / "annotations.db")
    assert not isinstance(info.value, AnnotationsDamaged)
    text = start_error_text(info.value)
    assert "read-only" in text and "IT support" in text and "--data-dir" not in text
