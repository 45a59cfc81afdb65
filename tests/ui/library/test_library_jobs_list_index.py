"""The start-up job stands when the letter list's index cannot be created (library.db locked
by another program, a full disk): the list works without it."""

from __future__ import annotations

import sqlite3

from testdata import SEED_DIR

from desktop_app.library import Library
from desktop_app.store import db as db_module
from desktop_app.store import letter_pages
from desktop_app.ui.library import library_jobs


def test_a_locked_library_db_does_not_fail_the_startup_job(tmp_path, monkeypatch):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        lib.letters.set_meta("seeded", "1")  # as after the first start (see import_bundled)
        lib.originals.mark_seeded()
        lib.letters.db.execute(f"DROP INDEX IF EXISTS {letter_pages.LIST_INDEX}")  # older
        count = lib.count()
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(tmp_path / "library.db", isolation_level=None)
    real = Library.prepare_letter_list

    def locked_meanwhile(self):
        blocker.execute("BEGIN IMMEDIATE")  # another program writes library.db now
        return real(self)

    monkeypatch.setattr(Library, "prepare_letter_list", locked_meanwhile)
    try:
        report = library_jobs.startup_job(tmp_path)(lambda d, t: None, lambda: False)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert (report.letters, report.index_current) == (count, True)
    with Library(tmp_path, seed=False) as lib:  # created at the next start instead
        assert real(lib) is True
