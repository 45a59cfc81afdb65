"""The linker's derived table when another program keeps library.db locked: its creation
waits like any write and, when the lock stays, the view is built without keeping the rows
(no bare SQLite error)."""

from __future__ import annotations

import sqlite3

import pytest
from testdata import import_chain

from desktop_app.errors import UserError
from desktop_app.lineage.service import LineageService
from desktop_app.store import db as db_module
from desktop_app.store import lineage_derived


@pytest.fixture
def locked_chain(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)  # before the library opens
    with import_chain(tmp_path) as lib:
        blocker = sqlite3.connect(lib.letters.path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            yield lib
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()


def test_the_linker_view_is_built_while_library_db_is_locked(locked_chain):
    assert not lineage_derived.has_table(locked_chain.letters)
    view = LineageService(locked_chain).linker_library()
    assert sorted(view.letters) == sorted(locked_chain.letters.ids())
    assert not lineage_derived.has_table(locked_chain.letters)  # kept next time


def test_dropping_the_table_while_locked_is_a_user_error(locked_chain):
    with pytest.raises(UserError):
        lineage_derived.drop(locked_chain.letters)
